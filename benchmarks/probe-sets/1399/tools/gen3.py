"""p1399-3: formal report (Sở Y tế Đắk Lắk, Số: 214/BC-SYT): venomous snakebites in 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐẮK LẮK
SỞ Y TẾ
Số: 214/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác cấp cứu, điều trị rắn độc cắn năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tiếp nhận, điều trị
Năm 2024, các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh tiếp nhận 243 ca rắn độc cắn, tăng 13% so với năm 2023; điều trị khỏi 231 ca, đạt tỷ lệ 95,1%; chuyển tuyến 9 ca; tử vong 3 ca.

2. Số ca rắn độc cắn theo địa bàn
Đơn vị tính: ca
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Huyện Krông Bông | 48 | 57 | 118,8
Huyện Ea Súp | 36 | 41 | 113,9
Huyện Lắk | 29 | 27 | 93,1
Các địa bàn còn lại | 102 | 118 | 115,7
Tổng cộng | 215 | 243 | 113,0

3. Sử dụng huyết thanh kháng nọc rắn
Trong năm, toàn tỉnh sử dụng 1.126 lọ huyết thanh kháng nọc rắn, bằng 86,6% kế hoạch, trong đó 684 lọ kháng nọc rắn lục tre, 442 lọ kháng nọc rắn hổ đất; tổng kinh phí khoảng 1,9 tỷ đồng. Bình quân mỗi ca sử dụng 4,6 lọ. Có 2 đợt thiếu huyết thanh cục bộ vào tháng 6 và tháng 7/2024, đã được điều phối kịp thời từ Bệnh viện Đa khoa vùng Tây Nguyên.

II. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu giảm tỷ lệ tử vong do rắn độc cắn xuống dưới 1%; 100% trung tâm y tế huyện có cơ số huyết thanh tối thiểu 20 lọ; dự kiến nhu cầu cả năm khoảng 1.300 lọ.

Nơi nhận:
- Bộ Y tế (Cục Quản lý Khám, chữa bệnh);
- UBND tỉnh;
- Lưu: VT, NVY.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
JUN_JUL = per("tháng 6 và tháng 7/2024", "2024-06-01", "2024-07-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y25_ALL = per("cả năm", "2025-01-01", "2025-12-31")

ROWS = [("Huyện Krông Bông", "Krông Bông", ["48", "57", "118,8"]),
        ("Huyện Ea Súp", "Ea Súp", ["36", "41", "113,9"]),
        ("Huyện Lắk", "Lắk", ["29", "27", "93,1"]),
        ("Các địa bàn còn lại", None, ["102", "118", "115,7"]),
        ("Tổng cộng", None, ["215", "243", "113,0"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        row = "" if place else label.lower() + " "
        kw = {"location": place} if place else {}
        prev = label
        for i, n in enumerate(nums):
            anchor = f"{prev} | {n}"
            if i < 2:
                p = Y23 if i == 0 else Y24
                out.append(fig(anchor, n, float(n), "count", "ca",
                               subject=f"ca rắn độc cắn {row}{p['text'].lower()}", period=p, **kw))
            else:
                out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                               subject=f"ca rắn độc cắn {row}năm 2024 so với cùng kỳ", period=inh(Y24), **kw))
            prev = n
    return out


FIGS = [
    fig("tiếp nhận 243 ca", "243", 243, "count", "ca",
        change=chg("increase", 13, "%", "năm 2023"),
        subject="ca rắn độc cắn được tiếp nhận", period=Y24),
    fig("khỏi 231 ca", "231", 231, "count", "ca", percent=95.1,
        subject="ca rắn độc cắn điều trị khỏi", period=Y24),
    fig("chuyển tuyến 9 ca", "9", 9, "count", "ca", subject="ca chuyển tuyến", period=Y24),
    fig("tử vong 3 ca", "3", 3, "count", "ca", subject="ca tử vong", period=Y24),
] + cells() + [
    fig("sử dụng 1.126 lọ", "1.126", 1126, "count", "lọ", percent=86.6,
        subject="huyết thanh kháng nọc rắn sử dụng", period=IN_YEAR),
    fig("684 lọ", "684", 684, "count", "lọ", total=1126,
        subject="huyết thanh kháng nọc rắn lục tre", period=IN_YEAR),
    fig("442 lọ", "442", 442, "count", "lọ", total=1126,
        subject="huyết thanh kháng nọc rắn hổ đất", period=IN_YEAR),
    fig("khoảng 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="about",
        subject="tổng kinh phí huyết thanh kháng nọc rắn", period=IN_YEAR),
    fig("sử dụng 4,6 lọ", "4,6", 4.6, "measure", "lọ/ca",
        subject="huyết thanh bình quân mỗi ca sử dụng", period=inh(IN_YEAR)),
    fig("Có 2 đợt", "2", 2, "count", "đợt",
        subject="đợt thiếu huyết thanh cục bộ", period=JUN_JUL),
    fig("dưới 1%", "1", 1, "percent", "%", approx="under", status="target",
        subject="tỷ lệ tử vong do rắn độc cắn", period=Y25),
    fig("100% trung tâm", "100", 100, "percent", "%", status="target",
        subject="trung tâm y tế huyện có cơ số huyết thanh tối thiểu 20 lọ", period=Y25),
    fig("tối thiểu 20 lọ", "20", 20, "count", "lọ", approx="at_least", status="target",
        subject="cơ số huyết thanh của trung tâm y tế huyện", period=Y25),
    fig("khoảng 1.300 lọ", "1.300", 1300, "count", "lọ", approx="about", status="forecast",
        subject="nhu cầu huyết thanh", period=Y25_ALL),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐẮK LẮK / SỞ Y TẾ', 'Số: 214/BC-SYT', 'Đắk Lắk, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers I, II, 1.-3., 'tháng 6 và tháng 7/2024' (a period), 'Lưu: VT, NVY'.",
    "Opening sentence: 243 ca with change +13%; 231 ca 'đạt tỷ lệ 95,1%' → percent attribute; 9 and 3 ca are further outcomes with no cue → no total.",
    "Flattened '|' table, 'Đơn vị tính: ca': rows are districts (→ location; 'Các địa bàn còn lại' and 'Tổng cộng' stay Đắk Lắk and go into the subject);",
    "columns Năm 2023 / Năm 2024 give the (scored) period; 'So với cùng kỳ (%)' cells are percent figures with period inherited from the report year (not scored). Cells get no total.",
    "'Trong năm' in a yearly report → 2024. '1.126 lọ ..., bằng 86,6% kế hoạch' → percent attribute; 'trong đó' parts 684 + 442 = 1.126 → total.",
    "'Bình quân mỗi ca sử dụng 4,6 lọ' → measure, unit lọ/ca. 'Có 2 đợt ... vào tháng 6 và tháng 7/2024' → period June-July 2024.",
    "Section II sentence starts 'Năm 2025, phấn đấu ...': target for 'dưới 1%', '100%', 'tối thiểu 20 lọ'; 'dự kiến ... cả năm khoảng 1.300 lọ' → forecast, 'cả năm' = 2025.",
]

if __name__ == "__main__":
    write("p1399-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Đắk Lắk")

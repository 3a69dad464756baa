"""p1529-3: formal report (Sở Công Thương Quảng Bình): chổi đót and hand-made cleaning tools 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH QUẢNG BÌNH
SỞ CÔNG THƯƠNG
Số: 215/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 16 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ chổi đót và dụng cụ vệ sinh thủ công năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Năm 2024, toàn tỉnh có 11 làng nghề và 58 cơ sở sản xuất chổi đót, chổi tre, cây lau nhà thủ công; ước sản xuất 3,9 triệu sản phẩm các loại, tăng 9,1% so với năm 2023, trong đó chổi đót 3,115 triệu chiếc.

Bảng: Sản lượng chổi đót phân theo huyện
Đơn vị tính: nghìn chiếc
TT | Huyện | Năm 2023 | Ước năm 2024 | So với cùng kỳ (%)
1 | Minh Hóa | 1.120 | 1.236 | 110,4
2 | Tuyên Hóa | 865 | 938 | 108,4
3 | Bố Trạch | 540 | 571 | 105,7
4 | Quảng Ninh | 320 | 370 | 115,6
 | Tổng cộng | 2.845 | 3.115 | 109,5

2. Tiêu thụ
Giá chổi đót bán tại cơ sở dao động 18.000-25.000 đồng/chiếc, tăng khoảng 2.000 đồng so với năm 2023. Doanh thu toàn ngành ước đạt 96 tỷ đồng, vượt 6,7% kế hoạch; khoảng 35% sản lượng được tiêu thụ ở các tỉnh phía Nam.

3. Lao động
Nghề tạo việc làm thường xuyên cho 2.640 lao động, thu nhập bình quân 4,2 triệu đồng/người/tháng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng đạt 4,2 triệu sản phẩm; hỗ trợ ít nhất 10 cơ sở đổi mới thiết bị; xây dựng 02 nhãn hiệu tập thể chổi đót Minh Hóa, Tuyên Hóa.

Nơi nhận:
- UBND tỉnh;
- Bộ Công Thương;
- Lưu: VT, QLCN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Hùng
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Ước năm 2024", "2024-01-01", "2024-12-31")
Y24i = inh(per("năm 2024", "2024-01-01", "2024-12-31"))
T25 = inh(per("NĂM 2025", "2025-01-01", "2025-12-31"))

ROWS = [("Minh Hóa", ["1.120", "1.236", "110,4"]), ("Tuyên Hóa", ["865", "938", "108,4"]),
        ("Bố Trạch", ["540", "571", "105,7"]), ("Quảng Ninh", ["320", "370", "115,6"]),
        ("Tổng cộng", ["2.845", "3.115", "109,5"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, (a, b, c) in ROWS:
    place = "Quảng Bình" if label == "Tổng cộng" else label
    pre = "tổng cộng " if label == "Tổng cộng" else ""
    CELLS += [
        fig(f"{label} | {a}", a, num(a) * 1e3, "count", "chiếc",
            subject=f"{pre}sản lượng chổi đót năm 2023", period=C23, location=place),
        fig(f"{a} | {b}", b, num(b) * 1e3, "count", "chiếc", status="estimate",
            subject=f"{pre}sản lượng chổi đót ước năm 2024", period=C24, location=place),
        fig(f"{b} | {c}", c, num(c), "percent", "%",
            subject=f"{pre}sản lượng chổi đót so với cùng kỳ", period=Y24i, location=place),
    ]

FIGS = [
    fig("có 11 làng nghề", "11", 11, "count", "làng nghề",
        subject="làng nghề sản xuất chổi đót, chổi tre, cây lau nhà thủ công", period=Y24),
    fig("58 cơ sở", "58", 58, "count", "cơ sở",
        subject="cơ sở sản xuất chổi đót, chổi tre, cây lau nhà thủ công", period=Y24),
    fig("3,9 triệu sản phẩm", "3,9", 3.9e6, "count", "sản phẩm", status="estimate",
        change=chg("increase", 9.1, "%", "năm 2023"), subject="sản phẩm các loại sản xuất", period=Y24),
    fig("chổi đót 3,115 triệu", "3,115", 3.115e6, "count", "chiếc", status="estimate", total=3.9e6,
        subject="chổi đót", period=Y24),
] + CELLS + [
    fig("18.000-25.000", "18.000", 18000, "money", "đồng/chiếc", value_max=25000,
        change=chg("increase", 2000, "đồng", "năm 2023", approx="about"),
        subject="giá chổi đót bán tại cơ sở", period=Y24i),
    fig("ước đạt 96 tỷ", "96", 96e9, "money", "đồng", status="estimate",
        change=chg("increase", 6.7, "%", "kế hoạch"), subject="doanh thu toàn ngành", period=Y24i),
    fig("khoảng 35% sản lượng", "35", 35, "percent", "%", approx="about",
        subject="sản lượng được tiêu thụ ở các tỉnh phía Nam", period=Y24i),
    fig("cho 2.640 lao động", "2.640", 2640, "count", "lao động",
        subject="lao động có việc làm thường xuyên từ nghề", period=Y24i),
    fig("bình quân 4,2 triệu", "4,2", 4.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", period=Y24i),
    fig("đạt 4,2 triệu sản phẩm", "4,2", 4.2e6, "count", "sản phẩm", status="target",
        subject="sản lượng", period=T25),
    fig("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đổi mới thiết bị", period=T25),
    fig("02 nhãn hiệu", "02", 2, "count", "nhãn hiệu", status="target",
        subject="nhãn hiệu tập thể chổi đót", period=T25),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG BÌNH / SỞ CÔNG THƯƠNG', 'Số: 215/BC-SCT', 'Quảng Bình, ngày 16 tháng 12 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 215/BC-SCT, the letterhead date, section numbers I., II., 1.-3., table row numbers 1-4 (column TT), 'Lưu: VT, QLCN'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc': cells × 1000, count, unit chiếc; a district row label goes to location, Tổng cộng → Quảng Bình.",
    "Column 'Ước năm 2024' → estimate; 'So với cùng kỳ (%)' has no cue → actual, percent, period not in its header (inherited 2024).",
    "'ước sản xuất 3,9 triệu ...' after ';' is estimate; the counts 11 and 58 before it are actual. 'trong đó chổi đót 3,115 triệu chiếc' → total 3,9 triệu.",
    "'vượt 6,7% kế hoạch' is a change with baseline kế hoạch. 'tăng khoảng 2.000 đồng so với năm 2023' is the price's change.",
    "Section '2. Tiêu thụ' and '3. Lao động' speak of 2024 (inherited); section II 'NHIỆM VỤ NĂM 2025' with 'Phấn đấu' → target, period inherited 2025.",
]

if __name__ == "__main__":
    write("p1529-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Quảng Bình")

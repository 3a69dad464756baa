"""p1273-4: formal report (UBND tỉnh Quảng Trị, Số: 52/BC-UBND): IDD prevention 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 52/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác phòng chống rối loạn do thiếu i-ốt năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Truyền thông
Năm 2024, toàn tỉnh tổ chức 215 buổi truyền thông trực tiếp tại cộng đồng và trường học, vượt 7,5% kế hoạch, với hơn 8.400 lượt người tham dự; Đài Phát thanh - Truyền hình tỉnh phát sóng 48 tin, bài.

2. Giám sát muối i-ốt tại hộ gia đình
Đơn vị tính: mẫu
Địa phương | Số mẫu xét nghiệm | Số mẫu đạt tiêu chuẩn | Tỷ lệ đạt (%)
TP Đông Hà | 180 | 121 | 67,2
Huyện Vĩnh Linh | 240 | 139 | 57,9
Huyện Hướng Hóa | 300 | 118 | 39,3
Huyện Hải Lăng | 240 | 143 | 59,6
Tổng cộng | 960 | 521 | 54,3

Tỷ lệ bướu cổ ở học sinh tiểu học qua khám sàng lọc 1.120 em là 4,2%, giảm 0,8 điểm phần trăm so với năm 2023.

3. Kinh phí
Tổng kinh phí thực hiện năm 2024 là 420 triệu đồng, đạt 84% dự toán, trong đó ngân sách tỉnh 300 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn toàn tỉnh đạt ít nhất 60%; tỷ lệ bướu cổ ở học sinh tiểu học dưới 4%; duy trì 100% số xã, phường, thị trấn có hoạt động truyền thông về phòng chống thiếu i-ốt.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở Y tế;
- Lưu: VT, VX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Minh Thành
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y24H = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Số mẫu xét nghiệm", "count", "mẫu"), ("Số mẫu đạt tiêu chuẩn", "count", "mẫu"),
        ("Tỷ lệ đạt", "percent", "%")]
ROWS = [("TP Đông Hà", "Đông Hà", ["180", "121", "67,2"]),
        ("Huyện Vĩnh Linh", "Vĩnh Linh", ["240", "139", "57,9"]),
        ("Huyện Hướng Hóa", "Hướng Hóa", ["300", "118", "39,3"]),
        ("Huyện Hải Lăng", "Hải Lăng", ["240", "143", "59,6"]),
        ("Tổng cộng", None, ["960", "521", "54,3"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, kind, unit), n in zip(COLS, nums):
        v = float(n.replace(",", "."))
        subj = col.lower()
        kw = {"location": place} if place else {}
        if not place:
            subj = "tổng cộng " + subj
        CELLS.append(fig(f"{prev} | {n}", n, v, kind, unit, subject=subj, period=Y24H, **kw))
        prev = n

FIGS = [
    fig("chức 215 buổi", "215", 215, "count", "buổi", change=chg("increase", 7.5, "%", "kế hoạch"),
        subject="buổi truyền thông trực tiếp tại cộng đồng và trường học", period=Y24),
    fig("hơn 8.400 lượt", "8.400", 8400, "count", "lượt người", approx="over",
        subject="lượt người tham dự truyền thông", period=Y24),
    fig("sóng 48 tin", "48", 48, "count", "tin, bài",
        subject="tin, bài Đài Phát thanh - Truyền hình tỉnh phát sóng", period=Y24),
] + CELLS + [
    fig("lọc 1.120 em", "1.120", 1120, "count", "em", subject="học sinh tiểu học được khám sàng lọc",
        period=Y24H),
    fig("là 4,2%", "4,2", 4.2, "percent", "%", change=chg("decrease", 0.8, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ bướu cổ ở học sinh tiểu học", period=Y24H),
    fig("là 420 triệu", "420", 420e6, "money", "đồng", percent=84,
        subject="tổng kinh phí thực hiện", period=Y24b),
    fig("tỉnh 300 triệu", "300", 300e6, "money", "đồng", total=420e6, subject="kinh phí ngân sách tỉnh",
        period=Y24b),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn toàn tỉnh", period=Y25),
    fig("dưới 4%", "4", 4, "percent", "%", approx="under", status="target",
        subject="tỷ lệ bướu cổ ở học sinh tiểu học", period=Y25),
    fig("duy trì 100%", "100", 100, "percent", "%", status="target",
        subject="xã, phường, thị trấn có hoạt động truyền thông về phòng chống thiếu i-ốt", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG TRỊ', 'Số: 52/BC-UBND', 'Quảng Trị, ngày 15 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 52/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, VX', 'KT. CHỦ TỊCH'.",
    "Flattened '|' table, 'Đơn vị tính: mẫu', place column: each numeric cell is a figure; the place is its location, subject = column label",
    "(spec: row label and column label, a place label goes to location); 'Tổng cộng' row → subject 'tổng cộng' + column label, location",
    "Quảng Trị. The '(%)' column is percent. Period from section heading 'NĂM 2024' → inherited.",
    "revised after the first run: table subjects no longer append the caption words 'muối i-ốt tại hộ gia đình' (the spec names row and",
    "column labels only).",
    "Table cells get no total/percent (each cell is a figure of its own).",
    "'vượt 7,5% kế hoạch' → change increase 7,5% baseline 'kế hoạch'. '4,2%, giảm 0,8 điểm phần trăm' → change in điểm phần trăm.",
    "'420 triệu đồng, đạt 84% dự toán' → percent 84; 'trong đó ngân sách tỉnh 300 triệu' → total 420 triệu.",
    "Section II: 'Phấn đấu năm 2025' governs the three ';' clauses → target, period năm 2025.",
]

if __name__ == "__main__":
    write("p1273-4", TEXT, NOTES, FIGS, published="2025-01-15", location="Quảng Trị")

import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

ROWS = [("Huyện Vạn Ninh", "Vạn Ninh", "178", "1.165", "642"),
        ("TP. Nha Trang", "Nha Trang", "146", "942", "527"),
        ("TP. Cam Ranh", "Cam Ranh", "112", "731", "398"),
        ("TX. Ninh Hòa", "Ninh Hòa", "50", "352", "168"),
        ("Tổng cộng", "Khánh Hòa", "486", "3.190", "1.735")]

table = "\n\n".join(["Địa phương", "Số tàu (chiếc)", "Sản lượng năm 2023 (tấn)", "Sản lượng 6 tháng 2024 (tấn)"]
                   + [c for r in ROWS for c in (r[0], r[2], r[3], r[4])])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
CHI CỤC THỦY SẢN
Trang chủ / Khai thác thủy sản

Tình hình khai thác cá ngừ đại dương 6 tháng đầu năm 2024

6 tháng đầu năm 2024, đội tàu câu cá ngừ đại dương của tỉnh khai thác được 1.735 tấn, tăng 4,5% so với cùng kỳ năm 2023, đạt 51% kế hoạch năm. Số liệu theo địa phương như sau:

Bảng: Tàu và sản lượng cá ngừ đại dương theo địa phương

""" + table + """

Giá cá ngừ đại dương loại từ 30 kg/con trở lên bình quân 6 tháng đạt 118.000 đồng/kg; doanh thu bình quân mỗi tàu khoảng 1,4 tỷ đồng. Chi cục đã cấp 312 giấy xác nhận nguyên liệu và 298 giấy chứng nhận thủy sản khai thác (đạt 95,5% số hồ sơ đề nghị) cho các lô cá ngừ xuất khẩu sang EU.

Hiện toàn tỉnh có 38 tổ đội sản xuất trên biển với 214 tàu câu cá ngừ tham gia. Trong 6 tháng, lực lượng chức năng đã xử phạt 9 trường hợp vi phạm quy định về giám sát hành trình tàu cá, tổng số tiền 415 triệu đồng. Chi cục đề nghị các địa phương tiếp tục thực hiện Chỉ thị số 11/CT-UBND, phấn đấu cả năm 2024 đạt sản lượng 3.400 tấn.

Chi cục Thủy sản Khánh Hòa - số 4 Phan Chu Trinh, phường Xương Huân, TP. Nha Trang - ĐT: 0258.3822.419
Tổng số lượt truy cập: 1.284.560
"""


def num(s):
    return float(s.replace(".", ""))


H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("Sản lượng năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Sản lượng 6 tháng 2024", "2024-01-01", "2024-06-30")

TABLE = []
for label, loc, a, b, c in ROWS:
    TABLE.append(F(f"{label}\n\n{a}\n", a, num(a), "count", "chiếc", "Số tàu", location=loc))
    TABLE.append(F(f"{a}\n\n{b}\n", b, num(b), "measure", "tấn", "Sản lượng năm 2023", C23, location=loc))
    TABLE.append(F(f"{b}\n\n{c}\n", c, num(c), "measure", "tấn", "Sản lượng 6 tháng 2024", C24, location=loc))

FIGS = [
    F("được 1.735 tấn", "1.735", 1735, "measure", "tấn", "sản lượng cá ngừ đại dương khai thác của đội tàu câu", H1,
      percent=51, change=CH("increase", 4.5, baseline="cùng kỳ năm 2023")),
] + TABLE + [
    F("từ 30 kg/con", "30", 30, "measure", "kg/con", "trọng lượng cá ngừ loại", approx="at_least", optional=True),
    F("đạt 118.000 đồng/kg", "118.000", 118000, "money", "đồng/kg", "giá cá ngừ đại dương loại từ 30 kg/con trở lên bình quân",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("khoảng 1,4 tỷ đồng", "1,4", 1400000000, "money", "đồng", "doanh thu bình quân mỗi tàu",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="about"),
    F("cấp 312 giấy", "312", 312, "count", "giấy xác nhận", "giấy xác nhận nguyên liệu được cấp", I(H1)),
    F("và 298 giấy", "298", 298, "count", "giấy chứng nhận", "giấy chứng nhận thủy sản khai thác được cấp", I(H1),
      percent=95.5),
    F("có 38 tổ đội", "38", 38, "count", "tổ đội", "tổ đội sản xuất trên biển"),
    F("với 214 tàu", "214", 214, "count", "tàu", "tàu câu cá ngừ tham gia tổ đội sản xuất trên biển"),
    F("xử phạt 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp vi phạm quy định về giám sát hành trình tàu cá bị xử phạt",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("tiền 415 triệu đồng", "415", 415000000, "money", "đồng", "tổng số tiền xử phạt",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("sản lượng 3.400 tấn", "3.400", 3400, "measure", "tấn", "sản lượng cá ngừ đại dương",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Chi cục Thủy sản Khánh Hòa (department site), no dateline, visit counter in the footer: tuna catch H1/2024 and a one-cell-per-line",
    "table by district with units in the column headers: Số tàu (chiếc) | Sản lượng năm 2023 (tấn) | Sản lượng 6 tháng 2024 (tấn).",
    "Table cells: subject = column label (FIGURES.md: row label + column label; a place row goes to location), district rows -> location, 'Tổng cộng' -> Khánh Hòa; periods from the column headers",
    "(scored, as in shared h23); the vessel-count column has no period. Table cells get no total.",
    "revised after the first scoring: table subjects had the table title's 'cá ngừ đại dương' added; FIGURES.md makes them",
    "the row and column labels only ('Số tàu', 'Sản lượng năm 2023', 'Sản lượng 6 tháng 2024').",
    "'bình quân 6 tháng' in the price sentence (also covers the revenue clause after ';') takes 2024 from the title.",
    "'(đạt 95,5% số hồ sơ đề nghị)' is the percent of 298 giấy chứng nhận. 'từ 30 kg/con trở lên' is a threshold (optional).",
    "'38 tổ đội … với 214 tàu': no cue, no total. Distractors: Chỉ thị số 11/CT-UBND,"
    " 'số 4 Phan Chu Trinh', phone 0258.3822.419, 'Tổng số lượt truy cập: 1.284.560', 'Bảng:' heading.",
]

emit("p763-7", TEXT, COMMENTS, FIGS, published=None, location="Khánh Hòa")

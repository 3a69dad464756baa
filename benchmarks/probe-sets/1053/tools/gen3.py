"""p1053-3: formal report, UBND tỉnh Bình Định, 6 months 2025, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 05 tháng 7 năm 2025

BÁO CÁO
Tình hình khai thác cảng biển 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm

Thực hiện Công văn số 1482/CHHĐTVN-KHĐT ngày 16/6/2025 của Cục Hàng hải và Đường thủy Việt Nam, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hàng hóa thông qua
Tổng sản lượng hàng hóa thông qua các cảng trên địa bàn tỉnh đạt 8,94 triệu tấn, tăng 9,6% so với cùng kỳ, đạt 51,1% kế hoạch năm (17,5 triệu tấn). Chi tiết như sau:

Đơn vị tính: nghìn tấn
Chỉ tiêu | 6 tháng đầu năm 2024 | 6 tháng đầu năm 2025 | So sánh (%)
Hàng xuất khẩu | 2.874 | 3.120 | 108,6
Hàng nhập khẩu | 1.016 | 1.050 | 103,3
Hàng nội địa | 4.267 | 4.770 | 111,8
Tổng cộng | 8.157 | 8.940 | 109,6

2. Hàng container và tàu biển
Sản lượng container đạt 412.600 TEU, tăng 15,3% so với cùng kỳ, chủ yếu qua cảng Quy Nhơn và Tân Cảng Quy Nhơn. Số lượt tàu cập cảng là 1.087 lượt, trong đó tàu nước ngoài 364 lượt (chiếm 33,5%).

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
Phấn đấu cả năm 2025 container đạt 850.000 TEU; hoàn thành nạo vét luồng vào cảng Quy Nhơn cho tàu 50.000 DWT; phối hợp đầu tư nút giao Quốc lộ 19 với đường vào cảng.

Nơi nhận:
- Như trên;
- Lưu: VT, K1.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

LOC = "Bình Định"
H1 = P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
H1_24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y25 = P("cả năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Hàng xuất khẩu", "2.874", "3.120", "108,6"),
        ("Hàng nhập khẩu", "1.016", "1.050", "103,3"),
        ("Hàng nội địa", "4.267", "4.770", "111,8"),
        ("Tổng cộng", "8.157", "8.940", "109,6")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, a, b, c in ROWS:
    TABLE += [
        F(f"{label} | {a}", a, num(a) * 1000, "measure", "tấn",
          subject=f"{label.lower()} 6 tháng đầu năm 2024", period=H1_24),
        F(f"{a} | {b}", b, num(b) * 1000, "measure", "tấn",
          subject=f"{label.lower()} 6 tháng đầu năm 2025", period=H1),
        F(f"{b} | {c}", c, num(c), "percent", "%",
          subject=f"{label.lower()} so sánh cùng kỳ", period=I(H1)),
    ]

FIGS = [
    F("đạt 8,94 triệu tấn", "8,94", 8.94e6, "measure", "tấn", change=C("+", 9.6, baseline="cùng kỳ"),
      percent=51.1, target=T(17.5e6, "tấn"),
      subject="tổng sản lượng hàng hóa thông qua các cảng", period=I(H1)),
] + TABLE + [
    F("đạt 412.600 TEU", "412.600", 412600, "measure", "TEU", change=C("+", 15.3, baseline="cùng kỳ"),
      subject="sản lượng container", period=I(H1)),
    F("là 1.087 lượt", "1.087", 1087, "count", "lượt tàu", subject="lượt tàu cập cảng", period=I(H1)),
    F("nước ngoài 364 lượt", "364", 364, "count", "lượt tàu", total=1087, percent=33.5,
      subject="lượt tàu nước ngoài cập cảng", period=I(H1)),
    F("đạt 850.000 TEU", "850.000", 850000, "measure", "TEU", status="target",
      subject="sản lượng container", period=Y25),
    F("tàu 50.000 DWT", "50.000", 50000, "measure", "DWT", optional=True),
]

COMMENTS = [
    "Formal report of UBND tỉnh Bình Định (Số: 187/BC-UBND, 05/7/2025): seaport throughput 6 months 2025, flattened '|' table.",
    "The first paragraph has no period phrase of its own: the report's title (another sentence) gives 6 tháng đầu năm 2025 (inherited).",
    "'đạt 51,1% kế hoạch năm (17,5 triệu tấn)': percent 51.1 and target 17.5 triệu tấn (the plan in the bracket) of 8,94 triệu tấn.",
    "Table: 'Đơn vị tính: nghìn tấn' multiplies the tonnage cells; the 'So sánh (%)' column is percent (no period header: inherited).",
    "Tổng cộng row cells are figures; table cells get no totals. Periods of tonnage cells come from the column headers (scored).",
    "Distractors: 'Số: 187/BC-UBND', 'Công văn số 1482/CHHĐTVN-KHĐT ngày 16/6/2025', date line, section numbers I., 1., 2., II., 'Quốc lộ 19', 'K1'.",
    "'tàu 50.000 DWT' (dredging spec) optional.",
]

if __name__ == "__main__":
    write("p1053-3", TEXT, FIGS, COMMENTS, published="2025-07-05", location=LOC)

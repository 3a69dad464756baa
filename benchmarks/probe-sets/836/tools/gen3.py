"""p836-3: UBND tỉnh Thái Bình formal report, 9 months 2024, flattened | table of yarn output by district."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 12 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất ngành sợi, dệt kim 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Toàn tỉnh hiện có 41 doanh nghiệp sợi, dệt kim đang hoạt động, sử dụng khoảng 23.700 lao động. 9 tháng năm 2024, giá trị sản xuất ngành ước đạt 7.456 tỷ đồng, tăng 6,1% so với cùng kỳ, đạt 74,2% kế hoạch năm. Sản lượng sợi các loại ước đạt 38.960 tấn; vải dệt kim đạt 9.870 tấn, tăng 4,3%.

Bảng 1. Sản lượng sợi theo địa bàn
Đơn vị tính: tấn
Địa bàn | 9 tháng 2023 | 9 tháng 2024 | Kế hoạch năm 2024
Tiền Hải | 12.450 | 14.120 | 19.000
Thái Thụy | 9.830 | 10.640 | 14.500
Hưng Hà | 7.210 | 7.980 | 10.500
Vũ Thư | 5.690 | 6.220 | 8.000
Tổng cộng | 35.180 | 38.960 | 52.000

2. Xuất khẩu
Kim ngạch xuất khẩu xơ, sợi ước đạt 203,5 triệu USD, bằng 108,7% cùng kỳ; trong đó xuất khẩu sang Trung Quốc chiếm gần 62%. Giá sợi cotton CD 30/1 xuất khẩu dao động 2,75-2,85 USD/kg, thấp hơn khoảng 8% so với đầu năm.

II. KHÓ KHĂN, VƯỚNG MẮC
Giá bông nhập khẩu bình quân 1.850 USD/tấn trong khi giá bán sợi giảm; 03 doanh nghiệp phải tạm dừng một phần dây chuyền, khoảng 640 lao động bị giảm giờ làm.

III. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 hoàn thành kế hoạch 52.000 tấn sợi, giá trị sản xuất ngành đạt trên 10.000 tỷ đồng.
2. Đẩy nhanh tiến độ KCN Liên Hà Thái để thu hút dự án kéo sợi có công suất từ 20.000 tấn/năm trở lên.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
CKH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", "doanh nghiệp sợi, dệt kim đang hoạt động"),
    F("khoảng 23.700 lao động", "23.700", 23700, "count", "lao động", "lao động ngành sợi, dệt kim", approx="about"),
    F("ước đạt 7.456 tỷ đồng", "7.456", 7456e9, "money", "đồng", "giá trị sản xuất ngành sợi, dệt kim", M9,
      percent=74.2, change=C("increase", 6.1, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 38.960 tấn", "38.960", 38960, "measure", "tấn", "sản lượng sợi các loại", I(M9), status="estimate"),
    F("đạt 9.870 tấn", "9.870", 9870, "measure", "tấn", "vải dệt kim", I(M9),
      change=C("increase", 4.3), status="estimate"),
]

ROWS = [("Tiền Hải", "12.450", "14.120", "19.000"), ("Thái Thụy", "9.830", "10.640", "14.500"),
        ("Hưng Hà", "7.210", "7.980", "10.500"), ("Vũ Thư", "5.690", "6.220", "8.000"),
        ("Tổng cộng", "35.180", "38.960", "52.000")]
for place, a, b, c in ROWS:
    loc = "Thái Bình" if place == "Tổng cộng" else place
    pre = "tổng " if place == "Tổng cộng" else ""
    val = lambda s: float(s.replace(".", ""))
    FIGS += [
        F(f"{place} | {a}", a, val(a), "measure", "tấn", f"{pre}sản lượng sợi 9 tháng 2023", C23, location=loc),
        F(f"{a} | {b}", b, val(b), "measure", "tấn", f"{pre}sản lượng sợi 9 tháng 2024", C24, location=loc),
        F(f"{b} | {c}", c, val(c), "measure", "tấn", f"{pre}sản lượng sợi kế hoạch năm 2024", CKH,
          location=loc, status="target"),
    ]

FIGS += [
    F("ước đạt 203,5 triệu USD", "203,5", 203.5e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi", I(M9),
      percent=108.7, status="estimate"),
    F("chiếm gần 62%", "62", 62, "percent", "%", "tỷ trọng xuất khẩu xơ, sợi sang Trung Quốc", I(M9),
      approx="nearly", status="estimate"),
    F("CD 30/1", "30", 30, "measure", "Ne", "chi số sợi cotton chải kỹ", optional=True),
    F("dao động 2,75-2,85 USD/kg", "2,75", 2.75, "money", "USD/kg", "giá sợi cotton CD 30/1 xuất khẩu",
      value_max=2.85, change=C("decrease", 8, baseline="đầu năm", approx="about")),
    F("bình quân 1.850 USD/tấn", "1.850", 1850, "money", "USD/tấn", "giá bông nhập khẩu bình quân"),
    F("03 doanh nghiệp", "03", 3, "count", "doanh nghiệp", "doanh nghiệp phải tạm dừng một phần dây chuyền"),
    F("khoảng 640 lao động", "640", 640, "count", "lao động", "lao động bị giảm giờ làm", approx="about"),
    F("kế hoạch 52.000 tấn sợi", "52.000", 52000, "measure", "tấn", "sản lượng sợi", Y24, status="target"),
    F("trên 10.000 tỷ đồng", "10.000", 10000e9, "money", "đồng", "giá trị sản xuất ngành sợi, dệt kim", Y24,
      approx="over", status="target"),
    F("từ 20.000 tấn/năm trở lên", "20.000", 20000, "measure", "tấn/năm", "công suất dự án kéo sợi thu hút",
      approx="at_least", optional=True),
]

NOTES = [
    "Formal report of UBND tỉnh Thái Bình (Số: 318/BC-UBND, 12/10/2024): yarn and knitwear 9 months 2024, flattened '|' table by district.",
    "Table: 'Đơn vị tính: tấn'; periods from the column headers (scored); 'Kế hoạch năm 2024' column = target; the '9 tháng 2024' column",
    "has no 'Ước' header, so actual. District rows give location; the 'Tổng cộng' row is Thái Bình. Cells get no totals.",
    "'thấp hơn khoảng 8% so với đầu năm' after the price range is its change. 'trong đó ... chiếm gần 62%' is the share of a part (own percent figure),",
    "continuing the 'ước đạt' clause: estimate. 'CD 30/1' (yarn count) and 'từ 20.000 tấn/năm trở lên' (threshold) optional.",
    "Distractors: Số: 318/BC-UBND, date line, section numbers I-III and 1-2, 'Bảng 1.', heading 'quý IV/2024', KCN Liên Hà Thái.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-12", location="Thái Bình")

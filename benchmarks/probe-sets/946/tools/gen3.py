"""p946-3: UBND tỉnh Vĩnh Long formal report, 9 months 2024, flattened '|' table by district."""
from lib import F, P, Y, I, C, T, write

TEXT = """UBND TỈNH VĨNH LONG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Vĩnh Long, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ chôm chôm 9 tháng năm 2024 và phương hướng nhiệm vụ quý IV/2024

Thực hiện Công văn số 1462/BNN-TT ngày 05/3/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến 30/9/2024, diện tích chôm chôm toàn tỉnh đạt 6.540 ha, tăng 3,2% so với cùng kỳ, trong đó diện tích cho trái 5.910 ha. Sản lượng 9 tháng ước đạt 98.500 tấn, đạt 89,5% kế hoạch năm. Chi tiết theo địa phương:

Đơn vị tính: ha, tấn
Địa phương | Diện tích | Diện tích cho trái | Sản lượng 9 tháng
Huyện Bình Tân | 1.980 | 1.860 | 31.200
Huyện Trà Ôn | 1.640 | 1.510 | 25.400
Huyện Tam Bình | 1.150 | 1.020 | 16.800
Thị xã Bình Minh | 1.020 | 910 | 14.700
Các địa phương khác | 750 | 610 | 10.400
Tổng cộng | 6.540 | 5.910 | 98.500

2. Chất lượng, liên kết tiêu thụ
Toàn tỉnh có 1.235 ha chôm chôm sản xuất theo VietGAP, GlobalGAP, chiếm 18,9% diện tích; 27 mã số vùng trồng được cấp với tổng diện tích 1.460 ha. Có 11 hợp tác xã và 3 doanh nghiệp ký hợp đồng bao tiêu; sản lượng tiêu thụ qua liên kết đạt 21.600 tấn, chiếm 21,9% tổng sản lượng. Giá chôm chôm Thái bình quân 9 tháng đạt 19.500 đồng/kg, giảm 8,4% so với cùng kỳ; chôm chôm nhãn 38.000 đồng/kg. Lợi nhuận bình quân ước khoảng 95 triệu đồng/ha.

II. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu sản lượng chôm chôm cả năm đạt 110.000 tấn; cấp mới 5 mã số vùng trồng.
2. Dự kiến bố trí 1,8 tỷ đồng tập huấn, chuyển giao kỹ thuật xử lý ra hoa cho khoảng 600 nông dân.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
"""

ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 6.540 ha", "6.540", "measure", "ha", "diện tích chôm chôm",
      change=C("increase", 3.2, baseline="cùng kỳ"), period=ASOF),
    F("cho trái 5.910 ha", "5.910", "measure", "ha", "diện tích chôm chôm cho trái", total=6540, period=ASOF),
    F("ước đạt 98.500 tấn", "98.500", "measure", "tấn", "sản lượng chôm chôm",
      percent=89.5, status="estimate", period=M9),
]

ROWS = [("Huyện Bình Tân", "Bình Tân", "1.980", "1.860", "31.200"),
        ("Huyện Trà Ôn", "Trà Ôn", "1.640", "1.510", "25.400"),
        ("Huyện Tam Bình", "Tam Bình", "1.150", "1.020", "16.800"),
        ("Thị xã Bình Minh", "Bình Minh", "1.020", "910", "14.700"),
        ("Các địa phương khác", None, "750", "610", "10.400"),
        ("Tổng cộng", None, "6.540", "5.910", "98.500")]
for label, place, a, b, c in ROWS:
    extra = "" if place else (" các địa phương khác" if label.startswith("Các") else " toàn tỉnh")
    loc = {"location": place} if place else {}
    FIGS += [
        F(f"{label} | {a}", a, "measure", "ha", "diện tích chôm chôm" + extra, period=I(ASOF), **loc),
        F(f"{a} | {b} |", b, "measure", "ha", "diện tích chôm chôm cho trái" + extra, period=I(ASOF), **loc),
        F(f"{b} | {c}", c, "measure", "tấn", "sản lượng chôm chôm 9 tháng" + extra, period=M9, **loc),
    ]

FIGS += [
    F("có 1.235 ha", "1.235", "measure", "ha", "diện tích chôm chôm sản xuất theo VietGAP, GlobalGAP", percent=18.9),
    F("27 mã số vùng trồng", "27", "count", "mã số vùng trồng", "mã số vùng trồng chôm chôm được cấp"),
    F("tổng diện tích 1.460 ha", "1.460", "measure", "ha", "diện tích mã số vùng trồng được cấp"),
    F("Có 11 hợp tác xã", "11", "count", "hợp tác xã", "hợp tác xã ký hợp đồng bao tiêu chôm chôm"),
    F("3 doanh nghiệp", "3", "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng bao tiêu chôm chôm"),
    F("đạt 21.600 tấn", "21.600", "measure", "tấn", "sản lượng chôm chôm tiêu thụ qua liên kết", percent=21.9),
    F("đạt 19.500 đồng/kg", "19.500", "money", "đồng/kg", "giá chôm chôm Thái bình quân",
      change=C("decrease", 8.4, baseline="cùng kỳ"), period=M9),
    F("nhãn 38.000 đồng/kg", "38.000", "money", "đồng/kg", "giá chôm chôm nhãn bình quân", period=M9),
    F("khoảng 95 triệu đồng/ha", "95", "money", "đồng/ha", "lợi nhuận bình quân trồng chôm chôm",
      approx="about", status="estimate", period=I(M9)),
    F("đạt 110.000 tấn", "110.000", "measure", "tấn", "sản lượng chôm chôm cả năm", status="target", period=YEAR),
    F("cấp mới 5 mã số", "5", "count", "mã số vùng trồng", "mã số vùng trồng cấp mới",
      status="target", period=I(Q4)),
    F("bố trí 1,8 tỷ đồng", "1,8", "money", "đồng", "kinh phí tập huấn, chuyển giao kỹ thuật xử lý ra hoa",
      status="forecast", period=I(Q4)),
    F("khoảng 600 nông dân", "600", "count", "nông dân", "nông dân được tập huấn, chuyển giao kỹ thuật xử lý ra hoa",
      approx="about", status="forecast", period=I(Q4)),
]

NOTES = [
    "Formal report UBND tỉnh Vĩnh Long (Số: 287/BC-UBND, 08/10/2024): rambutan area and output 9 months 2024, flattened '|' table by district.",
    "Table: 'Đơn vị tính: ha, tấn' (area columns ha, output column tấn); district row labels go to location; the Tổng cộng row is its own figure",
    "(location Vĩnh Long) and 'Các địa phương khác' keeps the province; cells get no totals. Column 'Sản lượng 9 tháng' gives the period (scored);",
    "area columns take 'Tính đến 30/9/2024' from the line above the table (inherited). No Ước/Kế hoạch column: cells are actual.",
    "'đạt 89,5% kế hoạch năm' is the share of 98.500 tấn. Section II items: 'Phấn đấu' target ('cả năm' = 2024), 'Dự kiến' forecast.",
    "Distractors: Số: 287/BC-UBND, Công văn số 1462/BNN-TT ngày 05/3/2024, section numbers I./II./1./2., heading QUÝ IV/2024, dateline.",
]

write("p946-3", TEXT, FIGS, NOTES, published="2024-10-08", location="Vĩnh Long")

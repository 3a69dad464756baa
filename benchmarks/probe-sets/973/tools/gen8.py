from lib import F, P, I, C, T, write

TEXT = """Bảo Lâm tái canh 2.150 ha cà phê, vượt kế hoạch năm
Cập nhật lúc 10:15, Thứ sáu, 06/10/2023

(LĐO) - 9 tháng năm 2023, huyện Bảo Lâm đã tái canh, ghép cải tạo 2.150 ha cà phê, đạt 104,9% kế hoạch năm, tăng 18,5% so với cùng kỳ năm 2022.

Trong đó, trồng tái canh 1.380 ha, ghép cải tạo 770 ha; các xã thực hiện nhiều gồm Lộc Ngãi 320 ha, Lộc Thành 285 ha, Lộc An 240 ha. Bình quân mỗi ha tái canh cần 1.100-1.300 cây giống/ha, chi phí đầu tư khoảng 180-200 triệu đồng/ha trong 3 năm kiến thiết cơ bản.

Ông Nguyễn Văn Bảy, Trưởng phòng Nông nghiệp và PTNT huyện cho biết, toàn huyện có 34.600 ha cà phê, trong đó khoảng 6.200 ha đã già cỗi, năng suất dưới 2 tấn/ha. Năng suất bình quân vườn tái canh đạt 3,8 tấn/ha, gấp 1,6 lần vườn cũ. Tại xã Lộc An, dọc Quốc lộ 20 đã hình thành nhiều vườn cà phê tái canh xen sầu riêng, thu nhập bình quân đạt 350-400 triệu đồng/ha/năm.

Để hỗ trợ nông dân, Ngân hàng Chính sách xã hội huyện cho vay ưu đãi với lãi suất 6,6%/năm, dư nợ cho vay tái canh đến cuối tháng 9 đạt 96 tỷ đồng với 1.120 hộ vay. Năm 2024, huyện dự kiến tái canh khoảng 2.000 ha; phấn đấu đến năm 2025 nâng tỷ lệ diện tích sử dụng giống mới lên trên 60%.

NGUYÊN THẢO

Tin liên quan:
- Lâm Đồng: Hội thảo nâng cao chất lượng cà phê Robusta lần thứ 2
- Di Linh tập huấn ghép cải tạo cho 500 nông dân
"""

BL = "Bảo Lâm"
N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
FIGS = [
    F("Bảo Lâm tái canh 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích cà phê tái canh"),
    F("cải tạo 2.150 ha cà phê", "2.150", 2150, "measure", "ha", "diện tích cà phê tái canh, ghép cải tạo", N9,
      percent=104.9, change=C("increase", 18.5, baseline="cùng kỳ năm 2022")),
    F("trồng tái canh 1.380 ha", "1.380", 1380, "measure", "ha", "diện tích trồng tái canh", I(N9), total=2150),
    F("ghép cải tạo 770 ha", "770", 770, "measure", "ha", "diện tích ghép cải tạo", I(N9), total=2150),
    F("Lộc Ngãi 320 ha", "320", 320, "measure", "ha", "diện tích tái canh, ghép cải tạo", I(N9)),
    F("Lộc Thành 285 ha", "285", 285, "measure", "ha", "diện tích tái canh, ghép cải tạo", I(N9)),
    F("Lộc An 240 ha", "240", 240, "measure", "ha", "diện tích tái canh, ghép cải tạo", I(N9)),
    F("1.100-1.300 cây giống/ha", "1.100", 1100, "measure", "cây giống/ha", "cây giống cần cho mỗi ha tái canh", value_max=1300),
    F("khoảng 180-200 triệu đồng/ha", "180", 180e6, "money", "đồng/ha", "chi phí đầu tư tái canh", value_max=200e6, approx="about"),
    F("trong 3 năm kiến thiết", "3", 3, "measure", "năm", "thời gian kiến thiết cơ bản", optional=True),
    F("có 34.600 ha", "34.600", 34600, "measure", "ha", "diện tích cà phê toàn huyện"),
    F("khoảng 6.200 ha", "6.200", 6200, "measure", "ha", "diện tích cà phê già cỗi", approx="about", total=34600),
    F("dưới 2 tấn/ha", "2", 2, "measure", "tấn/ha", "năng suất vườn già cỗi", approx="under", optional=True),
    F("đạt 3,8 tấn/ha", "3,8", 3.8, "measure", "tấn/ha", "năng suất bình quân vườn tái canh",
      change=C("increase", 1.6, "lần", "vườn cũ")),
    F("350-400 triệu đồng/ha/năm", "350", 350e6, "money", "đồng/ha/năm", "thu nhập bình quân vườn tái canh xen sầu riêng",
      value_max=400e6),
    F("lãi suất 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay ưu đãi"),
    F("đạt 96 tỷ đồng", "96", 96e9, "money", "đồng", "dư nợ cho vay tái canh", P("đến cuối tháng 9", None, "2023-09-30")),
    F("với 1.120 hộ vay", "1.120", 1120, "count", "hộ", "hộ vay tái canh", P("đến cuối tháng 9", None, "2023-09-30")),
    F("khoảng 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích cà phê tái canh", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast"),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ diện tích sử dụng giống mới", P("đến năm 2025", None, "2025-12-31"),
      approx="over", status="target"),
    F("cho 500 nông dân", "500", 500, "count", "nông dân", "nông dân được tập huấn ghép cải tạo", location="Di Linh", optional=True),
]

NOTES = [
    "Báo Lâm Đồng online: headline with a figure, 'Cập nhật lúc 10:15, Thứ sáu, 06/10/2023', tag '(LĐO) -'; Bảo Lâm district, 9 months 2023.",
    "Headline figure has no period phrase (null). 'Trong đó' parts (1.380 + 770 = 2.150) get the total; the commune list after 'gồm' follows",
    "'các xã thực hiện nhiều' (no figure), so no total; communes lie in Bảo Lâm (location). 'gấp 1,6 lần vườn cũ' right after 3,8 tấn/ha",
    "is that figure's change (unit lần), not a multiple of its own. 'cần 1.100-1.300 cây giống/ha' is a rate (measure).",
    "'lãi suất 6,6%/năm' a percent; 'đến cuối tháng 9' = as-of 30/9/2023. 'dưới 2 tấn/ha' (class of old gardens), '3 năm kiến thiết' optional.",
    "Related-news headline '500 nông dân' (Di Linh) is page furniture but a real count: optional. 'lần thứ 2', 'Quốc lộ 20', 'Nguyễn Văn Bảy' are not figures.",
]

write(8, TEXT, FIGS, NOTES, published="2023-10-06", location=BL)

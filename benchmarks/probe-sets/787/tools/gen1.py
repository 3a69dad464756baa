"""p787-1: province portal (Đồng Tháp), lotus area, seed output, prices, cooperatives, OCOP, tourism, 2025 targets."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Đồng Tháp: Diện tích sen toàn tỉnh vượt 2.800 ha
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316

Thực hiện Kế hoạch số 256/KH-UBND ngày 12/7/2021 về phát triển ngành hàng sen, theo Sở Nông nghiệp và Phát triển nông thôn, tính đến cuối tháng 9/2024, tổng diện tích trồng sen trên địa bàn tỉnh Đồng Tháp đạt 2.846 ha, tăng 312 ha so với cùng kỳ năm 2023. Trong đó, diện tích sen lấy hạt 2.105 ha, sen lấy ngó và lấy hoa 741 ha. Các địa phương có diện tích lớn gồm huyện Tháp Mười (1.020 ha), Tam Nông (586 ha), Cao Lãnh (472 ha) và Thanh Bình (395 ha).

9 tháng đầu năm, sản lượng hạt sen tươi ước đạt 5.930 tấn, đạt 78,5% kế hoạch năm, tăng 9,6% so với cùng kỳ. Năng suất bình quân đạt 2,4 tấn/ha/vụ; giá hạt sen tươi dao động từ 38.000 đến 45.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với đầu năm. Với 2 vụ mỗi năm, mỗi ha sen cho lợi nhuận từ 80 đến 100 triệu đồng; hiệu quả kinh tế gấp 2 lần so với trồng lúa.

Toàn tỉnh hiện có 14 hợp tác xã và 37 tổ hợp tác sản xuất sen, thu hút hơn 3.200 hộ tham gia. Tỉnh đã công nhận 19 sản phẩm OCOP từ sen, trong đó 4 sản phẩm đạt 4 sao. Khu du lịch Đồng Sen ở huyện Tháp Mười đón khoảng 215.000 lượt khách trong 9 tháng, doanh thu gần 26 tỷ đồng.

Mục tiêu đến năm 2025, tỉnh phấn đấu nâng diện tích sen lên 3.500 ha, trong đó có ít nhất 1.000 ha đạt chứng nhận VietGAP hoặc hữu cơ. Lễ hội Sen Đồng Tháp lần thứ 2 dự kiến tổ chức vào tháng 6/2025 tại Khu du lịch Đồng Sen (Quốc lộ 30, huyện Tháp Mười).
"""

ASOF = P("tính đến cuối tháng 9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("toàn tỉnh vượt 2.800 ha", "2.800", 2800, "measure", "ha", "diện tích sen toàn tỉnh", approx="over"),
    F("đạt 2.846 ha", "2.846", 2846, "measure", "ha", "tổng diện tích trồng sen", ASOF,
      change=C("increase", 312, "ha", "cùng kỳ năm 2023")),
    F("sen lấy hạt 2.105 ha", "2.105", 2105, "measure", "ha", "diện tích sen lấy hạt", I(ASOF), total=2846),
    F("lấy hoa 741 ha", "741", 741, "measure", "ha", "diện tích sen lấy ngó và lấy hoa", I(ASOF), total=2846),
    F("Tháp Mười (1.020 ha)", "1.020", 1020, "measure", "ha", "diện tích trồng sen", I(ASOF), location="Tháp Mười"),
    F("Tam Nông (586 ha)", "586", 586, "measure", "ha", "diện tích trồng sen", I(ASOF), location="Tam Nông"),
    F("Cao Lãnh (472 ha)", "472", 472, "measure", "ha", "diện tích trồng sen", I(ASOF), location="Cao Lãnh"),
    F("Thanh Bình (395 ha)", "395", 395, "measure", "ha", "diện tích trồng sen", I(ASOF), location="Thanh Bình"),
    F("ước đạt 5.930 tấn", "5.930", 5930, "measure", "tấn", "sản lượng hạt sen tươi", M9,
      percent=78.5, change=C("increase", 9.6, "%", "cùng kỳ"), status="estimate"),
    F("đạt 2,4 tấn/ha/vụ", "2,4", 2.4, "measure", "tấn/ha/vụ", "năng suất sen bình quân", I(M9)),
    F("từ 38.000 đến 45.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá hạt sen tươi", I(M9),
      value_max=45000, change=C("increase", 5000, "đồng/kg", "đầu năm", approx="about")),
    F("Với 2 vụ mỗi năm", "2", 2, "count", "vụ", "số vụ sen mỗi năm", optional=True),
    F("từ 80 đến 100 triệu đồng", "80", 80e6, "money", "đồng/ha", "lợi nhuận mỗi ha sen", value_max=100e6),
    F("gấp 2 lần so với", "2", 2, "multiple", "lần", "hiệu quả kinh tế trồng sen so với trồng lúa"),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã sản xuất sen"),
    F("37 tổ hợp tác", "37", 37, "count", "tổ hợp tác", "tổ hợp tác sản xuất sen"),
    F("hơn 3.200 hộ", "3.200", 3200, "count", "hộ", "hộ tham gia sản xuất sen", approx="over"),
    F("công nhận 19 sản phẩm", "19", 19, "count", "sản phẩm", "sản phẩm OCOP từ sen"),
    F("4 sản phẩm đạt", "4", 4, "count", "sản phẩm", "sản phẩm OCOP từ sen đạt 4 sao", total=19),
    F("đạt 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("khoảng 215.000 lượt khách", "215.000", 215000, "count", "lượt khách", "lượt khách đến Khu du lịch Đồng Sen",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="about", location="Tháp Mười"),
    F("gần 26 tỷ đồng", "26", 26e9, "money", "đồng", "doanh thu Khu du lịch Đồng Sen",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="nearly", location="Tháp Mười"),
    F("lên 3.500 ha", "3.500", 3500, "measure", "ha", "diện tích sen", T25, status="target"),
    F("ít nhất 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích sen đạt chứng nhận VietGAP hoặc hữu cơ", T25,
      approx="at_least", total=3500, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Đồng Tháp: diện tích sen, sản lượng hạt, giá, HTX, OCOP, du lịch Đồng Sen, mục tiêu 2025.",
    "'vượt 2.800 ha' read as approx over. District list after 'gồm' does not add up to 2.846 ha: no total.",
    "'2 vụ mỗi năm' (crop calendar) and '4 sao' (OCOP class) optional. 'gấp 2 lần' stands in its own clause: multiple.",
    "Distractors: Kế hoạch số 256/KH-UBND ngày 12/7/2021, Lượt xem: 2.316, lần thứ 2, tháng 6/2025, Quốc lộ 30.",
]

write(1, TEXT, FIGS, NOTES, published="2024-10-14", location="Đồng Tháp")

"""p856-2: district portal (quận Gò Vấp, TP. Hồ Chí Minh), old-motorbike replacement support, early 2025."""
from lib import F, P, I, C, write, main

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN GÒ VẤP
Trang chủ / Tin tức - Sự kiện / Tài nguyên - Môi trường

Gò Vấp: Hơn 1.200 hộ đăng ký chuyển đổi xe máy cũ sang xe máy điện

Thứ Ba, 11/03/2025 - 14:05

Thực hiện Kế hoạch số 112/KH-UBND của UBND quận về hỗ trợ chuyển đổi phương tiện cá nhân thân thiện môi trường, qua rà soát, toàn quận hiện có 412.560 xe máy đang đăng ký, trong đó có 96.300 xe đã sử dụng trên 10 năm, chiếm 23,3%.

Từ đầu năm đến nay, UBND 12 phường đã tiếp nhận 1.246 hộ đăng ký tham gia chương trình, tăng 38% so với cùng kỳ năm 2024; trong đó có 318 hộ cận nghèo và 97 hộ nghèo. Các phường có số hộ đăng ký nhiều nhất là Phường 10 (215 hộ), Phường 16 (187 hộ) và Phường 6 (142 hộ).

Theo quy định, mỗi xe máy cũ được hỗ trợ 3 triệu đồng đối với hộ nghèo và 2 triệu đồng đối với hộ cận nghèo; các hộ còn lại được hỗ trợ 1 triệu đồng/xe. Ngoài ra, 14 đại lý trên địa bàn cam kết giảm thêm từ 5 đến 10% giá bán xe máy điện. Đến ngày 28/02/2025, đã có 436 xe máy cũ được thu hồi, tháo dỡ theo quy trình, giải ngân gần 780 triệu đồng.

Toàn Thành phố Hồ Chí Minh hiện có khoảng 7,4 triệu xe máy, trong đó hơn 60% đã sử dụng trên 10 năm; nhiều xe không còn đáp ứng tiêu chuẩn khí thải.

Quận phấn đấu đến hết năm 2025 hỗ trợ chuyển đổi 3.000 xe máy cũ; tổng kinh phí dự kiến khoảng 6,5 tỷ đồng từ ngân sách quận và nguồn xã hội hóa. Người dân cần thông tin liên hệ Phòng Tài nguyên và Môi trường quận, số 332 Quang Trung, Phường 10, điện thoại 028.3894.1234.

Ngọc Trâm - Trung tâm Văn hóa, Thể thao và Truyền thông quận
"""

SOFAR = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-11")
END25 = P("đến hết năm 2025", None, "2025-12-31")
HCM = "Hồ Chí Minh"

FIGS = [
    F("Hơn 1.200 hộ", "1.200", 1200, "count", "hộ", approx="over",
      subject="hộ đăng ký chuyển đổi xe máy cũ sang xe máy điện"),
    F("412.560 xe máy", "412.560", 412560, "count", "xe máy", subject="xe máy đang đăng ký"),
    F("có 96.300 xe", "96.300", 96300, "count", "xe", total=412560, percent=23.3,
      subject="xe máy đã sử dụng trên 10 năm"),
    F("sử dụng trên 10 năm, chiếm", "10", 10, "measure", "năm", approx="over", optional=True),
    F("UBND 12 phường", "12", 12, "count", "phường", subject="phường tiếp nhận đăng ký"),
    F("1.246 hộ", "1.246", 1246, "count", "hộ", change=C("increase", 38, baseline="cùng kỳ năm 2024"),
      subject="hộ đăng ký tham gia chương trình chuyển đổi xe máy cũ", period=SOFAR),
    F("318 hộ cận nghèo", "318", 318, "count", "hộ", total=1246,
      subject="hộ cận nghèo đăng ký tham gia chương trình", period=SOFAR),
    F("97 hộ nghèo", "97", 97, "count", "hộ", total=1246,
      subject="hộ nghèo đăng ký tham gia chương trình", period=SOFAR),
    F("(215 hộ)", "215", 215, "count", "hộ", subject="hộ đăng ký tham gia chương trình", period=I(SOFAR)),
    F("(187 hộ)", "187", 187, "count", "hộ", subject="hộ đăng ký tham gia chương trình", period=I(SOFAR)),
    F("(142 hộ)", "142", 142, "count", "hộ", subject="hộ đăng ký tham gia chương trình", period=I(SOFAR)),
    F("hỗ trợ 3 triệu đồng", "3", 3000000, "money", "đồng/xe",
      subject="mức hỗ trợ mỗi xe máy cũ đối với hộ nghèo"),
    F("và 2 triệu đồng", "2", 2000000, "money", "đồng/xe",
      subject="mức hỗ trợ mỗi xe máy cũ đối với hộ cận nghèo"),
    F("1 triệu đồng/xe", "1", 1000000, "money", "đồng/xe", subject="mức hỗ trợ mỗi xe máy cũ đối với các hộ còn lại"),
    F("14 đại lý", "14", 14, "count", "đại lý", subject="đại lý cam kết giảm giá xe máy điện"),
    F("từ 5 đến 10%", "5", 5, "percent", "%", value_max=10, subject="mức giảm thêm giá bán xe máy điện"),
    F("436 xe máy cũ", "436", 436, "count", "xe máy cũ", subject="xe máy cũ được thu hồi, tháo dỡ",
      period=P("Đến ngày 28/02/2025", None, "2025-02-28")),
    F("gần 780 triệu đồng", "780", 780000000, "money", "đồng", approx="nearly",
      subject="kinh phí hỗ trợ đã giải ngân", period=P("Đến ngày 28/02/2025", None, "2025-02-28")),
    F("khoảng 7,4 triệu xe máy", "7,4", 7400000, "count", "xe máy", approx="about",
      subject="xe máy", location=HCM),
    F("hơn 60%", "60", 60, "percent", "%", approx="over",
      subject="tỷ lệ xe máy đã sử dụng trên 10 năm", location=HCM),
    F("60% đã sử dụng trên 10 năm", "10", 10, "measure", "năm", approx="over", optional=True, location=HCM),
    F("chuyển đổi 3.000 xe máy cũ", "3.000", 3000, "count", "xe máy cũ", status="target",
      subject="xe máy cũ được hỗ trợ chuyển đổi", period=END25),
    F("khoảng 6,5 tỷ đồng", "6,5", 6500000000, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí hỗ trợ chuyển đổi xe máy cũ", period=END25),
]

NOTES = [
    "Gò Vấp district portal: registrations for old-motorbike replacement, support per bike, city fleet, 2025 target.",
    "Distractors: Kế hoạch số 112/KH-UBND, ward names Phường 10/16/6 (the bracketed numbers are the figures),",
    "'số 332 Quang Trung', phone 028.3894.1234, 'Thứ Ba, 11/03/2025 - 14:05'.",
    "Ward list items keep location Gò Vấp (a ward is below the district level FIGURES.md names); no total (a ranking, does not add up).",
    "'mỗi xe ... 3 triệu đồng' is a per-bike amount: unit đồng/xe. City-wide fleet figures are located in Hồ Chí Minh.",
    "'đến hết năm 2025' (target) -> end 2025-12-31; the forecast 6,5 tỷ continues that sentence.",
]


def build():
    return write("p856-2", TEXT, NOTES, FIGS, published="2025-03-11", location="Gò Vấp")


if __name__ == "__main__":
    main(build)

"""p1198-1: An Giang province portal, lúa Đông Xuân 2024-2025 dried by machine; a cooperative in Thoại Sơn."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

An Giang: Gần 87% sản lượng lúa Đông Xuân được sấy bằng máy

Cập nhật: 24/03/2025 10:15 | Lượt xem: 2.418

Theo Sở Nông nghiệp và Môi trường, tính đến ngày 20/3/2025, nông dân trong tỉnh đã thu hoạch 218.540 ha lúa vụ Đông Xuân 2024 - 2025, đạt 93,5% diện tích xuống giống; năng suất bình quân ước đạt 7,12 tấn/ha. Sản lượng lúa được sấy bằng máy ước khoảng 1,35 triệu tấn, tăng khoảng 52.000 tấn so với cùng kỳ, chiếm gần 87% sản lượng thu hoạch.

Toàn tỉnh hiện có 1.126 lò sấy lúa với tổng công suất khoảng 21.600 tấn/mẻ, xếp thứ 2 vùng Đồng bằng sông Cửu Long, sau Kiên Giang. Trong đó, 874 lò sấy vỉ ngang và 252 máy sấy tháp. Các lò sấy tập trung chủ yếu ở huyện Thoại Sơn (318 lò), Châu Thành (204 lò) và Tri Tôn (167 lò). Giá dịch vụ sấy lúa phổ biến từ 170.000 đến 200.000 đồng/tấn lúa tươi, tùy độ ẩm.

Tại xã Vĩnh Trạch, huyện Thoại Sơn, Hợp tác xã Nông nghiệp Vĩnh Trạch đang vận hành 6 lò sấy vỉ ngang, mỗi lò sấy được 40 tấn/mẻ. Mỗi mẻ sấy kéo dài từ 8 đến 10 giờ, đưa độ ẩm hạt lúa từ 26% xuống còn 14,5%. Vụ này, hợp tác xã đã sấy hơn 9.800 tấn lúa cho thành viên và thương lái, doanh thu dịch vụ ước trên 1,7 tỷ đồng. Ông Nguyễn Văn Tâm, Giám đốc hợp tác xã, cho biết nhờ dùng trấu làm chất đốt, chi phí nhiên liệu chỉ khoảng 35.000 đồng/tấn.

Năm 2025, tỉnh phấn đấu nâng tỷ lệ lúa được sấy bằng máy lên trên 90%, giảm tổn thất sau thu hoạch xuống dưới 8%. Theo ông Tâm, hợp tác xã dự kiến đầu tư thêm hai máy sấy tháp công suất 30 tấn/mẻ trong quý III.

Tin liên quan:
- An Giang tập huấn vận hành lò sấy lúa đợt 2
"""

ASOF = P("tính đến ngày 20/3/2025", None, "2025-03-20")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Q3 = P("quý III", "2025-07-01", "2025-09-30")
TS = "Thoại Sơn"

FIGS = [
    F("Gần 87%", "87", 87, "percent", "%", approx="nearly",
      subject="tỷ lệ sản lượng lúa Đông Xuân được sấy bằng máy"),
    F("thu hoạch 218.540 ha", "218.540", 218540, "measure", "ha", percent=93.5,
      subject="diện tích lúa vụ Đông Xuân 2024 - 2025 đã thu hoạch", period=ASOF),
    F("ước đạt 7,12 tấn/ha", "7,12", 7.12, "measure", "tấn/ha", status="estimate",
      subject="năng suất lúa bình quân", period=ASOF),
    F("khoảng 1,35 triệu tấn", "1,35", 1350000, "measure", "tấn", approx="about", percent=87,
      change=C("increase", 52000, "tấn", "cùng kỳ", "about"), status="estimate",
      subject="sản lượng lúa được sấy bằng máy", period=I(ASOF)),
    F("có 1.126 lò sấy", "1.126", 1126, "count", "lò sấy", subject="lò sấy lúa"),
    F("khoảng 21.600 tấn/mẻ", "21.600", 21600, "measure", "tấn/mẻ", approx="about",
      subject="tổng công suất lò sấy lúa"),
    F("xếp thứ 2 vùng", "2", 2, "rank", "hạng",
      subject="số lò sấy lúa trong vùng Đồng bằng sông Cửu Long"),
    F("874 lò sấy", "874", 874, "count", "lò sấy", total=1126, subject="lò sấy vỉ ngang"),
    F("252 máy sấy", "252", 252, "count", "máy sấy", total=1126, subject="máy sấy tháp"),
    F("Thoại Sơn (318 lò)", "318", 318, "count", "lò", subject="lò sấy lúa", location=TS),
    F("Châu Thành (204 lò)", "204", 204, "count", "lò", subject="lò sấy lúa", location="Châu Thành"),
    F("Tri Tôn (167 lò)", "167", 167, "count", "lò", subject="lò sấy lúa", location="Tri Tôn"),
    F("từ 170.000 đến 200.000", "170.000", 170000, "money", "đồng/tấn", value_max=200000,
      subject="giá dịch vụ sấy lúa"),
    F("vận hành 6 lò sấy", "6", 6, "count", "lò sấy",
      subject="lò sấy vỉ ngang Hợp tác xã Nông nghiệp Vĩnh Trạch vận hành", location=TS),
    F("được 40 tấn/mẻ", "40", 40, "measure", "tấn/mẻ", subject="công suất mỗi lò sấy", location=TS),
    F("từ 8 đến 10 giờ", "8", 8, "measure", "giờ", value_max=10, subject="thời gian mỗi mẻ sấy", location=TS),
    F("từ 26%", "26", 26, "percent", "%", subject="độ ẩm hạt lúa trước khi sấy", location=TS),
    F("còn 14,5%", "14,5", 14.5, "percent", "%", subject="độ ẩm hạt lúa sau khi sấy", location=TS),
    F("hơn 9.800 tấn", "9.800", 9800, "measure", "tấn", approx="over",
      subject="lúa hợp tác xã đã sấy cho thành viên và thương lái", location=TS),
    F("trên 1,7 tỷ", "1,7", 1700000000, "money", "đồng", approx="over", status="estimate",
      subject="doanh thu dịch vụ sấy của hợp tác xã", location=TS),
    F("khoảng 35.000 đồng/tấn", "35.000", 35000, "money", "đồng/tấn", approx="about",
      subject="chi phí nhiên liệu sấy lúa", location=TS),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="tỷ lệ lúa được sấy bằng máy", period=Y25),
    F("dưới 8%", "8", 8, "percent", "%", approx="under", status="target",
      subject="tổn thất sau thu hoạch", period=Y25),
    F("thêm hai máy", "hai", 2, "count", "máy sấy tháp", status="forecast",
      subject="máy sấy tháp hợp tác xã đầu tư thêm", period=Q3, location=TS),
    F("30 tấn/mẻ", "30", 30, "measure", "tấn/mẻ", status="forecast",
      subject="công suất máy sấy tháp đầu tư thêm", location=TS),
]

NOTES = [
    "Province portal (An Giang): lúa Đông Xuân 2024-2025 sấy bằng máy; breadcrumb, 'Cập nhật: 24/03/2025 10:15 | Lượt xem: 2.418'.",
    "Distractors: time 10:15, view counter 2.418, season years '2024 - 2025', 'đợt 2' in a related link.",
    "874 + 252 = 1.126 after 'Trong đó' across a sentence break: total 1126. District list (318, 204, 167) does not add up: no total.",
    "'tăng khoảng 52.000 tấn so với cùng kỳ' is the change of 1,35 triệu tấn; 'chiếm gần 87%' its share. 'ước khoảng' -> estimate, approx about.",
    "Moisture 'từ 26% xuống còn 14,5%' is two facts (before / after drying), not a range. 'Vụ này' (season) gives no period.",
    "Cooperative passage (xã Vĩnh Trạch, huyện Thoại Sơn): location Thoại Sơn, also for 'Theo ông Tâm, hợp tác xã dự kiến …'.",
    "Capacities (40, 30 tấn/mẻ) are machine specifications: no period. 'quý III' takes 2025 from 'Năm 2025'.",
]

if __name__ == "__main__":
    write("p1198-1", TEXT, NOTES, FIGS, published="2025-03-24", location="An Giang")

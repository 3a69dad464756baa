"""p887-2: district portal (huyện Mù Cang Chải, Yên Bái): photo tourism in the rice season."""
from lib import F, P, I, C, T, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÙ CANG CHẢI - TỈNH YÊN BÁI
Trang chủ / Tin tức - Sự kiện / Văn hóa - Du lịch

Mùa lúa chín hút khách đi chụp ảnh

Ngày đăng: 02/10/2024 | 15:40

Từ đầu tháng 9 đến nay, huyện Mù Cang Chải đã đón hơn 68.000 lượt khách, trong đó khoảng 40% là khách đi chụp ảnh, săn mây và du lịch nhiếp ảnh. Dịp nghỉ lễ Quốc khánh 2/9, huyện đón 21.500 lượt khách, tăng 18% so với cùng kỳ năm 2023.

Toàn huyện hiện có 126 cơ sở lưu trú với khoảng 1.900 giường, trong đó 87 homestay. Dọc Quốc lộ 32 và tại các điểm ngắm ruộng bậc thang như đồi Mâm Xôi (xã La Pán Tẩn), Chế Cu Nha, Dế Xu Phình, người dân đã dựng 54 chòi chụp ảnh và 32 điểm cho thuê trang phục dân tộc Mông. Giá thuê trang phục từ 50.000 đến 100.000 đồng/bộ; phí chụp ảnh tại các chòi 20.000 đồng/người. Nhiều hộ ở xã Chế Cu Nha có thu nhập 8-10 triệu đồng/tháng từ dịch vụ phục vụ khách chụp ảnh.

Từ đầu năm đến nay, huyện đã cấp phép bay flycam cho 215 lượt, gấp 2 lần năm 2023. Các studio ở thị trấn Mù Cang Chải cũng mở tour chụp ảnh ruộng bậc thang 1 ngày với giá 1,2-1,5 triệu đồng/khách, mỗi tour nhận tối đa 8 khách.

Năm 2024, huyện phấn đấu đón 250.000 lượt khách, doanh thu từ du lịch đạt 280 tỷ đồng. Dự kiến cuối tháng 10, huyện tổ chức cuộc thi ảnh “Mùa vàng Mù Cang Chải” với tổng giá trị giải thưởng 60 triệu đồng.

Lò Thị Hoa - Phòng Văn hóa và Thông tin huyện
"""

SINCE9 = P("Từ đầu tháng 9 đến nay", "2024-09-01", "2024-10-02")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 68.000 lượt khách", "68.000", 68000, "count", "lượt khách", "lượt khách huyện đón", SINCE9, approx="over"),
    F("khoảng 40% là khách", "40", 40, "percent", "%", "khách đi chụp ảnh, săn mây và du lịch nhiếp ảnh", SINCE9,
      approx="about"),
    F("đón 21.500 lượt khách", "21.500", 21500, "count", "lượt khách", "lượt khách dịp nghỉ lễ Quốc khánh",
      change=C("increase", 18, "%", "cùng kỳ năm 2023")),
    F("có 126 cơ sở lưu trú", "126", 126, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("khoảng 1.900 giường", "1.900", 1900, "count", "giường", "giường lưu trú", approx="about"),
    F("trong đó 87 homestay", "87", 87, "count", "homestay", "homestay", total=126),
    F("dựng 54 chòi chụp ảnh", "54", 54, "count", "chòi chụp ảnh", "chòi chụp ảnh người dân dựng"),
    F("và 32 điểm cho thuê", "32", 32, "count", "điểm", "điểm cho thuê trang phục dân tộc Mông"),
    F("từ 50.000 đến 100.000 đồng/bộ", "50.000", 50000, "money", "đồng/bộ", "giá thuê trang phục",
      value_max=100000),
    F("chòi 20.000 đồng/người", "20.000", 20000, "money", "đồng/người", "phí chụp ảnh tại các chòi"),
    F("thu nhập 8-10 triệu đồng/tháng", "8", 8e6, "money", "đồng/tháng",
      "thu nhập hộ từ dịch vụ phục vụ khách chụp ảnh", value_max=10e6),
    F("cho 215 lượt", "215", 215, "count", "lượt", "lượt bay flycam được cấp phép",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-02"), change=C("increase", 2, "lần", "năm 2023")),
    F("ruộng bậc thang 1 ngày", "1", 1, "measure", "ngày", "thời gian tour chụp ảnh", optional=True),
    F("giá 1,2-1,5 triệu đồng/khách", "1,2", 1.2e6, "money", "đồng/khách", "giá tour chụp ảnh ruộng bậc thang",
      value_max=1.5e6),
    F("tối đa 8 khách", "8", 8, "count", "khách", "khách mỗi tour", approx="at_most"),
    F("đón 250.000 lượt khách", "250.000", 250000, "count", "lượt khách", "lượt khách đón", Y24, status="target"),
    F("đạt 280 tỷ đồng", "280", 280e9, "money", "đồng", "doanh thu từ du lịch", Y24, status="target"),
    F("giải thưởng 60 triệu đồng", "60", 60e6, "money", "đồng", "tổng giá trị giải thưởng cuộc thi ảnh",
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Mù Cang Chải (Yên Bái): photo tourism in the rice-harvest season; published 02/10/2024.",
    "Not figures: Quốc khánh 2/9, Quốc lộ 32, 15:40, 'cuối tháng 10' (a date). '1 ngày' of a tour is a product spec: optional.",
    "Location is the district (Mù Cang Chải) for all figures, also those of a commune (xã Chế Cu Nha lies in it).",
    "'khoảng 40%' after 'trong đó' is a share, a percent figure of its own. 87 homestay: part of the 126 cơ sở (same thing),",
    "not of the 1.900 giường that stands just before 'trong đó'. 'Từ đầu tháng 9 đến nay' / 'Từ đầu năm đến nay' end at",
    "the dateline. 'phấn đấu' governs both targets of its sentence; 'Dự kiến' makes 60 triệu a forecast.",
]

write(2, TEXT, FIGS, NOTES, published="2024-10-02", location="Mù Cang Chải")

from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN 11
Trang chủ / Tin tức / Kinh tế - Đô thị

Phú Bình rộn ràng mùa lồng đèn truyền thống
Thứ Ba, 03/09/2024 - 10:15

Những ngày này, con hẻm 262 Lạc Long Quân (phường 5) lại rực rỡ sắc màu lồng đèn kiếng, đèn ông sao. Theo UBND phường 5, mùa Trung thu năm nay trên địa bàn còn 27 hộ làm lồng đèn thủ công, giảm 5 hộ so với năm 2023; mỗi hộ sản xuất từ 2.000 đến 6.000 chiếc. Tổng sản lượng ước đạt khoảng 95.000 chiếc, trong đó lồng đèn kiếng khoảng 36.000 chiếc.

Ông Lâm Văn Hòa, gia đình có ba thế hệ làm lồng đèn, cho biết giá mỗi chiếc lồng đèn kiếng từ 120.000 đến 350.000 đồng, cao hơn 10-15% so với năm trước do giá giấy kiếng, nan tre tăng. Khoảng 60% sản phẩm được các trường học, doanh nghiệp đặt hàng từ tháng 7.

Dịp này, UBND quận 11 phối hợp Quận đoàn, Hội Liên hiệp Phụ nữ quận trao tặng 3.200 phần quà Trung thu cho thiếu nhi, tổng trị giá hơn 640 triệu đồng; trong đó có 450 phần quà dành cho trẻ em có hoàn cảnh đặc biệt, mỗi phần trị giá 300.000 đồng.

Quận cũng tổ chức 18 điểm vui Trung thu tại 16/16 phường, dự kiến thu hút khoảng 12.000 lượt thiếu nhi tham gia. Đêm hội "Trăng sáng Phú Bình" sẽ diễn ra lúc 19 giờ ngày 14/9 tại Công viên Đầm Sen.

Minh Thư - Trung tâm Văn hóa Thể thao quận 11

Địa chỉ: 270 Bình Thới, Phường 10, Quận 11, TP. Hồ Chí Minh. Điện thoại: (028) 3963.4512
"""

Q = "Quận 11"
NN = P("năm nay", "2024-01-01", "2024-12-31")
FIGS = [
    F("còn 27 hộ", "27", 27, "count", "hộ", change=CH("decrease", 5, "hộ", baseline="năm 2023"),
      subject="hộ làm lồng đèn thủ công", period=NN),
    F("từ 2.000 đến 6.000 chiếc", "2.000", 2000, "count", "chiếc", value_max=6000,
      subject="lồng đèn mỗi hộ sản xuất", period=NN),
    F("khoảng 95.000 chiếc", "95.000", 95000, "count", "chiếc", approx="about", status="estimate",
      subject="tổng sản lượng lồng đèn", period=I(NN)),
    F("khoảng 36.000 chiếc", "36.000", 36000, "count", "chiếc", approx="about", total=95000, status="estimate",
      subject="lồng đèn kiếng", period=I(NN)),
    F("có ba thế hệ", "ba", 3, "count", "thế hệ", subject="thế hệ làm lồng đèn", optional=True),
    F("từ 120.000 đến 350.000 đồng", "120.000", 120000, "money", "đồng", value_max=350000,
      change=CH("increase", 10, baseline="năm trước"), subject="giá mỗi chiếc lồng đèn kiếng"),
    F("Khoảng 60% sản phẩm", "60", 60, "percent", "%", approx="about",
      subject="sản phẩm được các trường học, doanh nghiệp đặt hàng"),
    F("trao tặng 3.200 phần quà", "3.200", 3200, "count", "phần quà",
      subject="phần quà Trung thu trao tặng cho thiếu nhi"),
    F("hơn 640 triệu đồng", "640", 640000000, "money", "đồng", approx="over",
      subject="tổng trị giá phần quà Trung thu"),
    F("có 450 phần quà", "450", 450, "count", "phần quà", total=3200,
      subject="phần quà dành cho trẻ em có hoàn cảnh đặc biệt"),
    F("trị giá 300.000 đồng", "300.000", 300000, "money", "đồng",
      subject="trị giá mỗi phần quà dành cho trẻ em có hoàn cảnh đặc biệt"),
    F("tổ chức 18 điểm", "18", 18, "count", "điểm vui Trung thu", subject="điểm vui Trung thu"),
    F("16/16 phường", "16", 16, "count", "phường", total=16, subject="phường tổ chức điểm vui Trung thu"),
    F("khoảng 12.000 lượt", "12.000", 12000, "count", "lượt thiếu nhi", approx="about", status="forecast",
      subject="lượt thiếu nhi tham gia"),
]

emit("p775-2", TEXT, [
    "Cổng TTĐT Quận 11, TP. Hồ Chí Minh (invented): làng lồng đèn Phú Bình (phường 5), giá lồng đèn, quà Trung thu của quận 2024.",
    "Distractors: hẻm 262 Lạc Long Quân, phường 5, Phường 10, 270 Bình Thới, phone (028) 3963.4512, '19 giờ ngày 14/9', Quận 11 in names.",
    "'mùa Trung thu năm nay' gives the year of the dateline (2024), inherited by the next sentence; location is the district (phường is below it).",
    "'cao hơn 10-15% so với năm trước' after a price range: change with the range's lower end (a change has one value).",
    "'ba thế hệ' (generations of a family) is optional; 'ước đạt khoảng' = estimate + about, continuing into the trong đó part.",
], FIGS, published="2024-09-03", location=Q)

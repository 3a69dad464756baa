from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH PHÚ ĐÔNG - HUYỆN PHƯỚC LONG - TỈNH BẠC LIÊU
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản
Ngày đăng: 22/11/2023 | Người đăng: Văn phòng UBND xã

HTX vịt sinh sản Phú Đông: 9 tháng thu gần 1,9 tỷ đồng

Hợp tác xã (HTX) Nông nghiệp vịt sinh sản Phú Đông ở ấp Phú Tân 2 được thành lập năm 2019 với 9 thành viên. Đến nay, HTX đã có 23 thành viên, tổng đàn vịt đẻ 18.500 con, diện tích chuồng trại và ao nuôi 4,6 ha.

Trong 9 tháng năm 2023, HTX thu được 3,42 triệu quả trứng, tỷ lệ đẻ bình quân đạt 72%; doanh thu đạt gần 1,9 tỷ đồng, lợi nhuận khoảng 420 triệu đồng, tăng 18% so với cùng kỳ năm 2022. Riêng quý III/2023, HTX bán được 1,26 triệu quả trứng, chiếm 36,8% sản lượng 9 tháng.

Mỗi ngày HTX cung cấp cho các cơ sở làm trứng vịt muối ở thị trấn Phước Long từ 11.000 đến 13.000 quả, giá 3.000 đồng/quả. Thu nhập của thành viên đạt bình quân 6,5 triệu đồng/người/tháng.

Năm 2023, UBND xã đã hỗ trợ HTX 50 triệu đồng từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới để làm hệ thống xử lý nước thải.

Năm 2024, HTX dự kiến đầu tư thêm 2 máy ấp công suất 5.000 trứng/mẻ, nâng tổng đàn lên 25.000 con. Ông Huỳnh Văn Bảy, Giám đốc HTX, cho biết HTX đã liên kết với 3 HTX trong huyện để mở rộng đầu ra.

Địa chỉ: Ấp 4, xã Vĩnh Phú Đông, huyện Phước Long, tỉnh Bạc Liêu. Điện thoại: 0291.3861.045
"""

N9h = P("9 tháng", "2023-01-01", "2023-09-30")
Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
NOW = P("Đến nay", None, "2023-11-22")
N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu gần 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng", "doanh thu HTX vịt sinh sản Phú Đông", N9h,
      approx="nearly"),
    F("với 9 thành viên", "9", 9, "count", "thành viên", "thành viên HTX khi thành lập", Y19),
    F("có 23 thành viên", "23", 23, "count", "thành viên", "thành viên HTX", NOW),
    F("đẻ 18.500 con", "18.500", 18500, "count", "con", "tổng đàn vịt đẻ", NOW),
    F("4,6 ha", "4,6", 4.6, "measure", "ha", "diện tích chuồng trại và ao nuôi", NOW),
    F("3,42 triệu quả", "3,42", 3420000, "count", "quả", "trứng HTX thu được", N9),
    F("đạt 72%", "72", 72, "percent", "%", "tỷ lệ đẻ bình quân", N9),
    F("đạt gần 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng", "doanh thu", N9, approx="nearly"),
    F("khoảng 420 triệu đồng", "420", 420000000, "money", "đồng", "lợi nhuận", N9, approx="about",
      change=CH("increase", 18, baseline="cùng kỳ năm 2022")),
    F("1,26 triệu quả", "1,26", 1260000, "count", "quả", "trứng HTX bán được", Q3, percent=36.8),
    F("từ 11.000 đến 13.000 quả", "11.000", 11000, "count", "quả", "trứng cung cấp cho các cơ sở làm trứng vịt muối mỗi ngày",
      value_max=13000),
    F("giá 3.000 đồng/quả", "3.000", 3000, "money", "đồng/quả", "giá trứng"),
    F("6,5 triệu đồng/người/tháng", "6,5", 6500000, "money", "đồng/người/tháng", "thu nhập bình quân của thành viên"),
    F("HTX 50 triệu đồng", "50", 50000000, "money", "đồng", "kinh phí UBND xã hỗ trợ HTX", Y23),
    F("thêm 2 máy ấp", "2", 2, "count", "máy ấp", "máy ấp đầu tư thêm", Y24, status="forecast"),
    F("5.000 trứng/mẻ", "5.000", 5000, "measure", "trứng/mẻ", "công suất máy ấp", Y24, status="forecast"),
    F("lên 25.000 con", "25.000", 25000, "count", "con", "tổng đàn", Y24, status="forecast"),
    F("với 3 HTX", "3", 3, "count", "HTX", "HTX liên kết để mở rộng đầu ra"),
]

COMMENTS = [
    "Commune portal (xã Vĩnh Phú Đông, huyện Phước Long, Bạc Liêu), 'Ngày đăng: 22/11/2023': HTX vịt sinh sản, 9 tháng năm 2023.",
    "Location: a commune is below the spec's place levels, so the district (Phước Long) named in the portal header.",
    "Headline '9 tháng' takes 2023 (from Ngày đăng). 'thành lập năm 2019 với 9 thành viên' has period năm 2019; 'Đến nay' ends at the dateline.",
    "'chiếm 36,8% sản lượng 9 tháng' is the percent of 1,26 triệu quả (no trong đó cue: no total). 'đã liên kết với 3 HTX' is actual,",
    "with no period phrase. Distractors: 'ấp Phú Tân 2', 'Ấp 4', name 'Huỳnh Văn Bảy', phone.",
]

if __name__ == "__main__":
    emit("p745-8", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Phước Long")

"""p799-2: commune portal of xã Phương Trung (Thanh Oai, Hà Nội), làng nón Chuông, year 2023."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯƠNG TRUNG - HUYỆN THANH OAI
Trang chủ / Tin tức / Kinh tế
Thứ Năm, 28/12/2023 - 16:05

Làng nghề nón Chuông: doanh thu năm 2023 ước đạt 128 tỷ đồng

Năm 2023, làng nghề nón Chuông sản xuất khoảng 2,6 triệu chiếc nón các loại, tăng khoảng 10% so với năm 2022. Doanh thu từ nghề nón ước đạt 128 tỷ đồng, chiếm 42,5% tổng giá trị sản xuất của xã.

Toàn xã có 1.520 hộ với khoảng 3.100 lao động làm nón, trong đó 1.180 hộ làm nón thường xuyên. Thu nhập bình quân của người làm nón đạt 4,2 triệu đồng/người/tháng; các hộ chuyên làm nón xuất khẩu có thu nhập 150-200 triệu đồng/hộ/năm.

Chợ nón Chuông họp vào các ngày mùng 4, 10, 14, 20, 24 và 30 âm lịch hằng tháng, mỗi phiên bán ra từ 5.000 đến 7.000 chiếc nón. Ngoài nón lá truyền thống giá 40.000-60.000 đồng/chiếc, các cơ sở còn làm nón thời trang, nón quà tặng xuất khẩu sang Nhật Bản, Hàn Quốc, Pháp; năm 2023 xuất khẩu hơn 350.000 chiếc, chiếm 13,5% sản lượng.

Làng nghề cũng thu hút khách du lịch: từ đầu năm đến nay đón gần 12.000 lượt khách, trong đó khách quốc tế khoảng 2.800 lượt. Tour trải nghiệm làm nón kéo dài 3 giờ, giá 250.000 đồng/người.

Năm 2024, xã phấn đấu doanh thu từ nghề nón đạt 140 tỷ đồng, mở thêm 2 lớp truyền nghề cho 60 lao động trẻ; dự kiến hoàn thành nâng cấp tuyến đường liên thôn dài 1,8 km dẫn vào chợ nón từ Đường tỉnh 429.

Ban biên tập - Điện thoại: 024.3387.5226
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("từ đầu năm đến nay", "2023-01-01", "2023-12-28")

FIGS = [
    F("năm 2023 ước đạt 128 tỷ đồng", "128", 128e9, "money", "đồng", "doanh thu làng nghề nón Chuông",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("khoảng 2,6 triệu chiếc nón", "2,6", 2.6e6, "count", "chiếc nón", "nón các loại làng nghề sản xuất", Y23,
      approx="about", change=C("increase", 10, "%", "năm 2022", approx="about")),
    F("nón ước đạt 128 tỷ đồng", "128", 128e9, "money", "đồng", "doanh thu từ nghề nón", I(Y23),
      percent=42.5, status="estimate"),
    F("có 1.520 hộ", "1.520", 1520, "count", "hộ", "hộ làm nón"),
    F("khoảng 3.100 lao động", "3.100", 3100, "count", "lao động", "lao động làm nón", approx="about"),
    F("trong đó 1.180 hộ", "1.180", 1180, "count", "hộ", "hộ làm nón thường xuyên", total=1520),
    F("đạt 4,2 triệu đồng/người/tháng", "4,2", 4.2e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của người làm nón"),
    F("150-200 triệu đồng/hộ/năm", "150", 150e6, "money", "đồng/hộ/năm",
      "thu nhập các hộ chuyên làm nón xuất khẩu", value_max=200e6),
    F("từ 5.000 đến 7.000 chiếc nón", "5.000", 5000, "count", "chiếc nón", "nón bán ra mỗi phiên chợ",
      value_max=7000),
    F("40.000-60.000 đồng/chiếc", "40.000", 40_000, "money", "đồng/chiếc", "giá nón lá truyền thống",
      value_max=60_000),
    F("hơn 350.000 chiếc", "350.000", 350_000, "count", "chiếc", "nón xuất khẩu",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over", percent=13.5),
    F("gần 12.000 lượt khách", "12.000", 12_000, "count", "lượt khách", "khách du lịch đến làng nghề", SINCE,
      approx="nearly"),
    F("khoảng 2.800 lượt", "2.800", 2800, "count", "lượt", "khách quốc tế", SINCE, approx="about", total=12_000),
    F("kéo dài 3 giờ", "3", 3, "measure", "giờ", "thời gian tour trải nghiệm làm nón"),
    F("250.000 đồng/người", "250.000", 250_000, "money", "đồng/người", "giá tour trải nghiệm làm nón"),
    F("đạt 140 tỷ đồng", "140", 140e9, "money", "đồng", "doanh thu từ nghề nón", Y24, status="target"),
    F("thêm 2 lớp", "2", 2, "count", "lớp", "lớp truyền nghề mở thêm", Y24, status="target"),
    F("60 lao động trẻ", "60", 60, "count", "lao động trẻ", "lao động trẻ được truyền nghề", Y24, status="target"),
    F("dài 1,8 km", "1,8", 1.8, "measure", "km", "tuyến đường liên thôn nâng cấp dẫn vào chợ nón", Y24,
      status="forecast"),
]

NOTES = [
    "Commune portal (xã Phương Trung, huyện Thanh Oai, Hà Nội): làng nón Chuông in 2023. Dateline 'Thứ Năm, 28/12/2023 - 16:05'.",
    "Location is the district Thanh Oai (the commune lies in it). The market days 'mùng 4, 10, 14, 20, 24 và 30 âm lịch',",
    "'Đường tỉnh 429' and the phone are not figures. The headline's 128 tỷ and the body's 128 tỷ are two mentions, both figures.",
    "'từ đầu năm đến nay' ends at the dateline. 'phấn đấu' governs 140 tỷ, 2 lớp, 60 lao động (continuing clauses); 'dự kiến' the road.",
]

if __name__ == "__main__":
    write("p799-2", TEXT, FIGS, NOTES, published="2023-12-28", location="Thanh Oai")

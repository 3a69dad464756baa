from lib import F, P, chg, emit

TEXT = """Thời sự > Dân sinh
Thứ tư, 6/3/2024, 14:20 (GMT+7)

Đà Nẵng dự kiến di dời hơn 12.000 ngôi mộ trong năm 2024

Hơn 12.000 ngôi mộ tại các nghĩa trang Hòa Sơn, Phước Tường và Hòa Ninh dự kiến được di dời trong năm nay để phục vụ các dự án khu công nghệ cao và tuyến đường vành đai phía Tây.

Theo Sở Xây dựng Đà Nẵng, năm 2023 thành phố đã di dời 8.640 ngôi mộ, gấp 1,6 lần năm 2022, trong đó quận Liên Chiểu 3.210 mộ, huyện Hòa Vang 4.385 mộ, quận Cẩm Lệ 1.045 mộ. Tổng kinh phí bồi thường, hỗ trợ khoảng 96,5 tỷ đồng.

Năm nay, riêng nghĩa trang Hòa Sơn (huyện Hòa Vang) cần di dời khoảng 7.300 mộ trên diện tích 32 ha. Các gia đình có mộ phải di dời được hỗ trợ từ 8 đến 15 triệu đồng/mộ tùy loại; nếu lựa chọn hỏa táng, cải táng vào nghĩa trang Hòa Ninh, thành phố hỗ trợ thêm 5 triệu đồng và miễn phí lô đất.

Ông Nguyễn Hữu Trí, Phó giám đốc Sở Xây dựng, cho biết tỷ lệ hỏa táng tại Đà Nẵng năm 2023 đạt 67,4%, cao thứ ba cả nước sau TP HCM và Hà Nội. Cơ sở hỏa táng tại nghĩa trang Hòa Sơn hiện vận hành 3 lò, trung bình mỗi ngày hỏa táng 18-20 ca. Thành phố đặt mục tiêu đến năm 2030 tỷ lệ hỏa táng đạt trên 85%.

Nghĩa trang Hòa Sơn nằm cạnh Quốc lộ 14B, được quy hoạch từ năm 2008 với tổng diện tích 210 ha. Sau khi di dời, khoảng 45 ha sẽ được chuyển sang xây dựng hạ tầng khu công nghệ cao.

Nguyễn Đông
Chia sẻ | 12 bình luận
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm nay", "2024-01-01", "2024-12-31")
Y24i = P("Năm nay", "2024-01-01", "2024-12-31", inh=True)

FIGS = [
    F("dời hơn 12.000 ngôi mộ trong", "12.000", 12000, "count", "ngôi mộ", "ngôi mộ di dời",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="forecast"),
    F("Hơn 12.000 ngôi mộ tại", "12.000", 12000, "count", "ngôi mộ", "ngôi mộ tại các nghĩa trang Hòa Sơn, Phước Tường và Hòa Ninh di dời",
      P("trong năm nay", "2024-01-01", "2024-12-31"), approx="over", status="forecast"),
    F("di dời 8.640 ngôi mộ", "8.640", 8640, "count", "ngôi mộ", "ngôi mộ đã di dời", Y23,
      change=chg("increase", 1.6, "lần", "năm 2022")),
    F("Liên Chiểu 3.210 mộ", "3.210", 3210, "count", "mộ", "mộ đã di dời", Y23, total=8640, location="Liên Chiểu"),
    F("Hòa Vang 4.385 mộ", "4.385", 4385, "count", "mộ", "mộ đã di dời", Y23, total=8640, location="Hòa Vang"),
    F("Cẩm Lệ 1.045 mộ", "1.045", 1045, "count", "mộ", "mộ đã di dời", Y23, total=8640, location="Cẩm Lệ"),
    F("khoảng 96,5 tỷ đồng", "96,5", 96500000000, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ", Y23i, approx="about"),
    F("khoảng 7.300 mộ", "7.300", 7300, "count", "mộ", "mộ cần di dời tại nghĩa trang Hòa Sơn", Y24, approx="about", location="Hòa Vang"),
    F("diện tích 32 ha", "32", 32, "measure", "ha", "diện tích nghĩa trang Hòa Sơn cần di dời", Y24, location="Hòa Vang"),
    F("từ 8 đến 15 triệu", "8", 8000000, "money", "đồng/mộ", "mức hỗ trợ gia đình có mộ phải di dời", Y24i, value_max=15000000),
    F("thêm 5 triệu đồng", "5", 5000000, "money", "đồng", "mức hỗ trợ thêm khi lựa chọn hỏa táng, cải táng vào nghĩa trang Hòa Ninh", Y24i),
    F("đạt 67,4%", "67,4", 67.4, "percent", "%", "tỷ lệ hỏa táng", Y23),
    F("cao thứ ba", "ba", 3, "rank", "hạng", "tỷ lệ hỏa táng", Y23),
    F("vận hành 3 lò", "3", 3, "count", "lò", "lò hỏa táng đang vận hành tại nghĩa trang Hòa Sơn", location="Hòa Vang"),
    F("hỏa táng 18-20 ca", "18", 18, "count", "ca", "ca hỏa táng trung bình mỗi ngày", value_max=20, location="Hòa Vang"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ hỏa táng", P("đến năm 2030", None, "2030-12-31"), approx="over", status="target"),
    F("diện tích 210 ha", "210", 210, "measure", "ha", "tổng diện tích nghĩa trang Hòa Sơn", location="Hòa Vang"),
    F("khoảng 45 ha", "45", 45, "measure", "ha", "diện tích chuyển sang xây dựng hạ tầng khu công nghệ cao", approx="about",
      location="Hòa Vang", status="forecast", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): Đà Nẵng grave relocation for the high-tech park and western ring road; cremation rate. Dateline 'Thứ tư, 6/3/2024, 14:20 (GMT+7)'.",
    "Distractors: '(GMT+7)', 'Quốc lộ 14B', 'từ năm 2008' (a date), '12 bình luận' (page furniture), cemetery names (Hòa Sơn, Phước Tường, Hòa Ninh).",
    "Headline and lead 12.000 with 'dự kiến' are forecasts; 'trong năm nay' = 2024 (dateline year). 'gấp 1,6 lần năm 2022' is the change of 8.640.",
    "District parts after 'trong đó' add up to 8.640 (total). Nghĩa trang Hòa Sơn lies in huyện Hòa Vang (named in the text), so its figures are located there.",
    "'cao thứ ba cả nước' is a rank (hạng) with the Đà Nẵng location, subject the rate. '18-20 ca' is a range of daily cases.",
    "'khoảng 45 ha sẽ được chuyển' (future with 'sẽ', not a listed cue) is optional.",
]
emit("p278-7", TEXT, COMMENTS, FIGS, published="2024-03-06", location="Đà Nẵng")

"""p904-2: district portal (huyện Đại Lộc, Quảng Nam), làng trống Lâm Yên, mùa trống trường 2023."""
from lib import F, write, period, inherit, change, target

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẠI LỘC
Trang chủ > Tin tức - Sự kiện > Kinh tế
Thứ Hai, 14/08/2023 - 10:20

Làng trống Lâm Yên vào mùa trống trường

Những ngày này, các cơ sở làm trống ở thôn Lâm Yên, xã Đại Hòa tất bật hoàn thành đơn hàng trống trường học phục vụ năm học 2023-2024.

Theo UBND xã Đại Hòa, từ đầu năm đến nay, các hộ làm trống trong thôn đã bán ra gần 3.600 chiếc trống, trong đó trống trường học khoảng 2.100 chiếc, chiếm 58%. Riêng tháng 7/2023, các hộ nhận 640 đơn hàng trống trường từ các tỉnh miền Trung và Tây Nguyên, gấp 1,6 lần tháng 7/2022.

Giá trống trường học năm nay từ 1,8 đến 3,5 triệu đồng/chiếc tùy cỡ, tăng khoảng 10% so với năm 2022 do giá da trâu, da bò và gỗ mít đều tăng. Ông Nguyễn Văn Bảy, chủ cơ sở trống Bảy Hòa, cho biết mỗi ngày xưởng của ông hoàn thiện 8-10 chiếc trống trường; mỗi chiếc mặt 60 cm cần khoảng 3 ngày công.

Hiện cả thôn có 27 hộ với 112 lao động làm trống, thu nhập bình quân 7,2 triệu đồng/người/tháng, cao hơn 1,5 triệu đồng so với năm 2022. Năm 2022, làng nghề đạt doanh thu 21,4 tỷ đồng; năm 2023 ước đạt trên 25 tỷ đồng.

Để giữ nghề, năm 2023 huyện hỗ trợ 150 triệu đồng cho 5 hộ mua máy bào, máy cưa theo Nghị quyết số 09/2021/NQ-HĐND của HĐND tỉnh, đồng thời mở 2 lớp dạy nghề làm trống cho 45 học viên. Mục tiêu đến năm 2025, làng trống Lâm Yên đón 10.000 lượt khách mỗi năm và có ít nhất 2 sản phẩm đạt chuẩn OCOP 3 sao.

Văn Thành - Trung tâm VH-TT&TT huyện
Địa chỉ: Khu 5, thị trấn Ái Nghĩa, huyện Đại Lộc. ĐT: 0235.3865.102
"""

YTD = period("từ đầu năm đến nay", "2023-01-01", "2023-08-14")
JUL = period("tháng 7/2023", "2023-07-01", "2023-07-31")
NOW = period("năm nay", "2023-01-01", "2023-12-31")
Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 3.600 chiếc", "3.600", 3600, "count", "chiếc trống", "trống bán ra", YTD, approx="nearly"),
    F("khoảng 2.100 chiếc", "2.100", 2100, "count", "chiếc", "trống trường học bán ra", YTD, approx="about",
      total=3600, percent=58),
    F("nhận 640 đơn hàng", "640", 640, "count", "đơn hàng", "đơn hàng trống trường", JUL,
      change=change("increase", 1.6, "lần", "tháng 7/2022")),
    F("từ 1,8 đến 3,5 triệu", "1,8", 1.8e6, "money", "đồng/chiếc", "giá trống trường học", NOW, value_max=3.5e6,
      change=change("increase", 10, "%", "năm 2022", "about")),
    F("hoàn thiện 8-10 chiếc", "8", 8, "count", "chiếc/ngày", "trống trường hoàn thiện mỗi ngày tại xưởng Bảy Hòa",
      value_max=10),
    F("mặt 60 cm", "60", 60, "measure", "cm", "mặt trống trường", optional=True),
    F("khoảng 3 ngày công", "3", 3, "measure", "ngày công", "ngày công làm mỗi chiếc trống trường", approx="about"),
    F("có 27 hộ", "27", 27, "count", "hộ", "hộ làm trống"),
    F("với 112 lao động", "112", 112, "count", "lao động", "lao động làm trống"),
    F("bình quân 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động làm trống",
      change=change("increase", 1.5e6, "đồng", "năm 2022")),
    F("doanh thu 21,4 tỷ đồng", "21,4", 21.4e9, "money", "đồng", "doanh thu làng nghề", Y22),
    F("trên 25 tỷ đồng", "25", 25e9, "money", "đồng", "doanh thu làng nghề", Y23, approx="over",
      status="estimate"),
    F("hỗ trợ 150 triệu đồng", "150", 150e6, "money", "đồng", "kinh phí hỗ trợ hộ làm trống mua máy bào, máy cưa",
      Y23),
    F("cho 5 hộ", "5", 5, "count", "hộ", "hộ được hỗ trợ mua máy bào, máy cưa", Y23),
    F("mở 2 lớp", "2", 2, "count", "lớp", "lớp dạy nghề làm trống", Y23),
    F("cho 45 học viên", "45", 45, "count", "học viên", "học viên lớp dạy nghề làm trống", Y23),
    F("đón 10.000 lượt khách", "10.000", 10000, "count", "lượt khách/năm", "lượt khách tham quan làng trống Lâm Yên",
      T25, status="target"),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP 3 sao", T25, approx="at_least",
      status="target"),
    F("OCOP 3 sao", "3", 3, "count", "sao", "hạng OCOP", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Đại Lộc (Quảng Nam): làng trống Lâm Yên, xã Đại Hòa, mùa trống trường 2023. Invented probe article.",
    "`gấp 1,6 lần tháng 7/2022` after a count is its change (unit lần), not a multiple of its own. `năm nay` = 2023 (published).",
    "`mỗi ngày ... 8-10 chiếc` keeps the per-day denominator in the unit; `10.000 lượt khách mỗi năm` likewise.",
    "Not figures: năm học 2023-2024, Nghị quyết số 09/2021/NQ-HĐND, Khu 5, phone, names Nguyễn Văn Bảy / Bảy Hòa, `mỗi chiếc`.",
]

write(2, TEXT, FIGS, COMMENTS, published="2023-08-14", location="Đại Lộc")

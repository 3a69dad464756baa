"""p1087-6: national newspaper, chợ bò Ba Chúc (Tri Tôn, An Giang) before Tết 2025, national imports."""
from lib import F, make, period, inherit, change

TEXT = """Kinh doanh › Hàng hóa
Chủ nhật, 12/1/2025, 07:30 (GMT+7)
Giá bò hơi ở An Giang lên 90.000 đồng một kg, chợ bò biên giới nhộn nhịp trước Tết

Chợ bò Ba Chúc (huyện Tri Tôn, An Giang) họp mỗi ngày từ 4h đến 9h sáng. Những ngày cận Tết, mỗi phiên có 700-800 con bò được đưa về, trong khi ngày thường chỉ khoảng 400 con. Ban quản lý chợ thu phí 20.000 đồng/con, mỗi ngày thu khoảng 14 triệu đồng.

Ông Nguyễn Văn Bảy, thương lái ở xã Lê Trì, cho biết bò thịt loại trên 300 kg hiện được mua 85.000-90.000 đồng/kg hơi, tăng 10.000 đồng/kg so với tháng 11/2024. Một con bò thịt cỡ lớn có giá 35-40 triệu đồng, con đẹp nhất phiên sáng 11/1 được bán 62 triệu đồng.

Theo Chi cục Chăn nuôi và Thú y An Giang, năm 2024 có 21.650 con bò nhập từ Campuchia qua cửa khẩu quốc tế Tịnh Biên, giảm 9% so với năm 2023; trong đó 18.430 con được đưa vào các chợ bò trong tỉnh. Lực lượng thú y kiểm soát 46.200 con bò qua chợ, lấy 320 mẫu xét nghiệm, tất cả đều âm tính với lở mồm long móng. Tổng đàn bò của tỉnh hiện khoảng 83.000 con, đứng thứ 3 khu vực Đồng bằng sông Cửu Long.

Theo Bộ Nông nghiệp và Phát triển nông thôn, năm 2024 cả nước nhập khẩu khoảng 252.000 con bò sống, chủ yếu từ Australia, tăng 18,5% so với năm trước; kim ngạch đạt hơn 290 triệu USD.

Các thương lái dự báo giá bò hơi sẽ tăng thêm 5-7% trong những ngày cuối trước Tết.

Phước Tuấn
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("lên 90.000 đồng một kg", "90.000", 90000, "money", "đồng/kg", "giá bò hơi"),
    F("có 700-800 con", "700", 700, "measure", "con/phiên", "bò được đưa về mỗi phiên những ngày cận Tết", value_max=800, location="Tri Tôn"),
    F("khoảng 400 con", "400", 400, "measure", "con/phiên", "bò mỗi phiên ngày thường", approx="about", location="Tri Tôn"),
    F("phí 20.000 đồng/con", "20.000", 20000, "money", "đồng/con", "mức thu phí", location="Tri Tôn"),
    F("khoảng 14 triệu đồng", "14", 14e6, "money", "đồng/ngày", "tiền phí thu mỗi ngày", approx="about", location="Tri Tôn"),
    F("trên 300 kg", "300", 300, "measure", "kg", "trọng lượng bò thịt", approx="over", optional=True),
    F("mua 85.000-90.000", "85.000", 85000, "money", "đồng/kg", "giá mua bò thịt hơi", value_max=90000,
      change=change("increase", 10000, "đồng/kg", "tháng 11/2024"), location="Tri Tôn"),
    F("giá 35-40 triệu", "35", 35e6, "money", "đồng", "giá một con bò thịt cỡ lớn", value_max=40e6, location="Tri Tôn"),
    F("bán 62 triệu đồng", "62", 62e6, "money", "đồng", "giá con bò đẹp nhất phiên", location="Tri Tôn"),
    F("có 21.650 con", "21.650", 21650, "count", "con", "bò nhập từ Campuchia qua cửa khẩu quốc tế Tịnh Biên", Y24,
      change=change("decrease", 9, "%", "năm 2023")),
    F("đó 18.430 con", "18.430", 18430, "count", "con", "bò nhập khẩu được đưa vào các chợ bò trong tỉnh", Y24,
      total=21650),
    F("soát 46.200 con", "46.200", 46200, "count", "con", "bò qua chợ được lực lượng thú y kiểm soát", inherit(Y24)),
    F("lấy 320 mẫu", "320", 320, "count", "mẫu", "mẫu xét nghiệm", inherit(Y24)),
    F("khoảng 83.000 con", "83.000", 83000, "count", "con", "tổng đàn bò của tỉnh", approx="about"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tổng đàn bò khu vực Đồng bằng sông Cửu Long"),
    F("khoảng 252.000 con", "252.000", 252000, "count", "con", "bò sống nhập khẩu", Y24, approx="about",
      change=change("increase", 18.5, "%", "năm trước"), location="Việt Nam"),
    F("hơn 290 triệu USD", "290", 290e6, "money", "USD", "kim ngạch nhập khẩu bò sống", Y24, approx="over",
      location="Việt Nam"),
    F("thêm 5-7%", "5", 5, "percent", "%", "giá bò hơi tăng thêm", value_max=7, status="forecast"),
]

make("p1087-6", TEXT, FIGS, published="2025-01-12", location="An Giang", notes=[
    "National newspaper (VnExpress style): chợ bò Ba Chúc (Tri Tôn, An Giang) before Tết 2025; imports from Cambodia; national live-cattle imports.",
    "Market figures of chợ Ba Chúc are Tri Tôn (district named); the headline, the province's imports and herd are An Giang; the national import figures are Việt Nam (Australia is a partner, not a place).",
    "Per-session heads are measure con/phiên; 'mỗi ngày thu khoảng 14 triệu đồng' is đồng/ngày. 'hiện' sentences get no period.",
    "Distractors: dateline 07:30 (GMT+7), 4h/9h (times), 'Ông Nguyễn Văn Bảy', 'phiên sáng 11/1', 'tháng 11/2024' (a baseline only).",
])

"""p829-6: national newspaper (VnExpress-like), a workshop turning discarded bottles into glassware, TP HCM."""
from lib import C, F, I, P, T, write

TEXT = """Kinh doanh > Startup
Thứ bảy, 15/3/2025, 07:40 (GMT+7)
Xưởng biến chai bỏ đi thành ly thủy tinh thủ công

Mỗi tháng, xưởng nhỏ của anh Lê Minh Tâm thu về khoảng 8 tấn chai thủy tinh bỏ đi để cắt, mài thành ly, chậu cây và đèn trang trí.

TP HCM - Xưởng nằm trong hẻm 42 đường số 9, rộng 300 m2, có 14 thợ, phần lớn là người khuyết tật. Chai được mua lại từ quán bar, nhà hàng và điểm thu gom phế liệu với giá 500-1.000 đồng/chai, rẻ hơn nhiều so với thủy tinh mới. Sau khi cắt, mỗi sản phẩm phải qua 5 công đoạn mài, đánh bóng; một người thợ làm được 40-50 chiếc ly mỗi ngày.

Năm 2024, xưởng bán ra hơn 96.000 sản phẩm, doanh thu khoảng 4,3 tỷ đồng, gấp 2,5 lần năm 2022. Khoảng 60% đơn hàng đến từ khách sạn, khu nghỉ dưỡng; phần còn lại bán qua sàn thương mại điện tử và xuất sang Nhật Bản, Hà Lan. Giá mỗi chiếc ly từ 45.000 đến 120.000 đồng, bộ đèn trang trí cỡ lớn có giá 1,5 triệu đồng.

Theo anh Tâm, mỗi năm xưởng giúp tái sử dụng gần 100 tấn thủy tinh, tránh thải ra bãi rác. Theo Sở Tài nguyên và Môi trường, thành phố phát sinh khoảng 13.000 tấn chất thải rắn sinh hoạt mỗi ngày, trong đó thủy tinh chiếm khoảng 2%, nhưng tỷ lệ được tái chế mới đạt chưa đến 30%.

"Chai bia, chai rượu vang là nguồn nguyên liệu gần như vô tận", anh Tâm nói. Năm nay, anh dự kiến mở thêm một cửa hàng trưng bày và nâng số thợ lên 25 người.

Quỳnh Như
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 8 tấn", "8", 8, "measure", "tấn", "chai thủy tinh bỏ đi xưởng thu về mỗi tháng", approx="about"),
    F("rộng 300 m2", "300", 300, "measure", "m2", "diện tích xưởng"),
    F("có 14 thợ", "14", 14, "count", "thợ", "thợ của xưởng"),
    F("giá 500-1.000 đồng/chai", "500", 500, "money", "đồng/chai", "giá mua lại chai thủy tinh", value_max=1000),
    F("qua 5 công đoạn", "5", 5, "count", "công đoạn", "công đoạn mài, đánh bóng mỗi sản phẩm", optional=True),
    F("được 40-50 chiếc ly", "40", 40, "count", "chiếc", "ly một người thợ làm mỗi ngày", value_max=50),
    F("hơn 96.000 sản phẩm", "96.000", 96000, "count", "sản phẩm", "sản phẩm xưởng bán ra", Y24, approx="over"),
    F("khoảng 4,3 tỷ đồng", "4,3", 4.3e9, "money", "đồng", "doanh thu của xưởng", Y24, approx="about",
      change=C("increase", 2.5, unit="lần", baseline="năm 2022")),
    F("Khoảng 60% đơn hàng", "60", 60, "percent", "%", "tỷ trọng đơn hàng từ khách sạn, khu nghỉ dưỡng", I(Y24),
      approx="about"),
    F("từ 45.000 đến 120.000 đồng", "45.000", 45000, "money", "đồng", "giá mỗi chiếc ly", value_max=120000),
    F("giá 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng", "giá bộ đèn trang trí cỡ lớn"),
    F("gần 100 tấn", "100", 100, "measure", "tấn", "thủy tinh xưởng giúp tái sử dụng mỗi năm", approx="nearly"),
    F("khoảng 13.000 tấn", "13.000", 13000, "measure", "tấn", "chất thải rắn sinh hoạt phát sinh mỗi ngày",
      approx="about"),
    F("chiếm khoảng 2%", "2", 2, "percent", "%", "tỷ trọng thủy tinh trong chất thải rắn sinh hoạt", approx="about"),
    F("chưa đến 30%", "30", 30, "percent", "%", "tỷ lệ thủy tinh được tái chế", approx="under"),
    F("thêm một cửa hàng", "một", 1, "count", "cửa hàng", "cửa hàng trưng bày mở thêm",
      P("Năm nay", "2025-01-01", "2025-12-31"), status="forecast", optional=True),
    F("lên 25 người", "25", 25, "count", "người", "số thợ của xưởng", P("Năm nay", "2025-01-01", "2025-12-31"),
      status="forecast"),
]

write("p829-6", TEXT, FIGS, published="2025-03-15", location="TP Hồ Chí Minh", comments=[
    "National newspaper (VnExpress-like): a workshop in TP HCM cutting discarded bottles into glassware; dateline 'Thứ bảy, 15/3/2025, 07:40 (GMT+7)'.",
    "Distractors: the dateline and GMT+7, 'hẻm 42 đường số 9', the byline.",
    "'gấp 2,5 lần năm 2022' is attached to the revenue figure: a change of 2,5 lần (baseline năm 2022), not a multiple of its own.",
    "'5 công đoạn' (a description of the craft) and 'một cửa hàng' (number word, a plan's detail) are optional.",
    "'40-50 chiếc ly mỗi ngày' is a count (the day stands outside the unit); 'thủy tinh chiếm khoảng 2%' after 'trong đó' is a share with no base amount: a percent figure.",
    "Location: TP Hồ Chí Minh throughout ('TP HCM -', 'thành phố'); Nhật Bản, Hà Lan are buyers, not places of figures. 'Năm nay' = 2025.",
])

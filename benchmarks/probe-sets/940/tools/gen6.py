"""p940-6: national newspaper, chestnut season in Bắc Hà (Lào Cai)."""
from lib import F, write, year, inh, period, change

TEXT = """
Kinh doanh > Nông nghiệp
Thứ bảy, 14/9/2024, 08:15 (GMT+7)
Hạt dẻ Bắc Hà vào mùa, thương lái trả 75.000 đồng mỗi kg

Giá hạt dẻ tại Bắc Hà (Lào Cai) năm nay tăng 15-20% so với năm ngoái do sản lượng giảm sau đợt rét đậm đầu năm.

Ông Lù Văn Sáu, ở xã Bản Liền, cho biết gia đình có 1,2 ha dẻ với khoảng 400 cây, vụ này thu được 7 tạ hạt, bán tại vườn với giá 70.000 đồng/kg, thu gần 50 triệu đồng. "Năm ngoái được mùa, nhà tôi thu hơn 1 tấn nhưng giá chỉ 50.000 đồng", ông Sáu nói.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Bắc Hà, toàn huyện có 530 ha dẻ, tập trung ở các xã Bản Liền, Nậm Khánh, Tả Củ Tỷ. Sản lượng năm nay dự kiến chỉ đạt 260 tấn, giảm khoảng 25% so với năm 2023.

Tại chợ phiên Bắc Hà, hạt dẻ rang được bán 150.000-180.000 đồng/kg. Tuy nhiên, anh Giàng Seo Chu, một thương lái, cho biết mỗi ngày có 2-3 tấn hạt dẻ Trung Quốc được đưa về chợ, giá chỉ 35.000 đồng/kg. Nhiều tiểu thương trộn dẻ nhập khẩu với dẻ Bắc Hà để bán, khiến người mua khó phân biệt.

Ông Nguyễn Văn Hải, Phó chủ tịch UBND huyện, cho biết huyện đang hoàn thiện hồ sơ đăng ký nhãn hiệu chứng nhận "Hạt dẻ Bắc Hà" với Cục Sở hữu trí tuệ, phấn đấu năm 2025 có 2 sản phẩm dẻ đạt OCOP 3 sao trở lên và mở rộng diện tích dẻ lên 600 ha. Huyện cũng hỗ trợ mỗi hộ trồng mới 30% giá cây giống.

Minh Hoàng
"""

NAY = year("năm nay", 2024)
Y25 = year("năm 2025", 2025)

FIGS = [
    F("trả 75.000 đồng mỗi kg", "75.000", 75000, "money", "đồng/kg", "giá thương lái trả cho hạt dẻ"),
    F("tăng 15-20%", "15", 15, "percent", "%", "giá hạt dẻ", NAY, value_max=20),
    F("có 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích dẻ của gia đình"),
    F("khoảng 400 cây", "400", 400, "count", "cây", "cây dẻ của gia đình", approx="about"),
    F("được 7 tạ", "7", 7, "measure", "tạ", "sản lượng hạt dẻ của gia đình"),
    F("giá 70.000 đồng/kg", "70.000", 70000, "money", "đồng/kg", "giá bán hạt dẻ tại vườn"),
    F("gần 50 triệu đồng", "50", 50_000_000, "money", "đồng", "tiền thu từ bán hạt dẻ", approx="nearly"),
    F("hơn 1 tấn", "1", 1, "measure", "tấn", "sản lượng hạt dẻ của gia đình", year("Năm ngoái", 2023), approx="over"),
    F("chỉ 50.000 đồng", "50.000", 50000, "money", "đồng", "giá hạt dẻ", year("Năm ngoái", 2023)),
    F("có 530 ha", "530", 530, "measure", "ha", "diện tích dẻ"),
    F("đạt 260 tấn", "260", 260, "measure", "tấn", "sản lượng hạt dẻ", NAY, status="forecast",
      change=change("decrease", 25, "%", "năm 2023", approx="about")),
    F("bán 150.000-180.000 đồng/kg", "150.000", 150000, "money", "đồng/kg", "giá hạt dẻ rang", value_max=180000),
    F("có 2-3 tấn", "2", 2, "measure", "tấn/ngày", "hạt dẻ Trung Quốc đưa về chợ", value_max=3),
    F("chỉ 35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá hạt dẻ Trung Quốc"),
    F("có 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm dẻ đạt OCOP 3 sao trở lên", Y25, status="target"),
    F("OCOP 3 sao trở lên", "3", 3, "measure", "sao", None, optional=True, approx="at_least"),
    F("lên 600 ha", "600", 600, "measure", "ha", "diện tích dẻ", Y25, status="target"),
    F("trồng mới 30% giá", "30", 30, "percent", "%", "mức hỗ trợ giá cây giống cho hộ trồng mới"),
]

COMMENTS = [
    "National newspaper, 'Thứ bảy, 14/9/2024, 08:15 (GMT+7)': hạt dẻ Bắc Hà (Lào Cai) vào mùa — prices, a household, district output.",
    "Location: Bắc Hà (the district) for every figure; 'Trung Quốc' (origin of imports) and 'Cục Sở hữu trí tuệ' do not localise.",
    "Not figures: the dateline and time, 'GMT+7', names 'Lù Văn Sáu'/'ông Sáu', 'Giàng Seo Chu', 'Tả Củ Tỷ'.",
    "'tăng 15-20% so với năm ngoái' has no base amount: a percent figure (range), no change. 'Năm ngoái' = 2023, 'năm nay' = 2024.",
    "Headline figure '75.000 đồng mỗi kg' counts (unit đồng/kg). 'vụ này' gives no dated period (left empty).",
    "The quoted '50.000 đồng' (last year's price) is unit 'đồng' as written (per kg implied).",
]

write(6, TEXT, FIGS, COMMENTS, published="2024-09-14", location="Bắc Hà")

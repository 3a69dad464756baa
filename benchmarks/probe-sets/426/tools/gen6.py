from lib import build, F, P, C, T

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NĂM CĂN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Năm Căn: Doanh nghiệp chế biến thủy sản tăng tốc những tháng cuối năm 2024

Những tháng cuối năm là thời điểm các nhà máy chế biến thủy sản trên địa bàn huyện tập trung sản xuất đơn hàng phục vụ dịp Giáng sinh và Tết Nguyên đán. Hiện huyện có 6 nhà máy chế biến thủy sản xuất khẩu và 43 cơ sở sơ chế, thu mua tôm, giải quyết việc làm cho trên 5.800 lao động, trong đó lao động nữ chiếm 68%.

Từ đầu năm đến nay, các doanh nghiệp trên địa bàn đã thu mua khoảng 21.400 tấn tôm nguyên liệu, chế biến được 15.760 tấn thành phẩm; kim ngạch xuất khẩu ước đạt 218 triệu USD, tăng 6,5% so với cùng kỳ. Dẫn đầu là Công ty TNHH Chế biến thủy sản Minh Phát với 52 triệu USD, kế đến là Công ty CP Thực phẩm Biển Xanh 3 với 38,5 triệu USD.

Toàn huyện hiện có 27.350 ha nuôi tôm, trong đó 2.410 ha nuôi tôm siêu thâm canh và thâm canh, còn lại là nuôi quảng canh cải tiến và mô hình tôm - rừng. Năng suất tôm siêu thâm canh bình quân đạt 28 tấn/ha/vụ.

Theo các doanh nghiệp, nguồn tôm nguyên liệu tại chỗ mới đáp ứng khoảng 40-45% nhu cầu chế biến; giá tôm sú loại 30 con/kg tại các vựa ở thị trấn Năm Căn dao động 210.000-215.000 đồng/kg.

Năm 2024, huyện phấn đấu kim ngạch xuất khẩu thủy sản đạt 280 triệu USD, sản lượng tôm nuôi đạt 24.000 tấn.

Địa chỉ: Khóm 2, thị trấn Năm Căn, huyện Năm Căn, tỉnh Cà Mau. Điện thoại: 0290.3877.205.
"""

TD = P("Từ đầu năm đến nay", "2024-01-01", None)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("có 6 nhà máy", "6", 6, "count", "nhà máy", "nhà máy chế biến thủy sản xuất khẩu"),
    F("và 43 cơ sở", "43", 43, "count", "cơ sở", "cơ sở sơ chế, thu mua tôm"),
    F("trên 5.800 lao động", "5.800", 5800, "count", "lao động", "lao động được giải quyết việc làm", approx="over"),
    F("nữ chiếm 68%", "68", 68, "percent", "%", "tỷ lệ lao động nữ"),
    F("khoảng 21.400 tấn", "21.400", 21400, "measure", "tấn", "tôm nguyên liệu thu mua", approx="about", period=TD),
    F("được 15.760 tấn", "15.760", 15760, "measure", "tấn", "thành phẩm chế biến", period=TD),
    F("ước đạt 218 triệu USD", "218", 218e6, "money", "USD", "kim ngạch xuất khẩu",
      change=C("increase", 6.5, baseline="cùng kỳ"), status="estimate", period=TD),
    F("Minh Phát với 52 triệu USD", "52", 52e6, "money", "USD", "kim ngạch xuất khẩu của Công ty TNHH Chế biến thủy sản Minh Phát",
      period=P("Từ đầu năm đến nay", "2024-01-01", None, inherited=True)),
    F("Biển Xanh 3 với 38,5 triệu USD", "38,5", 38.5e6, "money", "USD",
      "kim ngạch xuất khẩu của Công ty CP Thực phẩm Biển Xanh 3",
      period=P("Từ đầu năm đến nay", "2024-01-01", None, inherited=True)),
    F("có 27.350 ha", "27.350", 27350, "measure", "ha", "diện tích nuôi tôm"),
    F("trong đó 2.410 ha", "2.410", 2410, "measure", "ha", "diện tích nuôi tôm siêu thâm canh và thâm canh", total=27350),
    F("đạt 28 tấn/ha/vụ", "28", 28, "measure", "tấn/ha/vụ", "năng suất tôm siêu thâm canh bình quân"),
    F("khoảng 40-45%", "40", 40, "percent", "%", "nguồn tôm nguyên liệu tại chỗ đáp ứng nhu cầu chế biến",
      value_max=45, approx="about"),
    F("loại 30 con/kg", "30", 30, "measure", "con/kg", "cỡ tôm sú", optional=True),
    F("210.000-215.000 đồng/kg", "210.000", 210000, "money", "đồng/kg", "giá tôm sú loại 30 con/kg tại các vựa",
      value_max=215000),
    F("đạt 280 triệu USD", "280", 280e6, "money", "USD", "kim ngạch xuất khẩu thủy sản", status="target", period=Y24),
    F("đạt 24.000 tấn", "24.000", 24000, "measure", "tấn", "sản lượng tôm nuôi", status="target", period=Y24),
]

comments = """
District portal (Cổng TTĐT huyện Năm Căn, Cà Mau) with NO dateline at all: published is null.
Processing plants and workers, purchases, processed output and exports 'Từ đầu năm đến nay', two companies, shrimp area and yield,
local raw-material supply, price, 2024 targets. Location: the district Năm Căn throughout (the address and 'thị trấn Năm Căn' agree).
Distractors: menu bar, a company name with a number ('Biển Xanh 3'), 'Khóm 2', phone 0290.3877.205.
'Từ đầu năm đến nay' takes its year from the headline 'năm 2024' (nearest earlier date in the article); with no published date its end is null.
'trong đó lao động nữ chiếm 68%' is a percent of its own (a percent has no whole in lao động).
Company items: a company is not a place; subject is the export value of that company (period inherited).
'trong đó 2.410 ha' is a part of 27.350 ha. '28 tấn/ha/vụ' is a rate (unit keeps the denominators). '30 con/kg' is optional.
"""

build("p426-6", text, comments, figs, published=None, location="Năm Căn")

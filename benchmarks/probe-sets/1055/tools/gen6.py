"""p1055-6: national newspaper (VnExpress style), Tết Ất Tỵ moth-orchid prices in Hà Nội and nationally."""
from lib import F, P, I, CH, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 18/1/2025, 08:15 (GMT+7)
Lan hồ điệp Tết rẻ nhất nhiều năm

Nguồn cung dồi dào khiến giá lan hồ điệp dịp Tết Ất Tỵ tại Hà Nội giảm 20-30% so với năm ngoái, nhiều nhà vườn chấp nhận bán hòa vốn.

Những ngày này, trang trại của anh Trần Quốc Huy ở xã Tiến Thịnh, huyện Mê Linh tất bật đóng hàng. Năm nay anh đưa ra thị trường khoảng 40.000 chậu hồ điệp, tăng 15.000 chậu so với năm ngoái, trồng trong 1,2 ha nhà màng.

Theo anh Huy, chậu hồ điệp 5 cành loại đẹp năm nay chỉ bán được 700.000 - 900.000 đồng, trong khi Tết năm 2024 có giá 1,2 - 1,5 triệu đồng. "Giống, phân bón, tiền điện chạy điều hòa đều tăng, mỗi cành chi phí khoảng 110.000 đồng, bán ra lãi chưa đến 30.000 đồng", anh nói.

Tại huyện Đan Phượng, nơi có hơn 60 ha lan, nhiều nhà vườn đã giảm 30-40% sản lượng so với kế hoạch ban đầu để tránh ế hàng.

Theo Hiệp hội Hoa Việt Nam, cả nước hiện có khoảng 4.000 ha lan. Vụ Tết này, lượng hồ điệp cung ứng ra thị trường ước khoảng 15 triệu chậu, tăng 25% so với Tết năm trước, trong đó hàng nhập khẩu nguyên chậu từ Trung Quốc chiếm gần 30%.

Tại chợ hoa Quảng An (quận Tây Hồ), tiểu thương cho biết sức mua mới bằng khoảng 60% cùng kỳ, khách chủ yếu chọn chậu nhỏ 2-3 cành giá dưới 500.000 đồng.

Gia Chính
"""

NN = P("Năm nay", "2025-01-01", "2025-12-31")
nn = P("năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    F("giảm 20-30%", "20", 20, "percent", "%", "giá lan hồ điệp dịp Tết Ất Tỵ", value_max=30, location="Hà Nội"),
    F("khoảng 40.000 chậu", "40.000", 40000, "count", "chậu", "chậu hồ điệp đưa ra thị trường", NN, approx="about",
      change=CH("increase", 15000, "chậu", "năm ngoái"), location="Mê Linh"),
    F("trong 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích nhà màng", location="Mê Linh"),
    F("hồ điệp 5 cành", "5", 5, "count", "cành", "số cành mỗi chậu hồ điệp", optional=True, location="Mê Linh"),
    F("700.000 - 900.000 đồng", "700.000", 700000, "money", "đồng/chậu", "giá chậu hồ điệp 5 cành loại đẹp", nn,
      value_max=900000, location="Mê Linh"),
    F("1,2 - 1,5 triệu đồng", "1,2", 1_200_000, "money", "đồng/chậu", "giá chậu hồ điệp 5 cành loại đẹp",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=1_500_000, location="Mê Linh"),
    F("khoảng 110.000 đồng", "110.000", 110000, "money", "đồng/cành", "chi phí mỗi cành hồ điệp", approx="about",
      location="Mê Linh"),
    F("chưa đến 30.000 đồng", "30.000", 30000, "money", "đồng/cành", "lãi mỗi cành hồ điệp", approx="under",
      location="Mê Linh"),
    F("hơn 60 ha", "60", 60, "measure", "ha", "diện tích lan", approx="over", location="Đan Phượng"),
    F("giảm 30-40%", "30", 30, "percent", "%", "sản lượng so với kế hoạch ban đầu", value_max=40, location="Đan Phượng"),
    F("khoảng 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích lan cả nước", approx="about"),
    F("khoảng 15 triệu chậu", "15", 15_000_000, "count", "chậu", "hồ điệp cung ứng ra thị trường vụ Tết",
      approx="about", status="estimate", change=CH("increase", 25, "%", "Tết năm trước")),
    F("gần 30%", "30", 30, "percent", "%", "hàng nhập khẩu nguyên chậu từ Trung Quốc", approx="nearly", status="estimate"),
    F("khoảng 60%", "60", 60, "percent", "%", "sức mua so với cùng kỳ", approx="about", location="Tây Hồ"),
    F("2-3 cành", "2", 2, "count", "cành", "số cành chậu nhỏ", value_max=3, optional=True, location="Tây Hồ"),
    F("dưới 500.000 đồng", "500.000", 500000, "money", "đồng", "giá chậu nhỏ 2-3 cành", approx="under",
      optional=True, location="Tây Hồ"),
]

write("p1055-6", TEXT, FIGS, published="2025-01-18", location="Việt Nam", comments=[
    "National newspaper (VnExpress style, 'Thứ bảy, 18/1/2025, 08:15 (GMT+7)'): Tết Ất Tỵ moth-orchid prices; a Mê Linh farm,",
    "Đan Phượng, Quảng An flower market (quận Tây Hồ), national supply (Hiệp hội Hoa Việt Nam). Default location Việt Nam;",
    "farm figures take the district Mê Linh (named in the sentence before, continued by 'anh Huy'); 'tại Hà Nội' for the lead.",
    "'giảm 20-30%', 'giảm 30-40% sản lượng', 'bằng khoảng 60% cùng kỳ' stand without a base amount: percent figures, no change.",
    "'gần 30%' after 'trong đó hàng nhập khẩu … chiếm' is the share of another whole: a percent figure of its own; 'ước' continues to it.",
    "Optional: '5 cành', '2-3 cành' (specifications) and 'giá dưới 500.000 đồng' (a price class threshold). 'Năm nay' = 2025.",
    "Distractors: '08:15 (GMT+7)', 'Tết Ất Tỵ', 'Tết năm 2024' only dates a price, names 'Trần Quốc Huy', 'Gia Chính'.",
])

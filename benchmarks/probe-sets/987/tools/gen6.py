"""p987-6: national newspaper (VnExpress style), a pearl farm and jewellery business in Cát Hải (Hải Phòng) + national market."""
from lib import F, P, I, C, write

TEXT = """Kinh doanh
Chủ nhật, 12/1/2025, 07:30 (GMT+7)

Trang trại ngọc trai trên vịnh Lan Hạ thu hơn 40 tỷ đồng mỗi năm

Trang trại rộng 65 ha trên vịnh Lan Hạ (huyện Cát Hải, Hải Phòng) hiện nuôi khoảng 400.000 con trai, mỗi năm thu hoạch 300-350 kg ngọc.

Ông Lê Văn Năm, giám đốc công ty, cho biết năm 2024 doanh nghiệp bán ra hơn 26.000 sản phẩm trang sức ngọc trai, doanh thu đạt 43 tỷ đồng, tăng 18% so với năm trước. Khoảng 70% doanh thu đến từ khách du lịch tham quan trang trại, phần còn lại từ xuất khẩu sang Nhật Bản và Hàn Quốc.

Tại phòng trưng bày ở số 18 đường Núi Ngọc, thị trấn Cát Bà, một chiếc vòng cổ ngọc trai Akoya có giá 5-25 triệu đồng, nhẫn và bông tai giá ít nhất 1,2 triệu đồng. Công ty có 85 công nhân, trong đó 32 người là thợ cấy ngọc được đào tạo tại Nhật Bản, lương bình quân 12 triệu đồng mỗi tháng.

Theo Hiệp hội Đá quý Việt Nam, cả nước có khoảng 150 cửa hàng chuyên kinh doanh ngọc trai, tập trung ở Phú Quốc, Nha Trang và Hạ Long. Tuy nhiên, ước tính 30-40% ngọc trai bán cho khách du lịch là hàng nhập khẩu giá rẻ hoặc ngọc nhân tạo. Năm 2024, lực lượng quản lý thị trường cả nước phát hiện 126 vụ vi phạm về kinh doanh ngọc trai, xử phạt hơn 1,8 tỷ đồng.

"Khách mua ngọc nên yêu cầu giấy chứng nhận nguồn gốc", ông Năm khuyến cáo. Công ty dự kiến năm 2025 mở rộng thêm 20 ha mặt nước và nâng sản lượng lên 450 kg.

Lê Tân
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
CH = "Cát Hải"

FIGS = [
    F("thu hơn 40 tỷ đồng", "40", 40e9, "money", "đồng", "doanh thu của trang trại ngọc trai trên vịnh Lan Hạ",
      approx="over"),
    F("rộng 65 ha", "65", 65, "measure", "ha", "diện tích trang trại ngọc trai"),
    F("khoảng 400.000 con", "400.000", 400000, "count", "con", "trai đang nuôi", approx="about"),
    F("300-350 kg", "300", 300, "measure", "kg", "ngọc thu hoạch mỗi năm", value_max=350),
    F("hơn 26.000 sản phẩm", "26.000", 26000, "count", "sản phẩm", "sản phẩm trang sức ngọc trai bán ra", Y24,
      approx="over"),
    F("đạt 43 tỷ đồng", "43", 43e9, "money", "đồng", "doanh thu của doanh nghiệp", Y24,
      change=C("increase", 18, baseline="năm trước")),
    F("Khoảng 70% doanh thu", "70", 70, "percent", "%", "doanh thu đến từ khách du lịch tham quan trang trại",
      I(Y24), approx="about"),
    F("giá 5-25 triệu", "5", 5e6, "money", "đồng", "giá một chiếc vòng cổ ngọc trai Akoya", value_max=25e6),
    F("ít nhất 1,2 triệu", "1,2", 1.2e6, "money", "đồng", "giá nhẫn và bông tai", approx="at_least"),
    F("có 85 công nhân", "85", 85, "count", "công nhân", "công nhân của công ty"),
    F("32 người", "32", 32, "count", "người", "thợ cấy ngọc được đào tạo tại Nhật Bản", total=85),
    F("12 triệu đồng mỗi tháng", "12", 12e6, "money", "đồng/tháng", "lương bình quân"),
    F("khoảng 150 cửa hàng", "150", 150, "count", "cửa hàng", "cửa hàng chuyên kinh doanh ngọc trai",
      approx="about", location="Việt Nam"),
    F("ước tính 30-40%", "30", 30, "percent", "%",
      "ngọc trai bán cho khách du lịch là hàng nhập khẩu giá rẻ hoặc ngọc nhân tạo", value_max=40,
      status="estimate", location="Việt Nam"),
    F("phát hiện 126 vụ", "126", 126, "count", "vụ vi phạm", "vụ vi phạm về kinh doanh ngọc trai",
      P("Năm 2024", "2024-01-01", "2024-12-31"), location="Việt Nam"),
    F("hơn 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "tiền xử phạt vi phạm về kinh doanh ngọc trai",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", location="Việt Nam"),
    F("thêm 20 ha", "20", 20, "measure", "ha", "diện tích mặt nước mở rộng thêm", Y25, status="forecast"),
    F("lên 450 kg", "450", 450, "measure", "kg", "sản lượng ngọc trai", Y25, status="forecast"),
]

NOTES = [
    "National newspaper (Chủ nhật, 12/1/2025, 07:30 (GMT+7)): trang trại ngọc trai vịnh Lan Hạ, huyện Cát Hải, Hải Phòng; national market.",
    "Farm figures take the district Cát Hải (the farm's place as the text names it); the association's and market-watch figures are Việt Nam.",
    "'Khoảng 70% doanh thu' is a share of a part, a percent figure of its own. 'ít nhất' -> at_least. 'mỗi tháng' -> đồng/tháng.",
    "Headline 'hơn 40 tỷ đồng mỗi năm' and 'mỗi năm thu hoạch 300-350 kg' are general (no period).",
    "Distractors: 12/1/2025, 07:30 (GMT+7), Lê Văn Năm / ông Năm, số 18 đường Núi Ngọc, Akoya.",
]

write("p987-6", TEXT, FIGS, NOTES, published="2025-01-12", location=CH)

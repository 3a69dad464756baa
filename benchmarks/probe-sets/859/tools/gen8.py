"""p859-8: provincial newspaper online (Báo Hải Dương), headline figure, (BHD) - tag, 9 tháng 2024."""
from lib import F, P, C, write

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
TDN = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-24")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
AREA = "diện tích hoa, cây cảnh"

text = """
Báo Hải Dương điện tử
Thứ năm, 24/10/2024 - 15:40

Hải Dương có hơn 1.100 ha hoa, cây cảnh

(BHD) - 9 tháng đầu năm 2024, diện tích hoa, cây cảnh toàn tỉnh đạt 1.126 ha, tăng 5,3% so với cùng kỳ; giá trị sản xuất ước đạt 1.480 tỷ đồng, đạt 78,5% kế hoạch năm.

Các địa phương có diện tích lớn gồm TP. Hải Dương (412 ha), huyện Gia Lộc (236 ha), TP. Chí Linh (158 ha) và huyện Tứ Kỳ (120 ha). Với diện tích này, Hải Dương đứng thứ 4 trong các tỉnh đồng bằng sông Hồng về sản xuất hoa, cây cảnh.

Làng hoa Thạch Khôi (TP. Hải Dương) có hơn 1.200 hộ trồng hoa, cây cảnh, bình quân mỗi ha cho thu nhập 650-700 triệu đồng/năm. Từ đầu năm đến nay, tỉnh đã hỗ trợ 1,8 tỷ đồng cho 12 mô hình trồng hoa, cây cảnh trong nhà màng, nhà lưới.

Dịp Tết Nguyên đán Ất Tỵ 2025, toàn tỉnh dự kiến cung ứng khoảng 4,2 triệu cành hoa các loại. Số chậu hoa, cây cảnh dự kiến đạt 850.000 chậu, tăng 6% so với Tết năm trước.

Theo ông Phạm Văn Năm, Chủ nhiệm HTX Hoa cây cảnh Thạch Khôi, giá cây cảnh năm nay dự báo tăng 10-15% do thiệt hại sau bão số 3; riêng 45 ha hoa, cây cảnh của HTX bị thiệt hại hơn 60%.

Năm 2025, tỉnh phấn đấu nâng diện tích hoa, cây cảnh lên 1.200 ha, trong đó 300 ha ứng dụng công nghệ cao.

Thành Chung
"""

figs = [
    F("hơn 1.100 ha", "1.100", 1100, "measure", "ha", AREA, approx="over"),
    F("đạt 1.126 ha", "1.126", 1126, "measure", "ha", AREA, change=C("increase", 5.3, "%", "cùng kỳ"), period=M9),
    F("ước đạt 1.480 tỷ đồng", "1.480", 1480000000000, "money", "đồng", "giá trị sản xuất hoa, cây cảnh", percent=78.5,
      status="estimate", period=M9),
    F("(412 ha)", "412", 412, "measure", "ha", AREA, location="Hải Dương", period=M9i),
    F("(236 ha)", "236", 236, "measure", "ha", AREA, location="Gia Lộc", period=M9i),
    F("(158 ha)", "158", 158, "measure", "ha", AREA, location="Chí Linh", period=M9i),
    F("(120 ha)", "120", 120, "measure", "ha", AREA, location="Tứ Kỳ", period=M9i),
    F("đứng thứ 4", "4", 4, "rank", "hạng", "sản xuất hoa, cây cảnh trong các tỉnh đồng bằng sông Hồng"),
    F("hơn 1.200 hộ", "1.200", 1200, "count", "hộ", "hộ trồng hoa, cây cảnh làng hoa Thạch Khôi", approx="over"),
    F("650-700 triệu đồng/năm", "650", 650000000, "money", "đồng/ha/năm", "thu nhập bình quân mỗi ha", value_max=700000000),
    F("hỗ trợ 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "kinh phí tỉnh hỗ trợ mô hình trồng hoa, cây cảnh trong nhà màng, nhà lưới",
      period=TDN),
    F("cho 12 mô hình", "12", 12, "count", "mô hình", "mô hình trồng hoa, cây cảnh trong nhà màng, nhà lưới được hỗ trợ", period=TDN),
    F("khoảng 4,2 triệu cành", "4,2", 4200000, "count", "cành hoa", "cành hoa cung ứng dịp Tết Nguyên đán Ất Tỵ", approx="about",
      status="forecast"),
    F("đạt 850.000 chậu", "850.000", 850000, "count", "chậu", "chậu hoa, cây cảnh", status="forecast",
      change=C("increase", 6, "%", "Tết năm trước")),
    F("tăng 10-15%", "10", 10, "percent", "%", "giá cây cảnh", value_max=15, status="forecast",
      period=P("năm nay", "2024-01-01", "2024-12-31")),
    F("riêng 45 ha", "45", 45, "measure", "ha", "diện tích hoa, cây cảnh của HTX Hoa cây cảnh Thạch Khôi"),
    F("hơn 60%", "60", 60, "percent", "%", "mức thiệt hại diện tích hoa, cây cảnh của HTX", approx="over"),
    F("lên 1.200 ha", "1.200", 1200, "measure", "ha", AREA, status="target", period=Y25),
    F("trong đó 300 ha", "300", 300, "measure", "ha", "diện tích hoa, cây cảnh ứng dụng công nghệ cao", total=1200,
      status="target", period=Y25),
]

write("p859-8", text, figs, published="2024-10-24", location="Hải Dương", notes=[
    "Báo Hải Dương điện tử: hoa, cây cảnh 9 tháng đầu năm 2024; headline figure 'hơn 1.100 ha'; tag (BHD) -.",
    "'Các địa phương ... gồm TP. Hải Dương (412 ha), ...' has no whole figure before 'gồm': no total; items are locations.",
    "TP. Hải Dương (city) and the province share the name Hải Dương. 'Từ đầu năm đến nay' ends at the dateline 2024-10-24.",
    "'bình quân mỗi ha ... đồng/năm' → unit đồng/ha/năm. 'bị thiệt hại hơn 60%' is a damage rate, a percent figure of its own.",
    "'giá cây cảnh năm nay dự báo tăng 10-15%' → percent forecast, no change object (no base amount).",
    "Distractors: Thứ năm, 15:40, (BHD), ông Phạm Văn Năm, bão số 3, Tết Nguyên đán Ất Tỵ 2025 (event).",
])

"""p773-6: national press (VnExpress style), wheelchair fit, prices, imports, national rehabilitation hospital."""
from lib import F, P, I, CH, emit

TEXT = """Sức khỏe > Tin tức
Thứ hai, 2/12/2024, 07:00 (GMT+7)

Chỉ khoảng 35% người cần xe lăn có xe phù hợp

Cả nước có khoảng 1,5 triệu người cần xe lăn, song phần lớn đang dùng xe không vừa với cơ thể, dễ gây loét và biến dạng cột sống.

Theo Cục Bảo trợ xã hội, chỉ khoảng 35% người cần xe lăn đang sử dụng xe được đo, chỉnh phù hợp. Phần còn lại dùng xe do người thân mua hoặc được tặng theo đợt, nhiều chiếc đã xuống cấp.

Xe lăn tiêu chuẩn trên thị trường có giá 1,5-3 triệu đồng, xe lăn điện từ 15 đến 40 triệu đồng. Theo Tổng cục Hải quan, 10 tháng năm 2024, Việt Nam nhập khẩu xe lăn và linh kiện trị giá 1.245,6 tỷ đồng, tăng 11,3% so với cùng kỳ; trong đó hàng từ Trung Quốc chiếm 71,2%. Trong nước hiện có 9 doanh nghiệp sản xuất xe lăn, đứng thứ 3 khu vực Đông Nam Á.

Bác sĩ Trần Quốc Bảo, Bệnh viện Phục hồi chức năng Trung ương, cho biết mỗi năm bệnh viện tiếp nhận khoảng 45.000 lượt khám, trong đó gần 30% là người dùng xe lăn gặp biến chứng do xe không phù hợp. "Một chiếc xe được đo đúng chỉ mất thêm 30-45 phút nhưng giúp giảm 60-70% nguy cơ loét tì đè", ông nói.

Cục Bảo trợ xã hội cho biết năm 2025 dự kiến cấp 25.000 xe lăn đúng tiêu chuẩn cho người khuyết tật nghèo, kinh phí khoảng 75 tỷ đồng, tương đương 3 triệu đồng/chiếc. Người dân có thể phản ánh qua tổng đài 1800.1567.

Lê Nga
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Chỉ khoảng 35%", "35", 35, "percent", "%", "người cần xe lăn có xe phù hợp", approx="about"),
    F("khoảng 1,5 triệu người", "1,5", 1500000, "count", "người", "người cần xe lăn", approx="about"),
    F("chỉ khoảng 35%", "35", 35, "percent", "%", "người cần xe lăn đang sử dụng xe được đo, chỉnh phù hợp",
      approx="about"),
    F("giá 1,5-3 triệu đồng", "1,5", 1500000, "money", "đồng", "giá xe lăn tiêu chuẩn trên thị trường",
      value_max=3000000),
    F("từ 15 đến 40 triệu đồng", "15", 15000000, "money", "đồng", "giá xe lăn điện", value_max=40000000),
    F("1.245,6 tỷ đồng", "1.245,6", 1245600000000, "money", "đồng", "trị giá nhập khẩu xe lăn và linh kiện", M10,
      change=CH("increase", 11.3, baseline="cùng kỳ")),
    F("chiếm 71,2%", "71,2", 71.2, "percent", "%", "hàng nhập khẩu xe lăn và linh kiện từ Trung Quốc", M10),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp sản xuất xe lăn trong nước"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "số doanh nghiệp sản xuất xe lăn trong nước, khu vực Đông Nam Á"),
    F("khoảng 45.000 lượt", "45.000", 45000, "count", "lượt khám",
      "lượt khám Bệnh viện Phục hồi chức năng Trung ương tiếp nhận mỗi năm", approx="about"),
    F("gần 30%", "30", 30, "percent", "%", "người dùng xe lăn gặp biến chứng do xe không phù hợp", approx="nearly"),
    F("thêm 30-45 phút", "30", 30, "measure", "phút", "thời gian đo xe lăn đúng mất thêm", value_max=45),
    F("giảm 60-70%", "60", 60, "percent", "%", "nguy cơ loét tì đè giảm", value_max=70),
    F("cấp 25.000 xe lăn", "25.000", 25000, "count", "xe lăn",
      "xe lăn đúng tiêu chuẩn cấp cho người khuyết tật nghèo", Y25, status="forecast"),
    F("khoảng 75 tỷ đồng", "75", 75000000000, "money", "đồng", "kinh phí cấp xe lăn", Y25,
      approx="about", status="forecast"),
    F("tương đương 3 triệu đồng/chiếc", "3", 3000000, "money", "đồng/chiếc", "kinh phí bình quân mỗi xe lăn", Y25,
      status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 2/12/2024, 07:00 (GMT+7)': xe lăn phù hợp, giá, nhập khẩu, Bệnh viện PHCN Trung ương.",
    "National figures: location Việt Nam; Trung Quốc is a trade partner, not a place of the figure.",
    "Ranges '1,5-3 triệu đồng', '30-45 phút', '60-70%' give value_max; 'giảm 60-70% nguy cơ' is the claim (percent, no change).",
    "'tương đương 3 triệu đồng/chiếc' is an equivalent amount per unit, not a share: a money figure of its own.",
    "'dự kiến' governs the whole 2025 sentence (forecast). Not figures: (GMT+7), 07:00, hotline 1800.1567.",
]

if __name__ == "__main__":
    emit("p773-6", TEXT, COMMENTS, FIGS, published="2024-12-02", location="Việt Nam")

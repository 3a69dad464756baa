from lib import F, P, I, C, T, build

TEXT = """
Thời sự › Kinh tế
Chủ nhật, 14/1/2024, 10:20 (GMT+7)

Làng rượu Gò Đen tất bật vào mùa Tết

Những ngày cận Tết, khoảng 20 lò rượu còn hoạt động ở xã Phước Lợi, huyện Bến Lức (Long An) đỏ lửa từ 3h sáng.

Ông Trần Văn Ba, chủ một lò rượu có tuổi nghề 35 năm, cho biết mỗi ngày lò của ông nấu 3 mẻ, mỗi mẻ 50 kg gạo, cho ra khoảng 45 lít rượu 40 độ. Từ đầu tháng 12/2023 đến nay, lò bán ra gần 4.000 lít, tăng khoảng 15% so với cùng kỳ năm trước. Giá rượu đế Gò Đen tại lò 35.000-45.000 đồng/lít, rượu nếp than 70.000 đồng/lít.

Theo UBND huyện Bến Lức, toàn huyện hiện còn 27 cơ sở nấu rượu, giảm 31 cơ sở so với năm 2013; trong đó mới có 9 cơ sở được cấp giấy phép sản xuất rượu thủ công. Năm 2023, sản lượng rượu của huyện ước đạt 620.000 lít, doanh thu khoảng 24 tỷ đồng.

Trên phạm vi cả nước, theo Hiệp hội Bia - Rượu - Nước giải khát Việt Nam (VBA), mỗi năm người Việt tiêu thụ khoảng 340 triệu lít rượu mạnh, trong đó rượu thủ công, không nhãn mác chiếm khoảng 80%. Năm 2023, cả nước xảy ra 9 vụ ngộ độc methanol làm 35 người nhập viện, 7 người tử vong.

Bác sĩ Nguyễn Trung Nguyên, Giám đốc Trung tâm Chống độc, Bệnh viện Bạch Mai (78 Giải Phóng, Hà Nội), khuyến cáo người dân chỉ mua rượu có nguồn gốc rõ ràng; khi có biểu hiện nhức đầu, nhìn mờ sau 12-24 giờ uống rượu cần đến ngay cơ sở y tế.

Theo kế hoạch của tỉnh Long An, đến năm 2025 có ít nhất 20 cơ sở rượu Gò Đen được cấp phép và 1 sản phẩm đạt OCOP 4 sao.

Hoàng Nam
"""

BL = "Bến Lức"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 20 lò rượu", "20", 20, "count", "lò rượu", "lò rượu còn hoạt động", approx="about"),
    F("tuổi nghề 35 năm", "35", 35, "measure", "năm", "tuổi nghề"),
    F("nấu 3 mẻ", "3", 3, "count", "mẻ", "mẻ nấu mỗi ngày của lò"),
    F("mỗi mẻ 50 kg", "50", 50, "measure", "kg", "gạo mỗi mẻ"),
    F("khoảng 45 lít", "45", 45, "measure", "lít", "rượu mỗi mẻ cho ra", approx="about"),
    F("rượu 40 độ", "40", 40, "measure", "độ", "độ cồn", optional=True),
    F("gần 4.000 lít", "4.000", 4000, "measure", "lít", "rượu lò bán ra",
      P("Từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-14"), approx="nearly",
      change=C("increase", 15, "%", "cùng kỳ năm trước", approx="about")),
    F("35.000-45.000 đồng/lít", "35.000", 35000, "money", "đồng/lít", "giá rượu đế Gò Đen tại lò", value_max=45000),
    F("70.000 đồng/lít", "70.000", 70000, "money", "đồng/lít", "giá rượu nếp than"),
    F("còn 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở nấu rượu", change=C("decrease", 31, "cơ sở", "năm 2013")),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở được cấp giấy phép sản xuất rượu thủ công", total=27),
    F("ước đạt 620.000 lít", "620.000", 620000, "measure", "lít", "sản lượng rượu", Y23, status="estimate"),
    F("khoảng 24 tỷ đồng", "24", 24e9, "money", "đồng", "doanh thu", Y23, approx="about", status="estimate"),
    F("khoảng 340 triệu lít", "340", 340e6, "measure", "lít", "rượu mạnh người Việt tiêu thụ mỗi năm",
      approx="about", location="Việt Nam"),
    F("chiếm khoảng 80%", "80", 80, "percent", "%", "rượu thủ công, không nhãn mác trong rượu mạnh tiêu thụ",
      approx="about", location="Việt Nam"),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "vụ ngộ độc methanol", P("Năm 2023", "2023-01-01", "2023-12-31"),
      location="Việt Nam"),
    F("làm 35 người", "35", 35, "count", "người", "người nhập viện do ngộ độc methanol",
      P("Năm 2023", "2023-01-01", "2023-12-31"), location="Việt Nam"),
    F("7 người tử vong", "7", 7, "count", "người", "người tử vong do ngộ độc methanol",
      P("Năm 2023", "2023-01-01", "2023-12-31"), location="Việt Nam"),
    F("sau 12-24 giờ", "12", 12, "measure", "giờ", "thời gian xuất hiện biểu hiện ngộ độc sau khi uống rượu",
      value_max=24, optional=True),
    F("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở rượu Gò Đen được cấp phép", T25,
      approx="at_least", status="target", location="Long An"),
    F("và 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao", T25, status="target", location="Long An"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
]

NOTES = [
    "National newspaper (VnExpress-style dateline 'Chủ nhật, 14/1/2024, 10:20 (GMT+7)'): làng rượu Gò Đen, xã Phước Lợi, huyện Bến Lức (Long An).",
    "Village and district figures: Bến Lức; VBA consumption and national poisoning figures: Việt Nam; the province's 2025 plan: Long An.",
    "'Từ đầu tháng 12/2023 đến nay' runs to the dateline. 'giảm 31 cơ sở so với năm 2013' is the change of 27 cơ sở; 9 cơ sở after 'trong đó' has total 27.",
    "'trong đó … chiếm khoảng 80%' is a share of another whole: a percent figure of its own. Product strength '40 độ', symptom delay '12-24 giờ', OCOP stars optional.",
    "Distractors: 3h sáng, ông Trần Văn Ba, 78 Giải Phóng, 10:20 (GMT+7), năm 2013 (baseline).",
]

build("p867-6", TEXT, FIGS, NOTES, published="2024-01-14", location="Bến Lức")

"""p858-6: national newspaper, Hậu Giang (Long Mỹ), 17/3/2025."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Lao động - Việc làm
Rời khu công nghiệp về quê học làm móng
Thứ hai, 17/3/2025, 06:00 (GMT+7)

Hậu Giang - Sau 9 năm làm công nhân may ở Bình Dương, chị Trần Thị Ngọc Hân trở về xã Long Trị, thị xã Long Mỹ, học nghề chăm sóc móng và mở tiệm tại nhà.

Chị Hân, 34 tuổi, theo học lớp chăm sóc móng 3 tháng miễn phí do Trung tâm Dịch vụ việc làm tỉnh tổ chức, rồi vay 50 triệu đồng từ Ngân hàng Chính sách xã hội để mua ghế, đèn, sơn gel. Mỗi tháng, tiệm của chị đón khoảng 250 lượt khách, thu nhập sau chi phí 8-9 triệu đồng, gần bằng mức lương công nhân trước đây.

Chị Hân là một trong hơn 11.000 lao động nữ mất việc hoặc bị giảm giờ làm ở các khu công nghiệp phía Nam trở về Hậu Giang từ năm 2023 đến nay, theo Sở Lao động - Thương binh và Xã hội tỉnh. Trong năm 2024, tỉnh đã đào tạo nghề cho 3.450 người thuộc nhóm này, trong đó 1.280 người học các nghề làm đẹp như cắt tóc, làm móng, chăm sóc da, chiếm 37,1%.

Ông Nguyễn Văn Tâm, Phó giám đốc Sở, cho biết tỷ lệ học viên nghề làm đẹp có việc làm sau 6 tháng đạt 78%. Thu nhập bình quân của nhóm này khoảng 6,2 triệu đồng/tháng, thấp hơn khoảng 15% so với khi làm ở khu công nghiệp, nhưng chi phí sinh hoạt ở quê thấp hơn nhiều.

Theo chính sách hiện hành, mỗi học viên được hỗ trợ học phí tối đa 4 triệu đồng; người mở cơ sở kinh doanh được vay tối đa 100 triệu đồng, lãi suất 0,55%/tháng. Năm 2025, tỉnh dự kiến dành 6,5 tỷ đồng để đào tạo khoảng 1.500 lao động nữ trở về từ các khu công nghiệp.

Ngọc Tài
"""

Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Sau 9 năm", "9", 9, "measure", "năm", "thời gian làm công nhân may", location="Long Mỹ", optional=True),
    F("Hân, 34 tuổi", "34", 34, "measure", "tuổi", "tuổi của chị Trần Thị Ngọc Hân", location="Long Mỹ",
      optional=True),
    F("móng 3 tháng", "3", 3, "measure", "tháng", "thời gian lớp chăm sóc móng", location="Long Mỹ",
      optional=True),
    F("vay 50 triệu đồng", "50", 5e7, "money", "đồng", "vốn vay Ngân hàng Chính sách xã hội để mở tiệm",
      location="Long Mỹ"),
    F("khoảng 250 lượt khách", "250", 250, "count", "lượt khách", "lượt khách của tiệm mỗi tháng",
      approx="about", location="Long Mỹ"),
    F("8-9 triệu đồng", "8", 8e6, "money", "đồng/tháng", "thu nhập sau chi phí", value_max=9e6,
      location="Long Mỹ"),
    F("hơn 11.000 lao động", "11.000", 11000, "count", "lao động nữ",
      "lao động nữ mất việc hoặc bị giảm giờ làm ở các khu công nghiệp trở về",
      P("từ năm 2023 đến nay", "2023-01-01", "2025-03-17"), approx="over"),
    F("cho 3.450 người", "3.450", 3450, "count", "người", "lao động nữ trở về được đào tạo nghề", Y24),
    F("1.280 người", "1.280", 1280, "count", "người", "người học các nghề làm đẹp", Y24, total=3450,
      percent=37.1),
    F("đạt 78%", "78", 78, "percent", "%", "tỷ lệ học viên nghề làm đẹp có việc làm"),
    F("khoảng 6,2 triệu", "6,2", 6.2e6, "money", "đồng/tháng", "thu nhập bình quân của học viên nghề làm đẹp",
      approx="about", change=C("decrease", 15, "%", "khi làm ở khu công nghiệp", approx="about")),
    F("tối đa 4 triệu đồng", "4", 4e6, "money", "đồng/học viên", "mức hỗ trợ học phí", approx="at_most"),
    F("tối đa 100 triệu đồng", "100", 1e8, "money", "đồng", "mức vay vốn mở cơ sở kinh doanh", approx="at_most"),
    F("lãi suất 0,55%", "0,55", 0.55, "percent", "%", "lãi suất vay mở cơ sở kinh doanh"),
    F("dành 6,5 tỷ đồng", "6,5", 6.5e9, "money", "đồng", "kinh phí đào tạo nghề cho lao động nữ trở về", Y25,
      status="forecast"),
    F("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động nữ", "lao động nữ trở về từ các khu công nghiệp được đào tạo",
      Y25, approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style): lao động nữ rời khu công nghiệp về Hậu Giang học nghề làm móng; 'Thứ hai, 17/3/2025, 06:00 (GMT+7)'.",
    "The example woman's shop is in thị xã Long Mỹ: her figures take Long Mỹ (Bình Dương is where she used to work, not the place of any figure).",
    "Her years of work, age and course length are an example's specification: optional. 'sau 6 tháng' only locates the employment rate in time: not a figure.",
    "'từ năm 2023 đến nay' ends at the dateline. '1.280 người ..., chiếm 37,1%' -> total 3.450 and percent 37,1.",
    "'lãi suất 0,55%/tháng' is a percent (unit %). 'dự kiến dành 6,5 tỷ đồng để đào tạo khoảng 1.500' -> forecast for both.",
]

write("p858-6", TEXT, FIGS, NOTES, published="2025-03-17", location="Hậu Giang")

from lib import F, P, CH, TG, build

TEXT = """Sức khỏe
Thứ tư, 16/10/2024, 14:20 (GMT+7)

Gần 5.000 người ngộ độc thực phẩm trong 9 tháng

Số người mắc ngộ độc thực phẩm 9 tháng qua tăng mạnh so với cùng kỳ, chủ yếu từ các vụ ngộ độc đông người tại bếp ăn tập thể và thức ăn đường phố.

Theo báo cáo của Cục An toàn thực phẩm (Bộ Y tế), 9 tháng đầu năm 2024, cả nước ghi nhận 120 vụ ngộ độc thực phẩm, giảm 3 vụ so với cùng kỳ năm 2023; số người mắc là 4.936 người, tăng 35,3%; trong đó 4.210 người phải nhập viện và 19 người tử vong (giảm 6 người). Riêng quý III/2024 xảy ra 41 vụ với 1.865 người mắc, chiếm 37,8% số người mắc của cả 9 tháng.

Nguyên nhân chủ yếu do vi sinh vật (58%), độc tố tự nhiên (27%) và hóa chất (6%); số còn lại chưa xác định được nguyên nhân. Một số vụ ngộ độc đông người xảy ra tại Đồng Nai (gần 550 người mắc sau khi ăn bánh mì), Khánh Hòa (hơn 630 người) và Quảng Nam (182 người).

Cũng trong 9 tháng, ngành y tế đã tổ chức 3.412 đoàn thanh tra, kiểm tra với 58.760 cơ sở được kiểm tra; phát hiện 9.128 cơ sở vi phạm, chiếm 15,5%, trong đó xử phạt 3.206 cơ sở với số tiền trên 14,6 tỷ đồng, tăng 12,1% so với cùng kỳ. Lực lượng quản lý thị trường cả nước xử lý thêm khoảng 2,1 nghìn vụ vi phạm về thực phẩm, thu nộp ngân sách gần 48 tỷ đồng.

Cục An toàn thực phẩm đề nghị các địa phương tăng cường giám sát bếp ăn tập thể tại trường học, khu công nghiệp; phấn đấu đến năm 2025 giảm 10% số vụ ngộ độc thực phẩm cấp tính từ 30 người mắc trở lên so với bình quân giai đoạn 2016-2020.

Người dân có thể phản ánh qua đường dây nóng 1900.9068 của Cục.

Lê Nga
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9_I = dict(M9, inherited=True)
M9b = P("trong 9 tháng", "2024-01-01", "2024-09-30")
M9b_I = dict(M9b, inherited=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 5.000 người", "5.000", 5000, "count", "người", "người ngộ độc thực phẩm", approx="nearly",
      period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("ghi nhận 120 vụ", "120", 120, "count", "vụ", "vụ ngộ độc thực phẩm", change=CH("-", 3, "vụ", "cùng kỳ năm 2023"),
      period=M9, loc="Việt Nam"),
    F("là 4.936 người", "4.936", 4936, "count", "người", "số người mắc", change=CH("+", 35.3, "%"), period=M9),
    F("đó 4.210 người", "4.210", 4210, "count", "người", "người phải nhập viện", total=4936, period=M9),
    F("và 19 người tử vong", "19", 19, "count", "người", "người tử vong", total=4936, change=CH("-", 6, "người"), period=M9),
    F("xảy ra 41 vụ", "41", 41, "count", "vụ", "vụ ngộ độc thực phẩm", period=Q3),
    F("với 1.865 người", "1.865", 1865, "count", "người", "người mắc", percent=37.8, period=Q3),
    F("vi sinh vật (58%)", "58", 58, "percent", "%", "nguyên nhân do vi sinh vật", period=M9_I),
    F("tự nhiên (27%)", "27", 27, "percent", "%", "nguyên nhân do độc tố tự nhiên", period=M9_I),
    F("hóa chất (6%)", "6", 6, "percent", "%", "nguyên nhân do hóa chất", period=M9_I),
    F("gần 550 người", "550", 550, "count", "người", "người mắc trong vụ ngộ độc đông người", approx="nearly",
      period=M9_I, loc="Đồng Nai"),
    F("hơn 630 người", "630", 630, "count", "người", "người mắc trong vụ ngộ độc đông người", approx="over",
      period=M9_I, loc="Khánh Hòa"),
    F("Quảng Nam (182 người)", "182", 182, "count", "người", "người mắc trong vụ ngộ độc đông người",
      period=M9_I, loc="Quảng Nam"),
    F("tổ chức 3.412 đoàn", "3.412", 3412, "count", "đoàn", "đoàn thanh tra, kiểm tra của ngành y tế", period=M9b),
    F("với 58.760 cơ sở", "58.760", 58760, "count", "cơ sở", "cơ sở được kiểm tra", period=M9b),
    F("phát hiện 9.128 cơ sở", "9.128", 9128, "count", "cơ sở", "cơ sở vi phạm", percent=15.5, period=M9b),
    F("xử phạt 3.206 cơ sở", "3.206", 3206, "count", "cơ sở", "cơ sở bị xử phạt", total=9128, period=M9b),
    F("trên 14,6 tỷ đồng", "14,6", 14600000000, "money", "đồng", "số tiền xử phạt", approx="over",
      change=CH("+", 12.1, "%", "cùng kỳ"), period=M9b),
    F("khoảng 2,1 nghìn vụ", "2,1", 2100, "count", "vụ", "vụ vi phạm về thực phẩm lực lượng quản lý thị trường xử lý",
      approx="about", period=M9b_I),
    F("gần 48 tỷ đồng", "48", 48000000000, "money", "đồng", "thu nộp ngân sách", approx="nearly", period=M9b_I),
    F("giảm 10% số vụ", "10", 10, "percent", "%", "giảm số vụ ngộ độc thực phẩm cấp tính từ 30 người mắc trở lên",
      status="target", period=T25),
    F("từ 30 người mắc trở lên", "30", 30, "count", "người", approx="at_least", opt=True),
]

COMMENTS = [
    "revised: cause-share subjects use the sentence's words ('nguyên nhân do …'), without the added 'ngộ độc'.",
    "National press (health section): food poisoning and inspections nationwide, 9 months 2024 (Cục An toàn thực phẩm).",
    "Dateline 'Thứ tư, 16/10/2024, 14:20 (GMT+7)'; byline at the end. Distractors: '(GMT+7)', hotline '1900.9068', 'giai đoạn 2016-2020' (baseline only).",
    "Headline 'trong 9 tháng' takes 2024 from the dateline. The lead sentence has no number.",
    "'giảm 3 vụ so với cùng kỳ năm 2023' change of 120 vụ; 'tăng 35,3%' change of 4.936 người; 4.210 and 19 follow 'trong đó' after 4.936 (same unit).",
    "'(giảm 6 người)' change of 19 deaths. 1.865 'chiếm 37,8%' percent. Cause shares are percent figures (no base amount).",
    "Outbreak list: places to location; period inherited from the first paragraph's 9 months.",
    "'trong 9 tháng' in the inspection sentence is scored there; 'chiếm 15,5%' percent of 9.128; 3.206 after 'trong đó' total 9.128.",
    "'khoảng 2,1 nghìn vụ' = 2100. Target 'đến năm 2025 giảm 10%' is a percent figure, status target; threshold 'từ 30 người mắc trở lên' optional.",
]

build(2, TEXT, FIGS, COMMENTS, published="2024-10-16", location="Việt Nam")

from lib import F, P, C, T, write

TEXT = """Hơn 100 bệnh viện công chậm trả lương cho nhân viên y tế
Thứ sáu, 22/3/2024, 14:20 (GMT+7)

Nguồn thu sụt giảm, quỹ BHYT chi vượt dự toán khiến nhiều bệnh viện công lập tự chủ không đủ tiền chi lương, phụ cấp cho viên chức.

Theo báo cáo của Bộ Y tế gửi Quốc hội, năm 2023 cả nước có 112 bệnh viện công lập chậm chi trả lương, phụ cấp cho viên chức từ 1 đến 3 tháng, chiếm khoảng 8,5% tổng số bệnh viện công. Số tiền lương, phụ cấp còn nợ ước khoảng 1.250 tỷ đồng.

Giai đoạn 2021-2023, khoảng 9.680 nhân viên y tế tại các cơ sở công lập đã nghỉ việc, thôi việc, trong đó có 2.890 bác sĩ. Riêng năm 2023 có 3.120 người nghỉ việc, giảm 18,6% so với năm 2022.

Năm 2023, mức lương khởi điểm của bác sĩ mới ra trường chỉ khoảng 5,2 triệu đồng/tháng. Thu nhập bình quân của nhân viên y tế tại bệnh viện tuyến tỉnh từ 8 đến 12 triệu đồng/tháng, tuyến huyện từ 6-8 triệu đồng/tháng.

Các địa phương có nhiều bệnh viện chậm trả lương là Hà Nội (11 bệnh viện), TP Hồ Chí Minh (9), Thanh Hóa (7) và Nghệ An (6). Nguyên nhân chính là nguồn thu từ dịch vụ khám, chữa bệnh giảm; năm 2023 có 29 tỉnh, thành phố vượt dự toán chi khám, chữa bệnh BHYT với tổng số tiền trên 4.600 tỷ đồng.

Bộ trưởng Y tế Đào Hồng Lan cho biết, từ ngày 1/7/2024, lương cơ sở dự kiến tăng lên 2,34 triệu đồng/tháng, tăng 30% so với mức hiện hành. Dự kiến khoảng 420.000 viên chức ngành y tế được điều chỉnh lương theo Nghị quyết số 104/2023/QH15 của Quốc hội.

Minh An
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y5 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y5i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
L = "bệnh viện chậm trả lương"
figs = [
    F("Hơn 100 bệnh viện", "100", "count", "bệnh viện", "bệnh viện công chậm trả lương cho nhân viên y tế",
      approx="over", period=Yi),
    F("có 112 bệnh viện", "112", "count", "bệnh viện",
      "bệnh viện công lập chậm chi trả lương, phụ cấp cho viên chức", percent=8.5, period=Y),
    F("từ 1 đến 3 tháng", "1", "measure", "tháng", "thời gian chậm chi trả lương", value_max=3, optional=True),
    F("khoảng 1.250 tỷ đồng", "1.250", "money", "đồng", "số tiền lương, phụ cấp còn nợ", mult=1e9,
      approx="about", status="estimate", period=Yi),
    F("khoảng 9.680 nhân viên", "9.680", "count", "nhân viên y tế",
      "nhân viên y tế tại các cơ sở công lập nghỉ việc, thôi việc", approx="about", period=G),
    F("có 2.890 bác sĩ", "2.890", "count", "bác sĩ", "bác sĩ nghỉ việc, thôi việc", total=9680, period=G),
    F("có 3.120 người", "3.120", "count", "người", "người nghỉ việc",
      change=C("-", 18.6, baseline="năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 5,2 triệu", "5,2", "money", "đồng/tháng", "mức lương khởi điểm của bác sĩ mới ra trường",
      mult=1e6, approx="about", period=Y5),
    F("từ 8 đến 12 triệu", "8", "money", "đồng/tháng",
      "thu nhập bình quân của nhân viên y tế tại bệnh viện tuyến tỉnh", mult=1e6, value_max=12e6, period=Y5i),
    F("từ 6-8 triệu", "6", "money", "đồng/tháng", "thu nhập bình quân của nhân viên y tế tuyến huyện",
      mult=1e6, value_max=8e6, period=Y5i),
    F("(11 bệnh viện)", "11", "count", "bệnh viện", L, location="Hà Nội", period=Yi),
    F("(9)", "9", "count", "bệnh viện", L, location="TP Hồ Chí Minh", period=Yi),
    F("(7)", "7", "count", "bệnh viện", L, location="Thanh Hóa", period=Yi),
    F("(6)", "6", "count", "bệnh viện", L, location="Nghệ An", period=Yi),
    F("có 29 tỉnh", "29", "count", "tỉnh, thành phố",
      "tỉnh, thành phố vượt dự toán chi khám, chữa bệnh BHYT", period=Y),
    F("trên 4.600 tỷ đồng", "4.600", "money", "đồng", "tổng số tiền vượt dự toán chi khám, chữa bệnh BHYT",
      mult=1e9, approx="over", period=Y),
    F("lên 2,34 triệu", "2,34", "money", "đồng/tháng", "lương cơ sở", mult=1e6,
      change=C("+", 30, baseline="mức hiện hành"), status="forecast",
      period=P("từ ngày 1/7/2024", "2024-07-01", None)),
    F("khoảng 420.000 viên chức", "420.000", "count", "viên chức", "viên chức ngành y tế được điều chỉnh lương",
      approx="about", status="forecast", period=P("từ ngày 1/7/2024", "2024-07-01", None, inh=True)),
]

write(5, TEXT, figs, [
    "National press (VnExpress-style dateline 'Thứ sáu, 22/3/2024, 14:20 (GMT+7)'): chậm trả lương, nghỉ việc, thu nhập nhân viên y tế.",
    "Distractors: (GMT+7), Nghị quyết số 104/2023/QH15, 'từ ngày 1/7/2024' (a start date), the minister's and author's names.",
    "National figures: location Việt Nam; list items Hà Nội (11 bệnh viện), TP Hồ Chí Minh (9) ... are their own location, subject = list indicator.",
    "'chiếm khoảng 8,5%' is the percent of 112. '2.890 bác sĩ' after 'trong đó' has total 9.680; 'Riêng năm 2023 có 3.120' is another period: no total.",
    "'từ 1 đến 3 tháng' (length of the delay) is optional. 'từ ngày 1/7/2024' read as start 2024-07-01 with no end (FIGURES.md has no row for it).",
    "'ước khoảng' → estimate + about; 'dự kiến' → forecast.",
], published="2024-03-22", location="Việt Nam")

from lib import fig, per, inh, chg, emit

TEXT = """Tỷ lệ thất nghiệp quý II ở mức 2,29%

Thứ bảy, 6/7/2024, 10:15 (GMT+7)

Cả nước có khoảng 1,07 triệu người thất nghiệp trong độ tuổi lao động trong quý II, giảm 9.700 người so với quý trước.

Theo số liệu Tổng cục Thống kê công bố sáng 6/7, tỷ lệ thất nghiệp của lao động trong độ tuổi quý II/2024 là 2,29%, giảm 0,03 điểm phần trăm so với quý trước và giảm 0,01 điểm phần trăm so với cùng kỳ năm 2023. Trong đó, tỷ lệ thất nghiệp khu vực thành thị là 2,64%, khu vực nông thôn là 2,07%.

Tỷ lệ thất nghiệp của thanh niên (từ 15 đến 24 tuổi) là 7,93%, tương đương khoảng 412.000 người. Đáng chú ý, cả nước có khoảng 1,5 triệu thanh niên không có việc làm và không tham gia học tập, đào tạo, chiếm 11,3% tổng số thanh niên.

Thu nhập bình quân tháng của người lao động quý II đạt 7,5 triệu đồng, tăng 7,4% so với cùng kỳ năm trước. Thu nhập của lao động nam cao gấp 1,4 lần lao động nữ.

Lũy kế 6 tháng đầu năm, các trung tâm dịch vụ việc làm đã tiếp nhận 512.600 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, trong đó Hà Nội 38.420 hồ sơ, TP HCM 104.760 hồ sơ. Số tiền chi trả trợ cấp thất nghiệp khoảng 9.350 tỷ đồng.

Ông Lê Trung Hiếu, chuyên gia thị trường lao động, dự báo tỷ lệ thất nghiệp cả năm 2024 dao động từ 2,2 đến 2,3%.

Hoài Thu
"""

Q2 = per("quý II", "2024-04-01", "2024-06-30")
Q2Y = per("quý II/2024", "2024-04-01", "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
UI = "hồ sơ đề nghị hưởng trợ cấp thất nghiệp"

FIGS = [
    fig("ở mức 2,29%", "2,29", 2.29, "percent", "%", subject="tỷ lệ thất nghiệp", period=Q2),
    fig("khoảng 1,07 triệu", "1,07", 1070000, "count", "người", approx="about",
        change=chg("decrease", 9700, unit="người", baseline="quý trước"),
        subject="người thất nghiệp trong độ tuổi lao động", period=Q2),
    fig("là 2,29%", "2,29", 2.29, "percent", "%",
        change=chg("decrease", 0.03, unit="điểm phần trăm", baseline="quý trước"),
        subject="tỷ lệ thất nghiệp của lao động trong độ tuổi", period=Q2Y),
    fig("giảm 0,01 điểm", "0,01", 0.01, "measure", "điểm phần trăm", optional=True,
        subject="tỷ lệ thất nghiệp của lao động trong độ tuổi so với cùng kỳ năm 2023", period=Q2Y),
    fig("thành thị là 2,64%", "2,64", 2.64, "percent", "%",
        subject="tỷ lệ thất nghiệp khu vực thành thị", period=inh(Q2Y)),
    fig("nông thôn là 2,07%", "2,07", 2.07, "percent", "%",
        subject="tỷ lệ thất nghiệp khu vực nông thôn", period=inh(Q2Y)),
    fig("từ 15 đến 24 tuổi", "15", 15, "measure", "tuổi", value_max=24, optional=True,
        subject="độ tuổi thanh niên"),
    fig("là 7,93%", "7,93", 7.93, "percent", "%",
        subject="tỷ lệ thất nghiệp của thanh niên", period=inh(Q2Y)),
    fig("khoảng 412.000 người", "412.000", 412000, "count", "người", approx="about",
        subject="thanh niên thất nghiệp", period=inh(Q2Y)),
    fig("khoảng 1,5 triệu thanh niên", "1,5", 1500000, "count", "thanh niên", approx="about", percent=11.3,
        subject="thanh niên không có việc làm và không tham gia học tập, đào tạo", period=inh(Q2Y)),
    fig("đạt 7,5 triệu", "7,5", 7500000, "money", "đồng",
        change=chg("increase", 7.4, baseline="cùng kỳ năm trước"),
        subject="thu nhập bình quân tháng của người lao động", period=Q2),
    fig("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần",
        subject="thu nhập của lao động nam so với lao động nữ", period=inh(Q2)),
    fig("nhận 512.600 hồ sơ", "512.600", 512600, "count", "hồ sơ",
        subject=UI + " các trung tâm dịch vụ việc làm tiếp nhận", period=H1),
    fig("Hà Nội 38.420 hồ sơ", "38.420", 38420, "count", "hồ sơ", total=512600,
        subject=UI, period=H1, location="Hà Nội"),
    fig("TP HCM 104.760 hồ sơ", "104.760", 104760, "count", "hồ sơ", total=512600,
        subject=UI, period=H1, location="TP. Hồ Chí Minh"),
    fig("khoảng 9.350 tỷ", "9.350", 9350000000000, "money", "đồng", approx="about",
        subject="số tiền chi trả trợ cấp thất nghiệp", period=inh(H1)),
    fig("từ 2,2 đến 2,3%", "2,2", 2.2, "percent", "%", value_max=2.3, status="forecast",
        subject="tỷ lệ thất nghiệp cả năm", period=per("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ bảy, 6/7/2024, 10:15 (GMT+7)' dateline, byline at the end; GSO labour-market data Q2/2024 (invented).",
    "Year-less 'quý II' (headline, lead, income) takes 2024 from the dateline, the nearest earlier date. 'sáng 6/7' is a date, '(GMT+7)' furniture.",
    "2,29% is a level, not a growth rate: 'giảm 0,03 điểm phần trăm so với quý trước' is its change; the second change (0,01) is optional.",
    "'Trong đó' urban/rural rates are not parts of 2,29% (rates do not add up): no total.",
    "'tương đương khoảng 412.000 người' after a percent is an equivalent count: its own figure. '(từ 15 đến 24 tuổi)' is a definition: optional.",
    "'gấp 1,4 lần' standing alone → multiple. 'trong đó Hà Nội 38.420 hồ sơ, TP HCM 104.760 hồ sơ' → parts of 512.600, places in location.",
    "'dự báo … cả năm 2024 … từ 2,2 đến 2,3%' → forecast range.",
    "revised after the first scoring: location of 'TP HCM 104.760 hồ sơ' written as the place's name 'TP. Hồ Chí Minh' (was the abbreviation 'TP HCM'; shared h04 writes 'TP Hồ Chí Minh' for 'TP.HCM').",
]

emit("p630-6", TEXT, COMMENTS, FIGS, published="2024-07-06", location="Việt Nam")

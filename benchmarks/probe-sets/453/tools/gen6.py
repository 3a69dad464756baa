from lib import Doc, P

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9i = P("9 tháng", "2024-01-01", "2024-09-30", inherited=True)

text = """TP HCM cấp phép xây dựng tăng mạnh trong quý III
Thứ tư, 16/10/2024, 08:30 (GMT+7)

Quý III/2024, các cơ quan cấp phép tại TP HCM đã cấp 8.214 giấy phép xây dựng, tăng 23% so với quý trước và tăng 41% so với cùng kỳ năm 2023. Trong đó, Sở Xây dựng cấp 96 giấy phép cho các công trình cấp đặc biệt, cấp I; UBND TP Thủ Đức và 21 quận, huyện cấp 8.118 giấy phép, chủ yếu là nhà ở riêng lẻ.

Lũy kế 9 tháng, thành phố cấp khoảng 21.600 giấy phép, đạt 72% kế hoạch năm. Tổng diện tích sàn xây dựng được cấp phép hơn 7,8 triệu m2, tổng giá trị công trình ước tính 52.300 tỷ đồng.

Các địa phương cấp nhiều giấy phép nhất trong quý III là huyện Bình Chánh với 1.032 giấy phép, huyện Củ Chi 876 giấy phép và TP Thủ Đức 754 giấy phép.

Theo Sở Xây dựng, thời gian cấp phép xây dựng nhà ở riêng lẻ hiện được rút ngắn còn từ 7 đến 10 ngày làm việc, thay vì 15 ngày như trước. Tỷ lệ hồ sơ nộp trực tuyến đạt 86,4%, cao hơn 9,1 điểm phần trăm so với năm 2023.

Cũng trong 9 tháng, thanh tra xây dựng phát hiện 1.245 công trình vi phạm, chiếm khoảng 5,8% số công trình được kiểm tra; đã xử phạt gần 14,6 tỷ đồng. Đáng chú ý, tại nhiều khu vực ven như hẻm 1041 Trần Xuân Soạn (quận 7), tình trạng phân lô, xây nhà không phép vẫn diễn ra.

Sở Xây dựng cho biết sẽ tiếp tục công khai thủ tục, phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ nộp trực tuyến đạt 95%.

Gia Minh
"""

d = Doc("p453-6", """
National press (VnExpress style): construction permits in TP HCM, Q3 and 9 months of 2024. Dateline 'Thứ tư, 16/10/2024, 08:30 (GMT+7)'.
Distractors: '(GMT+7)', time 08:30, 'hẻm 1041 Trần Xuân Soạn (quận 7)' (address and district name), 'cấp đặc biệt, cấp I' (labels).
'8.214 giấy phép, tăng 23% so với quý trước và tăng 41% so với cùng kỳ năm 2023': the first change is the attribute, the second a
percent figure of its own (optional, FIGURES.md). 'Trong đó, … 96 …; … 8.118 …' -> total 8214 (96+8118). '21 quận, huyện' is structure
(optional). The 8.118 permits of 'UBND TP Thủ Đức và 21 quận, huyện' cover the whole city: location TP HCM.
'9 tháng' takes 2024 from 'Quý III/2024'. '21.600 giấy phép, đạt 72% kế hoạch năm' -> percent 72. 'ước tính' -> estimate.
'từ 7 đến 10 ngày làm việc' range (measure); 'thay vì 15 ngày như trước' is the former level: optional.
'Tỷ lệ hồ sơ nộp trực tuyến' has no period of its own ('năm 2023' is the baseline): period not scored.
'chiếm khoảng 5,8% số công trình được kiểm tra' -> percent 5.8 of 1.245.
""", text, published="2024-10-16", location="Hồ Chí Minh")

d.f("cấp 8.214 giấy phép", "8.214", 8214, "count", "giấy phép", "giấy phép xây dựng được cấp", Q3,
    change={"direction": "increase", "value": 23, "unit": "%", "baseline": "quý trước"})
d.f("tăng 41%", "41", 41, "percent", "%", "tăng giấy phép xây dựng so với cùng kỳ", Q3, optional=True)
d.f("cấp 96 giấy phép", "96", 96, "count", "giấy phép", "giấy phép Sở Xây dựng cấp cho công trình cấp đặc biệt, cấp I",
    Q3i, total=8214)
d.f("và 21 quận", "21", 21, "count", "quận, huyện", optional=True)
d.f("cấp 8.118 giấy phép", "8.118", 8118, "count", "giấy phép", "giấy phép UBND TP Thủ Đức và quận, huyện cấp", Q3i,
    total=8214)
d.f("khoảng 21.600 giấy phép", "21.600", 21600, "count", "giấy phép", "giấy phép xây dựng được cấp lũy kế", M9,
    approx="about", percent=72)
d.f("hơn 7,8 triệu m2", "7,8", 7.8e6, "measure", "m2", "Tổng diện tích sàn xây dựng được cấp phép", M9i, mult=1e6,
    approx="over")
d.f("ước tính 52.300 tỷ đồng", "52.300", 5.23e13, "money", "đồng", "tổng giá trị công trình", M9i, mult=1e9,
    status="estimate")
d.f("với 1.032 giấy phép", "1.032", 1032, "count", "giấy phép", "giấy phép xây dựng được cấp",
    P("quý III", "2024-07-01", "2024-09-30"), location="Bình Chánh")
d.f("Củ Chi 876", "876", 876, "count", "giấy phép", "giấy phép xây dựng được cấp",
    P("quý III", "2024-07-01", "2024-09-30"), location="Củ Chi")
d.f("Thủ Đức 754", "754", 754, "count", "giấy phép", "giấy phép xây dựng được cấp",
    P("quý III", "2024-07-01", "2024-09-30"), location="Thủ Đức")
d.f("từ 7 đến 10 ngày", "7", 7, "measure", "ngày làm việc", "thời gian cấp phép xây dựng nhà ở riêng lẻ", value_max=10)
d.f("thay vì 15 ngày", "15", 15, "measure", "ngày", "thời gian cấp phép xây dựng nhà ở riêng lẻ trước đây",
    optional=True)
d.f("đạt 86,4%", "86,4", 86.4, "percent", "%", "Tỷ lệ hồ sơ nộp trực tuyến",
    change={"direction": "increase", "value": 9.1, "unit": "điểm phần trăm", "baseline": "năm 2023"})
d.f("phát hiện 1.245 công trình", "1.245", 1245, "count", "công trình", "công trình vi phạm", M9, percent=5.8)
d.f("gần 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "tiền xử phạt", M9, mult=1e9, approx="nearly")
d.f("đạt 95%", "95", 95, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến", P("đến cuối năm 2024", None, "2024-12-31"),
    status="target")
d.write()

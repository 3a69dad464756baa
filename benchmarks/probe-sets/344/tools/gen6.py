from lib import *

text = """
Kinh doanh › Du lịch
Thứ tư, 4/12/2024, 14:05 (GMT+7)

Khách sạn Đà Nẵng lấp đầy trở lại sau 5 năm

Nguồn cung phòng lưu trú tại Đà Nẵng tăng nhanh, công suất dần phục hồi về mức trước dịch nhưng giá phòng chưa tương xứng.

Theo Sở Du lịch Đà Nẵng, đến cuối tháng 11/2024, thành phố có 1.346 cơ sở lưu trú với khoảng 50.200 phòng, gấp 1,4 lần so với năm 2019. Thành phố xếp thứ 3 cả nước về tổng số phòng lưu trú, sau Hà Nội và TP HCM. Phân khúc 4-5 sao chiếm khoảng 42% số phòng.

Công suất phòng bình quân năm 2022 đạt 38%, năm 2023 đạt 52% và 11 tháng năm 2024 ước đạt 61%. Giá phòng bình quân phân khúc 5 sao dao động từ 2,8 đến 3,5 triệu đồng/đêm.

Giai đoạn 2021-2025, thành phố đã cấp chủ trương đầu tư cho 27 dự án khách sạn, khu nghỉ dưỡng với tổng vốn đăng ký hơn 18.400 tỷ đồng. Dự kiến đến hết năm 2025, nguồn cung sẽ có thêm khoảng 3.200 phòng, chủ yếu ở ven biển Sơn Trà - Ngũ Hành Sơn.

Ông Lê Minh Quân, Phó chủ tịch Hiệp hội Du lịch thành phố, cho rằng thị trường đang phân hóa rõ: trong khi các khách sạn 5 sao ven biển có công suất trên 70%, hơn 60% khách sạn 1-2 sao chỉ đạt công suất dưới 40%. "Từ sau Tuần lễ Cấp cao APEC 2017, chúng ta chưa có thêm sự kiện quốc tế nào đủ sức giữ khách ở lại dài ngày", ông Quân nói.

Thời gian lưu trú bình quân của khách hiện chỉ khoảng 2,3 ngày; thành phố đặt mục tiêu đến năm 2030 nâng lên 3 ngày. Theo ông Quân, Đà Nẵng cần thêm các sản phẩm đêm, lễ hội và hội nghị quốc tế để kéo dài thời gian lưu trú của du khách.

Ngọc Hà
"""

ASOF = P("đến cuối tháng 11/2024", None, "2024-11-30")
ASOFi = P("đến cuối tháng 11/2024", None, "2024-11-30", True)
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11i = P("11 tháng năm 2024", "2024-01-01", "2024-11-30", True)
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

figs = [
    F("có 1.346 cơ sở", "1.346", 1346, "count", "cơ sở lưu trú", "cơ sở lưu trú", ASOF),
    F("khoảng 50.200 phòng", "50.200", 50200, "count", "phòng", "phòng lưu trú", ASOF, approx="about",
      change=C("increase", 1.4, "lần", "năm 2019")),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "tổng số phòng lưu trú", ASOFi, location="Đà Nẵng"),
    F("khoảng 42%", "42", 42, "percent", "%", "phân khúc 4-5 sao trong số phòng", ASOFi, approx="about"),
    F("2022 đạt 38%", "38", 38, "percent", "%", "công suất phòng bình quân", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("2023 đạt 52%", "52", 52, "percent", "%", "công suất phòng bình quân", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ước đạt 61%", "61", 61, "percent", "%", "công suất phòng bình quân", M11, status="estimate"),
    F("từ 2,8 đến 3,5 triệu", "2,8", 2.8e6, "money", "đồng/đêm", "giá phòng bình quân phân khúc 5 sao", M11i, value_max=3.5e6),
    F("cho 27 dự án", "27", 27, "count", "dự án", "dự án khách sạn, khu nghỉ dưỡng được cấp chủ trương đầu tư", G),
    F("hơn 18.400 tỷ đồng", "18.400", 18400e9, "money", "đồng", "tổng vốn đăng ký", G, approx="over"),
    F("khoảng 3.200 phòng", "3.200", 3200, "count", "phòng", "nguồn cung phòng có thêm", P("đến hết năm 2025", None, "2025-12-31"),
      approx="about", status="forecast"),
    F("trên 70%", "70", 70, "percent", "%", "công suất khách sạn 5 sao ven biển", M11i, approx="over"),
    F("hơn 60% khách sạn", "60", 60, "percent", "%", "khách sạn 1-2 sao chỉ đạt công suất dưới 40%", M11i, approx="over"),
    F("dưới 40%", "40", 40, "percent", "%", "công suất khách sạn 1-2 sao", M11i, approx="under", optional=True),
    F("khoảng 2,3 ngày", "2,3", 2.3, "measure", "ngày", "thời gian lưu trú bình quân của khách", P("hiện", None, "2024-12-04", True),
      approx="about"),
    F("nâng lên 3 ngày", "3", 3, "measure", "ngày", "thời gian lưu trú bình quân của khách", P("đến năm 2030", None, "2030-12-31"),
      status="target"),
]

comments = [
    "National online press (VnExpress style): Đà Nẵng hotel supply, rank, occupancy by year, prices, investment 2021-2025, stay length.",
    "Dateline 'Thứ tư, 4/12/2024, 14:05 (GMT+7)'; byline at the end. Distractors: 'sau 5 năm' (a duration that only locates in time),",
    "'APEC 2017' (event name), 'GMT+7', star labels ('4-5 sao', '5 sao', '1-2 sao'), 'năm 2019' as a baseline.",
    "'gấp 1,4 lần so với năm 2019' is the change of 50.200 phòng (unit lần). 'xếp thứ 3 cả nước' rank of Đà Nẵng; 'sau Hà Nội và TP HCM'",
    "are not its place. List of years '2022 đạt 38%, 2023 đạt 52%, 11 tháng năm 2024 ước đạt 61%': each its own period; only the last is ước.",
    "'có thêm khoảng 3.200 phòng' is an added amount with no base figure: a count of its own, forecast ('Dự kiến'), as-of end of 2025.",
    "'hơn 60% khách sạn 1-2 sao chỉ đạt công suất dưới 40%': the 60% is the figure; the 40% threshold in its defining clause is optional.",
    "'hiện … khoảng 2,3 ngày' is as of the dateline (inherited); 'đến năm 2030 nâng lên 3 ngày' is a target.",
]
build(6, text, figs, comments, published="2024-12-04", location="Đà Nẵng")

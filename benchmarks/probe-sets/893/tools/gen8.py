"""p893-8: Báo Bắc Giang online, tag (BGĐT) - safe boarding houses in Việt Yên, 2024 results and 2025 plans."""
from lib import F, P, I, C, T, build

TEXT = """
Báo Bắc Giang điện tử > Xã hội

Gần 94% cơ sở nhà trọ công nhân ở Việt Yên đạt tiêu chí an toàn

Cập nhật lúc 07:30, Thứ hai, 24/02/2025

(BGĐT) - Năm 2024, thị xã Việt Yên đã kiểm tra 2.856 cơ sở cho thuê nhà trọ, trong đó 2.680 cơ sở đạt tiêu chí an toàn về phòng cháy, chữa cháy và vệ sinh môi trường, chiếm 93,8%, tăng 7,5 điểm phần trăm so với năm 2023.

Toàn thị xã hiện có hơn 31.000 phòng trọ, phục vụ khoảng 52.000 công nhân, người lao động làm việc tại các KCN Quang Châu, Vân Trung, Đình Trám. Giá thuê phòng tại các phường giáp KCN và dọc Quốc lộ 37 như Nếnh, Quang Châu, Vân Trung phổ biến 1,2-1,6 triệu đồng/phòng/tháng; phòng khép kín có điều hòa từ 2 triệu đồng trở lên.

Mô hình “Nhà trọ công nhân an toàn” theo Kế hoạch số 46/KH-UBND của UBND thị xã được nhân rộng với 126 cơ sở tham gia, tăng 38 cơ sở so với năm trước. Từ đầu năm đến nay, thị xã đã kiểm tra thêm 215 cơ sở, nhắc nhở 17 chủ cơ sở chưa trang bị bình chữa cháy.

Toàn tỉnh hiện có khoảng 218.000 lao động làm việc tại các KCN, trong đó khoảng 45% thuê trọ. Năm 2024, Liên đoàn Lao động tỉnh lần thứ 3 tổ chức chương trình “Mái ấm công nhân”, tặng 1.250 suất quà cho công nhân ở trọ, tổng trị giá 625 triệu đồng.

Năm 2025, thị xã phấn đấu 100% cơ sở cho thuê trọ có từ 5 phòng trở lên đạt tiêu chí an toàn; dự kiến có thêm 2 dự án nhà ở xã hội tại phường Nếnh với 2.600 căn hộ, đáp ứng chỗ ở cho khoảng 9.000 công nhân.

Thu Hương
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-02-24")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
VY = "Việt Yên"

FIGS = [
    F("Gần 94% cơ sở", "94", 94, "percent", "%", "cơ sở nhà trọ công nhân đạt tiêu chí an toàn", I(Y24),
      approx="nearly"),
    F("kiểm tra 2.856 cơ sở", "2.856", 2856, "count", "cơ sở", "cơ sở cho thuê nhà trọ được kiểm tra", Y24),
    F("trong đó 2.680 cơ sở", "2.680", 2680, "count", "cơ sở",
      "cơ sở đạt tiêu chí an toàn về phòng cháy, chữa cháy và vệ sinh môi trường", Y24, total=2856,
      percent=93.8, change=C("increase", 7.5, "điểm phần trăm", "năm 2023")),
    F("hơn 31.000 phòng trọ", "31.000", 31000, "count", "phòng trọ", "phòng trọ", approx="over"),
    F("khoảng 52.000 công nhân", "52.000", 52000, "count", "công nhân",
      "công nhân, người lao động được phục vụ chỗ ở", approx="about"),
    F("phổ biến 1,2-1,6 triệu", "1,2", 1200000, "money", "đồng/phòng/tháng",
      "giá thuê phòng tại các phường giáp KCN", value_max=1600000),
    F("từ 2 triệu đồng trở lên", "2", 2000000, "money", "đồng", "giá thuê phòng khép kín có điều hòa",
      approx="at_least"),
    F("với 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở tham gia mô hình Nhà trọ công nhân an toàn",
      change=C("increase", 38, "cơ sở", "năm trước")),
    F("thêm 215 cơ sở", "215", 215, "count", "cơ sở", "cơ sở được kiểm tra", YTD),
    F("nhắc nhở 17 chủ", "17", 17, "count", "chủ cơ sở", "chủ cơ sở chưa trang bị bình chữa cháy bị nhắc nhở",
      YTD),
    F("khoảng 218.000 lao động", "218.000", 218000, "count", "lao động", "lao động làm việc tại các KCN",
      approx="about", location="Bắc Giang"),
    F("khoảng 45% thuê trọ", "45", 45, "percent", "%", "lao động thuê trọ", approx="about", location="Bắc Giang"),
    F("tặng 1.250 suất quà", "1.250", 1250, "count", "suất quà", "suất quà tặng công nhân ở trọ", Y24b,
      location="Bắc Giang"),
    F("625 triệu đồng", "625", 625000000, "money", "đồng", "tổng trị giá quà tặng", Y24b, location="Bắc Giang"),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở cho thuê trọ đạt tiêu chí an toàn", Y25,
      status="target"),
    F("từ 5 phòng trở lên", "5", 5, "count", "phòng", "quy mô cơ sở cho thuê trọ", approx="at_least",
      optional=True),
    F("thêm 2 dự án", "2", 2, "count", "dự án", "dự án nhà ở xã hội", Y25, status="forecast"),
    F("với 2.600 căn hộ", "2.600", 2600, "count", "căn hộ", "căn hộ nhà ở xã hội", Y25, status="forecast"),
    F("khoảng 9.000 công nhân", "9.000", 9000, "count", "công nhân", "công nhân được đáp ứng chỗ ở", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Bắc Giang điện tử, tag (BGĐT): nhà trọ công nhân an toàn ở thị xã Việt Yên; 'Cập nhật lúc 07:30, Thứ hai, 24/02/2025'.",
    "Location: the town (thị xã, district level) Việt Yên by default; the province-wide sentence (toàn tỉnh, Liên đoàn Lao động tỉnh) is Bắc Giang.",
    "'trong đó 2.680 cơ sở … chiếm 93,8%, tăng 7,5 điểm phần trăm so với năm 2023': total 2.856, percent 93,8, the change in points.",
    "'khoảng 45% thuê trọ' after 'trong đó' is a percent figure (a percent has no whole in lao động).",
    "Headline 'Gần 94%' restates the 93,8%: a percent figure with the body's year (inherited). 'Từ đầu năm đến nay' ends at the dateline.",
    "'từ 5 phòng trở lên' is a category threshold: optional. 'hiện có' gives no period. 'dự kiến' after ';' in the 2025 sentence: forecast.",
    "Distractors: 07:30, 'Thứ hai', 24/02/2025, KCN names, 'năm 2023' (baseline), Quốc lộ 37, Kế hoạch số 46/KH-UBND, 'lần thứ 3' (ordinal), byline Thu Hương.",
]

build("p893-8", TEXT, FIGS, NOTES, published="2025-02-24", location="Việt Yên")

from lib import *

text = """Bình Định: Hơn 1.300 hồ sơ đăng ký thực hiện nghĩa vụ tham gia Công an nhân dân
Lượt xem: 1.204

Năm 2025, Công an tỉnh Bình Định được Bộ Công an giao chỉ tiêu tuyển chọn 520 công dân thực hiện nghĩa vụ tham gia Công an nhân dân, tăng 40 chỉ tiêu so với năm 2024.

Tính đến ngày 15/11/2024, Công an các huyện, thị xã, thành phố đã tiếp nhận 1.386 hồ sơ đăng ký, gấp 2,67 lần chỉ tiêu; trong đó có 214 hồ sơ của công dân có trình độ đại học, cao đẳng (chiếm 15,4%) và 37 hồ sơ của đảng viên. Các địa phương tiếp nhận nhiều hồ sơ là thành phố Quy Nhơn (212 hồ sơ), thị xã An Nhơn (168 hồ sơ) và huyện Phù Cát (143 hồ sơ); thấp nhất là huyện An Lão với 19 hồ sơ.

Từ ngày 2/12 đến ngày 6/12/2024, Hội đồng tuyển chọn Công an tỉnh dự kiến tổ chức khám sức khỏe cho khoảng 1.200 công dân tại Bệnh xá Công an tỉnh, số 51 Trần Phú, TP Quy Nhơn. Tiêu chuẩn chiều cao đối với nam từ 1,64 m đến 1,95 m, đối với nữ từ 1,58 m đến 1,80 m; chỉ số BMI từ 18,5 đến 30.

Ngân sách tỉnh bố trí khoảng 1,1 tỷ đồng cho công tác tuyển chọn, trong đó mức chi khám sức khỏe là 450 nghìn đồng/công dân.

Năm 2024, toàn tỉnh có 480 công dân vào Công an nhân dân; sau 6 tháng huấn luyện, 100% chiến sĩ nghĩa vụ hoàn thành chương trình, 35 đồng chí được kết nạp Đảng.

Công dân có nhu cầu tìm hiểu liên hệ Phòng Tổ chức cán bộ Công an tỉnh, điện thoại 069.4374.135, hoặc Công an xã, phường, thị trấn nơi cư trú.
"""

D = P("Tính đến ngày 15/11/2024", None, "2024-11-15")
Di = P("Tính đến ngày 15/11/2024", None, "2024-11-15", True)
Y24 = Y("Năm 2024", 2024)
figs = [
    F("Hơn 1.300 hồ sơ", "1.300", 1300, "count", "hồ sơ",
      "hồ sơ đăng ký thực hiện nghĩa vụ tham gia Công an nhân dân", approx="over", period=Di),
    F("tuyển chọn 520 công dân", "520", 520, "count", "công dân",
      "chỉ tiêu tuyển chọn công dân thực hiện nghĩa vụ tham gia Công an nhân dân", status="target",
      change=CH("increase", 40, "chỉ tiêu", "năm 2024"), period=Y("Năm 2025", 2025)),
    F("tiếp nhận 1.386 hồ sơ", "1.386", 1386, "count", "hồ sơ", "hồ sơ đăng ký",
      change=CH("increase", 2.67, "lần", "chỉ tiêu"), period=D),
    F("có 214 hồ sơ", "214", 214, "count", "hồ sơ", "hồ sơ của công dân có trình độ đại học, cao đẳng",
      total=1386, percent=15.4, period=D),
    F("37 hồ sơ", "37", 37, "count", "hồ sơ", "hồ sơ của đảng viên", total=1386, period=D),
    F("(212 hồ sơ)", "212", 212, "count", "hồ sơ", "hồ sơ tiếp nhận", period=Di, location="Quy Nhơn"),
    F("(168 hồ sơ)", "168", 168, "count", "hồ sơ", "hồ sơ tiếp nhận", period=Di, location="An Nhơn"),
    F("(143 hồ sơ)", "143", 143, "count", "hồ sơ", "hồ sơ tiếp nhận", period=Di, location="Phù Cát"),
    F("với 19 hồ sơ", "19", 19, "count", "hồ sơ", "hồ sơ tiếp nhận", period=Di, location="An Lão"),
    F("khoảng 1.200 công dân", "1.200", 1200, "count", "công dân", "công dân được khám sức khỏe",
      approx="about", status="forecast",
      period=P("Từ ngày 2/12 đến ngày 6/12/2024", "2024-12-02", "2024-12-06")),
    F("từ 1,64 m", "1,64", 1.64, "measure", "m", "tiêu chuẩn chiều cao đối với nam", value_max=1.95, optional=True),
    F("từ 1,58 m", "1,58", 1.58, "measure", "m", "tiêu chuẩn chiều cao đối với nữ", value_max=1.8, optional=True),
    F("từ 18,5 đến 30", "18,5", 18.5, "measure", "điểm", "chỉ số BMI", value_max=30, optional=True),
    F("khoảng 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "ngân sách tỉnh bố trí cho công tác tuyển chọn",
      approx="about", period=Y("năm 2025", 2025, True)),
    F("là 450 nghìn đồng", "450", 450000, "money", "đồng/công dân", "mức chi khám sức khỏe",
      period=Y("năm 2025", 2025, True)),
    F("có 480 công dân", "480", 480, "count", "công dân", "công dân vào Công an nhân dân", period=Y24),
    F("sau 6 tháng", "6", 6, "measure", "tháng", "thời gian huấn luyện", optional=True),
    F("100% chiến sĩ", "100", 100, "percent", "%", "chiến sĩ nghĩa vụ hoàn thành chương trình", period=Y24),
    F("35 đồng chí", "35", 35, "count", "đồng chí", "đồng chí được kết nạp Đảng", period=Y24),
]

comments = [
    "Công an tỉnh Bình Định site: tuyển chọn công dân thực hiện nghĩa vụ tham gia CAND năm 2025. No dateline (published null); a view counter only.",
    "Distractors: 'Lượt xem: 1.204', dates '15/11/2024', '2/12', '6/12/2024', address 'số 51 Trần Phú, TP Quy Nhơn' (not the location of",
    "the 1.200 figure), phone 069.4374.135. Criteria (height, BMI ranges) and the training duration 'sau 6 tháng' are optional.",
    "'gấp 2,67 lần chỉ tiêu' after 1.386 is its change against the plan (lần, baseline chỉ tiêu). 'trong đó' gives 214 and 37 total 1.386.",
    "'trong đó mức chi … 450 nghìn đồng/công dân' is a per-person rate, not a part of the 1,1 tỷ budget: no total.",
    "The budget sentence has no period; it belongs to the 2025 selection (inherited). The title count inherits the as-of date.",
    "The period of the health check is the day range 'Từ ngày 2/12 đến ngày 6/12/2024'.",
]
build(7, text, comments, figs, published=None, location="Bình Định")

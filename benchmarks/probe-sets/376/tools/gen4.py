from lib import F, P, Y, build

TEXT = """
BÁO THANH HÓA
Kinh tế › Tài nguyên - Môi trường

Đẩy nhanh tiến độ xây dựng cơ sở dữ liệu đất đai

Thứ Tư, 11/12/2024 - 07:45

Theo Sở Tài nguyên và Môi trường, đến ngày 30/11/2024, Thanh Hóa đã hoàn thành xây dựng cơ sở dữ liệu đất đai tại 14/26 huyện, thị xã, thành phố, với hơn 2,37 triệu thửa đất được cập nhật vào hệ thống, bằng 58% tổng số thửa đất của toàn tỉnh.

Các địa phương có tỷ lệ thửa đất đã đưa vào cơ sở dữ liệu cao là thành phố Sầm Sơn (100%), thị xã Nghi Sơn (97,6%), huyện Hoằng Hóa (92,3%) và huyện Quảng Xương (88,1%). Ngược lại, tại các huyện miền núi, tiến độ còn rất chậm: huyện Mường Lát mới đạt 17,4%, huyện Quan Sơn 19,2%.

Tổng mức đầu tư của dự án giai đoạn 2021-2025 là 1.126 tỷ đồng; lũy kế đến nay đã giải ngân 684,5 tỷ đồng, đạt 60,8%. Riêng năm 2024, kế hoạch vốn được giao 215 tỷ đồng, ước giải ngân cả năm đạt khoảng 190 tỷ đồng. Nguyên nhân chậm chủ yếu do hồ sơ địa chính ở nhiều xã được lập từ những năm 1990, sai lệch lớn so với hiện trạng.

Hiện Văn phòng Đăng ký đất đai tỉnh có 26 chi nhánh; mỗi ngày hệ thống cung cấp thông tin cho khoảng 1.500 lượt tra cứu, gấp 3 lần so với năm 2021. Tỉnh phấn đấu đến năm 2025 hoàn thành cơ sở dữ liệu đất đai ở 100% số huyện, kết nối liên thông với Hệ thống thông tin đất đai quốc gia.

Bài và ảnh: Lê Hợi
"""

T = P("đến ngày 30/11/2024", None, "2024-11-30")
Ti = P("đến ngày 30/11/2024", None, "2024-11-30", inh=True)
FIGS = [
    F("tại 14/26 huyện", "14", 14, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố hoàn thành xây dựng cơ sở dữ liệu đất đai", total=26, period=T),
    F("hơn 2,37 triệu thửa", "2,37", 2370000, "count", "thửa đất", "thửa đất được cập nhật vào hệ thống",
      approx="over", percent=58, period=T),
    F("Sầm Sơn (100%)", "100", 100, "percent", "%", "tỷ lệ thửa đất đã đưa vào cơ sở dữ liệu",
      location="Sầm Sơn", period=Ti),
    F("Nghi Sơn (97,6%)", "97,6", 97.6, "percent", "%", "tỷ lệ thửa đất đã đưa vào cơ sở dữ liệu",
      location="Nghi Sơn", period=Ti),
    F("Hoằng Hóa (92,3%)", "92,3", 92.3, "percent", "%", "tỷ lệ thửa đất đã đưa vào cơ sở dữ liệu",
      location="Hoằng Hóa", period=Ti),
    F("Quảng Xương (88,1%)", "88,1", 88.1, "percent", "%", "tỷ lệ thửa đất đã đưa vào cơ sở dữ liệu",
      location="Quảng Xương", period=Ti),
    F("mới đạt 17,4%", "17,4", 17.4, "percent", "%", "tỷ lệ thửa đất đã đưa vào cơ sở dữ liệu",
      location="Mường Lát", period=Ti),
    F("Quan Sơn 19,2%", "19,2", 19.2, "percent", "%", "tỷ lệ thửa đất đã đưa vào cơ sở dữ liệu",
      location="Quan Sơn", period=Ti),
    F("là 1.126 tỷ đồng", "1.126", 1126e9, "money", "đồng", "tổng mức đầu tư của dự án",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("giải ngân 684,5 tỷ đồng", "684,5", 684.5e9, "money", "đồng", "vốn lũy kế đã giải ngân", percent=60.8),
    F("giao 215 tỷ đồng", "215", 215e9, "money", "đồng", "kế hoạch vốn được giao", status="target",
      period=Y(2024)),
    F("khoảng 190 tỷ đồng", "190", 190e9, "money", "đồng", "giải ngân cả năm", approx="about",
      status="estimate", period=Y(2024)),
    F("có 26 chi nhánh", "26", 26, "count", "chi nhánh", "chi nhánh Văn phòng Đăng ký đất đai tỉnh"),
    F("khoảng 1.500 lượt", "1.500", 1500, "count", "lượt tra cứu", "lượt tra cứu được cung cấp thông tin mỗi ngày",
      approx="about", change={"direction": "increase", "value": 3, "unit": "lần", "baseline": "năm 2021"}),
    F("ở 100% số huyện", "100", 100, "percent", "%", "huyện hoàn thành cơ sở dữ liệu đất đai", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]

build("p376-4", TEXT, FIGS, [
    "Báo Thanh Hóa (Party newspaper): building the land database, to 30/11/2024. Weekday dateline 'Thứ Tư, 11/12/2024 - 07:45', byline at the end.",
    "Distractors: dateline, 'đến ngày 30/11/2024', 'những năm 1990' (a decade, not a figure), breadcrumb furniture.",
    "'bằng 58% tổng số thửa đất' is the share of 2,37 triệu (no whole given as a number: no total). '14/26' gives total 26.",
    "District list: subject from the list head, districts to location; the 'Ngược lại … :' clause continues the same indicator (Mường Lát, Quan Sơn).",
    "'lũy kế đến nay' is left without a period (shared 002 gives 'đến nay' none). '215 tỷ' plan is a target figure; the estimate 190 tỷ is its own figure",
    "  (no target attribute, as in h23 where plan cells stand alone). 'gấp 3 lần so với năm 2021' after a count is its change.",
    "'26 chi nhánh' and 'khoảng 1.500 lượt' carry no period ('Hiện', 'mỗi ngày').",
], published="2024-12-11", location="Thanh Hóa")

from lib import F, P, C, T, write

TEXT = """Thời sự > Giao thông
Thứ hai, 14/10/2024, 06:00 (GMT+7)

Hà Nội thiếu chỗ đỗ xe trầm trọng

Hà Nội hiện có khoảng 1,1 triệu ô tô và gần 7 triệu xe máy, nhưng diện tích bãi đỗ xe chỉ đáp ứng khoảng 10% nhu cầu.

Theo Sở Giao thông vận tải Hà Nội, tính đến ngày 30/9/2024, toàn thành phố có 1.185 điểm trông giữ xe được cấp phép với tổng diện tích hơn 1,05 triệu m2. Trong đó, 542 điểm nằm trên lòng đường, hè phố, chiếm 45,7%; còn lại là các bãi đỗ ngoài phạm vi đường bộ.

Giá gửi xe cũng tăng mạnh. Tại quận Hoàn Kiếm, phí trông giữ ô tô dao động từ 25.000 đến 35.000 đồng/lượt, cao gấp 1,5 lần các quận ven đô. Nhiều tài xế phải chạy vòng quanh phố Lý Thái Tổ, Hàng Bài tới 20-30 phút mới tìm được chỗ đỗ.

Ứng dụng iParking hiện được triển khai tại 212 điểm đỗ xe; từ đầu năm đến nay ghi nhận hơn 2,4 triệu lượt giao dịch với doanh thu trên 46 tỷ đồng.

Theo Đề án phát triển giao thông tĩnh giai đoạn 2021-2025, thành phố đặt mục tiêu xây dựng 70 bãi đỗ xe tập trung, nhưng từ năm 2021 đến nay mới hoàn thành 19 bãi, đạt 27%. Nhiều dự án dọc đường Vành đai 3 và khu vực Mỹ Đình vẫn "đắp chiếu" do vướng giải phóng mặt bằng.

Dự kiến năm 2025, thành phố sẽ đưa thêm 15 bãi đỗ xe ngầm, cao tầng vào khai thác, bổ sung khoảng 8.000 chỗ đỗ, tổng vốn đầu tư khoảng 1,2 nghìn tỷ đồng. Theo Quyết định số 519/QĐ-TTg, đến năm 2030, đất dành cho giao thông tĩnh của Thủ đô phải đạt 3-4% diện tích đất xây dựng đô thị.

Đoàn Loan
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 1,1 triệu ô tô", "1,1", 1100000, "count", "ô tô", "ô tô", approx="about"),
    F("gần 7 triệu xe máy", "7", 7000000, "count", "xe máy", "xe máy", approx="nearly"),
    F("khoảng 10% nhu cầu", "10", 10, "percent", "%", "diện tích bãi đỗ xe đáp ứng nhu cầu", approx="about"),
    F("có 1.185 điểm trông giữ xe", "1.185", 1185, "count", "điểm trông giữ xe",
      "điểm trông giữ xe được cấp phép", period=P("tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("hơn 1,05 triệu m2", "1,05", 1050000, "measure", "m2", "tổng diện tích điểm trông giữ xe", approx="over",
      period=P("tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("542 điểm nằm", "542", 542, "count", "điểm", "điểm trông giữ xe nằm trên lòng đường, hè phố",
      total=1185, percent=45.7, period=P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)),
    F("từ 25.000 đến 35.000 đồng/lượt", "25.000", 25000, "money", "đồng/lượt", "phí trông giữ ô tô",
      value_max=35000, change=C("increase", 1.5, "lần", "các quận ven đô"), location="Hoàn Kiếm"),
    F("tới 20-30 phút", "20", 20, "measure", "phút", "thời gian tìm chỗ đỗ", value_max=30),
    F("tại 212 điểm đỗ xe", "212", 212, "count", "điểm đỗ xe", "điểm đỗ xe triển khai ứng dụng iParking"),
    F("hơn 2,4 triệu lượt giao dịch", "2,4", 2400000, "count", "lượt giao dịch", "lượt giao dịch iParking",
      approx="over", period=YTD),
    F("trên 46 tỷ đồng", "46", 46000000000, "money", "đồng", "doanh thu iParking", approx="over", period=YTD),
    F("xây dựng 70 bãi đỗ xe", "70", 70, "count", "bãi đỗ xe", "bãi đỗ xe tập trung xây dựng", status="target",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), optional=True),
    F("hoàn thành 19 bãi", "19", 19, "count", "bãi", "bãi đỗ xe tập trung hoàn thành",
      percent=27, target=T(70, "bãi đỗ xe", False), period=P("từ năm 2021 đến nay", "2021-01-01", "2024-10-14")),
    F("thêm 15 bãi đỗ xe", "15", 15, "count", "bãi đỗ xe", "bãi đỗ xe ngầm, cao tầng đưa vào khai thác",
      status="forecast", period=Y25),
    F("khoảng 8.000 chỗ đỗ", "8.000", 8000, "count", "chỗ đỗ", "chỗ đỗ bổ sung", approx="about",
      status="forecast", period=Y25),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "tổng vốn đầu tư", approx="about",
      status="forecast", period=Y25),
    F("đạt 3-4% diện tích", "3", 3, "percent", "%", "đất dành cho giao thông tĩnh", value_max=4,
      status="target", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 14/10/2024, 06:00 (GMT+7)'; Hà Nội parking shortage; byline at the end.",
    "Lead figures 'hiện có' carry no period. 'tính đến ngày 30/9/2024' is an as-of date; the 'Trong đó' part 542 has total 1185 and share 45,7%.",
    "Fee range in đồng/lượt with 'cao gấp 1,5 lần các quận ven đô' as its change (unit lần). '20-30 phút' search time is a measure range.",
    "'mục tiêu xây dựng 70 bãi … mới hoàn thành 19 bãi, đạt 27%': 70 is the plan (target attribute of 19, as 'mục tiêu đề ra là 50%' in h01);",
    "it is also listed as an optional target figure. 19 has period 'từ năm 2021 đến nay' (to the dateline) in its own sentence.",
    "'Dự kiến năm 2025' makes 15 bãi, 8.000 chỗ and 1,2 nghìn tỷ forecasts. 'đến năm 2030 … phải đạt 3-4%' is a target range.",
    "Distractors: '(GMT+7)', time 06:00, 'đường Vành đai 3', Quyết định số 519/QĐ-TTg, 'giai đoạn 2021-2025' as a plan label.",
]

write("p408-4", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Hà Nội")

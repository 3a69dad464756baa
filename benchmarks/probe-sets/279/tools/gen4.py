from lib import F, P, C, T, write

A = """BÁO LONG AN ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LONG AN
Kinh tế

Đầu tư hệ thống kho lạnh, kho chứa nông sản
Thứ Ba, 12/03/2024 - 07:45

(LA) - Tính đến cuối năm 2023, toàn tỉnh có 52 kho lạnh, kho mát, tăng 19 kho so với năm 2020, với tổng dung tích gần 185.000 m3; 416 kho chứa lúa gạo với sức chứa khoảng 1,9 triệu tấn. Long An hiện đứng thứ hai vùng Đồng bằng sông Cửu Long về số lượng kho lạnh.

Trong đó, huyện Châu Thành có 21 kho lạnh phục vụ bảo quản thanh long, chiếm 40,4% số kho toàn tỉnh; huyện Tân Thạnh có 97 kho chứa lúa gạo, nhiều nhất tỉnh.

Giai đoạn 2021-2023, tỉnh thu hút 9 dự án trung tâm logistics, kho lạnh với tổng vốn đăng ký hơn 4.250 tỷ đồng. Nổi bật là dự án kho lạnh tại cảng quốc tế Long An có sức chứa 30.000 pallet (tương đương khoảng 36.000 tấn hàng), đi vào hoạt động từ tháng 10/2023.

Năm 2023, sản lượng thanh long toàn tỉnh đạt 352.000 tấn, giảm 6,2% so với năm 2022; khoảng 70% được tiêu thụ qua các kho, vựa thu mua. Theo ông Trần Minh Tâm, Giám đốc một hợp tác xã ở xã Dương Xuân Hội, nhờ có kho mát 500 m3, hợp tác xã giữ được quả tươi thêm 10-15 ngày, giảm hao hụt từ 20% xuống còn 7%.

Thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy, tỉnh đặt mục tiêu đến năm 2025 tỷ lệ nông sản chủ lực được sơ chế, bảo quản lạnh trước khi đưa ra thị trường đạt 50%, đến năm 2030 đạt trên 70%. Năm 2024, tỉnh dự kiến hỗ trợ lãi suất cho 15 hợp tác xã đầu tư kho mát với tổng kinh phí khoảng 6,5 tỷ đồng.

THANH NGA
"""

E23 = P("Tính đến cuối năm 2023", None, "2023-12-31")
E23I = P("Tính đến cuối năm 2023", None, "2023-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 52 kho lạnh", "52", 52, "count", "kho lạnh, kho mát", "kho lạnh, kho mát",
      change=C("increase", 19, "kho", "năm 2020"), period=E23),
    F("gần 185.000 m3", "185.000", 185000, "measure", "m3", "tổng dung tích kho lạnh, kho mát", approx="nearly",
      period=E23),
    F("; 416 kho", "416", 416, "count", "kho chứa lúa gạo", "kho chứa lúa gạo", period=E23),
    F("khoảng 1,9 triệu tấn", "1,9", 1900000, "measure", "tấn", "sức chứa kho chứa lúa gạo", approx="about",
      period=E23),
    F("đứng thứ hai vùng", "hai", 2, "rank", "hạng", "số lượng kho lạnh", period=E23I),
    F("có 21 kho lạnh", "21", 21, "count", "kho lạnh", "kho lạnh phục vụ bảo quản thanh long", total=52,
      percent=40.4, location="Châu Thành", period=E23I),
    F("có 97 kho", "97", 97, "count", "kho chứa lúa gạo", "kho chứa lúa gạo", total=416, location="Tân Thạnh",
      period=E23I),
    F("thu hút 9 dự án", "9", 9, "count", "dự án", "dự án trung tâm logistics, kho lạnh thu hút",
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("hơn 4.250 tỷ đồng", "4.250", 4250000000000, "money", "đồng", "tổng vốn đăng ký dự án logistics, kho lạnh",
      approx="over", period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("sức chứa 30.000 pallet", "30.000", 30000, "count", "pallet", "sức chứa dự án kho lạnh tại cảng quốc tế Long An"),
    F("khoảng 36.000 tấn", "36.000", 36000, "measure", "tấn", "sức chứa dự án kho lạnh tại cảng quốc tế Long An",
      approx="about"),
    F("đạt 352.000 tấn", "352.000", 352000, "measure", "tấn", "sản lượng thanh long",
      change=C("decrease", 6.2, "%", "năm 2022"), period=Y23),
    F("khoảng 70% được", "70", 70, "percent", "%", "thanh long tiêu thụ qua các kho, vựa thu mua", approx="about",
      period=Y23),
    F("kho mát 500 m3", "500", 500, "measure", "m3", "dung tích kho mát của hợp tác xã"),
    F("thêm 10-15 ngày", "10", 10, "measure", "ngày", "thời gian giữ quả tươi thêm", value_max=15),
    F("từ 20% xuống", "20", 20, "percent", "%", "tỷ lệ hao hụt trước khi có kho mát"),
    F("còn 7%", "7", 7, "percent", "%", "tỷ lệ hao hụt"),
    F("đạt 50%", "50", 50, "percent", "%",
      "tỷ lệ nông sản chủ lực được sơ chế, bảo quản lạnh trước khi đưa ra thị trường", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt trên 70%", "70", 70, "percent", "%",
      "tỷ lệ nông sản chủ lực được sơ chế, bảo quản lạnh trước khi đưa ra thị trường", status="target",
      approx="over", period=P("đến năm 2030", None, "2030-12-31")),
    F("cho 15 hợp tác xã", "15", 15, "count", "hợp tác xã", "hợp tác xã được hỗ trợ lãi suất đầu tư kho mát",
      status="forecast", period=Y24),
    F("khoảng 6,5 tỷ đồng", "6,5", 6500000000, "money", "đồng", "tổng kinh phí hỗ trợ lãi suất", approx="about",
      status="forecast", period=Y24),
]

HEADER = """
Probe 279-4. Báo Long An (Party newspaper): cold stores and rice warehouses, dragon fruit, investment projects, targets.
Dateline 'Thứ Ba, 12/03/2024 - 07:45'; byline at the end.
Distractors: 'Nghị quyết số 04-NQ/TU', 'tháng 10/2023' (start date of operation), a person's name, 'xã Dương Xuân Hội'.
'Tính đến cuối năm 2023' is an as-of date (start null). 'Trong đó' opens a new paragraph: the parts take the whole that counts
the same thing (21 kho lạnh -> 52, also 'chiếm 40,4% số kho toàn tỉnh'; 97 kho lúa gạo -> 416), not the figure just before the cue.
'(tương đương khoảng 36.000 tấn hàng)' is an equivalent amount, not a share: a figure of its own (cf. h01 '1,488 triệu hồ sơ').
'giảm hao hụt từ 20% xuống còn 7%': both levels are figures (20% the former level, as probe 205's 'so với mức 18,5 điểm');
no change object (the drop of 13 points is not written).
revised after the first run: 20% was optional; made required for consistency with p279-1 '48-72 giờ trước đây' (a stated former level). '30.000 pallet' is a count of pallet positions.
The cooperative's kho mát and the 10-15 days carry no period.
"""

if __name__ == "__main__":
    write("p279-4", A, FIGS, HEADER, published="2024-03-12", location="Long An")

from lib import F, P, C, T, emit

TEXT = """BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Giao thông

Xóa "điểm đen" tai nạn giao thông: Cần nguồn lực lớn

Giai đoạn 2021-2025, tỉnh Thanh Hóa đặt mục tiêu xử lý dứt điểm 100% điểm đen tai nạn giao thông đã được xác định. Tuy nhiên, sau hơn 3 năm triển khai, kết quả mới đạt khoảng 60%, trong khi nguồn vốn bố trí còn hạn chế.

Theo Sở Giao thông vận tải, tính đến ngày 30/6/2024, trên địa bàn tỉnh còn 23 điểm đen và 41 điểm tiềm ẩn nguy cơ tai nạn giao thông. Trong đó, trên các tuyến quốc lộ có 14 điểm đen, tập trung ở Quốc lộ 1, Quốc lộ 45 và Quốc lộ 217; các tuyến đường tỉnh có 9 điểm đen.

Đáng chú ý, riêng 6 tháng đầu năm, tại các điểm đen này đã xảy ra 37 vụ tai nạn, làm chết 19 người, chiếm 24,7% số người chết vì tai nạn giao thông toàn tỉnh. Điển hình như điểm đen tại Km 368+500 Quốc lộ 1 (xã Hoằng Đức, huyện Hoằng Hóa), năm 2023 xảy ra 6 vụ tai nạn, làm chết 4 người.

Ông Lê Văn Hải, Phó Giám đốc Sở Giao thông vận tải cho biết, để xử lý một điểm đen, kinh phí cần từ 1,5 tỷ đến 4 tỷ đồng tùy quy mô. Năm 2024, tỉnh bố trí 28,6 tỷ đồng từ ngân sách tỉnh và khoảng 12 tỷ đồng từ Quỹ bảo trì đường bộ để xử lý 11 điểm đen; dự kiến đến hết năm 2024 sẽ hoàn thành 8 điểm.

Bên cạnh đó, Ban An toàn giao thông tỉnh đề nghị các huyện rà soát, xóa bỏ khoảng 350 lối đi tự mở qua đường sắt và các điểm đấu nối trái phép vào quốc lộ. Người dân phát hiện điểm có nguy cơ mất an toàn giao thông có thể phản ánh qua đường dây nóng 0237.3852.519.

Minh Hiếu
14/08/2024
"""

figs = [
    F("dứt điểm 100%", "100", 100, "percent", "%", "điểm đen tai nạn giao thông được xử lý dứt điểm",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("khoảng 60%", "60", 60, "percent", "%", "kết quả xử lý điểm đen", approx="about"),
    F("còn 23 điểm đen", "23", 23, "count", "điểm đen", "điểm đen tai nạn giao thông còn lại",
      P("tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("41 điểm tiềm ẩn", "41", 41, "count", "điểm", "điểm tiềm ẩn nguy cơ tai nạn giao thông",
      P("tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("có 14 điểm đen", "14", 14, "count", "điểm đen", "điểm đen trên các tuyến quốc lộ",
      P("tính đến ngày 30/6/2024", None, "2024-06-30", inh=True), total=23),
    F("có 9 điểm đen", "9", 9, "count", "điểm đen", "điểm đen trên các tuyến đường tỉnh",
      P("tính đến ngày 30/6/2024", None, "2024-06-30", inh=True), total=23),
    F("xảy ra 37 vụ", "37", 37, "count", "vụ", "vụ tai nạn tại các điểm đen",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("làm chết 19 người", "19", 19, "count", "người", "người chết do tai nạn tại các điểm đen",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), percent=24.7),
    F("xảy ra 6 vụ", "6", 6, "count", "vụ", "vụ tai nạn tại điểm đen Km 368+500 Quốc lộ 1",
      P("năm 2023", "2023-01-01", "2023-12-31"), location="Hoằng Hóa"),
    F("làm chết 4 người", "4", 4, "count", "người", "người chết do tai nạn tại điểm đen Km 368+500 Quốc lộ 1",
      P("năm 2023", "2023-01-01", "2023-12-31"), location="Hoằng Hóa"),
    F("từ 1,5 tỷ đến 4 tỷ", "1,5", 1.5e9, "money", "đồng", "kinh phí xử lý một điểm đen", value_max=4e9),
    F("bố trí 28,6 tỷ", "28,6", 28.6e9, "money", "đồng", "kinh phí từ ngân sách tỉnh xử lý điểm đen",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 12 tỷ", "12", 12e9, "money", "đồng", "kinh phí từ Quỹ bảo trì đường bộ xử lý điểm đen",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("xử lý 11 điểm đen", "11", 11, "count", "điểm đen", "điểm đen được bố trí vốn xử lý",
      P("Năm 2024", "2024-01-01", "2024-12-31"), optional=True),
    F("hoàn thành 8 điểm", "8", 8, "count", "điểm", "điểm đen hoàn thành xử lý",
      P("đến hết năm 2024", None, "2024-12-31"), status="forecast"),
    F("khoảng 350 lối", "350", 350, "count", "lối đi tự mở", "lối đi tự mở qua đường sắt cần xóa bỏ", approx="about"),
    F("hơn 3 năm", "3", 3, "measure", "năm", approx="over", optional=True),
]

HEADER = """Party newspaper (Báo Thanh Hóa): accident black spots, targets 2021-2025, funding. No dateline at the top; byline and bare date '14/08/2024' at the end.
'100% ... giai đoạn 2021-2025' is a target; 'khoảng 60%' is the result so far (no period stated in its sentence: period null, not scored).
'tính đến ngày 30/6/2024' is an as-of period; 'Trong đó' parts 14 + 9 = 23 take total 23. '6 tháng đầu năm' takes 2024 from the as-of date before it.
'19 người, chiếm 24,7% ...' gives percent. The Km 368+500 black spot lies in huyện Hoằng Hóa: its 2023 figures are located there.
'từ 1,5 tỷ đến 4 tỷ đồng' is a money range (value_max 4e9). '11 điểm đen' (scope of the funded plan) optional; '8 điểm' dự kiến = forecast.
'sau hơn 3 năm triển khai' is a duration (optional). Distractors: Quốc lộ 1/45/217, Km 368+500, phone 0237.3852.519, names and titles."""

emit("p301-5", TEXT, figs, HEADER, published="2024-08-14", location="Thanh Hóa")

from lib import *

TEXT = """
BÁO BẮC GIANG ĐIỆN TỬ
Xã hội | Y tế

Giảm quá tải tại bệnh viện tuyến huyện: Kết quả bước đầu

Thứ Hai, 15/07/2024, 09:30

BBG - 6 tháng đầu năm 2024, công suất sử dụng giường bệnh bình quân của các bệnh viện công lập trên địa bàn tỉnh Bắc Giang đạt 96,8%, giảm 7,4 điểm phần trăm so với cùng kỳ năm 2023.

Tính đến 30/6/2024, toàn tỉnh có 21 bệnh viện công lập với 5.870 giường bệnh thực kê, trong đó tuyến tỉnh 3.150 giường, tuyến huyện 2.720 giường.

Tuy vậy, tình trạng quá tải cục bộ vẫn diễn ra ở một số đơn vị. Công suất sử dụng giường bệnh của Trung tâm Y tế huyện Lục Nam là 118,5%, tiếp đến là Hiệp Hòa 112,3%, Yên Thế 109% và Lạng Giang 104,6%. Ngược lại, các huyện Sơn Động (72,4%) và Lục Ngạn (78,1%) vẫn còn thấp.

Số lượt người bệnh điều trị nội trú tại tuyến huyện đạt 61.245 lượt, chiếm 42,7% tổng số lượt điều trị nội trú toàn tỉnh. Tỷ lệ chuyển tuyến trên giảm còn 4,2% (6 tháng đầu năm 2023 là 6,9%).

Để giảm tải cho tuyến tỉnh, năm 2024 tỉnh bố trí 126,4 tỷ đồng xây mới, cải tạo 7 khoa lâm sàng tại các trung tâm y tế huyện, bổ sung khoảng 400 giường bệnh. Theo Nghị quyết số 116-NQ/TU của Tỉnh ủy, đến năm 2025 tỉnh phấn đấu đạt 32 giường bệnh/vạn dân và 11 bác sĩ/vạn dân; năm 2023 các chỉ số này mới đạt 28,6 giường và 9,4 bác sĩ.

Ông Nguyễn Văn Thành, Phó Giám đốc Sở Y tế cho biết, Sở đang hoàn thiện Đề án 03 về phát triển y tế cơ sở, trình HĐND tỉnh tại Kỳ họp thứ 18.

Thu Hà
Đường dây nóng của Sở Y tế: 0204.3856.113
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
AS = P("Tính đến 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SUB = "công suất sử dụng giường bệnh"
FIGS = [
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "công suất sử dụng giường bệnh bình quân của các bệnh viện công lập",
      change=CH("decrease", 7.4, "điểm phần trăm", "cùng kỳ năm 2023"), period=H1),
    F("có 21 bệnh viện", "21", 21, "count", "bệnh viện", "bệnh viện công lập", period=AS),
    F("với 5.870 giường", "5.870", 5870, "count", "giường bệnh", "giường bệnh thực kê", period=AS),
    F("tỉnh 3.150 giường", "3.150", 3150, "count", "giường", "giường bệnh thực kê tuyến tỉnh", total=5870, period=AS),
    F("huyện 2.720 giường", "2.720", 2720, "count", "giường", "giường bệnh thực kê tuyến huyện", total=5870, period=AS),
    F("Lục Nam là 118,5%", "118,5", 118.5, "percent", "%", SUB, location="Lục Nam", period=H1i),
    F("Hiệp Hòa 112,3%", "112,3", 112.3, "percent", "%", SUB, location="Hiệp Hòa", period=H1i),
    F("Yên Thế 109%", "109", 109, "percent", "%", SUB, location="Yên Thế", period=H1i),
    F("Lạng Giang 104,6%", "104,6", 104.6, "percent", "%", SUB, location="Lạng Giang", period=H1i),
    F("Sơn Động (72,4%)", "72,4", 72.4, "percent", "%", SUB, location="Sơn Động", period=H1i),
    F("Lục Ngạn (78,1%)", "78,1", 78.1, "percent", "%", SUB, location="Lục Ngạn", period=H1i),
    F("đạt 61.245 lượt", "61.245", 61245, "count", "lượt", "lượt người bệnh điều trị nội trú tại tuyến huyện",
      percent=42.7, period=H1i),
    F("giảm còn 4,2%", "4,2", 4.2, "percent", "%", "tỷ lệ chuyển tuyến trên", period=H1i),
    F("2023 là 6,9%", "6,9", 6.9, "percent", "%", "tỷ lệ chuyển tuyến trên",
      period=P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")),
    F("bố trí 126,4 tỷ đồng", "126,4", 126.4e9, "money", "đồng", "vốn xây mới, cải tạo khoa lâm sàng",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("cải tạo 7 khoa", "7", 7, "count", "khoa lâm sàng", "khoa lâm sàng xây mới, cải tạo",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 400 giường", "400", 400, "count", "giường bệnh", "giường bệnh bổ sung", approx="about",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 32 giường", "32", 32, "measure", "giường bệnh/vạn dân", "giường bệnh trên vạn dân", status="target", period=T25),
    F("và 11 bác sĩ", "11", 11, "measure", "bác sĩ/vạn dân", "bác sĩ trên vạn dân", status="target", period=T25),
    F("đạt 28,6 giường", "28,6", 28.6, "measure", "giường bệnh/vạn dân", "giường bệnh trên vạn dân", period=Y23),
    F("và 9,4 bác sĩ", "9,4", 9.4, "measure", "bác sĩ/vạn dân", "bác sĩ trên vạn dân", period=Y23),
]

build(2, TEXT, FIGS, [
    "Báo Bắc Giang (Party newspaper, tag BBG): bed occupancy of public hospitals, 6 tháng đầu năm 2024; district list; 2025 targets.",
    "Dateline 'Thứ Hai, 15/07/2024, 09:30'. Distractors: 'Nghị quyết số 116-NQ/TU', 'Đề án 03', 'Kỳ họp thứ 18', phone.",
    "'giảm 7,4 điểm phần trăm so với cùng kỳ năm 2023' is the change of 96,8%. 'giảm còn 4,2%' states only the new level: no change.",
    "District list: districts go to location, subject = the indicator. '(6 tháng đầu năm 2023 là 6,9%)' is a figure of its own, period 2023 H1.",
    "'28,6 giường và 9,4 bác sĩ' take the rate units of 'các chỉ số này' (per vạn dân). 3.150 + 2.720 = 5.870 ('trong đó').",
], published="2024-07-15", location="Bắc Giang")

"""p980-8: provincial newspaper online (Báo Bạc Liêu style), headline figure, tag (BBL) -."""
from lib import F, P, I, C, T, build

TEXT = """BÁO BẠC LIÊU ĐIỆN TỬ
Kinh tế | Giao thông
Hơn 1.400 lượt xe không đạt kiểm định lần đầu
Cập nhật lúc 15:32, Thứ ba, 08/04/2025

(BBL) - Quý I/2025, 2 trung tâm đăng kiểm xe cơ giới trên địa bàn tỉnh đã kiểm định 11.860 lượt phương tiện, tăng 6,1% so với cùng kỳ năm 2024; trong đó có 1.412 lượt không đạt tiêu chuẩn ở lần kiểm định đầu, chiếm 11,9%.

Theo Trung tâm Đăng kiểm xe cơ giới 94-01S, các lỗi phổ biến gồm hệ thống phanh (chiếm 38%), khí thải (27%), đèn chiếu sáng và tín hiệu (19%). Ngoài ra, 23 xe bị từ chối kiểm định do hết niên hạn sử dụng và 137 xe có thông báo vi phạm phạt nguội chưa xử lý.

Hiện 2 trung tâm có 3 dây chuyền kiểm định, 14 đăng kiểm viên; mỗi dây chuyền kiểm định bình quân 45-50 xe/ngày. Mức phí kiểm định đối với ô tô tải trên 20 tấn, xe đầu kéo là 570.000 đồng/xe; ô tô con dưới 10 chỗ là 250.000 đồng/xe.

Tại TP Bạc Liêu, Trung tâm 94-01S kiểm định 7.350 lượt, chiếm 62% tổng lượt của tỉnh; Trung tâm 94-02D ở thị xã Giá Rai kiểm định 4.510 lượt.

Ông Lâm Văn Chín, Giám đốc Trung tâm Đăng kiểm 94-02D, cho biết dự kiến quý II/2025 lượng xe đến kiểm định sẽ tăng khoảng 15% do nhu cầu vận chuyển lúa, tôm. Theo kế hoạch, năm 2025 toàn tỉnh phấn đấu kiểm định 50.000 lượt phương tiện, giảm tỷ lệ xe không đạt lần đầu xuống dưới 10%.

ĐỨC THỊNH
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q2 = P("quý II/2025", "2025-04-01", "2025-06-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 1.400 lượt xe", "1.400", 1400, "count", "lượt xe", "lượt xe không đạt kiểm định lần đầu",
      approx="over"),
    F("Quý I/2025, 2 trung tâm", "2", 2, "count", "trung tâm đăng kiểm xe cơ giới",
      "trung tâm đăng kiểm xe cơ giới", period=Q1),
    F("kiểm định 11.860 lượt", "11.860", 11860, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm định", change=C("increase", 6.1, "%", "cùng kỳ năm 2024"), period=Q1),
    F("có 1.412 lượt", "1.412", 1412, "count", "lượt",
      "lượt không đạt tiêu chuẩn ở lần kiểm định đầu", total=11860, percent=11.9, period=Q1),
    F("(chiếm 38%)", "38", 38, "percent", "%", "lỗi phổ biến: hệ thống phanh", period=I(Q1)),
    F("khí thải (27%)", "27", 27, "percent", "%", "lỗi phổ biến: khí thải", period=I(Q1)),
    F("tín hiệu (19%)", "19", 19, "percent", "%", "lỗi phổ biến: đèn chiếu sáng và tín hiệu",
      period=I(Q1)),
    F("23 xe bị từ chối", "23", 23, "count", "xe", "xe bị từ chối kiểm định do hết niên hạn sử dụng",
      period=I(Q1)),
    F("và 137 xe", "137", 137, "count", "xe", "xe có thông báo vi phạm phạt nguội chưa xử lý",
      period=I(Q1)),
    F("Hiện 2 trung tâm", "2", 2, "count", "trung tâm", "trung tâm đăng kiểm"),
    F("có 3 dây chuyền", "3", 3, "count", "dây chuyền kiểm định", "dây chuyền kiểm định"),
    F("14 đăng kiểm viên", "14", 14, "count", "đăng kiểm viên", "đăng kiểm viên"),
    F("bình quân 45-50 xe/ngày", "45", 45, "measure", "xe/ngày", "xe kiểm định bình quân mỗi dây chuyền",
      value_max=50),
    F("tải trên 20 tấn", "20", 20, "measure", "tấn", approx="over", optional=True),
    F("570.000 đồng/xe", "570.000", 570000, "money", "đồng/xe",
      "phí kiểm định ô tô tải trên 20 tấn, xe đầu kéo"),
    F("dưới 10 chỗ", "10", 10, "count", "chỗ", approx="under", optional=True),
    F("250.000 đồng/xe", "250.000", 250000, "money", "đồng/xe", "phí kiểm định ô tô con dưới 10 chỗ"),
    F("kiểm định 7.350 lượt", "7.350", 7350, "count", "lượt", "lượt kiểm định của Trung tâm 94-01S",
      percent=62, location="Bạc Liêu", period=I(Q1)),
    F("kiểm định 4.510 lượt", "4.510", 4510, "count", "lượt", "lượt kiểm định của Trung tâm 94-02D",
      location="Giá Rai", period=I(Q1)),
    F("khoảng 15%", "15", 15, "percent", "%", "lượng xe đến kiểm định tăng", approx="about",
      status="forecast", period=Q2),
    F("kiểm định 50.000 lượt", "50.000", 50000, "count", "lượt phương tiện",
      "lượt phương tiện kiểm định", status="target", period=Y25),
    F("xuống dưới 10%", "10", 10, "percent", "%", "tỷ lệ xe không đạt lần đầu", approx="under",
      status="target", period=Y25),
]

NOTES = [
    "Báo Bạc Liêu online style: headline with a figure, 'Cập nhật lúc 15:32, Thứ ba, 08/04/2025', tag '(BBL) -', byline at the end.",
    "The tag BBL and 'tỉnh' imply Bạc Liêu. The headline figure has no period phrase (none given).",
    "Not figures: 94-01S, 94-02D, 'Ông Lâm Văn Chín', 15:32, Thứ ba. 'trên 20 tấn', 'dưới 10 chỗ' are category thresholds (optional).",
    "1.412 lượt after 'trong đó' takes the whole 11.860 (same thing, same period) and its share 11,9%.",
    "The failure list '(chiếm 38%), khí thải (27%), ...' shares one indicator: three percent figures.",
    "The two centres' counts are located at TP Bạc Liêu and thị xã Giá Rai (7.350 + 4.510 = 11.860).",
    "'dự kiến ... sẽ tăng khoảng 15%' (no base amount) is a percent figure, forecast; 'Theo kế hoạch ... phấn đấu' is target.",
]

build("p980-8", TEXT, FIGS, NOTES, published="2025-04-08", location="Bạc Liêu")

"""p1108-5: Party/provincial newspaper (Báo Nam Định) - Xuân Thủy National Park waterbird count."""
from lib import F, P, I, C, build

TEXT = """Xuân Thủy - điểm hẹn của chim di cư

Mùa chim di cư năm nay, Vườn quốc gia Xuân Thủy (huyện Giao Thủy) tiếp tục đón nhiều đàn chim nước quý hiếm. Kết quả đợt đếm chim đồng loạt tháng 1/2025 cho thấy Vườn có khoảng 26.500 cá thể chim nước thuộc 42 loài, tăng khoảng 15% so với đợt đếm năm 2024. Đáng chú ý, nhóm nghiên cứu ghi nhận 82 cá thể cò thìa, chiếm khoảng 1,2% quần thể loài này trên toàn cầu, cùng 9 loài có tên trong Sách Đỏ thế giới.

Vườn quốc gia Xuân Thủy có tổng diện tích 15.100 ha, gồm 7.100 ha vùng lõi và 8.000 ha vùng đệm, là khu Ramsar đầu tiên của Đông Nam Á, được công nhận năm 1989. Hiện Vườn có 32 cán bộ, viên chức, trong đó 18 người làm công tác kiểm lâm, bố trí tại 4 trạm bảo vệ.

Năm 2024, lực lượng kiểm lâm của Vườn phối hợp với Đồn Biên phòng Giao Thủy tuần tra 265 lượt, phá dỡ 37 chiếc bẫy và 1,6 km lưới giăng bắt chim, lập biên bản 6 vụ vi phạm. So với năm 2020, số cá thể chim nước đếm được gấp 1,6 lần.

Hoạt động du lịch sinh thái cũng khởi sắc: năm 2024 Vườn đón 13.800 lượt khách, tăng 18% so với năm 2023, trong đó khách quốc tế chiếm 22%. Phí tham quan hiện là 50.000 đồng/người. Năm 2025, Vườn đặt mục tiêu đón 15.000 lượt khách và không để xảy ra tình trạng săn bắt chim trong vùng lõi.

THANH HƯƠNG
18/02/2025
"""

JAN = P("tháng 1/2025", "2025-01-01", "2025-01-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 26.500 cá thể", "26.500", 26500, "count", "cá thể", "cá thể chim nước", JAN,
      approx="about", change=C("increase", 15, "%", "đợt đếm năm 2024", approx="about")),
    F("thuộc 42 loài", "42", 42, "count", "loài", "loài chim nước", JAN),
    F("ghi nhận 82 cá thể", "82", 82, "count", "cá thể", "cá thể cò thìa", I(JAN), percent=1.2),
    F("cùng 9 loài", "9", 9, "count", "loài", "loài có tên trong Sách Đỏ thế giới", I(JAN)),
    F("diện tích 15.100 ha", "15.100", 15100, "measure", "ha", "tổng diện tích Vườn quốc gia Xuân Thủy"),
    F("gồm 7.100 ha", "7.100", 7100, "measure", "ha", "diện tích vùng lõi", total=15100),
    F("và 8.000 ha", "8.000", 8000, "measure", "ha", "diện tích vùng đệm", total=15100),
    F("có 32 cán bộ", "32", 32, "count", "cán bộ", "cán bộ, viên chức của Vườn"),
    F("trong đó 18 người", "18", 18, "count", "người", "người làm công tác kiểm lâm", total=32),
    F("tại 4 trạm", "4", 4, "count", "trạm", "trạm bảo vệ"),
    F("tuần tra 265 lượt", "265", 265, "count", "lượt", "lượt tuần tra", Y24),
    F("phá dỡ 37 chiếc bẫy", "37", 37, "count", "chiếc bẫy", "bẫy bắt chim phá dỡ", Y24),
    F("và 1,6 km lưới", "1,6", 1.6, "measure", "km", "lưới giăng bắt chim phá dỡ", Y24),
    F("lập biên bản 6 vụ", "6", 6, "count", "vụ", "vụ vi phạm lập biên bản", Y24),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "số cá thể chim nước đếm được so với năm 2020"),
    F("đón 13.800 lượt khách", "13.800", 13800, "count", "lượt khách", "lượt khách du lịch sinh thái", Y24b,
      change=C("increase", 18, "%", "năm 2023")),
    F("chiếm 22%", "22", 22, "percent", "%", "tỷ lệ khách quốc tế", Y24b),
    F("là 50.000 đồng/người", "50.000", 50000, "money", "đồng/người", "phí tham quan"),
    F("đón 15.000 lượt khách", "15.000", 15000, "count", "lượt khách", "lượt khách đến Vườn", P("Năm 2025", "2025-01-01", "2025-12-31"),
      status="target"),
]

NOTES = [
    "Báo Nam Định style: headline, body, byline THANH HƯƠNG and the bare date 18/02/2025 at the end (published).",
    "Location: the park lies in huyện Giao Thủy, named in the lead: every figure is Giao Thủy (cf. district articles in the shared conventions).",
    "'chiếm khoảng 1,2% quần thể ... toàn cầu' is the share of the 82 cò thìa (percent attribute). 'gấp 1,6 lần' standing as its own sentence: multiple.",
    "'trong đó khách quốc tế chiếm 22%' is a share with no count of its own: a percent figure. 7.100 ha and 8.000 ha after 'gồm' -> total 15.100.",
    "Distractors: năm 1989 (a year), 'khu Ramsar đầu tiên' (ordinal word), Đồn Biên phòng Giao Thủy, byline date.",
]

build("p1108-5", TEXT, FIGS, NOTES, published="2025-02-18", location="Giao Thủy")

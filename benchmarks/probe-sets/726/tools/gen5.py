"""p726-5: Party newspaper (Báo Đà Nẵng style), elevators in apartment buildings, 8 months 2023."""
from lib import F, P, I, emit

TEXT = """Tăng cường kiểm định thang máy tại nhà chung cư, cao ốc

Theo Sở Lao động - Thương binh và Xã hội thành phố, đến hết tháng 8/2023, Đà Nẵng có 3.164 thang máy đang hoạt động, trong đó 1.287 thang máy lắp đặt tại 126 nhà chung cư. Đáng chú ý, có 412 thang máy đã sử dụng trên 15 năm, chiếm khoảng 13%.

Trong 8 tháng năm 2023, các tổ chức kiểm định đã kiểm định 2.418 thang máy. Tuy nhiên, vẫn còn 96 thang máy quá hạn kiểm định, tập trung tại các quận Hải Châu (41 thang), Sơn Trà (23 thang), Thanh Khê (18 thang) và Ngũ Hành Sơn (14 thang).

Theo QCVN 02:2019/BLĐTBXH, thang máy phải được kiểm định định kỳ; chi phí mỗi lần kiểm định dao động từ 1,8 đến 3,5 triệu đồng/thang tùy tải trọng và số tầng dừng. Ban quản trị một chung cư trên đường 2 Tháng 9 cho biết mỗi năm tòa nhà chi khoảng 42 triệu đồng cho kiểm định, bảo trì 6 thang máy.

Năm 2022, trên địa bàn thành phố xảy ra 7 sự cố thang máy, trong đó 2 vụ làm 3 người bị thương; tần suất sự cố khoảng 2,2 vụ/1.000 thang máy.

Ông Nguyễn Văn Hùng, Phó Giám đốc Sở cho biết, năm 2024 thành phố phấn đấu 100% thang máy tại nhà chung cư được kiểm định đúng hạn và tổ chức 12 đợt kiểm tra đột xuất.

Thời gian tới, Sở đề nghị các ban quản trị nhà chung cư chủ động liên hệ tổ chức kiểm định trước khi hết hạn ít nhất 30 ngày; người dân phát hiện thang máy mất an toàn có thể phản ánh qua tổng đài 1022.

HOÀNG HIỆP
08/09/2023
"""

ASOF = P("đến hết tháng 8/2023", None, "2023-08-31")
M8 = P("Trong 8 tháng năm 2023", "2023-01-01", "2023-08-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
OVERDUE = "thang máy quá hạn kiểm định"

FIGS = [
    F("có 3.164 thang máy", "3.164", 3164, "count", "thang máy", "thang máy đang hoạt động", ASOF),
    F("đó 1.287 thang máy", "1.287", 1287, "count", "thang máy",
      "thang máy lắp đặt tại nhà chung cư", ASOF, total=3164),
    F("tại 126 nhà chung cư", "126", 126, "count", "nhà chung cư",
      "nhà chung cư lắp đặt thang máy", ASOF),
    F("có 412 thang máy", "412", 412, "count", "thang máy",
      "thang máy đã sử dụng trên 15 năm", I(ASOF), percent=13),
    F("trên 15 năm", "15", 15, "measure", "năm", "thời gian sử dụng thang máy",
      approx="over", optional=True),
    F("kiểm định 2.418 thang máy", "2.418", 2418, "count", "thang máy",
      "thang máy được các tổ chức kiểm định kiểm định", M8),
    F("còn 96 thang máy", "96", 96, "count", "thang máy", OVERDUE, I(M8)),
    F("Hải Châu (41 thang)", "41", 41, "count", "thang", OVERDUE, I(M8), total=96, location="Hải Châu"),
    F("Sơn Trà (23 thang)", "23", 23, "count", "thang", OVERDUE, I(M8), total=96, location="Sơn Trà"),
    F("Thanh Khê (18 thang)", "18", 18, "count", "thang", OVERDUE, I(M8), total=96, location="Thanh Khê"),
    F("Ngũ Hành Sơn (14 thang)", "14", 14, "count", "thang", OVERDUE, I(M8), total=96,
      location="Ngũ Hành Sơn"),
    F("từ 1,8 đến 3,5 triệu", "1,8", 1800000, "money", "đồng/thang",
      "chi phí mỗi lần kiểm định thang máy", value_max=3500000),
    F("khoảng 42 triệu đồng", "42", 42000000, "money", "đồng",
      "chi phí kiểm định, bảo trì thang máy mỗi năm của tòa nhà", approx="about"),
    F("bảo trì 6 thang máy", "6", 6, "count", "thang máy", "thang máy của tòa nhà được kiểm định, bảo trì"),
    F("xảy ra 7 sự cố", "7", 7, "count", "sự cố", "sự cố thang máy", Y22),
    F("đó 2 vụ", "2", 2, "count", "vụ", "sự cố thang máy làm người bị thương", Y22, total=7),
    F("làm 3 người", "3", 3, "count", "người", "người bị thương do sự cố thang máy", Y22),
    F("khoảng 2,2 vụ", "2,2", 2.2, "measure", "vụ/1.000 thang máy", "tần suất sự cố thang máy", Y22,
      approx="about"),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "thang máy tại nhà chung cư được kiểm định đúng hạn", Y24, status="target"),
    F("tổ chức 12 đợt", "12", 12, "count", "đợt", "đợt kiểm tra đột xuất", Y24, status="target"),
    F("ít nhất 30 ngày", "30", 30, "measure", "ngày",
      "thời gian liên hệ tổ chức kiểm định trước khi hết hạn", approx="at_least", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Đà Nẵng style): byline 'HOÀNG HIỆP' and bare date '08/09/2023' at the end; elevators in the city,",
    "apartment buildings, overdue inspections by district (8 tháng năm 2023), incidents in 2022, 2024 targets.",
    "Not figures: 'QCVN 02:2019/BLĐTBXH', road name 'đường 2 Tháng 9', hotline 'tổng đài 1022', the rate denominator '1.000 thang máy'.",
    "Optional: thresholds 'trên 15 năm' (age class of the 412 elevators) and 'ít nhất 30 ngày' (an advice, not a statistic).",
    "The bracketed district list after '96 thang máy' adds up to 96 (41+23+18+14): total 96, each district its location.",
    "'chiếm khoảng 13%' is the percent of 412 (no whole restated: no total). 'trong đó 2 vụ' -> total 7.",
    "'1,8 đến 3,5 triệu đồng/thang' is a money range with the per-elevator rate in the unit.",
    "Period 'đến hết tháng 8/2023' is an as-of date; '8 tháng năm 2023' runs Jan-Aug. 'phấn đấu' -> target for both 2024 figures.",
]

if __name__ == "__main__":
    emit("p726-5", TEXT, COMMENTS, FIGS, published="2023-09-08", location="Đà Nẵng")

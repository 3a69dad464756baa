"""p1006-5: Hà Tĩnh, Party newspaper (byline and bare date at the end), pensioners getting used to bank accounts, May 2023."""
from lib import F, period, change, target, write_set

TEXT = """Người hưởng lương hưu ở Hà Tĩnh dần quen nhận tiền qua tài khoản

Thay vì đến điểm chi trả xếp hàng như trước, nhiều cán bộ hưu trí ở Hà Tĩnh nay chỉ cần dùng thẻ ATM hoặc ứng dụng ngân hàng trên điện thoại để nhận lương hưu.

Theo BHXH tỉnh, tính đến hết tháng 5/2023, toàn tỉnh có 46.318 người hưởng lương hưu, trợ cấp BHXH hàng tháng, trong đó 12.905 người nhận qua tài khoản, chiếm 27,9%. So với cuối năm 2022, số người nhận qua tài khoản tăng thêm 3.417 người. Mức hưởng bình quân khoảng 5,6 triệu đồng/người/tháng.

Ông Trần Văn Tư (78 tuổi, ở tổ dân phố 5, phường Thạch Linh, TP Hà Tĩnh) chia sẻ: "Mỗi tháng tôi nhận hơn 7,2 triệu đồng lương hưu, tiền về tài khoản đúng ngày 10 nên rất yên tâm".

Tại huyện Cẩm Xuyên, 1.284/3.960 người hưởng đã nhận qua tài khoản; huyện Vũ Quang mới đạt khoảng 12%. Nguyên nhân là nhiều người hưởng cao tuổi, sống xa các điểm giao dịch ngân hàng dọc Quốc lộ 1A và Quốc lộ 8A.

Năm 2023, BHXH tỉnh phấn đấu tỷ lệ người hưởng nhận qua tài khoản ở khu vực đô thị đạt 55%, toàn tỉnh đạt 35%. Trong tháng 6, Bưu điện tỉnh bố trí 238 nhân viên đến tận nhà hỗ trợ mở tài khoản; dự kiến đến cuối năm sẽ có thêm từ 4.000 đến 5.000 người hưởng chuyển sang nhận qua tài khoản.

PHAN HẰNG
12/06/2023
"""

P_ASOF = period("tính đến hết tháng 5/2023", end="2023-05-31")
P23 = period("Năm 2023", "2023-01-01", "2023-12-31")
RATE = "tỷ lệ người hưởng nhận qua tài khoản"

FIGS = [
    F("có 46.318 người", "46.318", 46318, "count", "người", "người hưởng lương hưu, trợ cấp BHXH hàng tháng", P_ASOF),
    F("12.905 người", "12.905", 12905, "count", "người", "người hưởng nhận qua tài khoản", P_ASOF,
      total=46318, percent=27.9),
    F("tăng thêm 3.417 người", "3.417", 3417, "count", "người", "số người nhận qua tài khoản tăng thêm so với cuối năm 2022"),
    F("khoảng 5,6 triệu đồng/người/tháng", "5,6", 5.6e6, "money", "đồng/người/tháng", "mức hưởng lương hưu bình quân",
      approx="about"),
    F("(78 tuổi", "78", 78, "measure", "tuổi", "tuổi của ông Trần Văn Tư", optional=True),
    F("hơn 7,2 triệu đồng", "7,2", 7.2e6, "money", "đồng/tháng", "lương hưu hàng tháng của ông Trần Văn Tư",
      approx="over", optional=True),
    F("1.284/3.960 người", "1.284", 1284, "count", "người", "người hưởng đã nhận qua tài khoản", total=3960,
      location="Cẩm Xuyên"),
    F("khoảng 12%", "12", 12, "percent", "%", RATE, approx="about", location="Vũ Quang"),
    F("đạt 55%", "55", 55, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản ở khu vực đô thị", P23, status="target"),
    F("đạt 35%", "35", 35, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản toàn tỉnh", P23, status="target"),
    F("bố trí 238 nhân viên", "238", 238, "count", "nhân viên", "nhân viên Bưu điện hỗ trợ mở tài khoản tại nhà",
      period("Trong tháng 6", "2023-06-01", "2023-06-30")),
    F("từ 4.000 đến 5.000 người", "4.000", 4000, "count", "người", "người hưởng chuyển sang nhận qua tài khoản",
      period("đến cuối năm", end="2023-12-31"), value_max=5000, status="forecast"),
]

NOTES = [
    "Báo Hà Tĩnh (Party paper): người hưởng lương hưu nhận qua tài khoản tính đến hết tháng 5/2023; byline PHAN HẰNG and bare date 12/06/2023 at the end.",
    "Distractors: tổ dân phố 5, 'đúng ngày 10', Quốc lộ 1A, Quốc lộ 8A, 12/06/2023.",
    "'So với cuối năm 2022, số người ... tăng thêm 3.417 người' is its own sentence with its own subject: a count figure, not a change of 12.905.",
    "The pensioner's age and own pension (78 tuổi, hơn 7,2 triệu đồng) are an example's details: optional.",
    "'Trong tháng 6' and 'đến cuối năm' take 2023 (the nearest earlier period 'Năm 2023'). 1.284/3.960 -> total 3.960.",
]

write_set(5, TEXT, FIGS, NOTES, published="2023-06-12", location="Hà Tĩnh")

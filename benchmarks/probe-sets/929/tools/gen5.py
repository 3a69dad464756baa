"""p929-5: provincial Party newspaper (Báo Đắk Lắk style), summer play points in Buôn Ma Thuột, byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Sôi nổi sân chơi hè cho thiếu nhi Buôn Ma Thuột

Những ngày này, sân Nhà văn hóa tổ dân phố 7, phường Tân Lợi, TP Buôn Ma Thuột luôn rộn ràng tiếng cười của thiếu nhi. Đây là một trong 126 điểm sinh hoạt hè được Thành đoàn Buôn Ma Thuột duy trì từ đầu tháng 6 đến nay, trong đó có 41 điểm đặt tại các buôn đồng bào dân tộc thiểu số.

Anh Y Khoa Niê, Phó Bí thư Thành đoàn cho biết, so với hè năm trước, số điểm sinh hoạt tăng thêm 18 điểm. Mỗi điểm có từ 2 đến 4 tình nguyện viên phụ trách, tổ chức các hoạt động vẽ tranh, kể chuyện, múa hát tập thể, kỹ năng phòng tránh đuối nước... Tính đến ngày 15/7, đã có khoảng 21.000 lượt thiếu nhi tham gia.

Song song với sinh hoạt hè, Thành đoàn phối hợp Trung tâm Văn hóa - Thể thao thành phố mở 24 lớp dạy bơi miễn phí tại bể bơi số 2 đường Lê Duẩn, mỗi lớp 30 em. Đến nay đã có 560 em hoàn thành khóa học, đạt 77,8% so với chỉ tiêu 720 em; dự kiến đến cuối tháng 8 sẽ có thêm khoảng 160 em được học bơi.

Kinh phí tổ chức hoạt động hè của thành phố năm nay khoảng 620 triệu đồng, tăng 15% so với năm 2023, trong đó ngân sách chiếm 45%, phần còn lại vận động từ các doanh nghiệp, nhà hảo tâm. Nhiều phụ huynh cho biết, giá một khóa học bơi tại các bể tư nhân dao động từ 800.000 đến 1,2 triệu đồng/em, nên lớp học miễn phí giúp giảm gánh nặng đáng kể cho gia đình.

Theo kế hoạch, hoạt động hè của thành phố sẽ khép lại với Liên hoan thiếu nhi lần thứ 5, dự kiến có khoảng 1.500 em tham dự.

HỒNG THỦY
18/07/2024
"""

SINCE = P("từ đầu tháng 6 đến nay", "2024-06-01", "2024-07-18")
NOW = P("Đến nay", None, "2024-07-18")
Y24 = P("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("trong 126 điểm", "126", 126, "count", "điểm sinh hoạt hè", subject="điểm sinh hoạt hè",
      period=SINCE),
    F("có 41 điểm", "41", 41, "count", "điểm", total=126,
      subject="điểm sinh hoạt hè đặt tại các buôn đồng bào dân tộc thiểu số", period=SINCE),
    F("tăng thêm 18 điểm", "18", 18, "count", "điểm",
      subject="điểm sinh hoạt tăng thêm so với hè năm trước"),
    F("từ 2 đến 4 tình nguyện viên", "2", 2, "measure", "tình nguyện viên/điểm", value_max=4,
      subject="tình nguyện viên phụ trách mỗi điểm"),
    F("khoảng 21.000 lượt", "21.000", 21000, "count", "lượt thiếu nhi", approx="about",
      subject="lượt thiếu nhi tham gia sinh hoạt hè", period=P("Tính đến ngày 15/7", None, "2024-07-15")),
    F("mở 24 lớp", "24", 24, "count", "lớp dạy bơi", subject="lớp dạy bơi miễn phí", period=I(SINCE)),
    F("mỗi lớp 30 em", "30", 30, "measure", "em/lớp", subject="số em mỗi lớp", optional=True),
    F("có 560 em", "560", 560, "count", "em", percent=77.8, target=T(720, "em"),
      subject="em hoàn thành khóa học bơi", period=NOW),
    F("khoảng 160 em", "160", 160, "count", "em", approx="about", status="forecast",
      subject="em được học bơi thêm", period=P("đến cuối tháng 8", None, "2024-08-31")),
    F("khoảng 620 triệu đồng", "620", 620000000, "money", "đồng", approx="about",
      change=C("increase", 15, "%", "năm 2023"), subject="kinh phí tổ chức hoạt động hè của thành phố",
      period=Y24),
    F("chiếm 45%", "45", 45, "percent", "%", subject="ngân sách trong kinh phí tổ chức hoạt động hè",
      period=Y24),
    F("từ 800.000 đến 1,2 triệu", "800.000", 800000, "money", "đồng/em", value_max=1200000,
      subject="giá một khóa học bơi tại các bể tư nhân"),
    F("khoảng 1.500 em", "1.500", 1500, "count", "em", approx="about", status="forecast",
      subject="em tham dự Liên hoan thiếu nhi"),
]

COMMENTS = [
    "Báo Đắk Lắk style: summer play points and free swimming classes in TP Buôn Ma Thuột; byline and bare date at the end (published).",
    "Location Buôn Ma Thuột (a city of Đắk Lắk). 'một trong 126 điểm': 'một' is not a figure.",
    "'từ đầu tháng 6 đến nay' = 2024-06-01..published; 'Đến nay' = as-of published; 'đến cuối tháng 8' = as-of 2024-08-31.",
    "'tăng thêm 18 điểm' stands alone (no base amount in its sentence): a count figure, no change object.",
    "'từ 2 đến 4 tình nguyện viên' per point is a rate: measure, unit 'tình nguyện viên/điểm'. 'mỗi lớp 30 em' is a class specification (optional).",
    "'đạt 77,8% so với chỉ tiêu 720 em' gives 560 em percent 77.8 and target 720 (720 is not a figure of its own).",
    "'trong đó ngân sách chiếm 45%' gives no amount for the budget part: a percent figure of its own.",
    "'1.500 em' in the last sentence: 'dự kiến' (nearer than 'Theo kế hoạch') -> forecast; no period phrase.",
    "Distractors: 'tổ dân phố 7', 'bể bơi số 2 đường Lê Duẩn', 'lần thứ 5', 'ngày 15/7' (as-of date), byline date.",
]

write(5, TEXT, FIGS, COMMENTS, published="2024-07-18", location="Buôn Ma Thuột")

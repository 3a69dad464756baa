"""p1187-6: national newspaper, Hà Nội martial arts schools draw young people; a school in Đống Đa; city and national figures."""
from lib import F, P, I, C, T, write

TEXT = """Thể thao › Võ thuật
Thứ Bảy, 16/3/2024, 09:10 (GMT+7)

Hơn 400 câu lạc bộ võ cổ truyền ở Hà Nội hút giới trẻ

Nhiều võ đường ở Hà Nội phải mở thêm lớp buổi tối vì lượng học viên tăng mạnh sau Tết.

Mỗi tối, võ đường Thăng Long ở phường Trung Liệt, quận Đống Đa chật kín học viên. Võ đường hiện có 5 lớp với khoảng 180 học viên, phần lớn là học sinh, sinh viên và nhân viên văn phòng từ 8 đến 40 tuổi.

Võ sư Lê Minh Tuấn, chủ võ đường, cho biết số học viên đăng ký năm 2023 tăng gần 30% so với năm 2022. Học phí tại đây là 400.000 đồng/tháng, còn lớp kèm riêng 1 thầy 1 trò từ 2,5 đến 3 triệu đồng/khóa. "Mùa hè năm ngoái chúng tôi phải từ chối một lớp vì không đủ chỗ", anh Tuấn nói.

Theo Sở Văn hóa và Thể thao Hà Nội, đến hết năm 2023, thành phố có 412 câu lạc bộ võ cổ truyền với khoảng 25.000 người tập; trong đó, các quận Đống Đa, Hai Bà Trưng, Cầu Giấy có số câu lạc bộ nhiều nhất, lần lượt 38, 35 và 31 câu lạc bộ. Số người tập võ cổ truyền ở Hà Nội hiện gấp khoảng 2 lần năm 2015. Cả nước có khoảng 3.000 câu lạc bộ, võ đường võ cổ truyền; Hà Nội đứng thứ 2 về số câu lạc bộ, sau Bình Định.

Năm 2024, thành phố phấn đấu tổ chức ít nhất 2 giải võ cổ truyền cấp thành phố và dự kiến đưa võ cổ truyền vào dạy thí điểm tại 50 trường tiểu học. Giải Vô địch Võ cổ truyền Hà Nội mở rộng lần thứ 15 dự kiến diễn ra trong tháng 6, với khoảng 800 vận động viên.

Ngọc Anh
"""

END23 = P("đến hết năm 2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M6 = P("tháng 6", "2024-06-01", "2024-06-30")
DD = "Đống Đa"
LIST = "câu lạc bộ võ cổ truyền"

FIGS = [
    F("Hơn 400 câu lạc bộ", "400", 400, "count", "câu lạc bộ", approx="over", subject="câu lạc bộ võ cổ truyền"),
    F("có 5 lớp", "5", 5, "count", "lớp", subject="lớp của võ đường Thăng Long", location=DD),
    F("khoảng 180 học viên", "180", 180, "count", "học viên", approx="about",
      subject="học viên của võ đường Thăng Long", location=DD),
    F("từ 8 đến 40 tuổi", "8", 8, "measure", "tuổi", value_max=40, optional=True,
      subject="tuổi học viên", location=DD),
    F("tăng gần 30%", "30", 30, "percent", "%", approx="nearly",
      subject="tăng số học viên đăng ký so với năm 2022", period=Y23, location=DD),
    F("là 400.000 đồng", "400.000", 400000, "money", "đồng/tháng", subject="học phí võ đường Thăng Long",
      location=DD),
    F("từ 2,5 đến 3 triệu", "2,5", 2.5e6, "money", "đồng/khóa", value_max=3e6,
      subject="học phí lớp kèm riêng 1 thầy 1 trò", location=DD),
    F("từ chối một lớp", "một", 1, "count", "lớp", optional=True, subject="lớp phải từ chối", location=DD),
    F("có 412 câu lạc bộ", "412", 412, "count", "câu lạc bộ", subject="câu lạc bộ võ cổ truyền", period=END23),
    F("khoảng 25.000 người", "25.000", 25000, "count", "người", approx="about",
      subject="người tập võ cổ truyền", period=END23),
    F("lần lượt 38,", "38", 38, "count", "câu lạc bộ", total=412, subject=LIST, period=END23, location="Đống Đa"),
    F("38, 35 và", "35", 35, "count", "câu lạc bộ", total=412, subject=LIST, period=END23,
      location="Hai Bà Trưng"),
    F("và 31 câu lạc bộ", "31", 31, "count", "câu lạc bộ", total=412, subject=LIST, period=END23,
      location="Cầu Giấy"),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", approx="about",
      subject="số người tập võ cổ truyền so với năm 2015"),
    F("khoảng 3.000 câu lạc bộ", "3.000", 3000, "count", "câu lạc bộ, võ đường", approx="about",
      subject="câu lạc bộ, võ đường võ cổ truyền", location="Việt Nam"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="xếp hạng về số câu lạc bộ võ cổ truyền"),
    F("ít nhất 2 giải", "2", 2, "count", "giải", approx="at_least", status="target",
      subject="giải võ cổ truyền cấp thành phố", period=Y24),
    F("tại 50 trường", "50", 50, "count", "trường tiểu học", status="forecast",
      subject="trường tiểu học dạy thí điểm võ cổ truyền", period=Y24),
    F("khoảng 800 vận động viên", "800", 800, "count", "vận động viên", approx="about", status="forecast",
      subject="vận động viên Giải Vô địch Võ cổ truyền Hà Nội mở rộng", period=M6),
]

NOTES = [
    "National newspaper: section path, 'Thứ Bảy, 16/3/2024, 09:10 (GMT+7)', headline figure, sapo, byline 'Ngọc Anh' at the end.",
    "Figures of the school are in quận Đống Đa (stated once, carried to the following sentences about the school and its owner).",
    "Distractors: '09:10', '(GMT+7)', 'Tết', 'lần thứ 15', 'năm 2015' (baseline), '1 thầy 1 trò' (name of a class format), 'Mùa hè năm ngoái'.",
    "'trong đó, các quận … lần lượt 38, 35 và 31 câu lạc bộ' are parts after 'trong đó' of 412 (same noun, same date): total 412.",
    "'hiện gấp khoảng 2 lần năm 2015' stands as the claim with no base amount: multiple. 'đứng thứ 2' is a rank (location Hà Nội).",
    "'ít nhất 2 giải' is governed by 'phấn đấu' (target); '50 trường' by 'dự kiến' (forecast). 'tháng 6' takes the year of 'Năm 2024'.",
    "'từ 8 đến 40 tuổi' describes who the learners are (optional); 'từ chối một lớp' is an anecdote in a quote (optional).",
]

if __name__ == "__main__":
    write("p1187-6", TEXT, NOTES, FIGS, published="2024-03-16", location="Hà Nội")

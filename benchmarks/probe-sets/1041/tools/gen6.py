"""p1041-6: national newspaper, bài chòi clubs in Bình Định."""
from lib import F, P, I, CH, TG, build

TEXT = """Văn hóa › Di sản
Chủ nhật, 6/10/2024, 07:40 (GMT+7)
Hội bài chòi hồi sinh ở Bình Định

Bình Định hiện có 105 câu lạc bộ bài chòi, gấp 3 lần năm 2017 - thời điểm Nghệ thuật Bài chòi Trung Bộ được UNESCO ghi danh, thu hút khoảng 2.100 thành viên.

Di sản này được thực hành tại 9 tỉnh, thành phố từ Quảng Bình đến Khánh Hòa, nhưng Bình Định là nơi phong trào phát triển mạnh nhất. Trong 9 tháng đầu năm 2024, các câu lạc bộ trong tỉnh tổ chức hơn 1.200 buổi biểu diễn, phục vụ khoảng 150.000 lượt khách, trong đó gần 35.000 lượt khách quốc tế.

Ông Trần Văn Năm, Chủ nhiệm Câu lạc bộ bài chòi phường Nhơn Hưng (thị xã An Nhơn), cho biết câu lạc bộ có 24 thành viên, biểu diễn 2 đêm mỗi tuần tại chòi số 5 trong khu di tích. Mỗi đêm diễn, nghệ nhân được trả từ 200.000 đến 300.000 đồng/người; doanh thu bán vé năm 2023 của câu lạc bộ đạt khoảng 420 triệu đồng.

Theo Sở Văn hóa và Thể thao Bình Định, tỉnh có 1 Nghệ nhân Nhân dân và 9 Nghệ nhân Ưu tú lĩnh vực bài chòi, song hơn 60% nghệ nhân đã trên 65 tuổi. Năm 2024, tỉnh chi 3,5 tỷ đồng hỗ trợ các câu lạc bộ, bằng 140% năm 2023; mỗi câu lạc bộ được cấp tối đa 30 triệu đồng để làm chòi, mua trống, may trang phục.

Tỉnh đặt mục tiêu đến năm 2030 có 150 câu lạc bộ bài chòi, mỗi huyện, thị xã, thành phố có ít nhất 1 điểm biểu diễn phục vụ du khách.

Nguyễn Đông
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
AN = {"location": "An Nhơn"}

FIGS = [
    F("có 105 câu lạc bộ", "105", 105, "count", "câu lạc bộ", "câu lạc bộ bài chòi",
      change=CH("increase", 3, "lần", "năm 2017")),
    F("khoảng 2.100 thành viên", "2.100", 2100, "count", "thành viên", "thành viên câu lạc bộ bài chòi",
      approx="about"),
    F("tại 9 tỉnh", "9", 9, "count", "tỉnh, thành phố", "tỉnh, thành phố thực hành Nghệ thuật Bài chòi",
      location="Việt Nam"),
    F("hơn 1.200 buổi", "1.200", 1200, "count", "buổi biểu diễn", "buổi biểu diễn của các câu lạc bộ", M9,
      approx="over"),
    F("khoảng 150.000 lượt khách", "150.000", 150000, "count", "lượt khách", "lượt khách được phục vụ", M9,
      approx="about"),
    F("gần 35.000 lượt khách", "35.000", 35000, "count", "lượt khách", "lượt khách quốc tế", M9,
      approx="nearly", total=150000),
    F("có 24 thành viên", "24", 24, "count", "thành viên", "thành viên Câu lạc bộ bài chòi phường Nhơn Hưng", **AN),
    F("biểu diễn 2 đêm", "2", 2, "measure", "đêm/tuần", "đêm biểu diễn mỗi tuần", **AN),
    F("từ 200.000 đến 300.000", "200.000", 200000, "money", "đồng/người", "tiền trả nghệ nhân mỗi đêm diễn",
      value_max=300000, **AN),
    F("khoảng 420 triệu đồng", "420", 420e6, "money", "đồng", "doanh thu bán vé của câu lạc bộ", Y23,
      approx="about", **AN),
    F("có 1 Nghệ nhân Nhân dân", "1", 1, "count", "Nghệ nhân Nhân dân", "Nghệ nhân Nhân dân lĩnh vực bài chòi"),
    F("và 9 Nghệ nhân Ưu tú", "9", 9, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú lĩnh vực bài chòi"),
    F("hơn 60% nghệ nhân", "60", 60, "percent", "%", "nghệ nhân đã trên 65 tuổi", approx="over"),
    F("trên 65 tuổi", "65", 65, "measure", "tuổi", "tuổi nghệ nhân", approx="over", optional=True),
    F("chi 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "kinh phí tỉnh hỗ trợ các câu lạc bộ", Y24, percent=140),
    F("tối đa 30 triệu đồng", "30", 30e6, "money", "đồng/câu lạc bộ", "mức cấp cho mỗi câu lạc bộ", Y24,
      approx="at_most"),
    F("có 150 câu lạc bộ", "150", 150, "count", "câu lạc bộ", "câu lạc bộ bài chòi", T30, status="target"),
    F("ít nhất 1 điểm", "1", 1, "count", "điểm biểu diễn", "điểm biểu diễn phục vụ du khách mỗi huyện, thị xã, thành phố",
      T30, approx="at_least", status="target"),
]

COMMENTS = [
    "National newspaper (VnExpress style), 'Chủ nhật, 6/10/2024, 07:40 (GMT+7)': bài chòi clubs in Bình Định; byline at the end.",
    "Not figures: 'năm 2017' (UNESCO year, also the change baseline), 'Ông Trần Văn Năm' (a name), 'chòi số 5', '07:40'.",
    "'gấp 3 lần năm 2017' right after 105 clubs is its change (increase 3 lần). The 9 provinces practising bài chòi are a count",
    "of provinces (Việt Nam). 35.000 international visits follow 'trong đó' after 150.000 visits: total.",
    "The Nhơn Hưng club's figures are located in An Nhơn (thị xã named). 'bằng 140% năm 2023' is the percent of 3,5 tỷ;",
    "'trên 65 tuổi' is the category threshold of the 60% share (optional). '2 đêm mỗi tuần' is a rate (đêm/tuần).",
    "The 30 triệu cap stands in the 'Năm 2024' sentence (period 2024).",
]

build("p1041-6", TEXT, FIGS, COMMENTS, published="2024-10-06", location="Bình Định")

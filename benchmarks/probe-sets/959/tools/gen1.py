"""p959-1: province portal (Quảng Trị), gifts and care for people with merit, July 2024."""
from lib import F, P, I, C, T, year, build

TEXT = """
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Quảng Trị dành hơn 45 tỷ đồng tặng quà người có công dịp 27/7

Cập nhật: 22/07/2024 09:45 | Lượt xem: 2.316

Nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024), toàn tỉnh Quảng Trị tổ chức thăm, tặng 68.450 suất quà cho người có công với cách mạng và thân nhân, tổng kinh phí hơn 45,2 tỷ đồng, tăng 12,6% so với năm 2023. Trong đó, quà của Chủ tịch nước gồm 41.236 suất, kinh phí 13,1 tỷ đồng; quà của tỉnh 27.214 suất, mỗi suất 500.000 đồng. Các huyện, thị xã, thành phố và doanh nghiệp vận động thêm gần 18 tỷ đồng để thăm hỏi, hỗ trợ người có công khó khăn.

Hiện toàn tỉnh có 29.870 người có công đang hưởng trợ cấp ưu đãi hằng tháng, trong đó có 2.145 thương binh, bệnh binh có tỷ lệ tổn thương cơ thể từ 81% trở lên. Toàn tỉnh còn 12 Bà mẹ Việt Nam anh hùng đang sống, 100% được các cơ quan, đơn vị nhận phụng dưỡng suốt đời với mức 2 triệu đồng/mẹ/tháng.

Từ đầu năm đến nay, Quỹ Đền ơn đáp nghĩa các cấp vận động được 9,8 tỷ đồng, đạt 108% kế hoạch; tỉnh đã xây mới 64 nhà tình nghĩa và sửa chữa 112 nhà. Mức hỗ trợ xây mới là 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn.

Dịp này, Trung tâm Điều dưỡng người có công tỉnh (số 2 Lê Lợi, TP Đông Hà) đón 350 người có công về điều dưỡng tập trung, mỗi đợt 10 ngày. Ngày 21/7, lãnh đạo tỉnh dâng hương tại Nghĩa trang liệt sĩ quốc gia Trường Sơn, nơi an táng hơn 10.000 liệt sĩ, và Nghĩa trang liệt sĩ quốc gia Đường 9.
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-22")

FIGS = [
    F("dành hơn 45 tỷ đồng", "45", 45e9, "money", "đồng", "kinh phí tặng quà người có công dịp 27/7", approx="over"),
    F("tặng 68.450 suất quà", "68.450", 68450, "count", "suất quà", "suất quà tặng người có công với cách mạng và thân nhân"),
    F("hơn 45,2 tỷ đồng", "45,2", 45.2e9, "money", "đồng", "tổng kinh phí tặng quà", approx="over",
      change=C("increase", 12.6, "%", "năm 2023")),
    F("gồm 41.236 suất", "41.236", 41236, "count", "suất", "quà của Chủ tịch nước", total=68450),
    F("kinh phí 13,1 tỷ đồng", "13,1", 13.1e9, "money", "đồng", "kinh phí quà của Chủ tịch nước", total=45.2e9),
    F("tỉnh 27.214 suất", "27.214", 27214, "count", "suất", "quà của tỉnh", total=68450),
    F("mỗi suất 500.000 đồng", "500.000", 500000, "money", "đồng/suất", "mức quà của tỉnh"),
    F("thêm gần 18 tỷ đồng", "18", 18e9, "money", "đồng",
      "kinh phí các huyện, thị xã, thành phố và doanh nghiệp vận động thêm để thăm hỏi, hỗ trợ người có công", approx="nearly"),
    F("có 29.870 người có công", "29.870", 29870, "count", "người có công", "người có công đang hưởng trợ cấp ưu đãi hằng tháng"),
    F("có 2.145 thương binh", "2.145", 2145, "count", "thương binh, bệnh binh",
      "thương binh, bệnh binh có tỷ lệ tổn thương cơ thể từ 81% trở lên", total=29870),
    F("từ 81% trở lên", "81", 81, "percent", "%", "tỷ lệ tổn thương cơ thể", approx="at_least", optional=True),
    F("còn 12 Bà mẹ", "12", 12, "count", "Bà mẹ Việt Nam anh hùng", "Bà mẹ Việt Nam anh hùng đang sống"),
    F("sống, 100% được", "100", 100, "percent", "%", "Bà mẹ Việt Nam anh hùng được nhận phụng dưỡng suốt đời"),
    F("mức 2 triệu đồng/mẹ/tháng", "2", 2e6, "money", "đồng/mẹ/tháng", "mức phụng dưỡng Bà mẹ Việt Nam anh hùng"),
    F("vận động được 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "Quỹ Đền ơn đáp nghĩa các cấp vận động", YTD, percent=108),
    F("xây mới 64 nhà tình nghĩa", "64", 64, "count", "nhà tình nghĩa", "nhà tình nghĩa xây mới", YTD),
    F("sửa chữa 112 nhà", "112", 112, "count", "nhà", "nhà tình nghĩa sửa chữa", YTD),
    F("là 60 triệu đồng/căn", "60", 60e6, "money", "đồng/căn", "mức hỗ trợ xây mới nhà tình nghĩa"),
    F("sửa chữa 30 triệu đồng/căn", "30", 30e6, "money", "đồng/căn", "mức hỗ trợ sửa chữa nhà tình nghĩa"),
    F("đón 350 người có công", "350", 350, "count", "người có công", "người có công về điều dưỡng tập trung"),
    F("mỗi đợt 10 ngày", "10", 10, "measure", "ngày", "thời gian mỗi đợt điều dưỡng tập trung"),
    F("hơn 10.000 liệt sĩ", "10.000", 10000, "count", "liệt sĩ", "liệt sĩ an táng tại Nghĩa trang liệt sĩ quốc gia Trường Sơn",
      approx="over"),
]

NOTES = [
    "Province portal (Quảng Trị): gifts for 27/7/2024, people with merit, Heroic Mothers, gratitude fund and houses.",
    "Not figures: '77 năm Ngày Thương binh - Liệt sĩ' (the anniversary's name), '27/7/1947 - 27/7/2024', 'Ngày 21/7', 'số 2 Lê Lợi',",
    "'Đường 9' (cemetery name), 'Lượt xem: 2.316'. The first paragraph states no period (the 2023 baseline is only a baseline).",
    "13,1 tỷ follows 'Trong đó' after the total cost 45,2 tỷ: total. 81% is a category threshold: optional.",
]

build("p959-1", TEXT, NOTES, FIGS, published="2024-07-22", location="Quảng Trị")

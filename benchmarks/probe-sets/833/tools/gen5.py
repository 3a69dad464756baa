"""p833-5: Party newspaper (Báo Bà Rịa - Vũng Tàu), Bình Châu hot springs, huyện Xuyên Mộc, early 2024."""
from lib import F, P, I, C, build

TEXT = """Suối khoáng nóng Bình Châu hút khách dịp đầu năm

Những ngày đầu Xuân Giáp Thìn, Khu du lịch suối khoáng nóng Bình Châu (xã Bình Châu, huyện Xuyên Mộc) luôn tấp nập du khách đến tắm khoáng, ngâm chân, luộc trứng bên các mạch nước nóng.

Riêng 7 ngày nghỉ Tết Nguyên đán, khu du lịch đón gần 18.000 lượt khách, gấp 1,4 lần cùng kỳ Tết năm trước. Năm 2023, đơn vị đón 412.000 lượt khách, tăng 27% so với năm 2022, trong đó khách quốc tế chiếm khoảng 15%. Doanh thu năm 2023 đạt 236 tỷ đồng, nộp ngân sách hơn 21 tỷ đồng.

Khu du lịch rộng khoảng 35 ha, nằm cách TP Vũng Tàu khoảng 70 km theo Quốc lộ 55, có hơn 70 điểm phun nước nóng, nhiệt độ tại mạch lộ cao nhất lên tới 82 độ C. Giá vé tắm khoáng hiện là 200.000 đồng/người lớn và 120.000 đồng/trẻ em. Ông Nguyễn Văn Tư, Phó Giám đốc khu du lịch cho biết, năm 2024 đơn vị dự kiến đầu tư khoảng 60 tỷ đồng xây thêm 50 phòng nghỉ và khu trị liệu bùn khoáng.

Theo UBND huyện Xuyên Mộc, toàn huyện hiện có 4 khu du lịch gắn với suối khoáng nóng và hơn 1.200 phòng lưu trú. Năm 2023, huyện đón trên 2,27 triệu lượt khách, doanh thu du lịch đạt 1.820 tỷ đồng. Năm 2024, huyện phấn đấu đón 2,5 triệu lượt khách, tăng 10% so với năm 2023.

MINH THẢO
18/02/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 18.000 lượt khách", "18.000", 18000, "count", "lượt khách", approx="nearly",
      change=C("increase", 1.4, "lần", baseline="cùng kỳ Tết năm trước"),
      subject="lượt khách dịp nghỉ Tết Nguyên đán"),
    F("đón 412.000 lượt khách", "412.000", 412000, "count", "lượt khách",
      change=C("increase", 27, baseline="năm 2022"),
      subject="lượt khách đến Khu du lịch suối khoáng nóng Bình Châu", period=Y23),
    F("chiếm khoảng 15%", "15", 15, "percent", "%", approx="about", subject="tỷ lệ khách quốc tế", period=Y23),
    F("đạt 236 tỷ đồng", "236", 236e9, "money", "đồng", subject="doanh thu", period=Y23b),
    F("hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", approx="over", subject="nộp ngân sách", period=Y23b),
    F("khoảng 35 ha", "35", 35, "measure", "ha", approx="about", subject="diện tích khu du lịch"),
    F("khoảng 70 km", "70", 70, "measure", "km", approx="about", subject="khoảng cách từ TP Vũng Tàu"),
    F("hơn 70 điểm phun", "70", 70, "count", "điểm phun nước nóng", approx="over", subject="điểm phun nước nóng"),
    F("lên tới 82 độ C", "82", 82, "measure", "độ C", subject="nhiệt độ cao nhất tại mạch lộ"),
    F("200.000 đồng/người lớn", "200.000", 200000, "money", "đồng/người lớn", subject="giá vé tắm khoáng người lớn"),
    F("120.000 đồng/trẻ em", "120.000", 120000, "money", "đồng/trẻ em", subject="giá vé tắm khoáng trẻ em"),
    F("khoảng 60 tỷ đồng", "60", 60e9, "money", "đồng", approx="about", status="forecast",
      subject="vốn đầu tư xây thêm phòng nghỉ và khu trị liệu bùn khoáng", period=Y24),
    F("thêm 50 phòng nghỉ", "50", 50, "count", "phòng nghỉ", status="forecast",
      subject="phòng nghỉ xây thêm", period=Y24),
    F("có 4 khu du lịch", "4", 4, "count", "khu du lịch", subject="khu du lịch gắn với suối khoáng nóng"),
    F("hơn 1.200 phòng lưu trú", "1.200", 1200, "count", "phòng lưu trú", approx="over", subject="phòng lưu trú"),
    F("trên 2,27 triệu lượt khách", "2,27", 2.27e6, "count", "lượt khách", approx="over",
      subject="lượt khách đến huyện", period=Y23),
    F("đạt 1.820 tỷ đồng", "1.820", 1820e9, "money", "đồng", subject="doanh thu du lịch", period=Y23),
    F("đón 2,5 triệu lượt khách", "2,5", 2.5e6, "count", "lượt khách", status="target",
      change=C("increase", 10, baseline="năm 2023"), subject="lượt khách đến huyện",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

build("p833-5", TEXT, FIGS, published="2024-02-18", location="Xuyên Mộc", notes=[
    "Party newspaper (Báo Bà Rịa - Vũng Tàu): Bình Châu hot springs in huyện Xuyên Mộc; byline and bare date at the end.",
    "Location: the resort lies in xã Bình Châu, huyện Xuyên Mộc, so every figure is Xuyên Mộc.",
    "'gấp 1,4 lần cùng kỳ Tết năm trước' after a count is its change (unit lần), not a multiple figure.",
    "'7 ngày nghỉ Tết Nguyên đán' locates the count in time (not a figure); its dates are not written, so no period.",
    "'khách quốc tế chiếm khoảng 15%' has no count of its own: a percent figure.",
    "'năm 2024 đơn vị dự kiến đầu tư …' is forecast for both the capital and the 50 rooms.",
    "Distractors: Xuân Giáp Thìn, Quốc lộ 55, Nguyễn Văn Tư (name), bare date 18/02/2024.",
])

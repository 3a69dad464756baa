"""p1099-8: provincial newspaper online (Báo Long An, tag (BLA)), headline figure; H1/2024 greenhouse area,
output, tomato yields and prices, investment, credit, 2025 targets."""
from lib import F, P, I, C, T, build

TEXT = """Báo Long An Online
Kinh tế > Nông nghiệp
Long An: Năng suất cà chua nhà màng đạt 120 tấn/ha
Cập nhật lúc 10:25, Thứ tư, 14/08/2024

(BLA) - Tính đến ngày 30/6/2024, diện tích rau, quả sản xuất trong nhà màng, nhà lưới trên địa bàn tỉnh đạt 465 ha, tăng 7,4% so với cùng kỳ. Trong đó, huyện Đức Hòa dẫn đầu với 142 ha, tiếp đến là Cần Giuộc 96 ha, Bến Lức 78 ha và TP. Tân An 55 ha. Các nhà màng tập trung dọc Đường tỉnh 830 và Quốc lộ 50.

Sản lượng rau, quả nhà màng 6 tháng đầu năm ước đạt 27.300 tấn, bằng 52,5% kế hoạch năm; trong đó cà chua khoảng 8.400 tấn, dưa lưới 6.100 tấn, còn lại là rau ăn lá.

Cà chua trồng trong nhà màng cho năng suất bình quân 120 tấn/ha/năm, trong khi trồng ngoài trời chỉ đạt khoảng 55 tấn/ha/năm. Giá cà chua tại ruộng trong quý II/2024 dao động 10.000-14.000 đồng/kg, giảm khoảng 15% so với quý I.

Theo ông Nguyễn Văn Ba, Phó Giám đốc Sở Nông nghiệp và PTNT, suất đầu tư nhà màng tại Long An khoảng 250-300 triệu đồng/1.000 m2. Năm 2024, tỉnh có 12 doanh nghiệp, hợp tác xã được vay vốn ưu đãi với tổng dư nợ hơn 86 tỷ đồng.

Tỉnh phấn đấu đến năm 2025 có 600 ha nhà màng, nhà lưới, trong đó 150 ha trồng cà chua. Dự kiến cả năm 2024, sản lượng rau, quả nhà màng đạt khoảng 56.000 tấn.

Thanh Tâm
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
AREA = "diện tích rau, quả sản xuất trong nhà màng, nhà lưới"
Y25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("Long An: Năng suất cà chua nhà màng đạt 120 tấn/ha", "120", 120, "measure", "tấn/ha",
      "năng suất cà chua nhà màng"),
    F("đạt 465 ha", "465", 465, "measure", "ha", AREA, change=C("increase", 7.4, "%", "cùng kỳ"), period=ASOF),
    F("với 142 ha", "142", 142, "measure", "ha", AREA, total=465, location="Đức Hòa", period=I(ASOF)),
    F("Cần Giuộc 96 ha", "96", 96, "measure", "ha", AREA, total=465, location="Cần Giuộc", period=I(ASOF)),
    F("Bến Lức 78 ha", "78", 78, "measure", "ha", AREA, total=465, location="Bến Lức", period=I(ASOF)),
    F("Tân An 55 ha", "55", 55, "measure", "ha", AREA, total=465, location="Tân An", period=I(ASOF)),
    F("ước đạt 27.300 tấn", "27.300", 27300, "measure", "tấn", "sản lượng rau, quả nhà màng", percent=52.5,
      status="estimate", period=H1),
    F("cà chua khoảng 8.400 tấn", "8.400", 8400, "measure", "tấn", "sản lượng cà chua nhà màng", approx="about",
      total=27300, status="estimate", period=H1),
    F("dưa lưới 6.100 tấn", "6.100", 6100, "measure", "tấn", "sản lượng dưa lưới nhà màng", total=27300,
      status="estimate", period=H1),
    F("bình quân 120 tấn/ha/năm", "120", 120, "measure", "tấn/ha/năm", "năng suất bình quân cà chua trồng trong nhà màng"),
    F("khoảng 55 tấn/ha/năm", "55", 55, "measure", "tấn/ha/năm", "năng suất cà chua trồng ngoài trời",
      approx="about"),
    F("10.000-14.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá cà chua tại ruộng", value_max=14000,
      change=C("decrease", 15, "%", "quý I", "about"), period=P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("khoảng 250-300 triệu", "250", 250e6, "money", "đồng/1.000 m2", "suất đầu tư nhà màng", approx="about",
      value_max=300e6),
    F("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp, hợp tác xã",
      "doanh nghiệp, hợp tác xã được vay vốn ưu đãi", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 86 tỷ đồng", "86", 86e9, "money", "đồng", "tổng dư nợ vay vốn ưu đãi", approx="over",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("có 600 ha", "600", 600, "measure", "ha", "diện tích nhà màng, nhà lưới", status="target", period=Y25),
    F("trong đó 150 ha", "150", 150, "measure", "ha", "diện tích nhà màng trồng cà chua", total=600,
      status="target", period=Y25),
    F("khoảng 56.000 tấn", "56.000", 56000, "measure", "tấn", "sản lượng rau, quả nhà màng", approx="about",
      status="forecast", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Provincial newspaper online (Báo Long An), headline figure, 'Cập nhật lúc 10:25, Thứ tư, 14/08/2024', tag '(BLA) -', byline at the end.",
    "Distractors: the time and weekday, Đường tỉnh 830, Quốc lộ 50, 'Nguyễn Văn Ba' (name with a number word), 'quý I' (a baseline).",
    "The list items follow 'Trong đó' after the whole 465 ha (same thing, same as-of date): total 465 although they do not exhaust it (142+96+78+55 = 371; the rest is unnamed).",
    "'bằng 52,5% kế hoạch năm' is the percent of 27.300 tấn; the 'trong đó' parts continue 'ước đạt': estimate, total 27300.",
    "The headline '… đạt 120 tấn/ha' and the body's '120 tấn/ha/năm' are both figures. 'cả năm 2024' after 'Dự kiến' is a forecast.",
]

if __name__ == "__main__":
    build("p1099-8", TEXT, FIGS, COMMENTS, published="2024-08-14", location="Long An")

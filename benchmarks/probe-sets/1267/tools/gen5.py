"""p1267-5: provincial Party newspaper (Báo Bắc Giang, BGĐT): a hydroponic farm in Lạng Giang; province models."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Lạng Giang: Trồng rau thủy canh, thu lãi gần 700 triệu đồng mỗi năm

Thứ Tư, 15/05/2024 07:30

Từ mô hình nhỏ trên sân thượng, anh Nguyễn Đức Thắng ở xã Tân Thịnh đã xây dựng trang trại rau thủy canh quy mô 4.000 m2, cung cấp rau sạch cho nhiều bếp ăn tập thể ở các khu công nghiệp Quang Châu, Vân Trung.

(BGĐT) - Năm 2021, anh Thắng vay vốn, đầu tư 3,2 tỷ đồng làm nhà màng và hai hệ thống thủy canh hồi lưu với 24.000 lỗ trồng. Nồng độ dinh dưỡng được kiểm tra hằng ngày bằng bút đo TDS-3. Hiện mỗi tháng trang trại xuất bán 7-8 tấn xà lách, cải ngọt, rau muống với giá bình quân 28.000 đồng/kg. Năm 2023, doanh thu đạt hơn 2,6 tỷ đồng, lãi gần 700 triệu đồng. Trang trại tạo việc làm cho 12 lao động địa phương, thu nhập 6,5-7 triệu đồng/người/tháng.

Theo Phòng Nông nghiệp và PTNT huyện Lạng Giang, toàn huyện hiện có 5 mô hình rau thủy canh với tổng diện tích khoảng 1,3 ha. Toàn tỉnh Bắc Giang có 21 mô hình, diện tích 5,8 ha, tăng 7 mô hình so với năm 2022.

Năm nay, anh Thắng dự kiến mở rộng thêm 2.000 m2 nhà màng bên Quốc lộ 31 để trồng dưa lưới trên giá thể xơ dừa, nâng tổng vốn đầu tư lên khoảng 4,5 tỷ đồng. Tỉnh phấn đấu đến năm 2025 có ít nhất 30 mô hình sản xuất rau thủy canh, trồng trên giá thể.

Bài, ảnh: Thu Hà
"""

Y21 = per("Năm 2021", "2021-01-01", "2021-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
BG = "Bắc Giang"

FIGS = [
    fig("thu lãi gần 700", "700", 700e6, "money", "đồng/năm", approx="nearly",
        subject="lãi từ trồng rau thủy canh"),
    fig("quy mô 4.000 m2", "4.000", 4000, "measure", "m2", subject="quy mô trang trại rau thủy canh"),
    fig("đầu tư 3,2 tỷ", "3,2", 3.2e9, "money", "đồng",
        subject="vốn đầu tư nhà màng và hệ thống thủy canh", period=Y21),
    fig("hai hệ thống", "hai", 2, "count", "hệ thống", subject="hệ thống thủy canh hồi lưu", period=Y21),
    fig("với 24.000 lỗ", "24.000", 24000, "count", "lỗ trồng", subject="lỗ trồng của hệ thống thủy canh hồi lưu", period=Y21),
    fig("xuất bán 7-8 tấn", "7", 7, "measure", "tấn/tháng", value_max=8,
        subject="xà lách, cải ngọt, rau muống trang trại xuất bán mỗi tháng"),
    fig("28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", subject="giá bình quân"),
    fig("hơn 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", approx="over", subject="doanh thu", period=Y23),
    fig("đồng, lãi gần 700", "700", 700e6, "money", "đồng", approx="nearly", subject="lãi", period=Y23),
    fig("cho 12 lao động", "12", 12, "count", "lao động", subject="lao động địa phương trang trại tạo việc làm"),
    fig("nhập 6,5-7 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập lao động"),
    fig("có 5 mô hình", "5", 5, "count", "mô hình", subject="mô hình rau thủy canh"),
    fig("khoảng 1,3 ha", "1,3", 1.3, "measure", "ha", approx="about", subject="tổng diện tích mô hình rau thủy canh"),
    fig("có 21 mô hình", "21", 21, "count", "mô hình", change=chg("increase", 7, "mô hình", "năm 2022"),
        subject="mô hình rau thủy canh", location=BG),
    fig("diện tích 5,8 ha", "5,8", 5.8, "measure", "ha", subject="diện tích mô hình rau thủy canh", location=BG),
    fig("thêm 2.000 m2", "2.000", 2000, "measure", "m2", status="forecast",
        subject="diện tích nhà màng mở rộng thêm", period=NOW),
    fig("khoảng 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn đầu tư", period=NOW),
    fig("ít nhất 30 mô hình", "30", 30, "count", "mô hình", approx="at_least", status="target",
        subject="mô hình sản xuất rau thủy canh, trồng trên giá thể", period=T25, location=BG),
]

NOTES = [
    "Provincial Party newspaper online (Báo Bắc Giang): headline figure, 'Thứ Tư, 15/05/2024 07:30', sapo, tag '(BGĐT) -', byline at the end.",
    "Location: the farm is in xã Tân Thịnh, huyện Lạng Giang → Lạng Giang (default); the district's figures too; province figures → Bắc Giang.",
    "Headline 'thu lãi gần 700 triệu đồng mỗi năm' is a yearly rate (đồng/năm), no period; the body's 'Năm 2023 ... lãi gần 700 triệu đồng' has 2023.",
    "'Năm 2021, ... đầu tư 3,2 tỷ đồng ... hai hệ thống ... 24.000 lỗ trồng' all get 2021 (what was built that year).",
    "'Hiện mỗi tháng ... 7-8 tấn' is a monthly rate (tấn/tháng), no period; the price and the jobs are standing facts.",
    "'tăng 7 mô hình so với năm 2022' is a change in mô hình. 'Năm nay' = 2024 (published); 'dự kiến' → forecast for both clauses.",
    "'Tỉnh phấn đấu đến năm 2025 có ít nhất 30 mô hình' → target, at_least, start null.",
    "Distractors: 07:30, 'bút đo TDS-3' (product name), 'Quốc lộ 31', '(BGĐT)', byline.",
]

if __name__ == "__main__":
    write("p1267-5", TEXT, NOTES, FIGS, published="2024-05-15", location="Lạng Giang")

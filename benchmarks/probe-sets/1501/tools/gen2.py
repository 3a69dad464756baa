"""p1501-2: district portal (huyện Gia Bình, Bắc Ninh): brass taps and showers of làng nghề Đại Bái."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA BÌNH - TỈNH BẮC NINH
Trang chủ > Kinh tế > Làng nghề

Đại Bái: Sen vòi bằng đồng vươn ra thị trường cả nước

16/05/2024 - 10:20

Làng nghề đúc đồng Đại Bái hiện có khoảng 1.200 hộ làm nghề, trong đó hơn 300 hộ chuyên sản xuất sen vòi, van và phụ kiện phòng tắm bằng đồng. Mỗi năm, các hộ sử dụng khoảng 4.000 tấn đồng nguyên liệu.

Năm 2023, giá trị sản xuất của làng nghề đạt 1.850 tỷ đồng, tăng 7% so với năm 2022; riêng nhóm sản phẩm sen vòi đạt khoảng 620 tỷ đồng, chiếm 33,5%.

Tiêu biểu là Công ty TNHH Kim khí vệ sinh Phúc Thịnh, thành lập năm 2012 tại thôn Đại Bái. Công ty có hai xưởng với 85 công nhân, thu nhập từ 8 đến 12 triệu đồng/người/tháng; mỗi tháng xuất xưởng khoảng 25.000 bộ sen vòi các loại. Giá bán một bộ sen tắm nóng lạnh từ 650.000 đồng đến 1,8 triệu đồng, thấp hơn khoảng 30% so với hàng nhập khẩu cùng loại. Năm 2023, doanh thu của công ty đạt 96 tỷ đồng, vượt mục tiêu đề ra là 90 tỷ đồng; 4 tháng đầu năm 2024 đạt 35 tỷ đồng, bằng 32% kế hoạch năm.

Theo UBND huyện, cụm công nghiệp làng nghề Đại Bái có diện tích 24,5 ha, hiện đã có 62 hộ, doanh nghiệp thuê đất sản xuất. Mục tiêu đến năm 2025, giá trị sản xuất của làng nghề đạt 2.200 tỷ đồng; 100% cơ sở đúc đồng có hệ thống xử lý khí thải.

Nguồn: Phòng Kinh tế huyện Gia Bình
Tin khác:
- Gia Bình tổng kết công tác khuyến công năm 2023
- Xã Đại Bái ra mắt mô hình "Phố đồng"

UBND HUYỆN GIA BÌNH
Địa chỉ: Số 8 đường Thiên Thai, thị trấn Gia Bình, huyện Gia Bình, tỉnh Bắc Ninh
Điện thoại: 0222.3670.112
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 1.200 hộ", "1.200", 1200, "count", "hộ", approx="about",
        subject="hộ làm nghề của làng nghề đúc đồng Đại Bái"),
    fig("hơn 300 hộ", "300", 300, "count", "hộ", approx="over", total=1200,
        subject="hộ chuyên sản xuất sen vòi, van và phụ kiện phòng tắm bằng đồng"),
    fig("khoảng 4.000 tấn", "4.000", 4000, "measure", "tấn/năm", approx="about",
        subject="đồng nguyên liệu các hộ sử dụng mỗi năm"),
    fig("đạt 1.850 tỷ", "1.850", 1850e9, "money", "đồng", change=chg("increase", 7, "%", "năm 2022"),
        subject="giá trị sản xuất của làng nghề", period=Y23),
    fig("khoảng 620 tỷ", "620", 620e9, "money", "đồng", approx="about", percent=33.5,
        subject="giá trị sản xuất nhóm sản phẩm sen vòi", period=Y23),
    fig("có hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng của công ty"),
    fig("với 85 công nhân", "85", 85, "count", "công nhân", subject="công nhân của công ty"),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6,
        subject="thu nhập của công nhân"),
    fig("khoảng 25.000 bộ", "25.000", 25000, "measure", "bộ/tháng", approx="about",
        subject="sen vòi công ty xuất xưởng mỗi tháng"),
    fig("từ 650.000 đồng", "650.000", 650000, "money", "đồng/bộ", value_max=1.8e6,
        change=chg("decrease", 30, "%", "hàng nhập khẩu cùng loại", approx="about"),
        subject="giá bán một bộ sen tắm nóng lạnh"),
    fig("đạt 96 tỷ", "96", 96e9, "money", "đồng", target=tgt(90e9, "đồng", met=True),
        subject="doanh thu của công ty", period=Y23),
    fig("đạt 35 tỷ", "35", 35e9, "money", "đồng", percent=32,
        subject="doanh thu của công ty", period=M4),
    fig("diện tích 24,5 ha", "24,5", 24.5, "measure", "ha",
        subject="diện tích cụm công nghiệp làng nghề Đại Bái"),
    fig("có 62 hộ", "62", 62, "count", "hộ, doanh nghiệp", subject="hộ, doanh nghiệp thuê đất sản xuất"),
    fig("đạt 2.200 tỷ", "2.200", 2200e9, "money", "đồng", status="target",
        subject="giá trị sản xuất của làng nghề", period=TO25),
    fig("; 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở đúc đồng có hệ thống xử lý khí thải", period=TO25),
]

NOTES = [
    "District portal (huyện Gia Bình, Bắc Ninh): banner naming the district, breadcrumb, '16/05/2024 - 10:20', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'thành lập năm 2012', 'năm 2023' in a link title, 'Số 8 đường Thiên Thai', phone 0222.3670.112.",
    "Location: the village Đại Bái is a commune of Gia Bình, so every figure is placed in the district Gia Bình.",
    "'trong đó hơn 300 hộ' → total 1.200. 'riêng nhóm sản phẩm sen vòi ... chiếm 33,5%': 'riêng' is not a part cue, so no total; 33,5 is the percent attribute.",
    "'Mỗi năm ... khoảng 4.000 tấn' and 'mỗi tháng ... khoảng 25.000 bộ' are rates (tấn/năm, bộ/tháng), kind measure.",
    "'thấp hơn khoảng 30% so với hàng nhập khẩu' is the change of the price range; 'vượt mục tiêu đề ra là 90 tỷ đồng' → target 90 tỷ, met.",
    "revised after the first run: 'có hai xưởng' subject 'xưởng của Công ty TNHH Kim khí vệ sinh Phúc Thịnh' → 'xưởng của công ty'",
    "(the sentence 'Công ty có hai xưởng' names only 'Công ty'; the full name stood in the previous sentence).",
    "'Mục tiêu đến năm 2025' governs both clauses (2.200 tỷ and 100%): target, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1501-2", TEXT, NOTES, FIGS, published="2024-05-16", location="Gia Bình")

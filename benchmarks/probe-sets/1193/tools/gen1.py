"""p1193-1: Quảng Ngãi province portal, rock sugar (đường phèn) workshops in 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Quảng Ngãi: Nghề làm đường phèn thu về gần 150 tỷ đồng mỗi năm

Cập nhật: 12/03/2025 08:30 | Lượt xem: 2.417

(quangngai.gov.vn) - Năm 2024, toàn tỉnh có 46 cơ sở sản xuất đường phèn, đường phổi và mạch nha, giảm 5 cơ sở so với năm 2023; trong đó huyện Mộ Đức có 19 cơ sở, thị xã Đức Phổ 12 cơ sở. Tổng sản lượng đường phèn các loại ước đạt 7.800 tấn, tăng 6,2% so với năm trước; doanh thu ước khoảng 146,5 tỷ đồng. Các cơ sở sử dụng hơn 620 lao động, thu nhập bình quân từ 6 đến 7,5 triệu đồng/người/tháng.

Tại xã Đức Nhuận (huyện Mộ Đức), cơ sở đường phèn Mỹ Hạnh hiện vận hành 12 lò nấu, mỗi ngày dùng khoảng 4 tấn đường cát trắng làm nguyên liệu. Năm 2024, cơ sở xuất bán 650 tấn đường phèn, trong đó hơn 40% đi các tỉnh phía Bắc. Bà Nguyễn Thị Hạnh, chủ cơ sở, cho biết giá đường phèn hạt xuất xưởng hiện khoảng 38.000 đồng/kg, cao hơn 3.000 đồng/kg so với đầu năm; mỗi mẻ đường kết tinh trong 7 ngày.

Theo Sở Công Thương, toàn tỉnh hiện có 9 sản phẩm đường phèn, mạch nha đạt OCOP từ 3 sao trở lên. Đây là lần thứ 2 đường phèn Quảng Ngãi tham gia Hội chợ OCOP khu vực miền Trung tổ chức tại Đà Nẵng.

Năm 2025, tỉnh phấn đấu nâng tổng sản lượng đường phèn lên 8.500 tấn, có thêm ít nhất 3 sản phẩm OCOP và hỗ trợ 10 cơ sở đầu tư lò nấu cải tiến. Mức hỗ trợ tối đa 50 triệu đồng/cơ sở theo Nghị quyết số 07/2023/NQ-HĐND của HĐND tỉnh.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ_CS = "cơ sở sản xuất đường phèn, đường phổi và mạch nha"

FIGS = [
    F("gần 150 tỷ đồng", "150", 150e9, "money", "đồng", approx="nearly",
      subject="doanh thu nghề làm đường phèn mỗi năm"),
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", change=C("decrease", 5, "cơ sở", "năm 2023"),
      subject=SUBJ_CS, period=Y24),
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", total=46, subject=SUBJ_CS, period=Y24,
      location="Mộ Đức"),
    F("Đức Phổ 12 cơ sở", "12", 12, "count", "cơ sở", total=46, subject=SUBJ_CS, period=Y24,
      location="Đức Phổ"),
    F("ước đạt 7.800 tấn", "7.800", 7800, "measure", "tấn", status="estimate",
      change=C("increase", 6.2, "%", "năm trước"),
      subject="tổng sản lượng đường phèn các loại", period=I(Y24)),
    F("khoảng 146,5 tỷ", "146,5", 146.5e9, "money", "đồng", approx="about", status="estimate",
      subject="doanh thu đường phèn", period=I(Y24)),
    F("hơn 620 lao động", "620", 620, "count", "lao động", approx="over",
      subject="lao động các cơ sở sản xuất đường phèn sử dụng", period=I(Y24)),
    F("từ 6 đến 7,5 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7.5e6,
      subject="thu nhập bình quân của lao động", period=I(Y24)),
    F("vận hành 12 lò", "12", 12, "count", "lò nấu", location="Mộ Đức",
      subject="lò nấu cơ sở đường phèn Mỹ Hạnh vận hành"),
    F("khoảng 4 tấn", "4", 4, "measure", "tấn/ngày", approx="about", location="Mộ Đức",
      subject="đường cát trắng làm nguyên liệu dùng mỗi ngày"),
    F("xuất bán 650 tấn", "650", 650, "measure", "tấn", location="Mộ Đức",
      subject="đường phèn cơ sở Mỹ Hạnh xuất bán", period=Y24),
    F("hơn 40%", "40", 40, "percent", "%", approx="over", location="Mộ Đức",
      subject="tỷ lệ đường phèn đi các tỉnh phía Bắc", period=Y24),
    F("khoảng 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", approx="about",
      change=C("increase", 3000, "đồng/kg", "đầu năm"), location="Mộ Đức",
      subject="giá đường phèn hạt xuất xưởng"),
    F("trong 7 ngày", "7", 7, "measure", "ngày", location="Mộ Đức",
      subject="thời gian kết tinh mỗi mẻ đường"),
    F("có 9 sản phẩm", "9", 9, "count", "sản phẩm",
      subject="sản phẩm đường phèn, mạch nha đạt OCOP từ 3 sao trở lên"),
    F("từ 3 sao", "3", 3, "measure", "sao", optional=True, subject="hạng sao OCOP"),
    F("lên 8.500 tấn", "8.500", 8500, "measure", "tấn", status="target",
      subject="tổng sản lượng đường phèn", period=Y25),
    F("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm OCOP có thêm", period=Y25),
    F("hỗ trợ 10 cơ sở", "10", 10, "count", "cơ sở", status="target",
      subject="cơ sở được hỗ trợ đầu tư lò nấu cải tiến", period=Y25),
    F("tối đa 50 triệu", "50", 50e6, "money", "đồng/cơ sở", approx="at_most",
      subject="mức hỗ trợ đầu tư lò nấu cải tiến"),
]

NOTES = [
    "Province portal (Quảng Ngãi): rock sugar, đường phổi and malt syrup workshops, 2024. Breadcrumb, 'Cập nhật: 12/03/2025 08:30 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:30, 'lần thứ 2' (ordinal), Nghị quyết số 07/2023/NQ-HĐND, site tag quangngai.gov.vn.",
    "District parts after '; trong đó' take the whole 46 and their district as location. The Mỹ Hạnh passage is placed in Mộ Đức.",
    "'hiện' figures and the headline get no period. 'OCOP từ 3 sao' is a rating class (optional). The support ceiling stands in its own sentence as a rule: actual.",
]

if __name__ == "__main__":
    write("p1193-1", TEXT, NOTES, FIGS, published="2025-03-12", location="Quảng Ngãi")

"""p831-6: national newspaper (VnExpress style), sturgeon cages and caviar on the Hòa Bình reservoir."""
from lib import F, P, I, C, T, write

TEXT = """Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Trang trại cá tầm trên lòng hồ thủy điện thu hàng chục tỷ đồng mỗi năm

Hòa BìnhTừ 40 lồng nuôi thử nghiệm năm 2016, Công ty cổ phần Cá tầm Sông Đà nay đã có 240 lồng cá tầm trên lòng hồ thủy điện Hòa Bình, mỗi năm xuất bán hàng trăm tấn cá và trứng cá muối.

Trang trại nằm ở xã Hiền Lương, huyện Đà Bắc, cách Quốc lộ 6 khoảng 20 km đường thủy. Mỗi lồng rộng 36 m2, sâu 6 m, đặt ở vùng nước có nhiệt độ tầng sâu dưới 24 độ C vào mùa hè.

Năm 2024, công ty xuất bán 310 tấn cá thương phẩm và gần 1,2 tấn trứng cá tầm (caviar); doanh thu đạt 96 tỷ đồng, tăng 18% so với năm trước. Caviar được xuất khẩu sang Nhật Bản, Hàn Quốc và EU, chiếm khoảng 40% doanh thu, giá bán từ 25 đến 30 triệu đồng/kg.

Theo ông Đinh Công Sáu, giám đốc công ty, để lấy trứng, cá tầm Nga phải nuôi 7-8 năm, cá cái nặng 15-20 kg mới cho khai thác, mỗi con cho khoảng 1,5-2 kg trứng. "Vốn đầu tư cho mỗi lồng nuôi cá lấy trứng lên tới 1,2 tỷ đồng, gấp 3 lần lồng nuôi cá thịt", ông nói.

Trang trại hiện tạo việc làm cho 85 lao động, phần lớn là người Mường, Dao địa phương, thu nhập 9-12 triệu đồng/người/tháng.

Năm 2025, công ty dự kiến nâng sản lượng cá thịt lên 350 tấn và caviar lên 1,5 tấn, đầu tư thêm 60 lồng.

Theo Hiệp hội Cá nước lạnh Việt Nam, cả nước có khoảng 10 cơ sở sản xuất trứng cá tầm với sản lượng khoảng 5 tấn mỗi năm, phần lớn xuất khẩu.

Quỳnh Nguyễn
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("thu hàng chục tỷ đồng", "hàng chục", 10e9, "money", "đồng", "doanh thu mỗi năm của trang trại cá tầm",
      approx="over", optional=True, location="Hòa Bình"),
    F("Từ 40 lồng", "40", 40, "count", "lồng", "lồng nuôi thử nghiệm ban đầu",
      P("năm 2016", "2016-01-01", "2016-12-31")),
    F("có 240 lồng", "240", 240, "count", "lồng", "lồng cá tầm của Công ty cổ phần Cá tầm Sông Đà",
      P("nay", None, "2025-03-16")),
    F("hàng trăm tấn cá", "hàng trăm", 100, "measure", "tấn", "cá và trứng cá muối xuất bán mỗi năm",
      approx="over", optional=True),
    F("khoảng 20 km", "20", 20, "measure", "km", "khoảng cách từ trang trại đến Quốc lộ 6", approx="about",
      optional=True),
    F("rộng 36 m2", "36", 36, "measure", "m2", "diện tích mỗi lồng", optional=True),
    F("sâu 6 m", "6", 6, "measure", "m", "độ sâu mỗi lồng", optional=True),
    F("dưới 24 độ C", "24", 24, "measure", "độ C", "nhiệt độ nước tầng sâu vào mùa hè", approx="under",
      optional=True),
    F("xuất bán 310 tấn", "310", 310, "measure", "tấn", "cá thương phẩm xuất bán", Y24),
    F("gần 1,2 tấn", "1,2", 1.2, "measure", "tấn", "trứng cá tầm (caviar) xuất bán", Y24, approx="nearly"),
    F("doanh thu đạt 96 tỷ đồng", "96", 96e9, "money", "đồng", "doanh thu", Y24,
      change=C("increase", 18, baseline="năm trước")),
    F("chiếm khoảng 40% doanh thu", "40", 40, "percent", "%", "tỷ trọng caviar xuất khẩu trong doanh thu",
      I(Y24), approx="about"),
    F("từ 25 đến 30 triệu đồng/kg", "25", 25e6, "money", "đồng/kg", "giá bán caviar", value_max=30e6),
    F("nuôi 7-8 năm", "7", 7, "measure", "năm", "thời gian nuôi cá tầm Nga để lấy trứng", value_max=8),
    F("nặng 15-20 kg", "15", 15, "measure", "kg", "trọng lượng cá cái cho khai thác trứng", value_max=20),
    F("khoảng 1,5-2 kg trứng", "1,5", 1.5, "measure", "kg", "trứng mỗi con cá cái", value_max=2, approx="about"),
    F("lên tới 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "vốn đầu tư cho mỗi lồng nuôi cá lấy trứng",
      change=C("increase", 3, "lần", "lồng nuôi cá thịt")),
    F("cho 85 lao động", "85", 85, "count", "lao động", "lao động của trang trại"),
    F("9-12 triệu đồng/người/tháng", "9", 9e6, "money", "đồng/người/tháng", "thu nhập của lao động",
      value_max=12e6),
    F("lên 350 tấn", "350", 350, "measure", "tấn", "sản lượng cá thịt", Y25, status="forecast"),
    F("lên 1,5 tấn", "1,5", 1.5, "measure", "tấn", "sản lượng caviar", Y25, status="forecast"),
    F("thêm 60 lồng", "60", 60, "count", "lồng", "lồng nuôi đầu tư thêm", Y25, status="forecast"),
    F("khoảng 10 cơ sở", "10", 10, "count", "cơ sở", "cơ sở sản xuất trứng cá tầm", approx="about",
      location="Việt Nam"),
    F("khoảng 5 tấn", "5", 5, "measure", "tấn", "sản lượng trứng cá tầm mỗi năm", approx="about",
      location="Việt Nam"),
]

HEADER = [
    "National newspaper (VnExpress style), 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)', place tag 'Hòa Bình' glued to the lead, byline at the end.",
    "Distractors: '07:30 (GMT+7)', 'năm 2016' (date of the trial), 'Quốc lộ 6', person 'Đinh Công Sáu', export partners 'Nhật Bản, Hàn Quốc và EU'.",
    "Headline 'hàng chục tỷ đồng' (vague, approx) is optional; the example cage's setting 'khoảng 20 km' and temperature 'dưới 24 độ C' are optional.",
    "Location: the farm lies in xã Hiền Lương, huyện Đà Bắc, so its figures take the district Đà Bắc (as p831-1/-5 give a farm its district);",
    "the optional headline takes the tag's province Hòa Bình; the association's national counts are Việt Nam.",
    "The example cage's size 'rộng 36 m2, sâu 6 m' is a specification (optional); 'hàng trăm tấn' in the lead is vague (optional).",
    "'lên tới 1,2 tỷ đồng' stresses size, it is not a bound: exact.",
    "revised after the first run: 'gấp 3 lần lồng nuôi cá thịt' follows the 1,2 tỷ figure in its clause, so it does not stand alone",
    "(FIGURES.md: a multiple is 'gấp 3 lần' standing alone as the claim); it is now the change of 1,2 tỷ (3 lần, baseline 'lồng nuôi cá thịt'),",
    "as 'cao hơn khoảng 1,5 lần giá bán tại trại' is in p831-7; the multiple figure was removed.",
    "'chiếm khoảng 40% doanh thu' follows the caviar sentence with no amount of its own: a percent figure, not an attribute of 96 tỷ.",
    "'Năm 2025, công ty dự kiến ...' -> forecast for all three; 'nay' (in 'nay đã có 240 lồng') ends at the dateline; 'hiện' no period.",
]

if __name__ == "__main__":
    write("p831-6", TEXT, HEADER, FIGS, published="2025-03-16", location="Đà Bắc")

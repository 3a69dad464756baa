"""p583-6: national press (VnExpress style), CPI Hà Nội tháng 5/2024, gold and USD."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Giá vàng kéo CPI Hà Nội tháng 5 tăng 0,62%

Giá vàng, giá dịch vụ y tế và giá thực phẩm đi lên khiến chỉ số giá tiêu dùng tại Hà Nội tháng trước cao hơn tháng 4.

Cục Thống kê Hà Nội cho biết CPI tháng 5/2024 của thành phố tăng 0,62% so với tháng trước và tăng 4,73% so với cùng kỳ. Tính chung 5 tháng đầu năm, CPI bình quân tăng 4,25%, cao hơn mức 4,03% của cả nước.

Trong rổ hàng hóa, nhóm thuốc và dịch vụ y tế tăng 2,83% do từ ngày 1/5 giá dịch vụ khám bệnh được điều chỉnh tại 23 bệnh viện trực thuộc Sở Y tế. Chỉ số giá vàng tăng 5,97% so với tháng trước. Tại Hà Nội, vàng miếng SJC có thời điểm được bán ra 92 triệu đồng một lượng, cao hơn giá thế giới khoảng 16-17 triệu đồng; vàng nhẫn 9999 cũng lên mức 76,5 triệu đồng. Ngân hàng Nhà nước đã tổ chức 9 phiên đấu thầu vàng miếng với tổng khối lượng trúng thầu khoảng 48.500 lượng.

Giá đôla Mỹ cũng đi lên. Tỷ giá trung tâm ngày 31/5 ở mức 24.262 đồng một USD, tăng 0,9% so với đầu tháng; giá bán tại các ngân hàng thương mại trên cả nước phổ biến quanh 25.458 đồng.

Theo các chuyên gia, áp lực lên mặt bằng giá những tháng cuối năm còn lớn khi lương cơ sở dự kiến tăng 30% từ ngày 1/7, lên 2,34 triệu đồng mỗi tháng.

Anh Minh
"""

M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")

FIGS = [
    F("tháng 5 tăng 0,62%", "0,62", 0.62, "percent", "%", "CPI tháng 5",
      P("tháng 5", "2024-05-01", "2024-05-31")),
    F("thành phố tăng 0,62%", "0,62", 0.62, "percent", "%", "CPI tháng 5/2024 so với tháng trước", M5),
    F("tăng 4,73%", "4,73", 4.73, "percent", "%", "CPI tháng 5/2024 so với cùng kỳ", M5),
    F("tăng 4,25%", "4,25", 4.25, "percent", "%", "CPI bình quân 5 tháng đầu năm",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31")),
    F("mức 4,03% của cả nước", "4,03", 4.03, "percent", "%", "CPI bình quân 5 tháng đầu năm",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31"), location="Việt Nam"),
    F("tăng 2,83%", "2,83", 2.83, "percent", "%", "nhóm thuốc và dịch vụ y tế"),
    F("tại 23 bệnh viện", "23", 23, "count", "bệnh viện",
      "bệnh viện trực thuộc Sở Y tế điều chỉnh giá dịch vụ khám bệnh"),
    F("tăng 5,97%", "5,97", 5.97, "percent", "%", "chỉ số giá vàng so với tháng trước", INH(M5)),
    F("bán ra 92 triệu đồng", "92", 92000000, "money", "đồng/lượng", "giá vàng miếng SJC bán ra",
      change=CH("increase", 16000000, "đồng", "giá thế giới", approx="about")),
    F("mức 76,5 triệu đồng", "76,5", 76500000, "money", "đồng", "giá vàng nhẫn 9999"),
    F("tổ chức 9 phiên", "9", 9, "count", "phiên đấu thầu", "phiên đấu thầu vàng miếng", location="Việt Nam"),
    F("khoảng 48.500 lượng", "48.500", 48500, "measure", "lượng", "tổng khối lượng vàng miếng trúng thầu",
      approx="about", location="Việt Nam"),
    F("mức 24.262 đồng", "24.262", 24262, "money", "đồng/USD", "tỷ giá trung tâm",
      change=CH("increase", 0.9, "%", "đầu tháng"), location="Việt Nam"),
    F("quanh 25.458 đồng", "25.458", 25458, "money", "đồng", "giá bán đôla Mỹ tại các ngân hàng thương mại",
      approx="about", location="Việt Nam"),
    F("lên 2,34 triệu đồng", "2,34", 2340000, "money", "đồng/tháng", "lương cơ sở",
      change=CH("increase", 30, "%"), status="forecast", location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline 'Anh Minh': CPI Hà Nội tháng 5/2024.",
    "Default location Hà Nội; national figures (cả nước 4,03%, Ngân hàng Nhà nước auctions, central rate, bank USD price, lương cơ sở) are Việt Nam.",
    "'cao hơn mức 4,03% của cả nước' names the national level, a figure of its own, not a change of 4,25%.",
    "'92 triệu đồng một lượng, cao hơn giá thế giới khoảng 16-17 triệu đồng': the gap is the change (increase, 16 triệu, about).",
    "'lương cơ sở dự kiến tăng 30% …, lên 2,34 triệu đồng mỗi tháng': the new level is the figure (forecast), 30% its change.",
    "Subjects leave the place to location (as shared h15 drops 'của Việt Nam'); corrected after the first run for the headline and 4,03%.",
    "'quanh' read as approx about. Period 'tháng 5' (headline) takes 2024 from the dateline. 'ngày 31/5', 'ngày 1/5', 'ngày 1/7' are dates.",
    "Distractors: (GMT+7), 07:00, vàng nhẫn '9999', tháng 4, ngày 31/5, ngày 1/7, vàng miếng SJC.",
]

if __name__ == "__main__":
    emit("p583-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Hà Nội")

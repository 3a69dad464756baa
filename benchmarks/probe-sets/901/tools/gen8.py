"""p901-8: Báo Quảng Bình online, huyện Tuyên Hóa lime output 2023, headline figure, (QBĐT) - tag."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế
Tuyên Hóa: Sản lượng vôi công nghiệp tăng hơn 23%
Thứ tư, 24/01/2024 - 15:40

(QBĐT) - Năm 2023, các doanh nghiệp sản xuất vôi trên địa bàn huyện Tuyên Hóa sản xuất được 468.000 tấn vôi, tăng 23,4% so với năm 2022, đạt 104% kế hoạch. Trong đó, Công ty CP Vôi Tiến Hóa sản xuất 215.000 tấn, Công ty TNHH Đá vôi Tuyên Hóa 148.000 tấn, các cơ sở còn lại 105.000 tấn.

Giá trị sản xuất đạt khoảng 620 tỷ đồng; xuất khẩu 96.000 tấn vôi sang Lào và Thái Lan, kim ngạch 8,7 triệu USD. Giá vôi cục bán tại lò dao động 1,25-1,4 triệu đồng/tấn, tăng khoảng 100.000 đồng/tấn so với năm trước.

Toàn huyện hiện có 6 doanh nghiệp với 13 lò đứng công nghiệp, sử dụng 820 lao động, thu nhập bình quân 8 triệu đồng/người/tháng. Các lò tập trung dọc Quốc lộ 12A, cách thị trấn Đồng Lê từ 5 đến 12 km. Đá vôi nguyên liệu được khai thác tại các mỏ ở xã Tiến Hóa, Văn Hóa, với tổng trữ lượng được cấp phép hơn 38 triệu tấn.

Theo ông Đinh Văn Sáu, Trưởng phòng Kinh tế và Hạ tầng huyện, năm 2024 huyện phấn đấu sản lượng vôi đạt 520.000 tấn; dự kiến trong quý III/2024 đưa thêm 2 lò đứng công suất 250 tấn/ngày vào hoạt động. Huyện cũng yêu cầu 100% lò vôi lắp đặt hệ thống xử lý khí thải trước ngày 30/6/2024 theo Kế hoạch số 45/KH-UBND.

Phan Phương
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("trong quý III/2024", "2024-07-01", "2024-09-30")
OUT = "sản lượng vôi"

FIGS = [
    F("tăng hơn 23%", "23", 23, "percent", "%", "tốc độ tăng sản lượng vôi công nghiệp", I(Y23), approx="over"),
    F("được 468.000 tấn", "468.000", 468000, "measure", "tấn", "sản lượng vôi", Y23,
      change=C("increase", 23.4, "%", "năm 2022"), percent=104),
    F("sản xuất 215.000 tấn", "215.000", 215000, "measure", "tấn", "sản lượng vôi Công ty CP Vôi Tiến Hóa", I(Y23),
      total=468000),
    F("Tuyên Hóa 148.000 tấn", "148.000", 148000, "measure", "tấn", "sản lượng vôi Công ty TNHH Đá vôi Tuyên Hóa", I(Y23),
      total=468000),
    F("còn lại 105.000 tấn", "105.000", 105000, "measure", "tấn", "sản lượng vôi các cơ sở còn lại", I(Y23),
      total=468000),
    F("khoảng 620 tỷ đồng", "620", 620000000000, "money", "đồng", "giá trị sản xuất vôi", I(Y23), approx="about"),
    F("xuất khẩu 96.000 tấn", "96.000", 96000, "measure", "tấn", "lượng vôi xuất khẩu", I(Y23)),
    F("kim ngạch 8,7 triệu USD", "8,7", 8700000, "money", "USD", "kim ngạch xuất khẩu vôi", I(Y23)),
    F("dao động 1,25-1,4 triệu", "1,25", 1250000, "money", "đồng/tấn", "giá vôi cục bán tại lò", I(Y23),
      value_max=1400000, change=C("increase", 100000, "đồng/tấn", "năm trước")),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp sản xuất vôi"),
    F("với 13 lò đứng", "13", 13, "count", "lò đứng", "lò đứng công nghiệp"),
    F("sử dụng 820 lao động", "820", 820, "count", "lao động", "lao động ngành vôi"),
    F("bình quân 8 triệu đồng/người/tháng", "8", 8000000, "money", "đồng/người/tháng", "thu nhập bình quân lao động ngành vôi"),
    F("từ 5 đến 12 km", "5", 5, "measure", "km", "khoảng cách các lò vôi đến thị trấn Đồng Lê", value_max=12),
    F("hơn 38 triệu tấn", "38", 38000000, "measure", "tấn", "tổng trữ lượng đá vôi được cấp phép", approx="over"),
    F("đạt 520.000 tấn", "520.000", 520000, "measure", "tấn", OUT, Y24, status="target"),
    F("thêm 2 lò đứng", "2", 2, "count", "lò đứng", "lò đứng đưa thêm vào hoạt động", Q3, status="forecast"),
    F("công suất 250 tấn/ngày", "250", 250, "measure", "tấn/ngày", "công suất lò đứng đưa thêm vào hoạt động", Q3,
      status="forecast", optional=True),
    F("yêu cầu 100% lò vôi", "100", 100, "percent", "%", "lò vôi lắp đặt hệ thống xử lý khí thải",
      P("trước ngày 30/6/2024", None, "2024-06-30"), status="target"),
]

COMMENTS = [
    "Báo Quảng Bình online: huyện Tuyên Hóa lime output 2023. Headline 'tăng hơn 23%' is a growth rate as the claim: percent, no change;",
    "its year (Năm 2023) stands in the body: inherited. Location Tuyên Hóa throughout (Lào, Thái Lan are trade partners).",
    "'Trong đó' company outputs add up to 468.000: total 468000. 'đạt 104% kế hoạch' is the percent of 468.000 tấn.",
    "Paragraph-2 figures inherit Năm 2023. 'tăng khoảng 100.000 đồng/tấn so với năm trước' is the change of the price range.",
    "'từ 5 đến 12 km' (distance of the kilns from the town) is a measure range stated as a fact.",
    "'250 tấn/ngày' is the specification of the planned kilns: optional. 'yêu cầu 100% lò vôi ... trước ngày 30/6/2024' is a target, as-of deadline.",
    "Distractors: 15:40, (QBĐT), Quốc lộ 12A, the name Đinh Văn Sáu, Kế hoạch số 45/KH-UBND.",
]

write("p901-8", TEXT, FIGS, COMMENTS, published="2024-01-24", location="Tuyên Hóa")

"""p1196-1: Lâm Đồng province portal, Tân Rai alumina plant, 9 months of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Nhà máy Alumin Tân Rai sản xuất gần 530.000 tấn alumin trong 9 tháng

Cập nhật: 08/10/2024 16:20 | Lượt xem: 3.184

(lamdong.gov.vn) - Theo Công ty Nhôm Lâm Đồng - TKV, 9 tháng đầu năm 2024, Nhà máy Alumin Tân Rai sản xuất được 528.600 tấn alumin quy đổi, đạt 81,3% kế hoạch năm, tăng 4,6% so với cùng kỳ năm 2023. Sản lượng quặng tinh bô-xít khai thác, tuyển đạt 1,42 triệu tấn; tiêu thụ 512.000 tấn alumin, trong đó xuất khẩu 468.000 tấn.

Doanh thu 9 tháng ước đạt 5.124 tỷ đồng. Từ đầu năm đến nay, công ty đã nộp ngân sách nhà nước 412 tỷ đồng, trong đó ngân sách địa phương khoảng 265 tỷ đồng. Giá alumin xuất khẩu bình quân 385 USD/tấn, cao hơn 27 USD/tấn so với cùng kỳ.

Nhà máy có công suất thiết kế 650.000 tấn alumin/năm, vận hành thương mại từ năm 2013. Hiện công ty có 1.846 lao động, trong đó 312 người là đồng bào dân tộc thiểu số (chiếm 16,9%); thu nhập bình quân 14,2 triệu đồng/người/tháng. Định mức tiêu hao quặng tinh bình quân 2,38 tấn/tấn alumin, tiêu hao xút 78 kg/tấn alumin, giảm 3 kg/tấn so với năm 2023.

Trong 9 tháng, công ty đã hoàn thổ 86,5 ha diện tích mỏ đã khai thác, trồng mới khoảng 210.000 cây keo, mắc-ca; 100% nước thải sản xuất được tuần hoàn, không xả ra môi trường.

Năm 2024, Công ty Nhôm Lâm Đồng - TKV phấn đấu sản xuất 650.000 tấn alumin, doanh thu trên 6.900 tỷ đồng. Dự kiến quý IV, sau khi bảo dưỡng xong lò nung số 2, nhà máy sẽ sản xuất khoảng 125.000 tấn alumin.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
REV = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
IN9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("gần 530.000 tấn", "530.000", 530000, "measure", "tấn", approx="nearly",
      subject="alumin Nhà máy Alumin Tân Rai sản xuất", period=HEAD),
    F("được 528.600 tấn", "528.600", 528600, "measure", "tấn", percent=81.3,
      change=C("increase", 4.6, "%", "cùng kỳ năm 2023"),
      subject="alumin quy đổi Nhà máy Alumin Tân Rai sản xuất", period=NINE),
    F("đạt 1,42 triệu tấn", "1,42", 1420000, "measure", "tấn",
      subject="sản lượng quặng tinh bô-xít khai thác, tuyển", period=I(NINE)),
    F("tiêu thụ 512.000 tấn", "512.000", 512000, "measure", "tấn",
      subject="alumin tiêu thụ", period=I(NINE)),
    F("xuất khẩu 468.000 tấn", "468.000", 468000, "measure", "tấn", total=512000,
      subject="alumin xuất khẩu", period=I(NINE)),
    F("ước đạt 5.124 tỷ", "5.124", 5124e9, "money", "đồng", status="estimate",
      subject="doanh thu", period=REV),
    F("nhà nước 412 tỷ", "412", 412e9, "money", "đồng",
      subject="nộp ngân sách nhà nước", period=YTD),
    F("khoảng 265 tỷ", "265", 265e9, "money", "đồng", approx="about", total=412e9,
      subject="nộp ngân sách địa phương", period=YTD),
    F("bình quân 385 USD/tấn", "385", 385, "money", "USD/tấn",
      change=C("increase", 27, "USD/tấn", "cùng kỳ"),
      subject="giá alumin xuất khẩu bình quân", period=I(NINE)),
    F("thiết kế 650.000", "650.000", 650000, "measure", "tấn/năm",
      subject="công suất thiết kế nhà máy"),
    F("có 1.846 lao động", "1.846", 1846, "count", "lao động", subject="lao động của công ty"),
    F("312 người", "312", 312, "count", "người", total=1846, percent=16.9,
      subject="lao động là đồng bào dân tộc thiểu số"),
    F("14,2 triệu", "14,2", 14200000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động"),
    F("2,38 tấn/tấn", "2,38", 2.38, "measure", "tấn/tấn alumin",
      subject="định mức tiêu hao quặng tinh bình quân"),
    F("xút 78 kg", "78", 78, "measure", "kg/tấn alumin",
      change=C("decrease", 3, "kg/tấn", "năm 2023"), subject="tiêu hao xút"),
    F("hoàn thổ 86,5 ha", "86,5", 86.5, "measure", "ha",
      subject="diện tích mỏ đã khai thác được hoàn thổ", period=IN9),
    F("khoảng 210.000 cây", "210.000", 210000, "count", "cây", approx="about",
      subject="cây keo, mắc-ca trồng mới", period=IN9),
    F("100% nước thải", "100", 100, "percent", "%",
      subject="nước thải sản xuất được tuần hoàn", period=IN9),
    F("xuất 650.000 tấn alumin, doanh", "650.000", 650000, "measure", "tấn", status="target",
      subject="alumin sản xuất", period=Y24),
    F("trên 6.900 tỷ", "6.900", 6900e9, "money", "đồng", approx="over", status="target",
      subject="doanh thu", period=Y24),
    F("khoảng 125.000 tấn", "125.000", 125000, "measure", "tấn", approx="about", status="forecast",
      subject="alumin nhà máy sản xuất", period=Q4),
]

NOTES = [
    "Province portal (Lâm Đồng): Tân Rai alumina plant, 9 months of 2024. Breadcrumb, 'Cập nhật: 08/10/2024 16:20 | Lượt xem: 3.184'.",
    "Distractors: time 16:20, view counter 3.184, 'năm 2013' (start of operation), 'lò nung số 2', 'TKV'.",
    "Headline period 'trong 9 tháng' takes the year of published (2024). 'Từ đầu năm đến nay' ends at published (2024-10-08).",
    "'đạt 81,3% kế hoạch năm' is the share of the plan (percent); 'cao hơn 27 USD/tấn so với cùng kỳ' and 'giảm 3 kg/tấn so với năm 2023' are changes.",
    "Rates keep their denominator: 'tấn alumin/năm', 'tấn/tấn alumin', 'kg/tấn alumin', 'đồng/người/tháng'. 'Hiện' sentence and the capacity get no period.",
    "revised after the first run: unit of the capacity 'tấn alumin/năm' → 'tấn/năm' (shortest noun phrase, as 'tấn' for '528.600 tấn alumin');",
    "headline subject lost 'sản lượng', a word the headline does not use (subject as the sentence names it).",
    "The 3 figures after 'Trong 9 tháng' (incl. the clause after ';') take that period; Q4 output is a forecast ('Dự kiến').",
]

if __name__ == "__main__":
    write("p1196-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Lâm Đồng")

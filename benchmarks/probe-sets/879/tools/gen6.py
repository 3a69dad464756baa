"""p879-6: national newspaper (VnExpress style) - hầm Thủ Thiêm, TP Hồ Chí Minh, 2024."""
from lib import F, P, C, write

TEXT = """Thời sự > Giao thông
Thứ năm, 14/11/2024, 06:30 (GMT+7)
Hầm Thủ Thiêm quá tải giờ cao điểm
Mỗi ngày có khoảng 62.000 lượt ôtô qua hầm vượt sông Sài Gòn, giờ cao điểm lưu lượng vượt năng lực thông hành khoảng 20%.

Hầm Thủ Thiêm ở TP Hồ Chí Minh dài 1,49 km, có 6 làn xe, nối Quận 1 với TP Thủ Đức, khai thác từ tháng 11/2011. Theo Trung tâm Quản lý hạ tầng kỹ thuật TP HCM, từ đầu năm đến nay, mỗi ngày hầm đón trung bình 62.000 lượt ôtô, cao hơn 24% so với năm 2023.

Vào giờ cao điểm sáng (6h30-8h30) và chiều (16h30-18h30), lưu lượng lên tới 5.800 xe/giờ, vượt khoảng 20% năng lực thông hành của hầm. Xe chạy trong hầm tối đa 60 km/h, tối thiểu 40 km/h, nhưng giờ cao điểm nhiều lúc chỉ đạt 15-20 km/h.

Từ đầu năm đến nay, hầm ghi nhận 1.126 vụ xe chết máy, va quẹt, tăng 18% so với cùng kỳ; mỗi vụ khiến giao thông ùn ứ trung bình 20-30 phút. Hệ thống 124 camera giúp trung tâm điều hành phát hiện sự cố sớm, nhưng xe cứu hộ khó tiếp cận khi hầm kín xe.

Năm 2024, kinh phí vận hành, bảo trì hầm khoảng 86 tỷ đồng, trong đó riêng tiền điện chiếm gần 30%. Dự án cải tạo hệ thống chiếu sáng, thông gió dự kiến khởi công trong quý I/2025, tổng vốn khoảng 145 tỷ đồng.

Để giảm tải, Sở Giao thông vận tải đang nghiên cứu phân luồng một phần xe tải qua cầu Phú Mỹ và cầu Thủ Thiêm 2, đồng thời điều chỉnh thời gian đèn tín hiệu tại nút giao Võ Văn Kiệt - Hàm Nghi.

Gia Minh
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-14")
YTD_I = P("từ đầu năm đến nay", "2024-01-01", "2024-11-14", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 62.000 lượt ôtô", "62.000", 62000, "measure", "lượt ôtô/ngày",
      "lượt ôtô qua hầm Thủ Thiêm mỗi ngày", YTD_I, approx="about"),
    F("thông hành khoảng 20%.", "20", 20, "percent", "%",
      "lưu lượng giờ cao điểm vượt năng lực thông hành", YTD_I, approx="about"),
    F("dài 1,49 km", "1,49", 1.49, "measure", "km", "chiều dài hầm Thủ Thiêm"),
    F("có 6 làn xe", "6", 6, "count", "làn xe", "làn xe của hầm", optional=True),
    F("trung bình 62.000 lượt ôtô", "62.000", 62000, "measure", "lượt ôtô/ngày",
      "lượt ôtô qua hầm mỗi ngày", YTD, change=C("increase", 24, "%", "năm 2023")),
    F("lên tới 5.800 xe/giờ", "5.800", 5800, "measure", "xe/giờ", "lưu lượng giờ cao điểm", YTD_I,
      change=C("increase", 20, "%", "năng lực thông hành của hầm", approx="about")),
    F("tối đa 60 km/h", "60", 60, "measure", "km/h", "tốc độ xe chạy trong hầm", approx="at_most"),
    F("tối thiểu 40 km/h", "40", 40, "measure", "km/h", "tốc độ xe chạy trong hầm", approx="at_least"),
    F("chỉ đạt 15-20 km/h", "15", 15, "measure", "km/h", "tốc độ xe giờ cao điểm", YTD_I, value_max=20),
    F("ghi nhận 1.126 vụ", "1.126", 1126, "count", "vụ", "vụ xe chết máy, va quẹt trong hầm", YTD,
      change=C("increase", 18, "%", "cùng kỳ")),
    F("trung bình 20-30 phút", "20", 20, "measure", "phút", "thời gian giao thông ùn ứ mỗi vụ", YTD,
      value_max=30),
    F("Hệ thống 124 camera", "124", 124, "count", "camera", "camera của hầm"),
    F("khoảng 86 tỷ đồng", "86", 86000000000, "money", "đồng", "kinh phí vận hành, bảo trì hầm", Y24,
      approx="about"),
    F("chiếm gần 30%", "30", 30, "percent", "%", "tiền điện trong kinh phí vận hành, bảo trì hầm", Y24,
      approx="nearly"),
    F("khoảng 145 tỷ đồng", "145", 145000000000, "money", "đồng",
      "tổng vốn dự án cải tạo hệ thống chiếu sáng, thông gió", approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ năm, 14/11/2024, 06:30 (GMT+7)'): hầm Thủ Thiêm overloaded at peak hours.",
    "Not figures: '06:30', '6h30-8h30', '16h30-18h30' (times of day), 'tháng 11/2011', 'Quận 1', 'cầu Thủ Thiêm 2',",
    "'Võ Văn Kiệt - Hàm Nghi', 'quý I/2025' (a start date of works, not the period of the capital: no period for 145 tỷ).",
    "Daily averages ('mỗi ngày ... 62.000 lượt ôtô') are rates: measure with unit 'lượt ôtô/ngày'.",
    "The lead's 'vượt năng lực thông hành khoảng 20%' has no base amount: a percent figure; in the body the same 20% follows",
    "5.800 xe/giờ and is its change (cf. 'vượt 5% kế hoạch'). 'tối đa'/'tối thiểu' before a speed are at_most/at_least.",
    "The lane count '6 làn xe' is structure (optional). All figures: TP Hồ Chí Minh (the districts it joins are not the place).",
]

if __name__ == "__main__":
    write("p879-6", TEXT, FIGS, NOTES, published="2024-11-14", location="Hồ Chí Minh")

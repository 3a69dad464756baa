"""p912-6: national newspaper, detergent makers of TP HCM and the national market (market shares)."""
from lib import F, P, C, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 13/3/2025, 14:30 (GMT+7)

Doanh nghiệp nội giành lại thị phần nước giặt

Các nhà sản xuất chất tẩy rửa ở TP HCM tăng công suất, đẩy mạnh kênh online để cạnh tranh với hai tập đoàn đa quốc gia đang nắm khoảng 60% thị phần cả nước.

Theo Sở Công Thương TP HCM, năm 2024 thành phố có 146 cơ sở sản xuất xà phòng, chất tẩy rửa, sản lượng khoảng 540.000 tấn, chiếm gần 17% cả nước. Giá trị sản xuất của ngành đạt 18.900 tỷ đồng, tăng 6,3% so với năm trước.

Công ty CP Hóa mỹ phẩm Sao Việt (TP HCM), một trong những doanh nghiệp nội lớn nhất, cho biết doanh thu năm 2024 đạt 2.480 tỷ đồng, tăng 16,5%; lợi nhuận sau thuế 212 tỷ đồng, gấp đôi năm 2023. Thị phần nước giặt của công ty tăng từ 6,2% lên 8,9% sau hai năm. "Chúng tôi dành khoảng 4% doanh thu cho nghiên cứu công thức mới", ông Lê Minh Tám, Tổng giám đốc, nói.

Theo một công ty nghiên cứu thị trường, quy mô thị trường chất tẩy rửa gia dụng Việt Nam năm 2024 khoảng 52.000 tỷ đồng; trong đó nước giặt chiếm 41%, bột giặt 33%, nước rửa chén 14%. Doanh số nước giặt trên 4 sàn thương mại điện tử lớn năm 2024 đạt 2.750 tỷ đồng, tăng 27% so với năm 2023.

Giá bán lẻ nước giặt phổ thông tại TP HCM hiện từ 32.000 đến 45.000 đồng/kg, tăng khoảng 8% so với đầu năm 2023 do giá dầu cọ và chất hoạt động bề mặt tăng. Hội Hóa mỹ phẩm thành phố (số 92 Nam Kỳ Khởi Nghĩa, quận 1) dự báo năm 2025 sản lượng của các doanh nghiệp hội viên tăng 7-9%.

Minh Anh
"""

HCM = "TP Hồ Chí Minh"
VN = "Việt Nam"
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
CO = "Công ty CP Hóa mỹ phẩm Sao Việt"
FIGS = [
    F("hai tập đoàn", "hai", 2, "count", "tập đoàn", "tập đoàn đa quốc gia", optional=True, location=VN),
    F("khoảng 60% thị phần", "60", 60, "percent", "%", "thị phần của hai tập đoàn đa quốc gia", approx="about",
      location=VN),
    F("có 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở sản xuất xà phòng, chất tẩy rửa", Y24),
    F("khoảng 540.000 tấn", "540.000", 540000, "measure", "tấn", "sản lượng xà phòng, chất tẩy rửa", Y24,
      approx="about", percent=17),
    F("đạt 18.900 tỷ đồng", "18.900", 18900e9, "money", "đồng", "giá trị sản xuất của ngành",
      P("năm 2024", "2024-01-01", "2024-12-31", inherited=True), change=C("increase", 6.3, baseline="năm trước")),
    F("đạt 2.480 tỷ đồng", "2.480", 2480e9, "money", "đồng", f"doanh thu {CO}", Y24, change=C("increase", 16.5)),
    F("sau thuế 212 tỷ đồng", "212", 212e9, "money", "đồng", f"lợi nhuận sau thuế {CO}", Y24,
      change=C("increase", 2, "lần", "năm 2023")),
    F("từ 6,2%", "6,2", 6.2, "percent", "%", "thị phần nước giặt của công ty"),
    F("lên 8,9%", "8,9", 8.9, "percent", "%", "thị phần nước giặt của công ty"),
    F("khoảng 4% doanh thu", "4", 4, "percent", "%", "doanh thu dành cho nghiên cứu công thức mới", approx="about"),
    F("khoảng 52.000 tỷ đồng", "52.000", 52000e9, "money", "đồng", "quy mô thị trường chất tẩy rửa gia dụng", Y24,
      approx="about", location=VN),
    F("chiếm 41%", "41", 41, "percent", "%", "tỷ trọng nước giặt trong thị trường chất tẩy rửa gia dụng", Y24,
      location=VN),
    F("bột giặt 33%", "33", 33, "percent", "%", "tỷ trọng bột giặt trong thị trường chất tẩy rửa gia dụng", Y24,
      location=VN),
    F("nước rửa chén 14%", "14", 14, "percent", "%",
      "tỷ trọng nước rửa chén trong thị trường chất tẩy rửa gia dụng", Y24, location=VN),
    F("trên 4 sàn", "4", 4, "count", "sàn thương mại điện tử", "sàn thương mại điện tử lớn", optional=True,
      location=VN),
    F("đạt 2.750 tỷ đồng", "2.750", 2750e9, "money", "đồng", "doanh số nước giặt trên 4 sàn thương mại điện tử lớn",
      Y24, change=C("increase", 27, baseline="năm 2023"), location=VN),
    F("từ 32.000 đến 45.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", "giá bán lẻ nước giặt phổ thông",
      value_max=45000, change=C("increase", 8, baseline="đầu năm 2023", approx="about")),
    F("tăng 7-9%", "7", 7, "percent", "%", "sản lượng của các doanh nghiệp hội viên Hội Hóa mỹ phẩm thành phố",
      P("năm 2025", "2025-01-01", "2025-12-31"), value_max=9, status="forecast"),
]

NOTES = [
    "National newspaper (invented, VnExpress style): chất tẩy rửa TP HCM and the national market — cơ sở, sản lượng, a company's results, thị phần.",
    "City figures have location TP Hồ Chí Minh (file default); the national market (thị phần cả nước, quy mô thị trường Việt Nam, e-commerce sales) Việt Nam.",
    "'gấp đôi năm 2023' is the change (2 lần) of 212 tỷ; 'tăng từ 6,2% lên 8,9%' gives two percent figures and no change value (not stated).",
    "The 41/33/14% list shares 'chiếm' (each a percent figure). 'hai tập đoàn', '4 sàn' are optional; 'sau hai năm' is a duration.",
    "Not figures: dateline, 'số 92 Nam Kỳ Khởi Nghĩa, quận 1', 'ông Lê Minh Tám'.",
]

if __name__ == "__main__":
    write("p912-6", TEXT, NOTES, FIGS, published="2025-03-13", location="TP Hồ Chí Minh")

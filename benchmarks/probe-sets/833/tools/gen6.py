"""p833-6: national newspaper, a bottled mineral water company in Quảng Ngãi + national market, 2024."""
from lib import F, P, I, C, build

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 6/3/2025, 14:30 (GMT+7)

Doanh nghiệp nước khoáng Quảng Ngãi thu 612 tỷ đồng, tính mở rộng nhà máy

Năm 2024, Công ty CP Nước khoáng Vạn Phước (Quảng Ngãi) sản xuất 86 triệu lít nước khoáng đóng chai, tăng 14% so với năm trước. Doanh thu đạt 612 tỷ đồng, lợi nhuận sau thuế 48,5 tỷ đồng. Công ty hiện có 420 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng.

Nhà máy của công ty tại Khu công nghiệp Tịnh Phong có 3 dây chuyền chiết rót, công suất thiết kế 40.000 chai/giờ. Nguồn nước được lấy từ giếng khoan sâu 180 m, nhiệt độ tại miệng giếng 56 độ C, tổng khoáng hóa khoảng 3.200 mg/l, đạt QCVN 6-1:2010/BYT. Sản phẩm đã có mặt tại 45 tỉnh, thành phố và được xuất khẩu sang Hàn Quốc, Nhật Bản với kim ngạch năm 2024 đạt 2,3 triệu USD.

Ông Lê Văn Ba, Tổng giám đốc, cho biết giá bán lẻ phổ biến 5.000-8.000 đồng/chai loại 500 ml. Năm 2025, công ty dự kiến đầu tư 150 tỷ đồng lắp thêm 2 dây chuyền, nâng sản lượng lên 120 triệu lít.

Theo Hiệp hội Bia - Rượu - Nước giải khát Việt Nam, quy mô thị trường nước khoáng đóng chai cả nước năm 2024 ước đạt 21.000 tỷ đồng, tăng khoảng 9% so với năm 2023. Bình quân mỗi người Việt tiêu thụ khoảng 18 lít nước khoáng mỗi năm, còn thấp so với nhiều nước trong khu vực.

Phạm Linh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thu 612 tỷ đồng", "612", 612e9, "money", "đồng", subject="doanh thu doanh nghiệp nước khoáng"),
    F("sản xuất 86 triệu lít", "86", 86e6, "measure", "lít", change=C("increase", 14, baseline="năm trước"),
      subject="nước khoáng đóng chai sản xuất", period=Y24),
    F("đạt 612 tỷ đồng", "612", 612e9, "money", "đồng", subject="doanh thu", period=I(Y24)),
    F("thuế 48,5 tỷ đồng", "48,5", 48.5e9, "money", "đồng", subject="lợi nhuận sau thuế", period=I(Y24)),
    F("có 420 lao động", "420", 420, "count", "lao động", subject="lao động của công ty"),
    F("9,8 triệu đồng/người/tháng", "9,8", 9.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    F("có 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền chiết rót"),
    F("40.000 chai/giờ", "40.000", 40000, "measure", "chai/giờ", subject="công suất thiết kế"),
    F("sâu 180 m", "180", 180, "measure", "m", subject="độ sâu giếng khoan"),
    F("giếng 56 độ C", "56", 56, "measure", "độ C", subject="nhiệt độ tại miệng giếng"),
    F("khoảng 3.200 mg/l", "3.200", 3200, "measure", "mg/l", approx="about", subject="tổng khoáng hóa"),
    F("45 tỉnh, thành phố", "45", 45, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có sản phẩm",
      location="Việt Nam"),
    F("đạt 2,3 triệu USD", "2,3", 2.3e6, "money", "USD", subject="kim ngạch xuất khẩu",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("5.000-8.000 đồng/chai", "5.000", 5000, "money", "đồng/chai", value_max=8000, subject="giá bán lẻ"),
    F("500 ml", "500", 500, "measure", "ml", subject="dung tích chai", optional=True),
    F("đầu tư 150 tỷ đồng", "150", 150e9, "money", "đồng", status="forecast", subject="vốn đầu tư", period=Y25),
    F("thêm 2 dây chuyền", "2", 2, "count", "dây chuyền", status="forecast", subject="dây chuyền lắp thêm",
      period=Y25),
    F("lên 120 triệu lít", "120", 120e6, "measure", "lít", status="forecast", subject="sản lượng", period=Y25),
    F("ước đạt 21.000 tỷ đồng", "21.000", 21000e9, "money", "đồng", status="estimate",
      change=C("increase", 9, baseline="năm 2023", approx="about"),
      subject="quy mô thị trường nước khoáng đóng chai", period=P("năm 2024", "2024-01-01", "2024-12-31"),
      location="Việt Nam"),
    F("khoảng 18 lít", "18", 18, "measure", "lít/người/năm", approx="about",
      subject="lượng nước khoáng tiêu thụ bình quân mỗi người", location="Việt Nam"),
]

build("p833-6", TEXT, FIGS, published="2025-03-06", location="Quảng Ngãi", notes=[
    "National newspaper: a (fictional) bottled mineral water company in Quảng Ngãi, 2024 results; national market.",
    "The company's figures are Quảng Ngãi (trade partners Hàn Quốc, Nhật Bản are not places of the figure);",
    "  '45 tỉnh, thành phố' is a count of provinces (Việt Nam); the association's market figures are Việt Nam.",
    "Headline figure has no period. '500 ml' is the bottle size of the quoted price: optional.",
    "'khoảng 18 lít … mỗi năm' per person: unit lít/người/năm (denominator in the unit); no period phrase.",
    "Distractors: 6/3/2025 14:30 (GMT+7), Khu công nghiệp Tịnh Phong, QCVN 6-1:2010/BYT, Lê Văn Ba (name).",
])

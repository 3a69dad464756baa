"""p1099-4: ministry site (Bộ NN&PTNT), national greenhouse area, tomato yields, prices, investment, 2030 target."""
from lib import F, P, I, C, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Trồng trọt
Phát triển sản xuất rau, quả trong nhà màng theo hướng hàng hóa
Ngày đăng: 22/08/2023 | Lượt xem: 1.204

Theo Cục Trồng trọt, tính đến tháng 6/2023, cả nước có khoảng 9.800 ha sản xuất nông nghiệp trong nhà màng, nhà lưới, nhà kính, tăng gần 2 lần so với năm 2018. Trong đó, diện tích trồng rau, quả chiếm khoảng 55%, hoa và cây cảnh khoảng 40%.

Các địa phương có diện tích lớn nhất lần lượt là Lâm Đồng (5.250 ha), Hà Nội (820 ha), Sơn La (410 ha) và Bà Rịa - Vũng Tàu (300 ha).

Riêng cà chua trồng trong nhà màng có khoảng 1.100 ha, năng suất đạt 150-200 tấn/ha/năm, trong khi trồng ngoài đồng chỉ 50-60 tấn/ha. Sản lượng cà chua cả nước năm 2022 đạt gần 700 nghìn tấn, trong đó cà chua nhà màng chiếm khoảng 25%. Giá cà chua nhà màng tại các chợ đầu mối phổ biến 18.000-25.000 đồng/kg, cao hơn khoảng 35% so với cà chua trồng ngoài đồng.

Suất đầu tư nhà màng công nghệ nhập khẩu khoảng 400-500 triệu đồng/1.000 m2, nhà màng sản xuất trong nước chỉ 180-250 triệu đồng/1.000 m2.

Theo Quyết định số 1895/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2030 phấn đấu diện tích sản xuất nông nghiệp ứng dụng công nghệ cao trong nhà màng đạt trên 20.000 ha; giá trị sản phẩm thu hoạch trên 1 ha đạt bình quân 1 tỷ đồng/năm. Cục Trồng trọt đề nghị các địa phương có trên 500 ha nhà màng xây dựng vùng sản xuất tập trung, gắn với chế biến và tiêu thụ.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

JUN = P("tính đến tháng 6/2023", None, "2023-06-30")
AREA = "diện tích sản xuất nông nghiệp trong nhà màng, nhà lưới, nhà kính"
Y30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("khoảng 9.800 ha", "9.800", 9800, "measure", "ha", AREA, approx="about",
      change=C("increase", 2, "lần", "năm 2018", "nearly"), period=JUN),
    F("chiếm khoảng 55%", "55", 55, "percent", "%", "diện tích trồng rau, quả trong diện tích nhà màng",
      approx="about", period=I(JUN)),
    F("cảnh khoảng 40%", "40", 40, "percent", "%", "diện tích hoa và cây cảnh trong diện tích nhà màng",
      approx="about", period=I(JUN)),
    F("Lâm Đồng (5.250 ha)", "5.250", 5250, "measure", "ha", AREA, location="Lâm Đồng", period=I(JUN)),
    F("Hà Nội (820 ha)", "820", 820, "measure", "ha", AREA, location="Hà Nội", period=I(JUN)),
    F("Sơn La (410 ha)", "410", 410, "measure", "ha", AREA, location="Sơn La", period=I(JUN)),
    F("Vũng Tàu (300 ha)", "300", 300, "measure", "ha", AREA, location="Bà Rịa - Vũng Tàu", period=I(JUN)),
    F("khoảng 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích cà chua trồng trong nhà màng", approx="about"),
    F("150-200 tấn/ha/năm", "150", 150, "measure", "tấn/ha/năm", "năng suất cà chua trồng trong nhà màng",
      value_max=200),
    F("chỉ 50-60 tấn/ha", "50", 50, "measure", "tấn/ha", "năng suất cà chua trồng ngoài đồng", value_max=60),
    F("gần 700 nghìn tấn", "700", 700000, "measure", "tấn", "sản lượng cà chua cả nước", approx="nearly",
      period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("chiếm khoảng 25%", "25", 25, "percent", "%", "cà chua nhà màng trong sản lượng cà chua cả nước",
      approx="about", period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("18.000-25.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá cà chua nhà màng tại các chợ đầu mối",
      value_max=25000, change=C("increase", 35, "%", "cà chua trồng ngoài đồng", "about")),
    F("khoảng 400-500 triệu", "400", 400e6, "money", "đồng/1.000 m2", "suất đầu tư nhà màng công nghệ nhập khẩu",
      approx="about", value_max=500e6),
    F("chỉ 180-250 triệu", "180", 180e6, "money", "đồng/1.000 m2", "suất đầu tư nhà màng sản xuất trong nước",
      value_max=250e6),
    F("trên 20.000 ha", "20.000", 20000, "measure", "ha",
      "diện tích sản xuất nông nghiệp ứng dụng công nghệ cao trong nhà màng", approx="over", status="target",
      period=Y30),
    F("bình quân 1 tỷ đồng/năm", "1", 1e9, "money", "đồng/năm", "giá trị sản phẩm thu hoạch trên 1 ha",
      status="target", period=Y30),
    F("có trên 500 ha", "500", 500, "measure", "ha", "diện tích nhà màng của địa phương (ngưỡng)",
      approx="over", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), national: 'Ngày đăng: 22/08/2023 | Lượt xem: 1.204'. Location Việt Nam except the provinces of the ranking list.",
    "Distractors: Lượt xem 1.204, Quyết định số 1895/QĐ-TTg, the address 'Số 2 Ngọc Hà', the phone, baseline 'năm 2018'.",
    "'tăng gần 2 lần so với năm 2018' is the change of 9.800 ha (unit lần, nearly). The shares after 'Trong đó … chiếm khoảng 55%' have no base amount: percent figures.",
    "'trong đó cà chua nhà màng chiếm khoảng 25%' is a share of another subject, not the percent of 700 nghìn tấn: its own percent figure.",
    "'giá trị sản phẩm thu hoạch trên 1 ha … 1 tỷ đồng/năm': '1 ha' is the denominator (subject, as in gold 000), not a figure.",
    "'các địa phương có trên 500 ha' is a category threshold: optional.",
]

if __name__ == "__main__":
    build("p1099-4", TEXT, FIGS, COMMENTS, published="2023-08-22", location="Việt Nam")

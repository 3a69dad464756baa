"""p1099-6: national newspaper: an engineer's high-tech tomato farm in Củ Chi (TP Hồ Chí Minh) + national context."""
from lib import F, P, I, C, T, build

TEXT = """Kinh doanh > Nông nghiệp
Chủ nhật, 16/3/2025, 07:30 (GMT+7)
Kỹ sư bỏ phố về Củ Chi trồng cà chua công nghệ cao
Trang trại 2 ha nhà màng của anh Trần Minh Khoa ở xã Tân Thạnh Đông, huyện Củ Chi, mỗi ngày xuất bán 1,5-2 tấn cà chua cherry cho các chuỗi siêu thị.

Năm 2019, anh Khoa vay 3 tỷ đồng xây dựng 5.000 m2 nhà màng đầu tiên cạnh Tỉnh lộ 15. Đến nay, trang trại đã mở rộng lên 2 ha với tổng vốn đầu tư khoảng 14 tỷ đồng, trong đó hệ thống tưới nhỏ giọt và điều khiển khí hậu chiếm gần 30%.

Cà chua được trồng trên giá thể xơ dừa, tưới theo công thức dinh dưỡng riêng, năng suất đạt 180-200 tấn/ha/năm, trong khi trồng ngoài đồng chỉ khoảng 60 tấn/ha/năm. Năm 2024, trang trại cung ứng 420 tấn cà chua, doanh thu 16,8 tỷ đồng, lợi nhuận trên 4 tỷ đồng. Giá bán cà chua cherry cho siêu thị ổn định 38.000-42.000 đồng/kg, trong khi cà chua trồng ngoài trời của nông dân trong xã có lúc chỉ bán được 8.000 đồng/kg.

Theo Cục Trồng trọt, cả nước hiện có khoảng 10.000 ha nhà màng, nhà lưới, trong đó TP Hồ Chí Minh có khoảng 560 ha. Năm 2024, Việt Nam nhập khẩu hơn 52.000 tấn cà chua, chủ yếu từ Trung Quốc, trị giá khoảng 31 triệu USD, tăng 18% so với năm 2023.

Năm nay, anh Khoa dự kiến đầu tư thêm 1 ha nhà màng, nâng sản lượng lên 700 tấn/năm. TP Hồ Chí Minh đặt mục tiêu đến năm 2030 có 1.000 ha sản xuất nông nghiệp trong nhà màng.

Hoài Thương
"""

Y19 = P("Năm 2019", "2019-01-01", "2019-12-31")
NOW = P("Đến nay", None, "2025-03-16")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm nay", "2025-01-01", "2025-12-31")
HCM = "TP Hồ Chí Minh"
VN = "Việt Nam"
FIGS = [
    F("Trang trại 2 ha", "2", 2, "measure", "ha", "diện tích nhà màng của trang trại"),
    F("xuất bán 1,5-2 tấn", "1,5", 1.5, "measure", "tấn/ngày", "cà chua cherry xuất bán mỗi ngày",
      value_max=2),
    F("vay 3 tỷ đồng", "3", 3e9, "money", "đồng", "vốn vay xây dựng nhà màng", period=Y19),
    F("xây dựng 5.000 m2", "5.000", 5000, "measure", "m2", "diện tích nhà màng đầu tiên", period=Y19),
    F("mở rộng lên 2 ha", "2", 2, "measure", "ha", "diện tích trang trại", period=NOW),
    F("khoảng 14 tỷ đồng", "14", 14e9, "money", "đồng", "tổng vốn đầu tư trang trại", approx="about",
      period=NOW),
    F("chiếm gần 30%", "30", 30, "percent", "%", "hệ thống tưới nhỏ giọt và điều khiển khí hậu trong tổng vốn đầu tư",
      approx="nearly", period=NOW),
    F("180-200 tấn/ha/năm", "180", 180, "measure", "tấn/ha/năm", "năng suất cà chua", value_max=200),
    F("khoảng 60 tấn/ha/năm", "60", 60, "measure", "tấn/ha/năm", "năng suất cà chua trồng ngoài đồng",
      approx="about"),
    F("cung ứng 420 tấn", "420", 420, "measure", "tấn", "cà chua trang trại cung ứng", period=Y24),
    F("doanh thu 16,8 tỷ đồng", "16,8", 16.8e9, "money", "đồng", "doanh thu", period=Y24),
    F("trên 4 tỷ đồng", "4", 4e9, "money", "đồng", "lợi nhuận", approx="over", period=Y24),
    F("38.000-42.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá bán cà chua cherry cho siêu thị",
      value_max=42000),
    F("bán được 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá cà chua trồng ngoài trời của nông dân"),
    F("khoảng 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích nhà màng, nhà lưới cả nước",
      approx="about", location=VN),
    F("khoảng 560 ha", "560", 560, "measure", "ha", "diện tích nhà màng, nhà lưới", approx="about",
      total=10000, location=HCM),
    F("hơn 52.000 tấn", "52.000", 52000, "measure", "tấn", "cà chua nhập khẩu", approx="over", location=VN,
      period=Y24),
    F("khoảng 31 triệu USD", "31", 31e6, "money", "USD", "trị giá cà chua nhập khẩu", approx="about",
      change=C("increase", 18, "%", "năm 2023"), location=VN, period=Y24),
    F("thêm 1 ha", "1", 1, "measure", "ha", "diện tích nhà màng đầu tư thêm", status="forecast", period=Y25),
    F("lên 700 tấn/năm", "700", 700, "measure", "tấn/năm", "sản lượng cà chua của trang trại",
      status="forecast", period=Y25),
    F("có 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích sản xuất nông nghiệp trong nhà màng",
      status="target", location=HCM, period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "National newspaper: 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)' is the dateline; byline 'Hoài Thương' at the end.",
    "Distractors: weekday 'Chủ nhật', the time, Tỉnh lộ 15, 'Năm 2019' (a period), baseline 'năm 2023'.",
    "The farm's figures are located in huyện Củ Chi (the article's place); TP Hồ Chí Minh's 560 ha and 2030 target are the city; national area and imports are Việt Nam (Trung Quốc is a trade partner, not a place).",
    "'Trang trại 2 ha' (lead) and 'mở rộng lên 2 ha' are both stated: two figures. 'Đến nay' ends at the dateline; 'Năm nay' = 2025.",
    "'trong đó … chiếm gần 30%' is a share with no base amount: its own percent figure. 560 ha follows 'trong đó' after the national 10.000 ha: total 10000.",
    "'mỗi ngày xuất bán 1,5-2 tấn': the time denominator goes into the unit (tấn/ngày).",
]

if __name__ == "__main__":
    build("p1099-6", TEXT, FIGS, COMMENTS, published="2025-03-16", location="Củ Chi")

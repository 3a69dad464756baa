"""p697-6: national press, EV sales 9 months of 2024, brands, prices, charging network, forecast."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Ô tô - Xe máy
Thứ năm, 17/10/2024, 14:30 (GMT+7)
Doanh số ô tô điện 9 tháng tăng 62%

Thị trường tiêu thụ khoảng 58.600 ô tô điện trong 9 tháng, chiếm khoảng 18% tổng doanh số toàn thị trường.

Theo số liệu của Hiệp hội các nhà sản xuất ô tô Việt Nam (VAMA) và các hãng ngoài hiệp hội, 9 tháng năm 2024, thị trường tiêu thụ khoảng 58.600 ô tô điện, tăng 62% so với cùng kỳ năm ngoái. Ô tô điện chiếm khoảng 18% tổng doanh số toàn thị trường (năm 2023 tỷ lệ này là 9,5%). Riêng quý III/2024, doanh số đạt 24.300 xe, tăng 15,2% so với quý II.

VinFast tiếp tục dẫn đầu với 51.000 xe bàn giao, chiếm 87%; tiếp đến là BYD 4.200 xe và Wuling 1.850 xe. Giá bán các mẫu xe điện phổ thông dao động từ 240 đến 800 triệu đồng; mẫu VF 3 có giá niêm yết 299 triệu đồng. Ô tô điện chạy pin được miễn 100% lệ phí trước bạ đến hết ngày 28/2/2025 theo Nghị định số 10/2022/NĐ-CP.

Mạng lưới sạc cũng mở rộng nhanh. V-Green cho biết đã lắp đặt khoảng 150.000 cổng sạc tại 63 tỉnh, thành; EVN và các doanh nghiệp khác vận hành thêm gần 1.100 trụ sạc. Giá sạc phổ biến là 3.858 đồng/kWh, tương đương chi phí khoảng 600 đồng/km, thấp hơn khoảng 65% so với xe chạy xăng cùng phân khúc.

VAMA dự báo cả năm 2024, doanh số ô tô điện có thể đạt 80.000-85.000 xe.

Đức Minh
"""

M9H = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("9 tháng tăng 62%", "62", 62, "percent", "%", "doanh số ô tô điện", M9H),
    F("khoảng 58.600 ô tô điện trong", "58.600", 58600, "count", "ô tô điện", "ô tô điện tiêu thụ", M9H,
      approx="about", percent=18),
    F("khoảng 58.600 ô tô điện,", "58.600", 58600, "count", "ô tô điện", "ô tô điện tiêu thụ", M9, approx="about",
      change=CH("increase", 62, "%", "cùng kỳ năm ngoái")),
    F("chiếm khoảng 18% tổng doanh số toàn thị trường (", "18", 18, "percent", "%",
      "tỷ trọng ô tô điện trong tổng doanh số toàn thị trường", I(M9), approx="about"),
    F("là 9,5%", "9,5", 9.5, "percent", "%", "tỷ trọng ô tô điện trong tổng doanh số toàn thị trường", Y23),
    F("đạt 24.300 xe", "24.300", 24300, "count", "xe", "doanh số ô tô điện", Q3,
      change=CH("increase", 15.2, "%", "quý II")),
    F("với 51.000 xe", "51.000", 51000, "count", "xe", "xe bàn giao của VinFast", I(M9), percent=87),
    F("BYD 4.200 xe", "4.200", 4200, "count", "xe", "xe bàn giao của BYD", I(M9)),
    F("Wuling 1.850 xe", "1.850", 1850, "count", "xe", "xe bàn giao của Wuling", I(M9)),
    F("từ 240 đến 800 triệu đồng", "240", 240000000, "money", "đồng", "giá bán các mẫu xe điện phổ thông",
      value_max=800000000),
    F("niêm yết 299 triệu đồng", "299", 299000000, "money", "đồng", "giá niêm yết mẫu VF 3"),
    F("miễn 100%", "100", 100, "percent", "%", "mức miễn lệ phí trước bạ ô tô điện chạy pin"),
    F("khoảng 150.000 cổng sạc", "150.000", 150000, "count", "cổng sạc", "cổng sạc V-Green lắp đặt",
      approx="about"),
    F("tại 63 tỉnh", "63", 63, "count", "tỉnh, thành", "tỉnh, thành có cổng sạc V-Green"),
    F("gần 1.100 trụ sạc", "1.100", 1100, "count", "trụ sạc", "trụ sạc của EVN và các doanh nghiệp khác",
      approx="nearly"),
    F("là 3.858 đồng/kWh", "3.858", 3858, "money", "đồng/kWh", "giá sạc phổ biến"),
    F("khoảng 600 đồng/km", "600", 600, "money", "đồng/km", "chi phí sạc", approx="about",
      change=CH("decrease", 65, "%", "xe chạy xăng cùng phân khúc", approx="about")),
    F("đạt 80.000-85.000 xe", "80.000", 80000, "count", "xe", "doanh số ô tô điện", Y24, value_max=85000,
      status="forecast"),
]

COMMENTS = [
    "National press: doanh số ô tô điện 9 tháng năm 2024 (VAMA + hãng ngoài hiệp hội), thị phần hãng, giá xe, lệ phí trước bạ, mạng lưới sạc.",
    "Dateline 'Thứ năm, 17/10/2024, 14:30 (GMT+7)' (published); year-less '9 tháng' in headline and lead takes 2024 from it.",
    "Headline growth rate (62%) is a percent figure; the lead restates 58.600 (period from 'trong 9 tháng') with 'chiếm khoảng 18%' as",
    "its percent; in the body 'Ô tô điện chiếm khoảng 18%' opens a new sentence with no number before it: a percent figure of its own.",
    "'(năm 2023 tỷ lệ này là 9,5%)' is a figure of its own (own verb in brackets), not a change of 18%.",
    "Brands are not places: subject 'xe bàn giao của <brand>', location Việt Nam. 'chiếm 87%' is the percent of 51.000 xe.",
    "Distractors: (GMT+7), VF 3 (model), Nghị định số 10/2022/NĐ-CP, 'đến hết ngày 28/2/2025' (validity of a fee waiver; no period given).",
    "'thấp hơn khoảng 65% so với xe chạy xăng' is the change of 600 đồng/km.",
]

if __name__ == "__main__":
    emit("p697-6", TEXT, COMMENTS, FIGS, published="2024-10-17", location="Việt Nam")

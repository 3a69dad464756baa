"""p612-2: huyện Gia Lâm (Hà Nội) district portal — bus routes and passengers Q1/2024, stops, shelters, satisfaction."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM
Trang chủ / Kinh tế - Hạ tầng
Thứ Năm, 18/04/2024 - 10:15

Xe buýt phủ kín 22/22 xã, thị trấn của huyện Gia Lâm

Quý I/2024, trên địa bàn huyện Gia Lâm có 27 tuyến xe buýt hoạt động, trong đó 9 tuyến sử dụng xe buýt điện. Tổng số lượt hành khách đi xe buýt qua địa bàn huyện ước đạt 1,35 triệu lượt, tăng 18% so với cùng kỳ năm 2023. Riêng các tuyến buýt điện E01, E05 và E06 ước vận chuyển khoảng 420 nghìn lượt khách, chiếm 31,1% tổng sản lượng.

Toàn huyện hiện có 186 điểm dừng đón trả khách, trong đó có 54 nhà chờ; thời gian giãn cách giữa các chuyến từ 15 đến 20 phút. Tuyến dài nhất là tuyến 17 Long Biên – Nội Bài, đi qua Quốc lộ 5, với cự ly 42,5 km.

Năm 2023, UBND huyện đã bố trí 12,5 tỷ đồng để cải tạo 36 nhà chờ và lắp đặt 120 biển báo điểm dừng theo Quyết định số 2154/QĐ-UBND. Kết quả khảo sát năm 2023 cho thấy tỷ lệ người dân hài lòng với dịch vụ xe buýt đạt 87,4%, cao hơn 4,2% so với năm 2022.

Theo kế hoạch, trong quý II/2024 sẽ mở mới ba tuyến buýt kết nối khu đô thị Vinhomes Ocean Park với trung tâm huyện. Tổng mức đầu tư hạ tầng điểm dừng cho các tuyến mới dự kiến khoảng 4,8 tỷ đồng.

Minh Châu (Phòng Kinh tế và Hạ tầng)

Địa chỉ: Số 1 đường Thành Trung, thị trấn Trâu Quỳ, huyện Gia Lâm, TP Hà Nội. Điện thoại: 024.3827.6201
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
FIGS = [
    F("22/22", "22", 22, "count", "xã, thị trấn", total=22, subject="xã, thị trấn có xe buýt"),
    F("có 27 tuyến", "27", 27, "count", "tuyến", subject="tuyến xe buýt hoạt động", period=Q1),
    F("đó 9 tuyến", "9", 9, "count", "tuyến", total=27, subject="tuyến sử dụng xe buýt điện", period=Q1),
    F("ước đạt 1,35 triệu lượt", "1,35", 1350000, "count", "lượt", status="estimate",
      change=CH("increase", 18, baseline="cùng kỳ năm 2023"),
      subject="lượt hành khách đi xe buýt qua địa bàn huyện", period=I(Q1)),
    F("khoảng 420 nghìn lượt", "420", 420000, "count", "lượt khách", approx="about", percent=31.1,
      status="estimate", subject="lượt khách các tuyến buýt điện E01, E05 và E06", period=I(Q1)),
    F("có 186 điểm", "186", 186, "count", "điểm dừng", subject="điểm dừng đón trả khách"),
    F("có 54 nhà chờ", "54", 54, "count", "nhà chờ", total=186, subject="nhà chờ"),
    F("từ 15 đến 20 phút", "15", 15, "measure", "phút", value_max=20,
      subject="thời gian giãn cách giữa các chuyến"),
    F("cự ly 42,5 km", "42,5", 42.5, "measure", "km", subject="cự ly tuyến 17 Long Biên – Nội Bài"),
    F("bố trí 12,5 tỷ đồng", "12,5", 12500000000, "money", "đồng",
      subject="kinh phí cải tạo nhà chờ và lắp đặt biển báo điểm dừng", period=Y23),
    F("cải tạo 36 nhà chờ", "36", 36, "count", "nhà chờ", subject="nhà chờ được cải tạo", period=Y23),
    F("đặt 120 biển báo", "120", 120, "count", "biển báo", subject="biển báo điểm dừng được lắp đặt", period=Y23),
    F("đạt 87,4%", "87,4", 87.4, "percent", "%", change=CH("increase", 4.2, baseline="năm 2022"),
      subject="tỷ lệ người dân hài lòng với dịch vụ xe buýt", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("mở mới ba tuyến", "ba", 3, "count", "tuyến", status="target", subject="tuyến buýt mở mới kết nối khu đô thị Vinhomes Ocean Park với trung tâm huyện", period=Q2),
    F("khoảng 4,8 tỷ đồng", "4,8", 4800000000, "money", "đồng", approx="about", status="forecast",
      subject="tổng mức đầu tư hạ tầng điểm dừng cho các tuyến mới"),
]

COMMENTS = [
    "Cổng TTĐT huyện Gia Lâm (Hà Nội): xe buýt quý I/2024 — tuyến, sản lượng, điểm dừng, nhà chờ, khảo sát hài lòng, kế hoạch quý II.",
    "Distractors: route names E01/E05/E06 and tuyến 17, Quốc lộ 5, Quyết định số 2154/QĐ-UBND, Số 1 address, phone, dateline.",
    "Location is the district (Gia Lâm) throughout. 'ước' → estimate (also the explicit 'ước vận chuyển khoảng' of the e-bus part).",
    "'Riêng ... chiếm 31,1% tổng sản lượng' has no part-of cue: percent 31.1, no total. 'ba tuyến' is a number word (3), 'Theo kế hoạch' → target.",
    "'cao hơn 4,2% so với năm 2022' after a percent figure is its change (unit %).",
    "revised after first scoring: subject of 'ba tuyến' now keeps the restrictive qualifier the sentence gives (kết nối ... trung tâm huyện).",
]

if __name__ == "__main__":
    emit("p612-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Gia Lâm")

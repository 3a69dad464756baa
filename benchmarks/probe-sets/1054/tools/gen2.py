"""p1054-2: huyện Cai Lậy (Tiền Giang) district portal, August 2023: price slump, area by commune, codes, training."""
from lib import F, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAI LẬY
Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Giá mít xuống thấp, nhà vườn Cai Lậy gặp khó

Thứ Ba, 15/08/2023 - 10:20

Những tháng gần đây, giá mít Thái trên địa bàn huyện liên tục giảm, hiện thương lái chỉ thu mua từ 5.000 đến 8.000 đồng/kg, giảm hơn 70% so với đầu năm 2022. Với giá thành sản xuất bình quân khoảng 10.000 đồng/kg, nhiều nhà vườn đang lỗ từ 2.000 đến 5.000 đồng/kg.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện hiện có 4.870 ha mít, tăng 1.150 ha so với năm 2020, trong đó diện tích đang cho trái 3.620 ha. Mít được trồng nhiều ở các xã Mỹ Thành Bắc (865 ha), Phú Nhuận (640 ha), Long Trung (512 ha) và Hiệp Đức (478 ha). Sản lượng 6 tháng đầu năm 2023 đạt 52.300 tấn, giảm 8,6% so với cùng kỳ.

Đến nay, huyện có 11 vùng trồng mít được cấp mã số với diện tích 736 ha, chiếm 15,1% diện tích mít toàn huyện. Trong đó, 4 mã số đã được phía Trung Quốc chấp thuận, 7 mã số đang chờ phê duyệt.

Thực hiện Công văn số 1256/UBND-NN ngày 20/7/2023 của UBND huyện, Phòng Nông nghiệp đã phối hợp Hội Nông dân tổ chức 6 lớp tập huấn canh tác mít theo hướng VietGAP cho 240 lượt nông dân; kết nối 3 doanh nghiệp thu mua, chế biến mít sấy. Trong năm 2023, huyện phấn đấu có thêm 150 ha mít đạt chứng nhận VietGAP, nâng tổng diện tích lên 420 ha.

Địa chỉ: Quốc lộ 1, ấp Bình Tịnh, xã Bình Phú, huyện Cai Lậy, tỉnh Tiền Giang. Điện thoại: 0273.3826.105
"""

NOTES = [
    "Cai Lậy district portal ('Thứ Ba, 15/08/2023 - 10:20', footer address and phone): mít price slump 2023, area by commune, codes.",
    "Communes (xã Mỹ Thành Bắc …) are below district level: location stays Cai Lậy, subject is the list's indicator 'diện tích mít'.",
    "'Trong đó, 4 mã số …, 7 mã số …' after a sentence break are parts of the 11 codes (total 11); their 'Đến nay' stands in the previous sentence.",
    "Distractors: Công văn số 1256/UBND-NN ngày 20/7/2023, Quốc lộ 1, phone 0273.3826.105, 'Thứ Ba', 10:20.",
]
NOW = period("Đến nay", None, "2023-08-15")
Y23 = period("Trong năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("từ 5.000 đến 8.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá mít Thái thương lái thu mua", value_max=8000,
      change=change("decrease", 70, "%", "đầu năm 2022", "over")),
    F("khoảng 10.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá thành sản xuất bình quân", approx="about"),
    F("lỗ từ 2.000 đến 5.000 đồng/kg", "2.000", 2000, "money", "đồng/kg", "mức lỗ của nhà vườn", value_max=5000),
    F("có 4.870 ha mít", "4.870", 4870, "measure", "ha", "diện tích mít toàn huyện",
      change=change("increase", 1150, "ha", "năm 2020")),
    F("cho trái 3.620 ha", "3.620", 3620, "measure", "ha", "diện tích mít đang cho trái", total=4870),
    F("Mỹ Thành Bắc (865 ha)", "865", 865, "measure", "ha", "diện tích mít"),
    F("Phú Nhuận (640 ha)", "640", 640, "measure", "ha", "diện tích mít"),
    F("Long Trung (512 ha)", "512", 512, "measure", "ha", "diện tích mít"),
    F("Hiệp Đức (478 ha)", "478", 478, "measure", "ha", "diện tích mít"),
    F("đạt 52.300 tấn", "52.300", 52300, "measure", "tấn", "sản lượng mít",
      period("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30"), change=change("decrease", 8.6, "%", "cùng kỳ")),
    F("có 11 vùng trồng", "11", 11, "count", "vùng trồng", "vùng trồng mít được cấp mã số", NOW),
    F("diện tích 736 ha", "736", 736, "measure", "ha", "diện tích vùng trồng mít được cấp mã số", NOW, percent=15.1),
    F("Trong đó, 4 mã số", "4", 4, "count", "mã số", "mã số được phía Trung Quốc chấp thuận", inherit(NOW), total=11),
    F("7 mã số", "7", 7, "count", "mã số", "mã số đang chờ phê duyệt", inherit(NOW), total=11),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn canh tác mít theo hướng VietGAP"),
    F("cho 240 lượt", "240", 240, "count", "lượt nông dân", "lượt nông dân được tập huấn"),
    F("kết nối 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp thu mua, chế biến mít sấy được kết nối"),
    F("thêm 150 ha", "150", 150, "measure", "ha", "diện tích mít đạt chứng nhận VietGAP tăng thêm", Y23, status="target"),
    F("lên 420 ha", "420", 420, "measure", "ha", "tổng diện tích mít đạt chứng nhận VietGAP", Y23, status="target"),
]

if __name__ == "__main__":
    write("p1054-2", TEXT, NOTES, FIGS, published="2023-08-15", location="Cai Lậy")

from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LỘC - TỈNH HẢI DƯƠNG
Trang chủ / Tin tức / Y tế - Dân số
Thứ Năm, 18/07/2024 - 10:20

Gia Lộc: Hơn 4.200 lượt người được cung cấp dịch vụ kế hoạch hóa gia đình trong 6 tháng đầu năm

6 tháng đầu năm 2024, Trung tâm Y tế huyện Gia Lộc phối hợp với 18 xã, thị trấn triển khai chiến dịch tăng cường truyền thông lồng ghép cung cấp dịch vụ chăm sóc sức khỏe sinh sản/kế hoạch hóa gia đình.

Kết quả, đã có 4.236 lượt người được cung cấp dịch vụ, tăng 8,4% so với cùng kỳ năm 2023. Số người mới áp dụng biện pháp tránh thai hiện đại là 2.915 người, đạt 58,3% kế hoạch năm; trong đó: đặt vòng 412 người, thuốc tiêm 196 người, thuốc uống 1.083 người, bao cao su 1.224 người.

Toàn huyện có 1.126 trẻ được sinh ra, trong đó có 197 trẻ là con thứ 3 trở lên, chiếm 17,5%, giảm 2,1% so với cùng kỳ. Tỷ số giới tính khi sinh là 115 bé trai/100 bé gái. Có 786 bà mẹ mang thai được sàng lọc trước sinh (đạt 69,8%) và 1.032 trẻ sơ sinh được lấy máu gót chân để sàng lọc (đạt 91,6%).

Kinh phí thực hiện chiến dịch khoảng 320 triệu đồng, trong đó ngân sách huyện hỗ trợ 150 triệu đồng, còn lại do Chương trình mục tiêu Y tế - Dân số cấp.

Dự kiến trong 6 tháng cuối năm, huyện tổ chức khám phụ khoa cho khoảng 3.000 phụ nữ trong độ tuổi 15-49 và phấn đấu hoàn thành 100% chỉ tiêu dân số được giao.

Phòng Văn hóa và Thông tin huyện Gia Lộc - Số 02 đường Nguyễn Chế Nghĩa, thị trấn Gia Lộc. ĐT: 0220.3716.258
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("Hơn 4.200 lượt người", "4.200", 4200, "count", "lượt người", "lượt người được cung cấp dịch vụ kế hoạch hóa gia đình",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("với 18 xã, thị trấn", "18", 18, "count", "xã, thị trấn", "xã, thị trấn triển khai chiến dịch", H1),
    F("có 4.236 lượt người", "4.236", 4236, "count", "lượt người", "lượt người được cung cấp dịch vụ", I(H1),
      change=CH("increase", 8.4, "%", "cùng kỳ năm 2023")),
    F("là 2.915 người", "2.915", 2915, "count", "người", "Số người mới áp dụng biện pháp tránh thai hiện đại", I(H1),
      percent=58.3),
    F("đặt vòng 412 người", "412", 412, "count", "người", "người mới áp dụng đặt vòng", I(H1), total=2915),
    F("thuốc tiêm 196 người", "196", 196, "count", "người", "người mới áp dụng thuốc tiêm", I(H1), total=2915),
    F("thuốc uống 1.083 người", "1.083", 1083, "count", "người", "người mới áp dụng thuốc uống", I(H1), total=2915),
    F("bao cao su 1.224 người", "1.224", 1224, "count", "người", "người mới áp dụng bao cao su", I(H1), total=2915),
    F("có 1.126 trẻ", "1.126", 1126, "count", "trẻ", "trẻ được sinh ra", I(H1)),
    F("có 197 trẻ", "197", 197, "count", "trẻ", "trẻ là con thứ 3 trở lên", I(H1), total=1126, percent=17.5,
      change=CH("decrease", 2.1, "%", "cùng kỳ")),
    F("là 115 bé trai", "115", 115, "measure", "bé trai/100 bé gái", "Tỷ số giới tính khi sinh", I(H1)),
    F("Có 786 bà mẹ", "786", 786, "count", "bà mẹ mang thai", "bà mẹ mang thai được sàng lọc trước sinh", I(H1), percent=69.8),
    F("và 1.032 trẻ sơ sinh", "1.032", 1032, "count", "trẻ sơ sinh", "trẻ sơ sinh được lấy máu gót chân để sàng lọc", I(H1),
      percent=91.6),
    F("khoảng 320 triệu đồng", "320", 320e6, "money", "đồng", "Kinh phí thực hiện chiến dịch", I(H1), approx="about"),
    F("hỗ trợ 150 triệu đồng", "150", 150e6, "money", "đồng", "ngân sách huyện hỗ trợ", I(H1), total=320e6),
    F("khoảng 3.000 phụ nữ", "3.000", 3000, "count", "phụ nữ", "phụ nữ được khám phụ khoa", H2, approx="about",
      status="forecast"),
    F("độ tuổi 15-49", "15", 15, "measure", "tuổi", value_max=49, optional=True),
    F("hoàn thành 100% chỉ tiêu", "100", 100, "percent", "%", "hoàn thành chỉ tiêu dân số được giao", H2, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Gia Lộc (Hải Dương): chiến dịch truyền thông lồng ghép cung cấp dịch vụ SKSS/KHHGĐ 6 tháng đầu năm 2024.",
    "Dateline \"Thứ Năm, 18/07/2024 - 10:20\"; headline \"6 tháng đầu năm\" takes 2024 from the dateline. Address \"Số 02 đường ...\" and phone are not figures.",
    "The four methods add up to 2.915 (trong đó); 197 is part of 1.126 (trong đó, same unit); 150 triệu is part of 320 triệu.",
    "\"6 tháng cuối năm\" = 2024-07-01..2024-12-31; \"Dự kiến\" gives forecast, \"phấn đấu\" target. The age band \"15-49\" is optional.",
]

if __name__ == "__main__":
    emit("p640-2", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Gia Lộc")

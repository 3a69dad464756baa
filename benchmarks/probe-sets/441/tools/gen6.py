from lib import *

T = """Kinh doanh › Ngân hàng
Thứ tư, 20/11/2024, 06:00 (GMT+7)

Dư nợ cho vay nhà ở xã hội qua Ngân hàng Chính sách tăng gần 30%

Dư nợ cho vay mua, thuê mua và xây dựng nhà ở xã hội tại Ngân hàng Chính sách xã hội (NHCSXH) đã vượt 11.000 tỷ đồng, song gói 120 nghìn tỷ đồng qua ngân hàng thương mại vẫn giải ngân chậm.

Theo NHCSXH, tính đến ngày 31/10/2024, dư nợ cho vay nhà ở xã hội đạt 11.246 tỷ đồng, tăng 29,6% so với cuối năm 2023, với hơn 31.000 khách hàng còn dư nợ. Trong đó, dư nợ cho vay mua, thuê mua nhà ở xã hội chiếm 38,5%; còn lại là cho vay xây dựng mới hoặc cải tạo, sửa chữa nhà để ở.

Từ đầu năm đến nay, ngân hàng đã giải ngân 3.850 tỷ đồng cho gần 8.900 khách hàng; doanh số thu nợ đạt 1.120 tỷ đồng. Lãi suất cho vay hiện là 6,6%/năm (năm 2023 là 4,8%/năm).

Các địa phương có dư nợ lớn gồm Hà Nội (1.254 tỷ đồng), TP HCM (986 tỷ đồng), Bình Dương (615 tỷ đồng) và Đồng Nai (480 tỷ đồng).

Với gói 120 nghìn tỷ đồng do các ngân hàng thương mại triển khai, sau hơn 19 tháng, mới có 12/63 địa phương có dự án được giải ngân, tổng số tiền khoảng 2.500 tỷ đồng, tức chỉ khoảng 2% quy mô gói. Theo Bộ Xây dựng, nhu cầu vay vốn mua nhà ở xã hội giai đoạn 2025-2030 ước khoảng 145.000 tỷ đồng.

Ông Nguyễn Đức Hưng, Phó tổng giám đốc NHCSXH, cho biết ngân hàng đã đề xuất nâng mức cho vay tối đa lên 80% giá trị hợp đồng và kéo dài thời hạn vay lên 25 năm, đồng thời đề nghị bố trí thêm khoảng 5.000 tỷ đồng vốn cho vay năm 2025.

Phương Anh"""

V = "Việt Nam"
P31 = per("tính đến ngày 31/10/2024", None, "2024-10-31")
P31i = per("tính đến ngày 31/10/2024", None, "2024-10-31", True)
PN = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-20")
figs = [
    F("tăng gần 30%", "30", 30, "percent", "%", "dư nợ cho vay nhà ở xã hội qua Ngân hàng Chính sách", approx="nearly"),
    F("vượt 11.000 tỷ đồng", "11.000", 11000e9, "money", "đồng", "dư nợ cho vay nhà ở xã hội tại NHCSXH", approx="over"),
    F("song gói 120 nghìn tỷ đồng", "120", 120e12, "money", "đồng", "gói tín dụng qua ngân hàng thương mại"),
    F("đạt 11.246 tỷ đồng", "11.246", 11246e9, "money", "đồng", "dư nợ cho vay nhà ở xã hội",
      change={"direction": "increase", "value": 29.6, "unit": "%", "baseline": "cuối năm 2023"}, period=P31),
    F("hơn 31.000 khách hàng", "31.000", 31000, "count", "khách hàng", "khách hàng còn dư nợ", approx="over", period=P31),
    F("chiếm 38,5%", "38,5", 38.5, "percent", "%", "dư nợ cho vay mua, thuê mua nhà ở xã hội", period=P31i),
    F("giải ngân 3.850 tỷ đồng", "3.850", 3850e9, "money", "đồng", "vốn cho vay nhà ở xã hội giải ngân", period=PN),
    F("gần 8.900 khách hàng", "8.900", 8900, "count", "khách hàng", "khách hàng được giải ngân", approx="nearly", period=PN),
    F("đạt 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", "doanh số thu nợ", period=PN),
    F("là 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay nhà ở xã hội"),
    F("là 4,8%/năm", "4,8", 4.8, "percent", "%", "lãi suất cho vay nhà ở xã hội", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    F("Hà Nội (1.254 tỷ đồng)", "1.254", 1254e9, "money", "đồng", "dư nợ cho vay nhà ở xã hội", location="Hà Nội", period=P31i),
    F("TP HCM (986 tỷ đồng)", "986", 986e9, "money", "đồng", "dư nợ cho vay nhà ở xã hội", location="TP Hồ Chí Minh", period=P31i),
    F("Bình Dương (615 tỷ đồng)", "615", 615e9, "money", "đồng", "dư nợ cho vay nhà ở xã hội", location="Bình Dương", period=P31i),
    F("Đồng Nai (480 tỷ đồng)", "480", 480e9, "money", "đồng", "dư nợ cho vay nhà ở xã hội", location="Đồng Nai", period=P31i),
    F("Với gói 120 nghìn tỷ đồng", "120", 120e12, "money", "đồng", "gói tín dụng do các ngân hàng thương mại triển khai"),
    F("hơn 19 tháng", "19", 19, "measure", "tháng", "thời gian triển khai gói tín dụng", approx="over", optional=True),
    F("12/63 địa phương", "12", 12, "count", "địa phương", "địa phương có dự án được giải ngân", total=63),
    F("khoảng 2.500 tỷ đồng", "2.500", 2500e9, "money", "đồng", "tổng số tiền gói tín dụng đã giải ngân", approx="about", percent=2),
    F("khoảng 145.000 tỷ đồng", "145.000", 145000e9, "money", "đồng", "nhu cầu vay vốn mua nhà ở xã hội", approx="about",
      status="estimate", period=per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")),
    F("tối đa lên 80%", "80", 80, "percent", "%", "mức cho vay tối đa so với giá trị hợp đồng", approx="at_most", optional=True),
    F("lên 25 năm", "25", 25, "measure", "năm", "thời hạn vay", optional=True),
    F("khoảng 5.000 tỷ đồng", "5.000", 5000e9, "money", "đồng", "vốn cho vay đề nghị bố trí thêm", approx="about",
      period=per("năm 2025", "2025-01-01", "2025-12-31"), optional=True),
]
C = """National press, dateline 'Thứ tư, 20/11/2024, 06:00 (GMT+7)', byline at the end. National figures (location Việt Nam) except the
bracketed province list of outstanding loans (each item's place is its location; period inherited from 'tính đến ngày 31/10/2024').
Headline 'tăng gần 30%' is a growth rate that is the claim (percent figure, nearly). '120 nghìn tỷ đồng' = 1.2e14 (twice, two anchors).
11.246 tỷ carries 'tăng 29,6% so với cuối năm 2023'. 'chiếm 38,5%' after 'Trong đó' is a percent figure of its own (no base amount).
'Lãi suất … hiện là 6,6%/năm (năm 2023 là 4,8%/năm)': two percent figures; only the bracketed one has a period.
2.500 tỷ: 'tức chỉ khoảng 2% quy mô gói' -> percent 2. 'ước khoảng 145.000 tỷ' -> about + estimate.
Optional: 'sau hơn 19 tháng' (a duration locating the figure in time), the proposed 80% / 25 năm loan terms and the proposed 5.000 tỷ
(proposals, neither actual nor a target in the spec's sense). Distractors: (GMT+7), time 06:00, a person's name and title."""
build("p441-6", T, figs, C, published="2024-11-20", location=V)

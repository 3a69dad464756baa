from lib import *

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Tin tức - Sự kiện | Y tế - Giáo dục

Trung tâm Y tế huyện Đức Trọng đưa vào sử dụng khu điều trị nội trú mới

Vừa qua, Trung tâm Y tế huyện Đức Trọng tổ chức lễ đưa vào sử dụng Khu điều trị nội trú mới với 150 giường bệnh, nâng tổng số giường thực kê của đơn vị lên 370 giường. Công trình có tổng vốn đầu tư gần 68 tỷ đồng từ nguồn ngân sách tỉnh Lâm Đồng.

Quý III/2024, Trung tâm khám bệnh cho 48.620 lượt người, điều trị nội trú 5.318 lượt; công suất sử dụng giường bệnh đạt 128%, cao hơn 23 điểm phần trăm so với quý II/2024. Tại khoa Nhi và khoa Nội, có thời điểm người bệnh phải nằm ghép 2 người/giường.

Từ đầu năm đến nay, Trung tâm đã tiếp nhận 1.126 ca chuyển tuyến từ 15 trạm y tế xã, thị trấn; chuyển lên tuyến trên 842 ca, giảm 18,6% so với cùng kỳ năm 2023, trong đó chuyển Bệnh viện Đa khoa tỉnh Lâm Đồng 615 ca, chuyển các bệnh viện tuyến trung ương 227 ca.

Theo bác sĩ Trần Minh Hải, Giám đốc Trung tâm, năm 2024 đơn vị triển khai mới 27 kỹ thuật như phẫu thuật nội soi, lọc máu chu kỳ; phấn đấu đến cuối năm tỷ lệ chuyển tuyến dưới 5% (năm 2023 là 7,4%). Đến cuối tháng 9/2024, Trung tâm có 62 bác sĩ, đạt 3,4 bác sĩ/vạn dân, trong khi nhu cầu cần thêm từ 15 đến 20 bác sĩ.

Khu điều trị mới gồm 5 tầng, đặt tại số 1 đường Thống Nhất, thị trấn Liên Nghĩa; điện thoại trực cấp cứu: 0263.3843.115.

Ngọc Lan - Trung tâm VH-TT&TT huyện
22/10/2024
Số lượt xem: 415
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-22")
AS9 = P("Đến cuối tháng 9/2024", None, "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("với 150 giường", "150", 150, "count", "giường bệnh", "giường bệnh Khu điều trị nội trú mới"),
    F("lên 370 giường", "370", 370, "count", "giường", "tổng số giường thực kê"),
    F("gần 68 tỷ đồng", "68", 68e9, "money", "đồng", "tổng vốn đầu tư Khu điều trị nội trú mới", approx="nearly"),
    F("cho 48.620 lượt", "48.620", 48620, "count", "lượt người", "lượt khám bệnh", period=Q3),
    F("nội trú 5.318 lượt", "5.318", 5318, "count", "lượt", "lượt điều trị nội trú", period=Q3),
    F("đạt 128%", "128", 128, "percent", "%", "công suất sử dụng giường bệnh",
      change=CH("increase", 23, "điểm phần trăm", "quý II/2024"), period=Q3),
    F("ghép 2 người/giường", "2", 2, "measure", "người/giường", "người bệnh nằm ghép mỗi giường", period=Q3i),
    F("tiếp nhận 1.126 ca", "1.126", 1126, "count", "ca", "ca chuyển tuyến tiếp nhận từ trạm y tế", period=YTD),
    F("từ 15 trạm", "15", 15, "count", "trạm y tế", "trạm y tế xã, thị trấn", period=YTD, optional=True),
    F("trên 842 ca", "842", 842, "count", "ca", "ca chuyển lên tuyến trên",
      change=CH("decrease", 18.6, "%", "cùng kỳ năm 2023"), period=YTD),
    F("Lâm Đồng 615 ca", "615", 615, "count", "ca", "ca chuyển Bệnh viện Đa khoa tỉnh", total=842, period=YTD),
    F("trung ương 227 ca", "227", 227, "count", "ca", "ca chuyển các bệnh viện tuyến trung ương", total=842, period=YTD),
    F("mới 27 kỹ thuật", "27", 27, "count", "kỹ thuật", "kỹ thuật triển khai mới", period=Y24),
    F("tuyến dưới 5%", "5", 5, "percent", "%", "tỷ lệ chuyển tuyến", approx="under", status="target",
      period=P("đến cuối năm", None, "2024-12-31")),
    F("2023 là 7,4%", "7,4", 7.4, "percent", "%", "tỷ lệ chuyển tuyến", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 62 bác sĩ", "62", 62, "count", "bác sĩ", "bác sĩ", period=AS9),
    F("đạt 3,4 bác sĩ", "3,4", 3.4, "measure", "bác sĩ/vạn dân", "số bác sĩ trên vạn dân", period=AS9),
    F("từ 15 đến 20 bác sĩ", "15", 15, "count", "bác sĩ", "bác sĩ cần thêm", value_max=20, period=AS9),
    F("gồm 5 tầng", "5", 5, "count", "tầng", "tầng Khu điều trị mới", optional=True),
]

build(5, TEXT, FIGS, [
    "District portal of huyện Đức Trọng (Lâm Đồng): new inpatient block, quý III/2024 activity, referrals từ đầu năm đến nay.",
    "No dateline at the top; bare date '22/10/2024' after the byline at the end (= published); 'Số lượt xem: 415' is furniture.",
    "Location Đức Trọng for all figures (the district's own health centre), also the referrals to the provincial hospital.",
    "'cao hơn 23 điểm phần trăm so với quý II/2024' is the change of 128%. 615 + 227 = 842 ('trong đó'). 'Vừa qua' gives no period (null).",
    "'15 trạm y tế' (structure) and '5 tầng' optional. Distractors: 'số 1 đường Thống Nhất', phone, 'Trung tâm VH-TT&TT'.",
], published="2024-10-22", location="Đức Trọng")

from lib import *

A = """BÁO CÀ MAU
Xã hội

Chống lao: Nỗ lực về đích kế hoạch năm

9 tháng năm 2024, Chương trình chống lao tỉnh Cà Mau đã khám phát hiện cho 21.540 lượt người nghi lao, xét nghiệm đờm cho 14.318 người. Kết quả, phát hiện 1.096 bệnh nhân lao các thể, đạt 73,1% kế hoạch năm, tăng 8,2% so với cùng kỳ; tỷ lệ phát hiện đạt 90,6 bệnh nhân/100.000 dân.

Trong số bệnh nhân được phát hiện, có 712 ca lao phổi có bằng chứng vi khuẩn học (chiếm 65%), 238 ca lao phổi không có bằng chứng vi khuẩn học và 146 ca lao ngoài phổi. Huyện có số bệnh nhân lao phát hiện nhiều nhất là Trần Văn Thời với 168 ca, kế đến là TP Cà Mau 151 ca, Cái Nước 124 ca; thấp nhất là Năm Căn với 42 ca.

Đối với lao kháng thuốc, tỉnh đã thu dung điều trị 37 bệnh nhân, bằng 92,5% chỉ tiêu (chỉ tiêu 40 bệnh nhân). Tỷ lệ điều trị thành công ở bệnh nhân lao mới và tái phát đạt 91,3%, ở bệnh nhân lao kháng thuốc đạt từ 75 đến 78% tùy phác đồ.

Từ tháng 3/2024 đến nay, dự án ACT3 đã phối hợp tổ chức sàng lọc lao chủ động tại 45 xã, phường, thị trấn, với hơn 11.200 người được chụp X-quang miễn phí.

Bác sĩ CKII Nguyễn Văn Tâm, Phó Giám đốc Bệnh viện Lao và Bệnh phổi Cà Mau cho biết: "Dự kiến cả năm 2024, toàn tỉnh sẽ phát hiện khoảng 1.550 bệnh nhân, vượt kế hoạch 3,3%. Người dân có triệu chứng nghi lao có thể liên hệ đường dây nóng 0290.3831.015 để được hướng dẫn, thăm khám kịp thời".

Theo ông Tâm, khó khăn hiện nay là nhiều người bệnh ở vùng sâu, vùng xa chưa đi khám sớm, trong khi một số trạm y tế xã chưa được trang bị máy X-quang kỹ thuật số. Thời gian tới, bệnh viện sẽ phối hợp với các trung tâm y tế huyện tăng cường truyền thông, sàng lọc tại cộng đồng.

Hoàng Vũ
28/10/2024
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
S3 = P("Từ tháng 3/2024 đến nay", "2024-03-01", "2024-10-28")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
L = "bệnh nhân lao phát hiện"

figs = [
    F("cho 21.540 lượt người", "21.540", 21540, "count", "lượt người", "lượt người nghi lao được khám phát hiện", M9),
    F("cho 14.318 người", "14.318", 14318, "count", "người", "người được xét nghiệm đờm", M9),
    F("phát hiện 1.096 bệnh nhân", "1.096", 1096, "count", "bệnh nhân", "bệnh nhân lao các thể được phát hiện", M9i,
      percent=73.1, change=C("increase", 8.2, baseline="cùng kỳ")),
    F("đạt 90,6 bệnh nhân", "90,6", 90.6, "measure", "bệnh nhân/100.000 dân", "tỷ lệ phát hiện", M9i),
    F("có 712 ca", "712", 712, "count", "ca", "lao phổi có bằng chứng vi khuẩn học", M9i, total=1096, percent=65),
    F("238 ca", "238", 238, "count", "ca", "lao phổi không có bằng chứng vi khuẩn học", M9i, total=1096),
    F("146 ca", "146", 146, "count", "ca", "lao ngoài phổi", M9i, total=1096),
    F("với 168 ca", "168", 168, "count", "ca", L, M9i, location="Trần Văn Thời"),
    F("Cà Mau 151 ca", "151", 151, "count", "ca", L, M9i, location="Cà Mau"),
    F("Cái Nước 124 ca", "124", 124, "count", "ca", L, M9i, location="Cái Nước"),
    F("với 42 ca", "42", 42, "count", "ca", L, M9i, location="Năm Căn"),
    F("điều trị 37 bệnh nhân", "37", 37, "count", "bệnh nhân", "bệnh nhân lao kháng thuốc được thu dung điều trị", M9i,
      percent=92.5, target=T(40, "bệnh nhân")),
    F("đạt 91,3%", "91,3", 91.3, "percent", "%", "Tỷ lệ điều trị thành công ở bệnh nhân lao mới và tái phát", M9i),
    F("từ 75 đến 78%", "75", 75, "percent", "%", "Tỷ lệ điều trị thành công ở bệnh nhân lao kháng thuốc", M9i, value_max=78),
    F("tại 45 xã", "45", 45, "count", "xã, phường, thị trấn", "xã, phường, thị trấn sàng lọc lao chủ động", S3),
    F("hơn 11.200 người", "11.200", 11200, "count", "người", "người được chụp X-quang miễn phí", S3, approx="over"),
    F("khoảng 1.550 bệnh nhân", "1.550", 1550, "count", "bệnh nhân", "bệnh nhân lao được phát hiện", Y24, approx="about",
      status="forecast", change=C("increase", 3.3, baseline="kế hoạch")),
]

write(5, A, figs, [
    "Party newspaper (Báo Cà Mau), no dateline at the top; byline and bare date '28/10/2024' at the end (published). TB 9 months 2024.",
    "1.096: percent 73,1 (đạt ... kế hoạch năm), change +8,2% vs cùng kỳ. '90,6 bệnh nhân/100.000 dân' is a rate (measure, unit with denominator).",
    "'Trong số bệnh nhân được phát hiện, có 712 ..., 238 ..., 146 ...' (parts add up to 1.096, whole in the previous sentence): total 1.096.",
    "District list: location = district (Trần Văn Thời, TP Cà Mau, Cái Nước, Năm Căn — a name containing 'Năm'); subject = list indicator.",
    "37 bệnh nhân: percent 92,5 ('bằng ... chỉ tiêu'), target 40 (bracket). 'từ 75 đến 78%' a range. 'dự án ACT3', 'CKII' are names.",
    "'Dự kiến cả năm 2024 ... khoảng 1.550' forecast, about; 'vượt kế hoạch 3,3%' is a change with baseline kế hoạch.",
    "'Từ tháng 3/2024 đến nay' runs to the published date. Distractor: hotline 0290.3831.015.",
], published="2024-10-28", location="Cà Mau")

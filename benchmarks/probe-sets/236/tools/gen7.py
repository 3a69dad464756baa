from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẠ LONG
Tin tức - Sự kiện » Kinh tế

Taxi và xe công nghệ tăng mạnh trong mùa du lịch
Thứ Năm, 10/10/2024 - 08:30

Theo Phòng Quản lý đô thị thành phố, tính đến hết quý III/2024, trên địa bàn có 1.850 xe taxi của 14 doanh nghiệp, hợp tác xã, tăng 310 xe so với cuối năm 2023; trong đó 420 xe taxi điện, chiếm 22,7%. Ngoài ra, còn khoảng 2.300 xe hợp đồng điện tử hoạt động qua các ứng dụng Grab, Be, Xanh SM.

Quý III/2024, taxi trên địa bàn thực hiện khoảng 1,24 triệu chuyến, tăng 15,2% so với cùng kỳ, doanh thu ước 186 tỷ đồng. Riêng tháng 7 và tháng 8, cao điểm du lịch hè, số chuyến đạt lần lượt 468.000 và 495.000 chuyến. Xe công nghệ chiếm khoảng 41% thị phần vận chuyển hành khách bằng ô tô dưới 9 chỗ, tăng 6 điểm phần trăm so với năm 2023.

Giá cước taxi dao động từ 12.000 đến 17.000 đồng/km tùy loại xe 4 chỗ hay 7 chỗ; cước mở cửa từ 10.000 đến 12.000 đồng. Qua kiểm tra, lực lượng chức năng đã xử lý 126 trường hợp vi phạm, phạt tiền hơn 318 triệu đồng, tước giấy phép lái xe 9 trường hợp; tiếp nhận 37 phản ánh về taxi, giảm 12 phản ánh so với quý II.

Thành phố đặt mục tiêu đến năm 2025 có ít nhất 50% xe taxi sử dụng điện, đồng thời xây dựng 35 trạm sạc công cộng tại các khu vực Bãi Cháy, Hồng Gai, Hà Khánh. Người dân phản ánh qua đường dây nóng 0203.3628.115 hoặc ứng dụng Hạ Long Smart.

Lượt truy cập: 5.412
"""

pub = "2024-10-10"
asof = P("tính đến hết quý III/2024", None, "2024-09-30")
asofi = P("tính đến hết quý III/2024", None, "2024-09-30", True)
q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", True)
m7 = P("tháng 7", "2024-07-01", "2024-07-31")
m8 = P("tháng 8", "2024-08-01", "2024-08-31")
to25 = P("đến năm 2025", None, "2025-12-31")

figs = [
    F("có 1.850 xe taxi", "1.850", 1850, "count", "xe taxi", "xe taxi", asof,
      change=CH("increase", 310, "xe", "cuối năm 2023")),
    F("của 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã kinh doanh taxi",
      asof),
    F("trong đó 420 xe", "420", 420, "count", "xe taxi điện", "xe taxi điện", asof, total=1850, percent=22.7),
    F("khoảng 2.300 xe", "2.300", 2300, "count", "xe hợp đồng điện tử", "xe hợp đồng điện tử hoạt động qua các ứng dụng",
      asofi, approx="about"),
    F("khoảng 1,24 triệu chuyến", "1,24", 1.24e6, "count", "chuyến", "chuyến taxi", q3, approx="about",
      change=CH("increase", 15.2, "%", "cùng kỳ")),
    F("ước 186 tỷ đồng", "186", 186e9, "money", "đồng", "doanh thu taxi", q3, status="estimate"),
    F("lần lượt 468.000", "468.000", 468000, "count", "chuyến", "số chuyến taxi", m7),
    F("và 495.000 chuyến", "495.000", 495000, "count", "chuyến", "số chuyến taxi", m8),
    F("khoảng 41% thị phần", "41", 41, "percent", "%", "thị phần vận chuyển hành khách bằng ô tô dưới 9 chỗ của xe công nghệ",
      q3i, approx="about", change=CH("increase", 6, "điểm phần trăm", "năm 2023")),
    F("dưới 9 chỗ", "9", 9, "count", "chỗ", "số chỗ ô tô", approx="under", optional=True),
    F("từ 12.000 đến 17.000", "12.000", 12000, "money", "đồng/km", "giá cước taxi", value_max=17000),
    F("xe 4 chỗ", "4", 4, "count", "chỗ", "loại xe taxi", optional=True),
    F("hay 7 chỗ", "7", 7, "count", "chỗ", "loại xe taxi", optional=True),
    F("từ 10.000 đến 12.000", "10.000", 10000, "money", "đồng", "cước mở cửa", value_max=12000),
    F("xử lý 126 trường hợp", "126", 126, "count", "trường hợp", "trường hợp vi phạm bị xử lý", q3i),
    F("hơn 318 triệu", "318", 318e6, "money", "đồng", "tiền phạt", q3i, approx="over"),
    F("xe 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp bị tước giấy phép lái xe", q3i),
    F("tiếp nhận 37 phản ánh", "37", 37, "count", "phản ánh", "phản ánh về taxi", q3i,
      change=CH("decrease", 12, "phản ánh", "quý II")),
    F("ít nhất 50%", "50", 50, "percent", "%", "xe taxi sử dụng điện", to25, approx="at_least", status="target"),
    F("xây dựng 35 trạm sạc", "35", 35, "count", "trạm sạc", "trạm sạc công cộng", to25, status="target"),
]

C = [
    "Cổng TTĐT thành phố Hạ Long (city portal): taxis, electric taxis and ride-hailing cars at end of Q3/2024, trips, fares, enforcement, 2025 targets.",
    "Dateline 'Thứ Năm, 10/10/2024 - 08:30'. Distractors: hotline 0203.3628.115, 'Lượt truy cập: 5.412', app 'Hạ Long Smart', area names.",
    "'lần lượt 468.000 và 495.000' pair with 'tháng 7 và tháng 8' (year 2024 from the earlier quý III/2024). 'tăng 310 xe' is a change in unit xe.",
    "'tăng 6 điểm phần trăm' is the change of 41% (unit điểm phần trăm). Vehicle-size labels ('4 chỗ', '7 chỗ', 'dưới 9 chỗ') optional.",
    "'9 trường hợp' (licence withdrawals) is not said to be part of the 126: no total. Enforcement figures take quý III/2024 (inherited, via 'so với quý II').",
]

build("p236-7", A, figs, C, published=pub, location="Hạ Long")

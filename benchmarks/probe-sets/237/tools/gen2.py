from lib import *

A = """BÁO ĐẮK LẮK ĐIỆN TỬ
Kinh tế - Công nghiệp

Điện mặt trời mái nhà tự sản xuất, tự tiêu thụ: nhiều hộ dân, doanh nghiệp quan tâm

Thứ Bảy, 23/11/2024 - 09:12

Hồng Hạnh

(BĐL) - Sau khi Nghị định số 135/2024/NĐ-CP của Chính phủ quy định cơ chế khuyến khích phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ có hiệu lực, nhiều hộ dân và doanh nghiệp trên địa bàn tỉnh đã đăng ký lắp đặt.

Theo Công ty Điện lực Đắk Lắk, từ đầu năm đến nay, đơn vị đã tiếp nhận 312 hồ sơ đăng ký lắp đặt điện mặt trời mái nhà, tăng gấp 2,4 lần so với cùng kỳ năm 2023, với tổng công suất đăng ký gần 41,5 MWp. Trong số 312 hồ sơ, có 268 hồ sơ của hộ gia đình (chiếm 85,9%) và 44 hồ sơ của doanh nghiệp, cơ quan, trường học.

Tính đến hết tháng 10/2024, toàn tỉnh có 9.846 công trình điện mặt trời mái nhà đã đấu nối với tổng công suất lắp đặt 764,3 MWp, trong đó TP Buôn Ma Thuột chiếm khoảng 28%. Trong tháng 10/2024, sản lượng phát lên lưới của các hệ thống này đạt 78,6 triệu kWh, giảm 4,2% so với tháng trước do mưa nhiều.

Theo ông Trần Quốc Vinh, Phó Giám đốc Công ty Điện lực Đắk Lắk, suất đầu tư một hệ thống điện mặt trời mái nhà hiện dao động từ 9 đến 12 triệu đồng/kWp. Một hộ gia đình lắp hệ thống 5 kWp có thể tiết kiệm khoảng 700.000 đồng tiền điện mỗi tháng, thời gian hoàn vốn khoảng 6-7 năm.

Theo Kế hoạch thực hiện Quy hoạch điện VIII, đến năm 2030 Đắk Lắk được phân bổ thêm 203 MW điện mặt trời mái nhà; phấn đấu 50% tòa nhà công sở và 50% nhà dân sử dụng điện mặt trời mái nhà tự sản xuất, tự tiêu thụ.

Khách hàng có nhu cầu lắp đặt liên hệ Tổng đài chăm sóc khách hàng 1900.1909 hoặc trụ sở Công ty tại số 37 Phan Bội Châu, TP Buôn Ma Thuột.
"""

ytd = P("từ đầu năm đến nay", "2024-01-01", "2024-11-23")
oct_asof = P("Tính đến hết tháng 10/2024", None, "2024-10-31")
oct_ = P("Trong tháng 10/2024", "2024-10-01", "2024-10-31")
t30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("tiếp nhận 312 hồ sơ", "312", 312, "count", "hồ sơ", "hồ sơ đăng ký lắp đặt điện mặt trời mái nhà", ytd,
      change=CH("increase", 2.4, "lần", "cùng kỳ năm 2023")),
    F("gần 41,5 MWp", "41,5", 41.5, "measure", "MWp", "tổng công suất đăng ký", ytd, approx="nearly"),
    F("Trong số 312 hồ sơ", "312", 312, "count", "hồ sơ", "hồ sơ đăng ký lắp đặt điện mặt trời mái nhà", I(ytd), optional=True),
    F("có 268 hồ sơ", "268", 268, "count", "hồ sơ", "hồ sơ của hộ gia đình", I(ytd), total=312, percent=85.9),
    F("và 44 hồ sơ", "44", 44, "count", "hồ sơ", "hồ sơ của doanh nghiệp, cơ quan, trường học", I(ytd), total=312),
    F("có 9.846 công trình", "9.846", 9846, "count", "công trình", "công trình điện mặt trời mái nhà đã đấu nối", oct_asof),
    F("lắp đặt 764,3 MWp", "764,3", 764.3, "measure", "MWp", "tổng công suất lắp đặt điện mặt trời mái nhà", oct_asof),
    F("chiếm khoảng 28%", "28", 28, "percent", "%", "tỷ trọng công suất lắp đặt điện mặt trời mái nhà", oct_asof,
      approx="about", location="Buôn Ma Thuột"),
    F("đạt 78,6 triệu kWh", "78,6", 78600000, "measure", "kWh", "sản lượng phát lên lưới của các hệ thống điện mặt trời mái nhà", oct_,
      change=CH("decrease", 4.2, "%", "tháng trước")),
    F("từ 9 đến 12 triệu đồng/kWp", "9", 9000000, "money", "đồng/kWp", "suất đầu tư một hệ thống điện mặt trời mái nhà",
      value_max=12000000),
    F("hệ thống 5 kWp", "5", 5, "measure", "kWp", "hệ thống của một hộ gia đình", optional=True),
    F("khoảng 700.000 đồng", "700.000", 700000, "money", "đồng", "tiền điện tiết kiệm mỗi tháng", approx="about"),
    F("khoảng 6-7 năm", "6", 6, "measure", "năm", "thời gian hoàn vốn", approx="about", value_max=7),
    F("thêm 203 MW", "203", 203, "measure", "MW", "điện mặt trời mái nhà được phân bổ thêm", t30, status="target"),
    F("phấn đấu 50% tòa nhà", "50", 50, "percent", "%", "tòa nhà công sở sử dụng điện mặt trời mái nhà tự sản xuất, tự tiêu thụ", t30,
      status="target"),
    F("và 50% nhà dân", "50", 50, "percent", "%", "nhà dân sử dụng điện mặt trời mái nhà tự sản xuất, tự tiêu thụ", t30,
      status="target"),
]

build("p237-2", A, figs, [
    "Báo Đắk Lắk (Party newspaper): rooftop solar under Nghị định 135/2024, registrations since January, connected systems, PDP VIII targets.",
    "Dateline 'Thứ Bảy, 23/11/2024 - 09:12' with byline after it. 'từ đầu năm đến nay' runs 2024-01-01 to the dateline.",
    "'Trong số 312 hồ sơ' repeats the whole (optional); its parts take total 312. 'TP Buôn Ma Thuột chiếm khoảng 28%' is the share of a",
    "part, a percent figure of its own (not the percent of 764,3 MWp). 'hệ thống 5 kWp' is a hypothetical size (optional).",
    "Payback '6-7 năm' is a measured duration (measure/năm). Distractors: decree number, hotline 1900.1909, address 'số 37 Phan Bội Châu'.",
], published="2024-11-23", location="Đắk Lắk")

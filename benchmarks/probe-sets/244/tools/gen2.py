from lib import *

A = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Tin tức > Hoạt động của Bộ

Viễn thông 9 tháng năm 2024: doanh thu ước đạt 271,5 nghìn tỷ đồng

(MIC) - Ngày 25/10, tại Hà Nội, Cục Viễn thông tổ chức hội nghị sơ kết công tác 9 tháng năm 2024. Theo báo cáo, doanh thu dịch vụ viễn thông 9 tháng ước đạt 271,5 nghìn tỷ đồng, tăng 2,1% so với cùng kỳ năm 2023 và bằng 74,6% kế hoạch năm.

Tính đến hết tháng 9/2024, cả nước có 128,6 triệu thuê bao di động, trong đó thuê bao băng rộng di động (3G, 4G, 5G) đạt 93,4 triệu, chiếm 72,6%. Tỷ lệ người dân sử dụng điện thoại thông minh đạt 87,3%, tăng 3,1 điểm phần trăm so với cuối năm 2023; mục tiêu đến cuối năm 2024 là 90%. Số thuê bao băng rộng cố định đạt 23,8 triệu, tăng 9,2% so với cùng kỳ. Tốc độ tải xuống trung bình của băng rộng cố định đạt 152,6 Mbps, của băng rộng di động đạt 53,3 Mbps.

Về hạ tầng, toàn mạng hiện có khoảng 121.000 trạm BTS 4G và hơn 9.500 trạm BTS 5G. Sau 6 tháng khai trương dịch vụ, Viettel đã phát sóng 5G tại 63/63 tỉnh, thành phố với trên 6.500 trạm; VNPT và MobiFone lần lượt lắp đặt 1.800 và 1.200 trạm.

Thị phần thuê bao di động tiếp tục tập trung: Viettel chiếm 54,2%, VNPT (VinaPhone) 22,5%, MobiFone 17,8%, các doanh nghiệp còn lại 5,5%.

Triển khai Quyết định số 36/QĐ-TTg và Thông tư số 14/2024/TT-BTTTT, Bộ đặt mục tiêu đến năm 2025 tỷ lệ phủ sóng 5G đạt 99% dân số. Doanh thu viễn thông năm 2024 dự kiến đạt khoảng 365 nghìn tỷ đồng.

Thông tin phản ánh xin gửi về Trung tâm Thông tin, số 18 Nguyễn Du, Hà Nội; điện thoại 024.3943.7120.
"""

N9 = lambda inh=False: FIRST("9 tháng năm 2024", 9, 2024, inh)
T9 = lambda inh=False: ASOF("Tính đến hết tháng 9/2024", 2024, 9, None, inh)
F = [
    fig("đạt 271,5 nghìn tỷ đồng\n", "271,5", 271.5e12, "money", "đồng", "doanh thu viễn thông",
        status="estimate", period=N9()),
    fig("tháng ước đạt 271,5 nghìn tỷ", "271,5", 271.5e12, "money", "đồng", "doanh thu dịch vụ viễn thông",
        status="estimate", change=chg("increase", 2.1, "%", "cùng kỳ năm 2023"), percent=74.6,
        period=FIRST("9 tháng", 9, 2024)),
    fig("có 128,6 triệu", "128,6", 128.6e6, "count", "thuê bao di động", "thuê bao di động", period=T9()),
    fig("đạt 93,4 triệu", "93,4", 93.4e6, "count", "thuê bao", "thuê bao băng rộng di động",
        total=128.6e6, percent=72.6, period=T9()),
    fig("thông minh đạt 87,3%", "87,3", 87.3, "percent", "%", "Tỷ lệ người dân sử dụng điện thoại thông minh",
        change=chg("increase", 3.1, "điểm phần trăm", "cuối năm 2023"), target=tgt(90), period=T9(True)),
    fig("đạt 23,8 triệu", "23,8", 23.8e6, "count", "thuê bao", "thuê bao băng rộng cố định",
        change=chg("increase", 9.2, "%", "cùng kỳ"), period=T9(True)),
    fig("đạt 152,6 Mbps", "152,6", 152.6, "measure", "Mbps", "Tốc độ tải xuống trung bình của băng rộng cố định",
        period=T9(True)),
    fig("đạt 53,3 Mbps", "53,3", 53.3, "measure", "Mbps", "Tốc độ tải xuống trung bình của băng rộng di động",
        period=T9(True)),
    fig("khoảng 121.000 trạm", "121.000", 121000, "count", "trạm BTS 4G", "trạm BTS 4G toàn mạng",
        approx="about", period=T9(True)),
    fig("hơn 9.500 trạm", "9.500", 9500, "count", "trạm BTS 5G", "trạm BTS 5G toàn mạng",
        approx="over", period=T9(True)),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố Viettel phát sóng 5G",
        total=63, period=T9(True)),
    fig("trên 6.500 trạm", "6.500", 6500, "count", "trạm", "trạm 5G Viettel phát sóng",
        approx="over", period=T9(True)),
    fig("lắp đặt 1.800 và", "1.800", 1800, "count", "trạm", "trạm 5G VNPT lắp đặt", period=T9(True)),
    fig("và 1.200 trạm", "1.200", 1200, "count", "trạm", "trạm 5G MobiFone lắp đặt", period=T9(True)),
    fig("Viettel chiếm 54,2%", "54,2", 54.2, "percent", "%", "Thị phần thuê bao di động", period=T9(True)),
    fig("(VinaPhone) 22,5%", "22,5", 22.5, "percent", "%", "Thị phần thuê bao di động", period=T9(True)),
    fig("MobiFone 17,8%", "17,8", 17.8, "percent", "%", "Thị phần thuê bao di động", period=T9(True)),
    fig("còn lại 5,5%", "5,5", 5.5, "percent", "%", "Thị phần thuê bao di động các doanh nghiệp còn lại",
        period=T9(True)),
    fig("đạt 99% dân số", "99", 99, "percent", "%", "tỷ lệ phủ sóng 5G", status="target",
        period=TO("đến năm 2025", 2025)),
    fig("khoảng 365 nghìn tỷ", "365", 365e12, "money", "đồng", "Doanh thu viễn thông", approx="about",
        status="forecast", period=Y("năm 2024", 2024)),
]
C = [
    "Ministry site (Bộ TT&TT): national telecom results, 9 tháng năm 2024. No dateline at all (published null; 'Ngày 25/10' is the event). Location Việt Nam throughout;",
    "'tại Hà Nội' is the venue, the ministry address is furniture. Distractors: 'Ngày 25/10', '3G, 4G, 5G' (technology names), Quyết định số 36/QĐ-TTg,",
    "Thông tư số 14/2024/TT-BTTTT, address 'số 18 Nguyễn Du', phone 024.3943.7120, 'Sau 6 tháng khai trương' (a duration).",
    "Headline 271,5 nghìn tỷ is a figure of its own (estimate). 'tăng 2,1% … và bằng 74,6% kế hoạch năm': change + percent on the revenue.",
    "'mục tiêu đến cuối năm 2024 là 90%' after ';' is the smartphone rate's target attribute (as h01). Enterprises are not places: list items keep Việt Nam.",
    "'63/63 tỉnh, thành phố' total 63. Market share list: every item a percent figure with the list's indicator as subject.",
]
write(2, A, F, C, location="Việt Nam")

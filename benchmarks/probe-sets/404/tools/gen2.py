from lib import *

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Viễn thông

Năm 2023, doanh thu dịch vụ viễn thông đạt 136,5 nghìn tỷ đồng
Ngày đăng: 18/01/2024

Theo số liệu của Cục Viễn thông, năm 2023 doanh thu dịch vụ viễn thông toàn ngành ước đạt 136,5 nghìn tỷ đồng, tăng 2,1% so với năm 2022. Trong đó, doanh thu dịch vụ di động đạt khoảng 98,7 nghìn tỷ đồng, chiếm 72,3%; doanh thu dịch vụ băng rộng cố định đạt 28,4 nghìn tỷ đồng, tăng 9,5%.

Tính đến hết tháng 12/2023, cả nước có 126,2 triệu thuê bao di động, trong đó 89,5 triệu thuê bao băng rộng di động (3G, 4G, 5G thử nghiệm); số thuê bao băng rộng cố định đạt 22,8 triệu, tăng 8,1% so với cùng kỳ. Tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt 79,6%, vượt chỉ tiêu đề ra (75%). Tỷ lệ thuê bao điện thoại thông minh trên tổng số thuê bao di động đạt 87%.

Về thị phần thuê bao di động, Viettel dẫn đầu với 54,2%, tiếp đến là VNPT (27,1%) và MobiFone (15,3%); các doanh nghiệp còn lại chiếm chưa đến 4%.

Theo Ookla, tốc độ truy cập Internet di động trung bình của Việt Nam tháng 12/2023 đạt 48,6 Mbps, xếp thứ 51 thế giới; tốc độ băng rộng cố định đạt 96,8 Mbps, đứng thứ 43.

Năm 2024, Bộ đặt mục tiêu doanh thu dịch vụ viễn thông đạt 142 nghìn tỷ đồng; phủ sóng 5G tại 100% tỉnh, thành phố; phấn đấu đến năm 2025 có 100% hộ gia đình được kết nối cáp quang. Theo Quyết định số 36/QĐ-TTg ngày 11/01/2024, giai đoạn 2021-2030, các doanh nghiệp viễn thông dự kiến đầu tư khoảng 3 tỷ USD cho hạ tầng số.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", True)
D12 = P("Tính đến hết tháng 12/2023", None, "2023-12-31")
D12i = P("Tính đến hết tháng 12/2023", None, "2023-12-31", True)
M12 = P("tháng 12/2023", "2023-12-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
G2130 = P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
SHARE = "thị phần thuê bao di động"

FIGS = [
    F("đạt 136,5 nghìn tỷ đồng\n", "136,5", 136500000000000, "money", "đồng",
      "doanh thu dịch vụ viễn thông", optional=True),
    F("ước đạt 136,5 nghìn tỷ đồng", "136,5", 136500000000000, "money", "đồng",
      "doanh thu dịch vụ viễn thông toàn ngành", status="estimate",
      change=C("increase", 2.1, "%", "năm 2022"), period=Y23),
    F("khoảng 98,7 nghìn tỷ", "98,7", 98700000000000, "money", "đồng", "doanh thu dịch vụ di động",
      approx="about", total=136500000000000, percent=72.3, status="estimate", period=Y23i),
    F("đạt 28,4 nghìn tỷ", "28,4", 28400000000000, "money", "đồng", "doanh thu dịch vụ băng rộng cố định",
      total=136500000000000, status="estimate", change=C("increase", 9.5, "%"), period=Y23i),
    F("có 126,2 triệu", "126,2", 126200000, "count", "thuê bao", "thuê bao di động",
      location="Việt Nam", period=D12),
    F("89,5 triệu thuê bao", "89,5", 89500000, "count", "thuê bao", "thuê bao băng rộng di động",
      total=126200000, period=D12),
    F("đạt 22,8 triệu", "22,8", 22800000, "count", "thuê bao", "thuê bao băng rộng cố định",
      change=C("increase", 8.1, "%", "cùng kỳ"), period=D12),
    F("đạt 79,6%", "79,6", 79.6, "percent", "%", "tỷ lệ hộ gia đình sử dụng Internet cáp quang",
      target=T(75, "%", True), period=D12i),
    F("đạt 87%", "87", 87, "percent", "%", "tỷ lệ thuê bao điện thoại thông minh trên tổng số thuê bao di động",
      period=D12i),
    F("với 54,2%", "54,2", 54.2, "percent", "%", SHARE + " Viettel", period=D12i),
    F("VNPT (27,1%)", "27,1", 27.1, "percent", "%", SHARE + " VNPT", period=D12i),
    F("MobiFone (15,3%)", "15,3", 15.3, "percent", "%", SHARE + " MobiFone", period=D12i),
    F("chưa đến 4%", "4", 4, "percent", "%", SHARE + " các doanh nghiệp còn lại", approx="under", period=D12i),
    F("đạt 48,6 Mbps", "48,6", 48.6, "measure", "Mbps", "tốc độ truy cập Internet di động trung bình", period=M12),
    F("xếp thứ 51", "51", 51, "rank", "hạng", "tốc độ truy cập Internet di động trung bình", period=M12),
    F("đạt 96,8 Mbps", "96,8", 96.8, "measure", "Mbps", "tốc độ băng rộng cố định", period=M12),
    F("đứng thứ 43", "43", 43, "rank", "hạng", "tốc độ băng rộng cố định", period=M12),
    F("đạt 142 nghìn tỷ", "142", 142000000000000, "money", "đồng", "doanh thu dịch vụ viễn thông",
      status="target", period=Y24),
    F("tại 100% tỉnh", "100", 100, "percent", "%", "tỉnh, thành phố phủ sóng 5G", status="target", period=Y24),
    F("có 100% hộ gia đình", "100", 100, "percent", "%", "hộ gia đình được kết nối cáp quang",
      status="target", period=T25),
    F("khoảng 3 tỷ USD", "3", 3000000000, "money", "USD", "đầu tư cho hạ tầng số của doanh nghiệp viễn thông",
      approx="about", status="forecast", period=G2130),
]

COMMENTS = [
    "Ministry site (Bộ TT&TT, mic.gov.vn style): telecom revenue, subscribers, market shares, speeds, 2024 targets. 'Ngày đăng: 18/01/2024' (no time).",
    "National: location Việt Nam. Operators (Viettel, VNPT, MobiFone) are not places: list items keep Việt Nam, the operator goes into the subject.",
    "Headline repeats the revenue figure (optional). 'Trong đó' sentence: parts of 136,5 nghìn tỷ, status estimate shared from the lead (as h28).",
    "'tăng 9,5%' has no stated baseline: change without baseline. '89,5 triệu … (3G, 4G, 5G thử nghiệm)': '3G', '4G', '5G' are names.",
    "'vượt chỉ tiêu đề ra (75%)' → target 75 (no gap number, so no change). Ranks 51 and 43 are world ranks (unit hạng).",
    "'Năm 2024, Bộ đặt mục tiêu' → targets; 'đến năm 2025' → end 2025-12-31. 'dự kiến đầu tư khoảng 3 tỷ USD' → forecast, giai đoạn 2021-2030.",
    "Distractors: 'Quyết định số 36/QĐ-TTg ngày 11/01/2024', breadcrumb, dateline, 3G/4G/5G.",
]

build("p404-2", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")

from lib import F, P, build

text = """Kết quả phát triển cụm công nghiệp năm 2023 và kế hoạch năm 2024
Ngày đăng: 05/03/2024 | Lượt xem: 418

Năm 2023, UBND tỉnh Thái Bình đã quyết định thành lập 6 CCN mới với tổng diện tích 378,4 ha, nâng tổng số CCN đã thành lập lên 39 cụm. Cả 6 CCN mới đều do doanh nghiệp làm chủ đầu tư hạ tầng, gồm: Công ty CP Tập đoàn Hoàng Gia (2 cụm), Công ty TNHH Đầu tư phát triển hạ tầng Trà Lý (2 cụm), Công ty CP Xây dựng số 1 Thái Bình (1 cụm) và Công ty CP Hạ tầng Tiền Hải (1 cụm).

Tổng vốn đầu tư hạ tầng các CCN đã thành lập khoảng 16.350 tỷ đồng, đã thực hiện 4.920 tỷ đồng (30,1%). Trong năm, các CCN thu hút 47 dự án thứ cấp với tổng vốn đăng ký 6.215 tỷ đồng và 118,7 triệu USD, tăng lần lượt 23,7% và 15,2% so với năm 2022. Tỷ lệ lấp đầy các CCN đang hoạt động đạt 58,6%.

Về môi trường, 14/22 CCN đang hoạt động đã có trạm xử lý nước thải tập trung với tổng công suất 21.600 m3/ngày đêm; 8 CCN còn lại đang đầu tư xây dựng trạm. Dự kiến trong năm 2024 sẽ có thêm 5 trạm đi vào vận hành.

Năm 2024, ngành Công Thương đặt chỉ tiêu thành lập mới từ 4 đến 5 CCN, thu hút khoảng 40 dự án với số vốn 5.000 tỷ đồng, nâng tỷ lệ lấp đầy các CCN đang hoạt động lên 62%.

Sở đề nghị các chủ đầu tư hạ tầng CCN khẩn trương hoàn thiện hồ sơ theo Nghị định số 32/2024/NĐ-CP; mọi vướng mắc liên hệ Phòng Quản lý Công nghiệp (tầng 3, số 160 đường Lý Bôn, TP Thái Bình) hoặc đường dây nóng 0227.3831.585 để được hướng dẫn.

Phòng Quản lý Công nghiệp
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
TN = P("Trong năm", "2023-01-01", "2023-12-31")
TN_I = P("Trong năm", "2023-01-01", "2023-12-31", inherited=True)
Y24F = P("trong năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
S_INV = "CCN do doanh nghiệp làm chủ đầu tư hạ tầng"

figs = [
    F("thành lập 6 CCN mới", "6", 6, "count", "CCN", "CCN thành lập mới", period=Y23),
    F("diện tích 378,4 ha", "378,4", 378.4, "measure", "ha", "tổng diện tích CCN thành lập mới", period=Y23),
    F("lên 39 cụm", "39", 39, "count", "cụm", "tổng số CCN đã thành lập", period=Y23),
    F("Cả 6 CCN mới", "6", 6, "count", "CCN", S_INV, period=Y23_I, optional=True),
    F("Hoàng Gia (2 cụm)", "2", 2, "count", "cụm", S_INV, total=6, period=Y23_I),
    F("Trà Lý (2 cụm)", "2", 2, "count", "cụm", S_INV, total=6, period=Y23_I),
    F("Thái Bình (1 cụm)", "1", 1, "count", "cụm", S_INV, total=6, period=Y23_I),
    F("Tiền Hải (1 cụm)", "1", 1, "count", "cụm", S_INV, total=6, period=Y23_I),
    F("khoảng 16.350 tỷ đồng", "16.350", 16350e9, "money", "đồng", "tổng vốn đầu tư hạ tầng các CCN đã thành lập",
      approx="about", period=Y23_I),
    F("thực hiện 4.920 tỷ đồng", "4.920", 4920e9, "money", "đồng", "vốn đầu tư hạ tầng đã thực hiện",
      percent=30.1, period=Y23_I),
    F("thu hút 47 dự án", "47", 47, "count", "dự án", "dự án thứ cấp các CCN thu hút", period=TN),
    F("đăng ký 6.215 tỷ đồng", "6.215", 6215e9, "money", "đồng", "tổng vốn đăng ký dự án thứ cấp",
      change={"direction": "increase", "value": 23.7, "unit": "%", "baseline": "năm 2022"}, period=TN),
    F("và 118,7 triệu USD", "118,7", 118.7e6, "money", "USD", "tổng vốn đăng ký dự án thứ cấp",
      change={"direction": "increase", "value": 15.2, "unit": "%", "baseline": "năm 2022"}, period=TN),
    F("đạt 58,6%", "58,6", 58.6, "percent", "%", "tỷ lệ lấp đầy các CCN đang hoạt động", period=TN_I),
    F("14/22 CCN", "14", 14, "count", "CCN", "CCN đang hoạt động đã có trạm xử lý nước thải tập trung",
      total=22, period=Y23_I),
    F("công suất 21.600 m3", "21.600", 21600, "measure", "m3/ngày đêm", "tổng công suất trạm xử lý nước thải",
      period=Y23_I),
    F("; 8 CCN", "8", 8, "count", "CCN", "CCN đang đầu tư xây dựng trạm xử lý nước thải", period=Y23_I),
    F("thêm 5 trạm", "5", 5, "count", "trạm", "trạm xử lý nước thải đi vào vận hành", status="forecast",
      period=Y24F),
    F("từ 4 đến 5 CCN", "4", 4, "count", "CCN", "CCN thành lập mới", value_max=5, status="target", period=Y24),
    F("khoảng 40 dự án", "40", 40, "count", "dự án", "dự án thu hút", approx="about", status="target", period=Y24),
    F("vốn 5.000 tỷ đồng", "5.000", 5000e9, "money", "đồng", "số vốn dự án thu hút", status="target", period=Y24),
    F("lên 62%", "62", 62, "percent", "%", "tỷ lệ lấp đầy các CCN đang hoạt động", status="target", period=Y24),
]

build(7, text, [
    "Department site (Sở Công Thương Thái Bình), 'Ngày đăng: 05/03/2024 | Lượt xem: 418', unit signature at the end:",
    "clusters in 2023 (new clusters, infrastructure investors, investment, secondary projects, occupancy, wastewater) and the 2024 plan.",
    "Distractors: company name 'Công ty CP Xây dựng số 1 Thái Bình', 'Nghị định số 32/2024/NĐ-CP', 'tầng 3, số 160 đường Lý Bôn',",
    "hotline 0227.3831.585, view count, baseline 'năm 2022', title years.",
    "Investor list after 'gồm:' -> each item a count with total 6 (investors are not places); the restated 'Cả 6 CCN mới' is optional.",
    "'tăng lần lượt 23,7% và 15,2%' map onto the two capital figures (VND, USD). '4.920 tỷ đồng (30,1%)': percent 30,1, no cue for a total.",
    "'Trong năm' = 2023 (the year of the first sentence). '8 CCN còn lại' has no cue for a total.",
    "'Dự kiến trong năm 2024' -> forecast; 'đặt chỉ tiêu' governs its whole sentence -> target.",
], figs, published="2024-03-05", location="Thái Bình")

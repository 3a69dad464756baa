from lib import F, P, build

T = """Phấn đấu năm 2025 cả nước có trên 3.000 km đường bộ cao tốc
Ngày đăng: 12/08/2024 | Chuyên mục: Kết cấu hạ tầng giao thông

(MT) - Theo Bộ Giao thông vận tải, tính đến tháng 7/2024, cả nước đã đưa vào khai thác 1.892 km đường bộ cao tốc, tăng 68% so với năm 2020. Hiện có 28 dự án với tổng chiều dài khoảng 1.700 km đang được triển khai thi công trên địa bàn 32 tỉnh, thành phố.

Trong 6 tháng đầu năm, các dự án cao tốc đã giải ngân 36.520 tỷ đồng, đạt 41,8% kế hoạch vốn năm 2024; trong đó dự án cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025 giải ngân 21.340 tỷ đồng. Tổng sản lượng của 12 dự án thành phần thuộc giai đoạn này ước đạt 79.600 tỷ đồng, bằng 54% giá trị hợp đồng.

Công tác giải phóng mặt bằng cơ bản hoàn thành, các địa phương đã bàn giao 99,6% diện tích. Tuy nhiên, tỷ lệ bàn giao tại một số địa phương còn thấp như Đồng Nai (96,4%), Bà Rịa - Vũng Tàu (95,1%) và Hậu Giang (93,8%). Nguồn vật liệu đất đắp còn thiếu khoảng 12 triệu m3, tập trung ở các tỉnh đồng bằng sông Cửu Long.

Bộ trưởng yêu cầu các chủ đầu tư, nhà thầu huy động thêm nhân lực, thiết bị, tổ chức thi công "3 ca, 4 kíp", phấn đấu hoàn thành thêm 1.200 km cao tốc trong năm 2025, qua đó đạt mục tiêu trên 3.000 km trong giai đoạn 2021-2025; đến năm 2030 cả nước có 5.000 km. Thông tin chi tiết tại Cổng thông tin điện tử của Bộ, mục "Dự án trọng điểm"; đường dây nóng 0243.9423.291.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
figs = [
    F("có trên 3.000 km đường bộ", "3.000", 3000, "measure", "km", "đường bộ cao tốc", approx="over", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("khai thác 1.892 km", "1.892", 1892, "measure", "km", "đường bộ cao tốc đưa vào khai thác",
      change={"direction": "increase", "value": 68, "unit": "%", "baseline": "năm 2020"},
      period=P("tính đến tháng 7/2024", None, "2024-07-31")),
    F("Hiện có 28 dự án", "28", 28, "count", "dự án", "dự án cao tốc đang triển khai thi công",
      period=P("tính đến tháng 7/2024", None, "2024-07-31", inh=True)),
    F("khoảng 1.700 km", "1.700", 1700, "measure", "km", "tổng chiều dài dự án đang triển khai thi công", approx="about",
      period=P("tính đến tháng 7/2024", None, "2024-07-31", inh=True)),
    F("địa bàn 32 tỉnh", "32", 32, "count", "tỉnh, thành phố", "tỉnh, thành phố có dự án cao tốc đang thi công",
      period=P("tính đến tháng 7/2024", None, "2024-07-31", inh=True)),
    F("giải ngân 36.520 tỷ đồng", "36.520", 36.52e12, "money", "đồng", "vốn các dự án cao tốc đã giải ngân", percent=41.8, period=H1),
    F("giải ngân 21.340 tỷ đồng", "21.340", 21.34e12, "money", "đồng",
      "vốn giải ngân dự án cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025", total=36.52e12, period=H1),
    F("của 12 dự án thành phần", "12", 12, "count", "dự án thành phần", "dự án thành phần giai đoạn 2021-2025", optional=True),
    F("ước đạt 79.600 tỷ đồng", "79.600", 79.6e12, "money", "đồng", "tổng sản lượng của 12 dự án thành phần", percent=54, status="estimate"),
    F("bàn giao 99,6% diện tích", "99,6", 99.6, "percent", "%", "diện tích mặt bằng các địa phương đã bàn giao"),
    F("Đồng Nai (96,4%)", "96,4", 96.4, "percent", "%", "tỷ lệ bàn giao mặt bằng", location="Đồng Nai"),
    F("Vũng Tàu (95,1%)", "95,1", 95.1, "percent", "%", "tỷ lệ bàn giao mặt bằng", location="Bà Rịa - Vũng Tàu"),
    F("Hậu Giang (93,8%)", "93,8", 93.8, "percent", "%", "tỷ lệ bàn giao mặt bằng", location="Hậu Giang"),
    F("khoảng 12 triệu m3", "12", 12e6, "measure", "m3", "vật liệu đất đắp còn thiếu", approx="about"),
    F("thêm 1.200 km cao tốc", "1.200", 1200, "measure", "km", "cao tốc hoàn thành thêm", status="target",
      period=P("trong năm 2025", "2025-01-01", "2025-12-31")),
    F("mục tiêu trên 3.000 km", "3.000", 3000, "measure", "km", "mục tiêu chiều dài đường bộ cao tốc", approx="over", status="target",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("có 5.000 km", "5.000", 5000, "measure", "km", "đường bộ cao tốc cả nước", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]
C = [
    "Bộ GTVT site (ministry, national): expressway km in service and under construction, disbursement H1 2024, GPMB by province, targets 2025/2030.",
    "Dateline 'Ngày đăng: 12/08/2024 | Chuyên mục: …' (no time). Default location Việt Nam; provinces in the GPMB list are the items' locations.",
    "'6 tháng đầu năm' takes 2024 from 'tháng 7/2024' earlier. 'dự án cao tốc Bắc - Nam phía Đông giai đoạn 2021-2025' is a project name: its years",
    "are not the disbursement's period. 21.340 tỷ after 'trong đó' is part of 36.520 tỷ (same indicator, same period). '12 dự án thành phần' optional (structure).",
    "Distractors: '(MT)' tag, '\"3 ca, 4 kíp\"' (slogan), hotline 0243.9423.291, 'Chuyên mục'. 'đạt 41,8% kế hoạch vốn năm 2024' is the percent of 36.520 tỷ.",
    "Targets: 'phấn đấu … trong năm 2025, qua đó … giai đoạn 2021-2025; đến năm 2030 …' are all status target; 'Hiện' sentence inherits tháng 7/2024.",
    "79.600 tỷ (cumulative output of the phase) and the GPMB shares carry no period in their paragraph: none given.",
]
build("p448-2", T, figs, C, published="2024-08-12", location="Việt Nam")

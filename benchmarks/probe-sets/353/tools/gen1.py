from lib import F, P, build

text = """Phú Thọ: Tỷ lệ lấp đầy các cụm công nghiệp đạt 71,8%
Cập nhật: 14/10/2024 08:45 | Lượt xem: 2.316

(Cổng TTĐT Phú Thọ) - Theo báo cáo của Sở Công Thương, tính đến ngày 30/9/2024, toàn tỉnh có 38 cụm công nghiệp (CCN) được đưa vào phương án phát triển với tổng diện tích 1.426,5 ha; trong đó có 24 CCN đã được thành lập với diện tích 893,2 ha. Số CCN đã đi vào hoạt động là 17 cụm, tỷ lệ lấp đầy bình quân đạt 71,8%, tăng 4,6 điểm phần trăm so với cuối năm 2023.

Các CCN hiện thu hút 412 dự án đầu tư thứ cấp, giải quyết việc làm cho hơn 28 nghìn lao động. Trong số này có 23 dự án FDI với tổng vốn đăng ký 186,4 triệu USD; các dự án trong nước có tổng vốn khoảng 12,6 nghìn tỷ đồng. Riêng 9 tháng năm 2024, các CCN thu hút mới 31 dự án, tăng 10,7% so với cùng kỳ, với vốn đăng ký 1.935 tỷ đồng.

Về hạ tầng, vốn đầu tư xây dựng hạ tầng kỹ thuật các CCN đã thực hiện đạt 3.218 tỷ đồng, bằng 54,2% tổng mức đầu tư được duyệt. Đến nay, mới có 9/17 CCN đang hoạt động có hệ thống xử lý nước thải tập trung với tổng công suất 7.400 m3/ngày đêm; 5 CCN đang xây dựng trạm xử lý, công suất mỗi trạm từ 500 đến 1.200 m3/ngày đêm.

Theo Quyết định số 1745/QĐ-UBND ngày 12/7/2024 của UBND tỉnh, Phú Thọ phấn đấu đến hết năm 2025 tỷ lệ lấp đầy bình quân các CCN đạt trên 75% và 100% CCN đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn. Doanh nghiệp cần thông tin liên hệ Phòng Quản lý công nghiệp, Sở Công Thương, số 1 đường Nguyễn Tất Thành, TP Việt Trì; điện thoại: 0210.3846.512.
"""

ASOF = P("tính đến ngày 30/9/2024", end="2024-09-30")
ASOF_I = P("tính đến ngày 30/9/2024", end="2024-09-30", inherited=True)
NINE = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NOW = P("Đến nay", end="2024-10-14")
T2025 = P("đến hết năm 2025", end="2025-12-31")

figs = [
    F("công nghiệp đạt 71,8%", "71,8", 71.8, "percent", "%", "tỷ lệ lấp đầy các cụm công nghiệp"),
    F("có 38 cụm công nghiệp", "38", 38, "count", "cụm công nghiệp",
      "cụm công nghiệp được đưa vào phương án phát triển", period=ASOF),
    F("tổng diện tích 1.426,5 ha", "1.426,5", 1426.5, "measure", "ha",
      "tổng diện tích cụm công nghiệp trong phương án phát triển", period=ASOF),
    F("có 24 CCN", "24", 24, "count", "CCN", "CCN đã được thành lập", total=38, period=ASOF),
    F("diện tích 893,2 ha", "893,2", 893.2, "measure", "ha", "diện tích CCN đã được thành lập",
      total=1426.5, period=ASOF),
    F("là 17 cụm", "17", 17, "count", "cụm", "CCN đã đi vào hoạt động", period=ASOF_I),
    F("bình quân đạt 71,8%", "71,8", 71.8, "percent", "%", "tỷ lệ lấp đầy bình quân",
      change={"direction": "increase", "value": 4.6, "unit": "điểm phần trăm", "baseline": "cuối năm 2023"},
      period=ASOF_I),
    F("thu hút 412 dự án", "412", 412, "count", "dự án", "dự án đầu tư thứ cấp", period=ASOF_I),
    F("hơn 28 nghìn lao động", "28", 28000, "count", "lao động", "lao động được giải quyết việc làm",
      approx="over", period=ASOF_I),
    F("có 23 dự án FDI", "23", 23, "count", "dự án", "dự án FDI", total=412, period=ASOF_I),
    F("186,4 triệu USD", "186,4", 186400000, "money", "USD", "tổng vốn đăng ký dự án FDI", period=ASOF_I),
    F("khoảng 12,6 nghìn tỷ đồng", "12,6", 12.6e12, "money", "đồng", "tổng vốn các dự án trong nước",
      approx="about", period=ASOF_I),
    F("mới 31 dự án", "31", 31, "count", "dự án", "dự án các CCN thu hút mới",
      change={"direction": "increase", "value": 10.7, "unit": "%", "baseline": "cùng kỳ"}, period=NINE),
    F("đăng ký 1.935 tỷ đồng", "1.935", 1935e9, "money", "đồng", "vốn đăng ký dự án thu hút mới", period=NINE),
    F("đạt 3.218 tỷ đồng", "3.218", 3218e9, "money", "đồng",
      "vốn đầu tư xây dựng hạ tầng kỹ thuật các CCN đã thực hiện", percent=54.2, period=ASOF_I),
    F("có 9/17 CCN", "9", 9, "count", "CCN", "CCN đang hoạt động có hệ thống xử lý nước thải tập trung",
      total=17, period=NOW),
    F("công suất 7.400 m3/ngày đêm", "7.400", 7400, "measure", "m3/ngày đêm",
      "tổng công suất hệ thống xử lý nước thải tập trung", period=NOW),
    F("; 5 CCN", "5", 5, "count", "CCN", "CCN đang xây dựng trạm xử lý nước thải", period=NOW),
    F("từ 500 đến 1.200 m3", "500", 500, "measure", "m3/ngày đêm", "công suất mỗi trạm xử lý",
      value_max=1200, period=NOW),
    F("đạt trên 75%", "75", 75, "percent", "%", "tỷ lệ lấp đầy bình quân các CCN", approx="over",
      status="target", period=T2025),
    F("và 100% CCN", "100", 100, "percent", "%",
      "CCN đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn", status="target", period=T2025),
]

build(1, text, [
    "Cổng TTĐT tỉnh Phú Thọ (province portal): cụm công nghiệp đến 30/9/2024 — planned/established/operating clusters, area, occupancy,",
    "projects, investment, wastewater plants, 2025 targets. Dateline 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 2.316' (view count is furniture).",
    "Distractors: 'Quyết định số 1745/QĐ-UBND ngày 12/7/2024', 'số 1 đường Nguyễn Tất Thành', phone 0210.3846.512, baseline 'cuối năm 2023'.",
    "'trong đó có 24 CCN ... với diện tích 893,2 ha': each part takes the whole of its own kind (38 CCN, 1.426,5 ha).",
    "'Trong số này có 23 dự án FDI' after a sentence break: total 412. 'tăng 4,6 điểm phần trăm' is the change of 71,8% (unit điểm phần trăm).",
    "'hiện' and 'Về hạ tầng' figures inherit the as-of date 30/9/2024 from the lead (inherited). 'Đến nay' ends at the dateline.",
    "'9/17 CCN' = 9 with total 17. The headline 71,8% is a figure of its own (no period).",
], figs, published="2024-10-14", location="Phú Thọ")

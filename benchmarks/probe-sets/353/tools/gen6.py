from lib import F, P, build

text = """Phát triển cụm công nghiệp 6 tháng đầu năm 2024 có nhiều chuyển biến tích cực
26/07/2024 | 16:42 | Lượt xem: 1.057

(MOIT) - Chiều 25/7, tại Hà Nội, Cục Công Thương địa phương (Bộ Công Thương) tổ chức hội nghị sơ kết công tác quản lý, phát triển cụm công nghiệp (CCN) 6 tháng đầu năm 2024.

Theo báo cáo tại hội nghị, 6 tháng đầu năm, các địa phương đã quyết định thành lập mới 28 CCN với tổng diện tích 1.352 ha, mở rộng 4 CCN với diện tích tăng thêm 96,5 ha. Tổng vốn đầu tư hạ tầng của các CCN thành lập mới khoảng 12.480 tỷ đồng, trong đó 25 CCN do doanh nghiệp làm chủ đầu tư (chiếm 89,3%).

Các địa phương thành lập mới nhiều CCN là Bắc Giang (5 CCN), Thái Bình (4 CCN), Hải Dương (3 CCN). Về bảo vệ môi trường, cả nước có thêm 17 trạm xử lý nước thải tập trung được đưa vào vận hành, nâng tổng số CCN có trạm xử lý lên 329 cụm, tăng 5,4% so với cuối năm 2023.

Kế hoạch vốn ngân sách trung ương hỗ trợ đầu tư hạ tầng CCN giai đoạn 2021-2025 là 1.650 tỷ đồng; đến nay đã giải ngân 1.012 tỷ đồng, đạt 61,3% kế hoạch.

Phát biểu chỉ đạo, Thứ trưởng Phan Thị Thắng ghi nhận các địa phương đã triển khai tích cực Nghị định số 32/2024/NĐ-CP về quản lý, phát triển CCN. Thứ trưởng đề nghị các địa phương giải ngân 100% vốn được giao trước ngày 31/12/2024 và phấn đấu đến năm 2025 có ít nhất 50% CCN đang hoạt động có trạm xử lý nước thải tập trung đạt quy chuẩn kỹ thuật quốc gia.

Thông tin liên hệ: Cục Công Thương địa phương, 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_I = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
NOW = P("đến nay", end="2024-07-26")
DL = P("trước ngày 31/12/2024", end="2024-12-31")
T25 = P("đến năm 2025", end="2025-12-31")
S_NEW = "CCN thành lập mới"

figs = [
    F("thành lập mới 28 CCN", "28", 28, "count", "CCN", S_NEW, period=H1),
    F("diện tích 1.352 ha", "1.352", 1352, "measure", "ha", "tổng diện tích CCN thành lập mới", period=H1),
    F("mở rộng 4 CCN", "4", 4, "count", "CCN", "CCN mở rộng", period=H1),
    F("thêm 96,5 ha", "96,5", 96.5, "measure", "ha", "diện tích CCN tăng thêm", period=H1),
    F("khoảng 12.480 tỷ đồng", "12.480", 12480e9, "money", "đồng", "tổng vốn đầu tư hạ tầng các CCN thành lập mới",
      approx="about", period=H1_I),
    F("đó 25 CCN", "25", 25, "count", "CCN", "CCN do doanh nghiệp làm chủ đầu tư", total=28, percent=89.3,
      period=H1_I),
    F("Bắc Giang (5 CCN)", "5", 5, "count", "CCN", S_NEW, location="Bắc Giang", period=H1_I),
    F("Thái Bình (4 CCN)", "4", 4, "count", "CCN", S_NEW, location="Thái Bình", period=H1_I),
    F("Hải Dương (3 CCN)", "3", 3, "count", "CCN", S_NEW, location="Hải Dương", period=H1_I),
    F("thêm 17 trạm", "17", 17, "count", "trạm xử lý nước thải tập trung",
      "trạm xử lý nước thải tập trung được đưa vào vận hành", period=H1_I),
    F("lên 329 cụm", "329", 329, "count", "cụm", "CCN có trạm xử lý nước thải",
      change={"direction": "increase", "value": 5.4, "unit": "%", "baseline": "cuối năm 2023"}, period=H1_I),
    F("là 1.650 tỷ đồng", "1.650", 1650e9, "money", "đồng",
      "kế hoạch vốn ngân sách trung ương hỗ trợ đầu tư hạ tầng CCN", status="target", period=GD),
    F("giải ngân 1.012 tỷ đồng", "1.012", 1012e9, "money", "đồng", "vốn ngân sách trung ương đã giải ngân",
      percent=61.3, period=NOW),
    F("giải ngân 100% vốn", "100", 100, "percent", "%", "giải ngân vốn được giao", status="target", period=DL),
    F("ít nhất 50% CCN", "50", 50, "percent", "%", "CCN đang hoạt động có trạm xử lý nước thải tập trung",
      approx="at_least", status="target", period=T25),
]

build(6, text, [
    "Ministry site (Bộ Công Thương, tag '(MOIT)'), dateline '26/07/2024 | 16:42 | Lượt xem: 1.057' (view count is furniture):",
    "national mid-year review of industrial clusters 2024 — new and expanded clusters, investors, wastewater plants, central budget support.",
    "Distractors: 'Chiều 25/7', 'Nghị định số 32/2024/NĐ-CP', '54 Hai Bà Trưng', the deputy minister's name, 'cuối năm 2023'.",
    "'6 tháng đầu năm' without a year takes 2024 from the lead. 'trong đó 25 CCN ... (chiếm 89,3%)': total 28 (same kind, not the money",
    "figure the cue follows directly), percent 89,3. Province list in brackets: location = province, subject the list's indicator.",
    "'Kế hoạch vốn ... là 1.650 tỷ đồng' -> target; 'đạt 61,3% kế hoạch' -> percent of 1.012 tỷ. 'đến nay' ends at the dateline.",
    "The deputy minister's requests: 'giải ngân 100% ... trước ngày 31/12/2024' and 'phấn đấu đến năm 2025 ... ít nhất 50%' -> targets.",
], figs, published="2024-07-26", location="Việt Nam")

from lib import F, P, build

text = """Hơn một nửa cụm công nghiệp đang hoạt động chưa có trạm xử lý nước thải
Thứ ba, 17/12/2024, 10:30 (GMT+7)

Theo Bộ Công Thương, đến hết tháng 11/2024, cả nước có 1.284 cụm công nghiệp trong phương án phát triển của 63 tỉnh, thành phố với tổng diện tích gần 48.600 ha. Trong đó, 873 cụm đã được thành lập, tổng diện tích khoảng 31.200 ha; 705 cụm đã đi vào hoạt động với tỷ lệ lấp đầy bình quân 65,4%.

Đáng chú ý, chỉ 312/705 cụm đang hoạt động có trạm xử lý nước thải tập trung (chiếm 44,3%), thấp hơn nhiều so với mục tiêu 70% đặt ra cho năm 2025. Tổng công suất các trạm mới đạt khoảng 296 nghìn m3/ngày đêm.

Về địa phương, Nghệ An dẫn đầu về số CCN trong phương án phát triển với 62 cụm, tiếp đến là Thanh Hóa 59 cụm, Hà Nội 57 cụm và Phú Thọ 38 cụm. Các địa phương có tỷ lệ lấp đầy cao là Bắc Ninh (91,2%), Hưng Yên (88,6%), Hải Dương (84,9%); ngược lại, nhiều CCN ở các tỉnh miền núi có tỷ lệ lấp đầy dưới 30%.

Tổng vốn đầu tư hạ tầng các CCN giai đoạn 2021-2025 ước đạt 45,7 nghìn tỷ đồng, trong đó vốn ngân sách địa phương khoảng 6.800 tỷ đồng. Tính đến nay, có 426 doanh nghiệp làm chủ đầu tư hạ tầng CCN.

Theo ông Nguyễn Văn Thành, Phó Cục trưởng Cục Công Thương địa phương, Nghị định số 32/2024/NĐ-CP có hiệu lực từ ngày 1/5/2024 đã tháo gỡ nhiều vướng mắc về đất đai, thủ tục đầu tư; năm 2025, bộ dự kiến trình thành lập thêm khoảng 60 CCN, tập trung ở các địa phương còn nhiều dư địa.

Anh Minh
"""

NOV = P("đến hết tháng 11/2024", end="2024-11-30")
NOV_I = P("đến hết tháng 11/2024", end="2024-11-30", inherited=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
NOW = P("Tính đến nay", end="2024-12-17")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
SUBJ_N = "số CCN trong phương án phát triển"
SUBJ_R = "tỷ lệ lấp đầy"

figs = [
    F("có 1.284 cụm công nghiệp", "1.284", 1284, "count", "cụm công nghiệp",
      "cụm công nghiệp trong phương án phát triển", period=NOV),
    F("của 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có phương án phát triển CCN",
      period=NOV, optional=True),
    F("gần 48.600 ha", "48.600", 48600, "measure", "ha", "tổng diện tích cụm công nghiệp",
      approx="nearly", period=NOV),
    F("873 cụm", "873", 873, "count", "cụm", "cụm đã được thành lập", total=1284, period=NOV_I),
    F("khoảng 31.200 ha", "31.200", 31200, "measure", "ha", "tổng diện tích cụm đã được thành lập",
      approx="about", total=48600, period=NOV_I),
    F("; 705 cụm", "705", 705, "count", "cụm", "cụm đã đi vào hoạt động", total=1284, period=NOV_I),
    F("bình quân 65,4%", "65,4", 65.4, "percent", "%", "tỷ lệ lấp đầy bình quân", period=NOV_I),
    F("312/705", "312", 312, "count", "cụm", "cụm đang hoạt động có trạm xử lý nước thải tập trung",
      total=705, percent=44.3, target={"value": 70, "unit": "%", "met": False}, period=NOV_I),
    F("khoảng 296 nghìn m3", "296", 296000, "measure", "m3/ngày đêm", "tổng công suất các trạm xử lý nước thải",
      approx="about", period=NOV_I),
    F("với 62 cụm", "62", 62, "count", "cụm", SUBJ_N, location="Nghệ An", period=NOV_I),
    F("Thanh Hóa 59 cụm", "59", 59, "count", "cụm", SUBJ_N, location="Thanh Hóa", period=NOV_I),
    F("Hà Nội 57 cụm", "57", 57, "count", "cụm", SUBJ_N, location="Hà Nội", period=NOV_I),
    F("Phú Thọ 38 cụm", "38", 38, "count", "cụm", SUBJ_N, location="Phú Thọ", period=NOV_I),
    F("Bắc Ninh (91,2%)", "91,2", 91.2, "percent", "%", SUBJ_R, location="Bắc Ninh", period=NOV_I),
    F("Hưng Yên (88,6%)", "88,6", 88.6, "percent", "%", SUBJ_R, location="Hưng Yên", period=NOV_I),
    F("Hải Dương (84,9%)", "84,9", 84.9, "percent", "%", SUBJ_R, location="Hải Dương", period=NOV_I),
    F("dưới 30%", "30", 30, "percent", "%", "tỷ lệ lấp đầy nhiều CCN ở các tỉnh miền núi", approx="under",
      period=NOV_I),
    F("ước đạt 45,7 nghìn tỷ đồng", "45,7", 45.7e12, "money", "đồng", "tổng vốn đầu tư hạ tầng các CCN",
      status="estimate", period=GD),
    F("khoảng 6.800 tỷ đồng", "6.800", 6800e9, "money", "đồng", "vốn ngân sách địa phương đầu tư hạ tầng CCN",
      approx="about", total=45.7e12, status="estimate", period=GD),
    F("có 426 doanh nghiệp", "426", 426, "count", "doanh nghiệp", "doanh nghiệp làm chủ đầu tư hạ tầng CCN",
      period=NOW),
    F("khoảng 60 CCN", "60", 60, "count", "CCN", "CCN trình thành lập thêm", approx="about",
      status="forecast", period=Y25),
]

build(3, text, [
    "National press (VnExpress-style dateline 'Thứ ba, 17/12/2024, 10:30 (GMT+7)', byline at the end): national industrial-cluster",
    "figures from Bộ Công Thương to end-November 2024 — planned/established/operating clusters, occupancy, wastewater plants, lists of provinces.",
    "Distractors: 'Nghị định số 32/2024/NĐ-CP', 'ngày 1/5/2024', '(GMT+7)', official's name, 'cho năm 2025' (the target's year).",
    "'Trong đó, 873 cụm ...; 705 cụm ...': both parts take the whole 1.284 (not the sibling 873); the area part takes 48.600 ha.",
    "'312/705 ... (chiếm 44,3%), thấp hơn nhiều so với mục tiêu 70%': total 705, percent 44,3, target 70% (not met); no numeric gap.",
    "Province lists: province -> location, subject the list's indicator. 'các tỉnh miền núi' names no province: national default.",
    "'63 tỉnh, thành phố' (structure count) optional. 'ước đạt ... trong đó ... khoảng 6.800 tỷ' continues the estimate clause.",
], figs, published="2024-12-17", location="Việt Nam")

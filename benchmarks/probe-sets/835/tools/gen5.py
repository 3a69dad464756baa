from lib import F, per, chg, tgt, build

TEXT = """Doanh nghiệp bia đóng góp lớn cho ngân sách

Năm 2023, dù thị trường khó khăn, Công ty CP Bia Sông Hương vẫn nộp ngân sách nhà nước 1.850 tỷ đồng, chiếm khoảng 19% tổng thu nội địa của tỉnh Thừa Thiên Huế, trong đó thuế tiêu thụ đặc biệt hơn 1.400 tỷ đồng. Con số này gấp 1,4 lần năm 2018.

Theo lãnh đạo công ty, sản lượng bia tiêu thụ năm 2023 đạt 210 triệu lít, giảm 9% so với năm 2022, trong đó thị trường miền Trung chiếm gần 70%. Doanh thu thuần đạt 4.760 tỷ đồng. Sản phẩm của công ty đã xuất khẩu sang 5 thị trường, gồm Lào, Campuchia, Hàn Quốc, Úc và Mỹ.

Nhà máy của công ty tại KCN Phú Bài có công suất 250 triệu lít/năm, hiện giải quyết việc làm cho 620 lao động với thu nhập bình quân 18,5 triệu đồng/người/tháng. Mỗi năm công ty dành khoảng 12 tỷ đồng cho các chương trình an sinh xã hội; riêng năm 2023 đã xây dựng 3 trường học tại huyện A Lưới.

Năm 2024, công ty đặt kế hoạch tiêu thụ 225 triệu lít bia, nộp ngân sách trên 1.900 tỷ đồng. Công ty dự kiến đầu tư giai đoạn 2 nhà máy với tổng vốn khoảng 1.300 tỷ đồng. Dự kiến đến năm 2026, công suất nhà máy được nâng lên 350 triệu lít/năm.

Ông Trần Văn Bốn, Phó Giám đốc Sở Công Thương cho biết, tỉnh sẽ tạo mọi điều kiện để doanh nghiệp mở rộng sản xuất, đồng thời khuyến khích doanh nghiệp tham gia tài trợ Festival Huế 2024. Trụ sở công ty đặt tại số 243 Nguyễn Sinh Cung, TP Huế; sản phẩm bia lon 330 ml của công ty hiện có mặt tại hơn 40.000 điểm bán trên cả nước.

MINH HIỀN
22/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y23i = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("nhà nước 1.850 tỷ đồng", "1.850", 1.85e12, "money", "đồng", "nộp ngân sách nhà nước của Công ty CP Bia Sông Hương",
      Y23, percent=19),
    F("hơn 1.400 tỷ đồng", "1.400", 1.4e12, "money", "đồng", "thuế tiêu thụ đặc biệt", Y23,
      approx="over", total=1.85e12),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "nộp ngân sách so với năm 2018", Y23i),
    F("đạt 210 triệu lít", "210", 210e6, "measure", "lít", "sản lượng bia tiêu thụ", Y23b,
      change=chg("decrease", 9, baseline="năm 2022")),
    F("chiếm gần 70%", "70", 70, "percent", "%", "thị trường miền Trung", Y23b, approx="nearly"),
    F("đạt 4.760 tỷ đồng", "4.760", 4.76e12, "money", "đồng", "doanh thu thuần", Y23i),
    F("sang 5 thị trường", "5", 5, "count", "thị trường", "thị trường xuất khẩu"),
    F("công suất 250 triệu lít/năm", "250", 250e6, "measure", "lít/năm", "công suất nhà máy"),
    F("cho 620 lao động", "620", 620, "count", "lao động", "lao động được giải quyết việc làm"),
    F("18,5 triệu đồng/người/tháng", "18,5", 18.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", "chi cho các chương trình an sinh xã hội", approx="about"),
    F("xây dựng 3 trường học", "3", 3, "count", "trường học", "trường học xây dựng", Y23b, location="A Lưới"),
    F("tiêu thụ 225 triệu lít bia", "225", 225e6, "measure", "lít", "kế hoạch tiêu thụ bia", Y24, status="target"),
    F("trên 1.900 tỷ đồng", "1.900", 1.9e12, "money", "đồng", "nộp ngân sách", Y24, approx="over", status="target"),
    F("khoảng 1.300 tỷ đồng", "1.300", 1.3e12, "money", "đồng", "tổng vốn đầu tư giai đoạn 2 nhà máy",
      approx="about", status="forecast"),
    F("lên 350 triệu lít/năm", "350", 350e6, "measure", "lít/năm", "công suất nhà máy",
      per("đến năm 2026", None, "2026-12-31"), status="forecast"),
    F("bia lon 330 ml", "330", 330, "measure", "ml", "dung tích bia lon", optional=True),
    F("hơn 40.000 điểm bán", "40.000", 40000, "count", "điểm bán", "điểm bán có sản phẩm của công ty",
      approx="over", location="Việt Nam"),
]

COMMENTS = [
    "Provincial Party newspaper (Báo Thừa Thiên Huế style), byline MINH HIỀN and bare date 22/01/2024 at the end: a beer company's budget contribution, 2023 (invented).",
    "Distractors: Festival Huế 2024, 'số 243 Nguyễn Sinh Cung', person 'Trần Văn Bốn', 'năm 2018' (baseline of gấp 1,4 lần), the bare date.",
    "'Con số này gấp 1,4 lần năm 2018' stands alone as a sentence: multiple. 'trong đó thị trường miền Trung chiếm gần 70%' is a share of a part: own percent figure.",
    "'hơn 40.000 điểm bán trên cả nước' is national (Việt Nam). '3 trường học tại huyện A Lưới' → location A Lưới; period 'riêng năm 2023' same sentence.",
    "'bia lon 330 ml' is a product specification: optional. 'đặt kế hoạch' → target; 'dự kiến' → forecast ('đến năm 2026' ends 2026-12-31).",
]

build("p835-5", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Thừa Thiên Huế")

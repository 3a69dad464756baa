from lib import *

text = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Tin tức - Sự kiện > Xuất nhập khẩu

Chế biến điều, hồ tiêu Đồng Nai: xuất khẩu vượt mốc 1 tỷ USD

11 tháng năm 2024, kim ngạch xuất khẩu hạt điều của các doanh nghiệp trên địa bàn tỉnh Đồng Nai ước đạt 1,02 tỷ USD, tăng 17,5% so với cùng kỳ, chiếm 6,8% tổng kim ngạch xuất khẩu của tỉnh. Kim ngạch xuất khẩu hồ tiêu ước đạt 186 triệu USD, tăng 38,2%.

Toàn tỉnh hiện có 112 doanh nghiệp chế biến điều, trong đó 23 doanh nghiệp có vốn đầu tư nước ngoài; tổng công suất khoảng 450.000 tấn điều thô/năm. Các doanh nghiệp tập trung tại huyện Long Thành (28 doanh nghiệp), Xuân Lộc (19 doanh nghiệp), Định Quán (15 doanh nghiệp) và thành phố Long Khánh (11 doanh nghiệp). Ngành chế biến điều giải quyết việc làm cho hơn 35.000 lao động, thu nhập bình quân 7,5-8 triệu đồng/người/tháng.

Nguồn nguyên liệu tại chỗ ngày càng thu hẹp. Năm 2024, diện tích điều toàn tỉnh chỉ còn khoảng 7.850 ha, giảm 46% so với năm 2015; sản lượng ước đạt 9.400 tấn. Diện tích hồ tiêu là 12.460 ha, sản lượng 28.900 tấn; giá tiêu tại vườn tháng 11/2024 ở mức 142.000-146.000 đồng/kg.

Năm 2025, Sở Công Thương đặt mục tiêu kim ngạch xuất khẩu điều đạt 1,2 tỷ USD, có thêm ít nhất 5 doanh nghiệp đạt chứng nhận BRC, HACCP hoặc ISO 22000. Doanh nghiệp có nhu cầu hỗ trợ xúc tiến thương mại liên hệ Trung tâm Khuyến công và Tư vấn phát triển công nghiệp, số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa; điện thoại 0251.3822.386.

Phòng Quản lý Thương mại
12/12/2024
"""

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11i = P("11 tháng năm 2024", "2024-01-01", "2024-11-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
figs = [
    F("ước đạt 1,02 tỷ USD", "1,02", 1020000000, "money", "USD", "kim ngạch xuất khẩu hạt điều", M11, status="estimate",
      change=ch("increase", 17.5, "%", "cùng kỳ"), percent=6.8),
    F("ước đạt 186 triệu USD", "186", 186000000, "money", "USD", "kim ngạch xuất khẩu hồ tiêu", M11i, status="estimate",
      change=ch("increase", 38.2, "%")),
    F("có 112 doanh nghiệp", "112", 112, "count", "doanh nghiệp", "doanh nghiệp chế biến điều"),
    F("đó 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài", total=112),
    F("khoảng 450.000 tấn", "450.000", 450000, "measure", "tấn/năm", "tổng công suất", approx="about"),
    F("Long Thành (28 doanh nghiệp)", "28", 28, "count", "doanh nghiệp", "doanh nghiệp chế biến điều", location="Long Thành"),
    F("Xuân Lộc (19 doanh nghiệp)", "19", 19, "count", "doanh nghiệp", "doanh nghiệp chế biến điều", location="Xuân Lộc"),
    F("Định Quán (15 doanh nghiệp)", "15", 15, "count", "doanh nghiệp", "doanh nghiệp chế biến điều", location="Định Quán"),
    F("Long Khánh (11 doanh nghiệp)", "11", 11, "count", "doanh nghiệp", "doanh nghiệp chế biến điều", location="Long Khánh"),
    F("hơn 35.000 lao động", "35.000", 35000, "count", "lao động", "lao động ngành chế biến điều được giải quyết việc làm", approx="over"),
    F("bình quân 7,5-8 triệu", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập bình quân", value_max=8000000),
    F("còn khoảng 7.850 ha", "7.850", 7850, "measure", "ha", "diện tích điều toàn tỉnh", Y24, approx="about",
      change=ch("decrease", 46, "%", "năm 2015")),
    F("ước đạt 9.400 tấn", "9.400", 9400, "measure", "tấn", "sản lượng điều", Y24, status="estimate"),
    F("là 12.460 ha", "12.460", 12460, "measure", "ha", "diện tích hồ tiêu", Y24i),
    F("sản lượng 28.900 tấn", "28.900", 28900, "measure", "tấn", "sản lượng hồ tiêu", Y24i),
    F("mức 142.000-146.000 đồng/kg", "142.000", 142000, "money", "đồng/kg", "giá tiêu tại vườn",
      P("tháng 11/2024", "2024-11-01", "2024-11-30"), value_max=146000),
    F("đạt 1,2 tỷ USD", "1,2", 1200000000, "money", "USD", "kim ngạch xuất khẩu điều", P("Năm 2025", "2025-01-01", "2025-12-31"),
      status="target"),
    F("ít nhất 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp đạt chứng nhận BRC, HACCP hoặc ISO 22000",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
]
comments = [
    "Sở Công Thương Đồng Nai department site: cashew and pepper processing/exports, 11 months 2024. The bare date '12/12/2024' at the end gives published.",
    "1,02 tỷ USD carries the change ('tăng 17,5% so với cùng kỳ') and the share ('chiếm 6,8%'); 186 triệu USD: estimate, change without baseline, period inherited.",
    "'trong đó 23 doanh nghiệp' part of 112. District list 'tập trung tại …' has no part-of cue (no total); districts to location, indicator as subject.",
    "'7,5-8 triệu đồng/người/tháng' range (rate unit). 'chỉ còn khoảng 7.850 ha, giảm 46% so với năm 2015' level with change.",
    "Pepper area/output in the next sentence after 'Năm 2024' → inherited. Price period 'tháng 11/2024'.",
    "Targets 'Năm 2025 … mục tiêu'; 'ít nhất 5' at_least. Distractors: 'vượt mốc 1 tỷ USD' in the headline (optional? no: a headline threshold, left unannotated? see below), 'ISO 22000', address 'số 2 Nguyễn Văn Trị', phone.",
]
figs.insert(0, F("vượt mốc 1 tỷ USD", "1", 1000000000, "money", "USD", "kim ngạch xuất khẩu điều, hồ tiêu", approx="over", optional=True))
comments[-1] = ("Targets 'Năm 2025 … mục tiêu'; 'ít nhất 5' at_least. Headline 'vượt mốc 1 tỷ USD' (a threshold) optional. "
                "Distractors: 'ISO 22000', address 'số 2 Nguyễn Văn Trị', phone 0251.3822.386.")
comments.append("revised: capacity unit 'tấn điều thô/năm' → 'tấn/năm' (shortest noun phrase, as 'tấn/ngày' in p290-7).")
build(8, text, comments, figs, published="2024-12-12", location="Đồng Nai")

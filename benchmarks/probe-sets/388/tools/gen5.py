from lib import F, P, Y, build

TEXT = """Năm 2023, hơn 30.000 lượt doanh nghiệp nhỏ và vừa được hỗ trợ từ ngân sách nhà nước
15/01/2024 09:30

Theo tổng hợp của Cục Phát triển doanh nghiệp (Bộ Kế hoạch và Đầu tư), năm 2023, các bộ, ngành và 63/63 tỉnh, thành phố đã triển khai hỗ trợ doanh nghiệp nhỏ và vừa theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa năm 2017 và Nghị định số 80/2021/NĐ-CP, với tổng số 30.648 lượt doanh nghiệp được hỗ trợ, tăng 2,3 lần so với năm 2022.

Tổng kinh phí hỗ trợ từ ngân sách trung ương và địa phương ước đạt khoảng 412 tỷ đồng, bằng 78% dự toán; trong đó ngân sách trung ương 156 tỷ đồng, ngân sách địa phương 256 tỷ đồng.

Theo nội dung hỗ trợ, hỗ trợ tư vấn chiếm tỷ trọng lớn nhất với 41,6% số lượt doanh nghiệp, tiếp đến là đào tạo nguồn nhân lực (27,3%), hỗ trợ chuyển đổi số (18,9%) và hỗ trợ tham gia cụm liên kết ngành, chuỗi giá trị (12,2%).

Ở địa phương, các tỉnh, thành phố có số lượt doanh nghiệp được hỗ trợ lớn là TP Hồ Chí Minh (4.215 lượt), Hà Nội (3.870 lượt), Bình Dương (1.932 lượt) và Đồng Nai (1.405 lượt). Tuy vậy, vẫn còn 9 địa phương hỗ trợ dưới 100 lượt doanh nghiệp.

Năm 2024, Bộ Kế hoạch và Đầu tư đặt mục tiêu hỗ trợ khoảng 35.000 lượt doanh nghiệp nhỏ và vừa, phấn đấu tỷ lệ doanh nghiệp hài lòng với dịch vụ hỗ trợ đạt từ 85% trở lên. Theo Nghị quyết số 10-NQ/TW, đến năm 2025 cả nước phấn đấu có 1,5 triệu doanh nghiệp hoạt động, trong đó khoảng 98% là doanh nghiệp nhỏ và vừa.

Cục Phát triển doanh nghiệp - Bộ Kế hoạch và Đầu tư
Địa chỉ: Số 6B Hoàng Diệu, Ba Đình, Hà Nội. Điện thoại: 024.3843.8435
"""

Y23 = Y(2023)
Y23i = Y(2023, inh=True)
Y24 = Y(2024, "Năm 2024")
D25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 30.000 lượt", "30.000", 30000, "count", "lượt doanh nghiệp", "doanh nghiệp nhỏ và vừa được hỗ trợ từ ngân sách nhà nước",
      approx="over", period=Y(2023, "Năm 2023")),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai hỗ trợ doanh nghiệp nhỏ và vừa",
      total=63, period=Y23),
    F("tổng số 30.648 lượt", "30.648", 30648, "count", "lượt doanh nghiệp", "lượt doanh nghiệp được hỗ trợ",
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "năm 2022"}, period=Y23),
    F("khoảng 412 tỷ", "412", 412e9, "money", "đồng", "tổng kinh phí hỗ trợ từ ngân sách trung ương và địa phương",
      approx="about", percent=78, status="estimate", period=Y23i),
    F("trung ương 156 tỷ", "156", 156e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách trung ương", total=412e9,
      status="estimate", period=Y23i),
    F("địa phương 256 tỷ", "256", 256e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách địa phương", total=412e9,
      status="estimate", period=Y23i),
    F("với 41,6%", "41,6", 41.6, "percent", "%", "tỷ trọng số lượt doanh nghiệp được hỗ trợ tư vấn", period=Y23i),
    F("(27,3%)", "27,3", 27.3, "percent", "%", "tỷ trọng số lượt doanh nghiệp được hỗ trợ đào tạo nguồn nhân lực", period=Y23i),
    F("(18,9%)", "18,9", 18.9, "percent", "%", "tỷ trọng số lượt doanh nghiệp được hỗ trợ chuyển đổi số", period=Y23i),
    F("(12,2%)", "12,2", 12.2, "percent", "%", "tỷ trọng số lượt doanh nghiệp được hỗ trợ tham gia cụm liên kết ngành, chuỗi giá trị",
      period=Y23i),
    F("(4.215 lượt)", "4.215", 4215, "count", "lượt", "số lượt doanh nghiệp được hỗ trợ", location="Hồ Chí Minh", period=Y23i),
    F("(3.870 lượt)", "3.870", 3870, "count", "lượt", "số lượt doanh nghiệp được hỗ trợ", location="Hà Nội", period=Y23i),
    F("(1.932 lượt)", "1.932", 1932, "count", "lượt", "số lượt doanh nghiệp được hỗ trợ", location="Bình Dương", period=Y23i),
    F("(1.405 lượt)", "1.405", 1405, "count", "lượt", "số lượt doanh nghiệp được hỗ trợ", location="Đồng Nai", period=Y23i),
    F("còn 9 địa phương", "9", 9, "count", "địa phương", "địa phương hỗ trợ dưới 100 lượt doanh nghiệp", period=Y23i),
    F("dưới 100 lượt", "100", 100, "count", "lượt doanh nghiệp", "lượt doanh nghiệp được hỗ trợ", approx="under",
      period=Y23i, optional=True),
    F("khoảng 35.000 lượt", "35.000", 35000, "count", "lượt doanh nghiệp", "lượt doanh nghiệp nhỏ và vừa được hỗ trợ",
      approx="about", status="target", period=Y24),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ doanh nghiệp hài lòng với dịch vụ hỗ trợ", approx="at_least",
      status="target", period=Y24),
    F("có 1,5 triệu", "1,5", 1.5e6, "count", "doanh nghiệp", "doanh nghiệp hoạt động", status="target", period=D25),
    F("khoảng 98%", "98", 98, "percent", "%", "doanh nghiệp nhỏ và vừa", approx="about", status="target", period=D25),
]

COMMENTS = [
    "Ministry site (Cục Phát triển doanh nghiệp, Bộ KH&ĐT): national SME support results 2023, funding, shares by content, provinces, targets.",
    "Bare dateline '15/01/2024 09:30'. Distractors: 'Luật … năm 2017', 'Nghị định số 80/2021/NĐ-CP', 'Nghị quyết số 10-NQ/TW',",
    "footer address 'Số 6B Hoàng Diệu, Ba Đình, Hà Nội' (not a location of any figure), phone 024.3843.8435.",
    "National figures: location Việt Nam ('63/63 tỉnh, thành phố' is a count of provinces, total 63). 'tăng 2,3 lần' is a change in lần.",
    "'ước đạt khoảng 412 tỷ đồng, bằng 78% dự toán; trong đó … 156 …, 256 …': estimate, approx about, percent 78; the parts total 412 tỷ",
    "and stay estimates (the cue governs the continuing clauses).",
    "Shares by content of support: a list sharing one indicator (tỷ trọng số lượt doanh nghiệp); each item a percent figure.",
    "Province list: items are locations, subject the list's indicator; unit 'lượt' as written. '9 địa phương' is national;",
    "the threshold 'dưới 100 lượt' is optional. 2024 and 2025 targets: status target; 'từ … trở lên' at_least.",
]

if __name__ == "__main__":
    build("p388-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Việt Nam")

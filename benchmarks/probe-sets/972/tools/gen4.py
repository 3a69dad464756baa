"""p972-4: Bộ NN&PTNT site, national rice seed supply for vụ Đông Xuân 2024-2025."""
from lib import F, C, T, P, I, year, write

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ › Tin tức › Trồng trọt

Bảo đảm đủ giống lúa chất lượng cho vụ Đông Xuân 2024-2025

Ngày đăng: 05/09/2024 | Lượt xem: 742

Theo Cục Trồng trọt, vụ Đông Xuân 2024-2025 cả nước dự kiến gieo cấy khoảng 2,95 triệu ha lúa, nhu cầu giống khoảng 380.000 tấn. Trong đó, giống lúa thuần khoảng 355.000 tấn, giống lúa lai khoảng 25.000 tấn.

Năm 2023, tổng lượng giống lúa sản xuất trong nước đạt khoảng 1,2 triệu tấn, đáp ứng trên 95% nhu cầu giống lúa thuần; tỷ lệ sử dụng giống xác nhận trong sản xuất đạt 72%, tăng 4 điểm phần trăm so với năm 2020. Riêng vùng Đồng bằng sông Cửu Long, tỷ lệ này mới đạt khoảng 58%.

Hiện cả nước có 486 doanh nghiệp tham gia sản xuất, kinh doanh giống lúa, trong đó khoảng 60 doanh nghiệp có hệ thống sản xuất giống siêu nguyên chủng và nguyên chủng. Các địa phương có diện tích sản xuất lúa giống lớn nhất lần lượt là An Giang (12.500 ha), Đồng Tháp (9.800 ha), Cần Thơ (6.200 ha) và Thái Bình (4.100 ha).

Tính đến ngày 30/6/2024, đã có 214 giống lúa được công nhận lưu hành theo Luật Trồng trọt 2018, trong đó 38 giống lúa lai.

Đối với lúa lai, sản xuất hạt lai F1 trong nước năm 2023 đạt 8.700 tấn, mới đáp ứng 34,8% nhu cầu; lượng hạt giống lúa lai nhập khẩu từ Trung Quốc khoảng 16.200 tấn, giảm 12% so với năm 2022.

Mục tiêu đến năm 2030, tỷ lệ sử dụng giống xác nhận đạt trên 85%, sản xuất trong nước đáp ứng 70% nhu cầu hạt giống lúa lai. Cục Trồng trọt đề nghị các địa phương thực hiện nghiêm Nghị định số 94/2019/NĐ-CP về giống cây trồng.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

DX = P("vụ Đông Xuân 2024-2025", "2024-01-01", "2025-12-31")
Y23 = year("Năm 2023", 2023)
Y23b = year("năm 2023", 2023)
J30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "diện tích sản xuất lúa giống"

FIGS = [
    F("khoảng 2,95 triệu ha", "2,95", 2950000, "measure", "ha", "diện tích gieo cấy lúa", DX, approx="about",
      status="forecast"),
    F("khoảng 380.000 tấn", "380.000", 380000, "measure", "tấn", "nhu cầu giống lúa", DX, approx="about",
      status="forecast"),
    F("khoảng 355.000 tấn", "355.000", 355000, "measure", "tấn", "nhu cầu giống lúa thuần", I(DX), approx="about",
      total=380000, status="forecast"),
    F("khoảng 25.000 tấn", "25.000", 25000, "measure", "tấn", "nhu cầu giống lúa lai", I(DX), approx="about",
      total=380000, status="forecast"),
    F("khoảng 1,2 triệu tấn", "1,2", 1200000, "measure", "tấn", "giống lúa sản xuất trong nước", Y23,
      approx="about", percent=95),
    F("đạt 72%", "72", 72, "percent", "%", "tỷ lệ sử dụng giống xác nhận trong sản xuất", Y23,
      change=C("increase", 4, "điểm phần trăm", "năm 2020")),
    F("khoảng 58%", "58", 58, "percent", "%", "tỷ lệ sử dụng giống xác nhận", I(Y23), approx="about",
      location="Đồng bằng sông Cửu Long"),
    F("có 486 doanh nghiệp", "486", 486, "count", "doanh nghiệp",
      "doanh nghiệp tham gia sản xuất, kinh doanh giống lúa"),
    F("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp",
      "doanh nghiệp có hệ thống sản xuất giống siêu nguyên chủng và nguyên chủng", approx="about", total=486),
    F("An Giang (12.500 ha)", "12.500", 12500, "measure", "ha", LIST, location="An Giang"),
    F("Đồng Tháp (9.800 ha)", "9.800", 9800, "measure", "ha", LIST, location="Đồng Tháp"),
    F("Cần Thơ (6.200 ha)", "6.200", 6200, "measure", "ha", LIST, location="Cần Thơ"),
    F("Thái Bình (4.100 ha)", "4.100", 4100, "measure", "ha", LIST, location="Thái Bình"),
    F("có 214 giống lúa", "214", 214, "count", "giống lúa", "giống lúa được công nhận lưu hành", J30),
    F("38 giống lúa lai", "38", 38, "count", "giống lúa lai", "giống lúa lai được công nhận lưu hành", J30,
      total=214),
    F("đạt 8.700 tấn", "8.700", 8700, "measure", "tấn", "sản xuất hạt lai F1 trong nước", Y23b, percent=34.8),
    F("khoảng 16.200 tấn", "16.200", 16200, "measure", "tấn", "hạt giống lúa lai nhập khẩu", Y23b,
      approx="about", change=C("decrease", 12, "%", "năm 2022")),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ sử dụng giống xác nhận", T30, approx="over", status="target"),
    F("đáp ứng 70%", "70", 70, "percent", "%", "tỷ lệ sản xuất trong nước đáp ứng nhu cầu hạt giống lúa lai", T30,
      status="target"),
]

NOTES = [
    "Ministry (Bộ NN&PTNT) news page: national rice-seed demand for vụ Đông Xuân 2024-2025, supply, certified-seed use.",
    "The demand breakdown after 'Trong đó' continues the 'dự kiến' sentence: forecast, total 380.000 tấn.",
    "'đáp ứng trên 95% nhu cầu' / 'mới đáp ứng 34,8% nhu cầu' are read as the share (percent) of the figure before.",
    "'Riêng vùng Đồng bằng sông Cửu Long' is a region: recorded as the figure's location (the spec names no region rule).",
    "The ranking list 'lần lượt là An Giang (12.500 ha) ...' shares its indicator; no total (a ranking, not a breakdown).",
    "Imports 'từ Trung Quốc' keep location Việt Nam (a trade partner is not the figure's place).",
    "Distractors: Lượt xem, Luật Trồng trọt 2018, Nghị định số 94/2019/NĐ-CP, Số 2 Ngọc Hà, phone, F1.",
]

write("p972-4", TEXT, NOTES, FIGS, published="2024-09-05", location="Việt Nam")

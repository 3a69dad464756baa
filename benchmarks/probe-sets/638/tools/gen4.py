from lib import *

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ | Tin tức | Hoạt động của Bộ
Dự án LRAMP: Hoàn thành 2.065 cầu dân sinh tại 28 tỉnh
Ngày đăng: 22/03/2024 | Lượt xem: 3.118

Ngày 21/3, tại Hà Nội, Bộ Giao thông vận tải tổ chức hội nghị tổng kết Dự án xây dựng cầu dân sinh và quản lý tài sản đường địa phương (LRAMP). Theo báo cáo, tính đến hết tháng 2/2024, dự án đã hoàn thành 2.065/2.174 cầu, đạt 95% tổng số cầu của dự án, trong đó có 1.580 cầu treo và 485 cầu bê tông cốt thép.

Tổng vốn đầu tư của dự án là 385 triệu USD (tương đương khoảng 8.800 tỷ đồng), trong đó vốn vay Ngân hàng Thế giới 300 triệu USD, vốn đối ứng trong nước 85 triệu USD. Các cầu được xây dựng tại 28 tỉnh miền núi phía Bắc, Bắc Trung Bộ và Tây Nguyên, giúp hơn 2,1 triệu người dân đi lại an toàn, rút ngắn thời gian đi lại trung bình 35%.

Các địa phương có số cầu hoàn thành nhiều nhất gồm: Hà Giang (186 cầu), Lào Cai (152 cầu), Điện Biên (131 cầu) và Sơn La (127 cầu). Ở chiều ngược lại, Kon Tum và Gia Lai lần lượt mới hoàn thành 41 và 38 cầu.

Theo Thứ trưởng Bộ GTVT, bên cạnh các cầu đã xây dựng, cả nước hiện còn khoảng 4.300 cầu treo, cầu tạm xuống cấp, trong đó gần 1.200 cầu có nguy cơ mất an toàn cao. Giai đoạn 2025-2030, Bộ dự kiến đề xuất đầu tư khoảng 3.000 cầu dân sinh với tổng nhu cầu vốn khoảng 9.500 tỷ đồng, theo Quyết định số 1465/QĐ-BGTVT.

Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.4015
"""

AS = P("tính đến hết tháng 2/2024", None, "2024-02-29")
G = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
DONE = "cầu dân sinh hoàn thành"

FIGS = [
    F("Hoàn thành 2.065 cầu", "2.065", 2065, "count", "cầu", "cầu dân sinh hoàn thành của Dự án LRAMP", I(AS)),
    F("dân sinh tại 28 tỉnh", "28", 28, "count", "tỉnh", "tỉnh có cầu dân sinh hoàn thành", I(AS)),
    F("hoàn thành 2.065/2.174", "2.065", 2065, "count", "cầu", "cầu dự án đã hoàn thành", AS, total=2174, percent=95),
    F("có 1.580 cầu treo", "1.580", 1580, "count", "cầu treo", "cầu treo hoàn thành", AS, total=2065),
    F("485 cầu bê tông", "485", 485, "count", "cầu bê tông cốt thép", "cầu bê tông cốt thép hoàn thành", AS, total=2065),
    F("là 385 triệu USD", "385", 385e6, "money", "USD", "tổng vốn đầu tư của dự án"),
    F("khoảng 8.800 tỷ đồng", "8.800", 8800e9, "money", "đồng", "tổng vốn đầu tư của dự án", approx="about"),
    F("Thế giới 300 triệu USD", "300", 300e6, "money", "USD", "vốn vay Ngân hàng Thế giới", total=385e6),
    F("nước 85 triệu USD", "85", 85e6, "money", "USD", "vốn đối ứng trong nước", total=385e6),
    F("tại 28 tỉnh miền núi", "28", 28, "count", "tỉnh", "tỉnh miền núi có cầu được xây dựng"),
    F("hơn 2,1 triệu người", "2,1", 2.1e6, "count", "người dân", "người dân đi lại an toàn", approx="over"),
    F("trung bình 35%", "35", 35, "percent", "%", "thời gian đi lại rút ngắn trung bình"),
    F("Hà Giang (186 cầu)", "186", 186, "count", "cầu", DONE, location="Hà Giang"),
    F("Lào Cai (152 cầu)", "152", 152, "count", "cầu", DONE, location="Lào Cai"),
    F("Điện Biên (131 cầu)", "131", 131, "count", "cầu", DONE, location="Điện Biên"),
    F("Sơn La (127 cầu)", "127", 127, "count", "cầu", DONE, location="Sơn La"),
    F("hoàn thành 41 và", "41", 41, "count", "cầu", DONE, location="Kon Tum"),
    F("41 và 38 cầu", "38", 38, "count", "cầu", DONE, location="Gia Lai"),
    F("khoảng 4.300 cầu", "4.300", 4300, "count", "cầu treo, cầu tạm", "cầu treo, cầu tạm xuống cấp", approx="about"),
    F("gần 1.200 cầu", "1.200", 1200, "count", "cầu", "cầu có nguy cơ mất an toàn cao", approx="nearly", total=4300),
    F("khoảng 3.000 cầu", "3.000", 3000, "count", "cầu dân sinh", "cầu dân sinh đề xuất đầu tư", G, approx="about", status="forecast"),
    F("khoảng 9.500 tỷ đồng", "9.500", 9500e9, "money", "đồng", "tổng nhu cầu vốn", G, approx="about", status="forecast"),
]

emit("p638-4", TEXT, [
    "Bộ GTVT (ministry site), 'Ngày đăng: 22/03/2024 | Lượt xem: 3.118': tổng kết Dự án LRAMP — cầu hoàn thành, vốn (USD and đồng), provinces.",
    "'2.065/2.174 cầu' -> total 2174 (no 'kế hoạch' after the second number), 'đạt 95% tổng số' -> percent; 1.580 + 485 = 2.065 (trong đó).",
    "'tương đương khoảng 8.800 tỷ đồng' is an equivalent amount: a money figure of its own. 'gồm:' after a clause with no figure -> no total.",
    "'tháng 2/2024' ends 2024-02-29 (leap year). Headline figures inherit the as-of period. National figures -> Việt Nam; list items -> province.",
    "Not figures: 'Ngày 21/3', 'Lượt xem: 3.118', QĐ 1465/QĐ-BGTVT, address '80 Trần Hưng Đạo', phone.",
], FIGS, published="2024-03-22", location="Việt Nam")

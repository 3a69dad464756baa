from lib import *

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt
Ngày đăng: 22/03/2024 | Lượt xem: 987

Cả nước có gần 60.000 ha dược liệu, phấn đấu đến năm 2030 đạt 250.000 ha

Theo Cục Trồng trọt, tính đến hết năm 2023, diện tích trồng dược liệu cả nước đạt khoảng 59.800 ha, sản lượng trên 200.000 tấn/năm. Trong đó, Lào Cai có diện tích lớn nhất với 3.150 ha; tiếp đến là Hà Giang 2.480 ha, Quảng Nam 2.260 ha.

Cả nước hiện có 206 loài dược liệu được trồng, trong đó 48 loài có quy mô sản xuất hàng hóa; 17 vùng trồng đạt tiêu chuẩn GACP-WHO với tổng diện tích hơn 1.500 ha. Năm 2023, kim ngạch xuất khẩu dược liệu và tinh dầu đạt 312 triệu USD, tăng 9,5% so với năm 2022; nhập khẩu khoảng 480 triệu USD, chủ yếu từ Trung Quốc. Quế, hồi và thảo quả vẫn là ba mặt hàng xuất khẩu chủ lực.

Theo Quyết định số 376/QĐ-TTg ngày 17/3/2021 của Thủ tướng Chính phủ, phấn đấu đến năm 2030 diện tích trồng dược liệu đạt 250.000 ha, đáp ứng từ 60 đến 80% nhu cầu dược liệu trong nước; giá trị sản xuất đạt từ 120 đến 150 triệu đồng/ha/năm.

Thứ trưởng Bộ NN&PTNT Trần Thanh Nam đề nghị các địa phương rà soát quy hoạch vùng trồng. Dự kiến năm 2024, diện tích dược liệu cả nước tăng thêm khoảng 5.000 ha, tập trung tại 14 tỉnh Trung du và miền núi phía Bắc và Tây Nguyên.

Mọi chi tiết xin liên hệ: Cục Trồng trọt, số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3823.4651
"""

ASOF = P("tính đến hết năm 2023", end="2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("có gần 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích dược liệu", I(ASOF), approx="nearly"),
    F("2030 đạt 250.000 ha", "250.000", 250000, "measure", "ha", "diện tích dược liệu", T30, status="target"),
    F("khoảng 59.800 ha", "59.800", 59800, "measure", "ha", "diện tích trồng dược liệu", ASOF, approx="about"),
    F("trên 200.000 tấn/năm", "200.000", 200000, "measure", "tấn/năm", "sản lượng dược liệu", ASOF, approx="over"),
    F("với 3.150 ha", "3.150", 3150, "measure", "ha", "diện tích trồng dược liệu", I(ASOF), total=59800,
      location="Lào Cai"),
    F("Hà Giang 2.480 ha", "2.480", 2480, "measure", "ha", "diện tích trồng dược liệu", I(ASOF), total=59800,
      location="Hà Giang"),
    F("Quảng Nam 2.260 ha", "2.260", 2260, "measure", "ha", "diện tích trồng dược liệu", I(ASOF), total=59800,
      location="Quảng Nam"),
    F("có 206 loài", "206", 206, "count", "loài", "loài dược liệu được trồng"),
    F("48 loài", "48", 48, "count", "loài", "loài dược liệu có quy mô sản xuất hàng hóa", total=206),
    F("17 vùng trồng", "17", 17, "count", "vùng trồng", "vùng trồng đạt tiêu chuẩn GACP-WHO"),
    F("hơn 1.500 ha", "1.500", 1500, "measure", "ha", "tổng diện tích vùng trồng đạt tiêu chuẩn GACP-WHO", approx="over"),
    F("đạt 312 triệu USD", "312", 312e6, "money", "USD", "kim ngạch xuất khẩu dược liệu và tinh dầu", Y23,
      change=CH("increase", 9.5, baseline="năm 2022")),
    F("khoảng 480 triệu USD", "480", 480e6, "money", "USD", "kim ngạch nhập khẩu dược liệu và tinh dầu", Y23,
      approx="about"),
    F("là ba mặt hàng", "ba", 3, "count", "mặt hàng", "mặt hàng xuất khẩu chủ lực", optional=True),
    F("liệu đạt 250.000 ha", "250.000", 250000, "measure", "ha", "diện tích trồng dược liệu", T30, status="target"),
    F("từ 60 đến 80%", "60", 60, "percent", "%", "tỷ lệ đáp ứng nhu cầu dược liệu trong nước", T30, value_max=80,
      status="target"),
    F("từ 120 đến 150 triệu", "120", 120e6, "money", "đồng/ha/năm", "giá trị sản xuất dược liệu", T30,
      value_max=150e6, status="target"),
    F("khoảng 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích dược liệu tăng thêm",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh Trung du và miền núi phía Bắc và Tây Nguyên tập trung diện tích tăng thêm",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Bộ NN&PTNT (ministry site, 'Ngày đăng … | Lượt xem'): national medicinal-herb area, species, GACP-WHO zones, trade 2023, targets 2030.",
    "Location Việt Nam by default; provinces after 'Trong đó' (and the 'tiếp đến là' items continuing it) are parts of the national area:",
    "total 59.800, location = province. Trade partner Trung Quốc is not a place of the figure. 'ba mặt hàng' is a number word but a loose",
    "characterisation: optional. '14 tỉnh' continues the 'Dự kiến' clause: forecast. Distractors: QĐ 376/QĐ-TTg ngày 17/3/2021, 'số 2 Ngọc Hà',",
    "phone, counter, 'GACP-WHO', 'ha/năm' denominator.",
]

emit("p591-4", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Việt Nam")

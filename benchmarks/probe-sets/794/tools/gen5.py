"""p794-5: Báo Cà Mau (Party/provincial paper) - sò huyết in huyện Ngọc Hiển; byline and bare date at the end."""
from lib import F, build, chg, inh, per

TEXT = """Sò huyết Ngọc Hiển được mùa, được giá

Những ngày này, bà con nuôi sò huyết ở xã Tân Ân, huyện Ngọc Hiển đang vào vụ thu hoạch. Sò huyết loại 1 (40-50 con/kg) được thương lái thu mua với giá 220.000 đồng/kg, tăng khoảng 30.000 đồng/kg so với cùng thời điểm năm trước; sò loại 2 giá từ 160.000 đến 180.000 đồng/kg.

Theo Phòng Nông nghiệp và PTNT huyện Ngọc Hiển, năm 2024 toàn huyện có 1.250 ha nuôi sò huyết, tăng 180 ha so với năm 2023; sản lượng đạt 1.380 tấn. Riêng quý I/2025, sản lượng thu hoạch ước đạt 410 tấn, tăng 12% so với cùng kỳ.

Hợp tác xã Sò huyết Tân Ân hiện có 46 thành viên với 185 ha mặt nước, bình quân mỗi năm cung ứng cho thị trường khoảng 300 tấn sò thương phẩm. Ông Nguyễn Văn Út, Giám đốc HTX, cho biết lợi nhuận bình quân đạt hơn 80 triệu đồng/ha/năm. "Nhiều hộ ở ấp Kinh Ba thu lãi trên 300 triệu đồng mỗi năm", ông Út nói.

Tuy nhiên, đợt nắng nóng kéo dài hồi tháng 5/2024 khiến khoảng 15% diện tích sò bị chết, thiệt hại ước hơn 5 tỷ đồng. Để giảm rủi ro, huyện khuyến cáo người dân thả giống với mật độ không quá 150 con/m2 và theo dõi độ mặn thường xuyên.

Năm 2025, huyện phấn đấu duy trì 1.300 ha nuôi sò huyết, sản lượng đạt 1.500 tấn; đồng thời xây dựng 2 chuỗi liên kết tiêu thụ sò huyết theo Nghị quyết số 12-NQ/HU của Huyện ủy. Sò huyết Ngọc Hiển hiện được tiêu thụ chủ yếu tại TP Hồ Chí Minh và các tỉnh dọc Quốc lộ 1 từ Năm Căn lên Cần Thơ.

TRÍ TÍN
18/03/2025
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
M5 = per("tháng 5/2024", "2024-05-01", "2024-05-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("loại 1 (40-50 con/kg)", "40", 40, "measure", "con/kg", value_max=50, optional=True),
    F("giá 220.000 đồng/kg", "220.000", 220000, "money", "đồng/kg", "giá sò huyết loại 1",
      change=chg("increase", 30000, "đồng/kg", "cùng thời điểm năm trước", approx="about")),
    F("từ 160.000 đến 180.000 đồng/kg", "160.000", 160000, "money", "đồng/kg", "giá sò loại 2",
      value_max=180000),
    F("có 1.250 ha", "1.250", 1250, "measure", "ha", "diện tích nuôi sò huyết", Y24,
      change=chg("increase", 180, "ha", "năm 2023")),
    F("đạt 1.380 tấn", "1.380", 1380, "measure", "tấn", "sản lượng sò huyết", Y24),
    F("ước đạt 410 tấn", "410", 410, "measure", "tấn", "sản lượng sò huyết thu hoạch", Q1, status="estimate",
      change=chg("increase", 12, baseline="cùng kỳ")),
    F("có 46 thành viên", "46", 46, "count", "thành viên", "thành viên Hợp tác xã Sò huyết Tân Ân"),
    F("với 185 ha", "185", 185, "measure", "ha", "diện tích mặt nước của Hợp tác xã Sò huyết Tân Ân"),
    F("khoảng 300 tấn", "300", 300, "measure", "tấn/năm", "sò thương phẩm HTX cung ứng cho thị trường",
      approx="about"),
    F("hơn 80 triệu đồng/ha/năm", "80", 80e6, "money", "đồng/ha/năm", "lợi nhuận bình quân nuôi sò huyết",
      approx="over"),
    F("trên 300 triệu đồng", "300", 300e6, "money", "đồng/năm", "lãi của nhiều hộ nuôi sò", approx="over"),
    F("khoảng 15% diện tích", "15", 15, "percent", "%", "diện tích sò bị chết do nắng nóng", M5, approx="about"),
    F("hơn 5 tỷ đồng", "5", 5e9, "money", "đồng", "thiệt hại do sò chết", M5, approx="over", status="estimate"),
    F("không quá 150 con/m2", "150", 150, "measure", "con/m2", "mật độ thả giống sò huyết khuyến cáo",
      approx="at_most", optional=True),
    F("duy trì 1.300 ha", "1.300", 1300, "measure", "ha", "diện tích nuôi sò huyết", Y25, status="target"),
    F("đạt 1.500 tấn", "1.500", 1500, "measure", "tấn", "sản lượng sò huyết", Y25, status="target"),
    F("xây dựng 2 chuỗi", "2", 2, "count", "chuỗi liên kết", "chuỗi liên kết tiêu thụ sò huyết", Y25,
      status="target"),
]

COMMENTS = [
    "Báo Cà Mau style: sò huyết in huyện Ngọc Hiển (all figures are the district's; xã Tân Ân lies in it). Byline TRÍ TÍN, bare date 18/03/2025.",
    "'loại 1 (40-50 con/kg)' is a grade definition and 'không quá 150 con/m2' a recommended threshold: optional.",
    "'bình quân mỗi năm cung ứng ... khoảng 300 tấn' keeps the per-year rate in its unit (tấn/năm); '300 triệu đồng mỗi năm' -> đồng/năm.",
    "'thiệt hại ước hơn 5 tỷ đồng' -> estimate. 'đồng thời xây dựng 2 chuỗi' continues the 'phấn đấu' clause -> target.",
    "Distractors: ấp Kinh Ba and Năm Căn (number words in names), ông Nguyễn Văn Út, Nghị quyết số 12-NQ/HU, Quốc lộ 1, 'năm trước'.",
]

if __name__ == "__main__":
    build("p794-5", TEXT, FIGS, COMMENTS, published="2025-03-18", location="Ngọc Hiển")

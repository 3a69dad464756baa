"""p1239-4: ministry site (Bộ NN&PTNT), national walnut area, imports, seed sources, 2030 orientation."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp
Ngày đăng: 05/06/2023 | Lượt xem: 962

Phát triển óc chó ở Tây Bắc: chọn đúng giống, đúng vùng trồng

Theo Cục Lâm nghiệp, đến hết năm 2022 cả nước có khoảng 9.800 ha óc chó, trồng tập trung ở 7 tỉnh miền núi phía Bắc, trong đó vùng Tây Bắc chiếm gần 85% diện tích. Các tỉnh có diện tích lớn lần lượt là Sơn La (2.850 ha), Điện Biên (1.560 ha), Lai Châu (1.480 ha) và Hà Giang (1.210 ha).

Diện tích cho thu hoạch mới đạt khoảng 1.900 ha, năng suất bình quân 0,7 tấn hạt/ha, chỉ bằng khoảng 35% năng suất các vùng trồng óc chó của Trung Quốc. Năm 2022, sản lượng hạt óc chó trong nước ước khoảng 1.350 tấn, trong khi lượng nhập khẩu lên tới 7.200 tấn, kim ngạch khoảng 36 triệu USD, tăng 12% so với năm 2021.

Qua rà soát, tỷ lệ cây sống sau 3 năm trồng ở nhiều nơi chỉ đạt 50-65%, nguyên nhân chủ yếu do trồng ở độ cao dưới 1.000 m và sử dụng giống không rõ nguồn gốc. Hiện cả nước mới có 12 nguồn giống óc chó được công nhận, trong đó 5 nguồn giống là cây ghép.

Bộ Nông nghiệp và Phát triển nông thôn định hướng đến năm 2030, cả nước phát triển khoảng 20.000 ha óc chó ở vùng có độ cao từ 1.200 m trở lên, năng suất đạt 1,5-2 tấn/ha. Dự kiến giai đoạn 2023-2025, các địa phương cần khoảng 1,5 triệu cây giống ghép đạt tiêu chuẩn.

Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

ASOF = P("đến hết năm 2022", None, "2022-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
G2325 = P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
AREA = "diện tích óc chó"

FIGS = [
    F("khoảng 9.800 ha", "9.800", 9800, "measure", "ha", approx="about", subject="diện tích óc chó cả nước",
      period=ASOF),
    F("ở 7 tỉnh", "7", 7, "count", "tỉnh", subject="tỉnh miền núi phía Bắc trồng óc chó tập trung", period=ASOF),
    F("gần 85%", "85", 85, "percent", "%", approx="nearly", subject="tỷ trọng diện tích óc chó của vùng Tây Bắc",
      period=ASOF),
    F("Sơn La (2.850 ha)", "2.850", 2850, "measure", "ha", subject=AREA, period=I(ASOF), location="Sơn La"),
    F("Điện Biên (1.560 ha)", "1.560", 1560, "measure", "ha", subject=AREA, period=I(ASOF), location="Điện Biên"),
    F("Lai Châu (1.480 ha)", "1.480", 1480, "measure", "ha", subject=AREA, period=I(ASOF), location="Lai Châu"),
    F("Hà Giang (1.210 ha)", "1.210", 1210, "measure", "ha", subject=AREA, period=I(ASOF), location="Hà Giang"),
    F("khoảng 1.900 ha", "1.900", 1900, "measure", "ha", approx="about", subject="diện tích óc chó cho thu hoạch",
      period=I(ASOF)),
    F("0,7 tấn hạt/ha", "0,7", 0.7, "measure", "tấn/ha", percent=35, subject="năng suất bình quân",
      period=I(ASOF)),
    F("khoảng 1.350 tấn", "1.350", 1350, "measure", "tấn", approx="about", status="estimate",
      subject="sản lượng hạt óc chó trong nước", period=Y22),
    F("lên tới 7.200 tấn", "7.200", 7200, "measure", "tấn", subject="lượng hạt óc chó nhập khẩu", period=Y22),
    F("khoảng 36 triệu USD", "36", 36000000, "money", "USD", approx="about",
      change=C("increase", 12, "%", "năm 2021"), subject="kim ngạch nhập khẩu hạt óc chó", period=Y22),
    F("sau 3 năm", "3", 3, "measure", "năm", optional=True, subject="thời gian sau trồng"),
    F("đạt 50-65%", "50", 50, "percent", "%", value_max=65, subject="tỷ lệ cây sống sau 3 năm trồng"),
    F("dưới 1.000 m", "1.000", 1000, "measure", "m", approx="under", optional=True, subject="độ cao vùng trồng"),
    F("có 12 nguồn giống", "12", 12, "count", "nguồn giống", subject="nguồn giống óc chó được công nhận"),
    F("5 nguồn giống", "5", 5, "count", "nguồn giống", total=12,
      subject="nguồn giống óc chó được công nhận là cây ghép"),
    F("khoảng 20.000 ha", "20.000", 20000, "measure", "ha", approx="about", status="target",
      subject="diện tích óc chó cả nước", period=T30),
    F("từ 1.200 m", "1.200", 1200, "measure", "m", approx="at_least", optional=True, subject="độ cao vùng trồng"),
    F("đạt 1,5-2 tấn/ha", "1,5", 1.5, "measure", "tấn/ha", value_max=2, status="target",
      subject="năng suất óc chó", period=T30),
    F("khoảng 1,5 triệu", "1,5", 1500000, "count", "cây giống ghép", approx="about", status="forecast",
      subject="cây giống ghép đạt tiêu chuẩn các địa phương cần", period=G2325),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national walnut figures. 'Ngày đăng: 05/06/2023 | Lượt xem: 962' (published); footer address and phone.",
    "Location Việt Nam throughout (cả nước); the 'lần lượt là Sơn La (…), …' list items take their province as location, subject = list indicator.",
    "Distractors: 'Lượt xem: 962', 'Số 2 Ngọc Hà', '024.3846.8161'. 'Trung Quốc' is a comparison, not a place of the figure.",
    "Thresholds 'sau 3 năm' (defines the survival indicator), 'dưới 1.000 m', 'từ 1.200 m trở lên' (define where to plant): optional.",
    "'chỉ bằng khoảng 35%' after 0,7 tấn hạt/ha → its percent attribute. 'ước khoảng' → estimate + about. 'lên tới 7.200 tấn' is actual",
    "(own clause after 'trong khi'). 'tăng 12% so với năm 2021' belongs to the import value. 5 nguồn giống is part of 12 (trong đó).",
    "revised after the first run: unit of '0,7 tấn hạt/ha' 'tấn hạt/ha' → 'tấn/ha' (measure word + denominator; 'hạt' is the subject's).",
    "'định hướng đến năm 2030' → target; 'Dự kiến giai đoạn 2023-2025 … cần' → forecast. Region 'vùng Tây Bắc' is no province: location Việt Nam.",
]

if __name__ == "__main__":
    write("p1239-4", TEXT, NOTES, FIGS, published="2023-06-05", location="Việt Nam")

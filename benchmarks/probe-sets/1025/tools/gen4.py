"""p1025-4: Bộ NN&PTNT site — Mekong Delta gate operation and salinity control, dry season 2024-2025."""
from lib import F, build, change, inherit, period

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin hoạt động / Thủy lợi
Đồng bằng sông Cửu Long vận hành gần 1.900 cống, chủ động kiểm soát mặn
Ngày đăng: 26/02/2025 | Lượt xem: 1.204

Theo báo cáo của Cục Thủy lợi, tính đến ngày 20/2/2025, các hệ thống thủy lợi vùng Đồng bằng sông Cửu Long đã vận hành 1.884 cống ngăn mặn, giữ ngọt, tăng 176 cống so với cùng kỳ mùa khô trước. Ranh mặn 4‰ trên các sông chính vào sâu từ 40 đến 55 km, thấp hơn trung bình nhiều năm khoảng 8 km.

Vụ Đông Xuân 2024-2025, toàn vùng xuống giống hơn 1,52 triệu ha lúa, trong đó khoảng 610.000 ha thuộc vùng ven biển chịu ảnh hưởng của mặn. Theo dự báo, diện tích lúa có nguy cơ bị ảnh hưởng khoảng 40.000 ha, chỉ bằng 11% so với mùa khô 2019-2020, tập trung tại Kiên Giang (12.000 ha), Cà Mau (8.500 ha), Sóc Trăng (6.200 ha) và Bến Tre (4.800 ha).

Giai đoạn 2021-2025, Bộ đã bố trí hơn 12.600 tỷ đồng vốn đầu tư công cho 27 công trình kiểm soát mặn tại 13 tỉnh, thành phố trong vùng. Riêng Dự án Cống Cái Lớn - Cái Bé giai đoạn 1 có tổng mức đầu tư 3.309 tỷ đồng, tạo nguồn ngọt cho hơn 380.000 ha đất nông nghiệp. Cống Cái Lớn có 11 khoang, mỗi khoang rộng 40 m.

Lãnh đạo Bộ đề nghị các địa phương thực hiện nghiêm Công điện số 12/CĐ-BNN-TL ngày 10/1/2025, vận hành cống theo quy trình, tích trữ nước ngọt trong kênh rạch, ao hồ. Mục tiêu đến năm 2030, vùng chủ động kiểm soát mặn cho 100% diện tích sản xuất ven biển và bảo đảm nước sinh hoạt cho 98% dân cư nông thôn.

Cục Thủy lợi - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5693.
"""

REG = "Đồng bằng sông Cửu Long"
ASOF = period("tính đến ngày 20/2/2025", None, "2025-02-20")
GD = period("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")
RISK = "diện tích lúa có nguy cơ bị ảnh hưởng bởi mặn"

FIGS = [
    F("gần 1.900 cống", "1.900", 1900, "count", "cống", "cống được vận hành", approx="nearly"),
    F("vận hành 1.884 cống", "1.884", 1884, "count", "cống", "cống ngăn mặn, giữ ngọt được vận hành", ASOF,
      change=change("increase", 176, "cống", "cùng kỳ mùa khô trước")),
    F("Ranh mặn 4‰", "4", 4, "measure", "‰", "ngưỡng độ mặn của ranh mặn", optional=True),
    F("từ 40 đến 55 km", "40", 40, "measure", "km", "ranh mặn 4‰ vào sâu trên các sông chính", inherit(ASOF),
      value_max=55, change=change("decrease", 8, "km", "trung bình nhiều năm", approx="about")),
    F("hơn 1,52 triệu ha", "1,52", 1.52e6, "measure", "ha", "diện tích lúa Đông Xuân xuống giống", approx="over"),
    F("khoảng 610.000 ha", "610.000", 610000, "measure", "ha", "diện tích lúa vùng ven biển chịu ảnh hưởng của mặn",
      approx="about", total=1.52e6),
    F("khoảng 40.000 ha", "40.000", 40000, "measure", "ha", RISK, approx="about", percent=11, status="forecast"),
    F("Kiên Giang (12.000 ha)", "12.000", 12000, "measure", "ha", RISK, status="forecast", location="Kiên Giang"),
    F("Cà Mau (8.500 ha)", "8.500", 8500, "measure", "ha", RISK, status="forecast", location="Cà Mau"),
    F("Sóc Trăng (6.200 ha)", "6.200", 6200, "measure", "ha", RISK, status="forecast", location="Sóc Trăng"),
    F("Bến Tre (4.800 ha)", "4.800", 4800, "measure", "ha", RISK, status="forecast", location="Bến Tre"),
    F("hơn 12.600 tỷ đồng", "12.600", 12600e9, "money", "đồng", "vốn đầu tư công cho công trình kiểm soát mặn", GD,
      approx="over"),
    F("cho 27 công trình", "27", 27, "count", "công trình", "công trình kiểm soát mặn được bố trí vốn", GD),
    F("tại 13 tỉnh, thành phố", "13", 13, "count", "tỉnh, thành phố", "tỉnh, thành phố có công trình kiểm soát mặn",
      GD, location="Việt Nam"),
    F("tổng mức đầu tư 3.309 tỷ đồng", "3.309", 3309e9, "money", "đồng",
      "tổng mức đầu tư Dự án Cống Cái Lớn - Cái Bé giai đoạn 1"),
    F("hơn 380.000 ha", "380.000", 380000, "measure", "ha", "đất nông nghiệp được tạo nguồn ngọt", approx="over"),
    F("có 11 khoang", "11", 11, "count", "khoang", "khoang của cống Cái Lớn", optional=True),
    F("rộng 40 m", "40", 40, "measure", "m", "chiều rộng mỗi khoang cống Cái Lớn", optional=True),
    F("cho 100% diện tích", "100", 100, "percent", "%", "diện tích sản xuất ven biển được chủ động kiểm soát mặn",
      T30, status="target"),
    F("cho 98% dân cư", "98", 98, "percent", "%", "dân cư nông thôn được bảo đảm nước sinh hoạt", T30,
      status="target"),
]

META = {
    "published": "2025-02-26",
    "location": REG,
    "comments": [
        "p1025-4: ministry site (Bộ NN&PTNT), 'Ngày đăng: 26/02/2025 | Lượt xem: 1.204'.",
        "Regional figures take the region 'Đồng bằng sông Cửu Long' as location (the spec is silent on regions; they are not national);",
        "the count '13 tỉnh, thành phố' is a count of provinces → Việt Nam (spec). Province items of the risk list → the province.",
        "Risk list (12.000+8.500+6.200+4.800 = 31.500) does not add up to 40.000 ('tập trung tại') → no total; all forecast (Theo dự báo).",
        "'thấp hơn trung bình nhiều năm khoảng 8 km' is the change of the 40-55 km range; 'chỉ bằng 11%' the percent of 40.000 ha.",
        "Seasons (vụ Đông Xuân 2024-2025, mùa khô 2019-2020) give no period. Gate specification (11 khoang, rộng 40 m) optional.",
        "Distractors: Lượt xem 1.204, Công điện số 12/CĐ-BNN-TL ngày 10/1/2025, giai đoạn 1, Số 2 Ngọc Hà, 024.3733.5693.",
    ],
}

if __name__ == "__main__":
    build(4, TEXT, META, FIGS)

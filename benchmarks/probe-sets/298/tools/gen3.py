from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÒA BÌNH
Tin hoạt động ngành

Nuôi cá lồng trên hồ Hòa Bình: hướng đi bền vững cho người dân vùng lòng hồ
Ngày đăng: 22/04/2024 | Lượt xem: 871

Hồ Hòa Bình có diện tích mặt nước trên 8.000 ha, trải dài qua 5 huyện, thành phố. Tính đến hết quý I/2024, toàn tỉnh có 4.215 lồng nuôi cá, tổng thể tích trên 420.000 m3, tăng 275 lồng so với cuối năm 2023. Số lồng phân bố tại các địa phương: huyện Đà Bắc 1.630 lồng, thành phố Hòa Bình 1.102 lồng, huyện Cao Phong 745 lồng, huyện Tân Lạc 428 lồng và huyện Mai Châu 310 lồng.

Sản lượng cá lồng quý I/2024 ước đạt 1.560 tấn, chiếm 38,5% sản lượng thủy sản toàn tỉnh. Trong đó, cá rô phi đơn tính chiếm khoảng 45% sản lượng; các đối tượng giá trị cao như cá lăng, cá chiên, cá nheo ước đạt 410 tấn.

Giá bán cá tại lồng hiện nay: cá rô phi 38.000-42.000 đồng/kg, cá lăng 180.000-200.000 đồng/kg, cá chiên khoảng 400.000 đồng/kg. Năng suất nuôi bình quân đạt 0,35-0,4 tấn/lồng/năm; nhiều hộ có lãi từ 50 đến 70 triệu đồng/năm.

Tuy nhiên, trong tháng 3 vừa qua, do thời tiết chuyển mùa, bệnh xuất huyết, lở loét đã xuất hiện ở 126 lồng của 38 hộ tại huyện Đà Bắc, làm chết khoảng 18 tấn cá, thiệt hại ước trên 700 triệu đồng.

Theo kế hoạch giai đoạn 2021-2025, tỉnh phấn đấu phát triển 5.000 lồng nuôi, sản lượng cá lồng đạt 6.500 tấn/năm.

Phòng Thủy sản - Chi cục Chăn nuôi, Thú y và Thủy sản
Địa chỉ: Tổ 5, phường Phương Lâm, TP. Hòa Bình; ĐT: 0218.3852.271
"""

PQ = P("Tính đến hết quý I/2024", None, "2024-03-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
M3 = P("trong tháng 3", "2024-03-01", "2024-03-31")
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
S_L = "lồng nuôi cá"
S_LD = S_L  # the list head names the indicator: cages (lồng nuôi cá)

FIGS = [
    F("trên 8.000 ha", "8.000", 8000, "measure", "ha", "diện tích mặt nước hồ Hòa Bình", approx="over"),
    F("qua 5 huyện", "5", 5, "count", "huyện, thành phố", "huyện, thành phố ven hồ Hòa Bình", optional=True),
    F("có 4.215 lồng", "4.215", 4215, "count", "lồng", S_L, PQ, change=CH("increase", 275, "lồng", "cuối năm 2023")),
    F("trên 420.000 m3", "420.000", 420000, "measure", "m3", "tổng thể tích lồng nuôi", PQ, approx="over"),
    F("Đà Bắc 1.630 lồng", "1.630", 1630, "count", "lồng", S_LD, I(PQ), total=4215, location="Đà Bắc"),
    F("Hòa Bình 1.102 lồng", "1.102", 1102, "count", "lồng", S_LD, I(PQ), total=4215, location="Hòa Bình"),
    F("Cao Phong 745 lồng", "745", 745, "count", "lồng", S_LD, I(PQ), total=4215, location="Cao Phong"),
    F("Tân Lạc 428 lồng", "428", 428, "count", "lồng", S_LD, I(PQ), total=4215, location="Tân Lạc"),
    F("Mai Châu 310 lồng", "310", 310, "count", "lồng", S_LD, I(PQ), total=4215, location="Mai Châu"),
    F("ước đạt 1.560 tấn", "1.560", 1560, "measure", "tấn", "sản lượng cá lồng", Q1, percent=38.5, status="estimate"),
    F("khoảng 45% sản lượng", "45", 45, "percent", "%", "tỷ trọng cá rô phi đơn tính trong sản lượng cá lồng", I(Q1),
      approx="about"),
    F("ước đạt 410 tấn", "410", 410, "measure", "tấn", "sản lượng cá lăng, cá chiên, cá nheo", I(Q1), total=1560,
      status="estimate"),
    F("rô phi 38.000-42.000", "38.000", 38000, "money", "đồng/kg", "giá bán cá rô phi tại lồng", value_max=42000),
    F("lăng 180.000-200.000", "180.000", 180000, "money", "đồng/kg", "giá bán cá lăng tại lồng", value_max=200000),
    F("khoảng 400.000 đồng/kg", "400.000", 400000, "money", "đồng/kg", "giá bán cá chiên tại lồng", approx="about"),
    F("đạt 0,35-0,4 tấn", "0,35", 0.35, "measure", "tấn/lồng/năm", "năng suất nuôi bình quân", value_max=0.4),
    F("lãi từ 50 đến 70 triệu", "50", 50e6, "money", "đồng/năm", "lãi của hộ nuôi cá lồng", value_max=70e6),
    F("ở 126 lồng", "126", 126, "count", "lồng", "lồng bị bệnh xuất huyết, lở loét", M3, location="Đà Bắc"),
    F("của 38 hộ", "38", 38, "count", "hộ", "hộ có cá bị bệnh", M3, location="Đà Bắc"),
    F("khoảng 18 tấn cá", "18", 18, "measure", "tấn", "cá bị chết do bệnh", M3, approx="about", location="Đà Bắc"),
    F("trên 700 triệu đồng", "700", 700e6, "money", "đồng", "thiệt hại do bệnh", M3, approx="over", status="estimate",
      location="Đà Bắc"),
    F("triển 5.000 lồng", "5.000", 5000, "count", "lồng", "lồng nuôi cá", GD, status="target"),
    F("đạt 6.500 tấn/năm", "6.500", 6500, "measure", "tấn/năm", "sản lượng cá lồng", GD, status="target"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Hòa Bình): cage fish on the Hòa Bình reservoir, Q1/2024 — cages by district, output, prices, disease, 2021-2025 plan.",
    "'Ngày đăng: 22/04/2024 | Lượt xem: 871'. Distractors: 'Tổ 5', phone, 'cuối năm 2023' (baseline), 'giai đoạn 2021-2025'.",
    "District list after ':' follows the sentence with 4.215 lồng -> total 4215, each district its location; subject = the indicator counted, 'lồng nuôi cá' ('phân bố tại các địa phương' names the breakdown, not the indicator); 'thành phố Hòa Bình' -> location Hòa Bình.",
    "'Tính đến hết quý I/2024' = as-of 2024-03-31. '5 huyện, thành phố' is structure (optional). 'tăng 275 lồng so với cuối năm 2023' -> change.",
    "'Trong đó ... 45%' is a percent of its own (no total); 'ước đạt 410 tấn' after 'Trong đó' -> total 1560, estimate.",
    "'trong tháng 3' takes 2024 from 'quý I/2024'. Rates keep their denominators in the unit (tấn/lồng/năm, đồng/năm, tấn/năm).",
]

if __name__ == "__main__":
    emit(3, TEXT, COMMENTS, FIGS, published="2024-04-22", location="Hòa Bình")

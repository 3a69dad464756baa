"""p687-4: Ministry site (Bộ NN&PTNT) — national sea-farming output 2024, leading provinces, ranks, cages, 2025/2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản
Sản lượng nuôi biển năm 2024 ước đạt 850.000 tấn
Ngày đăng: 27/12/2024 | Lượt xem: 2.046

Theo Cục Thủy sản, năm 2024 tổng sản lượng nuôi trồng thủy sản trên biển của cả nước ước đạt khoảng 850.000 tấn, tăng 6,3% so với năm 2023. Trong đó, cá biển đạt 105.000 tấn, tôm hùm khoảng 4.200 tấn, còn lại chủ yếu là nhuyễn thể và rong biển.

Các địa phương có sản lượng nuôi biển lớn gồm Quảng Ninh (195.000 tấn), Kiên Giang (142.500 tấn), Khánh Hòa (58.300 tấn) và Phú Yên (31.700 tấn). Bốn địa phương này chiếm hơn 50% sản lượng nuôi biển cả nước. Riêng về nuôi tôm hùm, Phú Yên và Khánh Hòa lần lượt đứng thứ 1 và 2 cả nước về số lồng nuôi.

Tổng thể tích lồng nuôi trên biển hiện đạt hơn 8,2 triệu m³, trong đó lồng HDPE chiếm 27%. Cả nước có 46 doanh nghiệp đầu tư nuôi biển công nghiệp với tổng vốn đăng ký trên 3.600 tỷ đồng.

Theo Đề án phát triển nuôi trồng thủy sản trên biển đến năm 2030, tầm nhìn đến năm 2045, đến năm 2030 sản lượng nuôi biển đạt 1,45 triệu tấn, thể tích lồng nuôi đạt 10 triệu m³, kim ngạch xuất khẩu từ 1,8 đến 2 tỷ USD, tạo việc làm cho khoảng 300.000 lao động.

Năm 2025, Bộ đặt chỉ tiêu sản lượng nuôi biển đạt 900.000 tấn; đồng thời hướng dẫn các địa phương giao khu vực biển cho tổ chức, cá nhân theo Nghị định số 11/2021/NĐ-CP.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. ĐT: 024.3724.5370
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("năm 2024 ước đạt 850.000 tấn", "850.000", 850000, "measure", "tấn", "sản lượng nuôi biển",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    F("khoảng 850.000 tấn", "850.000", 850000, "measure", "tấn", "tổng sản lượng nuôi trồng thủy sản trên biển", Y24,
      approx="about", change=CH("increase", 6.3, baseline="năm 2023"), status="estimate"),
    F("đạt 105.000 tấn", "105.000", 105000, "measure", "tấn", "sản lượng cá biển", I(Y24), total=850000,
      status="estimate"),
    F("khoảng 4.200 tấn", "4.200", 4200, "measure", "tấn", "sản lượng tôm hùm", I(Y24), approx="about",
      total=850000, status="estimate"),
    F("Quảng Ninh (195.000 tấn)", "195.000", 195000, "measure", "tấn", "sản lượng nuôi biển", I(Y24),
      location="Quảng Ninh"),
    F("Kiên Giang (142.500 tấn)", "142.500", 142500, "measure", "tấn", "sản lượng nuôi biển", I(Y24),
      location="Kiên Giang"),
    F("Khánh Hòa (58.300 tấn)", "58.300", 58300, "measure", "tấn", "sản lượng nuôi biển", I(Y24), location="Khánh Hòa"),
    F("Phú Yên (31.700 tấn)", "31.700", 31700, "measure", "tấn", "sản lượng nuôi biển", I(Y24), location="Phú Yên"),
    F("Bốn địa phương", "Bốn", 4, "count", "địa phương", "địa phương có sản lượng nuôi biển lớn", I(Y24), percent=50),
    F("đứng thứ 1 và", "1", 1, "rank", "hạng", "số lồng nuôi tôm hùm cả nước", location="Phú Yên"),
    F("và 2 cả nước", "2", 2, "rank", "hạng", "số lồng nuôi tôm hùm cả nước", location="Khánh Hòa"),
    F("hơn 8,2 triệu m³", "8,2", 8200000, "measure", "m³", "tổng thể tích lồng nuôi trên biển", approx="over"),
    F("chiếm 27%", "27", 27, "percent", "%", "tỷ lệ lồng HDPE trong thể tích lồng nuôi"),
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp", "doanh nghiệp đầu tư nuôi biển công nghiệp"),
    F("trên 3.600 tỷ đồng", "3.600", 3600000000000, "money", "đồng",
      "tổng vốn đăng ký của doanh nghiệp đầu tư nuôi biển công nghiệp", approx="over"),
    F("đạt 1,45 triệu tấn", "1,45", 1450000, "measure", "tấn", "sản lượng nuôi biển", T30, status="target"),
    F("đạt 10 triệu m³", "10", 10000000, "measure", "m³", "thể tích lồng nuôi", T30, status="target"),
    F("từ 1,8 đến 2 tỷ USD", "1,8", 1800000000, "money", "USD", "kim ngạch xuất khẩu", T30, value_max=2000000000,
      status="target"),
    F("khoảng 300.000 lao động", "300.000", 300000, "count", "lao động", "việc làm tạo ra cho lao động", T30,
      approx="about", status="target"),
    F("đạt 900.000 tấn", "900.000", 900000, "measure", "tấn", "chỉ tiêu sản lượng nuôi biển",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Probe 687-4. Ministry site (Bộ NN&PTNT), breadcrumb, 'Ngày đăng: 27/12/2024 | Lượt xem: 2.046'. National figures:",
    "default location Việt Nam. 'Trong đó' parts after a sentence break take the whole 850.000 tấn and keep its 'ước'",
    "(as shared h11). The province list after 'gồm' follows no figure: no total; provinces go to location, the list's",
    "indicator is the subject. 'Bốn địa phương này chiếm hơn 50%' → count 4 with percent 50 (share after 'chiếm'; the",
    "'hơn' belongs to the share, not to the count). 'lần lượt đứng thứ 1 và 2' → two ranks. 'lồng HDPE chiếm 27%' has no",
    "base count: percent figure. Targets 'đến năm 2030' end 2030-12-31. Distractors: NĐ 11/2021/NĐ-CP, 'tầm nhìn đến năm",
    "2045', Số 10 Nguyễn Công Hoan, phone 024.3724.5370, Lượt xem.",
]

if __name__ == "__main__":
    emit("p687-4", TEXT, COMMENTS, FIGS, published="2024-12-27", location="Việt Nam")

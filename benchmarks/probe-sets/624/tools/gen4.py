"""p624-4: ministry site (Bộ VHTTDL) — du lịch vịnh, đảo cả nước năm 2023, lists by bay/island."""
from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Du lịch
Ngày đăng: 15/01/2024 | Lượt xem: 1.208

Du lịch vịnh, đảo năm 2023: đón hơn 14 triệu lượt khách tham quan

Theo tổng hợp của Cục Du lịch Quốc gia Việt Nam, năm 2023, các vịnh và đảo du lịch trọng điểm trên cả nước đón khoảng 14,3 triệu lượt khách tham quan, tăng 46% so với năm 2022, chiếm gần 13% tổng lượt khách du lịch cả nước. Trong đó, khách quốc tế đạt 4,8 triệu lượt.

Dẫn đầu về lượng khách là vịnh Hạ Long (Quảng Ninh) với 4,46 triệu lượt, tiếp đến là vịnh Nha Trang (Khánh Hòa) 3,9 triệu lượt, thành phố Phú Quốc (Kiên Giang) 3,1 triệu lượt, vịnh Lan Hạ (Hải Phòng) 1,2 triệu lượt. Các huyện đảo Lý Sơn (Quảng Ngãi), Côn Đảo (Bà Rịa - Vũng Tàu), Cô Tô (Quảng Ninh) lần lượt đón 520.000, 395.000 và 310.000 lượt khách.

Tổng thu phí tham quan tại các vịnh, đảo đạt khoảng 2.350 tỷ đồng, trong đó vịnh Hạ Long (1.012 tỷ đồng), vịnh Nha Trang (815 tỷ đồng), vịnh Lan Hạ (168 tỷ đồng).

Cả nước hiện có 658 tàu du lịch lưu trú nghỉ đêm, tập trung chủ yếu tại Quảng Ninh (498 tàu) và Hải Phòng (112 tàu). Năm 2023, các lực lượng chức năng đã kiểm tra 5.420 lượt phương tiện thủy chở khách du lịch, xử phạt vi phạm hành chính 2,36 tỷ đồng; không để xảy ra sự cố nghiêm trọng.

Theo Chiến lược phát triển du lịch Việt Nam đến năm 2030 ban hành kèm Quyết định số 147/QĐ-TTg, đến năm 2025, du lịch vịnh, đảo phấn đấu đón 20 triệu lượt khách; tỷ lệ khách quốc tế đạt từ 30 đến 35%.

Cục Du lịch Quốc gia Việt Nam - số 80 Quán Sứ, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.3760.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đón hơn 14 triệu lượt khách", "14", 14000000, "count", "lượt khách",
      "lượt khách tham quan du lịch vịnh, đảo", Y23h, approx="over"),
    F("khoảng 14,3 triệu lượt", "14,3", 14300000, "count", "lượt khách",
      "lượt khách tham quan các vịnh và đảo du lịch trọng điểm", Y23, approx="about",
      percent=13, change=CH("increase", 46, baseline="năm 2022")),
    F("đạt 4,8 triệu lượt", "4,8", 4800000, "count", "lượt", "khách quốc tế", I(Y23), total=14300000),
    F("với 4,46 triệu lượt", "4,46", 4460000, "count", "lượt", "lượng khách",
      I(Y23), location="Quảng Ninh"),
    F("(Khánh Hòa) 3,9 triệu lượt", "3,9", 3900000, "count", "lượt", "lượng khách",
      I(Y23), location="Khánh Hòa"),
    F("(Kiên Giang) 3,1 triệu lượt", "3,1", 3100000, "count", "lượt", "lượng khách",
      I(Y23), location="Phú Quốc"),
    F("(Hải Phòng) 1,2 triệu lượt", "1,2", 1200000, "count", "lượt", "lượng khách",
      I(Y23), location="Hải Phòng"),
    F("đón 520.000", "520.000", 520000, "count", "lượt khách", "lượt khách đến huyện đảo",
      I(Y23), location="Lý Sơn"),
    F("520.000, 395.000", "395.000", 395000, "count", "lượt khách", "lượt khách đến huyện đảo",
      I(Y23), location="Côn Đảo"),
    F("và 310.000 lượt", "310.000", 310000, "count", "lượt khách", "lượt khách đến huyện đảo",
      I(Y23), location="Cô Tô"),
    F("khoảng 2.350 tỷ đồng", "2.350", 2350000000000, "money", "đồng",
      "tổng thu phí tham quan tại các vịnh, đảo", I(Y23), approx="about"),
    F("(1.012 tỷ đồng)", "1.012", 1012000000000, "money", "đồng", "thu phí tham quan",
      I(Y23), total=2350000000000, location="Quảng Ninh"),
    F("(815 tỷ đồng)", "815", 815000000000, "money", "đồng", "thu phí tham quan",
      I(Y23), total=2350000000000, location="Khánh Hòa"),
    F("(168 tỷ đồng)", "168", 168000000000, "money", "đồng", "thu phí tham quan",
      I(Y23), total=2350000000000, location="Hải Phòng"),
    F("có 658 tàu", "658", 658, "count", "tàu", "tàu du lịch lưu trú nghỉ đêm"),
    F("(498 tàu)", "498", 498, "count", "tàu", "tàu du lịch lưu trú nghỉ đêm", location="Quảng Ninh"),
    F("(112 tàu)", "112", 112, "count", "tàu", "tàu du lịch lưu trú nghỉ đêm", location="Hải Phòng"),
    F("kiểm tra 5.420 lượt", "5.420", 5420, "count", "lượt phương tiện",
      "lượt phương tiện thủy chở khách du lịch được kiểm tra", Y23c),
    F("hành chính 2,36 tỷ đồng", "2,36", 2360000000, "money", "đồng",
      "tiền xử phạt vi phạm hành chính", Y23c),
    F("đón 20 triệu lượt", "20", 20000000, "count", "lượt khách",
      "lượt khách du lịch vịnh, đảo", T25, status="target"),
    F("từ 30 đến 35%", "30", 30, "percent", "%", "tỷ lệ khách quốc tế", T25,
      value_max=35, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL / Cục Du lịch Quốc gia Việt Nam): du lịch vịnh, đảo năm 2023, national totals and lists by bay and island district.",
    "'Ngày đăng: 15/01/2024 | Lượt xem: 1.208' (counter is furniture). Not figures: Quyết định số 147/QĐ-TTg, 'đến năm 2030' in the strategy's",
    "name, 'số 80 Quán Sứ', phone. Default location Việt Nam; list items take their place as location, the list's indicator as subject:",
    "a bay goes to its province (vịnh Hạ Long → Quảng Ninh), an island that is itself a city or district to that unit (Phú Quốc, Lý Sơn, Côn Đảo, Cô Tô).",
    "'chiếm gần 13%' is the percent of 14,3 triệu. The bracketed fee list follows 'trong đó' after the whole 2.350 tỷ → total.",
    "'tập trung chủ yếu tại Quảng Ninh (498 tàu) và Hải Phòng (112 tàu)': no part-of cue and 498 + 112 ≠ 658 → no total.",
    "'đến năm 2025 … phấn đấu' → target, period end 2025-12-31; 'từ 30 đến 35%' is a target range of its own.",
]

if __name__ == "__main__":
    emit("p624-4", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Việt Nam")

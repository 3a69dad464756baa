"""p957-4: ministry site (Bộ NN&PTNT), national mariculture of ốc hương, bào ngư, nhum biển in 2024."""
from lib import F, P, I, C, T, write_set, main_guard

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin hoạt động » Thủy sản
Nuôi biển năm 2024: ốc hương, bào ngư, nhum biển tăng trưởng khá
14/03/2025 08:40 - Cục Thủy sản

Theo Cục Thủy sản, năm 2024 tổng diện tích nuôi biển cả nước đạt khoảng 52.000 ha và hơn 1,2 triệu lồng nuôi, sản lượng đạt 880.000 tấn, tăng 6,3% so với năm 2023. Trong đó, nhóm nhuyễn thể (ốc hương, bào ngư, hàu, vẹm, nghêu) chiếm 58,4% sản lượng nuôi biển.

Riêng ốc hương, cả nước có khoảng 3.600 ha nuôi, sản lượng đạt 8.900 tấn; các địa phương dẫn đầu lần lượt là Khánh Hòa (4.950 tấn), Phú Yên (1.760 tấn) và Bình Định (1.020 tấn). Bào ngư được nuôi tại 7 tỉnh với khoảng 310.000 lồng, sản lượng 420 tấn; nhum biển nuôi thương phẩm đạt khoảng 1.100 tấn, gấp 2,5 lần năm 2020.

Kim ngạch xuất khẩu nhuyễn thể năm 2024 đạt 1,05 tỷ USD, tăng 12% so với năm 2023; trong đó ốc hương và bào ngư đạt khoảng 96 triệu USD, chủ yếu sang Trung Quốc, Hàn Quốc và Hồng Kông (Trung Quốc).

Theo Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 339/QĐ-TTg), sản lượng nuôi biển phấn đấu đạt 1,45 triệu tấn vào năm 2030. Bộ đặt mục tiêu đến năm 2030 sản lượng ốc hương đạt 15.000 tấn, bào ngư 1.000 tấn và nhum biển 3.000 tấn.

Năm 2025, sản lượng nuôi biển dự kiến đạt 950.000 tấn. Bộ sẽ tổ chức Diễn đàn phát triển nuôi biển lần thứ 2 tại Khánh Hòa trong quý II/2025 để kết nối doanh nghiệp, hợp tác xã với người nuôi.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 52.000 ha", "52.000", 52000, "measure", "ha", "tổng diện tích nuôi biển", Y24, approx="about"),
    F("hơn 1,2 triệu lồng", "1,2", 1.2e6, "count", "lồng", "lồng nuôi biển", Y24, approx="over"),
    F("đạt 880.000 tấn", "880.000", 880000, "measure", "tấn", "sản lượng nuôi biển", Y24,
      change=C("increase", 6.3, "%", "năm 2023")),
    F("chiếm 58,4%", "58,4", 58.4, "percent", "%", "tỷ trọng nhóm nhuyễn thể trong sản lượng nuôi biển", I(Y24)),
    F("khoảng 3.600 ha", "3.600", 3600, "measure", "ha", "diện tích nuôi ốc hương", I(Y24), approx="about"),
    F("đạt 8.900 tấn", "8.900", 8900, "measure", "tấn", "sản lượng ốc hương", I(Y24)),
    F("Khánh Hòa (4.950 tấn)", "4.950", 4950, "measure", "tấn", "sản lượng ốc hương", I(Y24), location="Khánh Hòa"),
    F("Phú Yên (1.760 tấn)", "1.760", 1760, "measure", "tấn", "sản lượng ốc hương", I(Y24), location="Phú Yên"),
    F("Bình Định (1.020 tấn)", "1.020", 1020, "measure", "tấn", "sản lượng ốc hương", I(Y24), location="Bình Định"),
    F("tại 7 tỉnh", "7", 7, "count", "tỉnh", "tỉnh nuôi bào ngư", I(Y24)),
    F("khoảng 310.000 lồng", "310.000", 310000, "count", "lồng", "lồng nuôi bào ngư", I(Y24), approx="about"),
    F("sản lượng 420 tấn", "420", 420, "measure", "tấn", "sản lượng bào ngư", I(Y24)),
    F("khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn", "sản lượng nhum biển nuôi thương phẩm", I(Y24),
      approx="about", change=C("increase", 2.5, "lần", "năm 2020")),
    F("đạt 1,05 tỷ USD", "1,05", 1.05e9, "money", "USD", "kim ngạch xuất khẩu nhuyễn thể", Y24,
      change=C("increase", 12, "%", "năm 2023")),
    F("khoảng 96 triệu USD", "96", 96e6, "money", "USD", "kim ngạch xuất khẩu ốc hương và bào ngư", Y24,
      approx="about", total=1.05e9),
    F("đạt 1,45 triệu tấn", "1,45", 1.45e6, "measure", "tấn", "sản lượng nuôi biển",
      P("vào năm 2030", "2030-01-01", "2030-12-31"), status="target"),
    F("đạt 15.000 tấn", "15.000", 15000, "measure", "tấn", "sản lượng ốc hương", T30, status="target"),
    F("bào ngư 1.000 tấn", "1.000", 1000, "measure", "tấn", "sản lượng bào ngư", T30, status="target"),
    F("nhum biển 3.000 tấn", "3.000", 3000, "measure", "tấn", "sản lượng nhum biển", T30, status="target"),
    F("dự kiến đạt 950.000 tấn", "950.000", 950000, "measure", "tấn", "sản lượng nuôi biển",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
]

NOTES = [
    "Bộ NN&PTNT site, national mariculture 2024; dateline '14/03/2025 08:40 - Cục Thủy sản'. Location Việt Nam by default;",
    "items of the 'lần lượt là Khánh Hòa (4.950 tấn) ...' ranking get their province and no total (they do not add up",
    "to 8.900 and no part-of cue). '7 tỉnh' is a national count of provinces. 'gấp 2,5 lần năm 2020' after 1.100 tấn is",
    "its change (unit lần). '58,4%' is a share of the nhuyễn thể group, a percent figure of its own.",
    "'vào năm 2030' = the year 2030; 'đến năm 2030' (targets) ends 2030-12-31.",
    "Not figures: Quyết định số 339/QĐ-TTg, tầm nhìn đến năm 2045, 'lần thứ 2', quý II/2025, Số 2 Ngọc Hà, phone, 08:40.",
]

if __name__ == "__main__":
    main_guard(write_set("p957-4", TEXT, FIGS, NOTES, published="2025-03-14", location="Việt Nam"))

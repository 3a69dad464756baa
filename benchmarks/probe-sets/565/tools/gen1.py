from lib import *

TEXT = """Cổng thông tin điện tử tỉnh Nam Định
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Nam Định hoàn thành 96% khối lượng tu bổ đê điều trước mùa mưa bão

Cập nhật: 18/05/2024 08:45
Lượt xem: 3.126

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có 637 km đê, trong đó 91 km đê biển, 417 km đê sông chính và 129 km đê sông nội đồng; cùng với 224 cống dưới đê và 86 km kè bảo vệ bờ.

Năm 2024, tỉnh bố trí 186,5 tỷ đồng cho 24 công trình tu bổ, nâng cấp đê điều, tăng 12,4% so với năm 2023. Tính đến ngày 15/5/2024, các địa phương đã đắp 412.600 m3 đất, đạt 96% kế hoạch; xử lý 18 điểm sạt lở, hư hỏng với tổng chiều dài hơn 4,2 km. Các huyện có khối lượng đắp lớn là Hải Hậu (95.300 m3), Giao Thủy (81.750 m3) và Nghĩa Hưng (64.200 m3). Riêng đoạn K183+200 – K184+050 đê tả sông Đáy đang được thi công theo Quyết định số 812/QĐ-UBND ngày 2/4/2024, dự kiến hoàn thành trong tháng 6.

Về vật tư, tỉnh đang dự trữ 35.000 m3 đá hộc, hơn 120.000 bao tải và 4.500 rọ thép tại 62 kho, bãi dọc tuyến đê. Tỉnh đã kiện toàn lực lượng hộ đê năm 2024 với 25.800 người, trong đó 4.200 người thuộc lực lượng quân đội, công an.

Phấn đấu đến năm 2025, 100% tuyến đê biển và đê sông cấp I, cấp II được cứng hóa mặt đê, kết hợp làm đường giao thông.

Mọi thông tin về tình hình đê điều xin liên hệ Văn phòng thường trực Ban Chỉ huy PCTT và TKCN tỉnh, số 50 đường Hùng Vương, điện thoại 0228.3649.512.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 15/5/2024", None, "2024-05-15")
H24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hoàn thành 96% khối lượng", "96", 96, "percent", "%", "khối lượng tu bổ đê điều hoàn thành", I(ASOF)),
    F("hiện có 637 km đê", "637", 637, "measure", "km", "đê toàn tỉnh"),
    F("trong đó 91 km đê biển", "91", 91, "measure", "km", "đê biển", total=637),
    F("417 km đê sông chính", "417", 417, "measure", "km", "đê sông chính", total=637),
    F("129 km đê sông nội đồng", "129", 129, "measure", "km", "đê sông nội đồng", total=637),
    F("224 cống dưới đê", "224", 224, "count", "cống", "cống dưới đê"),
    F("86 km kè bảo vệ bờ", "86", 86, "measure", "km", "kè bảo vệ bờ"),
    F("bố trí 186,5 tỷ đồng", "186,5", 186_500_000_000, "money", "đồng",
      "kinh phí bố trí cho công trình tu bổ, nâng cấp đê điều", Y24,
      change=CH("increase", 12.4, baseline="năm 2023")),
    F("cho 24 công trình", "24", 24, "count", "công trình", "công trình tu bổ, nâng cấp đê điều", Y24),
    F("đắp 412.600 m3 đất", "412.600", 412600, "measure", "m3", "đất đắp đê", ASOF, percent=96),
    F("xử lý 18 điểm sạt lở", "18", 18, "count", "điểm sạt lở", "điểm sạt lở, hư hỏng được xử lý", ASOF),
    F("hơn 4,2 km", "4,2", 4.2, "measure", "km", "tổng chiều dài điểm sạt lở, hư hỏng được xử lý", ASOF, approx="over"),
    F("Hải Hậu (95.300 m3)", "95.300", 95300, "measure", "m3", "khối lượng đất đắp", I(ASOF), location="Hải Hậu"),
    F("Giao Thủy (81.750 m3)", "81.750", 81750, "measure", "m3", "khối lượng đất đắp", I(ASOF), location="Giao Thủy"),
    F("Nghĩa Hưng (64.200 m3)", "64.200", 64200, "measure", "m3", "khối lượng đất đắp", I(ASOF), location="Nghĩa Hưng"),
    F("dự trữ 35.000 m3 đá hộc", "35.000", 35000, "measure", "m3", "đá hộc dự trữ"),
    F("hơn 120.000 bao tải", "120.000", 120000, "count", "bao tải", "bao tải dự trữ", approx="over"),
    F("4.500 rọ thép", "4.500", 4500, "count", "rọ thép", "rọ thép dự trữ"),
    F("tại 62 kho, bãi", "62", 62, "count", "kho, bãi", "kho, bãi vật tư dọc tuyến đê"),
    F("với 25.800 người", "25.800", 25800, "count", "người", "lực lượng hộ đê", H24),
    F("trong đó 4.200 người", "4.200", 4200, "count", "người",
      "lực lượng hộ đê thuộc lực lượng quân đội, công an", H24, total=25800),
    F("2025, 100% tuyến đê", "100", 100, "percent", "%",
      "tuyến đê biển và đê sông cấp I, cấp II được cứng hóa mặt đê",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Nam Định province portal: tu bổ đê điều trước mùa mưa bão 2024 (dike lengths, works, earth volume, reserves, dike-guard force).",
    "Not figures: Lượt xem 3.126, chainage K183+200 – K184+050 (an address on the dike), Quyết định số 812/QĐ-UBND, dates,",
    "dike grades cấp I, cấp II, số 50 đường Hùng Vương, phone 0228.3649.512.",
    "The three dike lengths after 'trong đó' add up to 637 km (total); 224 cống and 86 km kè after '; cùng với' are not parts.",
    "The change 'tăng 12,4% so với năm 2023' belongs to the money (186,5 tỷ), not to the 24 works in its prepositional phrase.",
    "District list 'Hải Hậu (95.300 m3) …' has no part-of cue and does not add up to 412.600: no total.",
]

emit("p565-1", TEXT, COMMENTS, FIGS, published="2024-05-18", location="Nam Định")

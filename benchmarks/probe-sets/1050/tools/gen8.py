"""p1050-8: Báo Kiên Giang online, (BKG) tag, shrimp - crab - rice model, headline figure."""
from lib import F, P, I, C, T, write

TEXT = """Báo Kiên Giang điện tử > Kinh tế
Mô hình tôm - cua - lúa cho lợi nhuận trên 80 triệu đồng/ha
Thứ Hai, 17/03/2025 | 15:40

(BKG) - Năm 2024, toàn tỉnh có 94.300 ha sản xuất theo mô hình tôm - lúa, trong đó khoảng 62.000 ha nuôi xen ghép cua biển theo mô hình tôm - cua - lúa, tập trung ở các huyện An Biên, An Minh, U Minh Thượng và Vĩnh Thuận. Sản lượng cua thu hoạch đạt 13.850 tấn, tăng 11,2% so với năm 2023.

Tại huyện An Minh, diện tích tôm - cua - lúa đạt 21.500 ha, năng suất cua bình quân 180-220 kg/ha/năm. Theo tính toán của ngành nông nghiệp, mỗi hecta tôm - cua - lúa cho tổng thu nhập khoảng 120-140 triệu đồng/ha, lợi nhuận hơn 80 triệu đồng, cao hơn khoảng 35% so với chỉ nuôi tôm - lúa.

Ông Danh Út, ngụ ấp Xẻo Đước 2, xã Đông Thạnh, huyện An Minh, có 3,5 ha đất tôm - lúa. Năm 2024, ông thả 12.000 con cua giống, thu hoạch 850 kg cua, bán với giá bình quân 190.000 đồng/kg. Cộng với tôm và lúa, gia đình ông lãi gần 290 triệu đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2025 tỉnh phấn đấu nâng diện tích tôm - cua - lúa lên 65.000 ha, trong đó có 8.000 ha đạt chứng nhận hữu cơ hoặc ASC; dự kiến sản lượng cua đạt khoảng 15.000 tấn. Tỉnh cũng triển khai Nghị quyết số 09-NQ/TU về phát triển vùng U Minh Thượng, nâng cấp tuyến Quốc lộ 63 để thuận lợi vận chuyển cua, tôm đến các chợ đầu mối.

Bài, ảnh: TRẦN MINH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("lợi nhuận trên 80 triệu đồng/ha", "80", 80e6, "money", "đồng/ha", "lợi nhuận mô hình tôm - cua - lúa",
      approx="over"),
    F("có 94.300 ha", "94.300", 94300, "measure", "ha", "diện tích sản xuất theo mô hình tôm - lúa", period=Y24),
    F("khoảng 62.000 ha", "62.000", 62000, "measure", "ha", "diện tích nuôi xen ghép cua biển theo mô hình tôm - cua - lúa",
      approx="about", total=94300, period=Y24),
    F("đạt 13.850 tấn", "13.850", 13850, "measure", "tấn", "sản lượng cua thu hoạch",
      change=C("increase", 11.2, "%", "năm 2023"), period=I(Y24)),
    F("đạt 21.500 ha", "21.500", 21500, "measure", "ha", "diện tích tôm - cua - lúa", location="An Minh"),
    F("180-220 kg/ha/năm", "180", 180, "measure", "kg/ha/năm", "năng suất cua bình quân", value_max=220,
      location="An Minh"),
    F("khoảng 120-140 triệu đồng/ha", "120", 120e6, "money", "đồng/ha", "tổng thu nhập mỗi hecta tôm - cua - lúa",
      approx="about", value_max=140e6),
    F("hơn 80 triệu đồng,", "80", 80e6, "money", "đồng/ha", "lợi nhuận mỗi hecta tôm - cua - lúa", approx="over",
      change=C("increase", 35, "%", "chỉ nuôi tôm - lúa", approx="about")),
    F("có 3,5 ha", "3,5", 3.5, "measure", "ha", "đất tôm - lúa của ông Danh Út", location="An Minh"),
    F("thả 12.000 con", "12.000", 12000, "count", "con cua giống", "cua giống ông Danh Út thả", period=Y24,
      location="An Minh"),
    F("thu hoạch 850 kg", "850", 850, "measure", "kg", "cua ông Danh Út thu hoạch", period=Y24, location="An Minh"),
    F("bình quân 190.000 đồng/kg", "190.000", 190000, "money", "đồng/kg", "giá bán cua bình quân", period=Y24,
      location="An Minh"),
    F("lãi gần 290 triệu đồng", "290", 290e6, "money", "đồng", "lãi của gia đình ông Danh Út", approx="nearly",
      period=I(Y24), location="An Minh"),
    F("lên 65.000 ha", "65.000", 65000, "measure", "ha", "diện tích tôm - cua - lúa", status="target", period=Y25),
    F("có 8.000 ha", "8.000", 8000, "measure", "ha", "diện tích tôm - cua - lúa đạt chứng nhận hữu cơ hoặc ASC",
      total=65000, status="target", period=Y25),
    F("khoảng 15.000 tấn", "15.000", 15000, "measure", "tấn", "sản lượng cua", approx="about", status="forecast",
      period=Y25),
]

NOTES = [
    "Báo Kiên Giang online: tôm - cua - lúa model; headline figure; dateline 'Thứ Hai, 17/03/2025 | 15:40'; tag '(BKG) -'.",
    "Location: Kiên Giang (portal name, BKG tag, its districts); An Minh area, yield and the farmer → An Minh; the sector's per-ha income and profit (no place in their sentence) → Kiên Giang.",
    "Not figures: 'ấp Xẻo Đước 2', 'Nghị quyết số 09-NQ/TU', 'Quốc lộ 63', 'Danh Út', the dateline, 'năm 2023' baseline.",
    "The headline profit has no period phrase (none given). 'mỗi hecta … hơn 80 triệu đồng' → unit đồng/ha.",
    "'cao hơn khoảng 35% so với chỉ nuôi tôm - lúa' follows the 80 triệu profit → its change.",
    "'năm 2025 tỉnh phấn đấu … lên 65.000 ha, trong đó có 8.000 ha' → both target; '; dự kiến … 15.000 tấn' → forecast.",
]

write("p1050-8", TEXT, FIGS, NOTES, published="2025-03-17", location="Kiên Giang")

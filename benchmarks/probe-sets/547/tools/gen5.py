"""p547-5: Party newspaper (Báo Nghệ An), Hè Thu 2024 harvest, winter-crop plan."""
from lib import F, P, I, Y, CH, emit

TEXT = """Lúa hè thu Nghệ An được mùa, năng suất tăng 3,5 tạ/ha

(Baonghean) - Đến ngày 5/9, toàn tỉnh đã thu hoạch được 79.420 ha lúa hè thu, đạt 87,3% diện tích gieo cấy. Theo Sở Nông nghiệp và PTNT, năng suất lúa hè thu năm nay ước đạt 52,6 tạ/ha, cao hơn vụ hè thu năm 2023 là 3,5 tạ/ha; sản lượng ước đạt khoảng 478.500 tấn.

Các huyện có năng suất cao gồm Yên Thành, Diễn Châu, Đô Lương với năng suất lần lượt 58,2 tạ/ha, 56,7 tạ/ha và 55,9 tạ/ha. Tại xã Hợp Thành (Yên Thành), các giống lúa Thiên ưu 8, TBR225, Bắc thơm số 7 cho năng suất trên 60 tạ/ha.

Tuy nhiên, giá lúa tươi hè thu chỉ từ 6.500-7.000 đồng/kg, thấp hơn vụ xuân khoảng 500 đồng/kg, nên lợi nhuận của bà con giảm đáng kể. Theo tính toán của ông Nguyễn Văn Đệ, xóm 6, xã Đô Thành (Yên Thành), mỗi sào lúa (500 m²) chỉ lãi khoảng 450.000 đồng.

Cùng với lúa, toàn tỉnh gieo trồng 11.250 ha ngô hè thu, năng suất 45,8 tạ/ha; 2.830 ha lạc, năng suất 24,1 tạ/ha.

Vụ đông 2024-2025, tỉnh phấn đấu gieo trồng 28.000 ha cây vụ đông, trong đó ngô 14.500 ha, rau các loại 9.000 ha, khoai lang 2.100 ha. Ngành Nông nghiệp khuyến cáo các địa phương khẩn trương thu hoạch phần diện tích lúa hè thu còn lại trước ngày 20/9 để giải phóng đất, gieo trồng cây vụ đông trong khung thời vụ tốt nhất.

PHÚ HƯƠNG
10/09/2024
"""

COMMENTS = [
    "Party newspaper (Báo Nghệ An): Hè Thu 2024 rice harvest, district yields ('lần lượt'), prices, profit per sào, other crops, vụ đông 2024-2025 plan.",
    "Byline and bare date '10/09/2024' at the end give published; 'Đến ngày 5/9' has no year and no earlier date: it takes 2024 from published.",
    "'năm nay' is read as năm 2024 (the dateline's year). The headline 'năng suất tăng 3,5 tạ/ha' stands alone: a measure figure, not a change;",
    "in the body the same 3,5 tạ/ha after 52,6 tạ/ha is that figure's change. 'mỗi sào lúa (500 m²)' defines the unit sào: optional.",
    "'vụ đông 2024-2025' spans two years: no period. Its parts after 'trong đó' take the whole 28.000 ha and the target status.",
    "Not figures: variety names (Thiên ưu 8, TBR225, Bắc thơm số 7), 'xóm 6', 'ngày 20/9'. Villages and communes go to their district.",
]

FIGS = [
    F("năng suất tăng 3,5 tạ/ha", "3,5", 3.5, "measure", "tạ/ha",
      "mức tăng năng suất lúa hè thu"),
    F("thu hoạch được 79.420 ha", "79.420", 79420, "measure", "ha",
      "diện tích lúa hè thu đã thu hoạch", P("Đến ngày 5/9", None, "2024-09-05"), percent=87.3),
    F("ước đạt 52,6 tạ/ha", "52,6", 52.6, "measure", "tạ/ha",
      "năng suất lúa hè thu", Y(2024, "năm nay"),
      change=CH("increase", 3.5, "tạ/ha", "vụ hè thu năm 2023"), status="estimate"),
    F("khoảng 478.500 tấn", "478.500", 478500, "measure", "tấn",
      "sản lượng lúa hè thu", Y(2024, "năm nay"), approx="about", status="estimate"),
    F("lần lượt 58,2 tạ/ha", "58,2", 58.2, "measure", "tạ/ha",
      "năng suất lúa hè thu", location="Yên Thành"),
    F("56,7 tạ/ha", "56,7", 56.7, "measure", "tạ/ha",
      "năng suất lúa hè thu", location="Diễn Châu"),
    F("và 55,9 tạ/ha", "55,9", 55.9, "measure", "tạ/ha",
      "năng suất lúa hè thu", location="Đô Lương"),
    F("trên 60 tạ/ha", "60", 60, "measure", "tạ/ha",
      "năng suất các giống lúa Thiên ưu 8, TBR225, Bắc thơm số 7 tại xã Hợp Thành",
      approx="over", location="Yên Thành"),
    F("từ 6.500-7.000 đồng/kg", "6.500", 6500, "money", "đồng/kg",
      "giá lúa tươi hè thu", value_max=7000,
      change=CH("decrease", 500, "đồng/kg", "vụ xuân", approx="about")),
    F("(500 m²)", "500", 500, "measure", "m²",
      "diện tích một sào", optional=True),
    F("khoảng 450.000 đồng", "450.000", 450000, "money", "đồng/sào",
      "lãi mỗi sào lúa", approx="about", location="Yên Thành"),
    F("gieo trồng 11.250 ha", "11.250", 11250, "measure", "ha",
      "diện tích ngô hè thu"),
    F("năng suất 45,8 tạ/ha", "45,8", 45.8, "measure", "tạ/ha",
      "năng suất ngô hè thu"),
    F("2.830 ha lạc", "2.830", 2830, "measure", "ha",
      "diện tích lạc"),
    F("năng suất 24,1 tạ/ha", "24,1", 24.1, "measure", "tạ/ha",
      "năng suất lạc"),
    F("gieo trồng 28.000 ha", "28.000", 28000, "measure", "ha",
      "diện tích cây vụ đông", status="target"),
    F("ngô 14.500 ha", "14.500", 14500, "measure", "ha",
      "diện tích ngô vụ đông", total=28000, status="target"),
    F("rau các loại 9.000 ha", "9.000", 9000, "measure", "ha",
      "diện tích rau các loại vụ đông", total=28000, status="target"),
    F("khoai lang 2.100 ha", "2.100", 2100, "measure", "ha",
      "diện tích khoai lang vụ đông", total=28000, status="target"),
]

if __name__ == "__main__":
    emit("p547-5", TEXT, COMMENTS, FIGS, published="2024-09-10", location="Nghệ An")

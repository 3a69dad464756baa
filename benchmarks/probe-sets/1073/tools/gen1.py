"""p1073-1: province portal (Nghệ An), spring peanut on converted rice land."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp
Nghệ An: Lạc xuân trên đất lúa chuyển đổi cho lãi cao
Cập nhật: 28/05/2024 09:45 | Lượt xem: 2.317

(Cổng TTĐT Nghệ An) - Vụ xuân năm 2024, toàn tỉnh gieo trồng 11.850 ha lạc, đạt 98,8% kế hoạch, trong đó diện tích lạc trên đất lúa chuyển đổi là 1.420 ha, tăng 215 ha so với vụ xuân năm 2023. Đến nay, các địa phương đã thu hoạch được khoảng 65% diện tích.

Các địa phương có diện tích lạc lớn là Nghi Lộc (2.150 ha), Diễn Châu (1.870 ha), Quỳnh Lưu (1.640 ha) và Hưng Nguyên (960 ha). Các giống lạc L14, L27 chiếm trên 70% diện tích gieo trồng.

Năng suất lạc bình quân ước đạt 28,5 tạ/ha, cao hơn 1,7 tạ/ha so với cùng kỳ; riêng trên đất lúa chuyển đổi ước đạt 31 tạ/ha. Sản lượng lạc vỏ ước đạt 33.770 tấn.

Giá lạc vỏ khô tại ruộng hiện dao động từ 28.000 đến 32.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với vụ trước. Theo tính toán của Sở Nông nghiệp và PTNT, mỗi ha lạc trên đất chuyển đổi cho lợi nhuận 45-50 triệu đồng. Mức lãi này cao gấp 2,5 lần so với trồng lúa.

Thực hiện Nghị định số 94/2019/NĐ-CP của Chính phủ và Kế hoạch số 356/KH-UBND của UBND tỉnh, các huyện đã rà soát những chân ruộng cao, thiếu nước để chuyển đổi. Phấn đấu đến năm 2025, toàn tỉnh chuyển đổi 2.500 ha đất lúa kém hiệu quả sang trồng lạc, vừng và rau màu; mở rộng liên kết bao tiêu sản phẩm trên 40% diện tích lạc.
"""

SEASON = P("Vụ xuân năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", None, "2024-05-28")
Y2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gieo trồng 11.850 ha lạc", "11.850", 11850, "measure", "ha", "diện tích lạc gieo trồng", SEASON, percent=98.8),
    F("chuyển đổi là 1.420 ha", "1.420", 1420, "measure", "ha", "diện tích lạc trên đất lúa chuyển đổi", SEASON,
      total=11850, change=C("increase", 215, "ha", "vụ xuân năm 2023")),
    F("khoảng 65% diện tích", "65", 65, "percent", "%", "diện tích lạc đã thu hoạch", NOW, approx="about"),
    F("Nghi Lộc (2.150 ha)", "2.150", 2150, "measure", "ha", "diện tích lạc", I(SEASON), location="Nghi Lộc"),
    F("Diễn Châu (1.870 ha)", "1.870", 1870, "measure", "ha", "diện tích lạc", I(SEASON), location="Diễn Châu"),
    F("Quỳnh Lưu (1.640 ha)", "1.640", 1640, "measure", "ha", "diện tích lạc", I(SEASON), location="Quỳnh Lưu"),
    F("Hưng Nguyên (960 ha)", "960", 960, "measure", "ha", "diện tích lạc", I(SEASON), location="Hưng Nguyên"),
    F("trên 70% diện tích", "70", 70, "percent", "%", "giống lạc L14, L27 trong diện tích gieo trồng", I(SEASON),
      approx="over"),
    F("ước đạt 28,5 tạ/ha", "28,5", 28.5, "measure", "tạ/ha", "năng suất lạc bình quân", I(SEASON),
      change=C("increase", 1.7, "tạ/ha", "cùng kỳ"), status="estimate"),
    F("ước đạt 31 tạ/ha", "31", 31, "measure", "tạ/ha", "năng suất lạc trên đất lúa chuyển đổi", I(SEASON),
      status="estimate"),
    F("ước đạt 33.770 tấn", "33.770", 33770, "measure", "tấn", "sản lượng lạc vỏ", I(SEASON), status="estimate"),
    F("từ 28.000 đến 32.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá lạc vỏ khô tại ruộng",
      value_max=32000, change=C("increase", 3000, "đồng/kg", "vụ trước", approx="about")),
    F("lợi nhuận 45-50 triệu đồng", "45", 45000000, "money", "đồng/ha", "lợi nhuận mỗi ha lạc trên đất chuyển đổi",
      value_max=50000000),
    F("cao gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "mức lãi trồng lạc so với trồng lúa"),
    F("chuyển đổi 2.500 ha", "2.500", 2500, "measure", "ha",
      "diện tích đất lúa kém hiệu quả chuyển đổi sang trồng lạc, vừng và rau màu", Y2025, status="target"),
    F("trên 40% diện tích lạc", "40", 40, "percent", "%", "diện tích lạc có liên kết bao tiêu sản phẩm", Y2025,
      approx="over", status="target"),
]

NOTES = [
    "Province portal (Cổng TTĐT Nghệ An): spring peanut 2024 on converted rice land. Dateline 'Cập nhật: 28/05/2024 09:45'.",
    "Not figures: 'Lượt xem: 2.317', variety names L14/L27, Nghị định số 94/2019/NĐ-CP, Kế hoạch số 356/KH-UBND, 'vụ xuân năm 2023' (baseline).",
    "'Vụ xuân năm 2024' is read as the year 2024 (a season gives no finer calendar bounds). 'Đến nay' ends at the dateline.",
    "The district list (Nghi Lộc ...) does not add up to 11.850 ha: no total. 'Mức lãi này cao gấp 2,5 lần' is its own sentence: multiple.",
]

write("p1073-1", TEXT, NOTES, FIGS, published="2024-05-28", location="Nghệ An")

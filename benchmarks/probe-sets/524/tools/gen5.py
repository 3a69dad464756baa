"""p524-5: Party newspaper (Báo Thanh Hóa style), urbanisation and planning approvals 2024; byline and date at the end."""
from lib import F, P, I, CH, T, emit

TEXT = """Thanh Hóa: Tỷ lệ đô thị hóa năm 2024 ước đạt 40,1%

Thực hiện Nghị quyết số 06-NQ/TW của Bộ Chính trị về quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị, công tác quy hoạch, phát triển đô thị trên địa bàn tỉnh Thanh Hóa có nhiều chuyển biến tích cực. Toàn tỉnh hiện có 36 đô thị, gồm 1 đô thị loại I, 2 đô thị loại III, 5 đô thị loại IV và 28 đô thị loại V.

Năm 2024, tỷ lệ đô thị hóa toàn tỉnh ước đạt 40,1%, tăng 1,6 điểm phần trăm so với năm 2023; phấn đấu đến năm 2025 đạt 42% và đến năm 2030 đạt trên 50%.

Về công tác quy hoạch, đến nay 100% đô thị đã có quy hoạch chung được phê duyệt; tỷ lệ phủ kín quy hoạch phân khu đạt 78,5%, quy hoạch chi tiết đạt khoảng 45%. Hai đô thị Thanh Hóa và Sầm Sơn có tỷ lệ phủ kín quy hoạch phân khu lần lượt đạt 100% và 92%. Riêng năm 2024, UBND tỉnh đã phê duyệt 9 đồ án quy hoạch chung, 23 đồ án quy hoạch phân khu tỷ lệ 1/2000 và 64 đồ án quy hoạch chi tiết tỷ lệ 1/500, tổng diện tích khoảng 6.820 ha. Thời gian thẩm định đồ án rút ngắn còn bình quân 15 ngày làm việc, giảm 5 ngày so với quy định.

Tuy nhiên, diện tích nhà ở bình quân khu vực đô thị mới đạt 28,6 m² sàn/người, thấp hơn mức bình quân cả nước (32 m² sàn/người). Giai đoạn 2021-2025, tỉnh đã thu hút 47 dự án khu đô thị, khu dân cư với tổng vốn đăng ký gần 41.500 tỷ đồng, trong đó có 12 dự án dọc Quốc lộ 47.

Lê Hòa
12/12/2024
"""

NOW = P("đến nay", None, "2024-12-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
R24 = P("năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
DT = "đô thị"

FIGS = [
    F("ước đạt 40,1%\n", "40,1", 40.1, "percent", "%", "tỷ lệ đô thị hóa", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="estimate"),
    F("có 36 đô thị", "36", 36, "count", "đô thị", "đô thị toàn tỉnh"),
    F("gồm 1 đô thị", "1", 1, "count", "đô thị", "đô thị loại I", total=36),
    F("2 đô thị loại", "2", 2, "count", "đô thị", "đô thị loại III", total=36),
    F("5 đô thị loại", "5", 5, "count", "đô thị", "đô thị loại IV", total=36),
    F("28 đô thị loại", "28", 28, "count", "đô thị", "đô thị loại V", total=36),
    F("ước đạt 40,1%,", "40,1", 40.1, "percent", "%", "tỷ lệ đô thị hóa toàn tỉnh", Y24, status="estimate",
      change=CH("increase", 1.6, "điểm phần trăm", "năm 2023")),
    F("đạt 42%", "42", 42, "percent", "%", "tỷ lệ đô thị hóa toàn tỉnh", P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ đô thị hóa toàn tỉnh", P("đến năm 2030", None, "2030-12-31"),
      approx="over", status="target"),
    F("nay 100% đô thị", "100", 100, "percent", "%", "đô thị đã có quy hoạch chung được phê duyệt", NOW),
    F("đạt 78,5%", "78,5", 78.5, "percent", "%", "tỷ lệ phủ kín quy hoạch phân khu", NOW),
    F("khoảng 45%", "45", 45, "percent", "%", "tỷ lệ phủ kín quy hoạch chi tiết", NOW, approx="about"),
    F("Hai đô thị", "Hai", 2, "count", "đô thị", "đô thị có tỷ lệ phủ kín quy hoạch phân khu", optional=True),
    F("lần lượt đạt 100%", "100", 100, "percent", "%", "tỷ lệ phủ kín quy hoạch phân khu", location="Thanh Hóa"),
    F("và 92%", "92", 92, "percent", "%", "tỷ lệ phủ kín quy hoạch phân khu", location="Sầm Sơn"),
    F("duyệt 9 đồ án", "9", 9, "count", "đồ án", "đồ án quy hoạch chung được phê duyệt", R24),
    F("23 đồ án", "23", 23, "count", "đồ án", "đồ án quy hoạch phân khu được phê duyệt", R24),
    F("64 đồ án", "64", 64, "count", "đồ án", "đồ án quy hoạch chi tiết được phê duyệt", R24),
    F("khoảng 6.820 ha", "6.820", 6820, "measure", "ha", "tổng diện tích các đồ án quy hoạch được phê duyệt", R24, approx="about"),
    F("bình quân 15 ngày", "15", 15, "measure", "ngày làm việc", "thời gian thẩm định đồ án bình quân", I(R24),
      change=CH("decrease", 5, "ngày", "quy định")),
    F("đạt 28,6 m²", "28,6", 28.6, "measure", "m² sàn/người", "diện tích nhà ở bình quân khu vực đô thị"),
    F("(32 m²", "32", 32, "measure", "m² sàn/người", "diện tích nhà ở bình quân cả nước", location="Việt Nam"),
    F("thu hút 47 dự án", "47", 47, "count", "dự án", "dự án khu đô thị, khu dân cư thu hút", G),
    F("gần 41.500 tỷ đồng", "41.500", 41500000000000, "money", "đồng", "tổng vốn đăng ký dự án khu đô thị, khu dân cư", G,
      approx="nearly"),
    F("có 12 dự án", "12", 12, "count", "dự án", "dự án khu đô thị, khu dân cư dọc Quốc lộ 47", G, total=47),
]

COMMENTS = [
    "Báo Thanh Hóa style (Party newspaper): tỷ lệ đô thị hóa 2024, quy hoạch coverage and approvals; byline 'Lê Hòa' and date",
    "'12/12/2024' at the end (= published). 'đến nay' → as-of ending at that date.",
    "36 đô thị 'gồm' 1+2+5+28 (adds up) → total 36; urban classes 'loại I … loại V' are names, not figures.",
    "'tăng 1,6 điểm phần trăm so với năm 2023' is the change of the 40,1% level (not a growth rate as the claim).",
    "revised after first run: 'Hai đô thị' (count restating the two named towns) added as optional, like shared h04 '3 trụ cột'",
    "and this set's 'Năm khu này' (p524-6); it had been left out of the gold, which was inconsistent.",
    "'lần lượt đạt 100% và 92%' → two figures, location Thanh Hóa (the city; same name as the province) and Sầm Sơn.",
    "'(32 m² sàn/người)' is the national average: location Việt Nam; the 28,6 carries no change (no number for the gap).",
    "'trong đó có 12 dự án' → total 47. Distractors: Nghị quyết số 06-NQ/TW, 'tỷ lệ 1/2000', 'tỷ lệ 1/500', 'Quốc lộ 47'.",
]

if __name__ == "__main__":
    emit("p524-5", TEXT, COMMENTS, FIGS, published="2024-12-12", location="Thanh Hóa")

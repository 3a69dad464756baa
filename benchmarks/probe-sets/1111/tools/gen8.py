"""p1111-8: Báo Quảng Bình online, (QBĐT) tag, headline figure; resorts during the 30/4-1/5/2025 holiday."""
from lib import F, P, I, C, T, emit

TEXT = """Quảng Bình điện tử › Kinh tế › Du lịch
Thứ Ba, 06/05/2025, 16:40

Resort ven biển đạt công suất phòng 82% dịp nghỉ lễ

(QBĐT) - Trong kỳ nghỉ lễ 30/4-1/5 năm 2025 (từ ngày 30/4 đến 4/5), các resort ven biển trên địa bàn tỉnh đạt công suất phòng bình quân 82%, riêng các resort tại Bảo Ninh, Nhật Lệ có ngày đạt 100%.

Theo Sở Văn hóa, Thể thao và Du lịch, trong 5 ngày nghỉ lễ, các cơ sở lưu trú ven biển đón khoảng 96.500 lượt khách, tăng 23,4% so với kỳ nghỉ lễ năm 2024; trong đó khách lưu trú tại resort đạt 41.200 lượt, chiếm 42,7%. Tổng doanh thu du lịch ước đạt 186 tỷ đồng, trong đó doanh thu của các resort ven biển khoảng 94 tỷ đồng.

Hiện toàn tỉnh có 38 resort ven biển đang hoạt động với 2.650 phòng, tập trung tại TP. Đồng Hới (17 resort), huyện Quảng Ninh (9 resort), huyện Bố Trạch (8 resort) và thị xã Ba Đồn (4 resort). Công suất phòng dịp lễ tại Đồng Hới, Quảng Ninh và Bố Trạch lần lượt đạt 88%, 79% và 74%.

Năm 2024, công suất phòng bình quân của các resort ven biển cả năm đạt 54,6%. Vào quý IV/2024, nhiều resort chỉ đạt công suất dưới 25%.

Hiện có 11 dự án resort đang xây dựng dọc Quốc lộ 1A và đường Võ Nguyên Giáp, tổng vốn trên 15.700 tỷ đồng; dự kiến đến năm 2026 bổ sung thêm 1.200 phòng. Thực hiện Nghị quyết số 10-NQ/TU, mục tiêu năm 2025 các resort ven biển đón 520.000 lượt khách lưu trú, công suất phòng đạt 60%. Dịp hè này, Lễ hội Văn hóa, Thể thao và Du lịch biển lần thứ 3 sẽ diễn ra tại bãi biển Nhật Lệ.

Minh Vũ
"""

HOL = P("từ ngày 30/4 đến 4/5", "2025-04-30", "2025-05-04")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIST = "resort ven biển đang hoạt động"
OCC = "công suất phòng dịp lễ"

FIGS = [
    F("công suất phòng 82% dịp nghỉ lễ", "82", 82, "percent", "%",
      subject="công suất phòng resort ven biển", period=I(P("dịp nghỉ lễ", "2025-04-30", "2025-05-04"))),
    F("bình quân 82%", "82", 82, "percent", "%", subject="công suất phòng bình quân của các resort ven biển",
      period=HOL),
    F("có ngày đạt 100%", "100", 100, "percent", "%", subject="công suất phòng các resort tại Bảo Ninh, Nhật Lệ",
      period=HOL),
    F("khoảng 96.500 lượt khách", "96.500", 96500, "count", "lượt khách", approx="about",
      change=C("increase", 23.4, "%", "kỳ nghỉ lễ năm 2024"),
      subject="lượt khách các cơ sở lưu trú ven biển đón", period=I(HOL)),
    F("đạt 41.200 lượt", "41.200", 41200, "count", "lượt", total=96500, percent=42.7,
      subject="khách lưu trú tại resort", period=I(HOL)),
    F("ước đạt 186 tỷ đồng", "186", 186e9, "money", "đồng", status="estimate",
      subject="tổng doanh thu du lịch", period=I(HOL)),
    F("khoảng 94 tỷ đồng", "94", 94e9, "money", "đồng", approx="about", status="estimate", total=186e9,
      subject="doanh thu của các resort ven biển", period=I(HOL)),
    F("có 38 resort", "38", 38, "count", "resort", subject=LIST),
    F("với 2.650 phòng", "2.650", 2650, "count", "phòng", subject="phòng của các resort ven biển đang hoạt động"),
    F("Đồng Hới (17 resort)", "17", 17, "count", "resort", total=38, location="Đồng Hới", subject=LIST),
    F("Quảng Ninh (9 resort)", "9", 9, "count", "resort", total=38, location="Quảng Ninh", subject=LIST),
    F("Bố Trạch (8 resort)", "8", 8, "count", "resort", total=38, location="Bố Trạch", subject=LIST),
    F("Ba Đồn (4 resort)", "4", 4, "count", "resort", total=38, location="Ba Đồn", subject=LIST),
    F("lần lượt đạt 88%", "88", 88, "percent", "%", location="Đồng Hới", subject=OCC, period=I(HOL)),
    F("88%, 79%", "79", 79, "percent", "%", location="Quảng Ninh", subject=OCC, period=I(HOL)),
    F("và 74%", "74", 74, "percent", "%", location="Bố Trạch", subject=OCC, period=I(HOL)),
    F("đạt 54,6%", "54,6", 54.6, "percent", "%", subject="công suất phòng bình quân của các resort ven biển",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("dưới 25%", "25", 25, "percent", "%", approx="under", subject="công suất phòng của nhiều resort",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("có 11 dự án", "11", 11, "count", "dự án", subject="dự án resort đang xây dựng"),
    F("trên 15.700 tỷ đồng", "15.700", 15700e9, "money", "đồng", approx="over",
      subject="tổng vốn các dự án resort đang xây dựng"),
    F("thêm 1.200 phòng", "1.200", 1200, "count", "phòng", status="forecast", subject="phòng bổ sung",
      period=P("đến năm 2026", None, "2026-12-31")),
    F("đón 520.000 lượt", "520.000", 520000, "count", "lượt khách", status="target",
      subject="lượt khách lưu trú tại các resort ven biển", period=Y25),
    F("đạt 60%", "60", 60, "percent", "%", status="target", subject="công suất phòng", period=Y25),
]

COMMENTS = [
    "Báo Quảng Bình online: headline with a figure, 'Thứ Ba, 06/05/2025, 16:40', '(QBĐT) -' tag (implies Quảng Bình), byline at end.",
    "'30/4-1/5' is the holiday's name, '5 ngày nghỉ lễ' its duration: not figures. The holiday period is 30/4-4/5/2025;",
    "sentences that refer back to it ('trong 5 ngày nghỉ lễ', 'dịp lễ', headline 'dịp nghỉ lễ') carry it as inherited.",
    "'huyện Quảng Ninh' is a district of Quảng Bình (location 'Quảng Ninh'), not the province Quảng Ninh.",
    "'Tổng doanh thu … ước đạt 186 tỷ đồng, trong đó … khoảng 94 tỷ đồng': the part has no verb of its own, so the estimate continues.",
    "District list 17+9+8+4 = 38 → total 38. 'lần lượt đạt 88%, 79% và 74%' → three figures, locations in order.",
    "Not figures: Quốc lộ 1A, Nghị quyết số 10-NQ/TU, 'lần thứ 3', weekday/time.",
]

if __name__ == "__main__":
    emit("p1111-8", TEXT, FIGS, COMMENTS, published="2025-05-06", location="Quảng Bình")

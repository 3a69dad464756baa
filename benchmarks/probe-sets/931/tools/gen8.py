"""p931-8: provincial newspaper online (Quảng Bình, tag QBĐT), headline figure; trợ cấp trẻ em mồ côi quý I/2025."""
from lib import F, period, change, target, write

TEXT = """Báo Quảng Bình điện tử > Xã hội

Hơn 1.300 trẻ em mồ côi được hưởng trợ cấp hằng tháng

Cập nhật: 26/03/2025 | 15:40

(QBĐT) - Theo Sở Lao động - Thương binh và Xã hội, tính đến ngày 15/3/2025, toàn tỉnh Quảng Bình có 1.327 trẻ em mồ côi đang hưởng trợ cấp xã hội hằng tháng, trong đó 214 trẻ mồ côi cả cha và mẹ, chiếm 16,1%.

Trẻ em mồ côi tập trung chủ yếu ở các huyện miền núi và ven biển: Minh Hóa (236 trẻ), Tuyên Hóa (198 trẻ), Bố Trạch (187 trẻ) và Lệ Thủy (175 trẻ).

Quý I/2025, tổng kinh phí chi trả trợ cấp cho trẻ em mồ côi ước đạt 3,2 tỷ đồng, tăng 38,5% so với cùng kỳ năm 2024. Bên cạnh đó, Trung tâm Bảo trợ xã hội tỉnh (đóng tại xã Nghĩa Ninh, TP Đồng Hới) đang nuôi dưỡng tập trung 45 trẻ em, gần 80% trong số đó dưới 6 tuổi.

Từ đầu năm đến nay, các cấp, ngành, đoàn thể đã tặng 1.450 suất quà cho trẻ em có hoàn cảnh đặc biệt, tổng trị giá hơn 870 triệu đồng; trao 120 suất học bổng, mỗi suất từ 1 đến 2 triệu đồng. Hội Chữ thập đỏ tỉnh nhận đỡ đầu 36 trẻ mồ côi, mức hỗ trợ 500.000 đồng/trẻ/tháng đến khi các em đủ 18 tuổi.

Năm 2025, tỉnh phấn đấu 100% trẻ em mồ côi đủ điều kiện được hưởng chính sách trợ giúp xã hội kịp thời. Dự kiến, Quỹ Bảo trợ trẻ em tỉnh sẽ vận động khoảng 2 tỷ đồng để hỗ trợ trẻ em có hoàn cảnh đặc biệt, gấp 1,3 lần năm trước.

PV
"""

ASOF = period("tính đến ngày 15/3/2025", None, "2025-03-15")
ASOF_INH = period("tính đến ngày 15/3/2025", None, "2025-03-15", inherited=True)
SINCE = period("Từ đầu năm đến nay", "2025-01-01", "2025-03-26")
Y2025 = period("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "trẻ em mồ côi"

FIGS = [
    F("Hơn 1.300 trẻ em", "1.300", 1300, "count", "trẻ em", approx="over",
      subject="trẻ em mồ côi được hưởng trợ cấp hằng tháng"),
    F("có 1.327 trẻ em", "1.327", 1327, "count", "trẻ em",
      subject="trẻ em mồ côi đang hưởng trợ cấp xã hội hằng tháng", period=ASOF),
    F("214 trẻ", "214", 214, "count", "trẻ", total=1327, percent=16.1,
      subject="trẻ mồ côi cả cha và mẹ", period=ASOF),
    F("Minh Hóa (236 trẻ)", "236", 236, "count", "trẻ", subject=LIST, location="Minh Hóa", period=ASOF_INH),
    F("Tuyên Hóa (198 trẻ)", "198", 198, "count", "trẻ", subject=LIST, location="Tuyên Hóa", period=ASOF_INH),
    F("Bố Trạch (187 trẻ)", "187", 187, "count", "trẻ", subject=LIST, location="Bố Trạch", period=ASOF_INH),
    F("Lệ Thủy (175 trẻ)", "175", 175, "count", "trẻ", subject=LIST, location="Lệ Thủy", period=ASOF_INH),
    F("ước đạt 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", status="estimate",
      change=change("increase", 38.5, "%", "cùng kỳ năm 2024"),
      subject="tổng kinh phí chi trả trợ cấp cho trẻ em mồ côi",
      period=period("Quý I/2025", "2025-01-01", "2025-03-31")),
    F("tập trung 45 trẻ em", "45", 45, "count", "trẻ em",
      subject="trẻ em Trung tâm Bảo trợ xã hội tỉnh nuôi dưỡng tập trung"),
    F("gần 80%", "80", 80, "percent", "%", approx="nearly",
      subject="trẻ em dưới 6 tuổi trong số trẻ được nuôi dưỡng tập trung"),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    F("tặng 1.450 suất quà", "1.450", 1450, "count", "suất quà",
      subject="suất quà tặng trẻ em có hoàn cảnh đặc biệt", period=SINCE),
    F("hơn 870 triệu đồng", "870", 870e6, "money", "đồng", approx="over",
      subject="tổng trị giá quà tặng", period=SINCE),
    F("trao 120 suất", "120", 120, "count", "suất học bổng",
      subject="suất học bổng trao cho trẻ em", period=SINCE),
    F("từ 1 đến 2 triệu", "1", 1e6, "money", "đồng/suất", value_max=2e6,
      subject="trị giá mỗi suất học bổng", period=SINCE),
    F("đỡ đầu 36 trẻ", "36", 36, "count", "trẻ",
      subject="trẻ mồ côi Hội Chữ thập đỏ tỉnh nhận đỡ đầu"),
    F("hỗ trợ 500.000 đồng", "500.000", 500000, "money", "đồng/trẻ/tháng",
      subject="mức hỗ trợ trẻ mồ côi được Hội Chữ thập đỏ đỡ đầu"),
    F("đủ 18 tuổi", "18", 18, "measure", "tuổi", optional=True),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="trẻ em mồ côi đủ điều kiện được hưởng chính sách trợ giúp xã hội kịp thời", period=Y2025),
    F("khoảng 2 tỷ đồng", "2", 2e9, "money", "đồng", approx="about", status="forecast",
      change=change("increase", 1.3, "lần", "năm trước"),
      subject="kinh phí Quỹ Bảo trợ trẻ em tỉnh vận động hỗ trợ trẻ em có hoàn cảnh đặc biệt",
      period=period("Năm 2025", "2025-01-01", "2025-12-31", inherited=True)),
]

NOTES = [
    "Báo Quảng Bình online, tag '(QBĐT) -', 'Cập nhật: 26/03/2025 | 15:40'; year-less headline figure 'Hơn 1.300 trẻ em' (no period).",
    "'trong đó 214 …, chiếm 16,1%' → total 1327, percent 16.1. The district list after ':' is a list of the main places, not a breakdown adding up to 1.327 (no total).",
    "'gần 80% trong số đó dưới 6 tuổi' is the share of a part with no count: a percent figure. 'gấp 1,3 lần năm trước' is the change (×1,3) of the forecast 2 tỷ.",
    "'Dự kiến' makes 2 tỷ a forecast; its period comes from 'Năm 2025' of the previous sentence (inherited; 'năm trước' is a baseline).",
    "Distractors: xã Nghĩa Ninh, TP Đồng Hới, time 15:40, 'PV'. Age '6 tuổi', '18 tuổi' are optional.",
]

write("p931-8", TEXT, NOTES, FIGS, published="2025-03-26", location="Quảng Bình")

"""p602-8: power company site (PC Quảng Trị) — results 2023, reliability vs targets, rooftop solar, plans 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CÔNG TY ĐIỆN LỰC QUẢNG TRỊ - EVNCPC
Tin tức - Sự kiện | Ngày đăng: 08/01/2024 08:45

PC Quảng Trị: Năm 2023 điện thương phẩm đạt hơn 1,1 tỷ kWh

Ngày 5/1/2024, Công ty Điện lực Quảng Trị tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Năm 2023, điện thương phẩm toàn Công ty đạt 1.108,4 triệu kWh, tăng 7,9% so với năm 2022, vượt 1,2% kế hoạch EVNCPC giao; giá bán điện bình quân đạt 2.012,6 đồng/kWh, cao hơn 94,3 đồng/kWh so với kế hoạch. Riêng quý IV/2023, điện thương phẩm đạt 274,5 triệu kWh, tăng 5,2% so với quý IV/2022.

Đến 31/12/2023, Công ty quản lý 245.318 khách hàng, trong đó 2.846 khách hàng lắp đặt điện mặt trời mái nhà với tổng công suất 412,5 MWp.

Các chỉ số độ tin cậy cung cấp điện năm 2023 đều thấp hơn chỉ tiêu: SAIDI 312 phút (chỉ tiêu 355 phút), SAIFI 3,05 lần, MAIFI 0,84 lần.

Trong năm, Công ty đã đầu tư 96,2 tỷ đồng cấp điện cho 1.540 hộ tại các thôn, bản vùng sâu. Hai huyện miền núi Hướng Hóa (41,5 tỷ đồng) và Đakrông (32,8 tỷ đồng) được ưu tiên nhiều nhất. Đội Quản lý vận hành lưới điện cao thế số 2 đã hoàn thành cải tạo tuyến 35kV dọc Quốc lộ 9.

Năm 2024, Công ty phấn đấu điện thương phẩm đạt 1.185 triệu kWh, tăng khoảng 7% so với năm 2023; tỷ lệ tổn thất điện năng không quá 4,35%.

Khách hàng cần hỗ trợ vui lòng gọi Tổng đài 1900.1909 hoặc đến số 01 Trần Hưng Đạo, TP Đông Hà.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Đến 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
REL = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 1,1 tỷ kWh", "1,1", 1100000000, "measure", "kWh", "điện thương phẩm", Y23, approx="over"),
    F("đạt 1.108,4 triệu kWh", "1.108,4", 1108400000, "measure", "kWh", "điện thương phẩm toàn Công ty", Y23,
      change=CH("increase", 7.9, "%", "năm 2022")),
    F("vượt 1,2% kế hoạch", "1,2", 1.2, "percent", "%", "điện thương phẩm vượt kế hoạch EVNCPC giao", Y23,
      optional=True),
    F("đạt 2.012,6 đồng/kWh", "2.012,6", 2012.6, "money", "đồng/kWh", "giá bán điện bình quân", Y23,
      change=CH("increase", 94.3, "đồng/kWh", "kế hoạch")),
    F("đạt 274,5 triệu kWh", "274,5", 274500000, "measure", "kWh", "điện thương phẩm",
      P("quý IV/2023", "2023-10-01", "2023-12-31"), change=CH("increase", 5.2, "%", "quý IV/2022")),
    F("quản lý 245.318 khách hàng", "245.318", 245318, "count", "khách hàng", "khách hàng Công ty quản lý", ASOF),
    F("2.846 khách hàng", "2.846", 2846, "count", "khách hàng", "khách hàng lắp đặt điện mặt trời mái nhà", ASOF,
      total=245318),
    F("412,5 MWp", "412,5", 412.5, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", ASOF),
    F("SAIDI 312 phút", "312", 312, "measure", "phút", "SAIDI", REL, target=TG(355, "phút", True)),
    F("SAIFI 3,05 lần", "3,05", 3.05, "measure", "lần", "SAIFI", REL),
    F("MAIFI 0,84 lần", "0,84", 0.84, "measure", "lần", "MAIFI", REL),
    F("đầu tư 96,2 tỷ đồng", "96,2", 96200000000, "money", "đồng", "vốn đầu tư cấp điện cho các thôn, bản vùng sâu",
      TN),
    F("cho 1.540 hộ", "1.540", 1540, "count", "hộ", "hộ được cấp điện tại các thôn, bản vùng sâu", TN),
    # revised after the first run: 'Hai huyện' counts the two districts listed; left out at first, added as optional
    # (cf. shared h04, 'Ở 3 trụ cột chính' optional).
    F("Hai huyện miền núi", "Hai", 2, "count", "huyện", "huyện miền núi được ưu tiên nhiều nhất", optional=True),
    F("Hướng Hóa (41,5 tỷ đồng)", "41,5", 41500000000, "money", "đồng", "vốn đầu tư cấp điện cho các thôn, bản vùng sâu",
      INH(TN), location="Hướng Hóa"),
    F("Đakrông (32,8 tỷ đồng)", "32,8", 32800000000, "money", "đồng", "vốn đầu tư cấp điện cho các thôn, bản vùng sâu",
      INH(TN), location="Đakrông"),
    F("đạt 1.185 triệu kWh", "1.185", 1185000000, "measure", "kWh", "điện thương phẩm", Y24,
      change=CH("increase", 7, "%", "năm 2023", approx="about"), status="target"),
    F("không quá 4,35%", "4,35", 4.35, "percent", "%", "tỷ lệ tổn thất điện năng", Y24, approx="at_most",
      status="target"),
]

COMMENTS = [
    "PC Quảng Trị (EVNCPC member site, 'Ngày đăng: 08/01/2024 08:45'): điện thương phẩm 2023 and Q4, giá bán bình quân,",
    "khách hàng and rooftop solar at 31/12/2023, reliability indices vs targets, rural investment, plans 2024.",
    "'vượt 1,2% kế hoạch' is the second change on 1.108,4 triệu kWh: optional percent figure. 'cao hơn 94,3 đồng/kWh so",
    "với kế hoạch' is the price's change with baseline 'kế hoạch'. 'SAIDI 312 phút (chỉ tiêu 355 phút)' -> target 355, met.",
    "SAIFI/MAIFI 'lần' are measures (interruptions per customer), not multiples. The two district amounts do not add up",
    "to 96,2 tỷ and follow no cue: no total. Headline 'Năm 2023' gives the headline figure its period.",
    "revised: added 'Hai huyện' (a count of the listed districts) as an optional figure, as shared h04 treats '3 trụ cột'.",
    "Distractors: 'Ngày 5/1/2024', 'số 2' (team name), 35kV, 'Quốc lộ 9', Tổng đài 1900.1909, 'số 01 Trần Hưng Đạo'.",
]

if __name__ == "__main__":
    emit("p602-8", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Quảng Trị")

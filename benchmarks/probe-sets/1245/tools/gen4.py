"""p1245-4: Party newspaper (Báo Phú Yên, tag (PYO)): barramundi cage farmers in thị xã Sông Cầu."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO PHÚ YÊN ĐIỆN TỬ
Kinh tế | Nông nghiệp

Sông Cầu: Người nuôi cá chẽm lồng bè phấn khởi vì được giá

Thứ Năm, 18/07/2024 | 16:05

(PYO) - Những ngày này, trên vịnh Xuân Đài, nhiều hộ nuôi cá chẽm ở thị xã Sông Cầu tất bật thu hoạch. Giá cá tăng giúp người nuôi có lãi khá sau nhiều năm khó khăn.

Ông Lê Văn Tài (khu phố Long Bình, phường Xuân Đài) có 16 lồng nuôi cá chẽm. Đợt này gia đình ông thu hoạch khoảng 9 tấn cá, trọng lượng 2,5-3 kg/con, được thương lái thu mua tại lồng với giá 98.000 đồng/kg, tăng khoảng 15.000 đồng/kg so với cùng thời điểm năm ngoái. "Trừ chi phí, đợt này tôi lãi gần 250 triệu đồng", ông Tài nói.

Theo Phòng Kinh tế thị xã Sông Cầu, toàn thị xã hiện có 2.340 lồng nuôi cá biển, trong đó cá chẽm khoảng 900 lồng. Ở khu vực đầm Cù Mông, gần ba chục hộ đã chuyển từ nuôi tôm hùm sang nuôi cá chẽm. Từ đầu năm đến nay, sản lượng cá biển thu hoạch đạt 1.180 tấn, trong đó cá chẽm 460 tấn; người nuôi đã thả khoảng 320.000 con cá chẽm giống, tăng 20% so với cùng kỳ.

Tuy nhiên, theo ông Nguyễn Đình Phúc, Trưởng phòng Kinh tế thị xã, nghề nuôi cá lồng vẫn tiềm ẩn nhiều rủi ro. Năm 2023, các đợt ô nhiễm môi trường nước đã làm chết hơn 40 tấn cá của 23 hộ, thiệt hại ước khoảng 3,5 tỉ đồng.

Thị xã khuyến cáo người dân thả nuôi với mật độ không quá 15 con/m3, khoảng cách giữa các cụm lồng tối thiểu 50 m. Mục tiêu đến năm 2025, toàn thị xã chuyển đổi 30% số lồng sang vật liệu HDPE.

HỒNG NHUNG
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 16 lồng", "16", 16, "count", "lồng", "lồng nuôi cá chẽm của ông Lê Văn Tài"),
    F("khoảng 9 tấn", "9", 9, "measure", "tấn", "cá thu hoạch đợt này", approx="about"),
    F("2,5-3 kg/con", "2,5", 2.5, "measure", "kg/con", "trọng lượng cá", value_max=3),
    F("giá 98.000", "98.000", 98000, "money", "đồng/kg", "giá thương lái thu mua tại lồng",
      change=change("increase", 15000, "đồng/kg", "cùng thời điểm năm ngoái", approx="about")),
    F("gần 250 triệu", "250", 250e6, "money", "đồng", "lãi đợt này", approx="nearly"),
    F("có 2.340 lồng", "2.340", 2340, "count", "lồng", "lồng nuôi cá biển"),
    F("khoảng 900 lồng", "900", 900, "count", "lồng", "lồng nuôi cá chẽm", approx="about", total=2340),
    F("gần ba chục hộ", "ba chục", 30, "count", "hộ", "hộ chuyển từ nuôi tôm hùm sang nuôi cá chẽm",
      approx="nearly"),
    F("đạt 1.180 tấn", "1.180", 1180, "measure", "tấn", "sản lượng cá biển thu hoạch", YTD),
    F("cá chẽm 460 tấn", "460", 460, "measure", "tấn", "sản lượng cá chẽm thu hoạch", YTD, total=1180),
    F("khoảng 320.000 con", "320.000", 320000, "count", "con", "cá chẽm giống người nuôi đã thả", YTD,
      approx="about", change=change("increase", 20, "%", "cùng kỳ")),
    F("hơn 40 tấn", "40", 40, "measure", "tấn", "cá chết do ô nhiễm môi trường nước", Y23, approx="over"),
    F("của 23 hộ", "23", 23, "count", "hộ", "hộ có cá chết", Y23),
    F("khoảng 3,5 tỉ", "3,5", 3.5e9, "money", "đồng", "thiệt hại", Y23, approx="about", status="estimate"),
    F("không quá 15 con/m3", "15", 15, "measure", "con/m3", "mật độ thả nuôi khuyến cáo", approx="at_most"),
    F("tối thiểu 50 m", "50", 50, "measure", "m", "khoảng cách giữa các cụm lồng", approx="at_least"),
    F("chuyển đổi 30%", "30", 30, "percent", "%", "số lồng chuyển đổi sang vật liệu HDPE", T25, status="target"),
]

NOTES = [
    "Party newspaper (Báo Phú Yên): headline with the place, 'Thứ Năm, 18/07/2024 | 16:05', sapo with tag '(PYO) -', byline at the end.",
    "Distractors: 16:05, 'khu phố Long Bình', 'năm ngoái' (a baseline), 'nhiều năm'. No figure in the headline or sapo.",
    "All figures are thị xã Sông Cầu's (location Sông Cầu); the farmer lives in phường Xuân Đài of the town.",
    "'tăng khoảng 15.000 đồng/kg so với cùng thời điểm năm ngoái' → change of the price (approx about inside the change).",
    "'gần ba chục hộ' → 30, approx nearly (chục = ten). 'trong đó cá chẽm khoảng 900 lồng' → total 2.340; '460 tấn' → total 1.180.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-18 and governs the ';'-continued clause with 320.000 con.",
    "'thiệt hại ước khoảng 3,5 tỉ' → estimate + about ('tỉ' spelling of tỷ). 'không quá' → at_most, 'tối thiểu' → at_least;",
    "the recommended norms carry no target cue, so status stays actual. 'Mục tiêu đến năm 2025 ... 30%' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1245-4", TEXT, NOTES, FIGS, published="2024-07-18", location="Sông Cầu")

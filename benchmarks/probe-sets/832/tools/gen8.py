"""p832-8: provincial newspaper online (Báo Lâm Đồng, tag '(BLĐ) -') — sâm Ngọc Linh under Lang Biang forest; headline figure."""
from lib import F, P, Y, C, T, write

TEXT = """Báo Lâm Đồng điện tử
Kinh tế > Nông nghiệp
Lâm Đồng: Hơn 180 ha sâm Ngọc Linh dưới tán rừng
Cập nhật lúc 10:05, Thứ Tư, 16/04/2025

(BLĐ) - Sau hơn 10 năm đưa cây sâm Ngọc Linh về trồng thử nghiệm dưới tán rừng Lang Biang, đến nay toàn tỉnh đã có 183,6 ha sâm do 27 doanh nghiệp, hợp tác xã và 64 hộ gia đình đầu tư, tập trung tại các huyện Lạc Dương, Đam Rông và Bảo Lâm, dọc Quốc lộ 27C. Riêng huyện Lạc Dương có 112,4 ha, chiếm 61,2% diện tích sâm toàn tỉnh.

Quý I/2025, các đơn vị thu hoạch 1,35 tấn sâm củ tươi, tăng 0,4 tấn so với cùng kỳ. Sâm 5 năm tuổi có giá khoảng 45 triệu đồng/kg, sâm trên 8 năm tuổi khoảng 90 triệu đồng/kg.

Theo Sở Nông nghiệp và Phát triển nông thôn, suất đầu tư trồng sâm Ngọc Linh dưới tán rừng khoảng 4-5 tỷ đồng/ha, chủ yếu cho giống, lưới che và hệ thống tưới. Tỷ lệ cây sống sau 3 năm đạt 78%, thấp hơn 7 điểm phần trăm so với vùng sâm Ngọc Linh ở Kon Tum, Quảng Nam. Nguyên nhân là độ cao dưới 1.500 m ở một số vùng trồng chưa phù hợp.

Năm 2025, tỉnh phấn đấu trồng mới 40 ha, nâng tổng diện tích lên trên 220 ha; đến năm 2030 đạt 500 ha, giá trị sản phẩm khoảng 2.000 tỷ đồng. UBND tỉnh đã ban hành Kế hoạch số 95/KH-UBND, dành 12 tỷ đồng hỗ trợ xây dựng 3 vườn ươm giống đạt chuẩn.

Khánh Phúc
"""

NOW = P("đến nay", None, "2025-04-16")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = Y(2025)
T30 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích sâm Ngọc Linh dưới tán rừng"

FIGS = [
    F("Hơn 180 ha", "180", 180, "measure", "ha", AREA, approx="over"),
    F("Sau hơn 10 năm", "10", 10, "measure", "năm", "thời gian trồng thử nghiệm sâm Ngọc Linh", approx="over",
      optional=True),
    F("có 183,6 ha", "183,6", 183.6, "measure", "ha", AREA, period=NOW),
    F("do 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã đầu tư trồng sâm",
      period=NOW),
    F("64 hộ gia đình", "64", 64, "count", "hộ gia đình", "hộ gia đình đầu tư trồng sâm", period=NOW),
    F("thu hoạch 1,35 tấn", "1,35", 1.35, "measure", "tấn", "sâm củ tươi thu hoạch",
      change=C("increase", 0.4, "tấn", "cùng kỳ"), period=Q1),
    F("Sâm 5 năm tuổi", "5", 5, "measure", "năm tuổi", "tuổi sâm", optional=True),
    F("khoảng 45 triệu đồng/kg", "45", 45e6, "money", "đồng/kg", "giá sâm 5 năm tuổi", approx="about"),
    F("trên 8 năm tuổi", "8", 8, "measure", "năm tuổi", "tuổi sâm", approx="over", optional=True),
    F("khoảng 90 triệu đồng/kg", "90", 90e6, "money", "đồng/kg", "giá sâm trên 8 năm tuổi", approx="about"),
    F("có 112,4 ha", "112,4", 112.4, "measure", "ha", AREA, percent=61.2, total=183.6,
      location="Lạc Dương", period={**NOW, "inherited": True}),
    F("khoảng 4-5 tỷ đồng/ha", "4", 4e9, "money", "đồng/ha", "suất đầu tư trồng sâm Ngọc Linh dưới tán rừng",
      value_max=5e9, approx="about"),
    F("sau 3 năm", "3", 3, "measure", "năm", "tuổi cây sâm", optional=True),
    F("đạt 78%", "78", 78, "percent", "%", "tỷ lệ cây sống", change=C("decrease", 7, "điểm phần trăm", "vùng sâm Ngọc Linh ở Kon Tum, Quảng Nam")),
    F("dưới 1.500 m", "1.500", 1500, "measure", "m", "độ cao vùng trồng", approx="under", optional=True),
    F("mới 40 ha", "40", 40, "measure", "ha", "diện tích sâm trồng mới", status="target", period=Y25),
    F("trên 220 ha", "220", 220, "measure", "ha", "tổng diện tích sâm", approx="over", status="target", period=Y25),
    F("đạt 500 ha", "500", 500, "measure", "ha", "diện tích sâm", status="target", period=T30),
    F("khoảng 2.000 tỷ đồng", "2.000", 2000e9, "money", "đồng", "giá trị sản phẩm sâm", approx="about",
      status="target", period=T30),
    F("dành 12 tỷ đồng", "12", 12e9, "money", "đồng", "kinh phí hỗ trợ xây dựng vườn ươm giống"),
    F("xây dựng 3 vườn ươm", "3", 3, "count", "vườn ươm", "vườn ươm giống đạt chuẩn"),
]

NOTES = [
    "Báo Lâm Đồng online (invented): headline figure 'Hơn 180 ha', 'Cập nhật lúc 10:05, Thứ Tư, 16/04/2025', tag '(BLĐ) -', byline at end.",
    "'Sau hơn 10 năm …' is a duration that locates the present (optional); the ages '5 năm tuổi', 'trên 8 năm tuổi', 'sau 3 năm' and the",
    "altitude 'dưới 1.500 m' are category specifications (optional).",
    "'thấp hơn 7 điểm phần trăm so với vùng … Kon Tum, Quảng Nam' is the change of 78%; those provinces are a baseline, not its location.",
    "'Riêng huyện Lạc Dương có 112,4 ha, chiếm 61,2% diện tích sâm toàn tỉnh' right after the 183,6 ha: the text says it is a part of",
    "that whole, so total 183.6 and percent 61.2 ('Riêng' is not among the spec's listed cues; chosen by the part-of principle), location Lạc Dương.",
    "Distractors: Quốc lộ 27C, Kế hoạch số 95/KH-UBND, time 10:05, 'Thứ Tư'. 'đến nay' ends at the dateline.",
    "'12 tỷ đồng … 3 vườn ươm' has no period phrase (the 2025 sentence before it is a target; these are an allocation already made).",
]

write(8, TEXT, FIGS, NOTES, published="2025-04-16", location="Lâm Đồng")

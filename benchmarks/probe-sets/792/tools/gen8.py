"""p792-8: Báo Bắc Kạn online, (BBK) tag, headline figure: Ba Bể caves, summer 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """BÁO BẮC KẠN ĐIỆN TỬ
Du lịch
Ba Bể: Hơn 62.000 lượt khách tham quan hang động dịp hè
Cập nhật: 15:40, Thứ Hai, 04/09/2023

(BBK) - Từ tháng 6 đến hết tháng 8/2023, Vườn quốc gia Ba Bể đón 62.450 lượt khách, tăng 21,6% so với cùng kỳ năm 2022, trong đó có 4.380 lượt khách quốc tế. Doanh thu từ dịch vụ tham quan hang động, đi thuyền trên hồ ước đạt 7,8 tỷ đồng.

Các điểm đón nhiều khách gồm: động Puông (24.200 lượt), động Hua Mạ (18.600 lượt), hang Thẳm Phầy (6.900 lượt). Giá thuê thuyền tham quan động Puông là 600.000 đồng/chuyến, mỗi thuyền chở tối đa 12 khách. Động Hua Mạ nằm cách Quốc lộ 279 khoảng 4 km, có chiều dài gần 700 m.

Toàn huyện Ba Bể hiện có 72 cơ sở lưu trú với 1.150 giường, trong đó 48 homestay tập trung tại các thôn Pác Ngòi, Bó Lù, Cốc Tộc. Tính đến hết tháng 8/2023, huyện đã đón 118.600 lượt khách, đạt 79% kế hoạch năm; tổng thu từ du lịch khoảng 52 tỷ đồng.

Để bảo vệ hang động, Vườn quốc gia đã bố trí 15 cán bộ túc trực tại các điểm, lắp đặt 30 biển cảnh báo cấm chạm vào thạch nhũ. Dự kiến trong quý IV/2023, Vườn sẽ khởi công tuyến đường dạo bộ dài 2,4 km vào động Hua Mạ với tổng mức đầu tư 14,5 tỷ đồng theo Quyết định số 1085/QĐ-UBND.

Năm 2023 là năm thứ 2 huyện tổ chức Tuần văn hóa - du lịch Ba Bể. Theo kế hoạch, năm 2024 huyện phấn đấu đón 180.000 lượt khách, trong đó khách lưu trú chiếm 35%.

Hà Anh
"""

SUM = P("Từ tháng 6 đến hết tháng 8/2023", "2023-06-01", "2023-08-31")
AUG = P("Tính đến hết tháng 8/2023", None, "2023-08-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
LK = "lượt khách tham quan"

FIGS = [
    F("Hơn 62.000 lượt khách", "62.000", 62000, "count", "lượt khách", "lượt khách tham quan hang động dịp hè",
      approx="over"),
    F("đón 62.450 lượt khách", "62.450", 62450, "count", "lượt khách", "lượt khách đến Vườn quốc gia Ba Bể",
      change=C("increase", 21.6, baseline="cùng kỳ năm 2022"), period=SUM),
    F("có 4.380 lượt", "4.380", 4380, "count", "lượt", "lượt khách quốc tế", total=62450, period=SUM),
    F("ước đạt 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng", "doanh thu từ dịch vụ tham quan hang động, đi thuyền trên hồ",
      status="estimate", period=I(SUM)),
    F("(24.200 lượt)", "24.200", 24200, "count", "lượt", LK + " động Puông", period=I(SUM)),
    F("(18.600 lượt)", "18.600", 18600, "count", "lượt", LK + " động Hua Mạ", period=I(SUM)),
    F("(6.900 lượt)", "6.900", 6900, "count", "lượt", LK + " hang Thẳm Phầy", period=I(SUM)),
    F("là 600.000 đồng/chuyến", "600.000", 600000, "money", "đồng/chuyến", "giá thuê thuyền tham quan động Puông"),
    F("tối đa 12 khách", "12", 12, "count", "khách", "khách mỗi thuyền", approx="at_most"),
    F("khoảng 4 km", "4", 4, "measure", "km", "khoảng cách từ động Hua Mạ đến Quốc lộ 279", approx="about"),
    F("gần 700 m", "700", 700, "measure", "m", "chiều dài động Hua Mạ", approx="nearly"),
    F("có 72 cơ sở lưu trú", "72", 72, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("với 1.150 giường", "1.150", 1150, "count", "giường", "giường của các cơ sở lưu trú"),
    F("trong đó 48 homestay", "48", 48, "count", "homestay", "homestay", total=72),
    F("đón 118.600 lượt khách", "118.600", 118600, "count", "lượt khách", "lượt khách đến huyện",
      percent=79, period=AUG),
    F("khoảng 52 tỷ đồng", "52", 52e9, "money", "đồng", "tổng thu từ du lịch", approx="about", period=AUG),
    F("bố trí 15 cán bộ", "15", 15, "count", "cán bộ", "cán bộ túc trực tại các điểm"),
    F("lắp đặt 30 biển", "30", 30, "count", "biển cảnh báo", "biển cảnh báo cấm chạm vào thạch nhũ"),
    F("dài 2,4 km", "2,4", 2.4, "measure", "km", "chiều dài tuyến đường dạo bộ vào động Hua Mạ", status="forecast",
      period=Q4),
    F("đầu tư 14,5 tỷ đồng", "14,5", 14.5e9, "money", "đồng", "tổng mức đầu tư tuyến đường dạo bộ", status="forecast",
      period=Q4),
    F("đón 180.000 lượt khách", "180.000", 180000, "count", "lượt khách", "lượt khách đến huyện",
      status="target", period=Y24),
    F("chiếm 35%", "35", 35, "percent", "%", "khách lưu trú trong tổng lượt khách", status="target", period=Y24),
]

NOTES = [
    'revised after scoring: subjects of 118.600 and 180.000 "lượt khách đến huyện Ba Bể" -> "lượt khách đến huyện" (sentence says "huyện"; place goes to location).',
    "Báo Bắc Kạn điện tử, '(BBK) -' tag, 'Cập nhật: 15:40, Thứ Hai, 04/09/2023', headline figure without a period.",
    "Location: every figure is about huyện Ba Bể / Vườn quốc gia Ba Bể -> 'Ba Bể' (the district; the (BBK) tag implies Bắc Kạn).",
    "'Các điểm đón nhiều khách gồm: ...' follows no figure: the bracketed caves get no total (and do not add up to 62.450).",
    "'72 cơ sở lưu trú với 1.150 giường, trong đó 48 homestay': the whole that counts the same thing is 72, not 1.150.",
    "'trong đó khách lưu trú chiếm 35%' is a share of another whole: its own percent figure (target, continuing 'phấn đấu').",
    "Distractors: Quốc lộ 279, Quyết định số 1085/QĐ-UBND, 'năm thứ 2' (ordinal), 15:40, weekday.",
]

if __name__ == "__main__":
    write_set(8, TEXT, FIGS, NOTES, published="2023-09-04", location="Ba Bể")

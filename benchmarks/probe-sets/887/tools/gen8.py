"""p887-8: provincial newspaper online (Báo Tây Ninh, '(BTN) -' tag), headline figure: photo composition camp."""
from lib import F, P, I, C, T, write

TEXT = """
BÁO TÂY NINH ONLINE
Văn hóa - Văn nghệ

Gần 100 nhiếp ảnh gia dự trại sáng tác “Tây Ninh – Sắc màu biên cương”

Cập nhật ngày: 12/06/2024 - 16:05

(BTN) - Từ ngày 7 đến 10/6, Hội Văn học Nghệ thuật tỉnh phối hợp với Hội Nghệ sĩ Nhiếp ảnh Việt Nam tổ chức trại sáng tác ảnh nghệ thuật “Tây Ninh – Sắc màu biên cương” với sự tham gia của 96 nhiếp ảnh gia đến từ 21 tỉnh, thành phố, đông nhất là TP Hồ Chí Minh (18 người), Bình Dương (11 người) và Đồng Nai (9 người).

Trong 4 ngày, các trại viên đã đến sáng tác tại 12 điểm như Khu du lịch quốc gia núi Bà Đen, Tòa Thánh Tây Ninh, hồ Dầu Tiếng, cửa khẩu Mộc Bài (Quốc lộ 22), Vườn quốc gia Lò Gò – Xa Mát. Kết thúc trại, Ban tổ chức thu về 2.860 ảnh, chọn 150 ảnh để xét duyệt, trong đó 45 ảnh đạt chất lượng được in phóng để triển lãm, chiếm 30%.

Kinh phí tổ chức trại khoảng 420 triệu đồng, trong đó Hội Nghệ sĩ Nhiếp ảnh Việt Nam hỗ trợ 150 triệu đồng, phần còn lại từ ngân sách tỉnh và xã hội hóa. Mỗi trại viên được hỗ trợ tiền ăn ở 2 triệu đồng/người.

Theo Sở Văn hóa, Thể thao và Du lịch, 5 tháng đầu năm, Tây Ninh đón 2,75 triệu lượt khách, tăng 15,3% so với cùng kỳ; riêng núi Bà Đen đón 2,1 triệu lượt, chiếm 76,4%. Tổng thu từ du lịch ước đạt 1.850 tỷ đồng, đạt 48,7% kế hoạch năm.

Dự kiến trong tháng 9/2024, Hội Văn học Nghệ thuật tỉnh sẽ tổ chức triển lãm 60 tác phẩm tiêu biểu của trại và xuất bản 1.000 cuốn sách ảnh.

HOÀNG YẾN
"""

CAMP = P("Từ ngày 7 đến 10/6", "2024-06-07", "2024-06-10")
M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
SEP = P("tháng 9/2024", "2024-09-01", "2024-09-30")

FIGS = [
    F("Gần 100 nhiếp ảnh gia", "100", 100, "count", "nhiếp ảnh gia", "nhiếp ảnh gia dự trại sáng tác", approx="nearly"),
    F("của 96 nhiếp ảnh gia", "96", 96, "count", "nhiếp ảnh gia", "nhiếp ảnh gia tham gia trại sáng tác", CAMP),
    F("đến từ 21 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố có nhiếp ảnh gia tham gia", CAMP,
      location="Việt Nam"),
    F("(18 người)", "18", 18, "count", "người", "nhiếp ảnh gia tham gia trại sáng tác", CAMP, location="TP Hồ Chí Minh"),
    F("(11 người)", "11", 11, "count", "người", "nhiếp ảnh gia tham gia trại sáng tác", CAMP, location="Bình Dương"),
    F("(9 người)", "9", 9, "count", "người", "nhiếp ảnh gia tham gia trại sáng tác", CAMP, location="Đồng Nai"),
    F("tại 12 điểm", "12", 12, "count", "điểm", "điểm sáng tác"),
    F("thu về 2.860 ảnh", "2.860", 2860, "count", "ảnh", "ảnh thu về"),
    F("chọn 150 ảnh", "150", 150, "count", "ảnh", "ảnh chọn để xét duyệt"),
    F("trong đó 45 ảnh", "45", 45, "count", "ảnh", "ảnh đạt chất lượng được in phóng để triển lãm", total=150,
      percent=30),
    F("khoảng 420 triệu đồng", "420", 420e6, "money", "đồng", "kinh phí tổ chức trại", approx="about"),
    F("hỗ trợ 150 triệu đồng", "150", 150e6, "money", "đồng", "kinh phí Hội Nghệ sĩ Nhiếp ảnh Việt Nam hỗ trợ",
      total=420e6),
    F("ở 2 triệu đồng/người", "2", 2e6, "money", "đồng/người", "hỗ trợ tiền ăn ở cho trại viên"),
    F("đón 2,75 triệu lượt khách", "2,75", 2.75e6, "count", "lượt khách", "lượt khách du lịch", M5,
      change=C("increase", 15.3, "%", "cùng kỳ")),
    F("đón 2,1 triệu lượt", "2,1", 2.1e6, "count", "lượt", "lượt khách đến núi Bà Đen", M5, total=2.75e6,
      percent=76.4),
    F("đạt 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng", "tổng thu từ du lịch", I(M5), percent=48.7,
      status="estimate"),
    F("triển lãm 60 tác phẩm", "60", 60, "count", "tác phẩm", "tác phẩm tiêu biểu của trại triển lãm", SEP,
      status="forecast"),
    F("xuất bản 1.000 cuốn", "1.000", 1000, "count", "cuốn", "sách ảnh xuất bản", SEP, status="forecast"),
]

NOTES = [
    "Báo Tây Ninh online, '(BTN) -' tag, headline figure 'Gần 100 nhiếp ảnh gia', 'Cập nhật ngày: 12/06/2024 - 16:05'.",
    "The bracketed list of provinces with photographer counts shares the indicator; each province is the item's location;",
    "it is a top list, not a breakdown that adds up to 96 (no total).",
    "Not figures: 16:05, 'Trong 4 ngày' (the camp's duration locating the visits), Quốc lộ 22, dates 7-10/6.",
    "45 ảnh: part of 150 ảnh ('trong đó'), share 30%; 150 ảnh is not stated as part of 2.860 (no cue). 150 triệu: part of",
    "420 triệu. 'riêng núi Bà Đen … chiếm 76,4%' states a part of the 2,75 triệu visitors: total 2,75 triệu and share 76,4%;",
    "location stays Tây Ninh (núi Bà Đen is not a province or district). '5 tháng đầu năm' takes 2024 from the dateline.",
    "'đạt 48,7% kế hoạch năm' is the share of 1.850 tỷ (percent); 'ước đạt' → estimate. 'Dự kiến' covers both clauses.",
    "revised after the first run: 21 tỉnh, thành phố gets location Việt Nam (FIGURES.md: a count of provinces is national).",
]

write(8, TEXT, FIGS, NOTES, published="2024-06-12", location="Tây Ninh")

"""p892-8: provincial newspaper online (Báo Gia Lai, tag (GLO) -), headline figure, quý I/2025."""
from lib import F, P, I, C, write

TEXT = """Báo Gia Lai điện tử
Kinh tế > Nông nghiệp

Quý I, đàn gà thả vườn tăng hơn 12%

Cập nhật: 08/04/2025 15:40

(GLO) - Quý I/2025, đàn gà thả vườn trên địa bàn tỉnh ước đạt 3,45 triệu con, tăng hơn 12% so với cùng kỳ năm 2024; sản lượng thịt gà hơi xuất chuồng ước đạt 4.850 tấn, đạt 24,3% kế hoạch năm.

Theo Sở Nông nghiệp và Môi trường, các huyện có đàn gà thả vườn lớn là Chư Sê (520.000 con), Đak Đoa (465.000 con), Ia Grai (410.000 con) và Chư Păh (380.000 con). Mô hình nuôi gà thả vườn theo chuỗi hiện thu hút 214 hộ tham gia ở 9 huyện, thị xã.

Tại xã Ia Blang (huyện Chư Sê), Hợp tác xã Dịch vụ nông nghiệp Ia Blang liên kết với Công ty TNHH Chăn nuôi Tây Nguyên 68 nuôi gà thả vườn cho 46 hộ thành viên. Mỗi hộ nuôi 1.000-1.500 con/lứa, thời gian nuôi khoảng 100 ngày; công ty bao tiêu với giá 48.000 đồng/kg, thấp hơn giá bán lẻ nhưng ổn định. Bình quân mỗi lứa, một hộ lãi 15-20 triệu đồng.

Ông Ksor Tin, Giám đốc HTX cho biết: "Năm 2024, HTX xuất bán 62.000 con gà, doanh thu gần 6 tỷ đồng, gấp 1,5 lần năm 2023. Từ đầu năm nay, HTX đã kết nạp thêm 20 hộ".

Mục tiêu năm 2025, tỉnh phấn đấu tổng đàn gia cầm đạt 4,2 triệu con, trong đó gà thả vườn khoảng 3,6 triệu con. Dự báo giá gà thả vườn quý II dao động 50.000-55.000 đồng/kg do nhu cầu tăng dịp lễ 30/4 và mùa du lịch dọc Quốc lộ 14.

MINH NGUYỆT
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Quý I, đàn gà thả vườn tăng hơn 12%", "12", 12, "percent", "%", "tốc độ tăng đàn gà thả vườn",
      P("Quý I", "2025-01-01", "2025-03-31"), approx="over"),
    F("ước đạt 3,45 triệu con", "3,45", 3450000, "count", "con", "đàn gà thả vườn", Q1, status="estimate",
      change=C("increase", 12, "%", "cùng kỳ năm 2024", "over")),
    F("ước đạt 4.850 tấn", "4.850", 4850, "measure", "tấn", "sản lượng thịt gà hơi xuất chuồng", Q1,
      percent=24.3, status="estimate"),
    F("(520.000 con)", "520.000", 520000, "count", "con", "đàn gà thả vườn", I(Q1), location="Chư Sê"),
    F("(465.000 con)", "465.000", 465000, "count", "con", "đàn gà thả vườn", I(Q1), location="Đak Đoa"),
    F("(410.000 con)", "410.000", 410000, "count", "con", "đàn gà thả vườn", I(Q1), location="Ia Grai"),
    F("(380.000 con)", "380.000", 380000, "count", "con", "đàn gà thả vườn", I(Q1), location="Chư Păh"),
    F("thu hút 214 hộ", "214", 214, "count", "hộ", "hộ tham gia mô hình nuôi gà thả vườn theo chuỗi"),
    F("ở 9 huyện", "9", 9, "count", "huyện, thị xã", "huyện, thị xã có mô hình nuôi gà thả vườn theo chuỗi"),
    F("cho 46 hộ", "46", 46, "count", "hộ", "hộ thành viên nuôi gà thả vườn liên kết", location="Chư Sê"),
    F("1.000-1.500 con/lứa", "1.000", 1000, "measure", "con/lứa", "quy mô nuôi gà mỗi hộ", value_max=1500,
      location="Chư Sê"),
    F("khoảng 100 ngày", "100", 100, "measure", "ngày", "thời gian nuôi gà thả vườn", approx="about",
      location="Chư Sê"),
    F("giá 48.000 đồng/kg", "48.000", 48000, "money", "đồng/kg", "giá công ty bao tiêu gà", location="Chư Sê"),
    F("lãi 15-20 triệu đồng", "15", 15000000, "money", "đồng", "lãi bình quân mỗi lứa của một hộ",
      value_max=20000000, location="Chư Sê"),
    F("xuất bán 62.000 con", "62.000", 62000, "count", "con", "gà HTX xuất bán", Y24, location="Chư Sê"),
    F("gần 6 tỷ đồng", "6", 6000000000, "money", "đồng", "doanh thu của HTX", Y24, approx="nearly",
      change=C("increase", 1.5, "lần", "năm 2023"), location="Chư Sê"),
    F("thêm 20 hộ", "20", 20, "count", "hộ", "hộ được HTX kết nạp thêm", P("Từ đầu năm nay", "2025-01-01", "2025-04-08"),
      location="Chư Sê"),
    F("đạt 4,2 triệu con", "4,2", 4200000, "count", "con", "tổng đàn gia cầm", Y25, status="target"),
    F("khoảng 3,6 triệu con", "3,6", 3600000, "count", "con", "gà thả vườn", Y25, approx="about",
      total=4200000, status="target"),
    F("50.000-55.000", "50.000", 50000, "money", "đồng/kg", "giá gà thả vườn", P("quý II", "2025-04-01", "2025-06-30"),
      value_max=55000, status="forecast"),
]

NOTES = [
    "Báo Gia Lai điện tử (invented), tag '(GLO) -', 'Cập nhật: 08/04/2025 15:40': gà thả vườn quý I/2025.",
    "The headline's 'tăng hơn 12%' stands alone: a percent figure (year-less 'Quý I' -> 2025); in the body the same 12% follows",
    "3,45 triệu con and is its change. The province is only 'tỉnh' in the body, but the GLO tag and its districts imply Gia Lai.",
    "District list items take the district as location; the HTX figures take Chư Sê. 'gấp 1,5 lần năm 2023' after 'gần 6 tỷ đồng'",
    "is that figure's change (lần), not a multiple of its own. 'Từ đầu năm nay' = 2025-01-01 to the dateline. 'Dự báo' -> forecast.",
    "Distractors: 'Công ty TNHH Chăn nuôi Tây Nguyên 68', 'lễ 30/4', 'Quốc lộ 14', '15:40', 'Ksor Tin'.",
]

write(8, TEXT, FIGS, NOTES, published="2025-04-08", location="Gia Lai")

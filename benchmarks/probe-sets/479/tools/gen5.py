"""p479-5: Party newspaper (Báo Nghệ An), relief goods and money after floods in western Nghệ An; byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Hơn 120 tấn hàng cứu trợ đến với người dân vùng lũ miền Tây Nghệ An

(Baonghean) - Tính đến ngày 1/10/2024, Ủy ban MTTQ tỉnh Nghệ An đã tiếp nhận 14,7 tỷ đồng ủng hộ người dân bị thiệt hại do mưa lũ, gấp 2,3 lần cùng kỳ năm 2023.

Cùng với tiền mặt, các cơ quan, đơn vị, nhà hảo tâm đã chuyển đến 4 huyện Kỳ Sơn, Tương Dương, Con Cuông, Quế Phong hơn 120 tấn hàng hóa, gồm 68,4 tấn gạo, 2.850 thùng mì tôm, 9.600 bình nước uống và 1.150 bộ chăn màn.

Đợt mưa lũ từ ngày 22 đến 25/9 làm 2 người chết, 1 người mất tích; 57 nhà bị sập đổ hoàn toàn, 214 nhà bị hư hỏng nặng; nhiều đoạn Quốc lộ 7A và Quốc lộ 48 bị sạt lở. Tổng thiệt hại ước khoảng 185 tỷ đồng.

Theo mức hỗ trợ của tỉnh, hộ có nhà bị sập đổ hoàn toàn được hỗ trợ 40 triệu đồng/hộ, hộ có nhà bị hư hỏng nặng 15 triệu đồng/hộ. Đến nay, 1.326 hộ đã nhận hỗ trợ với tổng số tiền 6,85 tỷ đồng, đạt 46,6% số tiền tiếp nhận; trong đó Kỳ Sơn 482 hộ, Tương Dương 391 hộ, Con Cuông 268 hộ, Quế Phong 185 hộ.

Bà Nguyễn Thị Hoa, Phó Chủ tịch Ủy ban MTTQ tỉnh cho biết, dự kiến trong tháng 10, Ủy ban phân bổ tiếp khoảng 5 tỷ đồng để hỗ trợ các hộ làm lại nhà ở; đồng thời vận động xây dựng 30 nhà Đại đoàn kết cho các hộ mất nhà.

Mọi tấm lòng hảo tâm xin gửi về Ủy ban MTTQ tỉnh Nghệ An, số tài khoản 3761.0.1058462 tại Kho bạc Nhà nước Nghệ An.

THANH LÊ
02/10/2024 16:40
"""

ASOF = P("Tính đến ngày 1/10/2024", None, "2024-10-01")
LU = P("từ ngày 22 đến 25/9", "2024-09-22", "2024-09-25")
NAY = P("Đến nay", None, "2024-10-02")
T10 = P("trong tháng 10", "2024-10-01", "2024-10-31")
FIGS = [
    F("Hơn 120 tấn hàng cứu trợ", "120", 120, "measure", "tấn", "hàng cứu trợ", approx="over"),
    F("tiếp nhận 14,7 tỷ đồng", "14,7", 14.7e9, "money", "đồng",
      "tiền ủng hộ người dân bị thiệt hại do mưa lũ Ủy ban MTTQ tỉnh tiếp nhận", ASOF,
      change=CH("increase", 2.3, "lần", baseline="cùng kỳ năm 2023")),
    F("đến 4 huyện", "4", 4, "count", "huyện", "huyện nhận hàng hóa cứu trợ"),
    F("hơn 120 tấn hàng hóa", "120", 120, "measure", "tấn", "hàng hóa chuyển đến", approx="over"),
    F("68,4 tấn gạo", "68,4", 68.4, "measure", "tấn", "gạo", total=120),
    F("2.850 thùng", "2.850", 2850, "count", "thùng", "mì tôm"),
    F("9.600 bình", "9.600", 9600, "count", "bình", "nước uống"),
    F("1.150 bộ", "1.150", 1150, "count", "bộ", "chăn màn"),
    F("làm 2 người", "2", 2, "count", "người", "người chết", LU),
    F("1 người mất tích", "1", 1, "count", "người", "người mất tích", LU),
    F("57 nhà", "57", 57, "count", "nhà", "nhà bị sập đổ hoàn toàn", LU),
    F("214 nhà", "214", 214, "count", "nhà", "nhà bị hư hỏng nặng", LU),
    F("khoảng 185 tỷ đồng", "185", 185e9, "money", "đồng", "tổng thiệt hại", I(LU), approx="about", status="estimate"),
    F("hỗ trợ 40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", "mức hỗ trợ hộ có nhà bị sập đổ hoàn toàn"),
    F("nặng 15 triệu đồng/hộ", "15", 15e6, "money", "đồng/hộ", "mức hỗ trợ hộ có nhà bị hư hỏng nặng"),
    F("1.326 hộ", "1.326", 1326, "count", "hộ", "hộ đã nhận hỗ trợ", NAY),
    F("tiền 6,85 tỷ đồng", "6,85", 6.85e9, "money", "đồng", "tổng số tiền hỗ trợ", NAY, percent=46.6),
    F("Kỳ Sơn 482 hộ", "482", 482, "count", "hộ", "hộ đã nhận hỗ trợ", NAY, total=1326, location="Kỳ Sơn"),
    F("Tương Dương 391 hộ", "391", 391, "count", "hộ", "hộ đã nhận hỗ trợ", NAY, total=1326, location="Tương Dương"),
    F("Con Cuông 268 hộ", "268", 268, "count", "hộ", "hộ đã nhận hỗ trợ", NAY, total=1326, location="Con Cuông"),
    F("Quế Phong 185 hộ", "185", 185, "count", "hộ", "hộ đã nhận hỗ trợ", NAY, total=1326, location="Quế Phong"),
    F("khoảng 5 tỷ đồng", "5", 5e9, "money", "đồng", "kinh phí phân bổ tiếp hỗ trợ các hộ làm lại nhà ở", T10,
      approx="about", status="forecast"),
    F("30 nhà", "30", 30, "count", "nhà", "nhà Đại đoàn kết vận động xây dựng", T10, status="forecast"),
]

COMMENTS = [
    "Báo Nghệ An (invented): relief money and goods after the floods of 22-25/9/2024 in western Nghệ An; byline + date at the end.",
    "'gấp 2,3 lần cùng kỳ năm 2023' after the money figure is its change (lần), not a multiple figure (it does not stand alone).",
    "'hơn 120 tấn hàng hóa, gồm 68,4 tấn gạo, 2.850 thùng …': only the part in tấn takes total 120; thùng/bình/bộ count other units.",
    "'1.326 hộ … với tổng số tiền 6,85 tỷ đồng, đạt 46,6% …; trong đó Kỳ Sơn 482 hộ …': the whole of the district parts is 1.326 hộ",
    "(the same thing counted), not the 6,85 tỷ just before the cue. 'từ ngày 22 đến 25/9' is a date range (period), not a value range.",
    "'dự kiến' continues into 'đồng thời …' (forecast). Not figures: số tài khoản 3761.0.1058462, Quốc lộ 7A, Quốc lộ 48, 16:40.",
]

if __name__ == "__main__":
    emit("p479-5", TEXT, COMMENTS, FIGS, published="2024-10-02", location="Nghệ An")

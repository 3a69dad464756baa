"""p933-8: provincial newspaper online (Báo Bắc Giang, BGĐT) — over 42 thousand house plates in 6 months; streets named."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Xã hội > Đô thị

Bắc Giang: Gắn hơn 42 nghìn biển số nhà trong 6 tháng
Cập nhật lúc 09:20, Thứ Hai, 15/7/2024

(BGĐT) - 6 tháng đầu năm 2024, các địa phương trong tỉnh đã gắn 42.316 biển số nhà, tăng 23,5% so với cùng kỳ, đạt 58,7% kế hoạch năm.

Trong đó, TP. Bắc Giang gắn 15.208 biển, thị xã Việt Yên 9.645 biển, huyện Lạng Giang 6.012 biển; các huyện còn lại 11.451 biển. Việc gắn biển được thực hiện theo Quyết định số 1126/QĐ-UBND của UBND tỉnh, ưu tiên các tuyến dọc Quốc lộ 1A và Quốc lộ 31.

Cùng với đó, tỉnh đặt tên mới 87 tuyến đường, phố tại 6 đô thị, nâng tổng số tuyến có tên trên toàn tỉnh lên 1.034 tuyến. Kinh phí làm biển tên đường khoảng 1,9 tỷ đồng, bình quân 2,2 triệu đồng/biển.

Theo ông Thân Văn Hưng, Phó Giám đốc Sở Xây dựng, số hộ đã có biển số nhà chiếm khoảng 68% tổng số hộ tại đô thị; riêng TP. Bắc Giang đạt 91%. Mục tiêu đến hết năm 2025, tỷ lệ này đạt 100% ở các đô thị loại V trở lên.

Dự kiến 6 tháng cuối năm, tỉnh gắn thêm khoảng 30.000 biển số nhà và trình HĐND tỉnh đặt tên 54 tuyến đường tại thị xã Chũ và huyện Tân Yên. Để bảo đảm tiến độ, Sở Xây dựng đề nghị các địa phương bố trí đủ kinh phí, công khai sơ đồ đánh số nhà trên cổng thông tin điện tử cấp huyện.

Ông Hưng cho biết, trước đây nhiều hộ phải chờ 2-3 tháng mới được gắn biển; nay thời gian giải quyết rút xuống còn không quá 15 ngày làm việc.

Đức Minh
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("hơn 42 nghìn biển", "42", 42000, "count", "biển số nhà", "biển số nhà đã gắn",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("42.316 biển", "42.316", 42316, "count", "biển số nhà", "biển số nhà đã gắn", H1,
      percent=58.7, change=C("increase", 23.5, "%", "cùng kỳ")),
    F("15.208 biển", "15.208", 15208, "count", "biển", "biển số nhà đã gắn", I(H1), total=42316,
      location="Bắc Giang"),
    F("9.645 biển", "9.645", 9645, "count", "biển", "biển số nhà đã gắn", I(H1), total=42316, location="Việt Yên"),
    F("6.012 biển", "6.012", 6012, "count", "biển", "biển số nhà đã gắn", I(H1), total=42316, location="Lạng Giang"),
    F("11.451 biển", "11.451", 11451, "count", "biển", "biển số nhà đã gắn của các huyện còn lại", I(H1), total=42316),
    F("87 tuyến", "87", 87, "count", "tuyến đường, phố", "tuyến đường, phố được đặt tên mới", I(H1)),
    F("6 đô thị", "6", 6, "count", "đô thị", "đô thị có tuyến đường, phố được đặt tên mới", I(H1)),
    F("1.034 tuyến", "1.034", 1034, "count", "tuyến", "tổng số tuyến có tên trên toàn tỉnh", I(H1)),
    F("khoảng 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "kinh phí làm biển tên đường", I(H1), approx="about"),
    F("2,2 triệu đồng/biển", "2,2", 2.2e6, "money", "đồng/biển", "kinh phí bình quân mỗi biển tên đường", I(H1)),
    F("khoảng 68%", "68", 68, "percent", "%", "hộ đã có biển số nhà trong tổng số hộ tại đô thị", approx="about"),
    F("đạt 91%", "91", 91, "percent", "%", "hộ đã có biển số nhà trong tổng số hộ tại đô thị", location="Bắc Giang"),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ hộ đã có biển số nhà ở các đô thị loại V trở lên",
      P("đến hết năm 2025", end="2025-12-31"), status="target"),
    F("khoảng 30.000 biển", "30.000", 30000, "count", "biển số nhà", "biển số nhà gắn thêm",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="forecast"),
    F("54 tuyến", "54", 54, "count", "tuyến đường", "tuyến đường trình đặt tên",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), status="forecast"),
    F("chờ 2-3 tháng", "2", 2, "measure", "tháng", "thời gian chờ gắn biển số nhà trước đây", value_max=3),
    F("không quá 15 ngày", "15", 15, "measure", "ngày làm việc", "thời gian giải quyết gắn biển số nhà",
      approx="at_most"),
]

HEADER = [
    "Báo Bắc Giang online, tag (BGĐT), 'Cập nhật lúc 09:20, Thứ Hai, 15/7/2024', byline Đức Minh: 6-month house plates, naming.",
    "Headline 'hơn 42 nghìn' (year-less '6 tháng' -> 2024 from the dateline). 'Trong đó' parts (sum 42.316) get total 42316.",
    "TP. Bắc Giang (the city) shares its name with the province: location Bắc Giang. 'các huyện còn lại' -> province.",
    "Paragraph 'Cùng với đó' continues the 6-month period (inherited). 'Mục tiêu ... đạt 100%' -> target; 'Dự kiến' -> forecast.",
    "Waiting times are facts (measure): '2-3 tháng' range, 'không quá 15 ngày làm việc' at_most.",
    "Distractors: Quyết định số 1126/QĐ-UBND, Quốc lộ 1A, Quốc lộ 31, đô thị loại V, 09:20, Thứ Hai.",
]

write("p933-8", TEXT, HEADER, FIGS, published="2024-07-15", location="Bắc Giang")

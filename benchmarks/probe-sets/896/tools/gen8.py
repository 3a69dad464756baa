"""p896-8: Báo Tây Ninh online, first 2 months of 2025, encroachment handled, Bà Đen mountain vendors."""
from lib import F, P, I, C, T, build

TEXT = """Báo Tây Ninh Online > Thời sự > Đô thị
Thứ Sáu, 14/03/2025 - 07:42

Chấn chỉnh hơn 1.100 trường hợp buôn bán lấn chiếm lòng lề đường

(BTN) - Trong 2 tháng đầu năm 2025, lực lượng chức năng các huyện, thị xã, thành phố đã kiểm tra, xử lý 1.146 trường hợp buôn bán, lấn chiếm lòng lề đường, vỉa hè, tăng 35,2% so với cùng kỳ năm 2024. Trong số này có 784 trường hợp được nhắc nhở, cam kết khắc phục; 362 trường hợp bị lập biên bản xử phạt với tổng số tiền 517 triệu đồng.

Vi phạm tập trung trên các tuyến đường 30/4, Cách Mạng Tháng Tám (TP Tây Ninh) và Quốc lộ 22B đoạn qua thị xã Trảng Bàng. Riêng thị xã Trảng Bàng xử lý 203 trường hợp, chủ yếu là bày bán bánh tráng, trái cây ra sát mép đường.

Tại Khu du lịch quốc gia núi Bà Đen, dịp Tết Nguyên đán và Hội xuân núi Bà, Ban Quản lý đã bố trí 4 khu vực bán hàng với 386 ki-ốt, sắp xếp 352 hộ buôn bán nhỏ, hàng rong vào kinh doanh. Lượng khách tham quan trong 2 tháng ước đạt 1,35 triệu lượt, tăng 21% so với cùng kỳ.

Theo Ban Quản lý, giá thuê ki-ốt dao động từ 1,5 đến 4 triệu đồng/tháng; hộ bán hàng rong được miễn phí 3 tháng đầu.

Thời gian tới, UBND tỉnh đặt mục tiêu đến hết năm 2025 có ít nhất 30 tuyến đường kiểu mẫu về trật tự vỉa hè, hiện đã có 17 tuyến. TP Tây Ninh dự kiến xây dựng thêm 2 chợ đêm với tổng kinh phí khoảng 25 tỷ đồng, bố trí chỗ cho khoảng 500 hộ kinh doanh.

Đức Hiếu
"""

M2 = P("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
SUBJ = "trường hợp buôn bán, lấn chiếm lòng lề đường, vỉa hè"

FIGS = [
    F("hơn 1.100 trường hợp", "1.100", 1100, "count", "trường hợp",
      "trường hợp buôn bán lấn chiếm lòng lề đường được chấn chỉnh", approx="over"),
    F("xử lý 1.146 trường hợp", "1.146", 1146, "count", "trường hợp", SUBJ, M2,
      change=C("increase", 35.2, "%", "cùng kỳ năm 2024")),
    F("có 784 trường hợp", "784", 784, "count", "trường hợp",
      "trường hợp được nhắc nhở, cam kết khắc phục", I(M2), total=1146),
    F("362 trường hợp bị", "362", 362, "count", "trường hợp",
      "trường hợp bị lập biên bản xử phạt", I(M2), total=1146),
    F("số tiền 517 triệu đồng", "517", 517e6, "money", "đồng", "tổng số tiền xử phạt", I(M2)),
    F("xử lý 203 trường hợp", "203", 203, "count", "trường hợp",
      "trường hợp buôn bán lấn chiếm lòng lề đường bị xử lý", I(M2), location="Trảng Bàng"),
    F("bố trí 4 khu vực", "4", 4, "count", "khu vực", "khu vực bán hàng tại núi Bà Đen"),
    F("với 386 ki-ốt", "386", 386, "count", "ki-ốt", "ki-ốt tại khu vực bán hàng núi Bà Đen"),
    F("sắp xếp 352 hộ", "352", 352, "count", "hộ", "hộ buôn bán nhỏ, hàng rong được sắp xếp vào kinh doanh"),
    F("ước đạt 1,35 triệu lượt", "1,35", 1.35e6, "count", "lượt", "lượng khách tham quan núi Bà Đen",
      P("trong 2 tháng", "2025-01-01", "2025-02-28"), status="estimate",
      change=C("increase", 21, "%", "cùng kỳ")),
    F("từ 1,5 đến 4 triệu đồng/tháng", "1,5", 1.5e6, "money", "đồng/tháng", "giá thuê ki-ốt",
      value_max=4e6),
    F("miễn phí 3 tháng đầu", "3", 3, "measure", "tháng", "thời gian miễn phí cho hộ bán hàng rong",
      optional=True),
    F("ít nhất 30 tuyến đường", "30", 30, "count", "tuyến đường",
      "tuyến đường kiểu mẫu về trật tự vỉa hè", P("đến hết năm 2025", None, "2025-12-31"),
      approx="at_least", status="target"),
    F("đã có 17 tuyến", "17", 17, "count", "tuyến", "tuyến đường kiểu mẫu về trật tự vỉa hè hiện có"),
    F("thêm 2 chợ đêm", "2", 2, "count", "chợ đêm", "chợ đêm xây dựng thêm", status="forecast"),
    F("khoảng 25 tỷ đồng", "25", 25e9, "money", "đồng", "tổng kinh phí xây dựng chợ đêm",
      approx="about", status="forecast"),
    F("khoảng 500 hộ", "500", 500, "count", "hộ kinh doanh", "hộ kinh doanh được bố trí chỗ tại chợ đêm",
      approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Tây Ninh online (tag '(BTN) -'), dateline Thứ Sáu, 14/03/2025 - 07:42; headline figure 'hơn 1.100' (invented).",
    "Not figures: đường 30/4, Cách Mạng Tháng Tám, Quốc lộ 22B, the date and time, Tết Nguyên đán (an event, no period given).",
    "'Trong số này có 784 ...; 362 ...' -> parts of 1.146. 'Riêng thị xã Trảng Bàng xử lý 203' has no part-of cue: no total.",
    "'hiện đã có 17 tuyến' is the present count (own verb) inside a target sentence: actual, no period.",
    "'miễn phí 3 tháng đầu' (length of a fee waiver): optional. 'dự kiến' governs 2 chợ đêm, 25 tỷ and 500 hộ (forecast).",
    "Núi Bà Đen lies in TP Tây Ninh: location Tây Ninh (same name as the province).",
]

if __name__ == "__main__":
    build("p896-8", TEXT, FIGS, COMMENTS, published="2025-03-14", location="Tây Ninh")

from lib import *

TEXT = """UBND XÃ YÊN LẠC - HUYỆN NHƯ THANH - TỈNH THANH HÓA
Trang chủ > Tin tức > Kinh tế - Xã hội

Xã Yên Lạc: 7 Tổ tiết kiệm và vay vốn quản lý dư nợ gần 42 tỷ đồng

Ngày đăng: 05/03/2024 | Lượt xem: 317

Tính đến ngày 29/02/2024, trên địa bàn xã có 7 Tổ tiết kiệm và vay vốn (TK&VV) hoạt động tại 11 thôn, quản lý tổng dư nợ 41,8 tỷ đồng với 986 hộ vay. Trong đó, cho vay hộ nghèo 8,26 tỷ đồng; hộ cận nghèo 11,5 tỷ đồng; hộ mới thoát nghèo 6,74 tỷ đồng; giải quyết việc làm 9,3 tỷ đồng; nước sạch và vệ sinh môi trường nông thôn 4,1 tỷ đồng; các chương trình khác 1,9 tỷ đồng.

Năm 2023, toàn xã có 214 lượt hộ được vay vốn với số tiền 12,6 tỷ đồng, trong đó 58 lượt hộ nghèo vay 3,1 tỷ đồng. Nhờ nguồn vốn ưu đãi, 37 hộ đã thoát nghèo, tỷ lệ hộ nghèo của xã giảm từ 6,12% xuống còn 4,35%.

Các Tổ TK&VV duy trì tốt sinh hoạt định kỳ; tỷ lệ thu lãi đạt 99,6%, không có nợ quá hạn. Tổ TK&VV thôn Đồng Mới do bà Lê Thị Hoa làm tổ trưởng có 52 tổ viên, dư nợ 7,2 tỷ đồng, nhiều năm liền được Phòng Giao dịch NHCSXH huyện Như Thanh khen thưởng.

Phiên giao dịch của NHCSXH tại Điểm giao dịch xã được tổ chức vào ngày 14 hằng tháng tại trụ sở UBND xã (thôn Yên Thịnh, cạnh Quốc lộ 45), từ 7 giờ 30 đến 11 giờ.

Năm 2024, xã phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 3%, giải ngân khoảng 14 tỷ đồng cho các đối tượng chính sách.

Ban Biên tập
"""

A29 = P("Tính đến ngày 29/02/2024", None, "2024-02-29")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
B = 1e9
TOT = 41.8 * B

FIGS = [
    F("Yên Lạc: 7 Tổ", "7", 7, "count", "Tổ tiết kiệm và vay vốn", "Tổ tiết kiệm và vay vốn", I(A29)),
    F("gần 42 tỷ đồng", "42", 42 * B, "money", "đồng", "dư nợ do Tổ tiết kiệm và vay vốn quản lý", I(A29), approx="nearly"),
    F("có 7 Tổ", "7", 7, "count", "Tổ tiết kiệm và vay vốn", "Tổ tiết kiệm và vay vốn hoạt động", A29),
    F("tại 11 thôn", "11", 11, "count", "thôn", "thôn có Tổ tiết kiệm và vay vốn hoạt động", A29),
    F("dư nợ 41,8 tỷ đồng", "41,8", TOT, "money", "đồng", "tổng dư nợ", A29),
    F("với 986 hộ vay", "986", 986, "count", "hộ vay", "hộ vay", A29),
    F("nghèo 8,26 tỷ đồng", "8,26", 8.26 * B, "money", "đồng", "dư nợ cho vay hộ nghèo", I(A29), total=TOT),
    F("cận nghèo 11,5 tỷ đồng", "11,5", 11.5 * B, "money", "đồng", "dư nợ cho vay hộ cận nghèo", I(A29), total=TOT),
    F("thoát nghèo 6,74 tỷ đồng", "6,74", 6.74 * B, "money", "đồng", "dư nợ cho vay hộ mới thoát nghèo", I(A29), total=TOT),
    F("việc làm 9,3 tỷ đồng", "9,3", 9.3 * B, "money", "đồng", "dư nợ cho vay giải quyết việc làm", I(A29), total=TOT),
    F("nông thôn 4,1 tỷ đồng", "4,1", 4.1 * B, "money", "đồng",
      "dư nợ cho vay nước sạch và vệ sinh môi trường nông thôn", I(A29), total=TOT),
    F("khác 1,9 tỷ đồng", "1,9", 1.9 * B, "money", "đồng", "dư nợ các chương trình khác", I(A29), total=TOT),
    F("có 214 lượt hộ", "214", 214, "count", "lượt hộ", "lượt hộ được vay vốn", Y23),
    F("tiền 12,6 tỷ đồng", "12,6", 12.6 * B, "money", "đồng", "số tiền cho vay", Y23),
    F("đó 58 lượt hộ", "58", 58, "count", "lượt hộ nghèo", "lượt hộ nghèo được vay vốn", Y23, total=214),
    F("vay 3,1 tỷ đồng", "3,1", 3.1 * B, "money", "đồng", "số tiền cho hộ nghèo vay", Y23, total=12.6 * B),
    F("37 hộ", "37", 37, "count", "hộ", "hộ thoát nghèo", I(Y23)),
    F("từ 6,12%", "6,12", 6.12, "percent", "%", "tỷ lệ hộ nghèo của xã", I(Y23)),
    F("còn 4,35%", "4,35", 4.35, "percent", "%", "tỷ lệ hộ nghèo của xã", I(Y23)),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ thu lãi"),
    F("có 52 tổ viên", "52", 52, "count", "tổ viên", "tổ viên Tổ TK&VV thôn Đồng Mới"),
    F("dư nợ 7,2 tỷ đồng", "7,2", 7.2 * B, "money", "đồng", "dư nợ Tổ TK&VV thôn Đồng Mới"),
    F("dưới 3%", "3", 3, "percent", "%", "tỷ lệ hộ nghèo", Y24, approx="under", status="target"),
    F("khoảng 14 tỷ đồng", "14", 14 * B, "money", "đồng", "giải ngân cho các đối tượng chính sách", Y24,
      approx="about", status="target"),
]

COMMENTS = [
    "Commune portal (UBND xã Yên Lạc, huyện Như Thanh, Thanh Hóa): Tổ tiết kiệm và vay vốn, dư nợ by programme, 2023 results, 2024 targets.",
    "'Ngày đăng: 05/03/2024 | Lượt xem: 317' dateline and counter. Location = the district Như Thanh (a commune is below the level",
    "  FIGURES.md gives to location; the district is named in the header and in the text).",
    "Distractors: '29/02/2024', 'ngày 14 hằng tháng', 'Quốc lộ 45', times '7 giờ 30 đến 11 giờ', counter 317.",
    "The six programme amounts after 'Trong đó,' (a sentence break after the whole) are parts of the 41,8 tỷ (they add up to it);",
    "  '58 lượt hộ nghèo vay 3,1 tỷ đồng' after 'trong đó' are parts of 214 lượt hộ and 12,6 tỷ respectively.",
    "'giảm từ 6,12% xuống còn 4,35%' → two level figures, no change. Headline figures repeat the lead's and take its period (inherited).",
    "'phấn đấu' covers both 2024 figures (target).",
]

if __name__ == "__main__":
    emit("p567-8", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Như Thanh")

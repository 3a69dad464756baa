from decimal import Decimal as D
from lib import F, P, write
def ty(x): return int(D(str(x)) * 10**9)
def tr(x): return int(D(str(x)) * 10**6)

A = """Bảo Yên nâng cao chất lượng hoạt động Tổ tiết kiệm và vay vốn

Những năm qua, Tổ tiết kiệm và vay vốn (TK&VV) được xem là "cánh tay nối dài" đưa vốn ưu đãi của Ngân hàng Chính sách xã hội (NHCSXH) đến với người dân huyện Bảo Yên.

Hiện toàn huyện có 247 Tổ TK&VV với 9.812 tổ viên, mỗi tổ có từ 25 đến 60 tổ viên; các tổ đang quản lý dư nợ 586,3 tỷ đồng, chiếm 99,6% tổng dư nợ của Phòng giao dịch. Dư nợ của huyện hiện gấp 1,5 lần năm 2020.

Từ đầu năm đến nay, tiền gửi tiết kiệm qua tổ tăng 2,4 tỷ đồng, nâng số dư lên 31,7 tỷ đồng; bình quân mỗi tổ viên gửi 3,2 triệu đồng.

Kết quả chấm điểm năm 2023, có 231 tổ xếp loại tốt, tăng 18 tổ so với năm 2022; 13 tổ loại khá và ba tổ loại trung bình. Tỷ lệ tổ tốt đạt 93,5%, cao hơn mức bình quân toàn tỉnh (91,2%). Tỷ lệ nợ quá hạn giảm từ 0,12% năm 2020 xuống còn 0,04% hiện nay; chất lượng tín dụng của huyện đứng thứ 3/9 huyện, thị xã, thành phố trong tỉnh.

Bà Hoàng Thị Mai, Tổ trưởng Tổ TK&VV thôn 4, xã Xuân Hòa chia sẻ: tổ có 52 tổ viên, dư nợ 3,1 tỷ đồng, nhiều năm liền không có nợ quá hạn. Mỗi tháng, tổ họp vào ngày 20 tại nhà văn hóa thôn để thu lãi, thu tiết kiệm và bình xét cho vay công khai.

Năm 2024, Phòng giao dịch phấn đấu 100% tổ xếp loại khá, tốt trở lên; huy động tiết kiệm qua tổ tăng thêm khoảng 3 tỷ đồng; không để phát sinh nợ quá hạn mới tại 17 xã, thị trấn.

Hồng Ngọc
14/11/2024
"""

TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y20 = P("năm 2020", "2020-01-01", "2020-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("có 247 Tổ", "247", 247, "count", "Tổ TK&VV", "Tổ TK&VV"),
    F("với 9.812 tổ viên", "9.812", 9812, "count", "tổ viên", "tổ viên"),
    F("từ 25 đến 60 tổ viên", "25", 25, "count", "tổ viên", "tổ viên mỗi tổ", value_max=60),
    F("dư nợ 586,3 tỷ đồng", "586,3", ty(586.3), "money", "đồng", "dư nợ các tổ đang quản lý", percent=99.6),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "Dư nợ của huyện so với năm 2020"),
    F("số dư lên 31,7 tỷ đồng", "31,7", ty(31.7), "money", "đồng", "số dư tiền gửi tiết kiệm qua tổ",
      change={"direction": "increase", "value": ty(2.4), "unit": "đồng"}, period=TD),
    F("gửi 3,2 triệu đồng", "3,2", tr(3.2), "money", "đồng", "tiền gửi bình quân mỗi tổ viên", period=P("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")),
    F("có 231 tổ", "231", 231, "count", "tổ", "tổ xếp loại tốt",
      change={"direction": "increase", "value": 18, "unit": "tổ", "baseline": "năm 2022"}, period=Y23),
    F("13 tổ loại khá", "13", 13, "count", "tổ", "tổ loại khá", period=Y23),
    F("ba tổ loại trung bình", "ba", 3, "count", "tổ", "tổ loại trung bình", period=Y23),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", "Tỷ lệ tổ tốt", period=Y23_I),
    F("(91,2%)", "91,2", 91.2, "percent", "%", "tỷ lệ tổ tốt bình quân toàn tỉnh", period=Y23_I, location="Lào Cai"),
    F("từ 0,12% năm 2020", "0,12", 0.12, "percent", "%", "Tỷ lệ nợ quá hạn", period=Y20),
    F("còn 0,04% hiện nay", "0,04", 0.04, "percent", "%", "Tỷ lệ nợ quá hạn"),
    F("thứ 3/9", "3", 3, "rank", "hạng", "chất lượng tín dụng", total=9),
    F("có 52 tổ viên", "52", 52, "count", "tổ viên", "tổ viên Tổ TK&VV thôn 4, xã Xuân Hòa", optional=True),
    F("dư nợ 3,1 tỷ đồng", "3,1", ty(3.1), "money", "đồng", "dư nợ Tổ TK&VV thôn 4, xã Xuân Hòa", optional=True),
    F("phấn đấu 100% tổ", "100", 100, "percent", "%", "tổ xếp loại khá, tốt trở lên", status="target", period=Y24),
    F("khoảng 3 tỷ đồng", "3", ty(3), "money", "đồng", "huy động tiết kiệm qua tổ tăng thêm", approx="about", status="target", period=Y24),
    F("tại 17 xã", "17", 17, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
]
write(8, A, figs, [
    "District feature (Bảo Yên, Lào Cai) on savings-and-loan groups; no dateline at the top, byline and a bare date '14/11/2024' at the end.",
    "Location Bảo Yên; the bracketed provincial average '(91,2%)' after 'bình quân toàn tỉnh' is a figure of its own with location Lào Cai.",
    "'Hiện ...' states no period (no period in gold). 'Dư nợ ... gấp 1,5 lần năm 2020' has no base amount: a standalone multiple.",
    "'tăng 2,4 tỷ đồng, nâng số dư lên 31,7 tỷ đồng': the change stands before its figure. 'ba tổ' is a number word (3).",
    "231 / 13 / ba tổ (2023 ratings) have no cue to the 247 groups of today: no total. 'thứ 3/9 huyện, thị xã, thành phố': rank with total 9.",
    "'giảm từ 0,12% năm 2020 xuống còn 0,04%': two levels, two percent figures. One group's own figures (thôn 4) and '17 xã, thị trấn' are optional.",
    "Distractors: 'thôn 4' (name), 'ngày 20' (meeting day), the bare date at the end, 'năm 2020'/'năm 2022' as baselines.",
], published="2024-11-14", location="Bảo Yên")

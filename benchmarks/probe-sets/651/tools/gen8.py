"""p651-8: provincial newspaper (Báo Thanh Hóa), QTDND year 2023 review + Thanh Hóa microfinance institution."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thanh Hóa: Nợ xấu của hệ thống quỹ tín dụng nhân dân giảm còn 0,95%

LÊ HÒA 07:30, 15/01/2024

(Baothanhhoa.vn) - Ngày 12/1, Ngân hàng Nhà nước Chi nhánh tỉnh Thanh Hóa tổ chức hội nghị tổng kết hoạt động hệ thống quỹ tín dụng nhân dân năm 2023.

Năm 2023, toàn tỉnh có 49 QTDND hoạt động tại 22/26 huyện, thị xã, thành phố, đứng thứ 3 cả nước về số lượng quỹ. Tổng số thành viên đạt 97.650 người, tăng 3,1% so với năm 2022. Nguồn vốn huy động ước đạt 8.320,5 tỷ đồng, tăng 10,6%; dư nợ cho vay ước đạt 7.150 tỷ đồng, tăng 8,2% so với năm trước, trong đó cho vay ngắn hạn 4.480 tỷ đồng. Nợ xấu giảm còn 0,95% tổng dư nợ (năm 2022 là 1,37%).

Các quỹ có quy mô lớn như QTDND Hoằng Lộc, Quảng Thịnh, Thiệu Đô có dư nợ từ 350 đến 420 tỷ đồng mỗi quỹ.

Cùng với hệ thống QTDND, Tổ chức tài chính vi mô TNHH MTV Thanh Hóa hiện có 11 chi nhánh, dư nợ gần 640 tỷ đồng với hơn 32.000 khách hàng, trong đó khách hàng nữ chiếm trên 95%. Tổ chức này cho vay thông qua 2.150 nhóm phụ nữ tại các xã miền núi, tỷ lệ thu hồi nợ đạt 99,6%.

Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các quỹ bám sát Kế hoạch số 172/KH-UBND của UBND tỉnh. Năm 2024, ngành Ngân hàng tỉnh phấn đấu không còn quỹ yếu kém, nguồn vốn huy động của các QTDND tăng từ 10 đến 12%, nợ xấu dưới 1%.

Báo Thanh Hóa - 51 Hạc Thành, TP Thanh Hóa. ĐT: 0237.3852.424
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("giảm còn 0,95%\n", "0,95", 0.95, "percent", "%", "nợ xấu của hệ thống quỹ tín dụng nhân dân", I(Y23)),
    F("có 49 QTDND", "49", 49, "count", "QTDND", "QTDND hoạt động", Y23),
    F("tại 22/26 huyện", "22", 22, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có QTDND hoạt động", Y23, total=26),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "số lượng quỹ", Y23),
    F("đạt 97.650 người", "97.650", 97650, "count", "người", "tổng số thành viên", I(Y23),
      change=CH("increase", 3.1, "%", "năm 2022")),
    F("ước đạt 8.320,5 tỷ", "8.320,5", 8320.5e9, "money", "đồng", "nguồn vốn huy động", I(Y23),
      change=CH("increase", 10.6), status="estimate"),
    F("ước đạt 7.150 tỷ", "7.150", 7150e9, "money", "đồng", "dư nợ cho vay", I(Y23),
      change=CH("increase", 8.2, "%", "năm trước"), status="estimate"),
    F("hạn 4.480 tỷ đồng", "4.480", 4480e9, "money", "đồng", "cho vay ngắn hạn", I(Y23), total=7150e9, status="estimate"),
    F("còn 0,95% tổng", "0,95", 0.95, "percent", "%", "nợ xấu trên tổng dư nợ", I(Y23)),
    F("là 1,37%", "1,37", 1.37, "percent", "%", "nợ xấu trên tổng dư nợ", Y22),
    F("từ 350 đến 420 tỷ", "350", 350e9, "money", "đồng", "dư nợ mỗi quỹ có quy mô lớn", value_max=420e9),
    F("có 11 chi nhánh", "11", 11, "count", "chi nhánh", "chi nhánh Tổ chức tài chính vi mô TNHH MTV Thanh Hóa"),
    F("gần 640 tỷ đồng", "640", 640e9, "money", "đồng", "dư nợ Tổ chức tài chính vi mô TNHH MTV Thanh Hóa", approx="nearly"),
    F("hơn 32.000 khách hàng", "32.000", 32000, "count", "khách hàng", "khách hàng Tổ chức tài chính vi mô TNHH MTV Thanh Hóa", approx="over"),
    F("trên 95%", "95", 95, "percent", "%", "khách hàng nữ", approx="over"),
    F("2.150 nhóm", "2.150", 2150, "count", "nhóm phụ nữ", "nhóm phụ nữ được cho vay"),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ thu hồi nợ"),
    F("từ 10 đến 12%", "10", 10, "percent", "%", "nguồn vốn huy động của các QTDND tăng", Y24, value_max=12, status="target"),
    F("dưới 1%", "1", 1, "percent", "%", "nợ xấu", Y24, approx="under", status="target"),
]

COMMENTS = [
    "Provincial newspaper (Báo Thanh Hóa): byline + time + date 'LÊ HÒA 07:30, 15/01/2024', '(Baothanhhoa.vn) -' tag; year-2023 QTDND review.",
    "'ước đạt' makes both amounts estimates; the status continues into the 'trong đó' part (4.480 tỷ, total 7.150 tỷ).",
    "'đứng thứ 3 cả nước' is a rank of Thanh Hóa (location Thanh Hóa). '(năm 2022 là 1,37%)' has its own verb: actual, period 2022.",
    "'tăng 10,6%' has no baseline. The microfinance institution 'hiện có' figures get no period; 'khách hàng nữ chiếm trên 95%' is a percent figure.",
    "Distractors: 'Ngày 12/1', '07:30', 'Kế hoạch số 172/KH-UBND', '51 Hạc Thành', phone; fund names (communes) are not locations.",
]

if __name__ == "__main__":
    emit("p651-8", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Thanh Hóa")

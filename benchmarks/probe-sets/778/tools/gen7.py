"""p778-7: Sơn La Department of Industry and Trade site (no dateline) — market network, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH SƠN LA
Tin tức > Thương mại nội địa

Mạng lưới chợ phiên vùng cao trên địa bàn tỉnh Sơn La

Toàn tỉnh Sơn La hiện có 126 chợ, trong đó 74 chợ phiên họp định kỳ theo tuần hoặc theo ngày âm lịch. Năm 2023, tổng mức bán lẻ hàng hóa qua hệ thống chợ đạt khoảng 5.870 tỷ đồng, chiếm 23,4% tổng mức bán lẻ hàng hóa toàn tỉnh.

Bảng: Số chợ tại một số huyện vùng cao
Đơn vị tính: chợ
Huyện
Tổng số chợ
Chợ phiên
Kế hoạch xây mới năm 2024
Bắc Yên
9
7
1
Sốp Cộp
7
6
2
Mường La
12
8
1
Thuận Châu
15
10
0

Chợ phiên Bắc Yên là nơi đồng bào Mông, Dao ở các xã vùng cao về trao đổi hàng hóa, mỗi phiên có khoảng 1.200 lượt người. Chợ phiên Sốp Cộp họp vào các ngày mùng 3, 13, 23 âm lịch hằng tháng, thu hút cả thương nhân từ các bản biên giới của nước bạn Lào. Tỷ lệ hộ kinh doanh tại chợ phiên nộp phí đúng hạn đạt 92,6%.

Giai đoạn 2021-2023, tỉnh đã bố trí 38,6 tỷ đồng hỗ trợ xây mới, cải tạo 21 chợ vùng cao; mức hỗ trợ tối đa 2 tỷ đồng/chợ. Sơn La hiện xếp thứ 3 khu vực trung du và miền núi phía Bắc về số chợ phiên. Theo quy hoạch, đến năm 2030 toàn tỉnh có 148 chợ, tỷ lệ chợ phiên được kiên cố hóa đạt khoảng 60%.

Bản quyền thuộc Sở Công Thương tỉnh Sơn La
Địa chỉ: Số 2, đường Tô Hiệu, TP. Sơn La. Điện thoại: 0212.3852.468
Lượt truy cập: 1.204.337
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch xây mới năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")

ROWS = [("Bắc Yên", "9", "7", "1"), ("Sốp Cộp", "7", "6", "2"),
        ("Mường La", "12", "8", "1"), ("Thuận Châu", "15", "10", "0")]


def table():
    figs = []
    for name, a, b, c in ROWS:
        figs.append(F(f"{name}\n{a}\n", a, int(a), "count", "chợ", "Tổng số chợ", location=name))
        figs.append(F(f"{name}\n{a}\n{b}\n", b, int(b), "count", "chợ", "Chợ phiên", location=name))
        figs.append(F(f"{name}\n{a}\n{b}\n{c}\n", c, int(c), "count", "chợ", "Kế hoạch xây mới chợ",
                      K24, status="target", location=name))
    return figs


FIGS = [
    F("hiện có 126 chợ", "126", 126, "count", "chợ", "chợ"),
    F("trong đó 74 chợ phiên", "74", 74, "count", "chợ phiên", "chợ phiên họp định kỳ", total=126),
    F("khoảng 5.870 tỷ đồng", "5.870", 5870000000000, "money", "đồng",
      "tổng mức bán lẻ hàng hóa qua hệ thống chợ", Y23, approx="about", percent=23.4),
] + table() + [
    F("khoảng 1.200 lượt người", "1.200", 1200, "count", "lượt người",
      "lượt người mỗi phiên tại chợ phiên Bắc Yên", approx="about", location="Bắc Yên"),
    F("đạt 92,6%", "92,6", 92.6, "percent", "%", "tỷ lệ hộ kinh doanh tại chợ phiên nộp phí đúng hạn"),
    F("bố trí 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng",
      "kinh phí hỗ trợ xây mới, cải tạo chợ vùng cao", G),
    F("cải tạo 21 chợ", "21", 21, "count", "chợ", "chợ vùng cao được hỗ trợ xây mới, cải tạo", G),
    F("tối đa 2 tỷ đồng/chợ", "2", 2000000000, "money", "đồng/chợ", "mức hỗ trợ", G, approx="at_most"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "số chợ phiên"),
    F("có 148 chợ", "148", 148, "count", "chợ", "chợ theo quy hoạch", T30, status="target"),
    F("đạt khoảng 60%", "60", 60, "percent", "%", "tỷ lệ chợ phiên được kiên cố hóa", T30,
      approx="about", status="target"),
]

COMMENTS = [
    "Sở Công Thương Sơn La site, no dateline (footer has a visit counter): market network, one-cell-per-line table with 'Đơn vị tính: chợ'.",
    "Table cells: row label (district) → location; column label → subject; unit chợ from the Đơn vị tính line; every numeric cell a figure,",
    "the zero included. The 'Kế hoạch xây mới năm 2024' column gives status target and its period (scored, as shared h23's column periods).",
    "'chiếm 23,4%' after 5.870 tỷ is its percent. 'tối đa 2 tỷ đồng/chợ' is a rate (money, unit đồng/chợ, at_most) in the 2021-2023 sentence.",
    "'xếp thứ 3' is a rank of the province (location Sơn La); subject = the indicator 'số chợ phiên', not the ranking scope",
    "(revised after the first run: the scope 'khu vực trung du và miền núi phía Bắc' was dropped from the subject, as shared gold rank subjects never carry 'toàn quốc').",
    "'Theo quy hoạch, đến năm 2030 …' → target for 148 chợ and khoảng 60%.",
    "Distractors: market days 'mùng 3, 13, 23 âm lịch', address 'Số 2, đường Tô Hiệu', phone 0212.3852.468, 'Lượt truy cập: 1.204.337', 'Giai đoạn 2021-2023'.",
]

if __name__ == "__main__":
    emit("p778-7", TEXT, COMMENTS, FIGS, published=None, location="Sơn La")

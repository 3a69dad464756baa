"""p526-7: Sở Nội vụ Đà Nẵng department site, no dateline — summer campaign 2023 by district (one cell per line)."""
from lib import *

TEXT = """SỞ NỘI VỤ THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Công tác thanh niên | Văn bản

Kết quả Chiến dịch Thanh niên tình nguyện hè năm 2023

Năm 2023, Chiến dịch Thanh niên tình nguyện hè trên địa bàn thành phố thu hút 68.450 lượt đoàn viên, thanh niên tham gia; các quận, huyện và đơn vị trực thuộc thực hiện 186 công trình, phần việc thanh niên với tổng giá trị 24,7 tỷ đồng. Kết quả tại một số địa phương như sau:

Quận, huyện
Tình nguyện viên (lượt)
Công trình (công trình)
Giá trị (triệu đồng)
Hải Châu
9.820
21
3.150
Thanh Khê
8.640
18
2.470
Liên Chiểu
7.910
24
3.680
Sơn Trà
6.275
15
1.940
Hòa Vang
11.350
37
6.920

Số liệu trên chưa bao gồm hơn 12.600 lượt sinh viên tình nguyện của các trường đại học, cao đẳng trên địa bàn. Nổi bật, Huyện đoàn Hòa Vang đã xây dựng 3 cầu bê tông tại các thôn miền núi với tổng kinh phí 1,45 tỷ đồng. Trong chiến dịch, các cơ sở Đoàn còn tổ chức 11 đợt hiến máu, tiếp nhận 2.318 đơn vị máu.

Năm 2024, thành phố phấn đấu thu hút 72.000 lượt đoàn viên, thanh niên tham gia, thực hiện 200 công trình, phần việc thanh niên; mỗi quận, huyện có ít nhất 5 công trình thanh niên cấp quận, huyện.

Sở Nội vụ thành phố Đà Nẵng - Tầng 8, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3821.255
Số lượt truy cập: 2.184.509
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TAB = I(Y23)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Hải Châu", ("Hải Châu\n9.820", "9.820", 9820), ("9.820\n21\n", "21", 21), ("\n3.150\n", "3.150", 3150)),
    ("Thanh Khê", ("\n8.640\n", "8.640", 8640), ("\n18\n", "18", 18), ("\n2.470\n", "2.470", 2470)),
    ("Liên Chiểu", ("\n7.910\n", "7.910", 7910), ("\n24\n", "24", 24), ("\n3.680\n", "3.680", 3680)),
    ("Sơn Trà", ("\n6.275\n", "6.275", 6275), ("\n15\n", "15", 15), ("\n1.940\n", "1.940", 1940)),
    ("Hòa Vang", ("\n11.350\n", "11.350", 11350), ("\n37\n", "37", 37), ("\n6.920\n", "6.920", 6920)),
]

FIGS = [
    F("thu hút 68.450", "68.450", 68450, "count", "lượt đoàn viên, thanh niên", "lượt đoàn viên, thanh niên tham gia Chiến dịch Thanh niên tình nguyện hè", Y23),
    F("thực hiện 186", "186", 186, "count", "công trình", "công trình, phần việc thanh niên", Y23),
    F("24,7 tỷ đồng", "24,7", 24.7e9, "money", "đồng", "tổng giá trị công trình, phần việc thanh niên", Y23),
]
for place, a, b, c in ROWS:
    FIGS.append(F(a[0], a[1], a[2], "count", "lượt", "Tình nguyện viên", TAB, location=place))
    FIGS.append(F(b[0], b[1], b[2], "count", "công trình", "Công trình", TAB, location=place))
    FIGS.append(F(c[0], c[1], c[2] * 1e6, "money", "đồng", "Giá trị công trình", TAB, location=place))
FIGS += [
    F("hơn 12.600", "12.600", 12600, "count", "lượt sinh viên", "lượt sinh viên tình nguyện của các trường đại học, cao đẳng", TAB,
      approx="over"),
    F("xây dựng 3 cầu", "3", 3, "count", "cầu bê tông", "cầu bê tông Huyện đoàn Hòa Vang xây dựng", TAB, location="Hòa Vang"),
    F("kinh phí 1,45 tỷ đồng", "1,45", 1.45e9, "money", "đồng", "tổng kinh phí xây dựng cầu bê tông", TAB, location="Hòa Vang"),
    F("tổ chức 11 đợt", "11", 11, "count", "đợt hiến máu", "đợt hiến máu", TAB),
    F("tiếp nhận 2.318", "2.318", 2318, "count", "đơn vị máu", "đơn vị máu tiếp nhận", TAB),
    F("thu hút 72.000", "72.000", 72000, "count", "lượt đoàn viên, thanh niên", "lượt đoàn viên, thanh niên tham gia", Y24, status="target"),
    F("thực hiện 200", "200", 200, "count", "công trình", "công trình, phần việc thanh niên", Y24, status="target"),
    F("ít nhất 5 công trình", "5", 5, "count", "công trình", "công trình thanh niên cấp quận, huyện mỗi quận, huyện", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Sở Nội vụ Đà Nẵng department site, no dateline (published absent): summer campaign 2023 results, one-cell-per-line table by district.",
    "Table: header cells one per line with units in brackets ('(lượt)', '(công trình)', '(triệu đồng)' -> ×10^6 đồng). Row labels are",
    "districts -> location; subject = column label. Period from the lead 'Năm 2023' (inherited, unscored). Rows are 'một số địa phương',",
    "so the table cells get no total. Distractors: 'Tầng 8', '24 Trần Phú, quận Hải Châu', phone, 'Số lượt truy cập: 2.184.509'.",
]

emit("p526-7", TEXT, COMMENTS, FIGS, location="Đà Nẵng")

"""p839-7: Sở Xây dựng Đồng Nai department site (no dateline), cemetery survey with a one-cell-per-line table."""
from lib import F, P, I, C, T, build

TEXT = """SỞ XÂY DỰNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Rà soát hiện trạng nghĩa trang, cơ sở hỏa táng trên địa bàn tỉnh

Thực hiện Kế hoạch số 58/KH-SXD, Sở Xây dựng đã phối hợp với UBND các huyện, thành phố rà soát hiện trạng nghĩa trang. Kết quả, tính đến ngày 30/6/2023, toàn tỉnh có 412 nghĩa trang với tổng diện tích khoảng 1.035 ha, trong đó 38 nghĩa trang đã hết khả năng tiếp nhận. Số liệu tại 4 địa phương có nhiều nghĩa trang nhất như sau:

Địa phương
Số nghĩa trang
Diện tích (ha)
Tỷ lệ lấp đầy (%)
Biên Hòa
46
187,3
92
Long Thành
58
142,6
71
Trảng Bom
63
128,4
66
Nhơn Trạch
35
96,8
84
Cộng
202
555,1
79,2

Về hỏa táng, tỉnh hiện có 3 cơ sở hỏa táng với 11 lò, tổng công suất khoảng 90 ca/ngày. Năm 2022, các cơ sở thực hiện 9.864 ca, tỷ lệ hỏa táng toàn tỉnh đạt 41,5%; riêng thành phố Biên Hòa trên 65%.

Theo Quy hoạch tỉnh thời kỳ 2021-2030, Đồng Nai sẽ đầu tư 5 nghĩa trang tập trung cấp vùng với tổng diện tích 420 ha, đồng thời dự kiến xây mới 2 cơ sở hỏa táng tại Long Khánh và Xuân Lộc.

Sở Xây dựng đề nghị các địa phương không cấp phép xây dựng nghĩa trang mới trong phạm vi 500 m tính từ ranh giới khu dân cư tập trung.

SỞ XÂY DỰNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa, tỉnh Đồng Nai
Điện thoại: 0251.3822.376 - Fax: 0251.3823.472
Tổng lượt truy cập: 1.204.377 | Đang trực tuyến: 37
"""

AS = P("tính đến ngày 30/6/2023", None, "2023-06-30")
ASi = I(AS)
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
PLAN = P("thời kỳ 2021-2030", "2021-01-01", "2030-12-31")

FIGS = [
    F("có 412 nghĩa trang", "412", 412, "count", "nghĩa trang", "nghĩa trang", AS),
    F("khoảng 1.035 ha", "1.035", 1035, "measure", "ha", "tổng diện tích nghĩa trang", AS, approx="about"),
    F("trong đó 38 nghĩa trang", "38", 38, "count", "nghĩa trang", "nghĩa trang đã hết khả năng tiếp nhận", AS,
      total=412),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương có nhiều nghĩa trang nhất", optional=True),
]
rows = [("Biên Hòa", "46", 46, "187,3", 187.3, "92", 92),
        ("Long Thành", "58", 58, "142,6", 142.6, "71", 71),
        ("Trảng Bom", "63", 63, "128,4", 128.4, "66", 66),
        ("Nhơn Trạch", "35", 35, "96,8", 96.8, "84", 84),
        ("Cộng", "202", 202, "555,1", 555.1, "79,2", 79.2)]
for label, n_s, n, a_s, a, r_s, r in rows:
    loc = {} if label == "Cộng" else {"location": label}
    suf = " cộng 4 địa phương" if label == "Cộng" else ""
    FIGS.append(F(f"{label}\n{n_s}\n", n_s, n, "count", "nghĩa trang", "số nghĩa trang" + suf, ASi, **loc))
    FIGS.append(F(f"\n{n_s}\n{a_s}\n", a_s, a, "measure", "ha", "diện tích nghĩa trang" + suf, ASi, **loc))
    FIGS.append(F(f"\n{a_s}\n{r_s}\n", r_s, r, "percent", "%", "tỷ lệ lấp đầy nghĩa trang" + suf, ASi, **loc))
FIGS += [
    F("có 3 cơ sở", "3", 3, "count", "cơ sở hỏa táng", "cơ sở hỏa táng"),
    F("với 11 lò", "11", 11, "count", "lò", "lò hỏa táng"),
    F("khoảng 90 ca/ngày", "90", 90, "measure", "ca/ngày", "tổng công suất hỏa táng", approx="about"),
    F("thực hiện 9.864 ca", "9.864", 9864, "count", "ca", "ca hỏa táng các cơ sở thực hiện", Y22),
    F("đạt 41,5%", "41,5", 41.5, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", Y22),
    F("trên 65%", "65", 65, "percent", "%", "tỷ lệ hỏa táng", Y22, approx="over", location="Biên Hòa"),
    F("đầu tư 5 nghĩa trang", "5", 5, "count", "nghĩa trang", "nghĩa trang tập trung cấp vùng", PLAN, status="target"),
    F("diện tích 420 ha", "420", 420, "measure", "ha", "tổng diện tích nghĩa trang tập trung cấp vùng", PLAN,
      status="target"),
    F("xây mới 2 cơ sở", "2", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng xây mới", PLAN, status="forecast"),
    F("phạm vi 500 m", "500", 500, "measure", "m", "khoảng cách không cấp phép nghĩa trang mới tính từ khu dân cư",
      optional=True),
]

build("p839-7", TEXT, FIGS, published=None, location="Đồng Nai", comments=[
    "Sở Xây dựng Đồng Nai (department site, no dateline): cemetery survey as of 30/6/2023 with a one-cell-per-line table; cremation 2022; plan 2021-2030.",
    "Table cells: place labels → location, subject = column label, period inherited from the sentence above; 'Cộng' row is its own figure, no totals on cells.",
    "'9.864 ca, tỷ lệ hỏa táng toàn tỉnh đạt 41,5%': the rate is named with its own subject, a figure of its own (not a share of the 9.864 ca).",
    "'4 địa phương' (a table caption) and 'phạm vi 500 m' (a distance norm) are optional.",
    "Distractors: Kế hoạch số 58/KH-SXD, Số 2 Nguyễn Văn Trị, phone and fax, Tổng lượt truy cập 1.204.377, Đang trực tuyến 37.",
])

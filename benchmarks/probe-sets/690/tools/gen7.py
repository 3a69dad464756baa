"""p690-7: department site (Sở Công Thương Đồng Nai), no dateline — Biên Hòa pottery, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy

Phát triển nghề gốm Biên Hòa gắn với di dời cơ sở sản xuất

Nghề gốm Biên Hòa có lịch sử hơn 300 năm, nổi tiếng với dòng men xanh đồng trổ bông. Năm 2023, giá trị sản xuất ngành gốm sứ toàn tỉnh đạt 1.640,2 tỷ đồng; kim ngạch xuất khẩu đạt 96 triệu USD, trong đó gốm mỹ nghệ 41 triệu USD.

Thực hiện chủ trương di dời cơ sở gốm gây ô nhiễm ra khỏi khu dân cư, số cơ sở sản xuất gốm trên địa bàn tỉnh giảm dần qua các năm:

Bảng 1. Số cơ sở sản xuất gốm phân theo địa phương
Đơn vị tính: cơ sở
Địa phương
Năm 2021
Năm 2022
Năm 2023
TP. Biên Hòa
82
64
51
Huyện Vĩnh Cửu
17
21
24
Huyện Trảng Bom
9
12
15
Tổng cộng
108
97
90

Cụm công nghiệp gốm sứ Tân Hạnh (TP. Biên Hòa) rộng 49,6 ha, tổng vốn đầu tư hạ tầng khoảng 320 tỷ đồng, tỷ lệ lấp đầy đạt 72,5%; tính đến tháng 6/2024 đã có 31 cơ sở gốm từ phường Tân Vạn di dời vào sản xuất. Trường Cao đẳng Mỹ thuật Trang trí Đồng Nai (tiền thân là Trường Mỹ nghệ Biên Hòa thành lập năm 1903) mỗi năm đào tạo khoảng 150 học viên ngành gốm.

Bản quyền thuộc Sở Công Thương tỉnh Đồng Nai
Địa chỉ: số 2 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa. ĐT: 0251.3822.395
Tổng số lượt truy cập: 2.483.116
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YS = {y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31") for y in (2021, 2022, 2023)}
BH = "Biên Hòa"
T = "Số cơ sở sản xuất gốm"


def row(place, subj, cells):
    out = []
    for (a, n), y in zip(cells, (2021, 2022, 2023)):
        out.append(F(a, n, int(n), "count", "cơ sở", f"{subj} năm {y}", YS[y], location=place))
    return out


FIGS = [
    F("hơn 300 năm", "300", 300, "measure", "năm", "lịch sử nghề gốm Biên Hòa", approx="over", location=BH,
      optional=True),
    F("đạt 1.640,2 tỷ", "1.640,2", 1640200000000, "money", "đồng", "giá trị sản xuất ngành gốm sứ toàn tỉnh", Y23),
    F("đạt 96 triệu", "96", 96000000, "money", "USD", "kim ngạch xuất khẩu gốm sứ", Y23),
    F("mỹ nghệ 41 triệu", "41", 41000000, "money", "USD", "kim ngạch xuất khẩu gốm mỹ nghệ", Y23, total=96000000),
]
FIGS += row(BH, T, [("Hòa\n82\n", "82"), ("82\n64\n", "64"), ("64\n51\n", "51")])
FIGS += row("Vĩnh Cửu", T, [("Cửu\n17\n", "17"), ("17\n21\n", "21"), ("21\n24\n", "24")])
FIGS += row("Trảng Bom", T, [("Bom\n9\n", "9"), ("9\n12\n", "12"), ("12\n15\n", "15")])
FIGS += row("Đồng Nai", T + " tổng cộng", [("cộng\n108\n", "108"), ("108\n97\n", "97"), ("97\n90\n", "90")])
FIGS += [
    F("rộng 49,6 ha", "49,6", 49.6, "measure", "ha", "diện tích cụm công nghiệp gốm sứ Tân Hạnh", location=BH),
    F("khoảng 320 tỷ", "320", 320000000000, "money", "đồng", "tổng vốn đầu tư hạ tầng cụm công nghiệp gốm sứ Tân Hạnh",
      approx="about", location=BH),
    F("đạt 72,5%", "72,5", 72.5, "percent", "%", "tỷ lệ lấp đầy cụm công nghiệp gốm sứ Tân Hạnh", location=BH),
    F("có 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở gốm di dời vào cụm công nghiệp Tân Hạnh",
      P("tính đến tháng 6/2024", end="2024-06-30"), location=BH),
    F("khoảng 150 học viên", "150", 150, "count", "học viên", "học viên ngành gốm được đào tạo mỗi năm", approx="about"),
]

COMMENTS = [
    "Department site (invented, Sở Công Thương Đồng Nai): Biên Hòa pottery; no dateline, visit counter in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: cơ sở': rows are places (-> location; 'Tổng cộng' -> Đồng Nai), columns years",
    "(-> period, scored). Subject = table indicator + column (+ 'tổng cộng'). No total attribute for table cells (no cue in the spec).",
    "'hơn 300 năm' (history) optional. Tân Hạnh cluster sentence names TP. Biên Hòa -> Biên Hòa.",
    "Distractors: 'Bảng 1', 'năm 1903', 'số 2 Nguyễn Văn Trị', phone 0251.3822.395, 'Tổng số lượt truy cập: 2.483.116'.",
]

emit("p690-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")

from lib import F, P, I, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ THỌ
Chi cục Kiểm lâm > Tin hoạt động

Kết quả sản xuất giống cây lâm nghiệp năm 2023 và kế hoạch năm 2024

Năm 2023, toàn tỉnh có 47 cơ sở sản xuất, kinh doanh giống cây lâm nghiệp, trong đó 12 cơ sở đã được công nhận nguồn giống. Tổng số cây giống xuất vườn đạt 31,8 triệu cây, bằng khoảng 85% nhu cầu cây giống trồng rừng của tỉnh; trong đó giống keo lai nuôi cấy mô chiếm 62%. Sản lượng tại một số huyện trọng điểm như sau:

Bảng: Cây giống lâm nghiệp xuất vườn tại một số huyện
Đơn vị tính: nghìn cây
Huyện
Năm 2022
Năm 2023
Kế hoạch năm 2024
Thanh Sơn
6.850
7.420
8.000
Yên Lập
5.130
5.960
6.500
Tân Sơn
4.275
4.810
5.200
Đoan Hùng
3.940
4.115
4.500

Giá cây giống keo mô bình quân từ 1.200 đến 1.500 đồng/cây, cao hơn 400 đồng/cây so với cây giống giâm hom.

Năm 2024, ngành lâm nghiệp tỉnh phấn đấu tỷ lệ sử dụng giống chất lượng cao trong trồng rừng đạt trên 90%; 100% cây giống xuất vườn có nguồn gốc rõ ràng. Chi cục đề nghị các cơ sở thực hiện đúng Thông tư số 22/2021/TT-BNNPTNT về giống cây trồng lâm nghiệp.

Mọi ý kiến xin gửi về: Chi cục Kiểm lâm Phú Thọ, số 1468 đại lộ Hùng Vương, TP Việt Trì. Điện thoại: 0210.3846.295.
Lượt truy cập: 1.284.566
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022", None),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", None),
        (P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "kế hoạch năm 2024", "target")]
SUBJ = "cây giống lâm nghiệp xuất vườn"


def row(district, cells):
    out = []
    prev = district
    for number, (per, col, st) in zip(cells, COLS):
        anchor = f"{prev}\n{number}"
        v = float(number.replace(".", "")) * 1000
        kw = {"status": st} if st else {}
        out.append(F(anchor, number, v, "count", "cây", f"{SUBJ} {col}", per, location=district, **kw))
        prev = number
    return out


FIGS = [
    F("có 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở sản xuất, kinh doanh giống cây lâm nghiệp", Y23),
    F("12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở được công nhận nguồn giống", Y23, total=47),
    F("đạt 31,8 triệu cây", "31,8", 31.8e6, "count", "cây", "cây giống xuất vườn", I(Y23), percent=85),
    F("chiếm 62%", "62", 62, "percent", "%", "tỷ lệ giống keo lai nuôi cấy mô trong cây giống xuất vườn", I(Y23)),
]
FIGS += row("Thanh Sơn", ["6.850", "7.420", "8.000"])
FIGS += row("Yên Lập", ["5.130", "5.960", "6.500"])
FIGS += row("Tân Sơn", ["4.275", "4.810", "5.200"])
FIGS += row("Đoan Hùng", ["3.940", "4.115", "4.500"])
FIGS += [
    F("từ 1.200 đến 1.500 đồng/cây", "1.200", 1200, "money", "đồng/cây", "giá cây giống keo mô bình quân", value_max=1500,
      change=CH("increase", 400, "đồng/cây", "cây giống giâm hom")),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ sử dụng giống chất lượng cao trong trồng rừng", Y24,
      approx="over", status="target"),
    F("100% cây giống", "100", 100, "percent", "%", "cây giống xuất vườn có nguồn gốc rõ ràng", Y24, status="target"),
]

COMMENTS = [
    "Phú Thọ Sở NN&PTNT / Chi cục Kiểm lâm page, no dateline: forest seedling production 2023, plan 2024.",
    "One-cell-per-line table with 'Đơn vị tính: nghìn cây': each cell x10^3, count of 'cây'; district row labels -> location;",
    "periods from the column headers (scored); 'Kế hoạch năm 2024' -> target. 'bằng khoảng 85%' is the percent of 31,8 triệu cây;",
    "'trong đó ... chiếm 62%' has no number of its own: a percent figure. '100% cây giống' continues the 'phấn đấu' clause: target.",
    "Distractors: Thông tư số 22/2021/TT-BNNPTNT, số 1468 đại lộ Hùng Vương, phone, 'Lượt truy cập: 1.284.566'.",
]

emit("p542-7", TEXT, COMMENTS, FIGS, location="Phú Thọ")

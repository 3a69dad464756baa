"""p753-3: formal report (UBND tỉnh Hà Tĩnh), livelihood / poverty-reduction models 9 months 2024, flattened | table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Hà Tĩnh, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Dự án đa dạng hóa sinh kế, phát triển mô hình giảm nghèo 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
9 tháng năm 2024, toàn tỉnh triển khai 58 dự án, mô hình giảm nghèo với tổng kinh phí 42.316,5 triệu đồng, đạt 71,4% kế hoạch vốn năm; trong đó lĩnh vực thủy sản có 17 mô hình (nuôi ếch 9, nuôi cá nước ngọt 6, nuôi lươn 2) với 529 hộ tham gia.

2. Kết quả mô hình thủy sản (Bảng 1)
TT | Huyện, thị xã | Số mô hình | Số hộ tham gia | Kinh phí hỗ trợ (triệu đồng) | Sản lượng (tấn)
1 | Hương Khê | 5 | 148 | 2.960 | 86,4
2 | Vũ Quang | 4 | 126 | 2.315,5 | 61,2
3 | Hương Sơn | 3 | 97 | 1.870 | 44,8
4 | Kỳ Anh | 3 | 88 | 1.654 | 39,5
5 | Cẩm Xuyên | 2 | 70 | 1.180 | 28,1
 | Tổng cộng | 17 | 529 | 9.979,5 | 260

3. Hiệu quả
Thu nhập bình quân của hộ nuôi ếch đạt 4,5-6 triệu đồng/tháng, cao hơn 1,8 lần so với trước khi tham gia mô hình. Ước đến 31/12/2024 có 214 hộ thoát nghèo, chiếm 40,5% số hộ tham gia.

II. NHIỆM VỤ QUÝ IV/2024
Đẩy nhanh giải ngân vốn còn lại; dự kiến hỗ trợ thêm 6 mô hình nuôi ếch cho 180 hộ tại huyện Đức Thọ và Can Lộc.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T = inh(M9)
Q4 = inh(per("QUÝ IV/2024", "2024-10-01", "2024-12-31"))
COLS = {
    "m": ("count", "mô hình", "số mô hình", 1),
    "h": ("count", "hộ", "số hộ tham gia", 1),
    "k": ("money", "đồng", "kinh phí hỗ trợ", 1_000_000),
    "s": ("measure", "tấn", "sản lượng", 1),
}


def row(place, cells, subj_extra=""):
    out = []
    for key, (anchor, number, v) in zip("mhks", cells):
        kind, unit, subj, mult = COLS[key]
        out.append(fig(anchor, number, v * mult, kind, unit, subj + subj_extra, T, location=place))
    return out


FIGS = [
    fig("triển khai 58 dự án", "58", 58, "count", "dự án, mô hình", "dự án, mô hình giảm nghèo", M9),
    fig("kinh phí 42.316,5 triệu đồng", "42.316,5", 42_316_500_000, "money", "đồng",
        "tổng kinh phí dự án, mô hình giảm nghèo", M9, percent=71.4),
    fig("có 17 mô hình", "17", 17, "count", "mô hình", "mô hình lĩnh vực thủy sản", M9, total=58),
    fig("nuôi ếch 9,", "9", 9, "count", "mô hình", "mô hình nuôi ếch", M9, total=17),
    fig("nước ngọt 6,", "6", 6, "count", "mô hình", "mô hình nuôi cá nước ngọt", M9, total=17),
    fig("nuôi lươn 2)", "2", 2, "count", "mô hình", "mô hình nuôi lươn", M9, total=17),
    fig("với 529 hộ", "529", 529, "count", "hộ", "hộ tham gia mô hình thủy sản", M9),
]
FIGS += row("Hương Khê", [("Hương Khê | 5", "5", 5), ("| 148 |", "148", 148), ("| 2.960 |", "2.960", 2960),
                          ("| 86,4", "86,4", 86.4)])
FIGS += row("Vũ Quang", [("Vũ Quang | 4", "4", 4), ("| 126 |", "126", 126), ("| 2.315,5 |", "2.315,5", 2315.5),
                         ("| 61,2", "61,2", 61.2)])
FIGS += row("Hương Sơn", [("Hương Sơn | 3", "3", 3), ("| 97 |", "97", 97), ("| 1.870 |", "1.870", 1870),
                          ("| 44,8", "44,8", 44.8)])
FIGS += row("Kỳ Anh", [("Kỳ Anh | 3", "3", 3), ("| 88 |", "88", 88), ("| 1.654 |", "1.654", 1654),
                       ("| 39,5", "39,5", 39.5)])
FIGS += row("Cẩm Xuyên", [("Cẩm Xuyên | 2", "2", 2), ("| 70 |", "70", 70), ("| 1.180 |", "1.180", 1180),
                          ("| 28,1", "28,1", 28.1)])
FIGS += row("Hà Tĩnh", [("Tổng cộng | 17", "17", 17), ("| 529 |", "529", 529), ("| 9.979,5 |", "9.979,5", 9979.5),
                        ("| 260", "260", 260)], " tổng cộng")
FIGS += [
    fig("đạt 4,5-6 triệu đồng/tháng", "4,5", 4_500_000, "money", "đồng/tháng", "thu nhập bình quân của hộ nuôi ếch",
        value_max=6_000_000, change=chg("increase", 1.8, "lần", "trước khi tham gia mô hình")),
    fig("có 214 hộ", "214", 214, "count", "hộ", "hộ thoát nghèo", per("đến 31/12/2024", end="2024-12-31"),
        percent=40.5, status="estimate"),
    fig("thêm 6 mô hình", "6", 6, "count", "mô hình", "mô hình nuôi ếch hỗ trợ thêm", Q4, status="forecast"),
    fig("cho 180 hộ", "180", 180, "count", "hộ", "hộ được hỗ trợ mô hình nuôi ếch", Q4, status="forecast"),
]

NOTES = [
    "UBND tỉnh Hà Tĩnh, Báo cáo số 287/BC-UBND (05/10/2024): livelihood/poverty models 9 months 2024; flattened '|' table",
    "by district (Số mô hình | Số hộ tham gia | Kinh phí hỗ trợ (triệu đồng) | Sản lượng (tấn)). Column units apply to the cells;",
    "row numbers 1-5, section numbers I./1./2./II., 'Bảng 1', 'Số: 287/BC-UBND' and the date line are not figures.",
    "Table period comes from the title '9 tháng năm 2024' (inherited, unscored). District rows -> location; the",
    "'Tổng cộng' row is the province. Table cells carry no total (no cue). 9+6+2 = 17 (bracket adds up) and 17 is",
    "'trong đó' of the 58 models. 'Ước đến 31/12/2024' -> estimate, as-of; 'dự kiến' -> forecast, quarter from heading.",
    "'180 hộ tại huyện Đức Thọ và Can Lộc' spans two districts: location kept at the province.",
    "revised after the first run: table-cell subjects are now the column label (+ row label 'tổng cộng' on the total row), as",
    "FIGURES.md defines table subjects; they had carried the title's 'mô hình thủy sản' too.",
]

if __name__ == "__main__":
    write("p753-3", TEXT, NOTES, FIGS, published="2024-10-05", location="Hà Tĩnh")

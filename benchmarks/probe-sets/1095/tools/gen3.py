"""p1095-3: formal report under a letterhead (Sở Công Thương Thái Bình), H1/2023, flattened | table."""
from lib import M, change, fig, inherit, period, write

TEXT = """UBND TỈNH THÁI BÌNH
SỞ CÔNG THƯƠNG
Số: 285/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 12 tháng 7 năm 2023

BÁO CÁO
Tình hình sản xuất, xuất khẩu ngành da giày 6 tháng đầu năm 2023

Thực hiện Công văn số 1120/UBND-CTXD ngày 26/6/2023 của UBND tỉnh, Sở Công Thương báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Tính đến 30/6/2023, toàn tỉnh có 21 doanh nghiệp sản xuất giày dép, túi xách đang hoạt động, sử dụng 41.850 lao động. Sản lượng giày dép 6 tháng đầu năm 2023 ước đạt 27,4 triệu đôi, giảm 8,7% so với cùng kỳ, bằng 44,2% kế hoạch năm. Sản lượng giày dép theo địa bàn:

Đơn vị tính: triệu đôi
Địa bàn | 6 tháng 2022 | 6 tháng 2023 | Kế hoạch năm 2023
Thái Thụy | 11,2 | 10,1 | 23,0
Tiền Hải | 8,5 | 7,9 | 17,5
Quỳnh Phụ | 6,3 | 5,6 | 12,8
Hưng Hà | 4,0 | 3,8 | 8,7
Tổng cộng | 30,0 | 27,4 | 62,0

2. Xuất khẩu
Kim ngạch xuất khẩu giày dép, túi xách 6 tháng ước đạt 312,6 triệu USD, giảm 11,3% so với cùng kỳ; trong đó giày dép 270,1 triệu USD, túi xách 42,5 triệu USD. Nguyên nhân chủ yếu do đơn hàng từ thị trường Hoa Kỳ và EU giảm khoảng 20-25%.

II. KHÓ KHĂN, VƯỚNG MẮC
Có 4 doanh nghiệp phải cắt giảm giờ làm, khoảng 3.100 lao động bị giãn việc; 1 doanh nghiệp tạm dừng hoạt động.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu sản lượng giày dép cả năm đạt 62 triệu đôi, kim ngạch xuất khẩu đạt 700 triệu USD; hướng dẫn doanh nghiệp tiếp cận ưu đãi theo Nghị định số 57/2018/NĐ-CP.
"""

NOTES = [
    "Báo cáo Sở Công Thương Thái Bình số 285/BC-SCT ngày 12/7/2023: sản xuất, xuất khẩu da giày 6 tháng đầu năm 2023, flattened '|' table by district.",
    "Table: 'Đơn vị tính: triệu đôi'; district rows give location, 'Tổng cộng' row is Thái Bình; periods from column headers (scored);",
    "'Kế hoạch năm 2023' column = status target; the '6 tháng 2023' column has no 'ước' in its header: actual. Table cells get no totals.",
    "revised after the first run: table-cell subjects now carry the column label too (FIGURES.md: 'Its subject is the row label and the column label'; cf. shared gold h23/h24).",
    "'bằng 44,2% kế hoạch năm' is the percent of 27,4 triệu đôi. Year-less '6 tháng', 'cả năm' take 2023.",
    "Parts after 'trong đó' share the estimate of 312,6 triệu USD (same clause chain) and take it as total.",
    "Not figures: Số: 285/BC-SCT, Công văn số 1120/UBND-CTXD ngày 26/6/2023, Nghị định số 57/2018/NĐ-CP, section numbers I.-III., 1.-2., the date line.",
]

PAS = period("Tính đến 30/6/2023", None, "2023-06-30")
P6 = period("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
P6x = period("6 tháng", "2023-01-01", "2023-06-30")
C22 = period("6 tháng 2022", "2022-01-01", "2022-06-30")
C23 = period("6 tháng 2023", "2023-01-01", "2023-06-30")
CKH = period("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
PY = period("cả năm", "2023-01-01", "2023-12-31")


def row(place, cells, loc, label=None):
    out = []
    subj = "sản lượng giày dép" if label is None else label
    anchors = [f"{place} | {cells[0]} |", f"| {cells[0]} | {cells[1]} |", f"| {cells[1]} | {cells[2]}\n"]
    for i, (c, per) in enumerate(zip(cells, (C22, C23, CKH))):
        kw = {"status": "target"} if i == 2 else {}
        s = subj + (" 6 tháng 2022", " 6 tháng 2023", " kế hoạch năm 2023")[i]  # row label + column label (FIGURES.md, Tables)
        out.append(fig(anchors[i], c, "count", "đôi", M, subject=s, period=per, location=loc, **kw))
    return out


FIGS = [
    fig("có 21 doanh nghiệp", "21", "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép, túi xách đang hoạt động", period=PAS),
    fig("sử dụng 41.850 lao động", "41.850", "count", "lao động",
        subject="lao động của doanh nghiệp giày dép, túi xách", period=PAS),
    fig("ước đạt 27,4 triệu đôi", "27,4", "count", "đôi", M, percent=44.2, status="estimate",
        change=change("decrease", 8.7, baseline="cùng kỳ"), subject="sản lượng giày dép", period=P6),
]
FIGS += row("Thái Thụy", ("11,2", "10,1", "23,0"), "Thái Thụy")
FIGS += row("Tiền Hải", ("8,5", "7,9", "17,5"), "Tiền Hải")
FIGS += row("Quỳnh Phụ", ("6,3", "5,6", "12,8"), "Quỳnh Phụ")
FIGS += row("Hưng Hà", ("4,0", "3,8", "8,7"), "Hưng Hà")
FIGS += row("Tổng cộng", ("30,0", "27,4", "62,0"), "Thái Bình", label="tổng sản lượng giày dép")
FIGS += [
    fig("ước đạt 312,6 triệu USD", "312,6", "money", "USD", M, status="estimate",
        change=change("decrease", 11.3, baseline="cùng kỳ"),
        subject="kim ngạch xuất khẩu giày dép, túi xách", period=P6x),
    fig("giày dép 270,1 triệu USD", "270,1", "money", "USD", M, total=312600000, status="estimate",
        subject="kim ngạch xuất khẩu giày dép", period=P6x),
    fig("túi xách 42,5 triệu USD", "42,5", "money", "USD", M, total=312600000, status="estimate",
        subject="kim ngạch xuất khẩu túi xách", period=P6x),
    fig("giảm khoảng 20-25%", "20", "percent", "%", vmax="25", approx="about",
        subject="đơn hàng từ thị trường Hoa Kỳ và EU giảm", period=inherit(P6)),
    fig("Có 4 doanh nghiệp", "4", "count", "doanh nghiệp", subject="doanh nghiệp phải cắt giảm giờ làm"),
    fig("khoảng 3.100 lao động", "3.100", "count", "lao động", approx="about",
        subject="lao động bị giãn việc"),
    fig("; 1 doanh nghiệp", "1", "count", "doanh nghiệp", subject="doanh nghiệp tạm dừng hoạt động"),
    fig("đạt 62 triệu đôi", "62", "count", "đôi", M, status="target",
        subject="sản lượng giày dép", period=PY),
    fig("đạt 700 triệu USD", "700", "money", "USD", M, status="target",
        subject="kim ngạch xuất khẩu", period=PY),
]

write("p1095-3", TEXT, NOTES, FIGS, published="2023-07-12", location="Thái Bình")

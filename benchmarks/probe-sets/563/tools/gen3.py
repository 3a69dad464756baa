from lib import emit, fig, per, inh, chg, tgt

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 25 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ học sinh bán trú, nội trú 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kinh phí hỗ trợ
9 tháng năm 2024, toàn tỉnh đã giải ngân 186,4 tỷ đồng kinh phí hỗ trợ học sinh theo Nghị định số 116/2016/NĐ-CP, đạt 71,2% dự toán năm, tăng 8,3% so với cùng kỳ năm 2023. Trong đó, hỗ trợ tiền ăn 152,7 tỷ đồng, hỗ trợ nhà ở 33,7 tỷ đồng. Đã cấp 2.847 tấn gạo cho 35.120 học sinh.

Bảng 1. Học sinh hưởng chính sách theo đơn vị (số liệu đến 30/9/2024)
Đơn vị | Số trường (trường) | Học sinh bán trú (em) | Học sinh nội trú (em) | Kinh phí 9 tháng (triệu đồng)
Mường Nhé | 24 | 5.312 | 398 | 27.845
Điện Biên Đông | 31 | 6.087 | 412 | 31.206
Tủa Chùa | 22 | 4.958 | 376 | 24.519
Nậm Pồ | 35 | 7.214 | 405 | 36.770
Các đơn vị còn lại | 61 | 11.969 | 1.506 | 66.060
Toàn tỉnh | 173 | 35.540 | 3.097 | 186.400

2. Đội ngũ giáo viên
Tính đến ngày 30/9/2024, các trường PTDTNT, PTDTBT có 4.876 giáo viên, trong đó 3.112 giáo viên là người dân tộc thiểu số, chiếm 63,8%.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Dự kiến trong quý IV/2024 cấp phát thêm khoảng 1.050 tấn gạo, giải ngân 75,3 tỷ đồng; hoàn thành sửa chữa 46 phòng ở bán trú.

Nơi nhận:
- Bộ GD&ĐT;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("số liệu đến 30/9/2024", end="2024-09-30")
COL9 = per("Kinh phí 9 tháng", "2024-01-01", "2024-09-30")
TD = per("Tính đến ngày 30/9/2024", end="2024-09-30")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [
    ("Mường Nhé", "Mường Nhé", ["24", "5.312", "398", "27.845"]),
    ("Điện Biên Đông", "Điện Biên Đông", ["31", "6.087", "412", "31.206"]),
    ("Tủa Chùa", "Tủa Chùa", ["22", "4.958", "376", "24.519"]),
    ("Nậm Pồ", "Nậm Pồ", ["35", "7.214", "405", "36.770"]),
    ("Các đơn vị còn lại", "Điện Biên", ["61", "11.969", "1.506", "66.060"]),
    ("Toàn tỉnh", "Điện Biên", ["173", "35.540", "3.097", "186.400"]),
]


def num(s):
    return float(s.replace(".", ""))


def table_figs():
    out = []
    for label, loc, cells in ROWS:
        extra = " các đơn vị còn lại" if label.startswith("Các") else ""
        a, b, c, d = cells
        out.append(fig(f"{label} | {a} |", a, num(a), "count", "trường",
                       subject="Số trường" + extra, period=inh(ASOF), location=loc))
        out.append(fig(f"| {a} | {b} |", b, num(b), "count", "em",
                       subject="Học sinh bán trú" + extra, period=inh(ASOF), location=loc))
        out.append(fig(f"| {b} | {c} |", c, num(c), "count", "em",
                       subject="Học sinh nội trú" + extra, period=inh(ASOF), location=loc))
        out.append(fig(f"| {c} | {d}\n", d, num(d) * 1e6, "money", "đồng",
                       subject="Kinh phí 9 tháng" + extra, period=COL9, location=loc))
    return out


FIGS = [
    fig("giải ngân 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", percent=71.2,
        change=chg("increase", 8.3, baseline="cùng kỳ năm 2023"),
        subject="kinh phí hỗ trợ học sinh theo Nghị định số 116/2016/NĐ-CP đã giải ngân", period=M9),
    fig("tiền ăn 152,7 tỷ đồng", "152,7", 152.7e9, "money", "đồng", total=186.4e9,
        subject="hỗ trợ tiền ăn", period=inh(M9)),
    fig("nhà ở 33,7 tỷ đồng", "33,7", 33.7e9, "money", "đồng", total=186.4e9,
        subject="hỗ trợ nhà ở", period=inh(M9)),
    fig("cấp 2.847 tấn gạo", "2.847", 2847, "measure", "tấn",
        subject="gạo đã cấp", period=inh(M9)),
    fig("cho 35.120 học sinh", "35.120", 35120, "count", "học sinh",
        subject="học sinh được cấp gạo", period=inh(M9)),
] + table_figs() + [
    fig("có 4.876 giáo viên", "4.876", 4876, "count", "giáo viên",
        subject="giáo viên các trường PTDTNT, PTDTBT", period=TD),
    fig("3.112 giáo viên", "3.112", 3112, "count", "giáo viên", total=4876, percent=63.8,
        subject="giáo viên là người dân tộc thiểu số", period=TD),
    fig("khoảng 1.050 tấn", "1.050", 1050, "measure", "tấn", approx="about", status="forecast",
        subject="gạo cấp phát thêm", period=Q4),
    fig("giải ngân 75,3 tỷ đồng", "75,3", 75.3e9, "money", "đồng", status="forecast",
        subject="kinh phí giải ngân", period=Q4),
    fig("sửa chữa 46 phòng", "46", 46, "count", "phòng ở bán trú", status="forecast",
        subject="phòng ở bán trú hoàn thành sửa chữa", period=Q4),
]

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Điện Biên, Số: 412/BC-UBND, place-and-date line): boarding support, 9 months of 2024.",
    "Flattened '|' table, units in column headers ((trường), (em), (triệu đồng)); every numeric cell is a figure; district rows -> location;",
    "'Các đơn vị còn lại' and 'Toàn tỉnh' rows -> the province. Count columns: as-of date from the table title (inherited, unscored);",
    "the money column's period comes from its header 'Kinh phí 9 tháng' (scored, 2024-01-01..2024-09-30). No totals on table rows (no cue).",
    "Not figures: Số: 412/BC-UBND (the table cell 412 is a figure), Nghị định số 116/2016/NĐ-CP, Bảng 1, section numbers I./II./1./2.",
    "'đạt 71,2% dự toán năm' is the share of 186,4 tỷ; parts after 'Trong đó' take it as total. Section II: 'Dự kiến' -> forecast.",
]

if __name__ == "__main__":
    emit("p563-3", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Điện Biên")

"""p746-3: UBND tỉnh Kiên Giang formal report — khóm 9 months 2024, flattened '|' table by district, processing, Q4 tasks."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """UBND TỈNH KIÊN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Kiên Giang, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất, chế biến khóm 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Tính đến ngày 30/9/2024, diện tích khóm toàn tỉnh đạt 9.864 ha, bằng 102,8% kế hoạch năm (kế hoạch 9.600 ha), tăng 326 ha so với cùng kỳ. Sản lượng 9 tháng ước đạt 168.420 tấn, bằng 76,5% kế hoạch năm; giá trị sản xuất ước đạt 1.348,6 tỷ đồng.

Bảng 1. Diện tích, sản lượng khóm 9 tháng năm 2024 theo huyện
Huyện | Diện tích (ha) | Sản lượng (tấn) | Năng suất (tấn/ha)
Châu Thành | 5.912 | 104.650 | 17,7
Giồng Riềng | 1.845 | 29.310 | 15,9
Gò Quao | 1.236 | 18.720 | 15,1
Các huyện khác | 871 | 15.740 | 18,1

2. Chế biến, tiêu thụ
Toàn tỉnh có 3 doanh nghiệp chế biến khóm đóng hộp, nước ép cô đặc với tổng công suất thiết kế 60.000 tấn sản phẩm/năm. Trong 9 tháng, các doanh nghiệp thu mua 52.300 tấn khóm nguyên liệu, chiếm 31,1% sản lượng; sản xuất 21.450 tấn sản phẩm (trong đó khóm đóng hộp 14.200 tấn, nước ép cô đặc 7.250 tấn). Kim ngạch xuất khẩu ước đạt 18,6 triệu USD, tăng 9,3% so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu quý IV thu hoạch thêm 52.000 tấn, nâng sản lượng cả năm lên 220.000 tấn; hỗ trợ cấp thêm 5 mã số vùng trồng theo Quyết định số 2035/QĐ-UBND ngày 15/12/2023.

Nơi nhận:
- Bộ NN&PTNT;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT.
"""

M9 = per("9 tháng", "2024-01-01", "2024-09-30")
TAB = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q4 = per("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("đạt 9.864 ha", "9.864", 9864, "measure", "ha", "diện tích khóm",
        per("Tính đến ngày 30/9/2024", None, "2024-09-30"), percent=102.8, target=tgt(9600, "ha", True),
        change=chg("increase", 326, "ha", "cùng kỳ")),
    fig("ước đạt 168.420 tấn", "168.420", 168420, "measure", "tấn", "sản lượng khóm", M9,
        percent=76.5, status="estimate"),
    fig("ước đạt 1.348,6 tỷ đồng", "1.348,6", 1348600000000, "money", "đồng", "giá trị sản xuất khóm", M9,
        status="estimate"),
]
ROWS = [("Châu Thành", "5.912", "104.650", "17,7", "Châu Thành", ""),
        ("Giồng Riềng", "1.845", "29.310", "15,9", "Giồng Riềng", ""),
        ("Gò Quao", "1.236", "18.720", "15,1", "Gò Quao", ""),
        ("Các huyện khác", "871", "15.740", "18,1", None, " các huyện khác")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, a, b, c, loc, extra in ROWS:
    kw = {"location": loc} if loc else {}
    FIGS.append(fig(f"{label} | {a}", a, num(a), "measure", "ha", "diện tích khóm" + extra, TAB, **kw))
    FIGS.append(fig(f"{a} | {b}", b, num(b), "measure", "tấn", "sản lượng khóm" + extra, TAB, **kw))
    FIGS.append(fig(f"{b} | {c}", c, num(c), "measure", "tấn/ha", "năng suất khóm" + extra, TAB, **kw))

FIGS += [
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chế biến khóm đóng hộp, nước ép cô đặc"),
    fig("60.000 tấn sản phẩm/năm", "60.000", 60000, "measure", "tấn/năm", "tổng công suất thiết kế"),
    fig("thu mua 52.300 tấn", "52.300", 52300, "measure", "tấn", "khóm nguyên liệu các doanh nghiệp thu mua", M9,
        percent=31.1),
    fig("sản xuất 21.450 tấn", "21.450", 21450, "measure", "tấn", "sản phẩm các doanh nghiệp sản xuất", M9),
    fig("đóng hộp 14.200 tấn", "14.200", 14200, "measure", "tấn", "khóm đóng hộp", M9, total=21450),
    fig("cô đặc 7.250 tấn", "7.250", 7250, "measure", "tấn", "nước ép cô đặc", M9, total=21450),
    fig("ước đạt 18,6 triệu USD", "18,6", 18600000, "money", "USD", "kim ngạch xuất khẩu", inh(M9),
        change=chg("increase", 9.3, "%", "cùng kỳ"), status="estimate"),
    fig("thêm 52.000 tấn", "52.000", 52000, "measure", "tấn", "sản lượng khóm thu hoạch thêm", Q4, status="target"),
    fig("lên 220.000 tấn", "220.000", 220000, "measure", "tấn", "sản lượng khóm cả năm",
        per("cả năm", "2024-01-01", "2024-12-31", inherited=True), status="target"),
    fig("thêm 5 mã số", "5", 5, "count", "mã số vùng trồng", "mã số vùng trồng cấp thêm", Q4, status="target"),
]

COMMENTS = [
    "UBND tỉnh Kiên Giang formal report (letterhead, Số: 287/BC-UBND, place-and-date line): khóm 9 months 2024, flattened '|' table",
    "(Huyện | Diện tích (ha) | Sản lượng (tấn) | Năng suất (tấn/ha)), processing and exports, Q4 tasks.",
    "'bằng 102,8% kế hoạch năm (kế hoạch 9.600 ha)': percent 102.8 and target 9600 on the 9.864 ha figure; the plan is no figure of its own.",
    "Table: no Ước/Kế hoạch column, so cells are actual; the period comes from the table title (inherited, unscored); district row labels",
    "go to location, 'Các huyện khác' stays at the province and keeps its label in the subject; rows carry no total (none stated).",
    "Bracketed breakdown after 21.450 tấn adds up (14.200 + 7.250): total 21450. 'cả năm' target: period inherited (not in the spec table).",
    "revised after the first run: unit of 60.000 tấn sản phẩm/năm 'tấn sản phẩm/năm' → 'tấn/năm' (spec: shortest noun phrase; the same",
    "gold gives 'tấn' for '21.450 tấn sản phẩm'); subject unchanged.",
    "Distractors: Số: 287/BC-UBND, Quyết định số 2035/QĐ-UBND ngày 15/12/2023, section numbers I./II./1./2., 'Bảng 1', 'quý IV/2024' heading.",
]

if __name__ == "__main__":
    emit("p746-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Kiên Giang")

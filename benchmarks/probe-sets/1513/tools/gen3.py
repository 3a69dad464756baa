"""p1513-3: formal report (UBND tỉnh Long An, Số: 45/BC-UBND): pots and pans 2024, flattened '|' table by product."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH LONG AN
Số: 45/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, nhập khẩu nồi, chảo bằng kim loại năm 2024 và kế hoạch năm 2025

Thực hiện Công văn số 2817/BCT-CN ngày 05/12/2024 của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Trên địa bàn tỉnh có 14 doanh nghiệp sản xuất nồi, chảo, trong đó 9 doanh nghiệp tại huyện Đức Hòa và 3 doanh nghiệp tại huyện Bến Lức. Sản lượng năm 2024 ước đạt 9,19 triệu chiếc, tăng 10,6% so với năm 2023.

Bảng: Sản lượng nồi, chảo theo chủng loại
Đơn vị tính: nghìn chiếc
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Nồi inox | 4.260 | 4.815 | 113,0 | 5.200
Chảo chống dính | 3.180 | 3.472 | 109,2 | 3.800
Nồi áp suất | 870 | 905 | 104,0 | 1.000
Tổng cộng | 8.310 | 9.192 | 110,6 | 10.000

2. Nhập khẩu
Năm 2024, các doanh nghiệp nhập khẩu 1,26 triệu sản phẩm nồi, chảo thành phẩm, trị giá khoảng 9,4 triệu USD, chủ yếu từ Trung Quốc (chiếm 71%) và Hàn Quốc; nhập khẩu 23.500 tấn thép không gỉ, nhôm tấm làm nguyên liệu.

3. Quản lý chất lượng
Qua kiểm tra 46 cơ sở kinh doanh, lực lượng quản lý thị trường phát hiện 8 cơ sở vi phạm, tạm giữ 2.140 sản phẩm nồi, chảo không rõ nguồn gốc, xử phạt 86,5 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 sản lượng nồi, chảo toàn tỉnh đạt 10 triệu chiếc, tăng khoảng 8,8% so với năm 2024; thu hút ít nhất 2 dự án sản xuất đồ gia dụng với tổng vốn đăng ký khoảng 50 triệu USD.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24C = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": ("sản lượng", Y23, {}),
        "ước thực hiện 2024": ("sản lượng", Y24C, {"status": "estimate"}),
        "so với cùng kỳ": (None, None, {}),
        "kế hoạch 2025": ("sản lượng", K25, {"status": "target"})}


def cell(anchor, number, row, col):
    head, period, kw = COLS[col]
    if head is None:
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"{row} so với cùng kỳ", **kw)
    v = float(number.replace(".", "")) * 1e3
    return fig(anchor, number, v, "count", "chiếc", subject=f"{head} {row} {col}", period=period, **kw)


ROWS = [("nồi inox", "Nồi inox | ", ["4.260", "4.815", "113,0", "5.200"]),
        ("chảo chống dính", "Chảo chống dính | ", ["3.180", "3.472", "109,2", "3.800"]),
        ("nồi áp suất", "Nồi áp suất | ", ["870", "905", "104,0", "1.000"]),
        ("tổng cộng", "Tổng cộng | ", ["8.310", "9.192", "110,6", "10.000"])]
TABLE = []
for label, lead, cells in ROWS:
    prev = lead
    for col, num in zip(COLS, cells):
        anchor = (prev + num) if prev == lead else (prev + " | " + num)
        TABLE.append(cell(anchor, num, label, col))
        prev = num

INH24 = per("KẾT QUẢ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
FIGS = [
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất nồi, chảo"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp sản xuất nồi, chảo", location="Đức Hòa"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp sản xuất nồi, chảo", location="Bến Lức"),
    fig("ước đạt 9,19 triệu", "9,19", 9.19e6, "count", "chiếc", status="estimate",
        change=chg("increase", 10.6, "%", "năm 2023"), subject="sản lượng nồi, chảo", period=Y24),
] + TABLE + [
    fig("nhập khẩu 1,26 triệu", "1,26", 1.26e6, "count", "sản phẩm",
        subject="sản phẩm nồi, chảo thành phẩm nhập khẩu", period=Y24),
    fig("khoảng 9,4 triệu", "9,4", 9.4e6, "money", "USD", approx="about",
        subject="trị giá nồi, chảo thành phẩm nhập khẩu", period=Y24),
    fig("chiếm 71%", "71", 71, "percent", "%", subject="nhập khẩu nồi, chảo từ Trung Quốc", period=Y24),
    fig("23.500 tấn", "23.500", 23500, "measure", "tấn",
        subject="thép không gỉ, nhôm tấm nhập khẩu làm nguyên liệu", period=Y24),
    fig("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở kinh doanh được kiểm tra", period=INH24),
    fig("phát hiện 8 cơ sở", "8", 8, "count", "cơ sở", subject="cơ sở vi phạm", period=INH24),
    fig("giữ 2.140 sản phẩm", "2.140", 2140, "count", "sản phẩm",
        subject="sản phẩm nồi, chảo không rõ nguồn gốc tạm giữ", period=INH24),
    fig("phạt 86,5 triệu", "86,5", 86.5e6, "money", "đồng", subject="tiền xử phạt", period=INH24),
    fig("đạt 10 triệu", "10", 10e6, "count", "chiếc", status="target",
        change=chg("increase", 8.8, "%", "năm 2024", approx="about"),
        subject="sản lượng nồi, chảo toàn tỉnh", period=Y25),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất đồ gia dụng thu hút", period=Y25),
    fig("khoảng 50 triệu", "50", 50e6, "money", "USD", approx="about", status="target",
        subject="tổng vốn đăng ký của các dự án", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH LONG AN', 'Số: 45/BC-UBND', 'Long An, ngày 16 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc': quantity cells are counts in chiếc ×10^3; subject = 'sản lượng' + row + column;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; rows are products, location Long An.",
    "'So với cùng kỳ (%)' cells are percent figures (value as written, e.g. 113), no period in the header, no status cue → actual (borderline: computed on the estimate).",
    "'trong đó 9 doanh nghiệp tại huyện Đức Hòa và 3 doanh nghiệp tại huyện Bến Lức': parts of 14, located in their districts.",
    "'Trung Quốc (chiếm 71%)': the share of one partner within the import value, not a share of 9,4 triệu USD → a percent figure; partner is no place.",
    "Section 3 has no period in its sentence: inherited from 'I. KẾT QUẢ NĂM 2024' (not scored). '8 cơ sở vi phạm' after 'kiểm tra 46 cơ sở': no cue, no total.",
    "Section II: 'Phấn đấu năm 2025' governs the whole sentence → target; 'tăng khoảng 8,8%' is the change (approx about).",
    "Distractors: Số: 45/BC-UBND, Công văn số 2817/BCT-CN ngày 05/12/2024, letterhead date, section numbers, 'Lưu: VT, KTTC'.",
]

if __name__ == "__main__":
    write("p1513-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Long An")

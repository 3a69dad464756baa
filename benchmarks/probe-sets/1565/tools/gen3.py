"""p1565-3: formal report (Sở NN&PTNT Cà Mau): dried seafood 2024 and plan 2025, flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH CÀ MAU
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 412/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ sản phẩm khô thủy sản năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản lượng
Năm 2024, sản lượng khô thủy sản toàn tỉnh ước đạt 3.960 tấn, tăng 5,1% so với năm 2023 và vượt 4,2% kế hoạch. Sản lượng theo nhóm sản phẩm như sau:

Đơn vị tính: tấn
TT | Sản phẩm | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
1 | Tôm khô | 1.120 | 1.185 | 1.250 | 105,8
2 | Khô cá các loại | 1.870 | 1.960 | 2.050 | 104,8
3 | Khô mực | 420 | 445 | 470 | 106,0
4 | Sản phẩm khô khác | 358 | 370 | 380 | 103,4
 | Tổng cộng | 3.768 | 3.960 | 4.150 | 105,1

2. Tiêu thụ, xuất khẩu
Năm 2024, các doanh nghiệp xuất khẩu khoảng 140 tấn tôm khô, chiếm 11,8% sản lượng tôm khô; kim ngạch ước đạt 6,8 triệu USD.

3. Cơ sở sản xuất
Đến ngày 30/11/2024, toàn tỉnh có 312 cơ sở sản xuất khô thủy sản, trong đó 46 cơ sở có sản phẩm đạt chứng nhận OCOP; tập trung tại các huyện Ngọc Hiển, Năm Căn và Đầm Dơi.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu sản lượng khô thủy sản đạt 4.150 tấn, tăng 4,8% so với năm 2024; hỗ trợ ít nhất 15 cơ sở đầu tư máy sấy năng lượng mặt trời.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Công Thương;
- Lưu: VT, KHTC.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Hùng
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24T = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25T = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 30/11/2024", None, "2024-11-30")

ROWS = [
    ("1 | Tôm khô | ", "Tôm khô", ["1.120", "1.185", "1.250", "105,8"]),
    ("2 | Khô cá các loại | ", "Khô cá các loại", ["1.870", "1.960", "2.050", "104,8"]),
    ("3 | Khô mực | ", "Khô mực", ["420", "445", "470", "106,0"]),
    ("4 | Sản phẩm khô khác | ", "Sản phẩm khô khác", ["358", "370", "380", "103,4"]),
    (" | Tổng cộng | ", "Tổng cộng", ["3.768", "3.960", "4.150", "105,1"]),
]
COLS = [("năm 2023", "actual", Y23), ("ước thực hiện 2024", "estimate", Y24T),
        ("kế hoạch 2025", "target", Y25T), ("so với cùng kỳ", "actual", None)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def table_figs():
    out = []
    for prefix, label, cells in ROWS:
        anchor = prefix
        for i, cell in enumerate(cells):
            anchor = anchor + cell
            col, status, period = COLS[i]
            if i < 3:
                f = fig(anchor, cell, num(cell), "measure", "tấn", subject=f"{label} {col}", period=period,
                        status=status)
            else:
                f = fig(anchor, cell, num(cell), "percent", "%", subject=f"{label} {col}")
            out.append(f)
            anchor = anchor + " | "
    return out


FIGS = [
    fig("ước đạt 3.960 tấn", "3.960", 3960, "measure", "tấn", status="estimate",
        change=chg("increase", 5.1, "%", "năm 2023"), subject="sản lượng khô thủy sản", period=Y24),
    fig("vượt 4,2% kế hoạch", "4,2", 4.2, "percent", "%", status="estimate",
        subject="sản lượng khô thủy sản so với kế hoạch", period=Y24, optional=True),
] + table_figs() + [
    fig("khoảng 140 tấn", "140", 140, "measure", "tấn", approx="about", percent=11.8,
        subject="tôm khô các doanh nghiệp xuất khẩu", period=Y24),
    fig("ước đạt 6,8 triệu", "6,8", 6.8e6, "money", "USD", status="estimate",
        subject="kim ngạch xuất khẩu tôm khô", period=Y24),
    fig("có 312 cơ sở", "312", 312, "count", "cơ sở", subject="cơ sở sản xuất khô thủy sản", period=ASOF),
    fig("trong đó 46 cơ sở", "46", 46, "count", "cơ sở", total=312,
        subject="cơ sở có sản phẩm đạt chứng nhận OCOP", period=ASOF),
    fig("đạt 4.150 tấn", "4.150", 4150, "measure", "tấn", status="target",
        change=chg("increase", 4.8, "%", "năm 2024"), subject="sản lượng khô thủy sản", period=Y25),
    fig("ít nhất 15 cơ sở", "15", 15, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đầu tư máy sấy năng lượng mặt trời", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH CÀ MAU / SỞ NÔNG NGHIỆP ...', 'Số: 412/BC-SNN', 'Cà Mau, ngày 18 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 412/BC-SNN, the letterhead date, 'năm 2024 và kế hoạch năm 2025' in the title, section numbers, table row numbers 1-4, 'Năm Căn' (a district name).",
    "'tăng 5,1% so với năm 2023 và vượt 4,2% kế hoạch': the first change is the attribute, the second gap is a percent figure of its own (optional, spec 'one of each attribute').",
    "Flattened table ('Đơn vị tính: tấn'): every numeric cell is a figure, subject = row label + column label; 'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target;",
    "  'So với cùng kỳ (%)' cells are percents with no period in their header and no status cue (actual). Table cells get no total.",
    "'khoảng 140 tấn tôm khô, chiếm 11,8% ...' -> percent attribute; 'kim ngạch ước đạt' governs only its own clause after ';'.",
    "'Đến ngày 30/11/2024' is an as-of date (start null). Section II sentence states 'Năm 2025' itself; 'phấn đấu' governs both clauses.",
]

if __name__ == "__main__":
    write("p1565-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Cà Mau")

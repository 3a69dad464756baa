"""p1382-4: formal report (UBND huyện Long Thành, Số: 215/BC-UBND): cargo-terminal and logistics projects, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND HUYỆN LONG THÀNH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Thành, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình triển khai các dự án nhà ga hàng hóa, logistics phục vụ Cảng hàng không quốc tế Long Thành năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tiến độ đầu tư
Năm 2024, trên địa bàn huyện có 4 dự án đang thi công, gồm 3 nhà ga hàng hóa và 1 trung tâm logistics, với tổng vốn đăng ký 9.860 tỷ đồng. Lũy kế giải ngân đến ngày 31/12/2024 đạt 4.125 tỷ đồng, bằng 41,8% tổng vốn đăng ký.

2. Vốn đầu tư theo dự án
Đơn vị tính: tỷ đồng
Dự án | Tổng vốn đăng ký | Giải ngân năm 2024 | Kế hoạch 2025
Nhà ga hàng hóa số 1 | 3.500 | 1.480 | 1.200
Nhà ga hàng hóa số 2 | 2.860 | 965 | 1.050
Nhà ga hàng hóa chuyển phát nhanh | 1.300 | 410 | 520
Trung tâm logistics hàng không | 2.200 | 640 | 900
Tổng cộng | 9.860 | 3.495 | 3.670

3. Bồi thường, giải phóng mặt bằng và lao động
Huyện đã bàn giao 148,5 ha/150 ha mặt bằng cho các nhà đầu tư, còn 1,5 ha đang giải quyết vướng mắc. Các dự án sử dụng khoảng 2.350 lao động, trong đó lao động của huyện chiếm 38%.

II. NHIỆM VỤ NĂM 2025
Năm 2025, huyện phấn đấu giải ngân 3.670 tỷ đồng, giải quyết việc làm cho thêm ít nhất 800 lao động địa phương; phối hợp chủ đầu tư đưa Nhà ga hàng hóa số 1 vào khai thác trong quý IV/2025 với công suất ban đầu 600.000 tấn/năm.

Nơi nhận:
- UBND tỉnh Đồng Nai (b/c);
- Sở Giao thông vận tải;
- Lưu: VT, KT.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("đến ngày 31/12/2024", None, "2024-12-31")
G24 = per("Giải ngân năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Q4 = per("quý IV/2025", "2025-10-01", "2025-12-31")
COLS = {"tổng vốn đăng ký": None, "giải ngân năm 2024": G24, "kế hoạch 2025": K25}


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("kế hoạch") else {}
    v = float(number.replace(".", "")) * 1e9
    return fig(anchor, number, v, "money", "đồng", subject=f"{col} {row}", period=COLS[col], **kw)


ROWS = [("Nhà ga hàng hóa số 1", ["3.500", "1.480", "1.200"]),
        ("Nhà ga hàng hóa số 2", ["2.860", "965", "1.050"]),
        ("Nhà ga hàng hóa chuyển phát nhanh", ["1.300", "410", "520"]),
        ("Trung tâm logistics hàng không", ["2.200", "640", "900"]),
        ("Tổng cộng", ["9.860", "3.495", "3.670"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label if label != "Tổng cộng" else "tổng cộng", col))
        prev = n

FIGS = [
    fig("có 4 dự án", "4", 4, "count", "dự án", subject="dự án đang thi công", period=Y24),
    fig("gồm 3 nhà ga", "3", 3, "count", "nhà ga hàng hóa", total=4, subject="nhà ga hàng hóa", period=Y24),
    fig("và 1 trung tâm", "1", 1, "count", "trung tâm logistics", total=4, subject="trung tâm logistics",
        period=Y24),
    fig("đăng ký 9.860 tỷ", "9.860", 9860e9, "money", "đồng", subject="tổng vốn đăng ký", period=Y24),
    fig("đạt 4.125 tỷ", "4.125", 4125e9, "money", "đồng", percent=41.8, subject="lũy kế giải ngân",
        period=ASOF),
] + CELLS + [
    fig("giao 148,5 ha", "148,5", 148.5, "measure", "ha", total=150,
        subject="mặt bằng bàn giao cho các nhà đầu tư"),
    fig("còn 1,5 ha", "1,5", 1.5, "measure", "ha", subject="mặt bằng đang giải quyết vướng mắc"),
    fig("khoảng 2.350 lao động", "2.350", 2350, "count", "lao động", approx="about",
        subject="lao động các dự án sử dụng"),
    fig("chiếm 38%", "38", 38, "percent", "%", subject="tỷ trọng lao động của huyện"),
    fig("giải ngân 3.670 tỷ", "3.670", 3670e9, "money", "đồng", status="target", subject="giải ngân",
        period=Y25),
    fig("ít nhất 800", "800", 800, "count", "lao động", approx="at_least", status="target",
        subject="lao động địa phương được giải quyết việc làm thêm", period=Y25),
    fig("ban đầu 600.000 tấn", "600.000", 600000, "measure", "tấn/năm", status="target",
        subject="công suất ban đầu Nhà ga hàng hóa số 1", period=Q4),
]

NOTES = [
    "Formal report: 'UBND HUYỆN LONG THÀNH', 'Số: 215/BC-UBND', 'Long Thành, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1-3,",
    "'Nơi nhận'. Location Long Thành (the district's own report). 'có 4 dự án ..., gồm 3 nhà ga hàng hóa và 1 trung tâm logistics' → total 4.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng' → money ×10^9; rows are projects (names with numbers: 'số 1', 'số 2' are not figures);",
    "subject = column + row label; 'Tổng vốn đăng ký' column has no period, 'Giải ngân năm 2024' → 2024, 'Kế hoạch 2025' → 2025 + target.",
    "'148,5 ha/150 ha' → total 150. 'còn 1,5 ha' has no cue: no total. 'trong đó lao động của huyện chiếm 38%' → percent figure.",
    "Section II sentence 'Năm 2025, huyện phấn đấu ...' governs all its clauses (target). The 600.000 tấn/năm takes 'quý IV/2025' of its clause.",
    "Distractors: Số: 215/BC-UBND, the letterhead date, section numbers I./II./1.-3., 'Nhà ga hàng hóa số 1/số 2', 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write("p1382-4", TEXT, NOTES, FIGS, published="2025-01-15", location="Long Thành")

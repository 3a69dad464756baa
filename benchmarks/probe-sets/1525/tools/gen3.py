"""p1525-3: formal report (UBND tỉnh Thanh Hóa): inspections of swatter and lamp sellers in 2024, '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH THANH HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 18/BC-UBND
Thanh Hóa, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả kiểm tra, xử lý vi phạm trong kinh doanh vợt muỗi điện, đèn bắt muỗi năm 2024

Thực hiện Công văn số 5127/BKHCN-TĐC của Bộ Khoa học và Công nghệ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Năm 2024, các lực lượng chức năng đã kiểm tra 312 cơ sở kinh doanh, tăng 46 cơ sở so với năm 2023; phát hiện 57 cơ sở vi phạm, chiếm 18,3% số cơ sở được kiểm tra. Đã lấy 64 mẫu vợt muỗi điện và đèn bắt muỗi để thử nghiệm theo QCVN 4:2009/BKHCN, trong đó 11 mẫu không đạt yêu cầu về an toàn điện.

2. Kết quả xử lý
Tổng số tiền xử phạt vi phạm hành chính là 486,5 triệu đồng, bằng 132% so với năm 2023; buộc tiêu hủy hơn 2.300 sản phẩm không bảo đảm an toàn.

Số sản phẩm vi phạm bị tạm giữ
Đơn vị tính: chiếc
Nhóm sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Vợt muỗi điện | 3.420 | 5.180 | 151,5
Đèn bắt muỗi | 1.260 | 2.045 | 162,3
Trong đó: đèn không rõ nguồn gốc | 870 | 1.530 | 175,9
Tổng cộng | 4.680 | 7.225 | 154,4

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu kiểm tra ít nhất 350 cơ sở kinh doanh; 100% mẫu vợt muỗi điện lưu thông tại các chợ đầu mối được thử nghiệm an toàn. Dự kiến tổ chức 2 lớp tập huấn cho khoảng 150 hộ kinh doanh thiết bị điện gia dụng.

Nơi nhận:
- Bộ Khoa học và Công nghệ;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KTTC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [  # label in text, subject stem, cells (2023, 2024, %), total stem for a 'Trong đó' row
    ("Vợt muỗi điện", "vợt muỗi điện", ["3.420", "5.180", "151,5"], None),
    ("Đèn bắt muỗi", "đèn bắt muỗi", ["1.260", "2.045", "162,3"], None),
    ("Trong đó: đèn không rõ nguồn gốc", "đèn không rõ nguồn gốc", ["870", "1.530", "175,9"], ("1.260", "2.045")),
    ("Tổng cộng", "tổng cộng sản phẩm vi phạm bị tạm giữ", ["4.680", "7.225", "154,4"], None),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, stem, (a, b, pct), whole in ROWS:
    kw_a = {"total": num(whole[0])} if whole else {}
    kw_b = {"total": num(whole[1])} if whole else {}
    CELLS.append(fig(f"{label} | {a}", a, num(a), "count", "chiếc", subject=f"{stem} năm 2023", period=Y23, **kw_a))
    CELLS.append(fig(f"| {b} |", b, num(b), "count", "chiếc", subject=f"{stem} năm 2024", period=Y24, **kw_b))
    CELLS.append(fig(f"| {pct}", pct, num(pct), "percent", "%", subject=f"{stem} so với cùng kỳ"))

FIGS = [
    fig("kiểm tra 312 cơ sở", "312", 312, "count", "cơ sở",
        change=chg("increase", 46, "cơ sở", "năm 2023"), subject="cơ sở kinh doanh được kiểm tra", period=Y24),
    fig("phát hiện 57 cơ sở", "57", 57, "count", "cơ sở", percent=18.3,
        subject="cơ sở vi phạm", period=Y24),
    fig("lấy 64 mẫu", "64", 64, "count", "mẫu", subject="mẫu vợt muỗi điện và đèn bắt muỗi lấy để thử nghiệm",
        period=inh(Y24)),
    fig("trong đó 11 mẫu", "11", 11, "count", "mẫu", total=64,
        subject="mẫu không đạt yêu cầu về an toàn điện", period=inh(Y24)),
    fig("là 486,5 triệu", "486,5", 486.5e6, "money", "đồng", percent=132,
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(Y24)),
    fig("hơn 2.300 sản phẩm", "2.300", 2300, "count", "sản phẩm", approx="over",
        subject="sản phẩm không bảo đảm an toàn buộc tiêu hủy", period=inh(Y24)),
] + CELLS + [
    fig("ít nhất 350 cơ sở", "350", 350, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kinh doanh được kiểm tra", period=inh(Y25)),
    fig("100% mẫu", "100", 100, "percent", "%", status="target",
        subject="mẫu vợt muỗi điện lưu thông tại các chợ đầu mối được thử nghiệm an toàn", period=inh(Y25)),
    fig("tổ chức 2 lớp", "2", 2, "count", "lớp tập huấn", status="forecast",
        subject="lớp tập huấn", period=inh(Y25)),
    fig("khoảng 150 hộ", "150", 150, "count", "hộ kinh doanh", approx="about", status="forecast",
        subject="hộ kinh doanh thiết bị điện gia dụng được tập huấn", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH THANH HÓA', 'Số: 18/BC-UBND', 'Thanh Hóa, ngày 15 tháng 01 năm 2025', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: Công văn số 5127/BKHCN-TĐC, QCVN 4:2009/BKHCN, section numbers, 'Lưu: VT, KTTC', the letterhead date.",
    "'tăng 46 cơ sở so với năm 2023' → change in cơ sở; 'chiếm 18,3% số cơ sở được kiểm tra' → percent of 57 (no total: no cue);",
    "'trong đó 11 mẫu' → total 64; 'bằng 132% so với năm 2023' → percent of 486,5 triệu.",
    "Flattened '|' table, 'Đơn vị tính: chiếc': every cell a figure, period from the year columns; the % column has no period.",
    "The 'Trong đó' row takes the whole of the row above it (same column) as total, as a part after 'trong đó' (FIGURES.md parts rule).",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2025' is a heading: period inherited. 'Phấn đấu' governs both clauses (target); 'Dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1525-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Thanh Hóa")

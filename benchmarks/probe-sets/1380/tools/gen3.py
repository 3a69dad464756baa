"""p1380-3: formal report (UBND tỉnh Cao Bằng, Số: 187/BC-UBND): weaving and indigo dyeing, 6 months 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH CAO BẰNG
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả bảo tồn, phát triển nghề dệt, nhuộm chàm truyền thống 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
6 tháng đầu năm 2024, toàn tỉnh có 1.245 hộ với khoảng 2.600 lao động tham gia dệt vải, nhuộm chàm, tăng 85 hộ so với cùng kỳ; tổng doanh thu đạt 4.895 triệu đồng, tăng 13% so với cùng kỳ, bằng 49% kế hoạch năm (cả năm 2023 đạt 9.120 triệu đồng). Toàn tỉnh có 5 làng nghề dệt, nhuộm được công nhận, trong đó 2 làng nghề thuộc huyện Nguyên Bình.

2. Doanh thu theo địa bàn
Đơn vị tính: triệu đồng
Huyện | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%)
Nguyên Bình | 2.150 | 2.480 | 115,3
Hà Quảng | 1.320 | 1.405 | 106,4
Bảo Lạc | 860 | 1.010 | 117,4
Tổng cộng | 4.330 | 4.895 | 113,0

3. Hỗ trợ bảo tồn nghề
Từ nguồn Chương trình mục tiêu quốc gia 1719 (Dự án 6), tỉnh hỗ trợ 420 triệu đồng mở 6 lớp truyền dạy kỹ thuật nhuộm chàm cho 180 học viên, trong đó 152 học viên là phụ nữ dân tộc Dao, Lô Lô. Diện tích trồng chàm toàn tỉnh khoảng 27 ha; sản lượng cao chàm ước đạt 16 tấn.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu doanh thu cả năm 2024 từ nghề dệt, nhuộm đạt 10 tỷ đồng; mở thêm 4 lớp truyền nghề; hỗ trợ ít nhất 1 làng nghề xây dựng điểm du lịch cộng đồng.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch;
- Thường trực Tỉnh ủy;
- Lưu: VT, VX.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = per("cả năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)
C23 = per("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = per("6 tháng 2024", "2024-01-01", "2024-06-30")
SUBJ = "doanh thu nghề dệt, nhuộm"

ROWS = [("Nguyên Bình", ["2.150", "2.480", "115,3"]), ("Hà Quảng", ["1.320", "1.405", "106,4"]),
        ("Bảo Lạc", ["860", "1.010", "117,4"]), ("Tổng cộng", ["4.330", "4.895", "113,0"])]
CELLS = []
for label, nums in ROWS:
    loc = {} if label == "Tổng cộng" else {"location": label}
    a, b, c = nums
    CELLS.append(fig(f"{label} | {a}", a, float(a.replace(".", "")) * 1e6, "money", "đồng",
                     subject=f"{SUBJ} 6 tháng 2023" + (" tổng cộng" if not loc else ""), period=C23, **loc))
    CELLS.append(fig(f"{a} | {b}", b, float(b.replace(".", "")) * 1e6, "money", "đồng",
                     subject=f"{SUBJ} 6 tháng 2024" + (" tổng cộng" if not loc else ""), period=C24, **loc))
    CELLS.append(fig(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{SUBJ} so với cùng kỳ" + (" tổng cộng" if not loc else ""), period=inh(H1), **loc))

FIGS = [
    fig("có 1.245 hộ", "1.245", 1245, "count", "hộ", change=chg("increase", 85, "hộ", "cùng kỳ"),
        subject="hộ tham gia dệt vải, nhuộm chàm", period=H1),
    fig("khoảng 2.600 lao động", "2.600", 2600, "count", "lao động", approx="about",
        subject="lao động tham gia dệt vải, nhuộm chàm", period=H1),
    fig("đạt 4.895 triệu", "4.895", 4895e6, "money", "đồng", percent=49,
        change=chg("increase", 13, "%", "cùng kỳ"), subject="tổng doanh thu", period=H1),
    fig("đạt 9.120 triệu", "9.120", 9120e6, "money", "đồng", subject="tổng doanh thu", period=Y23),
    fig("có 5 làng nghề", "5", 5, "count", "làng nghề", subject="làng nghề dệt, nhuộm được công nhận"),
    fig("đó 2 làng nghề", "2", 2, "count", "làng nghề", total=5,
        subject="làng nghề dệt, nhuộm được công nhận", location="Nguyên Bình"),
] + CELLS + [
    fig("hỗ trợ 420 triệu", "420", 420e6, "money", "đồng",
        subject="hỗ trợ mở lớp truyền dạy kỹ thuật nhuộm chàm", period=inh(H1)),
    fig("mở 6 lớp", "6", 6, "count", "lớp", subject="lớp truyền dạy kỹ thuật nhuộm chàm", period=inh(H1)),
    fig("cho 180 học viên", "180", 180, "count", "học viên",
        subject="học viên lớp truyền dạy kỹ thuật nhuộm chàm", period=inh(H1)),
    fig("đó 152 học viên", "152", 152, "count", "học viên", total=180,
        subject="học viên là phụ nữ dân tộc Dao, Lô Lô", period=inh(H1)),
    fig("khoảng 27 ha", "27", 27, "measure", "ha", approx="about", subject="diện tích trồng chàm toàn tỉnh"),
    fig("ước đạt 16 tấn", "16", 16, "measure", "tấn", status="estimate", subject="sản lượng cao chàm",
        period=inh(H1)),
    fig("đạt 10 tỷ", "10", 10e9, "money", "đồng", status="target",
        subject="doanh thu từ nghề dệt, nhuộm", period=Y24),
    fig("thêm 4 lớp", "4", 4, "count", "lớp", status="target", subject="lớp truyền nghề mở thêm", period=H2),
    fig("ít nhất 1 làng", "1", 1, "count", "làng nghề", approx="at_least", status="target",
        subject="làng nghề được hỗ trợ xây dựng điểm du lịch cộng đồng", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH CAO BẰNG', 'Số: 187/BC-UBND', 'Cao Bằng, ngày 15 tháng 7 năm 2024' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số: 187/BC-UBND, the letterhead date, section numbers, 'Chương trình mục tiêu quốc gia 1719 (Dự án 6)', 'Lưu: VT, VX'.",
    "'có 1.245 hộ với khoảng 2.600 lao động ..., tăng 85 hộ so với cùng kỳ': the change is in hộ, so it belongs to the 1.245 hộ.",
    "'đạt 4.895 triệu đồng, tăng 13% so với cùng kỳ, bằng 49% kế hoạch năm' → change 13%, percent 49; the bracketed",
    "'(cả năm 2023 đạt 9.120 triệu đồng)' is its own actual figure with its own period.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng': district rows → location; period from column headers '6 tháng 2023/2024' (scored);",
    "the 'So với cùng kỳ (%)' column → percent figures (no period header: the report's period, inherited); 'Tổng cộng' row → Cao Bằng.",
    "Section 3 figures take the report's half-year (inherited, not scored); 'khoảng 27 ha' is a standing area (no period).",
    "Section II: 'Phấn đấu' governs the three ';' clauses (target); 4 lớp and 1 làng nghề take the heading's half-year (inherited).",
]

if __name__ == "__main__":
    write("p1380-3", TEXT, NOTES, FIGS, published="2024-07-15", location="Cao Bằng")

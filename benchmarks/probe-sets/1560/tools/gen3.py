"""p1560-3: formal report (UBND tỉnh Đồng Nai), flattened '|' table with 'Đơn vị tính: vụ'."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 07/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả kiểm tra, kiểm soát hoạt động kinh doanh mỹ phẩm năm 2024

I. TÌNH HÌNH CHUNG
Trên địa bàn tỉnh hiện có 2.315 cơ sở kinh doanh mỹ phẩm (gồm 1.960 cửa hàng bán lẻ và 355 đại lý, nhà phân phối), 36 cơ sở sản xuất mỹ phẩm đủ điều kiện và khoảng 1.080 tiệm dịch vụ làm móng, làm đẹp.

II. KẾT QUẢ KIỂM TRA
1. Kết quả chung
Năm 2024, các lực lượng thành viên Ban Chỉ đạo 389 tỉnh đã kiểm tra 742 vụ, phát hiện 518 vụ vi phạm, tăng 12,6% so với năm 2023; xử phạt hành chính 4,37 tỷ đồng, bằng 124% cùng kỳ; trị giá hàng hóa tịch thu, tiêu hủy ước khoảng 2,9 tỷ đồng.

2. Kết quả theo loại vi phạm
Đơn vị tính: vụ
Loại vi phạm | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Mỹ phẩm giả, nhập lậu | 96 | 121 | 126,0
Không rõ nguồn gốc, xuất xứ | 204 | 236 | 115,7
Vi phạm về nhãn hàng hóa | 87 | 98 | 112,6
Vi phạm khác | 73 | 63 | 86,3
Tổng cộng | 460 | 518 | 112,6

3. Vụ việc điển hình
Tháng 8/2024, Đội Quản lý thị trường số 4 phối hợp Công an TP Biên Hòa kiểm tra kho hàng tại số 27 đường Phạm Văn Thuận, phát hiện hơn 8.600 chai sơn móng tay, nước rửa móng nhập lậu, trị giá gần 430 triệu đồng.

III. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu kiểm tra không dưới 800 lượt cơ sở; 100% vụ việc vi phạm được xử lý đúng quy định; tổ chức 10 lớp tập huấn cho chủ tiệm làm móng, làm đẹp.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T8 = per("Tháng 8/2024", "2024-08-01", "2024-08-31")
COLS = {"năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
        "năm 2024": per("Năm 2024", "2024-01-01", "2024-12-31"),
        "so với cùng kỳ": None}
ROWS = [("Mỹ phẩm giả, nhập lậu", ["96", "121", "126,0"]),
        ("Không rõ nguồn gốc, xuất xứ", ["204", "236", "115,7"]),
        ("Vi phạm về nhãn hàng hóa", ["87", "98", "112,6"]),
        ("Vi phạm khác", ["73", "63", "86,3"]),
        ("Tổng cộng", ["460", "518", "112,6"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        subj = f"vụ vi phạm {label.lower()} {col}"
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(",", ".")), "percent", "%", subject=subj))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, float(n), "count", "vụ", subject=subj, period=COLS[col]))
        prev = n

FIGS = [
    fig("có 2.315 cơ sở", "2.315", 2315, "count", "cơ sở", subject="cơ sở kinh doanh mỹ phẩm"),
    fig("gồm 1.960 cửa hàng", "1.960", 1960, "count", "cửa hàng", total=2315, subject="cửa hàng bán lẻ"),
    fig("và 355 đại lý", "355", 355, "count", "đại lý", total=2315, subject="đại lý, nhà phân phối"),
    fig("36 cơ sở sản xuất", "36", 36, "count", "cơ sở", subject="cơ sở sản xuất mỹ phẩm đủ điều kiện"),
    fig("khoảng 1.080 tiệm", "1.080", 1080, "count", "tiệm", approx="about",
        subject="tiệm dịch vụ làm móng, làm đẹp"),
    fig("kiểm tra 742 vụ", "742", 742, "count", "vụ",
        subject="vụ các lực lượng thành viên Ban Chỉ đạo 389 tỉnh đã kiểm tra", period=Y24),
    fig("phát hiện 518 vụ", "518", 518, "count", "vụ", change=chg("increase", 12.6, "%", "năm 2023"),
        subject="vụ vi phạm", period=Y24),
    fig("hành chính 4,37 tỷ", "4,37", 4.37e9, "money", "đồng", percent=124,
        subject="xử phạt hành chính", period=Y24),
    fig("ước khoảng 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", approx="about", status="estimate",
        subject="trị giá hàng hóa tịch thu, tiêu hủy", period=Y24),
] + CELLS + [
    fig("hơn 8.600 chai", "8.600", 8600, "count", "chai", approx="over", location="Biên Hòa",
        subject="chai sơn móng tay, nước rửa móng nhập lậu", period=T8),
    fig("gần 430 triệu", "430", 430e6, "money", "đồng", approx="nearly", location="Biên Hòa",
        subject="trị giá chai sơn móng tay, nước rửa móng nhập lậu", period=T8),
    fig("không dưới 800 lượt", "800", 800, "count", "lượt cơ sở", approx="at_least", status="target",
        subject="lượt cơ sở kiểm tra", period=Y25),
    fig("; 100% vụ việc", "100", 100, "percent", "%", status="target",
        subject="vụ việc vi phạm được xử lý đúng quy định", period=Y25),
    fig("tổ chức 10 lớp", "10", 10, "count", "lớp", status="target",
        subject="lớp tập huấn cho chủ tiệm làm móng, làm đẹp", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG NAI', 'Số: 07/BC-UBND', 'Đồng Nai, ngày 10 tháng 01 năm 2025', sections I-III and 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers, 'Ban Chỉ đạo 389', 'Đội Quản lý thị trường số 4',",
    "'số 27 đường Phạm Văn Thuận', 'Tháng 8/2024', 'năm 2023' baseline.",
    "'(gồm 1.960 cửa hàng bán lẻ và 355 đại lý, nhà phân phối)' adds up to 2.315: total 2315.",
    "'phát hiện 518 vụ vi phạm' after 'kiểm tra 742 vụ': no part-of cue, no total. 'bằng 124% cùng kỳ' is the percent attribute of 4,37 tỷ.",
    "Flattened table 'Đơn vị tính: vụ': count cells with the column year as period; 'So với cùng kỳ (%)' cells are percent figures",
    "with no period of their own (the column names no period); table cells get no total.",
    "The Biên Hòa seizure takes location Biên Hòa. Section III: 'Năm 2025, phấn đấu …' governs all three clauses (target).",
]

if __name__ == "__main__":
    write("p1560-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Đồng Nai",
          ignore=("07/BC", "10 tháng 01", "389", "số 4", "số 27", "8/2024", "năm 2023", "1. Kết", "2. Kết", "3. Vụ"))

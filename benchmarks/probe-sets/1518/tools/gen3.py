"""p1518-3: formal report (UBND tỉnh Hà Nam, Số: 09/BC-UBND): thread and dyed-yarn output 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ NAM
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất chỉ may, sợi nhuộm năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Năm 2024, toàn tỉnh có 9 doanh nghiệp sản xuất chỉ may và nhuộm sợi đang hoạt động, tập trung tại các khu công nghiệp Đồng Văn II, Hòa Mạc và Châu Sơn. Giá trị sản xuất ước đạt 2.740 tỷ đồng, tăng 6,4% so với năm 2023; kim ngạch xuất khẩu ước 86,2 triệu USD, chiếm 3,1% kim ngạch xuất khẩu toàn tỉnh.

2. Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: tấn
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Chỉ may polyester | 5.820 | 6.240 | 107,2 | 6.800
Chỉ may cotton | 1.460 | 1.395 | 95,5 | 1.450
Sợi nhuộm màu | 2.130 | 2.310 | 108,5 | 2.600
Tổng cộng | 9.410 | 9.945 | 105,7 | 10.850

3. Bảo vệ môi trường
Các doanh nghiệp nhuộm đã đầu tư 4 hệ thống xử lý nước thải tập trung, tổng công suất 3.600 m3/ngày đêm. Qua kiểm tra, cơ quan chức năng phát hiện 2 doanh nghiệp xả thải vượt quy chuẩn, xử phạt 680 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu tổng sản lượng đạt 10.850 tấn, tăng khoảng 9% so với năm 2024; thu hút thêm ít nhất 2 dự án nhuộm sử dụng công nghệ tiết kiệm nước; 100% doanh nghiệp nhuộm lắp đặt trạm quan trắc nước thải tự động.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
    "ước thực hiện 2024": per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"),
    "so với cùng kỳ": None,
    "kế hoạch 2025": per("Kế hoạch 2025", "2025-01-01", "2025-12-31"),
}


def cell(anchor, number, row, col):
    kw = {}
    if col.startswith("kế hoạch"):
        kw["status"] = "target"
    elif col.startswith("ước"):
        kw["status"] = "estimate"
    v = float(number.replace(".", "").replace(",", "."))
    if col == "so với cùng kỳ":
        return fig(anchor, number, v, "percent", "%", subject=f"sản lượng {row} so với cùng kỳ", **kw)
    return fig(anchor, number, v, "measure", "tấn", subject=f"sản lượng {row} {col}", period=COLS[col], **kw)


R = ["chỉ may polyester", "chỉ may cotton", "sợi nhuộm màu", "tổng cộng"]
C = list(COLS)
FIGS = [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất chỉ may và nhuộm sợi đang hoạt động", period=Y24),
    fig("ước đạt 2.740 tỷ", "2.740", 2740e9, "money", "đồng", status="estimate",
        change=chg("increase", 6.4, "%", "năm 2023"), subject="giá trị sản xuất", period=inh(Y24)),
    fig("ước 86,2 triệu", "86,2", 86.2e6, "money", "USD", status="estimate", percent=3.1,
        subject="kim ngạch xuất khẩu", period=inh(Y24)),
    cell("polyester | 5.820", "5.820", R[0], C[0]),
    cell("5.820 | 6.240", "6.240", R[0], C[1]),
    cell("6.240 | 107,2", "107,2", R[0], C[2]),
    cell("107,2 | 6.800", "6.800", R[0], C[3]),
    cell("cotton | 1.460", "1.460", R[1], C[0]),
    cell("1.460 | 1.395", "1.395", R[1], C[1]),
    cell("1.395 | 95,5", "95,5", R[1], C[2]),
    cell("95,5 | 1.450", "1.450", R[1], C[3]),
    cell("màu | 2.130", "2.130", R[2], C[0]),
    cell("2.130 | 2.310", "2.310", R[2], C[1]),
    cell("2.310 | 108,5", "108,5", R[2], C[2]),
    cell("108,5 | 2.600", "2.600", R[2], C[3]),
    cell("cộng | 9.410", "9.410", R[3], C[0]),
    cell("9.410 | 9.945", "9.945", R[3], C[1]),
    cell("9.945 | 105,7", "105,7", R[3], C[2]),
    cell("105,7 | 10.850", "10.850", R[3], C[3]),
    fig("đầu tư 4 hệ thống", "4", 4, "count", "hệ thống", subject="hệ thống xử lý nước thải tập trung"),
    fig("suất 3.600 m3", "3.600", 3600, "measure", "m3/ngày đêm",
        subject="tổng công suất hệ thống xử lý nước thải tập trung"),
    fig("phát hiện 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp xả thải vượt quy chuẩn", period=inh(Y24)),
    fig("phạt 680 triệu", "680", 680e6, "money", "đồng", subject="tiền xử phạt", period=inh(Y24)),
    fig("đạt 10.850 tấn", "10.850", 10850, "measure", "tấn", status="target",
        change=chg("increase", 9, "%", "năm 2024", approx="about"), subject="tổng sản lượng", period=Y25),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án nhuộm sử dụng công nghệ tiết kiệm nước thu hút thêm", period=Y25),
    fig("; 100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp nhuộm lắp đặt trạm quan trắc nước thải tự động", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ NAM', 'Số: 09/BC-UBND', 'Hà Nam, ngày 10 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; rows are products, so location stays Hà Nam; subject = 'sản lượng' + row + column;",
    "periods from column headers; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures",
    "with no period in the header (none annotated) and status actual (the header has no cue; borderline). Table cells get no total.",
    "'ước đạt 2.740 tỷ' and 'ước 86,2 triệu' are estimates; 'chiếm 3,1%' is the share of 86,2 triệu USD. Their year stands in the previous sentence (inherited).",
    "Section 3 'đã đầu tư 4 hệ thống ... 3.600 m3/ngày đêm' is a standing stock (no period); the violations of 2024 inherit the year.",
    "Section II: 'Năm 2025, phấn đấu ...' governs the three ';' clauses (target, period 2025). 'tăng khoảng 9%' → change with approx about.",
    "Distractors: Số: 09/BC-UBND, letterhead date, 'Đồng Văn II', section numbers I./II./1.-3., 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write("p1518-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Hà Nam")

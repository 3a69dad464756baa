"""p1484-3: formal report (UBND tỉnh Đồng Nai, Số: 187/BC-UBND): notebook output, flattened '|' table by company."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 25 tháng 6 năm 2024

BÁO CÁO
Tình hình sản xuất, cung ứng vở học sinh phục vụ năm học 2024-2025

I. TÌNH HÌNH SẢN XUẤT
1. Năng lực sản xuất
Toàn tỉnh hiện có 14 doanh nghiệp, cơ sở sản xuất vở và giấy học sinh, tổng công suất khoảng 160 triệu cuốn/năm, sử dụng 2.350 lao động.

2. Sản lượng vở theo doanh nghiệp
Đơn vị tính: triệu cuốn
Doanh nghiệp | Năm 2022 | Năm 2023 | So với cùng kỳ (%) | Kế hoạch 2024
Công ty TNHH Vở Trường Xanh | 52,6 | 56,8 | 108,0 | 60
Công ty CP Văn phòng phẩm Long Bình | 31,4 | 33,2 | 105,7 | 35
Các cơ sở khác | 26,0 | 24,7 | 95,0 | 29
Tổng cộng | 110,0 | 114,7 | 104,3 | 124

6 tháng đầu năm 2024, sản lượng vở ước đạt 58,4 triệu cuốn, tăng 7,5% so với cùng kỳ năm 2023, bằng 47,1% kế hoạch năm.

II. CUNG ỨNG VÀ GIÁ CẢ
Giá giấy nguyên liệu bình quân 6 tháng đầu năm khoảng 24,5 triệu đồng/tấn, tăng 6-8% so với cùng kỳ. Giá bán buôn vở 96 trang phổ biến từ 6.800 đến 8.200 đồng/cuốn. Các doanh nghiệp đăng ký tham gia bình ổn giá 18,5 triệu cuốn vở, chiếm 14,9% kế hoạch sản xuất năm, với giá thấp hơn giá thị trường khoảng 7%.

III. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu năm 2024 sản lượng vở đạt 124 triệu cuốn, tăng 8,1% so với năm 2023; bảo đảm không để xảy ra tình trạng thiếu hàng, tăng giá đột biến trong dịp khai giảng.

Nơi nhận:
- Bộ Công Thương (b/c);
- Sở Giáo dục và Đào tạo;
- Lưu: VT, KTN.
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
COLS = ["Năm 2022", "Năm 2023", "So với cùng kỳ (%)", "Kế hoạch 2024"]


def cell(anchor, number, row, col):
    v = float(number.replace(",", "."))
    if col == "So với cùng kỳ (%)":
        return fig(anchor, number, v, "percent", "%", subject=f"sản lượng vở {row} so với cùng kỳ")
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    p = {"Năm 2022": Y22, "Năm 2023": Y23, "Kế hoạch 2024": K24}[col]
    return fig(anchor, number, v * 1e6, "count", "cuốn", subject=f"sản lượng vở {row} {col.lower()}",
               period=p, **kw)


ROWS = [("Xanh", "Công ty TNHH Vở Trường Xanh", ["52,6", "56,8", "108,0", "60"]),
        ("Long Bình", "Công ty CP Văn phòng phẩm Long Bình", ["31,4", "33,2", "105,7", "35"]),
        ("cơ sở khác", "các cơ sở khác", ["26,0", "24,7", "95,0", "29"]),
        ("Tổng cộng", "tổng cộng", ["110,0", "114,7", "104,3", "124"])]
CELLS = []
for key, label, nums in ROWS:
    prev = key
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp, cơ sở",
        subject="doanh nghiệp, cơ sở sản xuất vở và giấy học sinh"),
    fig("khoảng 160 triệu", "160", 160e6, "measure", "cuốn/năm", approx="about",
        subject="tổng công suất sản xuất vở"),
    fig("2.350 lao động", "2.350", 2350, "count", "lao động", subject="lao động các doanh nghiệp, cơ sở sản xuất vở sử dụng"),
] + CELLS + [
    fig("ước đạt 58,4 triệu", "58,4", 58.4e6, "count", "cuốn", status="estimate", percent=47.1,
        change=chg("increase", 7.5, "%", "cùng kỳ năm 2023"), subject="sản lượng vở", period=H1),
    fig("khoảng 24,5 triệu", "24,5", 24.5e6, "money", "đồng/tấn", approx="about",
        change=chg("increase", 6, "%", "cùng kỳ"), subject="giá giấy nguyên liệu bình quân", period=H1s),
    fig("vở 96 trang", "96", 96, "measure", "trang", subject="số trang vở", optional=True),
    fig("từ 6.800 đến 8.200", "6.800", 6800, "money", "đồng/cuốn", value_max=8200,
        subject="giá bán buôn vở 96 trang"),
    fig("giá 18,5 triệu", "18,5", 18.5e6, "count", "cuốn vở", percent=14.9,
        subject="vở các doanh nghiệp đăng ký tham gia bình ổn giá"),
    fig("khoảng 7%", "7", 7, "percent", "%", approx="about",
        subject="giá vở bình ổn thấp hơn giá thị trường"),
    fig("đạt 124 triệu", "124", 124e6, "count", "cuốn", status="target",
        change=chg("increase", 8.1, "%", "năm 2023"), subject="sản lượng vở", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG NAI', 'Số: 187/BC-UBND', 'Đồng Nai, ngày 25 tháng 6 năm 2024' (published), sections I-III, 1-2, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: triệu cuốn': count cells in cuốn ×10^6; rows are companies (not places) → location Đồng Nai;",
    "subject = row label + column label; period from the column header; 'Kế hoạch 2024' column → target; 'So với cùng kỳ (%)' cells are",
    "percent figures (value as written, 108,0 = 108) with no period (the header names none); cells get no total.",
    "'6 tháng đầu năm 2024 ... ước đạt 58,4 triệu cuốn, tăng 7,5% ..., bằng 47,1% kế hoạch năm' → estimate, change 7.5, percent 47.1.",
    "'tăng 6-8% so với cùng kỳ' after the paper price → change (lower end 6). 'chiếm 14,9% kế hoạch sản xuất năm' → percent attribute.",
    "'với giá thấp hơn giá thị trường khoảng 7%' concerns the price, not the 18,5 triệu cuốn: a percent figure of its own.",
    "'vở 96 trang' names a product type (optional). Capacity 'cuốn/năm' is a rate → measure.",
    "Distractors: Số: 187/BC-UBND, the letterhead date, 'năm học 2024-2025' in the title, section numbers I.-III., 1.-2., 'Lưu: VT, KTN'.",
]

if __name__ == "__main__":
    write("p1484-3", TEXT, NOTES, FIGS, published="2024-06-25", location="Đồng Nai")

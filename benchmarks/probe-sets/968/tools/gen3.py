"""p968-3: formal report of UBND tỉnh Cao Bằng, 9 months of 2024, with a flattened '|' table by district."""
from lib import F, change, period, inherit, write

TEXT = """
UBND TỈNH CAO BẰNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình phát triển chăn nuôi lợn đen bản địa 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn
Tính đến 30/9/2024, tổng đàn lợn đen bản địa toàn tỉnh đạt 72.480 con, tăng 5.310 con so với cùng thời điểm năm 2023; trong đó lợn nái 14.260 con, chiếm 19,7%. Số lượng theo huyện như sau:

Đơn vị tính: con
Huyện | Lợn nái | Lợn thịt | Tổng đàn
Bảo Lạc | 3.150 | 12.840 | 15.990
Bảo Lâm | 2.870 | 11.630 | 14.500
Hà Quảng | 2.410 | 9.870 | 12.280
Nguyên Bình | 1.980 | 8.120 | 10.100
Các huyện còn lại | 3.850 | 15.760 | 19.610
Tổng cộng | 14.260 | 58.220 | 72.480

2. Sản lượng, giá bán
Sản lượng thịt lợn đen hơi xuất chuồng 9 tháng ước đạt 2.940 tấn, bằng 76,4% kế hoạch năm. Giá bán bình quân từ 85.000 đến 105.000 đồng/kg. Giá lợn đen cao hơn lợn lai khoảng 30-35%.

3. Phòng, chống dịch bệnh
Toàn tỉnh đã tiêm 41.350 liều vắc xin dịch tả lợn châu Phi cho đàn lợn đen, đạt 82,7% kế hoạch; xảy ra 3 ổ dịch nhỏ lẻ tại 2 xã, tiêu hủy 46 con lợn.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu đến 31/12/2024 tổng đàn lợn đen đạt 75.000 con; dự kiến hỗ trợ thêm 500 con lợn nái giống cho hộ nghèo theo Nghị quyết số 15/2023/NQ-HĐND.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = period("Tính đến 30/9/2024", None, "2024-09-30")
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = period("QUÝ IV/2024", "2024-10-01", "2024-12-31")

ROWS = [  # label, location, (nái, thịt, tổng)
    ("Bảo Lạc", "Bảo Lạc", ("3.150", "12.840", "15.990")),
    ("Bảo Lâm", "Bảo Lâm", ("2.870", "11.630", "14.500")),
    ("Hà Quảng", "Hà Quảng", ("2.410", "9.870", "12.280")),
    ("Nguyên Bình", "Nguyên Bình", ("1.980", "8.120", "10.100")),
    ("Các huyện còn lại", "Cao Bằng", ("3.850", "15.760", "19.610")),
    ("Tổng cộng", "Cao Bằng", ("14.260", "58.220", "72.480")),
]
COLS = ("lợn nái", "lợn thịt", "tổng đàn")


def table():
    out = []
    for label, loc, cells in ROWS:
        prev = label
        for col, cell in zip(COLS, cells):
            subj = col
            if label == "Các huyện còn lại":
                subj = f"{col} các huyện còn lại"
            elif label == "Tổng cộng":
                subj = f"tổng cộng {col}"
            out.append(F(f"{prev} | {cell}", cell, int(cell.replace(".", "")), "count", "con", subj,
                         inherit(ASOF), location=loc))
            prev = cell
    return out


FIGS = [
    F("toàn tỉnh đạt 72.480 con", "72.480", 72480, "count", "con", "tổng đàn lợn đen bản địa", ASOF,
      change=change("increase", 5310, "con", baseline="cùng thời điểm năm 2023")),
    F("lợn nái 14.260 con", "14.260", 14260, "count", "con", "lợn nái", ASOF, total=72480, percent=19.7),
    *table(),
    F("ước đạt 2.940 tấn", "2.940", 2940, "measure", "tấn", "sản lượng thịt lợn đen hơi xuất chuồng",
      period("9 tháng", "2024-01-01", "2024-09-30"), percent=76.4, status="estimate"),
    F("từ 85.000 đến 105.000 đồng/kg", "85.000", 85000, "money", "đồng/kg", "giá bán bình quân lợn đen",
      inherit(M9), value_max=105000),
    F("khoảng 30-35%", "30", 30, "percent", "%", "giá lợn đen cao hơn lợn lai", value_max=35, approx="about"),
    F("tiêm 41.350 liều", "41.350", 41350, "count", "liều",
      "liều vắc xin dịch tả lợn châu Phi đã tiêm cho đàn lợn đen", inherit(M9), percent=82.7),
    F("xảy ra 3 ổ dịch", "3", 3, "count", "ổ dịch", "ổ dịch nhỏ lẻ", inherit(M9)),
    F("tại 2 xã", "2", 2, "count", "xã", "xã xảy ra ổ dịch", inherit(M9)),
    F("tiêu hủy 46 con", "46", 46, "count", "con", "lợn tiêu hủy", inherit(M9)),
    F("đạt 75.000 con", "75.000", 75000, "count", "con", "tổng đàn lợn đen",
      period("đến 31/12/2024", None, "2024-12-31"), status="target"),
    F("thêm 500 con", "500", 500, "count", "con", "lợn nái giống hỗ trợ thêm cho hộ nghèo", inherit(Q4),
      status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Cao Bằng số 287/BC-UBND, 08/10/2024: chăn nuôi lợn đen bản địa 9 tháng 2024, flattened '|' table by district.",
    "The report's own date 'Cao Bằng, ngày 08 tháng 10 năm 2024' is published. Section numbers, 'Số: 287/BC-UBND', 'QUÝ IV/2024',",
    "'Nghị quyết số 15/2023/NQ-HĐND' are not figures. Table cells: every cell a figure, period from the as-of line above (inherited),",
    "no totals on cells (the Tổng cộng row is its own figure); 'Các huyện còn lại' and 'Tổng cộng' rows take the province.",
    "'cao hơn lợn lai khoảng 30-35%' has no base amount in its sentence: a percent figure, no change.",
]

if __name__ == "__main__":
    write(3, TEXT, NOTES, FIGS, published="2024-10-08", location="Cao Bằng")

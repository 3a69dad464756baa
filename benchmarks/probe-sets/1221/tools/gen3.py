"""p1221-3: formal report (UBND tỉnh Lào Cai), phosphate fertilizer and chemicals 2023, flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LÀO CAI
Số: 31/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 18 tháng 01 năm 2024

BÁO CÁO
Tình hình sản xuất phân bón, hóa chất gốc phốt pho năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Khai thác, tuyển quặng apatit
Năm 2023, các doanh nghiệp trên địa bàn tỉnh khai thác 3,62 triệu tấn quặng apatit, bằng 96,3% kế hoạch, giảm 4,1% so với năm 2022; tuyển được 1,87 triệu tấn tinh quặng.

2. Sản xuất phân bón, hóa chất
Đơn vị tính: nghìn tấn
Sản phẩm | Năm 2022 | Năm 2023 | Kế hoạch 2024
Phân bón DAP | 512,4 | 468,0 | 520,0
Phốt pho vàng | 98,6 | 92,3 | 100,0
Axit phốtphoric | 185,2 | 176,5 | 190,0
Supe lân | 60,8 | 65,4 | 70,0
Tổng cộng | 857,0 | 802,2 | 880,0
Sản lượng DAP giảm chủ yếu do Nhà máy DAP số 2 phải dừng máy 45 ngày để khắc phục sự cố.

3. Lao động, nộp ngân sách
Các doanh nghiệp hóa chất, phân bón sử dụng khoảng 7.800 lao động, trong đó lao động địa phương chiếm trên 65%; thu nhập bình quân 10,6 triệu đồng/người/tháng. Tổng nộp ngân sách nhà nước năm 2023 đạt 1.246 tỷ đồng, chiếm 11,8% tổng thu nội địa của tỉnh.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu sản lượng phân bón, hóa chất gốc phốt pho đạt 880 nghìn tấn, tăng khoảng 9,7% so với năm 2023; hoàn thành đầu tư dây chuyền tuyển quặng công suất 900.000 tấn/năm tại huyện Bảo Thắng theo Quyết định số 1245/QĐ-UBND.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CN2.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
COLS = {
    "Năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
    "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
    "Kế hoạch 2024": per("Kế hoạch 2024", "2024-01-01", "2024-12-31"),
}
PLAN24 = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    v = round(float(number.replace(",", ".")) * 1000, 3)
    return fig(anchor, number, v, "measure", "tấn", subject=f"sản lượng {row} {col.lower()}",
               period=COLS[col], **kw)


TABLE = []
ROWS = [
    ("Phân bón DAP", "phân bón DAP", ["512,4", "468,0", "520,0"]),
    ("Phốt pho vàng", "phốt pho vàng", ["98,6", "92,3", "100,0"]),
    ("Axit phốtphoric", "axit phốtphoric", ["185,2", "176,5", "190,0"]),
    ("Supe lân", "supe lân", ["60,8", "65,4", "70,0"]),
    ("Tổng cộng", "phân bón, hóa chất tổng cộng", ["857,0", "802,2", "880,0"]),
]
for label, row, nums in ROWS:
    cols = list(COLS)
    TABLE.append(cell(f"{label} | {nums[0]}", nums[0], row, cols[0]))
    TABLE.append(cell(f"{nums[0]} | {nums[1]}", nums[1], row, cols[1]))
    TABLE.append(cell(f"{nums[1]} | {nums[2]}", nums[2], row, cols[2]))

FIGS = [
    fig("khai thác 3,62 triệu", "3,62", 3.62e6, "measure", "tấn", percent=96.3,
        change=chg("decrease", 4.1, "%", "năm 2022"), subject="sản lượng quặng apatit khai thác", period=Y23),
    fig("được 1,87 triệu", "1,87", 1.87e6, "measure", "tấn", subject="tinh quặng apatit tuyển được", period=Y23),
    *TABLE,
    fig("dừng máy 45 ngày", "45", 45, "measure", "ngày",
        subject="thời gian dừng máy của Nhà máy DAP số 2", period=inh(Y23)),
    fig("khoảng 7.800 lao động", "7.800", 7800, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp hóa chất, phân bón sử dụng", period=inh(Y23)),
    fig("trên 65%", "65", 65, "percent", "%", approx="over",
        subject="tỷ lệ lao động địa phương", period=inh(Y23)),
    fig("quân 10,6 triệu", "10,6", 10.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động", period=inh(Y23)),
    fig("đạt 1.246 tỷ", "1.246", 1246e9, "money", "đồng", percent=11.8,
        subject="tổng nộp ngân sách nhà nước của doanh nghiệp hóa chất, phân bón", period=Y23b),
    fig("đạt 880 nghìn tấn", "880", 880000, "measure", "tấn", status="target",
        change=chg("increase", 9.7, "%", "năm 2023", approx="about"),
        subject="sản lượng phân bón, hóa chất gốc phốt pho", period=PLAN24),
    fig("công suất 900.000 tấn/năm", "900.000", 900000, "measure", "tấn/năm", status="target",
        subject="công suất dây chuyền tuyển quặng", location="Bảo Thắng"),
]

NOTES = [
    "Formal report under a letterhead: 'UBND TỈNH LÀO CAI', 'Số: 31/BC-UBND', 'Lào Cai, ngày 18 tháng 01 năm 2024', sections, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn' (multiplier ×1000 on every cell), periods from column headers (scored), 'Kế hoạch 2024' → target.",
    "Table cells get no totals; the 'Tổng cộng' row is its own figure. Subject = 'sản lượng' + row label + column label.",
    "Distractors: 'Số: 31/BC-UBND', 'Nhà máy DAP số 2', 'Quyết định số 1245/QĐ-UBND', 'CN2', section numbers I./II./1.–3., the date.",
    "'dừng máy 45 ngày' is the length of a stoppage (a measure), not a period. Section 3 figures inherit 2023 from the report title / section 1.",
    "'trong đó lao động địa phương chiếm trên 65%' is a percent figure of its own. Section II figures inherit 'NĂM 2024' from the heading.",
    "'dây chuyền … 900.000 tấn/năm tại huyện Bảo Thắng' → location Bảo Thắng.",
]

if __name__ == "__main__":
    write("p1221-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Lào Cai")

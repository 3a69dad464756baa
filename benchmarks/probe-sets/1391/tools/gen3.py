"""p1391-3: formal report (UBND tỉnh Bình Dương, Số: 09/BC-UBND): festive decoration and gift exports 2024, '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÌNH DƯƠNG
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, xuất khẩu hàng trang trí lễ hội, quà tặng năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất, xuất khẩu
Toàn tỉnh có 37 doanh nghiệp sản xuất đồ trang trí Giáng sinh, cây thông nhân tạo và hàng quà tặng, trong đó 24 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng trên 18.000 lao động. Năm 2024, kim ngạch xuất khẩu nhóm hàng này đạt 486,2 triệu USD, tăng 9,3% so với năm 2023, vượt 6,2% kế hoạch; thị trường Hoa Kỳ chiếm 58%, EU chiếm 21%.

2. Kim ngạch xuất khẩu theo nhóm hàng
Đơn vị tính: triệu USD
Nhóm hàng | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Đồ trang trí Giáng sinh | 198,4 | 221,7 | 111,7
Cây thông, vòng hoa nhân tạo | 127,5 | 136,9 | 107,4
Hàng quà tặng, thủ công mỹ nghệ | 118,9 | 127,6 | 107,3
Tổng cộng | 444,8 | 486,2 | 109,3

3. Thị trường trong tỉnh
Dịp Giáng sinh và Tết Dương lịch, các doanh nghiệp đưa ra thị trường khoảng 2,5 triệu sản phẩm trang trí, quà tặng; doanh thu bán lẻ nhóm hàng này tháng 12/2024 ước đạt 312 tỷ đồng, tăng 8% so với tháng 12/2023.

II. KẾ HOẠCH NĂM 2025
Phấn đấu kim ngạch xuất khẩu nhóm hàng trang trí lễ hội, quà tặng năm 2025 đạt 520 triệu USD, tăng khoảng 7% so với năm 2024; thu hút thêm từ 3 đến 5 dự án đầu tư mới.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
DEC = per("tháng 12/2024", "2024-12-01", "2024-12-31")
EXP = "kim ngạch xuất khẩu"

ROWS = [("Đồ trang trí Giáng sinh", ["198,4", "221,7", "111,7"]),
        ("Cây thông, vòng hoa nhân tạo", ["127,5", "136,9", "107,4"]),
        ("Hàng quà tặng, thủ công mỹ nghệ", ["118,9", "127,6", "107,3"]),
        ("Tổng cộng", ["444,8", "486,2", "109,3"])]
CELLS = []
for label, (a, b, c) in ROWS:
    row = label.lower() if label != "Tổng cộng" else "tổng cộng"
    CELLS.append(fig(f"{label} | {a}", a, float(a.replace(",", ".")) * 1e6, "money", "USD",
                     subject=f"{EXP} {row} năm 2023", period=Y23))
    CELLS.append(fig(f"{a} | {b}", b, float(b.replace(",", ".")) * 1e6, "money", "USD",
                     subject=f"{EXP} {row} năm 2024", period=Y24))
    CELLS.append(fig(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{EXP} {row} so với cùng kỳ", period=inh(Y24)))

FIGS = [
    fig("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ trang trí Giáng sinh, cây thông nhân tạo và hàng quà tặng"),
    fig("trong đó 24 doanh nghiệp", "24", 24, "count", "doanh nghiệp", total=37,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("trên 18.000 lao động", "18.000", 18000, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("đạt 486,2 triệu", "486,2", 486.2e6, "money", "USD", change=chg("increase", 9.3, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu nhóm hàng trang trí, quà tặng", period=Y24),
    fig("vượt 6,2%", "6,2", 6.2, "percent", "%", subject="kim ngạch xuất khẩu vượt kế hoạch", period=Y24,
        optional=True),
    fig("Hoa Kỳ chiếm 58%", "58", 58, "percent", "%", subject="thị trường Hoa Kỳ", period=Y24),
    fig("EU chiếm 21%", "21", 21, "percent", "%", subject="thị trường EU", period=Y24),
] + CELLS + [
    fig("khoảng 2,5 triệu", "2,5", 2.5e6, "count", "sản phẩm", approx="about",
        subject="sản phẩm trang trí, quà tặng các doanh nghiệp đưa ra thị trường"),
    fig("ước đạt 312 tỷ", "312", 312e9, "money", "đồng", status="estimate",
        change=chg("increase", 8, "%", "tháng 12/2023"),
        subject="doanh thu bán lẻ nhóm hàng trang trí, quà tặng", period=DEC),
    fig("đạt 520 triệu", "520", 520e6, "money", "USD", status="target",
        change=chg("increase", 7, "%", "năm 2024", approx="about"),
        subject="kim ngạch xuất khẩu nhóm hàng trang trí lễ hội, quà tặng", period=Y25),
    fig("từ 3 đến 5 dự án", "3", 3, "count", "dự án", value_max=5, status="target",
        subject="dự án đầu tư mới thu hút thêm", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Bình Dương, 'Số: 09/BC-UBND', 'Bình Dương, ngày 15 tháng 01 năm 2025', sections I/II, 'Nơi nhận').",
    "Distractors: 09/BC-UBND, the letterhead date, section numbers I./II./1.-3., years in the title and headers, 'Lưu: VT, KT'.",
    "Flattened '|' table, 'Đơn vị tính: triệu USD': year cells are money in USD (×10^6), period from the column header (scored);",
    "'So với cùng kỳ (%)' cells are percent figures (row + column), period Năm 2024 marked inherited (not in their header); no totals.",
    "'tăng 9,3% so với năm 2023, vượt 6,2% kế hoạch': the first gap is the change; the second is a percent of its own (optional, spec).",
    "'thị trường Hoa Kỳ chiếm 58%, EU chiếm 21%': percent figures (shares of markets; partners are not locations).",
    "'nhóm hàng này' resolved to the group the report names. 'Phấn đấu' governs both clauses of section II (target).",
    "'khoảng 2,5 triệu sản phẩm' stands in a 'Dịp Giáng sinh' clause: no calendar period.",
]

if __name__ == "__main__":
    write("p1391-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Bình Dương")

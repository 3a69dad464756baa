"""p1544-3: formal report (Sở Công Thương Bình Dương): candle output and exports 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÌNH DƯƠNG
SỞ CÔNG THƯƠNG
Số: 86/BC-SCT
Bình Dương, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, xuất khẩu sản phẩm nến năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, sản lượng nến các loại trên địa bàn tỉnh ước đạt 46.500 tấn, tăng 12,4% so với năm 2023; giá trị sản xuất ước đạt 5.870 tỷ đồng. Toàn tỉnh có 57 doanh nghiệp, cơ sở sản xuất nến, gồm 21 doanh nghiệp FDI và 36 doanh nghiệp, cơ sở trong nước.

2. Xuất khẩu
Kim ngạch xuất khẩu nến năm 2024 đạt 118,8 triệu USD, vượt 3,3% kế hoạch; thị trường Hoa Kỳ chiếm 58,6%.

Bảng 1. Kim ngạch xuất khẩu nến theo địa bàn
Đơn vị tính: triệu USD
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Thủ Dầu Một | 18,4 | 21,2 | 115,2
TP Thuận An | 42,6 | 50,3 | 118,1
TP Tân Uyên | 27,9 | 31,5 | 112,9
Huyện Bắc Tân Uyên | 11,3 | 15,8 | 139,8
Tổng cộng | 100,2 | 118,8 | 118,6

3. Khó khăn
Giá sáp paraffin bình quân năm 2024 ở mức 1.350 USD/tấn, cao hơn 9% so với năm 2023; 4 doanh nghiệp phải thu hẹp sản xuất.

II. NHIỆM VỤ NĂM 2025
Phấn đấu kim ngạch xuất khẩu nến đạt 130 triệu USD, tăng khoảng 9,4% so với năm 2024; hỗ trợ ít nhất 10 doanh nghiệp tham gia hội chợ quốc tế.

Nơi nhận:
- Bộ Công Thương;
- UBND tỉnh;
- Lưu: VT, QLCN.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Minh Quang
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
BD = "Bình Dương"

ROWS = [("TP Thủ Dầu Một", "Thủ Dầu Một", ["18,4", "21,2", "115,2"]),
        ("TP Thuận An", "Thuận An", ["42,6", "50,3", "118,1"]),
        ("TP Tân Uyên", "Tân Uyên", ["27,9", "31,5", "112,9"]),
        ("Huyện Bắc Tân Uyên", "Bắc Tân Uyên", ["11,3", "15,8", "139,8"]),
        ("Tổng cộng", BD, ["100,2", "118,8", "118,6"])]
CELLS = []
for label, place, (a, b, c) in ROWS:
    extra = {"subject": "tổng cộng kim ngạch xuất khẩu nến"} if label == "Tổng cộng" else {}
    subj = extra.get("subject", "kim ngạch xuất khẩu nến")
    CELLS.append(fig(f"{label} | {a}", a, float(a.replace(",", ".")) * 1e6, "money", "USD",
                     subject=f"{subj} năm 2023", period=C23, location=place))
    CELLS.append(fig(f"{a} | {b}", b, float(b.replace(",", ".")) * 1e6, "money", "USD",
                     subject=f"{subj} năm 2024", period=C24, location=place))
    CELLS.append(fig(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{subj} so với cùng kỳ", period=inh(C24), location=place))

FIGS = [
    fig("ước đạt 46.500 tấn", "46.500", 46500, "measure", "tấn", status="estimate",
        change=chg("increase", 12.4, "%", "năm 2023"), subject="sản lượng nến các loại", period=Y24),
    fig("ước đạt 5.870 tỷ", "5.870", 5870e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=Y24),
    fig("có 57 doanh nghiệp", "57", 57, "count", "doanh nghiệp", subject="doanh nghiệp, cơ sở sản xuất nến"),
    fig("gồm 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", total=57, subject="doanh nghiệp FDI"),
    fig("và 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp", total=57,
        subject="doanh nghiệp, cơ sở trong nước"),
    fig("đạt 118,8 triệu", "118,8", 118.8e6, "money", "USD", change=chg("increase", 3.3, "%", "kế hoạch"),
        subject="kim ngạch xuất khẩu nến", period=Y24b),
    fig("chiếm 58,6%", "58,6", 58.6, "percent", "%",
        subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu nến", period=Y24b),
] + CELLS + [
    fig("mức 1.350 USD/tấn", "1.350", 1350, "money", "USD/tấn", change=chg("increase", 9, "%", "năm 2023"),
        subject="giá sáp paraffin bình quân", period=Y24b),
    fig("; 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp phải thu hẹp sản xuất",
        period=Y24b),
    fig("đạt 130 triệu", "130", 130e6, "money", "USD", status="target",
        change=chg("increase", 9.4, "%", "năm 2024", approx="about"),
        subject="kim ngạch xuất khẩu nến", period=inh(Y25)),
    fig("ít nhất 10 doanh nghiệp", "10", 10, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hỗ trợ tham gia hội chợ quốc tế", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH DƯƠNG / SỞ CÔNG THƯƠNG', 'Số: 86/BC-SCT', 'Bình Dương, ngày 16 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận', signature.",
    "Distractors: Số 86/BC-SCT, the letterhead date, section numbers I., II., 1.-3., 'Bảng 1.', 'Lưu: VT, QLCN'.",
    "Flattened '|' table, 'Đơn vị tính: triệu USD': place column → location per row (Tổng cộng → Bình Dương); money cells get their column year;",
    "'So với cùng kỳ (%)' cells are percent figures (2024 over 2023), period inherited from the 'Năm 2024' column (not in their own header).",
    "Table cells carry no total (the spec's table rule names subject, unit, period, status only).",
    "'vượt 3,3% kế hoạch' is a change with baseline kế hoạch; 'thị trường Hoa Kỳ chiếm 58,6%' is a percent figure of its own (Hoa Kỳ has no amount).",
    "'; 4 doanh nghiệp phải thu hẹp' continues the sentence that names 'năm 2024'. Section II 'NĂM 2025' stands in a heading: periods inherited; 'Phấn đấu' governs both clauses.",
]

if __name__ == "__main__":
    write("p1544-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Bình Dương")

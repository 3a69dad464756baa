"""p1524-3: formal report (Sở Công Thương Hà Nam, Số: 46/BC-SCT): hair accessories 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ NAM
SỞ CÔNG THƯƠNG
Số: 46/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất, kinh doanh nhóm sản phẩm phụ kiện tóc năm 2024

I. TÌNH HÌNH CHUNG
Năm 2024, giá trị sản xuất nhóm sản phẩm phụ kiện tóc (kẹp tóc, cặp tóc, dây buộc tóc, lược) trên địa bàn tỉnh đạt 486,2 tỷ đồng, tăng 9,7% so với năm 2023, vượt 2,3% kế hoạch. Toàn tỉnh có 141 cơ sở tham gia sản xuất, gồm 9 doanh nghiệp và 132 hộ kinh doanh cá thể; tổng số lao động 3.450 người, trong đó lao động nữ 2.870 người.

II. GIÁ TRỊ SẢN XUẤT PHỤ KIỆN TÓC THEO ĐỊA BÀN
Đơn vị tính: tỷ đồng
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Thị xã Duy Tiên | 210,4 | 236,8 | 112,5
Huyện Kim Bảng | 96,1 | 101,3 | 105,4
Huyện Thanh Liêm | 84,7 | 88,0 | 103,9
Huyện Lý Nhân | 52,0 | 60,1 | 115,6
Tổng cộng | 443,2 | 486,2 | 109,7

III. KHÓ KHĂN VÀ NHIỆM VỤ NĂM 2025
1. Giá nguyên liệu hạt nhựa tăng từ 8 đến 12% khiến lợi nhuận của nhiều cơ sở giảm; có 14 hộ phải tạm dừng sản xuất trong quý III/2024.
2. Năm 2025, phấn đấu giá trị sản xuất đạt 530 tỷ đồng, tăng khoảng 9% so với năm 2024; hỗ trợ ít nhất 3 cơ sở đầu tư máy ép nhựa tự động theo Chương trình khuyến công; 100% cơ sở ký cam kết bảo đảm an toàn lao động.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, QLCN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
SUBJ = "giá trị sản xuất phụ kiện tóc"


def cells(label, nums, place):
    out = []
    prev = label
    for col, n in zip(("Năm 2023", "Năm 2024", "So với cùng kỳ (%)"), nums):
        anchor = f"{prev} | {n}"
        v = float(n.replace(",", "."))
        if col == "So với cùng kỳ (%)":
            out.append(fig(anchor, n, v, "percent", "%", subject=f"{SUBJ} so với cùng kỳ",
                           period=inh(Y24), location=place))
        else:
            out.append(fig(anchor, n, v * 1e9, "money", "đồng", subject=f"{SUBJ} {col.lower()}",
                           period=Y23 if col == "Năm 2023" else Y24, location=place))
        prev = n
    return out


TABLE = (cells("Thị xã Duy Tiên", ["210,4", "236,8", "112,5"], "Duy Tiên")
         + cells("Huyện Kim Bảng", ["96,1", "101,3", "105,4"], "Kim Bảng")
         + cells("Huyện Thanh Liêm", ["84,7", "88,0", "103,9"], "Thanh Liêm")
         + cells("Huyện Lý Nhân", ["52,0", "60,1", "115,6"], "Lý Nhân")
         + cells("Tổng cộng", ["443,2", "486,2", "109,7"], "Hà Nam"))

FIGS = [
    fig("đạt 486,2 tỷ", "486,2", 486.2e9, "money", "đồng", change=chg("increase", 9.7, "%", "năm 2023"),
        subject="giá trị sản xuất nhóm sản phẩm phụ kiện tóc", period=Y24),
    fig("vượt 2,3% kế hoạch", "2,3", 2.3, "percent", "%", subject="giá trị sản xuất vượt kế hoạch",
        period=Y24, optional=True),
    fig("có 141 cơ sở", "141", 141, "count", "cơ sở", subject="cơ sở tham gia sản xuất phụ kiện tóc"),
    fig("gồm 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=141,
        subject="doanh nghiệp tham gia sản xuất"),
    fig("và 132 hộ", "132", 132, "count", "hộ kinh doanh cá thể", total=141,
        subject="hộ kinh doanh cá thể tham gia sản xuất"),
    fig("lao động 3.450 người", "3.450", 3450, "count", "người", subject="tổng số lao động"),
    fig("nữ 2.870 người", "2.870", 2870, "count", "người", total=3450, subject="lao động nữ"),
] + TABLE + [
    fig("từ 8 đến 12%", "8", 8, "percent", "%", value_max=12, subject="giá nguyên liệu hạt nhựa"),
    fig("có 14 hộ", "14", 14, "count", "hộ", subject="hộ phải tạm dừng sản xuất", period=Q3),
    fig("đạt 530 tỷ", "530", 530e9, "money", "đồng", status="target",
        change=chg("increase", 9, "%", "năm 2024", approx="about"), subject="giá trị sản xuất", period=Y25),
    fig("ít nhất 3 cơ sở", "3", 3, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đầu tư máy ép nhựa tự động", period=Y25),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở ký cam kết bảo đảm an toàn lao động", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ NAM / SỞ CÔNG THƯƠNG', 'Số: 46/BC-SCT', 'Hà Nam, ngày 15 tháng 01 năm 2025' (published), sections I-III, '1.', '2.', 'Nơi nhận'.",
    "Distractors: Số 46/BC-SCT, section numbers I/II/III and 1./2., 'quý III/2024', 'năm 2023' (baseline), 'Lưu: VT, QLCN'.",
    "'tăng 9,7% so với năm 2023, vượt 2,3% kế hoạch': the first change is the attribute; the gap to plan is a second change,",
    "so it is a percent figure of its own and optional (FIGURES.md: one of each attribute per figure).",
    "'141 cơ sở ..., gồm 9 doanh nghiệp và 132 hộ' → parts with total 141; 'trong đó lao động nữ 2.870' → total 3.450.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng': district rows → location (Duy Tiên, Kim Bảng, Thanh Liêm, Lý Nhân);",
    "'Tổng cộng' row → Hà Nam. Year columns give the period (scored). 'So với cùng kỳ (%)' cells are percent figures, value as",
    "written (112,5 = 112,5% of 2023); that header names no year, so their period (2024) is marked inherited (not scored).",
    "'Giá nguyên liệu hạt nhựa tăng từ 8 đến 12%' is a growth rate as the claim: percent range, no change, no period.",
    "Section III item 2 'Năm 2025, phấn đấu ...' governs all its ';' clauses → target, period 2025; 'tăng khoảng 9%' → change about.",
]

if __name__ == "__main__":
    write("p1524-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Hà Nam")

"""p1502-3: formal report (Sở Công Thương Đồng Nai), flattened '|' table by product group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG NAI
SỞ CÔNG THƯƠNG
Số: 86/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất bàn ghế, đồ nội thất nhựa năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 38 doanh nghiệp sản xuất bàn ghế và đồ nội thất nhựa, tăng 4 doanh nghiệp so với năm 2023. Tổng sản lượng đạt 12,2 triệu sản phẩm, tăng 9,1% so với năm 2023 và đạt 101,7% kế hoạch. Sản lượng theo nhóm sản phẩm:

Đơn vị tính: nghìn sản phẩm
STT | Nhóm sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Ghế nhựa đúc | 8.420 | 9.150 | 108,7 | 9.800
2 | Bàn nhựa | 2.160 | 2.310 | 106,9 | 2.500
3 | Nội thất nhựa giả mây | 640 | 785 | 122,7 | 900
 | Tổng cộng | 11.220 | 12.245 | 109,1 | 13.200

2. Xuất khẩu, lao động
Kim ngạch xuất khẩu đồ nội thất nhựa ước đạt 164 triệu USD, tăng 21,4% so với năm 2023. Thị trường chính là Hoa Kỳ (chiếm 46%), EU (27%) và Nhật Bản (11%). Các doanh nghiệp sử dụng khoảng 9.600 lao động, trong đó lao động nữ chiếm 58%.

3. Khó khăn
Giá hạt nhựa PP bình quân năm 2024 khoảng 31.000 đồng/kg, tăng 8% so với năm 2023; 5 doanh nghiệp phải thu hẹp sản xuất.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tổng sản lượng đạt 13,2 triệu sản phẩm; kim ngạch xuất khẩu đạt 180-190 triệu USD; thu hút ít nhất 3 dự án sản xuất nội thất nhựa công nghệ cao.

Nơi nhận:
- Bộ Công Thương (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLCN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")

ROWS = [("Ghế nhựa đúc", ["8.420", "9.150", "108,7", "9.800"]),
        ("Bàn nhựa", ["2.160", "2.310", "106,9", "2.500"]),
        ("Nội thất nhựa giả mây", ["640", "785", "122,7", "900"]),
        ("Tổng cộng", ["11.220", "12.245", "109,1", "13.200"])]
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            anchor = f"{prev} | {n}"
            subj = f"sản lượng {label.lower()} {col.lower()}"
            if col == "So với cùng kỳ (%)":
                out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                               subject=f"sản lượng {label.lower()} năm 2024 so với cùng kỳ",
                               period=inh(C24)))
            else:
                v = float(n.replace(".", "")) * 1e3
                kw = {}
                p = {"Năm 2023": C23, "Năm 2024": C24, "Kế hoạch 2025": K25}[col]
                if col == "Kế hoạch 2025":
                    kw["status"] = "target"
                out.append(fig(anchor, n, v, "count", "sản phẩm", subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        change=chg("increase", 4, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp sản xuất bàn ghế và đồ nội thất nhựa", period=Y24),
    fig("đạt 12,2 triệu", "12,2", 12.2e6, "count", "sản phẩm", percent=101.7,
        change=chg("increase", 9.1, "%", "năm 2023"),
        subject="tổng sản lượng", period=inh(Y24)),
] + cells() + [
    fig("ước đạt 164 triệu", "164", 164e6, "money", "USD", status="estimate",
        change=chg("increase", 21.4, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu đồ nội thất nhựa", period=inh(Y24)),
    fig("(chiếm 46%)", "46", 46, "percent", "%",
        subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu", period=inh(Y24)),
    fig("EU (27%)", "27", 27, "percent", "%",
        subject="tỷ trọng thị trường EU trong kim ngạch xuất khẩu", period=inh(Y24)),
    fig("Bản (11%)", "11", 11, "percent", "%",
        subject="tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu", period=inh(Y24)),
    fig("khoảng 9.600 lao động", "9.600", 9600, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="tỷ lệ lao động nữ"),
    fig("khoảng 31.000 đồng/kg", "31.000", 31000, "money", "đồng/kg", approx="about",
        change=chg("increase", 8, "%", "năm 2023"),
        subject="giá hạt nhựa PP bình quân", period=Y24b),
    fig("; 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
        subject="doanh nghiệp phải thu hẹp sản xuất", period=Y24b),
    fig("đạt 13,2 triệu", "13,2", 13.2e6, "count", "sản phẩm", status="target",
        subject="tổng sản lượng", period=inh(Y25)),
    fig("đạt 180-190 triệu", "180", 180e6, "money", "USD", value_max=190e6, status="target",
        subject="kim ngạch xuất khẩu", period=inh(Y25)),
    fig("ít nhất 3 dự án", "3", 3, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất nội thất nhựa công nghệ cao thu hút", period=inh(Y25)),
]

NOTES = [
    "Formal report (Sở Công Thương Đồng Nai): 'Số: 86/BC-SCT', 'Đồng Nai, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers I., II., 1.-3., STT 1-3 in the table, 'Lưu: VT, QLCN'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm' → ×1000, unit sản phẩm; subject = row + column; periods from column headers (scored).",
    "'So với cùng kỳ (%)' cells are percent figures (index, 108,7 = 108.7%); their column has no year, so the 2024 period is marked inherited.",
    "'Kế hoạch 2025' column → status target. Table cells get no total.",
    "'tăng 4 doanh nghiệp so với năm 2023' → change in doanh nghiệp. 'đạt 101,7% kế hoạch' → percent attribute of 12,2 triệu.",
    "Section periods ('KẾT QUẢ THỰC HIỆN NĂM 2024', 'NHIỆM VỤ NĂM 2025') stand outside the sentence → inherited. 'Phấn đấu' governs the three ';' clauses of section II.",
    "Market shares 'Hoa Kỳ (chiếm 46%), EU (27%) và Nhật Bản (11%)' stand in their own sentence: percent figures, actual; partners are not locations.",
]

if __name__ == "__main__":
    write("p1502-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Đồng Nai")

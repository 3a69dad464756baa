"""p1276-3: formal report (Sở LĐ-TB&XH Ninh Bình, Số: 215/BC-SLĐTBXH): elderly policy 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH BÌNH
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 215/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách đối với người cao tuổi năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Chúc thọ, mừng thọ
Năm 2024, toàn tỉnh tổ chức chúc thọ, mừng thọ cho 27.845 người cao tuổi, bằng 101,6% kế hoạch, tăng 4,1% so với năm 2023; tổng kinh phí 9,46 tỷ đồng, vượt 4,5% dự toán. Số người được mừng thọ theo huyện, thành phố như sau:

Đơn vị tính: người
Huyện, thành phố | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Ninh Bình | 3.412 | 3.560 | 104,3
TP Tam Điệp | 1.285 | 1.318 | 102,6
Huyện Nho Quan | 3.906 | 4.071 | 104,2
Huyện Gia Viễn | 3.350 | 3.482 | 103,9
Huyện Hoa Lư | 1.985 | 2.093 | 105,4
Huyện Yên Khánh | 3.627 | 3.780 | 104,2
Huyện Kim Sơn | 5.461 | 5.712 | 104,6
Huyện Yên Mô | 3.723 | 3.829 | 102,8
Tổng cộng | 26.749 | 27.845 | 104,1

2. Trợ cấp xã hội, bảo hiểm y tế
Tính đến ngày 30/11/2024, toàn tỉnh có 38.120 người cao tuổi hưởng trợ cấp xã hội hằng tháng, trong đó 1.245 người thuộc hộ nghèo không có người phụng dưỡng; mức trợ cấp cơ bản 500.000 đồng/người/tháng. 100% người cao tuổi hưởng trợ cấp được cấp thẻ bảo hiểm y tế.

II. PHƯƠNG HƯỚNG NĂM 2025
Dự kiến năm 2025 toàn tỉnh có khoảng 29.000 người cao tuổi được chúc thọ, mừng thọ; phấn đấu 98% người cao tuổi được lập hồ sơ theo dõi sức khỏe.

Nơi nhận:
- Bộ LĐTBXH (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, BTXH.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("TP Ninh Bình", "Ninh Bình", ["3.412", "3.560", "104,3"]),
        ("TP Tam Điệp", "Tam Điệp", ["1.285", "1.318", "102,6"]),
        ("Huyện Nho Quan", "Nho Quan", ["3.906", "4.071", "104,2"]),
        ("Huyện Gia Viễn", "Gia Viễn", ["3.350", "3.482", "103,9"]),
        ("Huyện Hoa Lư", "Hoa Lư", ["1.985", "2.093", "105,4"]),
        ("Huyện Yên Khánh", "Yên Khánh", ["3.627", "3.780", "104,2"]),
        ("Huyện Kim Sơn", "Kim Sơn", ["5.461", "5.712", "104,6"]),
        ("Huyện Yên Mô", "Yên Mô", ["3.723", "3.829", "102,8"]),
        ("Tổng cộng", "Ninh Bình", ["26.749", "27.845", "104,1"])]
SUBJ = "người cao tuổi được mừng thọ"
CELLS = []
for label, place, nums in ROWS:
    pre = "tổng cộng " if label == "Tổng cộng" else ""
    prev = label
    for i, n in enumerate(nums):
        a = f"{prev} | {n}"
        v = float(n.replace(".", "").replace(",", "."))
        if i == 0:
            CELLS.append(fig(a, n, v, "count", "người", subject=f"{pre}{SUBJ} năm 2023", period=C23, location=place))
        elif i == 1:
            CELLS.append(fig(a, n, v, "count", "người", subject=f"{pre}{SUBJ} năm 2024", period=Y24, location=place))
        else:
            CELLS.append(fig(a, n, v, "percent", "%", subject=f"{pre}{SUBJ} năm 2024 so với cùng kỳ",
                             period=inh(Y24), location=place))
        prev = n

FIGS = [
    fig("cho 27.845 người", "27.845", 27845, "count", "người cao tuổi", percent=101.6,
        change=chg("increase", 4.1, "%", "năm 2023"),
        subject="người cao tuổi được chúc thọ, mừng thọ", period=Y24),
    fig("phí 9,46 tỷ", "9,46", 9.46e9, "money", "đồng", change=chg("increase", 4.5, "%", "dự toán"),
        subject="tổng kinh phí chúc thọ, mừng thọ", period=Y24),
] + CELLS + [
    fig("có 38.120 người", "38.120", 38120, "count", "người cao tuổi",
        subject="người cao tuổi hưởng trợ cấp xã hội hằng tháng", period=ASOF),
    fig("1.245 người", "1.245", 1245, "count", "người", total=38120,
        subject="người cao tuổi thuộc hộ nghèo không có người phụng dưỡng hưởng trợ cấp", period=ASOF),
    fig("bản 500.000 đồng", "500.000", 500000, "money", "đồng/người/tháng",
        subject="mức trợ cấp xã hội cơ bản"),
    fig("100% người cao tuổi hưởng", "100", 100, "percent", "%",
        subject="tỷ lệ người cao tuổi hưởng trợ cấp được cấp thẻ bảo hiểm y tế",
        period=inh(ASOF)),
    fig("khoảng 29.000", "29.000", 29000, "count", "người cao tuổi", approx="about", status="forecast",
        subject="người cao tuổi được chúc thọ, mừng thọ", period=Y25),
    fig("phấn đấu 98%", "98", 98, "percent", "%", status="target",
        subject="tỷ lệ người cao tuổi được lập hồ sơ theo dõi sức khỏe", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH BÌNH / SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Số: 215/BC-SLĐTBXH',",
    "'Ninh Bình, ngày 18 tháng 12 năm 2024' (published), sections I/II and 1-2, 'Nơi nhận'.",
    "27.845: 'bằng 101,6% kế hoạch' → percent attribute; 'tăng 4,1% so với năm 2023' → change. 9,46 tỷ 'vượt 4,5% dự toán' → change",
    "with baseline 'dự toán' (FIGURES.md: a gap to a plan is a change).",
    "Flattened '|' table, 'Đơn vị tính: người'; the place column gives location (TP Ninh Bình → Ninh Bình, the city); 'Tổng cộng' row →",
    "the province. Subject = caption indicator + column label; period from the column header (scored); the 'So với cùng kỳ (%)' column",
    "gives percent cells (unit %), period 2024 from the report, marked inherited (the header carries no year). Cells get no total.",
    "'Tính đến ngày 30/11/2024' is an as-of date; 1.245 is part of 38.120 ('trong đó'). 'Dự kiến ...; phấn đấu 98%': the first clause",
    "is forecast, the second has its own cue 'phấn đấu' → target. Distractors: document number, dates, section numbers, 'b/c'.",
]

if __name__ == "__main__":
    write("p1276-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Ninh Bình")

"""p1312-7: department site (Sở NN&PTNT Bến Tre), no dateline: sour fruits 2024, one-cell-per-line table with 'Trong đó' sub-rows."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ

Cây ăn trái vị chua: hướng đi riêng cho nhà vườn xứ dừa

Năm 2024, diện tích chùm ruột toàn tỉnh đạt 265 ha, me 142 ha, khế chua 118 ha, phần lớn trồng xen trong vườn dừa ở các huyện Chợ Lách, Mỏ Cày Bắc và Giồng Trôm. Giá chùm ruột bình quân năm 2024 đạt 14.500 đồng/kg, tăng 11,5% so với năm 2023.

Sản lượng một số cây ăn trái vị chua
Đơn vị tính: tấn
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Tổng sản lượng
4.860
5.210
5.500
107,2
Trong đó: Chùm ruột
2.940
3.180
3.300
108,2
Me
1.120
1.150
1.250
102,7
Khế chua
800
880
950
110,0

Toàn tỉnh có 12 cơ sở chế biến mứt chùm ruột, me ngào đường, khế sấy; sản lượng mứt năm 2024 khoảng 460 tấn. Hiện đã có 3 sản phẩm mứt đạt OCOP 4 sao. Năm 2025, ngành nông nghiệp phấn đấu giá trị sản xuất các cây ăn trái vị chua đạt 120 tỷ đồng, tăng khoảng 9%.

Tin liên quan:
- Chợ Lách: Hội thảo kỹ thuật ghép cải tạo vườn chôm chôm
- Hướng dẫn số 215/HD-SNN về phòng chống hạn, mặn mùa khô 2024-2025

Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre
Địa chỉ: 17 đường Nguyễn Đình Chiểu, phường 2, TP Bến Tre
Điện thoại: 0275.3822.641
Lượt truy cập: 1.204.587 | Đang online: 23
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
C25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")

ROWS = [("Tổng sản lượng", "Tổng sản lượng", "tổng sản lượng", ("4.860", "5.210", "5.500", "107,2")),
        ("Trong đó: Chùm ruột", "Chùm ruột", "sản lượng chùm ruột", ("2.940", "3.180", "3.300", "108,2")),
        ("Me", "Me", "sản lượng me", ("1.120", "1.150", "1.250", "102,7")),
        ("Khế chua", "Khế chua", "sản lượng khế chua", ("800", "880", "950", "110,0"))]
TOTALS = (4860, 5210, 5500)


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for i, (label, short, subj, (a, b, c, d)) in enumerate(ROWS):
    part = i > 0
    tot = (lambda k: {"total": TOTALS[k]} if part else {})
    CELLS += [
        fig(f"{label}\n{a}\n", a, num(a), "measure", "tấn", subject=f"{subj} năm 2023", period=C23, **tot(0)),
        fig(f"\n{a}\n{b}\n", b, num(b), "measure", "tấn", status="estimate", subject=f"{subj} ước thực hiện 2024",
            period=C24, **tot(1)),
        fig(f"\n{b}\n{c}\n", c, num(c), "measure", "tấn", status="target", subject=f"{subj} kế hoạch 2025",
            period=C25, **tot(2)),
        fig(f"\n{c}\n{d}\n", d, num(d), "percent", "%", subject=f"{subj} so với cùng kỳ"),
    ]

FIGS = [
    fig("đạt 265 ha", "265", 265, "measure", "ha", subject="diện tích chùm ruột", period=Y24),
    fig("me 142 ha", "142", 142, "measure", "ha", subject="diện tích me", period=Y24),
    fig("khế chua 118 ha", "118", 118, "measure", "ha", subject="diện tích khế chua", period=Y24),
    fig("đạt 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", change=chg("increase", 11.5, "%", "năm 2023"),
        subject="giá chùm ruột bình quân", period=Y24b),
] + CELLS + [
    fig("có 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở chế biến mứt chùm ruột, me ngào đường, khế sấy"),
    fig("khoảng 460 tấn", "460", 460, "measure", "tấn", approx="about", subject="sản lượng mứt", period=Y24b),
    fig("có 3 sản phẩm", "3", 3, "count", "sản phẩm", subject="sản phẩm mứt đạt OCOP 4 sao"),
    fig("đạt 120 tỷ", "120", 120e9, "money", "đồng", status="target", change=chg("increase", 9, "%", approx="about"),
        subject="giá trị sản xuất các cây ăn trái vị chua", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Bến Tre), no dateline (published null): menu, related links, address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Hướng dẫn số 215/HD-SNN', 'mùa khô 2024-2025', '17 đường Nguyễn Đình Chiểu, phường 2', 0275.3822.641,",
    "'Lượt truy cập: 1.204.587', 'Đang online: 23', 'OCOP 4 sao'. Location Bến Tre throughout (districts only say where they grow).",
    "'diện tích chùm ruột ... 265 ha, me 142 ha, khế chua 118 ha' → a list; each item's subject is the area of its crop; period 2024.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; subject = row + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells → percent figures, no period.",
    "Annotation choice: the 'Trong đó: Chùm ruột', 'Me', 'Khế chua' rows follow the 'Tổng sản lượng' row and add up to it, so their",
    "value cells take the whole of their column as total (FIGURES.md parts of a whole: a part after 'trong đó' that follows the whole).",
    "'Hiện đã có 3 sản phẩm' → no period, no total. 'Năm 2025, ... phấn đấu ... đạt 120 tỷ đồng, tăng khoảng 9%' → target with a change",
    "(increase, 9%, about, no baseline stated).",
]

if __name__ == "__main__":
    write("p1312-7", TEXT, NOTES, FIGS, location="Bến Tre")

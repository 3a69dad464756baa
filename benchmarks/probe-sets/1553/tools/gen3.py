"""p1553-3: formal report (UBND tỉnh Tây Ninh) on sports shoes 2024 and tasks 2025, with a flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, xuất khẩu giày thể thao năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, sản lượng giày thể thao toàn tỉnh ước đạt 142,8 triệu đôi, tăng 8,6% so với năm 2023, đạt 102% kế hoạch.

Bảng 1. Sản lượng theo nhóm sản phẩm
Đơn vị tính: triệu đôi
TT | Sản phẩm | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | Giày chạy bộ | 58,4 | 63,5 | 68,0
2 | Giày bóng đá | 31,2 | 33,9 | 36,5
3 | Giày tập luyện | 41,9 | 45,4 | 48,5
 | Tổng cộng | 131,5 | 142,8 | 153,0

2. Xuất khẩu, lao động
Kim ngạch xuất khẩu giày thể thao năm 2024 ước đạt 1,86 tỷ USD, tăng 10,2% so với năm 2023, chiếm 32,4% tổng kim ngạch xuất khẩu của tỉnh. Toàn tỉnh có 23 doanh nghiệp sản xuất giày thể thao, gồm 11 doanh nghiệp tại thị xã Trảng Bàng, 7 doanh nghiệp tại huyện Gò Dầu và 5 doanh nghiệp tại huyện Bến Cầu. Các doanh nghiệp sử dụng 118.500 lao động, thu nhập bình quân 8,7 triệu đồng/người/tháng, tăng 6,1%. Trong năm xảy ra 2 cuộc ngừng việc tập thể với khoảng 1.300 người tham gia, đã được giải quyết dứt điểm.

II. NHIỆM VỤ, GIẢI PHÁP
Năm 2025, phấn đấu sản lượng giày thể thao đạt 153 triệu đôi; kim ngạch xuất khẩu trên 2 tỷ USD; thu hút ít nhất 3 dự án sản xuất nguyên phụ liệu ngành giày.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hoàng Phúc
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("Kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Giày chạy bộ", "sản lượng giày chạy bộ", ["58,4", "63,5", "68,0"]),
        ("Giày bóng đá", "sản lượng giày bóng đá", ["31,2", "33,9", "36,5"]),
        ("Giày tập luyện", "sản lượng giày tập luyện", ["41,9", "45,4", "48,5"]),
        ("Tổng cộng", "tổng cộng sản lượng giày thể thao", ["131,5", "142,8", "153,0"])]

CELLS = []
for label, subj, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(",", ".")) * 1e6, "count", "đôi",
                         subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 142,8 triệu", "142,8", 142.8e6, "count", "đôi", status="estimate", percent=102,
        change=chg("increase", 8.6, "%", "năm 2023"), subject="sản lượng giày thể thao toàn tỉnh", period=Y24),
] + CELLS + [
    fig("ước đạt 1,86 tỷ", "1,86", 1.86e9, "money", "USD", status="estimate", percent=32.4,
        change=chg("increase", 10.2, "%", "năm 2023"), subject="kim ngạch xuất khẩu giày thể thao", period=Y24b),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giày thể thao"),
    fig("gồm 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp sản xuất giày thể thao", location="Trảng Bàng"),
    fig("7 doanh nghiệp tại", "7", 7, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp sản xuất giày thể thao", location="Gò Dầu"),
    fig("5 doanh nghiệp tại", "5", 5, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp sản xuất giày thể thao", location="Bến Cầu"),
    fig("sử dụng 118.500 lao động", "118.500", 118500, "count", "lao động",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", change=chg("increase", 6.1, "%"),
        subject="thu nhập bình quân", period=inh(Y24b)),
    fig("ra 2 cuộc", "2", 2, "count", "cuộc", subject="cuộc ngừng việc tập thể", period=IN_YEAR),
    fig("khoảng 1.300 người", "1.300", 1300, "count", "người", approx="about",
        subject="người tham gia ngừng việc tập thể", period=IN_YEAR),
    fig("đạt 153 triệu", "153", 153e6, "count", "đôi", status="target",
        subject="sản lượng giày thể thao", period=Y25),
    fig("trên 2 tỷ USD", "2", 2e9, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("ít nhất 3 dự án", "3", 3, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất nguyên phụ liệu ngành giày thu hút", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Tây Ninh, Số: 21/BC-UBND, 'Tây Ninh, ngày 15 tháng 01 năm 2025'), sections I/II and 1-2, Nơi nhận, signature.",
    "Distractors: 21/BC-UBND, the letterhead date, section numbers I./II./1./2., 'Bảng 1', the TT column (row numbers 1-3), 'Lưu: VT, KTN'.",
    "Flattened '|' table, 'Đơn vị tính: triệu đôi': 12 cells; status from the column (Ước thực hiện → estimate, Kế hoạch → target), period from the header; no totals for cells.",
    "'gồm 11 ... 7 ... và 5 doanh nghiệp' after '23 doanh nghiệp' (11+7+5 = 23): total 23; the districts go to location.",
    "'tăng 6,1%' of the wage has no baseline; period of the wage is inherited from the previous sentence (năm 2024).",
    "'Trong năm' (year-less) takes 2024 from the nearest earlier period ('năm 2024' in the previous sentence).",
    "Section II: 'Năm 2025, phấn đấu' governs the three ';'-clauses (target).",
]

if __name__ == "__main__":
    write("p1553-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Tây Ninh")

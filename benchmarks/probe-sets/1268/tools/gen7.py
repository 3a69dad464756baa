"""p1268-7: department site (Trung tâm Khuyến nông tỉnh Tiền Giang), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM KHUYẾN NÔNG TỈNH TIỀN GIANG
Giới thiệu | Tin tức | Kỹ thuật | Thị trường | Văn bản | Liên hệ

Nuôi trùn quế: hướng đi bền vững cho hộ chăn nuôi

Những năm qua, Trung tâm Khuyến nông phối hợp với các huyện Cai Lậy, Cái Bè, Châu Thành triển khai mô hình nuôi trùn quế xử lý phân bò. Năm 2024, số hộ nuôi ước đạt 715 hộ, tăng 11,4% so với năm 2023; sản lượng phân trùn ước đạt 7.650 tấn.

Kết quả phát triển nuôi trùn quế
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Tổng số hộ nuôi (hộ)
642
715
111,4
800
Trong đó: hộ liên kết tiêu thụ (hộ)
188
236
125,5
300
Diện tích nuôi (ha)
24,5
27,9
113,9
32
Sản lượng phân trùn (tấn)
6.820
7.650
112,2
8.500

Theo tính toán, 1 tấn phân bò tươi sau khi qua trùn cho khoảng 350-400 kg phân trùn. Mỗi m2 luống nuôi cho thu hoạch từ 8 đến 10 kg trùn sinh khối mỗi tháng. Giá phân trùn bán tại trại 2.800-3.200 đồng/kg, cao hơn 2-3 lần so với phân bò khô.

Trong năm 2025, Trung tâm dự kiến mở 8 lớp tập huấn, hỗ trợ 50% chi phí con giống cho 60 hộ nuôi mới.

Bài viết khác:
- Kỹ thuật ủ phân hữu cơ vi sinh từ phụ phẩm nông nghiệp
- Mô hình trồng sầu riêng theo tiêu chuẩn VietGAP tại Cai Lậy

TRUNG TÂM KHUYẾN NÔNG TỈNH TIỀN GIANG
Địa chỉ: 37 Hùng Vương, Phường 7, TP Mỹ Tho
Điện thoại: 0273.3873.512
Lượt truy cập: 1.204.376
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Trong năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", None, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Tổng số hộ nuôi (hộ)", "tổng số hộ nuôi", "count", "hộ", ["642", "715", "111,4", "800"]),
        ("Trong đó: hộ liên kết tiêu thụ (hộ)", "hộ liên kết tiêu thụ", "count", "hộ", ["188", "236", "125,5", "300"]),
        ("Diện tích nuôi (ha)", "diện tích nuôi", "measure", "ha", ["24,5", "27,9", "113,9", "32"]),
        ("Sản lượng phân trùn (tấn)", "sản lượng phân trùn", "measure", "tấn", ["6.820", "7.650", "112,2", "8.500"])]
WHOLE = {"năm 2023": 642, "ước thực hiện 2024": 715, "kế hoạch 2025": 800}

CELLS = []
for label, subj, kind, unit, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if p:
            kw["period"] = p
        v = float(n.replace(".", "").replace(",", "."))
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=f"{subj} so với cùng kỳ", **kw))
        else:
            if label.startswith("Trong đó"):
                kw["total"] = WHOLE[col]
            CELLS.append(fig(f"{prev}\n{n}", n, v, kind, unit, subject=f"{subj} {col}", **kw))
        prev = n

FIGS = [
    fig("ước đạt 715 hộ", "715", 715, "count", "hộ", status="estimate",
        change=chg("increase", 11.4, "%", "năm 2023"), subject="số hộ nuôi", period=Y24),
    fig("ước đạt 7.650 tấn", "7.650", 7650, "measure", "tấn", status="estimate",
        subject="sản lượng phân trùn", period=Y24),
] + CELLS + [
    fig("khoảng 350-400 kg", "350", 350, "measure", "kg/tấn phân bò tươi", value_max=400, approx="about",
        subject="phân trùn thu được từ phân bò tươi"),
    fig("từ 8 đến 10 kg", "8", 8, "measure", "kg/m2/tháng", value_max=10,
        subject="trùn sinh khối thu hoạch trên mỗi m2 luống nuôi mỗi tháng"),
    fig("trại 2.800-3.200", "2.800", 2800, "money", "đồng/kg", value_max=3200,
        change=chg("increase", 2, "lần", "phân bò khô"), subject="giá phân trùn bán tại trại"),
    fig("mở 8 lớp", "8", 8, "count", "lớp", status="forecast", subject="lớp tập huấn Trung tâm mở", period=Y25),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", status="forecast",
        subject="mức hỗ trợ chi phí con giống", period=Y25),
    fig("cho 60 hộ", "60", 60, "count", "hộ", status="forecast", subject="hộ nuôi mới được hỗ trợ con giống",
        period=Y25),
]

NOTES = [
    "Department site (Trung tâm Khuyến nông tỉnh Tiền Giang), no dateline: menu, related articles, footer address, phone, 'Lượt truy cập'.",
    "Distractors: '37 Hùng Vương, Phường 7', phone 0273.3873.512, 'Lượt truy cập: 1.204.376', 'VietGAP'; '1 tấn' is the denominator of a rate.",
    "One-cell-per-line table, units in the row labels; subject = row label + column label; period from the column header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures of their own, no period",
    "(the header names none), status actual (no cue). The 'Trong đó' sub-row takes the 'Tổng số' cell of its column as total (the spec's",
    "'a part after trong đó that follows the whole'); the other cells get no total.",
    "'1 tấn phân bò tươi ... cho khoảng 350-400 kg' is a rate: unit kg/tấn phân bò tươi, '1 tấn' is no figure. 'Mỗi m2 ... mỗi tháng' → kg/m2/tháng.",
    "'cao hơn 2-3 lần so với phân bò khô' is a change of the price (value 2, the low end of the range; unit lần).",
    "'dự kiến' governs the whole last sentence (8 lớp, 50%, 60 hộ): forecast, period 'Trong năm 2025'.",
]

if __name__ == "__main__":
    write("p1268-7", TEXT, NOTES, FIGS, location="Tiền Giang")

"""p1501-3: formal report (UBND tỉnh Phú Thọ, Số: 27/BC-UBND): sanitary ware 2024, flattened '|' table by company."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH PHÚ THỌ
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ sứ vệ sinh năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, sản lượng sứ vệ sinh toàn tỉnh ước đạt 1.926 nghìn sản phẩm, tăng 5,4% so với năm 2023, vượt 2,1% kế hoạch. Giá trị sản xuất ước đạt 2.480 tỷ đồng. Các doanh nghiệp nộp ngân sách nhà nước 186 tỷ đồng.

2. Sản lượng theo doanh nghiệp
Đơn vị tính: nghìn sản phẩm
Doanh nghiệp | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Công ty CP Sứ Hùng Vương | 1.020 | 1.064 | 104,3 | 1.120
Công ty TNHH Thiết bị vệ sinh Sông Lô | 598 | 642 | 107,4 | 700
Công ty TNHH Gốm sứ Tân Phát | 209 | 220 | 105,3 | 230
Tổng cộng | 1.827 | 1.926 | 105,4 | 2.050

3. Tiêu thụ
Sản phẩm tiêu thụ trong nước chiếm khoảng 78%, còn lại xuất khẩu sang Nhật Bản, Đài Loan và các nước ASEAN. Tồn kho đến ngày 31/12/2024 còn 96 nghìn sản phẩm, giảm 18 nghìn sản phẩm so với cùng thời điểm năm 2023. Toàn ngành sử dụng 2.150 lao động, thu nhập bình quân 8,6 triệu đồng/người/tháng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng sứ vệ sinh đạt 2.050 nghìn sản phẩm, tăng 6,4% so với năm 2024; giá trị sản xuất đạt trên 2.700 tỷ đồng; hoàn thành đầu tư dây chuyền phun men tự động của Công ty CP Sứ Hùng Vương.

Nơi nhận:
- Bộ Xây dựng (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
SEC1 = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
ASOF = per("đến ngày 31/12/2024", None, "2024-12-31")

COLS = [("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Công ty CP Sứ Hùng Vương", "Vương", ["1.020", "1.064", "104,3", "1.120"]),
        ("Công ty TNHH Thiết bị vệ sinh Sông Lô", "Lô", ["598", "642", "107,4", "700"]),
        ("Công ty TNHH Gốm sứ Tân Phát", "Phát", ["209", "220", "105,3", "230"]),
        ("Tổng cộng", "Tổng cộng", ["1.827", "1.926", "105,4", "2.050"])]


def cells():
    out = []
    for label, key, nums in ROWS:
        prev = key
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            anchor = f"{prev} | {n}"
            if col == "so với cùng kỳ":
                out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                               subject=f"sản lượng sứ vệ sinh {label} so với cùng kỳ", period=p, **kw))
            else:
                v = float(n.replace(".", "")) * 1e3
                out.append(fig(anchor, n, v, "count", "sản phẩm",
                               subject=f"sản lượng sứ vệ sinh {label} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("ước đạt 1.926 nghìn", "1.926", 1926e3, "count", "sản phẩm", status="estimate",
        change=chg("increase", 5.4, "%", "năm 2023"), subject="sản lượng sứ vệ sinh toàn tỉnh", period=Y24),
    fig("vượt 2,1% kế hoạch", "2,1", 2.1, "percent", "%", status="estimate",
        subject="sản lượng sứ vệ sinh so với kế hoạch", period=Y24, optional=True),
    fig("ước đạt 2.480 tỷ", "2.480", 2480e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=inh(Y24)),
    fig("nước 186 tỷ", "186", 186e9, "money", "đồng",
        subject="các doanh nghiệp nộp ngân sách nhà nước", period=inh(Y24)),
] + cells() + [
    fig("khoảng 78%", "78", 78, "percent", "%", approx="about",
        subject="sản phẩm tiêu thụ trong nước", period=SEC1),
    fig("còn 96 nghìn", "96", 96e3, "count", "sản phẩm",
        change=chg("decrease", 18e3, "sản phẩm", "cùng thời điểm năm 2023"),
        subject="tồn kho", period=ASOF),
    fig("dụng 2.150 lao động", "2.150", 2150, "count", "lao động",
        subject="lao động toàn ngành sử dụng", period=SEC1),
    fig("bình quân 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", period=SEC1),
    fig("đạt 2.050 nghìn", "2.050", 2050e3, "count", "sản phẩm", status="target",
        change=chg("increase", 6.4, "%", "năm 2024"),
        subject="sản lượng sứ vệ sinh", period=per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)),
    fig("trên 2.700 tỷ", "2.700", 2700e9, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất", period=per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)),
]

NOTES = [
    "Formal report: 'UBND TỈNH PHÚ THỌ', 'Số: 27/BC-UBND', 'Phú Thọ, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 27/BC-UBND, the letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, KTN', 'ASEAN'.",
    "'tăng 5,4% ..., vượt 2,1% kế hoạch': the first change is the attribute; the second (a gap to plan) is a percent figure of its own, optional (spec).",
    "'Giá trị sản xuất ước đạt ...' and the budget sentence stand in their own sentences: period inherited from 'Năm 2024'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm'; subject = indicator + row + column; periods from column headers (scored);",
    "'Ước thực hiện 2024' → estimate; 'So với cùng kỳ (%)' stands right after it and compares the 2024 estimate with 2023:",
    "percent figures (index, value as written, e.g. 104,3), period 2024, status estimate; 'Kế hoạch 2025' → target. Table cells get no total.",
    "'Tồn kho đến ngày 31/12/2024 còn 96 nghìn sản phẩm, giảm 18 nghìn' → as-of period, change in sản phẩm.",
    "Section I 'KẾT QUẢ THỰC HIỆN NĂM 2024' gives an inherited period to section-3 figures; section II heading 'NĂM 2025' to the targets.",
    "'Phấn đấu' governs both clauses of the section-II sentence (target). No location but Phú Thọ (named in the letterhead).",
]

if __name__ == "__main__":
    write("p1501-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Phú Thọ")

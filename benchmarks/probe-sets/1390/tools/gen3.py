"""p1390-3: formal report (Sở NN&PTNT Ninh Thuận, Số: 27/BC-SNNPTNT): goats and sheep 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH NINH THUẬN
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 27/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả phát triển chăn nuôi dê, cừu năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Tổng đàn và sản lượng
Năm 2023, tổng đàn cừu toàn tỉnh đạt 124.500 con, tăng 3,5% so với năm 2022, đạt 101,2% kế hoạch; tổng đàn dê 142.800 con, giảm 1,1%. Sản lượng thịt dê, cừu hơi xuất chuồng ước đạt 4.250 tấn, trong đó thịt cừu 2.380 tấn.

2. Tổng đàn cừu theo địa phương
Đơn vị tính: con
Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
Thuận Nam | 45.600 | 47.300 | 50.500
Ninh Phước | 29.400 | 31.200 | 33.000
Ninh Hải | 20.100 | 20.900 | 22.000
Thuận Bắc | 15.300 | 15.800 | 17.500
Các địa phương khác | 9.900 | 9.300 | 12.000
Tổng cộng | 120.300 | 124.500 | 135.000

3. Công tác hỗ trợ, phòng dịch
Thực hiện Quyết định số 1256/QĐ-UBND ngày 12/10/2021 của UBND tỉnh, trong năm Sở đã tổ chức 14 lớp tập huấn kỹ thuật chăn nuôi dê, cừu cho 520 lượt người; cấp 2.600 liều vắc xin tụ huyết trùng, vượt 4% kế hoạch. Tỷ lệ cừu được tiêm phòng đạt 78,5%.

II. KẾ HOẠCH NĂM 2024
Phấn đấu tổng đàn cừu năm 2024 đạt 135.000 con, tăng 8,4% so với năm 2023; tỷ lệ cừu lai chiếm trên 40% tổng đàn; dự kiến hỗ trợ 150 con cừu đực giống cho các hộ chăn nuôi tại 12 xã vùng khó khăn.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Chăn nuôi;
- Lưu: VT, CNTY.
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
INYEAR = per("trong năm", "2023-01-01", "2023-12-31")
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target")]
ROWS = [("Thuận Nam", "Thuận Nam", ["45.600", "47.300", "50.500"]),
        ("Ninh Phước", "Ninh Phước", ["29.400", "31.200", "33.000"]),
        ("Ninh Hải", "Ninh Hải", ["20.100", "20.900", "22.000"]),
        ("Thuận Bắc", "Thuận Bắc", ["15.300", "15.800", "17.500"]),
        ("Các địa phương khác", None, ["9.900", "9.300", "12.000"]),
        ("Tổng cộng", None, ["120.300", "124.500", "135.000"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"tổng đàn cừu {col}"
        else:
            subj = f"tổng đàn cừu {label.lower()} {col}"
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "con", subject=subj,
                         period=p, **kw))
        prev = n

FIGS = [
    fig("đạt 124.500 con", "124.500", 124500, "count", "con", percent=101.2,
        change=chg("increase", 3.5, "%", "năm 2022"), subject="tổng đàn cừu toàn tỉnh", period=Y23),
    fig("dê 142.800 con", "142.800", 142800, "count", "con", change=chg("decrease", 1.1, "%"),
        subject="tổng đàn dê", period=Y23),
    fig("ước đạt 4.250 tấn", "4.250", 4250, "measure", "tấn", status="estimate",
        subject="sản lượng thịt dê, cừu hơi xuất chuồng", period=inh(Y23)),
    fig("thịt cừu 2.380 tấn", "2.380", 2380, "measure", "tấn", status="estimate", total=4250,
        subject="thịt cừu", period=inh(Y23)),
] + CELLS + [
    fig("chức 14 lớp", "14", 14, "count", "lớp", subject="lớp tập huấn kỹ thuật chăn nuôi dê, cừu", period=INYEAR),
    fig("cho 520 lượt", "520", 520, "count", "lượt người", subject="lượt người được tập huấn", period=INYEAR),
    fig("cấp 2.600 liều", "2.600", 2600, "count", "liều", change=chg("increase", 4, "%", "kế hoạch"),
        subject="liều vắc xin tụ huyết trùng được cấp", period=INYEAR),
    fig("đạt 78,5%", "78,5", 78.5, "percent", "%", subject="tỷ lệ cừu được tiêm phòng", period=inh(INYEAR)),
    fig("đạt 135.000 con", "135.000", 135000, "count", "con", status="target",
        change=chg("increase", 8.4, "%", "năm 2023"), subject="tổng đàn cừu", period=Y24),
    fig("trên 40%", "40", 40, "percent", "%", approx="over", status="target", subject="tỷ lệ cừu lai",
        period=Y24),
    fig("hỗ trợ 150 con", "150", 150, "count", "con", status="forecast",
        subject="cừu đực giống hỗ trợ cho các hộ chăn nuôi", period=Y24),
    fig("tại 12 xã", "12", 12, "count", "xã", status="forecast", subject="xã vùng khó khăn", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH THUẬN', 'SỞ NÔNG NGHIỆP ...', 'Số: 27/BC-SNNPTNT', 'Ninh Thuận, ngày 18 tháng 01 năm 2024' (published), I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số: 27/BC-SNNPTNT, Quyết định số 1256/QĐ-UBND ngày 12/10/2021, section numbers, the letterhead date, 'Lưu: VT, CNTY'.",
    "'đạt 101,2% kế hoạch' → percent of 124.500; '; tổng đàn dê 142.800 con, giảm 1,1%' is in the same sentence as 'Năm 2023' (period scored).",
    "'ước đạt 4.250 tấn, trong đó thịt cừu 2.380 tấn' → total 4250, estimate carried; 'Năm 2023' stands in the previous sentence (inherited).",
    "Flattened '|' table, 'Đơn vị tính: con' → count, con. A district row label goes to location, the subject is the indicator + column;",
    "'Các địa phương khác' and 'Tổng cộng' are not places (location Ninh Thuận, label kept in the subject). 'Kế hoạch 2024' column → target. No totals in the table.",
    "'trong năm' in a 2023 report → year 2023. 'vượt 4% kế hoạch' is a change with baseline 'kế hoạch' (spec: gap to a plan).",
    "Section II: 'Phấn đấu' governs the ';' chain up to 'dự kiến', which makes the last clause (150 con, 12 xã) a forecast. 'năm 2024' stated in the sentence.",
]

if __name__ == "__main__":
    write("p1390-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Ninh Thuận")

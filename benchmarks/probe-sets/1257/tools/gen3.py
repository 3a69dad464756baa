"""p1257-3: formal report (UBND tỉnh Quảng Ngãi, Số: 25/BC-UBND): modern retail 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 25/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình phát triển mạng lưới bán lẻ hiện đại năm 2024, phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tổng mức bán lẻ
Năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 71.320 tỷ đồng, tăng 9,6% so với năm 2023, đạt 101,2% kế hoạch. Năm 2024, doanh thu qua siêu thị, cửa hàng tiện lợi, siêu thị mini đạt khoảng 8.940 tỷ đồng (năm 2023 là 7.610 tỷ đồng).

2. Mạng lưới cửa hàng tiện lợi, siêu thị mini
Đơn vị tính: cửa hàng
Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
TP Quảng Ngãi | 86 | 104 | 120
Thị xã Đức Phổ | 14 | 19 | 24
Huyện Bình Sơn | 17 | 22 | 26
Huyện Tư Nghĩa | 11 | 15 | 18
Tổng cộng | 128 | 160 | 188

3. Siêu thị, trung tâm thương mại
Đến ngày 31/12/2024, toàn tỉnh có 11 siêu thị (2 siêu thị hạng II, 9 siêu thị hạng III) và 1 trung tâm thương mại. Trong năm, 2 siêu thị mới đi vào hoạt động tại huyện Mộ Đức và huyện Sơn Tịnh với tổng vốn đầu tư hơn 65 tỷ đồng.

4. Công tác kiểm tra
Lực lượng quản lý thị trường đã kiểm tra 146 lượt cửa hàng tiện lợi, siêu thị mini, xử lý 12 vụ vi phạm về nhãn hàng hóa, phạt tiền 38,5 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2025 đạt 78.000 tỷ đồng, tăng 9-10%; phát triển thêm ít nhất 28 cửa hàng tiện lợi, siêu thị mini; thu hút 1-2 nhà đầu tư xây dựng trung tâm thương mại tại TP Quảng Ngãi.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
y23 = per("năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
RETAIL = "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"
SHOPS = "cửa hàng tiện lợi, siêu thị mini"
COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Quảng Ngãi", "Ngãi", "Quảng Ngãi", ["86", "104", "120"]),
        ("Thị xã Đức Phổ", "Phổ", "Đức Phổ", ["14", "19", "24"]),
        ("Huyện Bình Sơn", "Sơn", "Bình Sơn", ["17", "22", "26"]),
        ("Huyện Tư Nghĩa", "Nghĩa", "Tư Nghĩa", ["11", "15", "18"]),
        ("Tổng cộng", "cộng", "Quảng Ngãi", ["128", "160", "188"])]

CELLS = []
for label, tail, place, nums in ROWS:
    prev = tail
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = f"{SHOPS} {col}" if label != "Tổng cộng" else f"{SHOPS} tổng cộng {col}"
        CELLS.append(fig(f"{prev} | {n}", n, float(n), "count", "cửa hàng", subject=subj, period=p,
                         location=place, **kw))
        prev = n

FIGS = [
    fig("ước đạt 71.320 tỷ", "71.320", 71320e9, "money", "đồng", status="estimate", percent=101.2,
        change=chg("increase", 9.6, "%", "năm 2023"), subject=RETAIL, period=Y24),
    fig("khoảng 8.940 tỷ", "8.940", 8940e9, "money", "đồng", approx="about",
        subject="doanh thu qua siêu thị, cửa hàng tiện lợi, siêu thị mini", period=Y24),
    fig("là 7.610 tỷ", "7.610", 7610e9, "money", "đồng",
        subject="doanh thu qua siêu thị, cửa hàng tiện lợi, siêu thị mini", period=y23),
] + CELLS + [
    fig("có 11 siêu thị", "11", 11, "count", "siêu thị", subject="siêu thị", period=ASOF),
    fig("(2 siêu thị", "2", 2, "count", "siêu thị", total=11, subject="siêu thị hạng II", period=ASOF),
    fig("9 siêu thị hạng", "9", 9, "count", "siêu thị", total=11, subject="siêu thị hạng III", period=ASOF),
    fig("và 1 trung tâm", "1", 1, "count", "trung tâm thương mại", subject="trung tâm thương mại", period=ASOF),
    fig("năm, 2 siêu thị", "2", 2, "count", "siêu thị", subject="siêu thị mới đi vào hoạt động", period=INYEAR),
    fig("hơn 65 tỷ", "65", 65e9, "money", "đồng", approx="over",
        subject="tổng vốn đầu tư siêu thị mới", period=INYEAR),
    fig("kiểm tra 146 lượt", "146", 146, "count", "lượt", subject="lượt kiểm tra cửa hàng tiện lợi, siêu thị mini",
        period=inh(Y24)),
    fig("xử lý 12 vụ", "12", 12, "count", "vụ", subject="vụ vi phạm về nhãn hàng hóa được xử lý", period=inh(Y24)),
    fig("tiền 38,5 triệu", "38,5", 38.5e6, "money", "đồng", subject="phạt tiền", period=inh(Y24)),
    fig("đạt 78.000 tỷ", "78.000", 78000e9, "money", "đồng", status="target",
        change=chg("increase", 9, "%"), subject=RETAIL, period=Y25),
    fig("ít nhất 28 cửa hàng", "28", 28, "count", "cửa hàng", approx="at_least", status="target",
        subject="cửa hàng tiện lợi, siêu thị mini phát triển thêm", period=Y25),
    fig("hút 1-2 nhà", "1", 1, "count", "nhà đầu tư", value_max=2, status="target",
        subject="nhà đầu tư xây dựng trung tâm thương mại", period=Y25, location="Quảng Ngãi"),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI', 'Số: 25/BC-UBND', 'Quảng Ngãi, ngày 15 tháng 01 năm 2025', sections I/II, 1-4, 'Nơi nhận'.",
    "Distractors: 25/BC-UBND, the letterhead date, section numbers, 'hạng II', 'hạng III', 'năm 2023' as baseline, 'Lưu: VT, KTN'.",
    "'đạt 101,2% kế hoạch' → percent attribute. 8.940 tỷ ('đạt khoảng', no 'ước') is actual, period Năm 2024 of its own sentence;",
    "the bracket '(năm 2023 là 7.610 tỷ đồng)' is a figure of its own with period năm 2023.",
    "Flattened '|' table, 'Đơn vị tính: cửa hàng', place column → location (TP Quảng Ngãi = Quảng Ngãi after the prefix; Tổng cộng = province);",
    "subject = indicator + column label; period from the column header; 'Kế hoạch 2025' → target. Table cells get no total.",
    "'11 siêu thị (2 siêu thị hạng II, 9 siêu thị hạng III)' is a bracketed breakdown that adds up → total 11.",
    "'Trong năm' in the 2024 annual report → year 2024. Section 4 has no period phrase: 2024 inherited from the section I heading.",
    "Section II 'Phấn đấu ... năm 2025 ... tăng 9-10%' → target, change 9 (lower end of the range); 'phấn đấu' governs the ';' clauses.",
    "'thu hút 1-2 nhà đầu tư ... tại TP Quảng Ngãi' → range 1-2, location the city (same name as the province).",
]

if __name__ == "__main__":
    write("p1257-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Quảng Ngãi")

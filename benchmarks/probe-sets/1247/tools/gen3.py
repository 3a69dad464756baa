"""p1247-3: formal report (UBND tỉnh Bến Tre): clam farming and bivalve seed 2024, '|' table by district, plan 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẾN TRE
Số: 05/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 06 tháng 01 năm 2025

BÁO CÁO
Kết quả nuôi nghêu và sản xuất giống nhuyễn thể năm 2024, kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Nuôi nghêu thương phẩm
Diện tích nuôi nghêu toàn tỉnh năm 2024 là 2.816 ha, giảm 4,2% so với năm 2023; sản lượng thu hoạch ước đạt 28.450 tấn, bằng 94,8% kế hoạch. Đợt nắng nóng trong tháng 4/2024 làm chết khoảng 3.200 tấn nghêu, thiệt hại ước hơn 60 tỷ đồng.

2. Nghêu giống
Nghêu giống tự nhiên xuất hiện tại các bãi bồi ven biển với mật độ bình quân 1.500-2.000 con/m2. Sản lượng nghêu giống khai thác theo huyện như sau:
Đơn vị tính: tấn
Huyện | Năm 2023 | Năm 2024 | Kế hoạch 2025
Bình Đại | 1.240 | 1.385 | 1.400
Ba Tri | 860 | 912 | 950
Thạnh Phú | 2.105 | 2.230 | 2.300
Tổng cộng | 4.205 | 4.527 | 4.650

3. Sản xuất giống nhân tạo
Toàn tỉnh có 7 trại sản xuất giống nhuyễn thể, gồm 4 trại giống nghêu và 3 trại giống sò huyết; số giống sản xuất năm 2024 đạt 3,6 tỷ con, gấp 2,4 lần năm 2022.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 diện tích nuôi nghêu đạt 3.000 ha, sản lượng từ 32.000 đến 34.000 tấn; 100% hợp tác xã nuôi nghêu được cấp mã số vùng nuôi.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
APR = per("tháng 4/2024", "2024-04-01", "2024-04-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Bình Đại", ["1.240", "1.385", "1.400"]), ("Ba Tri", ["860", "912", "950"]),
        ("Thạnh Phú", ["2.105", "2.230", "2.300"]), ("Tổng cộng", ["4.205", "4.527", "4.650"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if label == "Tổng cộng":
            subj, loc = f"tổng cộng sản lượng nghêu giống khai thác {col}", None
        else:
            subj, loc = f"sản lượng nghêu giống khai thác {col}", label
        if loc:
            kw["location"] = loc
        v = float(n.replace(".", ""))
        CELLS.append(fig(f"{prev} | {n}", n, v, "measure", "tấn", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("là 2.816 ha", "2.816", 2816, "measure", "ha", change=chg("decrease", 4.2, "%", "năm 2023"),
        subject="diện tích nuôi nghêu toàn tỉnh", period=Y24),
    fig("ước đạt 28.450 tấn", "28.450", 28450, "measure", "tấn", status="estimate", percent=94.8,
        subject="sản lượng nghêu thu hoạch", period=Y24),
    fig("khoảng 3.200 tấn", "3.200", 3200, "measure", "tấn", approx="about",
        subject="nghêu chết do nắng nóng", period=APR),
    fig("hơn 60 tỷ", "60", 60e9, "money", "đồng", approx="over", status="estimate",
        subject="thiệt hại do nghêu chết", period=APR),
    fig("bình quân 1.500-2.000", "1.500", 1500, "measure", "con/m2", value_max=2000,
        subject="mật độ bình quân nghêu giống tự nhiên"),
] + CELLS + [
    fig("có 7 trại", "7", 7, "count", "trại", subject="trại sản xuất giống nhuyễn thể"),
    fig("gồm 4 trại", "4", 4, "count", "trại", total=7, subject="trại giống nghêu"),
    fig("và 3 trại", "3", 3, "count", "trại", total=7, subject="trại giống sò huyết"),
    fig("đạt 3,6 tỷ", "3,6", 3.6e9, "count", "con", change=chg("increase", 2.4, "lần", "năm 2022"),
        subject="số giống sản xuất", period=Y24),
    fig("đạt 3.000 ha", "3.000", 3000, "measure", "ha", status="target",
        subject="diện tích nuôi nghêu", period=Y25),
    fig("từ 32.000 đến 34.000", "32.000", 32000, "measure", "tấn", value_max=34000, status="target",
        subject="sản lượng nghêu", period=Y25),
    fig("100% hợp tác xã", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ hợp tác xã nuôi nghêu được cấp mã số vùng nuôi", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẾN TRE', 'Số: 05/BC-UBND', 'Bến Tre, ngày 06 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 'Số: 05/BC-UBND', section numbers 'I.', 'II.', '1.'-'3.', 'năm 2023'/'năm 2022' baselines, 'Lưu: VT, NN'.",
    "'Phấn đấu năm 2025 …' governs all three clauses of the plan sentence (target). 'ước đạt 28.450 tấn' → estimate, percent 94,8.",
    "'Đợt nắng nóng trong tháng 4/2024 làm chết khoảng 3.200 tấn …, thiệt hại ước hơn 60 tỷ' → both get tháng 4/2024; 'ước hơn' → estimate+over.",
    "The density range is a standing description (no period). 'gấp 2,4 lần năm 2022' is a change (increase, 2,4 lần).",
    "Flattened '|' table, 'Đơn vị tính: tấn': rows are districts → location; subject = caption indicator + column label;",
    "period from the column header (scored); 'Kế hoạch 2025' → target. No 'trong đó' cue in the table, so cells get no total.",
    "'gồm 4 trại … và 3 trại' → total 7. The 7 trại count is current, with no period.",
]

if __name__ == "__main__":
    write("p1247-3", TEXT, NOTES, FIGS, published="2025-01-06", location="Bến Tre")

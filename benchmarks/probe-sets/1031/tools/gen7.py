"""p1031-7: department site (Chi cục Trồng trọt và BVTV Cần Thơ), no dateline, one-cell-per-line table."""
from lib import F, P, C, T, I, write

ROWS = [  # label, subject, 2022, 2023, plan 2024 (tấn)
    ("Trồng nấm rơm", "rơm dùng trồng nấm rơm", 142600, 168300, 190000),
    ("Thức ăn gia súc", "rơm dùng làm thức ăn gia súc", 96800, 112500, 130000),
    ("Ủ phân hữu cơ, giá thể", "rơm dùng ủ phân hữu cơ, giá thể", 58200, 79400, 105000),
    ("Bán ra ngoài thành phố", "rơm bán ra ngoài thành phố", 121900, 140200, 160000),
]
TOT = [sum(r[i] for r in ROWS) for i in (2, 3, 4)]
ROWS.append(("Tổng cộng", "tổng lượng rơm sử dụng", *TOT))


def vn(n):
    return f"{n:,}".replace(",", ".")


cells = "\n".join("\n".join([r[0]] + [vn(x) for x in r[2:]]) for r in ROWS)

TEXT = f"""SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THÀNH PHỐ CẦN THƠ
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản

Cần Thơ nâng tỷ lệ thu gom rơm rạ sau thu hoạch

Năm 2023, diện tích gieo trồng lúa toàn thành phố đạt 226.800 ha, lượng rơm rạ phát sinh khoảng 1,3 triệu tấn. Tỷ lệ rơm được thu gom ra khỏi đồng ruộng đạt 38,5%, tăng 6,1 điểm phần trăm so với năm 2022; phần còn lại chủ yếu được vùi tại ruộng kết hợp chế phẩm sinh học, hạn chế đốt.

Toàn thành phố có 318 máy cuộn rơm, tập trung ở các huyện Thới Lai (92 máy), Cờ Đỏ (81 máy) và Vĩnh Thạnh (67 máy). Chi phí cuộn bình quân 12.000 đồng/cuộn (khoảng 18 kg).

Kết quả sử dụng rơm rạ sau thu gom:
Đơn vị tính: tấn
Hình thức sử dụng
Năm 2022
Năm 2023
Kế hoạch 2024
{cells}

Năm 2024, Chi cục đặt mục tiêu thu gom 45% lượng rơm rạ, tập huấn cho 1.500 lượt nông dân về kỹ thuật trồng nấm rơm và ủ phân từ rơm.

Địa chỉ: Số 6 Ngô Quyền, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.718 - Fax: 0292.3820.719
Tổng lượt truy cập: 1.204.587
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
HDR = ("Năm 2022", "Năm 2023", "Kế hoạch 2024")
COLS = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Kế hoạch 2024", "2024-01-01", "2024-12-31")]

FIGS = [
    F("đạt 226.800 ha", "226.800", 226800, "measure", "ha", "diện tích gieo trồng lúa", period=Y23),
    F("khoảng 1,3 triệu tấn", "1,3", 1300000, "measure", "tấn", "lượng rơm rạ phát sinh", approx="about",
      period=Y23),
    F("đạt 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ rơm được thu gom ra khỏi đồng ruộng", period=I(Y23),
      change=C("increase", 6.1, "điểm phần trăm", "năm 2022")),
    F("có 318 máy cuộn rơm", "318", 318, "count", "máy cuộn rơm", "máy cuộn rơm"),
    F("Thới Lai (92 máy)", "92", 92, "count", "máy", "máy cuộn rơm", location="Thới Lai"),
    F("Cờ Đỏ (81 máy)", "81", 81, "count", "máy", "máy cuộn rơm", location="Cờ Đỏ"),
    F("Vĩnh Thạnh (67 máy)", "67", 67, "count", "máy", "máy cuộn rơm", location="Vĩnh Thạnh"),
    F("12.000 đồng/cuộn", "12.000", 12000, "money", "đồng/cuộn", "chi phí cuộn rơm bình quân"),
    F("(khoảng 18 kg)", "18", 18, "measure", "kg", "khối lượng một cuộn rơm", approx="about", optional=True),
]
for label, subj, *vals in ROWS:
    strs = [vn(x) for x in vals]
    for i, v in enumerate(vals):
        anchor = (f"{label}\n{strs[0]}" if i == 0 else f"{strs[i - 1]}\n{strs[i]}")
        status = "target" if i == 2 else None
        kw = {"status": status} if status else {}
        # revised after the first run: row label + column label verbatim (FIGURES.md tables; shared gold h23)
        FIGS.append(F(anchor, strs[i], v, "measure", "tấn", f"{label} {HDR[i]}", period=COLS[i], **kw))
FIGS += [
    F("thu gom 45%", "45", 45, "percent", "%", "lượng rơm rạ thu gom", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("1.500 lượt nông dân", "1.500", 1500, "count", "lượt nông dân", "lượt nông dân được tập huấn",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Chi cục Trồng trọt và BVTV TP Cần Thơ: no dateline (published absent); footer address, phone/fax, 'Tổng lượt truy cập: 1.204.587'.",
    "Not figures: 'Số 6 Ngô Quyền', phone/fax numbers, the visit counter, the menu line.",
    "'Tỷ lệ ... đạt 38,5%' is a percent figure (a level, not a growth rate; period 'Năm 2023' from the sentence before, inherited);",
    "'tăng 6,1 điểm phần trăm so với năm 2022' is its change.",
    "'tập trung ở các huyện Thới Lai (92 máy) ...': 92+81+67 != 318 and no part-of cue: no total; districts are locations.",
    "'(khoảng 18 kg)' explains what one bale weighs: optional. Table one cell per line, 'Đơn vị tính: tấn': each cell a measure in tấn, period",
    "from the column header, 'Kế hoạch 2024' column status target; 'Tổng cộng' is its own figure, no totals.",
    "revised after the first run: cell subjects are row label + column label as written ('Tổng cộng Năm 2022', FIGURES.md tables,",
    "shared gold h23) instead of paraphrases ('tổng lượng rơm sử dụng', 'rơm dùng trồng nấm rơm').",
]

write("p1031-7", TEXT, FIGS, NOTES, published=None, location="Cần Thơ")

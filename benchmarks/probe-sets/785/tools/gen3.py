from lib import F, P, I, CH, emit

ROWS = [
    ("Sản lượng áo dài may đo", "nghìn bộ", ("148,5", "160", "171,2")),
    ("Doanh thu các cơ sở may áo dài", "tỷ đồng", ("356", "390", "412,8")),
    ("Lượt khách thuê, mặc áo dài tham quan di tích", "nghìn lượt", ("215", "250", "284,6")),
    ("Tỷ lệ công chức nữ mặc áo dài ngày thứ Hai", "%", ("72", "85", "88,5")),
]
HEAD = "Chỉ tiêu | Đơn vị tính | Năm 2022 | Kế hoạch 2023 | Ước thực hiện 2023"
table = "\n".join([HEAD] + [f"{lab} | {u} | {' | '.join(c)}" for lab, u, c in ROWS])

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện Đề án "Huế - Kinh đô áo dài Việt Nam" năm 2023

Thực hiện Quyết định số 1560/QĐ-UBND ngày 08/7/2022 của UBND tỉnh, UBND tỉnh báo cáo kết quả năm 2023 như sau:

I. KẾT QUẢ THỰC HIỆN
1. Phát triển nghề may áo dài
Tính đến ngày 30/11/2023, toàn tỉnh có 312 cơ sở may đo áo dài, tăng 27 cơ sở so với cuối năm 2022; trong đó thành phố Huế có 236 cơ sở, chiếm 75,6%. Các cơ sở thu hút 1.420 lao động, trong đó có 85 nghệ nhân, thợ giỏi.

Bảng 1. Một số chỉ tiêu chủ yếu
""" + table + """

2. Tổ chức sự kiện, quảng bá
Tuần lễ Áo dài Huế lần thứ 2 (từ ngày 1 đến 8/3/2023) có 46 hoạt động, thu hút khoảng 1,2 triệu lượt người tham gia. Năm 2023, ngân sách tỉnh bố trí 1.845,5 triệu đồng hỗ trợ 24 cơ sở tham gia hội chợ, triển lãm, bình quân 76,9 triệu đồng/cơ sở.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu đến năm 2025 toàn tỉnh có 350 cơ sở may áo dài và 100% công chức, viên chức nữ mặc áo dài vào ngày thứ Hai hằng tuần. Năm 2024 dự kiến tổ chức 3 sự kiện quy mô quốc gia về áo dài.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VH.
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
WEEK = P("từ ngày 1 đến 8/3/2023", "2023-03-01", "2023-03-08")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
COLS = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "actual", "năm 2022"),
        (P("Kế hoạch 2023", "2023-01-01", "2023-12-31"), "target", "kế hoạch 2023"),
        (P("Ước thực hiện 2023", "2023-01-01", "2023-12-31"), "estimate", "ước thực hiện 2023")]
KIND = {"nghìn bộ": ("count", "bộ", 1000), "tỷ đồng": ("money", "đồng", 10**9),
        "nghìn lượt": ("count", "lượt", 1000), "%": ("percent", "%", 1)}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("có 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở may đo áo dài", ASOF,
      change=CH("increase", 27, "cơ sở", "cuối năm 2022")),
    F("có 236 cơ sở", "236", 236, "count", "cơ sở", "cơ sở may đo áo dài", ASOF,
      total=312, percent=75.6, location="Huế"),
    F("thu hút 1.420 lao động", "1.420", 1420, "count", "lao động", "lao động tại các cơ sở may đo áo dài", I(ASOF)),
    F("có 85 nghệ nhân", "85", 85, "count", "nghệ nhân", "nghệ nhân, thợ giỏi", I(ASOF), total=1420),
]
for lab, u, cells in ROWS:
    kind, unit, mult = KIND[u]
    for i, c in enumerate(cells):
        per, status, col = COLS[i]
        anchor = f"| {c} |" if i < 2 else f"| {c}\n"
        v = num(c) * mult
        v = int(round(v)) if abs(v - round(v)) < 1e-6 else v
        FIGS.append(F(anchor, c, v, kind, unit, f"{lab} {col}", per, status=status))
FIGS += [
    F("có 46 hoạt động", "46", 46, "count", "hoạt động", "hoạt động Tuần lễ Áo dài Huế", WEEK),
    F("khoảng 1,2 triệu", "1,2", 1200000, "count", "lượt người", "lượt người tham gia Tuần lễ Áo dài Huế", WEEK,
      approx="about"),
    F("bố trí 1.845,5 triệu", "1.845,5", 1845500000, "money", "đồng",
      "ngân sách tỉnh bố trí hỗ trợ cơ sở tham gia hội chợ, triển lãm", Y23),
    F("hỗ trợ 24 cơ sở", "24", 24, "count", "cơ sở", "cơ sở được hỗ trợ tham gia hội chợ, triển lãm", Y23),
    F("bình quân 76,9 triệu", "76,9", 76900000, "money", "đồng/cơ sở", "mức hỗ trợ bình quân", Y23),
    F("có 350 cơ sở", "350", 350, "count", "cơ sở", "cơ sở may áo dài", Y25, status="target"),
    F("và 100% công chức", "100", 100, "percent", "%",
      "tỷ lệ công chức, viên chức nữ mặc áo dài vào ngày thứ Hai hằng tuần", Y25, status="target"),
    F("tổ chức 3 sự kiện", "3", 3, "count", "sự kiện", "sự kiện quy mô quốc gia về áo dài",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Thừa Thiên Huế, 'Số: 412/BC-UBND', place-and-date line 15/12/2023 (published).",
    "Flattened '|' table (Bảng 1): every numeric cell is a figure; unit and multiplier from the 'Đơn vị tính' column (nghìn bộ, tỷ đồng, nghìn lượt, %);",
    "period and status from the column header (Năm 2022 actual, Kế hoạch 2023 target, Ước thực hiện 2023 estimate), scored as in shared h23;",
    "plan cells are figures of their own, so result cells carry no target attribute (h23 convention). Subject = row label + column label.",
    "'thành phố Huế có 236 cơ sở' after 'trong đó': total 312, percent 75,6, location Huế. Sentence after the as-of sentence inherits it.",
    "'Phấn đấu đến năm 2025' targets end 2025-12-31 (start null). 'dự kiến' → forecast.",
    "Distractors: 'Số: 412/BC-UBND', 'Quyết định số 1560/QĐ-UBND ngày 08/7/2022', section numbers I./1./2./II., 'Bảng 1', 'lần thứ 2',",
    "'ngày thứ Hai' (weekday), the heading 'PHƯƠNG HƯỚNG NĂM 2024'.",
]

emit("p785-3", TEXT, COMMENTS, FIGS, published="2023-12-15", location="Thừa Thiên Huế")

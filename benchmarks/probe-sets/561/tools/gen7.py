from lib import F, P, I, CH, TG, emit

ROWS = [
    ("Ninh Kiều", "986", "1.214", "1.400"),
    ("Cái Răng", "312", "398", "460"),
    ("Bình Thủy", "245", "301", "350"),
    ("Thốt Nốt", "180", "236", "280"),
    ("Phong Điền", "121", "167", "200"),
    ("Các quận, huyện khác", "469", "531", "610"),
    ("Tổng cộng", "2.313", "2.847", "3.300"),
]
table = "\n".join(f"{r[0]}\n{r[1]}\n{r[2]}\n{r[3]}" for r in ROWS)

TEXT = f"""SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ
Trang chủ / Thương mại điện tử / Số liệu thống kê

Số cơ sở kinh doanh tham gia sàn thương mại điện tử theo quận, huyện

Năm 2023, toàn thành phố Cần Thơ có 2.847 doanh nghiệp, hộ kinh doanh tham gia bán hàng trên các sàn thương mại điện tử, tăng 23,1% so với năm 2022. Doanh thu bán hàng qua sàn năm 2023 đạt khoảng 1.036 tỷ đồng; bình quân mỗi cơ sở đạt 364 triệu đồng/năm.

Bảng 2. Số doanh nghiệp, hộ kinh doanh tham gia sàn thương mại điện tử
Đơn vị tính: cơ sở

Quận, huyện
Năm 2022
Năm 2023
Kế hoạch 2024
{table}

Theo khảo sát của Sở, 61% cơ sở bán hàng trên Shopee, 27% bán trên TikTok Shop, số còn lại bán trên Lazada, Sendo và sàn địa phương. Đến năm 2025, thành phố phấn đấu có 4.000 cơ sở tham gia sàn thương mại điện tử, doanh thu qua sàn đạt 1.500 tỷ đồng.

Năm 2023, Sở đã hỗ trợ 35 cơ sở xây dựng gian hàng trên sàn giao dịch Cần Thơ Trade và tổ chức 6 lớp tập huấn với gần 400 lượt học viên. Quận Ninh Kiều chiếm 42,6% số cơ sở tham gia sàn của toàn thành phố.

Liên hệ: Phòng Quản lý thương mại, số 8 Trần Văn Khéo, phường Cái Khế, quận Ninh Kiều. Điện thoại: 0292.3820.186.
Lượt truy cập: 2.418.330
"""

SUBJ = "doanh nghiệp, hộ kinh doanh tham gia sàn thương mại điện tử"
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 2.847 doanh nghiệp", "2.847", 2847, "count", "doanh nghiệp",
      "doanh nghiệp, hộ kinh doanh tham gia bán hàng trên các sàn thương mại điện tử", Y23,
      change=CH("increase", 23.1, baseline="năm 2022")),
    F("khoảng 1.036 tỷ đồng", "1.036", 1036e9, "money", "đồng", "doanh thu bán hàng qua sàn",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("đạt 364 triệu đồng", "364", 364e6, "money", "đồng/năm", "doanh thu bình quân mỗi cơ sở",
      P("năm 2023", "2023-01-01", "2023-12-31")),
]
prev = "Kế hoạch 2024"
for place, a, b, c in ROWS:
    loc = place if place not in ("Các quận, huyện khác", "Tổng cộng") else "Cần Thơ"
    extra = "" if loc != "Cần Thơ" else (" các quận, huyện khác" if place.startswith("Các") else " tổng cộng")
    FIGS.append(F(f"{place}\n{a}\n", a, float(a.replace(".", "")), "count", "cơ sở", f"{SUBJ}{extra} năm 2022", Y22,
                  location=loc))
    FIGS.append(F(f"\n{a}\n{b}\n", b, float(b.replace(".", "")), "count", "cơ sở", f"{SUBJ}{extra} năm 2023", Y23,
                  location=loc))
    FIGS.append(F(f"\n{b}\n{c}\n", c, float(c.replace(".", "")), "count", "cơ sở", f"{SUBJ}{extra} kế hoạch 2024", K24,
                  location=loc, status="target"))
    prev = c
FIGS += [
    F("Sở, 61% cơ sở", "61", 61, "percent", "%", "cơ sở bán hàng trên Shopee"),
    F("27% bán trên", "27", 27, "percent", "%", "cơ sở bán trên TikTok Shop"),
    F("có 4.000 cơ sở", "4.000", 4000, "count", "cơ sở", "cơ sở tham gia sàn thương mại điện tử",
      P("Đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "doanh thu qua sàn", P("Đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("hỗ trợ 35 cơ sở", "35", 35, "count", "cơ sở", "cơ sở được hỗ trợ xây dựng gian hàng trên sàn giao dịch Cần Thơ Trade", Y23),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp tập huấn", "lớp tập huấn", Y23),
    F("gần 400 lượt học viên", "400", 400, "count", "lượt học viên", "lượt học viên tập huấn", Y23, approx="nearly"),
    F("chiếm 42,6%", "42,6", 42.6, "percent", "%", "số cơ sở tham gia sàn của toàn thành phố", location="Ninh Kiều"),
]

COMMENTS = [
    "p561-7 Department site (Sở Công Thương Cần Thơ), no dateline: businesses on e-commerce platforms 2022-2024 by district,",
    "one-cell-per-line table with 'Đơn vị tính: cơ sở'. Each numeric cell is a figure; period from the column header; 'Kế hoạch 2024' → target.",
    "District rows → location; 'Các quận, huyện khác' and 'Tổng cộng' rows stay Cần Thơ with the row label in the subject.",
    "Table cells get no total (the Tổng cộng row is a figure of its own; no cue ties the rows to it).",
    "364 triệu đồng/năm is money with the rate in the unit. 'Quận Ninh Kiều chiếm 42,6%' is a percent figure with location Ninh Kiều.",
    "Distractors: 'Bảng 2', 'số 8 Trần Văn Khéo', phone 0292.3820.186, 'Lượt truy cập: 2.418.330'.",
]

emit("p561-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")

from lib import F, P, I, CH, emit

ROWS = [("Nguyễn Huệ", "5.420", "6.180", "6.800"),
        ("Bùi Viện", "3.950", "4.560", "5.000"),
        ("Hồ Con Rùa", "780", "860", "1.000")]

TABLE = "\n".join(f"{r[0]}\n{r[1]}\n{r[2]}\n{r[3]}" for r in ROWS)

TEXT = """SỞ DU LỊCH THÀNH PHỐ HỒ CHÍ MINH
Trang chủ / Tin tức / Kinh tế đêm

Ba tuyến phố đi bộ đón 11,6 triệu lượt khách năm 2024

Năm 2024, ba tuyến phố đi bộ Nguyễn Huệ, Bùi Viện và Hồ Con Rùa đón tổng cộng 11,6 triệu lượt khách, tăng 14,3% so với năm 2023; khách quốc tế chiếm 41,5%, tập trung chủ yếu ở phố Tây Bùi Viện (phường Phạm Ngũ Lão, quận 1).

Bảng: Lượt khách tham quan các tuyến phố đi bộ
Đơn vị tính: nghìn lượt khách
Tuyến phố
Năm 2023
Năm 2024
Kế hoạch 2025
""" + TABLE + """

Doanh thu từ các dịch vụ trên các tuyến phố đi bộ năm 2024 ước đạt 2.850 tỷ đồng. Chi tiêu bình quân của khách quốc tế tại phố Bùi Viện khoảng 1,8 triệu đồng/lượt, gấp 3 lần khách nội địa.

Năm 2024, lực lượng chức năng quận 1 xử lý 312 trường hợp lấn chiếm lòng đường, vỉa hè tại phố Bùi Viện, phạt hơn 640 triệu đồng; ghi nhận 9 vụ trộm cắp, cướp giật tài sản của du khách, giảm 5 vụ so với năm 2023.

Năm 2025, Sở Du lịch phấn đấu các tuyến phố đi bộ đón 12,8 triệu lượt khách, trong đó khách quốc tế 5,5 triệu lượt; tổ chức ít nhất 24 sự kiện văn hóa, nghệ thuật về đêm.

Sở Du lịch TP.HCM - 140 Nguyễn Văn Thủ, phường Đa Kao, quận 1. Điện thoại: (028) 3822.6033
Lượt truy cập: 4.518.302
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24h = P("năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("Ba tuyến", "Ba", 3, "count", "tuyến phố đi bộ", "tuyến phố đi bộ", optional=True),
    F("đón 11,6 triệu lượt khách năm", "11,6", 11600000, "count", "lượt khách", "lượt khách các tuyến phố đi bộ", Y24h),
    F("ba tuyến", "ba", 3, "count", "tuyến phố đi bộ", "tuyến phố đi bộ", optional=True),
    F("cộng 11,6 triệu", "11,6", 11600000, "count", "lượt khách",
      "lượt khách ba tuyến phố đi bộ Nguyễn Huệ, Bùi Viện và Hồ Con Rùa", Y24,
      change=CH("increase", 14.3, baseline="năm 2023")),
    F("chiếm 41,5%", "41,5", 41.5, "percent", "%", "tỷ lệ khách quốc tế", Y24),
]
for ri, (label, *cells) in enumerate(ROWS):
    for ci, (cell, per) in enumerate(zip(cells, (Y23, Y24, K25))):
        if ci == 0:
            anchor = f"{label}\n{cell}\n"
        elif ci == 1:
            anchor = f"\n{cells[0]}\n{cell}\n"
        else:
            anchor = f"\n{cells[1]}\n{cell}\n"
        kw = {"status": "target"} if ci == 2 else {}
        FIGS.append(F(anchor, cell, num(cell) * 1e3, "count", "lượt khách",
                      f"lượt khách tham quan phố đi bộ {label} {per['text'].lower()}", per, **kw))

FIGS += [
    F("ước đạt 2.850 tỷ", "2.850", 2850e9, "money", "đồng", "doanh thu từ các dịch vụ trên các tuyến phố đi bộ", Y24h,
      status="estimate"),
    F("khoảng 1,8 triệu", "1,8", 1800000, "money", "đồng/lượt", "chi tiêu bình quân của khách quốc tế tại phố Bùi Viện",
      I(Y24h), approx="about", change=CH("increase", 3, unit="lần", baseline="khách nội địa")),
    F("xử lý 312 trường hợp", "312", 312, "count", "trường hợp", "trường hợp lấn chiếm lòng đường, vỉa hè tại phố Bùi Viện",
      Y24, location="Quận 1"),
    F("hơn 640 triệu", "640", 640e6, "money", "đồng", "tiền phạt lấn chiếm lòng đường, vỉa hè", Y24, approx="over",
      location="Quận 1"),
    F("ghi nhận 9 vụ", "9", 9, "count", "vụ", "vụ trộm cắp, cướp giật tài sản của du khách", Y24,
      change=CH("decrease", 5, unit="vụ", baseline="năm 2023"), location="Quận 1"),
    F("đón 12,8 triệu", "12,8", 12800000, "count", "lượt khách", "lượt khách các tuyến phố đi bộ", Y25, status="target"),
    F("quốc tế 5,5 triệu", "5,5", 5500000, "count", "lượt", "khách quốc tế", Y25, total=12800000, status="target"),
    F("ít nhất 24 sự kiện", "24", 24, "count", "sự kiện", "sự kiện văn hóa, nghệ thuật về đêm", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Sở Du lịch TP Hồ Chí Minh (department site, no dateline, visit counter in the footer): phố đi bộ Nguyễn Huệ, Bùi Viện, Hồ Con Rùa, 2024.",
    "One-cell-per-line table with 'Đơn vị tính: nghìn lượt khách' (×10³); periods from the column headers (scored, as in shared h23);",
    "'Kế hoạch 2025' column → status target. Row labels are streets (not places): they go to the subject.",
    "'khách quốc tế chiếm 41,5%' has its own subject after ';': a share of the visitors, its own percent figure.",
    "'gấp 3 lần khách nội địa' after the 1,8 triệu spending is its change (lần, baseline khách nội địa).",
    "'lực lượng chức năng quận 1' → location Quận 1 for that sentence's figures. 'ba tuyến' (structure) optional.",
    "Distractors: 'quận 1' (district name with a number), '140 Nguyễn Văn Thủ', '(028) 3822.6033', 'Lượt truy cập: 4.518.302'.",
]

emit("p592-7", TEXT, COMMENTS, FIGS, published=None, location="Hồ Chí Minh")

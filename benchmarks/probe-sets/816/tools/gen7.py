"""p816-7: department site (Sở Du lịch Thừa Thiên Huế), lagoon fishing-village tourism, no dateline, one-cell-per-line table."""
from lib import F, P, I, C, build

TEXT = """SỞ DU LỊCH TỈNH THỪA THIÊN HUẾ
Trang chủ > Tin hoạt động > Du lịch cộng đồng

Phát triển du lịch trải nghiệm nghề cá trên phá Tam Giang - Cầu Hai

Năm 2024, các điểm du lịch cộng đồng ven phá Tam Giang - Cầu Hai đón 146.300 lượt khách, tăng 27,5% so với năm 2023; doanh thu đạt khoảng 58 tỷ đồng. Khách chủ yếu tham gia chèo thuyền, thả lưới, cắm nò sáo, câu cá cùng ngư dân và thưởng thức hải sản tại nhà dân.

Hiện có 3 huyện có điểm du lịch trải nghiệm nghề cá với tổng cộng 19 điểm, gồm Quảng Điền (7 điểm), Phú Vang (8 điểm) và Phú Lộc (4 điểm). Trong năm, Sở phối hợp tổ chức 14 lớp tập huấn kỹ năng phục vụ khách cho 520 lượt ngư dân.

Kết quả một số chỉ tiêu chính
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Lượt khách (lượt)
114.700
146.300
170.000
Doanh thu (tỷ đồng)
43,5
58
70
Số hộ tham gia (hộ)
176
212
250
Thuyền phục vụ khách (chiếc)
95
128
150

Việc phát triển du lịch trên phá gắn với thực hiện Nghị quyết số 54-NQ/TW của Bộ Chính trị về xây dựng, phát triển tỉnh Thừa Thiên Huế. Sở đề nghị các địa phương hướng dẫn ngư dân đăng ký thuyền chở khách, không để thuyền dưới 5 mét chở quá 6 khách.

SỞ DU LỊCH TỈNH THỪA THIÊN HUẾ
Địa chỉ: 26 Lê Lợi, TP Huế | Điện thoại: 0234.3822.355
Lượt truy cập: 1.284.930
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
PTS = "điểm du lịch trải nghiệm nghề cá"

FIGS = [
    F("đón 146.300 lượt khách", "146.300", 146300, "count", "lượt khách",
      "khách đến các điểm du lịch cộng đồng ven phá Tam Giang - Cầu Hai", Y24,
      change=C("increase", 27.5, baseline="năm 2023")),
    F("khoảng 58 tỷ", "58", 58e9, "money", "đồng", "doanh thu du lịch cộng đồng ven phá", Y24, approx="about"),
    F("có 3 huyện", "3", 3, "count", "huyện", "huyện có điểm du lịch trải nghiệm nghề cá"),
    F("tổng cộng 19 điểm", "19", 19, "count", "điểm", PTS),
    F("Quảng Điền (7 điểm)", "7", 7, "count", "điểm", PTS, total=19, location="Quảng Điền"),
    F("Phú Vang (8 điểm)", "8", 8, "count", "điểm", PTS, total=19, location="Phú Vang"),
    F("Phú Lộc (4 điểm)", "4", 4, "count", "điểm", PTS, total=19, location="Phú Lộc"),
    F("tổ chức 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn kỹ năng phục vụ khách",
      P("Trong năm", "2024-01-01", "2024-12-31")),
    F("cho 520 lượt", "520", 520, "count", "lượt ngư dân", "lượt ngư dân được tập huấn",
      P("Trong năm", "2024-01-01", "2024-12-31")),
]
table = [
    ("Lượt khách (lượt)", "count", "lượt", 1, ["114.700", "146.300", "170.000"], "Lượt khách"),
    ("Doanh thu (tỷ đồng)", "money", "đồng", 1e9, ["43,5", "58", "70"], "Doanh thu"),
    ("Số hộ tham gia (hộ)", "count", "hộ", 1, ["176", "212", "250"], "Số hộ tham gia"),
    ("Thuyền phục vụ khách (chiếc)", "count", "chiếc", 1, ["95", "128", "150"], "Thuyền phục vụ khách"),
]
cols = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
for label, kind, unit, mult, cells, subj in table:
    anchors = [f"{label}\n{cells[0]}\n", f"{cells[0]}\n{cells[1]}\n{cells[2]}", f"{cells[1]}\n{cells[2]}\n"]
    for (cname, per, st), num, anc in zip(cols, cells, anchors):
        val = float(num.replace(".", "").replace(",", ".")) * mult
        extra = {"status": st} if st else {}
        if anc == anchors[1]:
            # middle cell: make sure the number searched is the middle one
            anc = f"\n{num}\n{cells[2]}\n"
        FIGS.append(F(anc, num, val, kind, unit, f"{subj} {cname}", per, **extra))
FIGS += [
    F("dưới 5 mét", "5", 5, "measure", "mét", "chiều dài thuyền", approx="under", optional=True),
    F("quá 6 khách", "6", 6, "count", "khách", "số khách tối đa thuyền dưới 5 mét được chở", approx="at_most",
      status="target", optional=True),
]

NOTES = [
    "Department site (Sở Du lịch Thừa Thiên Huế), no dateline; footer address, phone and 'Lượt truy cập: 1.284.930' are furniture.",
    "One-cell-per-line table: header 'Chỉ tiêu / Năm 2023 / Năm 2024 / Kế hoạch 2025', four rows; unit and multiplier from the row label;",
    "periods from the column headers; the 'Kế hoạch 2025' column -> target. 'Trong năm' takes 2024 from 'Năm 2024' earlier.",
    "District list after 'gồm' (7+8+4 = 19) -> total 19. Distractors: 'Nghị quyết số 54-NQ/TW', '26 Lê Lợi', phone, visit counter.",
    "'không để thuyền dưới 5 mét chở quá 6 khách' is a safety rule (threshold and cap): both optional.",
]

build("p816-7", TEXT, FIGS, NOTES, published=None, location="Thừa Thiên Huế")

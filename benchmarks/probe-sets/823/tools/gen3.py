"""p823-3: formal report (UBND tỉnh Thái Bình), Hội thi diều sáo lần thứ III năm 2024, flattened | table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 186/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thái Bình, ngày 12 tháng 6 năm 2024

BÁO CÁO
Kết quả tổ chức Hội thi diều sáo tỉnh Thái Bình lần thứ III năm 2024

Thực hiện Quyết định số 512/QĐ-UBND ngày 15/3/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ TỔ CHỨC
1. Quy mô
Hội thi diễn ra từ ngày 25 đến 26/5/2024 tại Quảng trường 14/10, thành phố Thái Bình, với 32 đội của 8/8 huyện, thành phố; tổng số 248 vận động viên, nghệ nhân và 176 chiếc diều sáo dự thi, tăng 41 chiếc so với Hội thi lần thứ II năm 2022.

Bảng 1. Số diều dự thi theo địa phương
Đơn vị tính: chiếc
Địa phương | Diều sáo truyền thống | Diều nghệ thuật | Tổng số
Vũ Thư | 34 | 12 | 46
Kiến Xương | 29 | 15 | 44
Đông Hưng | 22 | 9 | 31
Tiền Hải | 18 | 10 | 28
Các địa phương khác | 15 | 12 | 27
Tổng cộng | 118 | 58 | 176

2. Kết quả thi
Ban Tổ chức trao 24 giải, gồm 3 giải Nhất, 6 giải Nhì, 6 giải Ba và 9 giải Khuyến khích, tổng giá trị giải thưởng 150 triệu đồng. Huyện Vũ Thư xếp thứ nhất toàn đoàn, huyện Kiến Xương xếp thứ 2. Hội thi thu hút khoảng 15.000 lượt người dân, du khách đến cổ vũ.

II. KINH PHÍ
Tổng kinh phí tổ chức là 1,25 tỷ đồng, trong đó ngân sách tỉnh 850 triệu đồng (chiếm 68%), nguồn xã hội hóa 400 triệu đồng.

III. PHƯƠNG HƯỚNG
Năm 2026, tỉnh dự kiến tổ chức Hội thi lần thứ IV với quy mô 40 đội, trên 200 chiếc diều; phấn đấu 100% xã có làng nghề diều sáo tham gia.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, VX.
"""

FEST = P("từ ngày 25 đến 26/5/2024", "2024-05-25", "2024-05-26")
Y26 = P("Năm 2026", "2026-01-01", "2026-12-31")

COLS = [("diều sáo truyền thống dự thi"), ("diều nghệ thuật dự thi"), ("tổng số diều dự thi")]
ROWS = [
    ("Vũ Thư", "Vũ Thư", ["Vũ Thư | 34", "34 | 12", "12 | 46"], [34, 12, 46]),
    ("Kiến Xương", "Kiến Xương", ["Kiến Xương | 29", "29 | 15", "15 | 44"], [29, 15, 44]),
    ("Đông Hưng", "Đông Hưng", ["Đông Hưng | 22", "22 | 9 |", "9 | 31"], [22, 9, 31]),
    ("Tiền Hải", "Tiền Hải", ["Tiền Hải | 18", "18 | 10", "10 | 28"], [18, 10, 28]),
    ("các địa phương khác", "Thái Bình", ["khác | 15", "15 | 12", "12 | 27"], [15, 12, 27]),
    ("tổng cộng", "Thái Bình", ["Tổng cộng | 118", "118 | 58", "58 | 176"], [118, 58, 176]),
]

TABLE = []
for label, loc, anchors, vals in ROWS:
    for col, a, v in zip(COLS, anchors, vals):
        subj = col if label in ("Vũ Thư", "Kiến Xương", "Đông Hưng", "Tiền Hải") else f"{col} {label}"
        TABLE.append(F(a, str(v), v, "count", "chiếc", subj, I(FEST), location=loc))

FIGS = [
    F("với 32 đội", "32", 32, "count", "đội", "đội tham gia Hội thi", FEST),
    F("8/8 huyện", "8", 8, "count", "huyện, thành phố", "huyện, thành phố có đội tham gia", FEST, total=8),
    F("248 vận động viên", "248", 248, "count", "vận động viên, nghệ nhân", "vận động viên, nghệ nhân", FEST),
    F("176 chiếc diều sáo", "176", 176, "count", "chiếc diều sáo", "diều sáo dự thi", FEST,
      change=C("increase", 41, "chiếc", "Hội thi lần thứ II năm 2022")),
] + TABLE + [
    F("trao 24 giải", "24", 24, "count", "giải", "giải Ban Tổ chức trao", I(FEST)),
    F("gồm 3 giải Nhất", "3", 3, "count", "giải", "giải Nhất", I(FEST), total=24),
    F("6 giải Nhì", "6", 6, "count", "giải", "giải Nhì", I(FEST), total=24),
    F("6 giải Ba", "6", 6, "count", "giải", "giải Ba", I(FEST), total=24),
    F("9 giải Khuyến khích", "9", 9, "count", "giải", "giải Khuyến khích", I(FEST), total=24),
    F("150 triệu đồng", "150", 150e6, "money", "đồng", "tổng giá trị giải thưởng", I(FEST)),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "xếp hạng toàn đoàn", I(FEST), location="Vũ Thư"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "xếp hạng toàn đoàn", I(FEST), location="Kiến Xương"),
    F("khoảng 15.000 lượt", "15.000", 15000, "count", "lượt người", "lượt người dân, du khách đến cổ vũ", I(FEST),
      approx="about"),
    F("là 1,25 tỷ", "1,25", 1.25e9, "money", "đồng", "tổng kinh phí tổ chức Hội thi"),
    F("850 triệu đồng", "850", 850e6, "money", "đồng", "kinh phí từ ngân sách tỉnh", total=1.25e9, percent=68),
    F("400 triệu đồng", "400", 400e6, "money", "đồng", "kinh phí từ nguồn xã hội hóa", total=1.25e9),
    F("quy mô 40 đội", "40", 40, "count", "đội", "đội tham gia Hội thi lần thứ IV", Y26, status="forecast"),
    F("trên 200 chiếc", "200", 200, "count", "chiếc diều", "diều tham gia Hội thi lần thứ IV", Y26,
      approx="over", status="forecast"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "xã có làng nghề diều sáo tham gia Hội thi", Y26, status="target"),
]

NOTES = [
    "Formal report UBND tỉnh Thái Bình Số 186/BC-UBND, 12/6/2024: Hội thi diều sáo lần thứ III (25-26/5/2024).",
    "Flattened table (Đơn vị tính: chiếc): every cell a figure, row label = district (location), column = subject;",
    "'Các địa phương khác' and 'Tổng cộng' rows are Thái Bình; table cells take the contest period from the body (inherited); no totals in cells.",
    "'xếp thứ nhất' is rank 1 (number word). 'dự kiến' governs 40 đội / 200 chiếc (forecast); 'phấn đấu 100%' is a target.",
    "Not figures: Số 186/BC-UBND, QĐ 512/QĐ-UBND, Quảng trường 14/10, lần thứ III/II/IV, Bảng 1, section numbers.",
]

if __name__ == "__main__":
    write("p823-3", TEXT, NOTES, FIGS, published="2024-06-12", location="Thái Bình")

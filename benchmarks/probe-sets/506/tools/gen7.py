"""p506-7: Sở Công Thương Thanh Hóa site, no dateline — industrial clusters (CCN), one-cell-per-line table by district."""
from lib import F, P, INH, CH, TG, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH THANH HÓA
Trang chủ > Tin tức > Công nghiệp

Phát triển cụm công nghiệp: tỷ lệ lấp đầy chưa đến 53%

Theo Quy hoạch tỉnh, toàn tỉnh có 62 cụm công nghiệp (CCN) được quy hoạch với tổng diện tích 2.967 ha. Tính đến ngày 31/12/2023, đã có 41 CCN được thành lập, trong đó 28 CCN đã đi vào hoạt động. Các CCN đã thu hút 386 dự án với tổng vốn đăng ký 15.240 tỷ đồng, giải quyết việc làm cho khoảng 42.000 lao động.

Bảng: Tình hình CCN đã đi vào hoạt động tại một số địa phương (số liệu đến 31/12/2023)
Huyện, thị xã
Số CCN
Diện tích (ha)
Đã cho thuê (ha)
Tỷ lệ lấp đầy (%)
Nông Cống
4
186,5
121,2
65,0
Triệu Sơn
5
210,0
98,7
47,0
Hoằng Hóa
6
245,8
152,4
62,0
Thọ Xuân
3
142,0
41,2
29,0
Nghi Sơn
2
96,4
80,9
83,9

Tỷ lệ lấp đầy bình quân các CCN đang hoạt động mới đạt 52,3%; nhiều CCN như CCN Thái Thanh 2 chưa có hệ thống xử lý nước thải tập trung (chỉ 9/28 CCN đã có). Suất đầu tư hạ tầng bình quân khoảng 3,5 tỷ đồng/ha, cao hơn khả năng của nhiều doanh nghiệp làm chủ đầu tư.

Giai đoạn 2024-2025, Sở Công Thương phấn đấu thu hút thêm 50 dự án vào các CCN, nâng tỷ lệ lấp đầy bình quân lên 65%.

Sở Công Thương Thanh Hóa - Số 37 Đại lộ Lê Lợi, phường Điện Biên, TP Thanh Hóa. ĐT: 0237.3852.315
Tổng số lượt truy cập: 1.205.447
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
TBL = P("số liệu đến 31/12/2023", None, "2023-12-31", inherited=True)
G = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

ROWS = [
    ("Nông Cống", "4", "186,5", "121,2", "65,0"),
    ("Triệu Sơn", "5", "210,0", "98,7", "47,0"),
    ("Hoằng Hóa", "6", "245,8", "152,4", "62,0"),
    ("Thọ Xuân", "3", "142,0", "41,2", "29,0"),
    ("Nghi Sơn", "2", "96,4", "80,9", "83,9"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("chưa đến 53%", "53", 53, "percent", "%", "tỷ lệ lấp đầy cụm công nghiệp", approx="under"),
    F("có 62 cụm công nghiệp", "62", 62, "count", "cụm công nghiệp", "cụm công nghiệp (CCN) được quy hoạch"),
    F("diện tích 2.967 ha", "2.967", 2967, "measure", "ha", "tổng diện tích cụm công nghiệp được quy hoạch"),
    F("có 41 CCN", "41", 41, "count", "CCN", "CCN được thành lập", ASOF),
    F("trong đó 28 CCN", "28", 28, "count", "CCN", "CCN đã đi vào hoạt động", ASOF, total=41),
    F("thu hút 386 dự án", "386", 386, "count", "dự án", "dự án các CCN đã thu hút", INH(ASOF)),
    F("ký 15.240 tỷ đồng", "15.240", 15240e9, "money", "đồng", "tổng vốn đăng ký", INH(ASOF)),
    F("khoảng 42.000 lao động", "42.000", 42000, "count", "lao động", "lao động được giải quyết việc làm", INH(ASOF),
      approx="about"),
]
for place, n, area, leased, rate in ROWS:
    FIGS.append(F(f"{place}\n{n}\n", n, num(n), "count", "CCN", "Số CCN", TBL, location=place))
    FIGS.append(F(f"\n{area}\n", area, num(area), "measure", "ha", "Diện tích", TBL, location=place))
    FIGS.append(F(f"\n{leased}\n", leased, num(leased), "measure", "ha", "Đã cho thuê", TBL, location=place))
    FIGS.append(F(f"\n{rate}\n", rate, num(rate), "percent", "%", "Tỷ lệ lấp đầy", TBL, location=place))
FIGS += [
    F("hoạt động mới đạt 52,3%", "52,3", 52.3, "percent", "%", "tỷ lệ lấp đầy bình quân các CCN đang hoạt động"),
    F("chỉ 9/28 CCN", "9", 9, "count", "CCN", "CCN đã có hệ thống xử lý nước thải tập trung", total=28),
    F("khoảng 3,5 tỷ đồng/ha", "3,5", 3.5e9, "money", "đồng/ha", "suất đầu tư hạ tầng bình quân", approx="about"),
    F("thêm 50 dự án", "50", 50, "count", "dự án", "dự án thu hút thêm vào các CCN", G, status="target"),
    F("lên 65%", "65", 65, "percent", "%", "tỷ lệ lấp đầy bình quân", G, status="target"),
]

COMMENTS = [
    "Sở Công Thương Thanh Hóa (department site): no dateline → no published. Cụm công nghiệp, one-cell-per-line table by district.",
    "Table: units from column headers (ha, %); 'Số CCN' → count of CCN. Row labels are districts/towns → location; subject = column label.",
    "revised after first scoring: table subjects were 'column label + table title words' (e.g. 'Số CCN đã đi vào hoạt động'); FIGURES.md says",
    "row label + column label only (a place label goes to location), so they are now the bare column labels ('Số CCN', 'Diện tích', …).",
    "Table period comes from the title line '(số liệu đến 31/12/2023)' → as-of, inherited (not scored). No 'Cộng' row, so no totals.",
    "'62 cụm công nghiệp được quy hoạch' counts planned clusters (actual, no target cue). '41 CCN được thành lập' has no part-of cue → no total.",
    "Distractors: CCN Thái Thanh 2, Số 37 Đại lộ Lê Lợi, phone, visit counter, 'Giai đoạn 2024-2025' as period.",
]

if __name__ == "__main__":
    emit("p506-7", TEXT, COMMENTS, FIGS, location="Thanh Hóa")

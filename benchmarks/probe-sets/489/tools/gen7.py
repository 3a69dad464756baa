"""p489-7: department site (Sở TT&TT Bình Định), no dateline; one-cell-per-line table with units in column headers."""
from lib import F, P, I, CH, emit

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÌNH ĐỊNH
Trang chủ > Tin hoạt động > An toàn thông tin

Bình Định: tiếp nhận 1.140 phản ánh về lừa đảo qua mạng trong năm 2023

Năm 2023, Trung tâm Giám sát, điều hành đô thị thông minh (IOC) tỉnh Bình Định tiếp nhận 1.140 phản ánh của người dân về lừa đảo qua mạng, tăng 27% so với năm 2022; trong đó 742 phản ánh đã được chuyển cơ quan công an xử lý. Tổng số tiền người dân phản ánh bị chiếm đoạt khoảng 17,6 tỷ đồng.

Kết quả tiếp nhận theo địa bàn như sau:

Địa bàn
Số phản ánh (phản ánh)
Số tiền bị chiếm đoạt (triệu đồng)
Quy Nhơn
512
8.420,5
An Nhơn
146
2.310
Hoài Nhơn
131
1.964,2
Tây Sơn
97
1.205
Phù Cát
88
1.120,8
Các địa phương khác
166
2.579,5
Tổng cộng
1.140
17.600

Quy Nhơn tiếp tục là địa phương có số phản ánh cao nhất, chiếm 44,9% tổng số phản ánh toàn tỉnh.

Bên cạnh đó, Sở đã phối hợp gỡ bỏ 265 trang mạng xã hội giả mạo cơ quan nhà nước, ngăn chặn 48 tên miền lừa đảo. Năm 2024, Sở đặt mục tiêu 100% phản ánh của người dân được tiếp nhận, chuyển xử lý trong vòng 24 giờ; giảm ít nhất 20% số phản ánh so với năm 2023.

Người dân phản ánh qua ứng dụng Bình Định Smart, tổng đài 1022 hoặc số điện thoại 0256.3822.066.

Sở Thông tin và Truyền thông tỉnh Bình Định
Địa chỉ: 02 Trần Phú, TP. Quy Nhơn
Tổng lượt truy cập: 1.284.503
"""

YH = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SPA = "Số phản ánh về lừa đảo qua mạng"
STI = "Số tiền bị chiếm đoạt"

ROWS = [  # label, count, money (triệu), count anchor, money anchor, location
    ("Quy Nhơn", "512", "8.420,5", "Quy Nhơn\n512", "8.420,5", "Quy Nhơn"),
    ("An Nhơn", "146", "2.310", "An Nhơn\n146", "2.310", "An Nhơn"),
    ("Hoài Nhơn", "131", "1.964,2", "Hoài Nhơn\n131", "1.964,2", "Hoài Nhơn"),
    ("Tây Sơn", "97", "1.205", "Tây Sơn\n97", "1.205", "Tây Sơn"),
    ("Phù Cát", "88", "1.120,8", "Phù Cát\n88", "1.120,8", "Phù Cát"),
    ("Các địa phương khác", "166", "2.579,5", "khác\n166", "2.579,5", None),
    ("Tổng cộng", "1.140", "17.600", "Tổng cộng\n1.140", "17.600", None),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("tiếp nhận 1.140 phản ánh về", "1.140", 1140, "count", "phản ánh", "phản ánh về lừa đảo qua mạng", YH),
    F("tiếp nhận 1.140 phản ánh của", "1.140", 1140, "count", "phản ánh", "phản ánh của người dân về lừa đảo qua mạng", Y23,
      change=CH("increase", 27, "%", "năm 2022")),
    F("trong đó 742 phản ánh", "742", 742, "count", "phản ánh", "phản ánh đã được chuyển cơ quan công an xử lý", Y23, total=1140),
    F("khoảng 17,6 tỷ đồng", "17,6", 17.6e9, "money", "đồng", "tổng số tiền người dân phản ánh bị chiếm đoạt", I(Y23),
      approx="about"),
]
for label, c, m, ac, am, loc in ROWS:
    extra = {} if loc is None else {"location": loc}
    if loc is None:
        sc, sm = f"{SPA} {label.lower()}", f"{STI} {label.lower()}"
    else:
        sc, sm = SPA, STI
    FIGS.append(F(ac, c, num(c), "count", "phản ánh", sc, I(Y23), **extra))
    FIGS.append(F(am, m, num(m) * 1e6, "money", "đồng", sm, I(Y23), **extra))
FIGS += [
    F("chiếm 44,9%", "44,9", 44.9, "percent", "%", "tỷ lệ số phản ánh của Quy Nhơn trong tổng số phản ánh toàn tỉnh", I(Y23),
      location="Quy Nhơn"),
    F("gỡ bỏ 265 trang", "265", 265, "count", "trang mạng xã hội", "trang mạng xã hội giả mạo cơ quan nhà nước bị gỡ bỏ", I(Y23)),
    F("ngăn chặn 48 tên miền", "48", 48, "count", "tên miền", "tên miền lừa đảo bị ngăn chặn", I(Y23)),
    F("mục tiêu 100% phản ánh", "100", 100, "percent", "%", "phản ánh của người dân được tiếp nhận, chuyển xử lý trong vòng 24 giờ",
      Y24, status="target"),
    F("trong vòng 24 giờ", "24", 24, "measure", "giờ", "thời hạn tiếp nhận, chuyển xử lý phản ánh", Y24,
      approx="at_most", status="target", optional=True),
    F("ít nhất 20%", "20", 20, "percent", "%", "mức giảm số phản ánh so với năm 2023", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Sở TT&TT Bình Định site: phản ánh lừa đảo qua mạng năm 2023. No dateline (published absent); visit counter in the footer.",
    "One-cell-per-line table, units in the column headers: '(phản ánh)' count, '(triệu đồng)' money ×10^6 (8.420,5 = 8 420 500 000 đồng).",
    "Row labels that are districts/towns go to location, subject = column label; 'Các địa phương khác' and 'Tổng cộng' keep Bình Định and name the row.",
    "Table periods are inherited from the lead 'Năm 2023' (no year in the column headers). Cells carry no total (no part-of cue).",
    "'trong đó 742 phản ánh' -> total 1.140. Headline and lead both state 1.140 (both annotated).",
    "'đặt mục tiêu' governs both clauses of its sentence; 'giảm ít nhất 20% … so với năm 2023' is a target rate (percent, at_least, no change).",
    "'trong vòng 24 giờ' is a service-time standard: optional. Distractors: tổng đài 1022, 0256.3822.066, 02 Trần Phú, Tổng lượt truy cập 1.284.503.",
]

emit("p489-7", TEXT, COMMENTS, FIGS, location="Bình Định")

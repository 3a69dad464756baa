"""p875-7: Sở Tư pháp tỉnh Nghệ An (department site, no dateline) — one-cell-per-line table."""
from lib import F, write, period, inherit, change, target

TEXT = """SỞ TƯ PHÁP TỈNH NGHỆ AN
Trang chủ / Trợ giúp pháp lý / Tin hoạt động

Trợ giúp pháp lý cho người dân tộc thiểu số tăng mạnh

Năm 2023, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Nghệ An và 2 chi nhánh tại huyện Tương Dương, Quỳ Hợp đã thực hiện 1.046 vụ việc trợ giúp pháp lý, tăng 11,2% so với năm 2022. Trong đó, người dân tộc thiểu số là nhóm được trợ giúp nhiều nhất với 392 vụ việc, chiếm 37,5%.

Số vụ việc trợ giúp pháp lý theo đối tượng
Đơn vị tính: vụ việc
Đối tượng
Năm 2023
6 tháng đầu năm 2024
Người dân tộc thiểu số
392
214
Người nghèo
251
128
Trẻ em
187
96
Người có công với cách mạng
94
41
Đối tượng khác
122
73
Tổng số
1.046
552

Đáng chú ý, 6 tháng đầu năm 2024, tỷ lệ vụ việc tham gia tố tụng đạt 78,6%, vượt chỉ tiêu 70% do Bộ Tư pháp giao. Trung tâm hiện có 21 trợ giúp viên pháp lý; bình quân mỗi trợ giúp viên thực hiện 26 vụ việc trong 6 tháng. Toàn tỉnh có 28 tổ chức hành nghề luật sư ký hợp đồng thực hiện trợ giúp pháp lý với 45 luật sư.

Năm 2024, Trung tâm phấn đấu thực hiện ít nhất 1.100 vụ việc, tổ chức 20 đợt trợ giúp pháp lý lưu động tại các huyện miền núi Kỳ Sơn, Quế Phong, Con Cuông. Người dân có thể gọi số điện thoại miễn phí 1900.6179 hoặc đến trụ sở Trung tâm để được hướng dẫn.

SỞ TƯ PHÁP TỈNH NGHỆ AN
Địa chỉ: Số 16 đường Trường Thi, TP Vinh, tỉnh Nghệ An
Điện thoại: 0238.3844.512 - Email: stp@nghean.gov.vn
Lượt truy cập: 1.284.907
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1in = period("trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("và 2 chi nhánh", "2", 2, "count", "chi nhánh", "chi nhánh của Trung tâm Trợ giúp pháp lý nhà nước", Y23),
    F("thực hiện 1.046 vụ việc", "1.046", 1046, "count", "vụ việc", "vụ việc trợ giúp pháp lý", Y23,
      change=change("increase", 11.2, "%", "năm 2022")),
    F("với 392 vụ việc", "392", 392, "count", "vụ việc", "vụ việc trợ giúp pháp lý cho người dân tộc thiểu số",
      inherit(Y23), total=1046, percent=37.5),
]

ROWS = [
    ("Người dân tộc thiểu số", 392, 214),
    ("Người nghèo", 251, 128),
    ("Trẻ em", 187, 96),
    ("Người có công với cách mạng", 94, 41),
    ("Đối tượng khác", 122, 73),
    ("Tổng số", "1.046", 552),
]
for label, a, b in ROWS:
    sa = str(a)
    FIGS.append(F(f"{label}\n{sa}", sa, float(sa.replace(".", "")), "count", "vụ việc",
                  f"{label.lower()} năm 2023",
                  period("Năm 2023", "2023-01-01", "2023-12-31")))
    FIGS.append(F(f"{sa}\n{b}\n", str(b), b, "count", "vụ việc",
                  f"{label.lower()} 6 tháng đầu năm 2024", H1))

FIGS += [
    F("đạt 78,6%", "78,6", 78.6, "percent", "%", "tỷ lệ vụ việc tham gia tố tụng", H1,
      target=target(70, "%", True)),
    F("có 21 trợ giúp viên", "21", 21, "count", "trợ giúp viên pháp lý", "trợ giúp viên pháp lý của Trung tâm"),
    F("thực hiện 26 vụ việc", "26", 26, "count", "vụ việc", "vụ việc bình quân mỗi trợ giúp viên thực hiện", H1in),
    F("có 28 tổ chức", "28", 28, "count", "tổ chức", "tổ chức hành nghề luật sư ký hợp đồng thực hiện trợ giúp pháp lý"),
    F("với 45 luật sư", "45", 45, "count", "luật sư", "luật sư thực hiện trợ giúp pháp lý"),
    F("ít nhất 1.100 vụ việc", "1.100", 1100, "count", "vụ việc", "vụ việc trợ giúp pháp lý", Y24,
      approx="at_least", status="target"),
    F("tổ chức 20 đợt", "20", 20, "count", "đợt", "đợt trợ giúp pháp lý lưu động", Y24, status="target"),
]

NOTES = [
    "p875-7 — Sở Tư pháp tỉnh Nghệ An (department site): no dateline; footer address, phone, e-mail, visit counter.",
    "One-cell-per-line table ('Đơn vị tính: vụ việc'): periods from the column headers (Năm 2023, 6 tháng đầu năm",
    "2024; scored), subject the row label and the column label (FIGURES.md); the Tổng số row is a figure; no totals.",
    "revised after the first run: table subjects were 'số vụ việc trợ giúp pháp lý <row>' (title + row, column label",
    "missed); now '<row> <column>' as FIGURES.md's table rule says.",
    "'Trong đó, … với 392 vụ việc, chiếm 37,5%' → total 1.046, percent 37,5 (period inherited from 'Năm 2023').",
    "'vượt chỉ tiêu 70%' → target 70 met. '26 vụ việc trong 6 tháng' per helper is a count (per-head average) dated",
    "by 'trong 6 tháng' (H1 2024). 'hiện có' and 'Toàn tỉnh có' without a period phrase: no period.",
    "Distractors: 1900.6179, 0238.3844.512, Số 16 đường Trường Thi, Lượt truy cập: 1.284.907, place names.",
]

if __name__ == "__main__":
    write("p875-7", TEXT, NOTES, FIGS, published=None, location="Nghệ An")

"""p1051-7: department site (Sở GD&ĐT Cao Bằng), no dateline, one-cell-per-line table, footer with address/phone/counter."""
from lib import emit, fig, per, inh, year, cells

ROWS = [("Bảo Lâm", ["18", "22", "25", "20"]), ("Bảo Lạc", ["14", "19", "21", "17"]),
        ("Hà Quảng", ["12", "16", "20", "15"]), ("Nguyên Bình", ["9", "13", "15", "12"]),
        ("Cộng", ["53", "70", "81", "64"])]
HEAD = ["Huyện", "Năm 2022", "Năm 2023", "Ước thực hiện năm 2024", "Kế hoạch năm 2025"]
TABLE = "Đơn vị tính: phòng\n" + "\n".join(HEAD) + "\n" + "\n".join(
    "\n".join([lab] + cs) for lab, cs in ROWS)

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG
Trang chủ > Tin tức > Cơ sở vật chất

Kết quả đầu tư nhà công vụ giáo viên tại các huyện vùng cao

Giai đoạn 2021-2024, ngành Giáo dục Cao Bằng được đầu tư xây dựng 286 phòng ở công vụ cho giáo viên với tổng kinh phí 104,6 tỷ đồng, trong đó vốn Chương trình 1719 là 71,2 tỷ đồng, chiếm 68,1%. Bình quân mỗi phòng rộng 22 m2, suất đầu tư khoảng 366 triệu đồng/phòng. Riêng xã Cốc Pàng (huyện Bảo Lạc) có 9 điểm trường lẻ, cách trung tâm xã từ 6 đến 14 km, giáo viên phải ở nhờ nhà dân.

Số phòng xây mới tại bốn huyện có nhiều điểm trường lẻ nhất như sau:

""" + TABLE + """

Nhờ được đầu tư, tỷ lệ giáo viên có nhu cầu được bố trí nhà công vụ tăng từ 52% năm 2020 lên khoảng 74% năm 2024. Hiện toàn tỉnh còn 1.236 giáo viên chưa có chỗ ở ổn định, chủ yếu ở các điểm trường lẻ vùng cao. Năm 2025, Sở phấn đấu xây mới 95 phòng và sửa chữa 40 phòng xuống cấp, tổng kinh phí khoảng 36 tỷ đồng.

Địa chỉ: Số 012 Hoàng Đình Giong, phường Hợp Giang, thành phố Cao Bằng
Điện thoại: 0206.3852.145 - Email: sgddt@caobang.gov.vn
Tổng lượt truy cập: 1.284.557 | Đang trực tuyến: 37
"""

P2124 = per("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y25 = year(2025, "Năm 2025")
F = [
    fig("xây dựng 286 phòng", "286", 286, "count", "phòng ở công vụ", "phòng ở công vụ cho giáo viên được đầu tư xây dựng",
        P2124),
    fig("kinh phí 104,6 tỷ đồng", "104,6", 104.6e9, "money", "đồng", "tổng kinh phí xây dựng phòng ở công vụ", P2124),
    fig("là 71,2 tỷ đồng", "71,2", 71.2e9, "money", "đồng", "vốn Chương trình 1719", P2124, total=104.6e9,
        percent=68.1),
    fig("rộng 22 m2", "22", 22, "measure", "m2", "diện tích bình quân mỗi phòng", inh(P2124)),
    fig("khoảng 366 triệu đồng/phòng", "366", 366e6, "money", "đồng/phòng", "suất đầu tư mỗi phòng", inh(P2124),
        approx="about"),
    fig("có 9 điểm trường lẻ", "9", 9, "count", "điểm trường lẻ", "điểm trường lẻ của xã Cốc Pàng",
        location="Bảo Lạc"),
    fig("từ 6 đến 14 km", "6", 6, "measure", "km", "khoảng cách từ điểm trường lẻ đến trung tâm xã", value_max=14,
        location="Bảo Lạc"),
    fig("tại bốn huyện", "bốn", 4, "count", "huyện", "huyện có nhiều điểm trường lẻ nhất", optional=True),
]

pos = cells(TEXT, TABLE, ROWS)
COLS = [("năm 2022", year(2022, "Năm 2022"), None),
        ("năm 2023", year(2023, "Năm 2023"), None),
        ("ước thực hiện năm 2024", year(2024, "Ước thực hiện năm 2024"), "estimate"),
        ("kế hoạch năm 2025", year(2025, "Kế hoạch năm 2025"), "target")]
for label, cs in ROWS:
    for j, c in enumerate(cs):
        start, num, a = pos[(label, j)]
        col, p, st = COLS[j]
        loc = "Cao Bằng" if label == "Cộng" else label
        extra = {"status": st} if st else {}
        subj = "phòng ở công vụ xây mới " + ("cộng " if label == "Cộng" else "") + col
        F.append(fig(a, num, int(num), "count", "phòng", subj, p, location=loc, _pos=start, **extra))

F += [
    fig("từ 52% năm 2020", "52", 52, "percent", "%", "tỷ lệ giáo viên có nhu cầu được bố trí nhà công vụ",
        year(2020)),
    fig("khoảng 74% năm 2024", "74", 74, "percent", "%", "tỷ lệ giáo viên có nhu cầu được bố trí nhà công vụ",
        year(2024), approx="about"),
    fig("còn 1.236 giáo viên", "1.236", 1236, "count", "giáo viên", "giáo viên chưa có chỗ ở ổn định"),
    fig("xây mới 95 phòng", "95", 95, "count", "phòng", "phòng ở công vụ xây mới", Y25, status="target"),
    fig("sửa chữa 40 phòng", "40", 40, "count", "phòng", "phòng xuống cấp được sửa chữa", Y25, status="target"),
    fig("khoảng 36 tỷ đồng", "36", 36e9, "money", "đồng", "tổng kinh phí xây mới, sửa chữa phòng ở công vụ", Y25,
        approx="about", status="target"),
]

COMMENTS = [
    "Sở GD&ĐT Cao Bằng site, no dateline: nhà công vụ giáo viên 2021-2024, one-cell-per-line table (Đơn vị tính: phòng).",
    "Table: period and status from the column header (Năm 2022/2023 actual, 'Ước thực hiện năm 2024' estimate, 'Kế hoạch năm 2025' target);",
    "district rows -> location district, 'Cộng' row -> Cao Bằng; cells get no totals. 'bốn huyện' (the table's scope) optional.",
    "'tăng từ 52% năm 2020 lên khoảng 74% năm 2024': two percent figures, no change value is written.",
    "Distractors: 'Chương trình 1719', 'Số 012 Hoàng Đình Giong', phone 0206.3852.145, 'Tổng lượt truy cập: 1.284.557', 'Đang trực tuyến: 37'.",
]

if __name__ == "__main__":
    emit("p1051-7", TEXT, COMMENTS, F, published=None, location="Cao Bằng")

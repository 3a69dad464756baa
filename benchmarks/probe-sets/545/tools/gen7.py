"""p545-7: Sở TN&MT Long An department page (no dateline) — groundwater levels and monitoring-well table, one cell per line."""
from lib import emit, fig, per, inh, chg, tgt

ROWS = [("Đức Hòa", "Đức Hòa", (9, 11, 14)), ("Bến Lức", "Bến Lức", (7, 8, 10)), ("Cần Giuộc", "Cần Giuộc", (5, 6, 8)),
        ("Cần Đước", "Cần Đước", (4, 4, 6)), ("TP. Tân An", "Tân An", (3, 5, 6)), ("Toàn tỉnh", "Long An", (28, 34, 44))]
TABLE = "\n".join(f"{label}\n" + "\n".join(str(v) for v in vals) for label, _, vals in ROWS)

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LONG AN
Trang chủ » Tài nguyên nước » Quan trắc

Mạng lưới giếng quan trắc nước dưới đất tỉnh Long An

Mực nước dưới đất tại Long An tiếp tục suy giảm, nhất là ở các huyện giáp TP. Hồ Chí Minh. Năm 2023, mực nước tầng chứa nước Pliocen giữa tại huyện Đức Hòa hạ thấp 0,62 m so với năm 2022, tại huyện Bến Lức hạ thấp 0,48 m. Mực nước sâu nhất ghi nhận là 34,7 m tại giếng QT-07 ở huyện Đức Hòa.

Toàn tỉnh hiện có 1.860 giếng khoan khai thác được cấp phép với tổng lưu lượng khoảng 126.000 m³/ngày. Các giếng quan trắc được đo mực nước với tần suất 4 lần/tháng.

Theo Quyết định số 2658/QĐ-UBND, vùng hạn chế khai thác nước dưới đất của tỉnh có diện tích 1.245 km², chiếm 27,7% diện tích tự nhiên. Trong năm 2023, các địa phương đã trám lấp 212 giếng không còn sử dụng, trong đó huyện Đức Hòa 86 giếng.

Bảng: Số giếng quan trắc nước dưới đất theo địa bàn
Đơn vị tính: giếng
Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2025
""" + TABLE + """

Theo kế hoạch, đến năm 2025 tỉnh sẽ lắp thiết bị đo tự động cho 100% giếng quan trắc, kinh phí dự kiến 4,8 tỷ đồng.

Chi cục Biển và Tài nguyên nước, 137 Nguyễn Đình Chiểu, Phường 2, TP. Tân An.
Tổng lượt truy cập: 1.284.906
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
TO2025 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("hạ thấp 0,62 m", "0,62", 0.62, "measure", "m",
        "mực nước tầng chứa nước Pliocen giữa hạ thấp so với năm 2022", Y23, location="Đức Hòa"),
    fig("hạ thấp 0,48 m", "0,48", 0.48, "measure", "m",
        "mực nước tầng chứa nước Pliocen giữa hạ thấp", Y23, location="Bến Lức"),
    fig("là 34,7 m", "34,7", 34.7, "measure", "m", "mực nước sâu nhất ghi nhận", inh(Y23), location="Đức Hòa"),
    fig("có 1.860 giếng", "1.860", 1860, "count", "giếng khoan", "giếng khoan khai thác được cấp phép"),
    fig("khoảng 126.000 m³/ngày", "126.000", 126000, "measure", "m³/ngày",
        "tổng lưu lượng giếng khoan khai thác được cấp phép", approx="about"),
    fig("4 lần/tháng", "4", 4, "measure", "lần/tháng", "tần suất đo mực nước giếng quan trắc"),
    fig("diện tích 1.245 km²", "1.245", 1245, "measure", "km²", "diện tích vùng hạn chế khai thác nước dưới đất",
        percent=27.7),
    fig("lấp 212 giếng", "212", 212, "count", "giếng", "giếng không còn sử dụng được trám lấp",
        per("Trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("Đức Hòa 86 giếng", "86", 86, "count", "giếng", "giếng không còn sử dụng được trám lấp",
        per("Trong năm 2023", "2023-01-01", "2023-12-31"), total=212, location="Đức Hòa"),
]
lines = TABLE.split("\n")
for r, (label, loc, vals) in enumerate(ROWS):
    nxt = ROWS[r + 1][0] if r + 1 < len(ROWS) else "\n\nTheo kế hoạch"
    for j, v in enumerate(vals):
        # anchor starts at the cell and runs to the next row label, so the number is its first whole occurrence
        anchor = "\n" + "\n".join(str(x) for x in vals[j:]) + ("\n" + nxt if r + 1 < len(ROWS) else nxt)
        if j == 0:
            anchor = label + anchor
        colname, p, st = COLS[j]
        subj = "Số giếng quan trắc nước dưới đất " + ("toàn tỉnh " if label == "Toàn tỉnh" else "") + colname
        kw = {"status": "target"} if st == "target" else {}
        FIGS.append(fig(anchor, str(v), v, "count", "giếng", subj, p, location=loc, **kw))

FIGS += [
    fig("cho 100% giếng", "100", 100, "percent", "%", "giếng quan trắc được lắp thiết bị đo tự động", TO2025,
        status="target"),
    fig("dự kiến 4,8 tỷ đồng", "4,8", 4_800_000_000, "money", "đồng", "kinh phí lắp thiết bị đo tự động", TO2025,
        status="forecast"),
]

COMMENTS = [
    "p545-7 (invented): Sở TN&MT Long An department page — groundwater decline, monitoring wells by district. No dateline",
    "(published unset); footer visit counter 'Tổng lượt truy cập: 1.284.906' is furniture.",
    "Table with one cell per line and 'Đơn vị tính: giếng': every cell is a figure; row labels are places (location: the district,",
    "TP. Tân An, and Long An for 'Toàn tỉnh'); subject = table title + column; period from the column header; 'Kế hoạch 2025' ->",
    "status target, period 2025. 'hạ thấp 0,62 m so với năm 2022' is the decline itself (a measure, like a growth rate that is the",
    "claim): no change object. '4 lần/tháng' is a rate (unit lần/tháng). 'dự kiến 4,8 tỷ đồng' -> forecast; 'Theo kế hoạch, đến",
    "năm 2025 … 100%' -> target. '1.245 km², chiếm 27,7% diện tích tự nhiên' -> percent of the area. Distractors: giếng QT-07,",
    "Quyết định số 2658/QĐ-UBND, 137 Nguyễn Đình Chiểu, Phường 2, 'Pliocen giữa'.",
]

if __name__ == "__main__":
    emit("p545-7", TEXT, COMMENTS, FIGS, location="Long An")

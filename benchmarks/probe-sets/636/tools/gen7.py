from lib import *

ROWS = [("Ninh Kiều", "Ninh Kiều", ["72", "61", "64", "68"]),
        ("Bình Thủy", "Bình Thủy", ["38", "27", "29", "32"]),
        ("Cái Răng", "Cái Răng", ["35", "24", "26", "30"]),
        ("Ô Môn", "Ô Môn", ["52", "30", "33", "40"]),
        ("Thới Lai", "Thới Lai", ["49", "28", "31", "37"])]
HEAD = ["Quận, huyện", "Tổng số trường", "Năm học 2022-2023", "Năm học 2023-2024", "Kế hoạch năm 2025"]
TABLE = "\n".join(HEAD) + "\n" + "\n".join(lab + "\n" + "\n".join(c) for lab, _, c in ROWS)

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CẦN THƠ
Trang chủ / Khảo thí - Kiểm định chất lượng giáo dục

Kết quả xây dựng trường đạt chuẩn quốc gia năm học 2023-2024

Năm học 2023-2024, toàn thành phố có thêm 19 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 356 trường, chiếm 71,5% tổng số trường công lập. Số trường đạt kiểm định chất lượng giáo dục từ cấp độ 2 trở lên là 389 trường. Trong số 19 trường mới đạt chuẩn có 8 trường mầm non, 7 trường tiểu học và 4 trường trung học cơ sở.

Bảng: Số trường đạt chuẩn quốc gia tại một số quận, huyện
Đơn vị tính: trường
""" + TABLE + """

Quận Ninh Kiều có tỷ lệ trường đạt chuẩn cao nhất thành phố với 88,9%; huyện Thới Lai thấp nhất với 63,3%.

Kế hoạch vốn xây dựng trường chuẩn năm 2024 của thành phố là 268,75 tỷ đồng; đến ngày 30/9/2024 đã giải ngân 142,3 tỷ đồng, đạt 52,9% kế hoạch. Sở đề nghị các quận, huyện đẩy nhanh tiến độ, bảo đảm hoàn thành hồ sơ tự đánh giá trước ngày 15/11.

SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CẦN THƠ
Địa chỉ: số 39 đường 3 Tháng 2, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3830.753
Tổng số lượt truy cập: 2.481.306
"""

NH = YY("Năm học 2023-2024", 2023, 2024)
COLS = [("Tổng số trường", "count", None, {}),
        ("trường đạt chuẩn quốc gia năm học 2022-2023", "count", YY("Năm học 2022-2023", 2022, 2023), {}),
        ("trường đạt chuẩn quốc gia năm học 2023-2024", "count", YY("Năm học 2023-2024", 2023, 2024), {}),
        ("trường đạt chuẩn quốc gia kế hoạch năm 2025", "count", Y("Kế hoạch năm 2025", 2025), {"status": "target"})]

FIGS = [
    F("thêm 19 trường", "19", 19, "count", "trường", "trường được công nhận đạt chuẩn quốc gia", NH),
    F("lên 356 trường", "356", 356, "count", "trường", "trường đạt chuẩn quốc gia", NH, percent=71.5),
    F("Trong số 19 trường", "19", 19, "count", "trường", "trường mới đạt chuẩn", I(NH), optional=True),
    F("có 8 trường", "8", 8, "count", "trường", "trường mầm non mới đạt chuẩn", I(NH), total=19),
    F("7 trường tiểu học", "7", 7, "count", "trường", "trường tiểu học mới đạt chuẩn", I(NH), total=19),
    F("4 trường trung học", "4", 4, "count", "trường", "trường trung học cơ sở mới đạt chuẩn", I(NH), total=19),
    F("là 389 trường", "389", 389, "count", "trường", "trường đạt kiểm định chất lượng giáo dục từ cấp độ 2 trở lên", I(NH)),
]
for lab, loc, cells in ROWS:
    for i, (cell, (subj, kind, per, kw)) in enumerate(zip(cells, COLS)):
        anchor = lab + "\n" + "\n".join(cells[: i + 1])
        if per is None:
            per = I(NH)
        FIGS.append(F(anchor, cell, parse_num(cell), kind, "trường", subj, per, location=loc, **kw))
FIGS += [
    F("với 88,9%", "88,9", 88.9, "percent", "%", "tỷ lệ trường đạt chuẩn", I(NH), location="Ninh Kiều"),
    F("với 63,3%", "63,3", 63.3, "percent", "%", "tỷ lệ trường đạt chuẩn", I(NH), location="Thới Lai"),
    F("là 268,75 tỷ đồng", "268,75", 268.75e9, "money", "đồng", "Kế hoạch vốn xây dựng trường chuẩn",
      Y("năm 2024", 2024), status="target"),
    F("giải ngân 142,3 tỷ đồng", "142,3", 142.3e9, "money", "đồng", "vốn xây dựng trường chuẩn đã giải ngân",
      ASOF("đến ngày 30/9/2024", "2024-09-30"), percent=52.9),
]

COMMENTS = [
    "Department site (Sở GD&ĐT Cần Thơ, invented), no dateline: national-standard schools in school year 2023-2024 and a table",
    "with one cell per line ('Đơn vị tính: trường'; columns Tổng số trường | Năm học 2022-2023 | Năm học 2023-2024 | Kế hoạch năm 2025).",
    "Table cells: subject = column label (+ indicator of the title), row label (a district) -> location; periods from the column",
    "headers, scored as in shared h23 ('Tổng số trường' has none in its header -> inherited); 'Kế hoạch' column -> target.",
    "Not figures: 'từ cấp độ 2 trở lên', 'đường 3 Tháng 2', 'số 39', phone, 'Tổng số lượt truy cập: 2.481.306', 'ngày 15/11',",
    "'ngày 30/9/2024'. No dateline -> published absent.",
    "'chiếm 71,5% tổng số trường công lập' -> percent attribute of 356 (the whole is not stated as a number: no total).",
    "'Kế hoạch vốn ... năm 2024 ... là 268,75 tỷ đồng' -> target status; '142,3 tỷ đồng, đạt 52,9% kế hoạch' -> percent 52.9.",
    "'Trong số 19 trường mới đạt chuẩn có 8 ..., 7 ..., 4 ...' -> total 19 (sentence break).",
    "revised after scoring: 'Trong số 19 trường' (the whole restated) added as optional, as in p636-2 and shared h02.",
    "Choice: the plan amount is a figure of its own (a separate clause), so it is not also 142,3's target attribute.",
]

if __name__ == "__main__":
    emit("p636-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")

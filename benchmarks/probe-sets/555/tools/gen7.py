from lib import *

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG
Trang chủ / Thống kê giáo dục

Quy mô học sinh THPT năm học 2023-2024

Năm học 2023-2024, toàn tỉnh có 97.412 học sinh trung học (THCS và THPT), tăng 2,3% so với năm học trước, bình quân 947,6 học sinh trung học/1 vạn dân; trong đó học sinh THPT là 31.806 em.

Số học sinh THPT theo khối lớp:

Đơn vị tính: học sinh

Khối lớp
Năm học 2022-2023
Năm học 2023-2024
Kế hoạch năm học 2024-2025
Lớp 10
11.430
11.912
12.200
Lớp 11
10.208
10.039
11.650
Lớp 12
9.716
9.855
9.980
Tổng cộng
31.354
31.806
33.830

Toàn tỉnh có 34 trường THPT, trong đó 3 trường ngoài công lập, với tổng số 791 lớp. Tỷ lệ huy động học sinh trong độ tuổi vào lớp 10 đạt 71,5%. Sĩ số bình quân cấp THPT là 40,2 học sinh/lớp. Học sinh nữ chiếm 53,2% tổng số học sinh THPT; học sinh dân tộc Khmer có 1.128 em.

Tỷ lệ học sinh THPT bỏ học là 0,9%, giảm 0,35% so với năm học trước; riêng huyện Trà Ôn (1,6%) và Vũng Liêm (1,4%) còn cao hơn mức bình quân của tỉnh.

Năm học 2024-2025, toàn tỉnh dự kiến mở thêm 28 lớp 10 tại các trường THPT công lập.

Sở Giáo dục và Đào tạo tỉnh Vĩnh Long
Địa chỉ: số 35 đường 3 Tháng 2, Phường 1, TP Vĩnh Long. Điện thoại: 0270.3822.414
Tổng số lượt truy cập: 2.158.903
"""

NH = SCHOOLYEAR(2023, "Năm học 2023-2024")
COLS = [
    (SCHOOLYEAR(2022, "Năm học 2022-2023"), "năm học 2022-2023", "actual"),
    (SCHOOLYEAR(2023, "Năm học 2023-2024"), "năm học 2023-2024", "actual"),
    (SCHOOLYEAR(2024, "Kế hoạch năm học 2024-2025"), "kế hoạch năm học 2024-2025", "target"),
]


def row(label, subj, cells):
    out = []
    for (anchor, number), (per, col, st) in zip(cells, COLS):
        kw = {"status": st} if st != "actual" else {}
        out.append(F(anchor, number, parse(number), "count", "học sinh", f"{label} {col}", per, **kw))
    return out


def parse(s):
    return int(s.replace(".", ""))


FIGS = [
    F("có 97.412 học sinh", "97.412", 97412, "count", "học sinh", "học sinh trung học (THCS và THPT)", NH,
      change=CH("increase", 2.3, "%", "năm học trước")),
    F("947,6 học sinh", "947,6", 947.6, "measure", "học sinh trung học/1 vạn dân",
      "học sinh trung học bình quân trên 1 vạn dân", NH),
    F("là 31.806 em", "31.806", 31806, "count", "em", "học sinh THPT", NH, total=97412),
    *row("Lớp 10", "học sinh Lớp 10", [("Lớp 10\n11.430", "11.430"), ("11.430\n11.912", "11.912"),
                                       ("11.912\n12.200", "12.200")]),
    *row("Lớp 11", "học sinh Lớp 11", [("Lớp 11\n10.208", "10.208"), ("10.208\n10.039", "10.039"),
                                       ("10.039\n11.650", "11.650")]),
    *row("Lớp 12", "học sinh Lớp 12", [("Lớp 12\n9.716", "9.716"), ("9.716\n9.855", "9.855"),
                                       ("9.855\n9.980", "9.980")]),
    *row("Tổng cộng", "Tổng cộng học sinh THPT", [("Tổng cộng\n31.354", "31.354"), ("31.354\n31.806", "31.806"),
                                                  ("31.806\n33.830", "33.830")]),
    F("có 34 trường THPT", "34", 34, "count", "trường THPT", "trường THPT", INH(NH)),
    F("3 trường ngoài công lập", "3", 3, "count", "trường", "trường THPT ngoài công lập", INH(NH), total=34),
    F("791 lớp", "791", 791, "count", "lớp", "lớp THPT", INH(NH)),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", "Tỷ lệ huy động học sinh trong độ tuổi vào lớp 10", INH(NH)),
    F("là 40,2 học sinh/lớp", "40,2", 40.2, "measure", "học sinh/lớp", "Sĩ số bình quân cấp THPT", INH(NH)),
    F("chiếm 53,2%", "53,2", 53.2, "percent", "%", "Học sinh nữ trong tổng số học sinh THPT", INH(NH)),
    F("có 1.128 em", "1.128", 1128, "count", "em", "học sinh dân tộc Khmer", INH(NH)),
    F("là 0,9%", "0,9", 0.9, "percent", "%", "Tỷ lệ học sinh THPT bỏ học", INH(NH),
      change=CH("decrease", 0.35, "%", "năm học trước")),
    F("Trà Ôn (1,6%)", "1,6", 1.6, "percent", "%", "Tỷ lệ học sinh THPT bỏ học", INH(NH), location="Trà Ôn"),
    F("Vũng Liêm (1,4%)", "1,4", 1.4, "percent", "%", "Tỷ lệ học sinh THPT bỏ học", INH(NH),
      location="Vũng Liêm"),
    F("thêm 28 lớp", "28", 28, "count", "lớp", "lớp 10 mở thêm tại các trường THPT công lập",
      SCHOOLYEAR(2024, "Năm học 2024-2025"), status="forecast"),
]

COMMENTS = [
    "Department site (Sở GD&ĐT Vĩnh Long), no dateline, visit counter in the footer: quy mô học sinh THPT năm học 2023-2024.",
    "Table one cell per line, 'Đơn vị tính: học sinh', columns Năm học 2022-2023 | Năm học 2023-2024 | Kế hoạch năm học 2024-2025;",
    "every numeric cell is a count (the 'Tổng cộng' row too); subject = row label + column label; period from the column header",
    "(choice: school year = 1 Sep .. 31 May). revised after the first run, for consistency with FIGURES.md 'Tables': the cell",
    "subjects were 'học sinh Lớp 10 năm học …' / 'Tổng cộng học sinh THPT …'; now row label + column label only.",
    "'Kế hoạch' column → target. Row labels 'Lớp 10/11/12' and 'lớp 10' in the text are names, not figures; '28 lớp 10' counts classes.",
    "'trong đó học sinh THPT là 31.806 em' is a part of 97.412 (the rate 947,6/1 vạn dân that stands right before the cue is not the",
    "whole). Distractors: 'đường 3 Tháng 2', 'Phường 1', số 35, phone, 'Tổng số lượt truy cập: 2.158.903', '1 vạn dân' denominator.",
]

if __name__ == "__main__":
    emit("p555-7", TEXT, COMMENTS, FIGS, published=None, location="Vĩnh Long")

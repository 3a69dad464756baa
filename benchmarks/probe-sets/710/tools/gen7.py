"""p710-7: Quảng Ninh Department of Education site, no dateline, one-cell-per-line table."""
from lib import F, P, YEAR, CH, emit

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Số lượng trường ngoài công lập theo địa phương

Thực hiện Kế hoạch số 112/KH-SGDĐT, Sở Giáo dục và Đào tạo tổng hợp số lượng trường ngoài công lập (mầm non, phổ thông) trên địa bàn tỉnh như sau:

Bảng 2. Số trường ngoài công lập phân theo địa phương
Đơn vị tính: trường

Địa phương
Năm 2022
Năm 2023
Kế hoạch 2025
TP. Hạ Long
38
42
48
TP. Cẩm Phả
12
14
16
TP. Uông Bí
9
10
12
TP. Móng Cái
6
7
9
Các địa phương khác
11
11
15
Toàn tỉnh
76
84
100

Ngoài ra, toàn tỉnh có 186 nhóm, lớp mầm non độc lập tư thục với khoảng 4.300 trẻ. Năm 2023, tỷ lệ học sinh học tại trường ngoài công lập đạt 5,8%, tăng 0,7 điểm phần trăm so với năm 2022; riêng TP. Hạ Long đạt 9,4%. Trong năm 2023, UBND tỉnh đã cho phép thành lập mới 8 trường với tổng vốn đầu tư khoảng 650 tỷ đồng.

Các trường ngoài công lập được hưởng chính sách ưu đãi về đất đai, thuế, tín dụng theo quy định của Chính phủ; tổ chức, cá nhân có nhu cầu thành lập trường liên hệ Phòng Kế hoạch - Tài chính, Tầng 4, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP. Hạ Long; điện thoại 0203.3835.547 để được hướng dẫn hồ sơ, thủ tục.

Tổng số lượt truy cập: 1.284.905
"""

COMMENTS = [
    "Quảng Ninh Department of Education site, menu line, no dateline (no published), visit counter in the footer.",
    "Table with one cell per line and `Đơn vị tính: trường`; columns Năm 2022 | Năm 2023 | Kế hoạch 2025 give the period",
    "(scored, as in shared h23) and `Kế hoạch` gives status target. City rows go to location; `Các địa phương khác` and `Toàn tỉnh` stay Quảng Ninh.",
    "The `Toàn tỉnh` row gives no total to the city rows (no text cue).",
    "Not figures: Kế hoạch số 112/KH-SGDĐT, `Bảng 2`, `Tầng 4`, `Trụ sở Liên cơ quan số 3`, the phone, the counter.",
    "`tăng 0,7 điểm phần trăm so với năm 2022` is the change of the share 5,8%; `riêng TP. Hạ Long đạt 9,4%` is its own figure for Hạ Long.",
]

Y22, Y23, K25 = YEAR(2022), YEAR(2023), YEAR(2025, "Kế hoạch 2025")
COLS = ((Y22, "năm 2022", "actual"), (Y23, "năm 2023", "actual"), (K25, "kế hoạch 2025", "target"))

ROWS = [
    # row label, location, anchors and numbers for the three cells
    ("", "Hạ Long", [("Hạ Long\n38", "38"), ("38\n42", "42"), ("42\n48", "48")]),
    ("", "Cẩm Phả", [("Cẩm Phả\n12", "12"), ("12\n14", "14"), ("14\n16", "16")]),
    ("", "Uông Bí", [("Uông Bí\n9", "9"), ("9\n10\n12", "10"), ("10\n12\nTP", "12")]),
    ("", "Móng Cái", [("Móng Cái\n6", "6"), ("6\n7", "7"), ("7\n9\nCác", "9")]),
    ("các địa phương khác ", None, [("khác\n11", "11"), ("11\n15", "11"), ("11\n15\nToàn", "15")]),
    ("toàn tỉnh ", None, [("Toàn tỉnh\n76", "76"), ("76\n84", "84"), ("84\n100", "100")]),
]

FIGS = []
for label, loc, cells in ROWS:
    for (anchor, number), (period, colname, status) in zip(cells, COLS):
        kw = {}
        if status != "actual":
            kw["status"] = status
        if loc:
            kw["location"] = loc
        FIGS.append(F(anchor, number, int(number), "count", "trường",
                      subject=f"số trường ngoài công lập {label}{colname}", period=period, **kw))

FIGS += [
    F("có 186 nhóm", "186", 186, "count", "nhóm, lớp",
      subject="nhóm, lớp mầm non độc lập tư thục"),
    F("khoảng 4.300 trẻ", "4.300", 4300, "count", "trẻ", approx="about",
      subject="trẻ học tại nhóm, lớp mầm non độc lập tư thục"),
    F("đạt 5,8%", "5,8", 5.8, "percent", "%",
      change=CH("increase", 0.7, "điểm phần trăm", "năm 2022"),
      subject="tỷ lệ học sinh học tại trường ngoài công lập", period=YEAR(2023, "Năm 2023")),
    F("đạt 9,4%", "9,4", 9.4, "percent", "%",
      subject="tỷ lệ học sinh học tại trường ngoài công lập", period=YEAR(2023, "Năm 2023"),
      location="Hạ Long"),
    F("mới 8 trường", "8", 8, "count", "trường",
      subject="trường ngoài công lập được cho phép thành lập mới", period=YEAR(2023, "Trong năm 2023")),
    F("khoảng 650 tỷ đồng", "650", 650e9, "money", "đồng", approx="about",
      subject="tổng vốn đầu tư của các trường thành lập mới", period=YEAR(2023, "Trong năm 2023")),
]

if __name__ == "__main__":
    emit("p710-7", TEXT, COMMENTS, FIGS, location="Quảng Ninh")

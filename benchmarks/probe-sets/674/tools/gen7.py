"""p674-7: Sở GD&ĐT An Giang (department site, no dateline) — dạy bơi cho học sinh, one-cell-per-line table by school level."""
from lib import F, P, I, CH, AGE, emit

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

KẾT QUẢ DẠY BƠI, GIÁO DỤC KỸ NĂNG PHÒNG, CHỐNG ĐUỐI NƯỚC CHO HỌC SINH

Năm 2023, ngành giáo dục An Giang đã tổ chức dạy bơi cho 41.250 học sinh, tăng 15,6% so với năm 2022; số học sinh biết bơi sau khóa học đạt 36.870 em, chiếm 89,4%. Toàn ngành có 57 trường học có bể bơi, trong đó 23 bể bơi di động do tỉnh và các nhà tài trợ trang bị.

Bảng: Số học sinh được dạy bơi theo cấp học
Đơn vị tính: học sinh
Cấp học
Năm 2022
Năm 2023
Kế hoạch 2024
Mầm non
2.140
3.015
3.500
Tiểu học
22.460
26.180
28.000
Trung học cơ sở
11.080
12.055
13.500
Tổng cộng
35.680
41.250
45.000

Các huyện đầu nguồn có nhiều sông, kênh như An Phú, Tân Châu, Phú Tân được ưu tiên bố trí bể bơi di động; riêng huyện An Phú năm 2023 dạy bơi cho 4.860 học sinh.

Năm 2024, Sở phấn đấu 100% trường tiểu học lồng ghép dạy kỹ năng an toàn trong môi trường nước; tỷ lệ học sinh từ lớp 3 trở lên biết bơi đạt từ 45 đến 50%. Kinh phí dự kiến 4,2 tỷ đồng, trong đó xã hội hóa khoảng 1,3 tỷ đồng.

Sở đề nghị phụ huynh thường xuyên nhắc nhở con em không tắm sông, kênh, rạch khi không có người lớn đi cùng.

Địa chỉ: số 16 Lê Triệu Kiết, phường Mỹ Bình, TP. Long Xuyên
Điện thoại: 0296.3852.235
Lượt truy cập: 1.204.557
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Mầm non", ["2.140", "3.015", "3.500"]),
        ("Tiểu học", ["22.460", "26.180", "28.000"]),
        ("Trung học cơ sở", ["11.080", "12.055", "13.500"]),
        ("Tổng cộng", ["35.680", "41.250", "45.000"])]

FIGS = [
    F("cho 41.250 học sinh", "41.250", 41250, "count", "học sinh", "học sinh được dạy bơi", Y23,
      change=CH("increase", 15.6, "%", "năm 2022")),
    F("đạt 36.870 em", "36.870", 36870, "count", "em", "học sinh biết bơi sau khóa học", Y23, percent=89.4),
    F("có 57 trường", "57", 57, "count", "trường học", "trường học có bể bơi", I(Y23)),
    # 23 pools are not a part of 57 schools (different things counted): no total
    F("trong đó 23 bể", "23", 23, "count", "bể bơi di động", "bể bơi di động do tỉnh và các nhà tài trợ trang bị", I(Y23)),
]
for label, cells in ROWS:
    for i, (cell, (col, per, status)) in enumerate(zip(cells, COLS)):
        prev = label if i == 0 else cells[i - 1]
        kw = {"status": status} if status else {}
        subj = "Số học sinh được dạy bơi " + (label.lower() if label != "Tổng cộng" else "tổng cộng") + " " + col.lower()
        FIGS.append(F(prev + "\n" + cell, cell, float(cell.replace(".", "")), "count", "học sinh", subj, per, **kw))
FIGS += [
    F("cho 4.860 học sinh", "4.860", 4860, "count", "học sinh", "học sinh được dạy bơi", Y23, location="An Phú"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trường tiểu học lồng ghép dạy kỹ năng an toàn trong môi trường nước",
      Y24, status="target"),
    F("từ 45 đến 50%", "45", 45, "percent", "%", "tỷ lệ học sinh từ lớp 3 trở lên biết bơi", Y24,
      value_max=50, status="target"),
    F("dự kiến 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng", "kinh phí dạy bơi, giáo dục kỹ năng phòng, chống đuối nước",
      I(Y24), status="forecast"),
    F("khoảng 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng", "kinh phí xã hội hóa", I(Y24),
      approx="about", total=4200000000, status="forecast"),
]

COMMENTS = [
    "Sở GD&ĐT An Giang (department site): dạy bơi cho học sinh 2022-2024. No dateline: no published.",
    "One-cell-per-line table with 'Đơn vị tính: học sinh': every cell is a figure, period from the column header (scored, as in",
    "shared h23/h24); 'Kế hoạch 2024' column -> status target. Subject = row label + column label. No totals within the table.",
    "'57 trường học có bể bơi, trong đó 23 bể bơi di động': a different thing counted, so no total. 'lớp 3' is a grade (a name).",
    "'Kinh phí dự kiến 4,2 tỷ đồng, trong đó xã hội hóa khoảng 1,3 tỷ đồng': forecast continues into the part; total 4,2 tỷ.",
    "Distractors: 'số 16 Lê Triệu Kiết', phone 0296.3852.235, 'Lượt truy cập: 1.204.557'.",
]

if __name__ == "__main__":
    emit("p674-7", TEXT, COMMENTS, FIGS, location="An Giang")

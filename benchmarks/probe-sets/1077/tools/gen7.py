from lib import F, P, SY, YEAR, I, CH, TG, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức | Y tế trường học | Liên hệ

Kết quả chương trình Nha học đường năm 2023

Năm 2023, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Sở Giáo dục và Đào tạo triển khai chương trình Nha học đường tại 286 trường tiểu học, tăng 12 trường so với năm 2022. Tỷ lệ sâu răng ở học sinh tiểu học là 58,6%, giảm 1,9% so với năm trước.

Các địa phương có tỷ lệ sâu răng cao là Vân Canh, Vĩnh Thạnh và An Lão, lần lượt 71,2%, 69,5% và 67,8%, đều là huyện miền núi có đông học sinh người dân tộc thiểu số. Điểm sáng là Trường Tiểu học số 2 Phước Sơn, nơi 100% học sinh được súc miệng fluor hằng tuần.

Kết quả cụ thể như sau:
Đơn vị tính: học sinh
Nội dung
Năm 2022
Năm 2023
Kế hoạch 2024
Được khám răng miệng
98.450
104.720
110.000
Được súc miệng fluor
71.300
76.845
80.000
Được trám bít hố rãnh
4.210
5.036
6.000
Được điều trị sâu răng
18.970
21.384
23.000

Năm 2024, Trung tâm tập trung mở rộng súc miệng fluor tại các huyện miền núi, phấn đấu nâng tỷ lệ học sinh tiểu học được khám răng miệng lên trên 90%.

Bản quyền thuộc Trung tâm Kiểm soát bệnh tật tỉnh Bình Định
Địa chỉ: số 16 Phạm Hùng, phường Lý Thường Kiệt, TP Quy Nhơn
Điện thoại: 0256.3822.619 - Fax: 0256.3822.620
Đang truy cập: 57 | Tổng lượt truy cập: 1.284.903
"""

Y23 = YEAR("Năm 2023", 2023)
COLS = [(YEAR("Năm 2022", 2022), "actual"), (YEAR("Năm 2023", 2023), "actual"), (YEAR("Kế hoạch 2024", 2024), "target")]
ROWS = [("Được khám răng miệng", "học sinh được khám răng miệng", ["98.450", "104.720", "110.000"]),
        ("Được súc miệng fluor", "học sinh được súc miệng fluor", ["71.300", "76.845", "80.000"]),
        ("Được trám bít hố rãnh", "học sinh được trám bít hố rãnh", ["4.210", "5.036", "6.000"]),
        ("Được điều trị sâu răng", "học sinh được điều trị sâu răng", ["18.970", "21.384", "23.000"])]
TABLE = []
for label, subject, cells in ROWS:
    for i, c in enumerate(cells):
        left = label if i == 0 else cells[i - 1]
        period, status = COLS[i]
        TABLE.append(F(f"{left}\n{c}", c, int(c.replace(".", "")), "count", "học sinh", subject, period, status=status))

FIGS = [
    F("tại 286 trường", "286", 286, "count", "trường", "trường tiểu học triển khai chương trình Nha học đường", Y23,
      change=CH("increase", 12, "trường", "năm 2022")),
    F("là 58,6%", "58,6", 58.6, "percent", "%", "tỷ lệ sâu răng ở học sinh tiểu học", I(Y23),
      change=CH("decrease", 1.9, "%", "năm trước")),
    F("lần lượt 71,2%", "71,2", 71.2, "percent", "%", "tỷ lệ sâu răng", I(Y23), location="Vân Canh"),
    F("71,2%, 69,5%", "69,5", 69.5, "percent", "%", "tỷ lệ sâu răng", I(Y23), location="Vĩnh Thạnh"),
    F("và 67,8%", "67,8", 67.8, "percent", "%", "tỷ lệ sâu răng", I(Y23), location="An Lão"),
    F("nơi 100% học sinh", "100", 100, "percent", "%", "học sinh Trường Tiểu học số 2 Phước Sơn được súc miệng fluor hằng tuần"),
] + TABLE + [
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ học sinh tiểu học được khám răng miệng", YEAR("Năm 2024", 2024),
      approx="over", status="target"),
]

NOTES = [
    "CDC Bình Định site, no dateline (published absent): Nha học đường 2023; table pasted one cell per line.",
    "Table: Đơn vị tính: học sinh; subject = row label; period from the column header (Năm 2022, Năm 2023, Kế hoạch 2024),",
    "scored; 'Kế hoạch 2024' gives status target. Column headers are periods, not figures.",
    "The district list with 'lần lượt' shares the indicator 'tỷ lệ sâu răng' stated before it; each district is the location.",
    "Not figures: Trường Tiểu học số 2 Phước Sơn (a name), address số 16 Phạm Hùng, phone/fax, 'Đang truy cập: 57', 'Tổng lượt truy cập: 1.284.903'.",
]

if __name__ == "__main__":
    write("p1077-7", TEXT, NOTES, FIGS, location="Bình Định")

"""p1111-3: UBND tỉnh Bình Thuận formal report, 6 months 2024, flattened | table."""
from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH BÌNH THUẬN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Bình Thuận, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình hoạt động của các resort ven biển 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở lưu trú
Tính đến ngày 30/6/2024, toàn tỉnh có 198 resort ven biển đang hoạt động với 11.460 phòng, tăng 12 resort so với cuối năm 2023. Công suất phòng bình quân 6 tháng đạt 61,2%, tăng 4,5 điểm phần trăm so với cùng kỳ.

2. Lượt khách lưu trú tại các resort
Đơn vị tính: nghìn lượt khách
Địa bàn | 6 tháng 2023 | 6 tháng 2024 | Kế hoạch năm 2024
TP. Phan Thiết | 1.486,2 | 1.702,5 | 3.200
Hàm Thuận Nam | 312,4 | 365,8 | 720
Tuy Phong | 96,5 | 104,3 | 210
Thị xã La Gi | 78,1 | 92,6 | 180
Phú Quý | 25,3 | 38,9 | 90
Tổng cộng | 1.998,5 | 2.304,1 | 4.400

3. Doanh thu
Doanh thu của các resort ven biển 6 tháng đầu năm ước đạt 5.120 tỷ đồng, bằng 46,5% kế hoạch năm, tăng 16,8% so với cùng kỳ. Trong đó, doanh thu từ khách quốc tế đạt 1.350 tỷ đồng, chiếm 26,4%.

II. DỰ ÁN ĐANG XÂY DỰNG
Toàn tỉnh có 47 dự án resort ven biển đang triển khai xây dựng, tổng vốn đăng ký 38.650 tỷ đồng; trong 6 tháng có 5 dự án hoàn thành, đưa vào hoạt động với 620 phòng. Dự kiến 6 tháng cuối năm có thêm 7 dự án đi vào hoạt động.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu cả năm 2024 công suất phòng bình quân của các resort ven biển đạt 65%.
2. Triển khai Nghị định số 168/2017/NĐ-CP; phối hợp hoàn thành tuyến đường ven biển ĐT.719B đoạn Phan Thiết - Kê Gà.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
"""

H1_24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
H1_24c = P("6 tháng 2024", "2024-01-01", "2024-06-30")
KH24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
SUBJ = "lượt khách lưu trú tại các resort"  # the section heading; each cell adds its column label (FIGURES.md, Tables)
COLS = ("6 tháng 2023", "6 tháng 2024", "kế hoạch năm 2024")

ROWS = [("TP. Phan Thiết | ", "Phan Thiết", ["1.486,2", "1.702,5", "3.200"]),
        ("Hàm Thuận Nam | ", "Hàm Thuận Nam", ["312,4", "365,8", "720"]),
        ("Tuy Phong | ", "Tuy Phong", ["96,5", "104,3", "210"]),
        ("Thị xã La Gi | ", "La Gi", ["78,1", "92,6", "180"]),
        ("Phú Quý | ", "Phú Quý", ["25,3", "38,9", "90"]),
        ("Tổng cộng | ", "Bình Thuận", ["1.998,5", "2.304,1", "4.400"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, place, cells in ROWS:
    line = label + " | ".join(cells)
    assert line in TEXT, line
    for i, (cell, per) in enumerate(zip(cells, (H1_23, H1_24c, KH24))):
        # anchor: the row label through this cell, so that it is unique
        anchor = label + " | ".join(cells[: i + 1])
        kw = {"status": "target"} if i == 2 else {}
        subj = ("tổng cộng " if place == "Bình Thuận" else "") + SUBJ + " " + COLS[i]
        TABLE.append(F(anchor, cell, round(num(cell) * 1000), "count", "lượt khách", subject=subj,
                       period=per, location=place, **kw))

FIGS = [
    F("có 198 resort", "198", 198, "count", "resort", change=C("increase", 12, "resort", "cuối năm 2023"),
      subject="resort ven biển đang hoạt động", period=ASOF),
    F("với 11.460 phòng", "11.460", 11460, "count", "phòng", subject="phòng của các resort ven biển đang hoạt động",
      period=ASOF),
    F("6 tháng đạt 61,2%", "61,2", 61.2, "percent", "%", change=C("increase", 4.5, "điểm phần trăm", "cùng kỳ"),
      subject="công suất phòng bình quân", period=P("6 tháng", "2024-01-01", "2024-06-30")),
] + TABLE + [
    F("ước đạt 5.120 tỷ đồng", "5.120", 5120e9, "money", "đồng", status="estimate", percent=46.5,
      change=C("increase", 16.8, "%", "cùng kỳ"),
      subject="doanh thu của các resort ven biển", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("đạt 1.350 tỷ đồng", "1.350", 1350e9, "money", "đồng", total=5120e9, percent=26.4,
      subject="doanh thu từ khách quốc tế", period=I(H1_24)),
    F("có 47 dự án", "47", 47, "count", "dự án", subject="dự án resort ven biển đang triển khai xây dựng"),
    F("38.650 tỷ đồng", "38.650", 38650e9, "money", "đồng",
      subject="tổng vốn đăng ký các dự án resort ven biển đang xây dựng"),
    F("có 5 dự án", "5", 5, "count", "dự án", subject="dự án hoàn thành, đưa vào hoạt động",
      period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("với 620 phòng", "620", 620, "count", "phòng", subject="phòng của các dự án đưa vào hoạt động",
      period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("thêm 7 dự án", "7", 7, "count", "dự án", status="forecast", subject="dự án đi vào hoạt động",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
    F("đạt 65%", "65", 65, "percent", "%", status="target",
      subject="công suất phòng bình quân của các resort ven biển", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Formal report of UBND tỉnh Bình Thuận, 'Số: 287/BC-UBND', 'Bình Thuận, ngày 12 tháng 7 năm 2024', section numbers I-III, 1-3.",
    "Flattened | table with 'Đơn vị tính: nghìn lượt khách': every cell ×1000; periods from column headers; 'Kế hoạch năm 2024' column → target.",
    "Cell subject = the table's indicator (heading '2. Lượt khách lưu trú tại các resort') + the column label; row labels",
    "are districts/towns → location; the 'Tổng cộng' row is Bình Thuận. Table cells get no totals (the total row is its own figure).",
    "'Trong đó, doanh thu từ khách quốc tế đạt 1.350 tỷ đồng' is a new sentence with its own verb 'đạt': actual, total 5.120 tỷ.",
    "'trong 6 tháng có 5 dự án hoàn thành' is temporal 'trong', not a part-of cue: no total 47.",
    "revised after the first run: table-cell subjects now include the column label (FIGURES.md: 'the row label and the column label').",
    "Not figures: Số: 287/BC-UBND, dates, section numbers, Nghị định số 168/2017/NĐ-CP, ĐT.719B, 'tăng 12 resort' is a change.",
]

if __name__ == "__main__":
    emit("p1111-3", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Bình Thuận")

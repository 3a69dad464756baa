"""p609-7: Cục Thống kê tỉnh Bình Dương (department site, no dateline) — IIP tháng 10 và 10 tháng 2024, one-cell-per-line table."""
from lib import F, P, CH, emit, inh

TEXT = """CỤC THỐNG KÊ TỈNH BÌNH DƯƠNG
Số liệu thống kê > Công nghiệp

Chỉ số sản xuất công nghiệp tháng 10 và 10 tháng năm 2024

Chỉ số sản xuất công nghiệp (IIP) tháng 10/2024 của tỉnh Bình Dương ước tăng 2,15% so với tháng trước và tăng 9,87% so với cùng kỳ. Tính chung 10 tháng năm 2024, IIP ước tăng 7,92% so với cùng kỳ năm trước, là mức tăng cao nhất kể từ năm 2020.

Bảng: Chỉ số sản xuất công nghiệp phân theo ngành
Đơn vị tính: %

Ngành
Tháng 10/2024 so với tháng 9/2024
Tháng 10/2024 so với tháng 10/2023
10 tháng 2024 so với cùng kỳ
Toàn ngành công nghiệp
102,15
109,87
107,92
Khai khoáng
96,40
92,18
94,05
Chế biến, chế tạo
102,20
110,05
108,03
Sản xuất và phân phối điện
101,37
106,52
105,84
Cung cấp nước, xử lý rác thải
100,85
104,76
103,61

Sản phẩm chủ yếu 10 tháng: quần áo may sẵn 312,6 triệu cái, tăng 6,4%; giày dép 295,1 triệu đôi, tăng 10,2%; xi măng 2,64 triệu tấn, giảm 1,8%; thép cán 1,12 triệu tấn, tăng 7,5%. Chỉ số tồn kho ngành chế biến, chế tạo tại thời điểm 31/10/2024 giảm 2,7% so với cùng thời điểm năm trước. Chỉ số sử dụng lao động tăng 1,6%, trong đó khu vực có vốn đầu tư nước ngoài tăng 2,1%.

Tổng số lượt truy cập: 2.781.406
Địa chỉ: Tầng 11, Tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP Thủ Dầu Một
"""

M10 = P("tháng 10/2024", "2024-10-01", "2024-10-31")
C1 = P("Tháng 10/2024 so với tháng 9/2024", "2024-10-01", "2024-10-31")
C2 = P("Tháng 10/2024 so với tháng 10/2023", "2024-10-01", "2024-10-31")
C3 = P("10 tháng 2024 so với cùng kỳ", "2024-01-01", "2024-10-31")
T10 = P("10 tháng", "2024-01-01", "2024-10-31")
E = "estimate"

ROWS = [
    ("Toàn ngành công nghiệp", ["102,15", "109,87", "107,92"]),
    ("Khai khoáng", ["96,40", "92,18", "94,05"]),
    ("Chế biến, chế tạo", ["102,20", "110,05", "108,03"]),
    ("Sản xuất và phân phối điện", ["101,37", "106,52", "105,84"]),
    ("Cung cấp nước, xử lý rác thải", ["100,85", "104,76", "103,61"]),
]
COLS = [("tháng 10/2024 so với tháng 9/2024", C1), ("tháng 10/2024 so với tháng 10/2023", C2),
        ("10 tháng 2024 so với cùng kỳ", C3)]

FIGS = [
    F("ước tăng 2,15%", "2,15", 2.15, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) tháng 10/2024 so với tháng trước", M10, status=E),
    F("tăng 9,87%", "9,87", 9.87, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) tháng 10/2024 so với cùng kỳ", M10, status=E),
    F("ước tăng 7,92%", "7,92", 7.92, "percent", "%", "IIP",
      P("10 tháng năm 2024", "2024-01-01", "2024-10-31"), status=E),
]
for label, cells in ROWS:
    for cell, (col, per) in zip(cells, COLS):
        FIGS.append(F("\n" + cell + "\n", cell, float(cell.replace(",", ".")), "percent", "%",
                      f"{label} {col}", per))
FIGS += [
    F("quần áo may sẵn 312,6 triệu cái", "312,6", 312600000, "count", "cái", "quần áo may sẵn", T10,
      change=CH("increase", 6.4)),
    F("giày dép 295,1 triệu đôi", "295,1", 295100000, "count", "đôi", "giày dép", T10,
      change=CH("increase", 10.2)),
    F("xi măng 2,64 triệu tấn", "2,64", 2640000, "measure", "tấn", "xi măng", T10,
      change=CH("decrease", 1.8)),
    F("thép cán 1,12 triệu tấn", "1,12", 1120000, "measure", "tấn", "thép cán", T10,
      change=CH("increase", 7.5)),
    F("giảm 2,7%", "2,7", 2.7, "percent", "%", "chỉ số tồn kho ngành chế biến, chế tạo",
      P("tại thời điểm 31/10/2024", None, "2024-10-31")),
    F("tăng 1,6%", "1,6", 1.6, "percent", "%", "chỉ số sử dụng lao động"),
    F("tăng 2,1%", "2,1", 2.1, "percent", "%", "chỉ số sử dụng lao động khu vực có vốn đầu tư nước ngoài"),
]

COMMENTS = [
    "Cục Thống kê tỉnh Bình Dương (department site): IIP tháng 10 và 10 tháng năm 2024. No dateline anywhere: no published.",
    "One-cell-per-line table with 'Đơn vị tính: %': every cell is an index in percent (102,15 = 102,15%), a figure of its own;",
    "subject = row label + column label; period from the column header (scored, as in shared h23).",
    "No 'Ước' column header, so table cells are actual although the lead text says 'ước'.",
    "The lead duplicates the table as growth rates (2,15% / 102,15): both are figures. 'kể từ năm 2020' is no figure.",
    "Product list after 'Sản phẩm chủ yếu 10 tháng:' has no estimate cue (actual). Labour index sentence has no period.",
    "Not figures: 'Tổng số lượt truy cập: 2.781.406', 'Tầng 11', 'Tháp A'.",
    "revised: subject of 7,92% was 'IIP 10 tháng'; now 'IIP' (period not in the subject; cf. shared h15).",
]

if __name__ == "__main__":
    emit("p609-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Dương")

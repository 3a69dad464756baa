from lib import F, P, CH, TG, write

A = """Cổng thông tin điện tử tỉnh Hải Dương
Kinh tế - Xã hội

Chỉ số sản xuất công nghiệp tháng 6 và 6 tháng đầu năm 2024

Cập nhật: 02/07/2024 15:42

Theo Cục Thống kê tỉnh, chỉ số sản xuất toàn ngành công nghiệp tháng 6/2024 ước tăng 1,85% so với tháng trước và tăng 12,6% so với cùng kỳ năm 2023. Tính chung 6 tháng đầu năm, IIP tăng 10,9% so với cùng kỳ, cao hơn mức tăng 6,2% của cùng kỳ năm trước.

Chỉ số sản xuất công nghiệp phân theo ngành kinh tế cấp I
Đơn vị tính: %

Ngành
Tháng 6/2024 so với tháng 5/2024
Tháng 6/2024 so với tháng 6/2023
6 tháng 2024 so với cùng kỳ
Toàn ngành công nghiệp
101,85
112,60
110,90
Khai khoáng
97,40
94,15
92,38
Chế biến, chế tạo
102,06
113,48
111,72
Sản xuất và phân phối điện
100,12
108,30
105,64
Cung cấp nước, xử lý rác thải
100,75
104,21
103,96

Trong 6 tháng đầu năm, một số địa phương có giá trị sản xuất công nghiệp tăng cao như thành phố Chí Linh tăng 18,2%, thị xã Kinh Môn tăng 15,7%, huyện Cẩm Giàng tăng 14,1%. Toàn tỉnh có thêm 3 dự án công nghiệp đi vào sản xuất tại các KCN Cẩm Điền - Lương Điền, Phúc Điền và Lai Cách.

Tính đến ngày 30/6/2024, số doanh nghiệp công nghiệp đang hoạt động là 4.215 doanh nghiệp, chiếm khoảng 38% tổng số doanh nghiệp toàn tỉnh.

Tin, ảnh: Hồng Nhung
"""

M6 = P("tháng 6/2024", "2024-06-01", "2024-06-30")
H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
cols = [("so với tháng 5/2024", P("Tháng 6/2024", "2024-06-01", "2024-06-30")),
        ("tháng 6/2024 so với tháng 6/2023", P("Tháng 6/2024", "2024-06-01", "2024-06-30")),
        ("6 tháng 2024 so với cùng kỳ", P("6 tháng 2024", "2024-01-01", "2024-06-30"))]
rows = [("Toàn ngành công nghiệp", ["101,85", "112,60", "110,90"]),
        ("Khai khoáng", ["97,40", "94,15", "92,38"]),
        ("Chế biến, chế tạo", ["102,06", "113,48", "111,72"]),
        ("Sản xuất và phân phối điện", ["100,12", "108,30", "105,64"]),
        ("Cung cấp nước, xử lý rác thải", ["100,75", "104,21", "103,96"])]

figs = [
    F("ước tăng 1,85%", "1,85", 1.85, "percent", "%", "chỉ số sản xuất toàn ngành công nghiệp tháng 6/2024 so với tháng trước",
      M6, status="estimate"),
    F("tăng 12,6%", "12,6", 12.6, "percent", "%", "chỉ số sản xuất toàn ngành công nghiệp tháng 6/2024 so với cùng kỳ",
      M6, status="estimate"),
    F("IIP tăng 10,9%", "10,9", 10.9, "percent", "%", "IIP", H6),
    F("mức tăng 6,2%", "6,2", 6.2, "percent", "%", "mức tăng IIP cùng kỳ năm trước",
      P("cùng kỳ năm trước", "2023-01-01", "2023-06-30"), optional=True),
]
prev = "Ngành"
labels = ["Tháng 6/2024 so với tháng 5/2024", "Tháng 6/2024 so với tháng 6/2023", "6 tháng 2024 so với cùng kỳ"]
for r, (row, cells) in enumerate(rows):
    for c, cell in enumerate(cells):
        before = row if c == 0 else cells[c - 1]
        anchor = f"{before}\n{cell}"
        figs.append(F(anchor, cell, float(cell.replace(",", ".")), "percent", "%",
                      f"chỉ số sản xuất công nghiệp {row} {labels[c]}", cols[c][1]))

figs += [
    F("Chí Linh tăng 18,2%", "18,2", 18.2, "percent", "%", "giá trị sản xuất công nghiệp", H6, location="Chí Linh"),
    F("Kinh Môn tăng 15,7%", "15,7", 15.7, "percent", "%", "giá trị sản xuất công nghiệp", H6, location="Kinh Môn"),
    F("Cẩm Giàng tăng 14,1%", "14,1", 14.1, "percent", "%", "giá trị sản xuất công nghiệp", H6, location="Cẩm Giàng"),
    F("thêm 3 dự án", "3", 3, "count", "dự án", "dự án công nghiệp đi vào sản xuất",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)),
    F("là 4.215 doanh nghiệp", "4.215", 4215, "count", "doanh nghiệp", "doanh nghiệp công nghiệp đang hoạt động",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30"), percent=38),
]

H = """Provincial portal (Cổng TTĐT tỉnh Hải Dương), 'Cập nhật: 02/07/2024 15:42': IIP June and first half 2024.
One-cell-per-line table with 'Đơn vị tính: %' and three column headers; every cell is a percent figure (index values, previous period = 100),
subject = indicator + row label + column label, period from the column header (June 2024 for the first two columns, Jan-Jun 2024 for the third);
no 'Ước' in the headers, so actual. 'cấp I' in the table title is a label.
'cao hơn mức tăng 6,2% của cùng kỳ năm trước': 6,2% is last year's rate, not the gap, so it is no change of 10,9%; as a figure of its
own it is optional (a strict reader of 'the change after cao hơn' may attach it).
District list items keep the indicator as subject and go to location. The KCN names are no places of the figures.
'Tính đến ngày 30/6/2024' as-of; 'chiếm khoảng 38%' is the enterprise count's percent."""

write("p276-4", A, figs, H, published="2024-07-02", location="Hải Dương")

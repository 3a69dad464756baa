from lib import Doc, P, C, T

TEXT = """UBND TỈNH ĐIỆN BIÊN
SỞ Y TẾ
Số: 1875/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 25 tháng 6 năm 2024

BÁO CÁO
Tình hình cung ứng thuốc thiết yếu tại trạm y tế xã 6 tháng đầu năm 2024

Thực hiện Công văn số 3120/BYT-KCB ngày 03/6/2024 của Bộ Y tế, Sở Y tế báo cáo như sau:

1. Tình hình chung
Toàn tỉnh có 129 trạm y tế xã, phường, thị trấn, trong đó 121 trạm thực hiện khám, chữa bệnh bảo hiểm y tế. Đến ngày 15/6/2024, có 97 trạm có đủ từ 70% số hoạt chất thuốc thiết yếu trở lên theo danh mục tuyến xã, đạt 75,2%, thấp hơn 4,8% so với chỉ tiêu năm 2024 (80%).

2. Kết quả theo địa bàn
Đơn vị tính: trạm
Huyện, thị xã, thành phố | Tổng số trạm | Có đủ thuốc thiết yếu | Tỷ lệ (%)
Thành phố Điện Biên Phủ | 12 | 12 | 100
Huyện Điện Biên | 25 | 21 | 84,0
Huyện Tuần Giáo | 19 | 14 | 73,7
Huyện Mường Nhé | 11 | 6 | 54,5
Huyện Điện Biên Đông | 14 | 9 | 64,3
Các huyện, thị xã còn lại | 48 | 35 | 72,9
Toàn tỉnh | 129 | 97 | 75,2

3. Khó khăn, tồn tại
6 tháng đầu năm 2024, tổng chi tiền thuốc tại trạm y tế xã khoảng 4,6 tỷ đồng, giảm 12,5% so với cùng kỳ năm 2023. Trung tâm Y tế huyện Mường Nhé cung ứng thuốc cho các trạm với quãng đường vận chuyển từ 40 đến 120 km.

4. Đề xuất, kiến nghị
Phấn đấu đến cuối năm 2024 có ít nhất 85% trạm y tế xã có đủ thuốc thiết yếu; đề nghị Bộ Y tế hỗ trợ kinh phí khoảng 2,5 tỷ đồng để mua thuốc cho 40 trạm vùng khó khăn.

Nơi nhận:
- Bộ Y tế (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, NVD.
GIÁM ĐỐC
Vừ A Bằng
"""

d = Doc("p241-4", TEXT, [
    "Formal report with letterhead (Sở Y tế Điện Biên, 'Số: 1875/BC-SYT'); the place-and-date line 'Điện Biên, ngày 25 tháng 6 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: trạm' and a '(%)' column; every numeric cell is a figure; district rows give location, 'Toàn tỉnh' and",
    "'Các huyện, thị xã còn lại' give the province. Period of the table: 'Đến ngày 15/6/2024' from the text above (inherited). No totals for table cells.",
    "Distractors: document numbers, 'Công văn số 3120/BYT-KCB ngày 03/6/2024', section numbers 1.-4., 'Lưu: VT, NVD', signer, title period.",
    "'trong đó 121 trạm' is part of 129. 97 trạm: percent 75,2, change 'thấp hơn 4,8% so với chỉ tiêu năm 2024', target 80 (bracket). 'từ 70% … trở lên' is a criterion: optional.",
    "'từ 40 đến 120 km' is a range (measure, km, location Mường Nhé). 'Phấn đấu đến cuối năm 2024 … ít nhất 85%': target, end-only period.",
    "'đề nghị … khoảng 2,5 tỷ đồng … 40 trạm': a request, neither actual nor a set target: optional.",
], published="2024-06-25", location="Điện Biên")

d.f("có 129 trạm", "129", 129, "count", "trạm y tế", subject="trạm y tế xã, phường, thị trấn")
d.f("trong đó 121 trạm", "121", 121, "count", "trạm", total=129,
    subject="trạm y tế thực hiện khám, chữa bệnh bảo hiểm y tế")
d.f("có 97 trạm", "97", 97, "count", "trạm", percent=75.2,
    change=C("decrease", 4.8, "%", "chỉ tiêu năm 2024"), target=T(80, "%", False),
    subject="trạm có đủ thuốc thiết yếu theo danh mục tuyến xã",
    period=P("Đến ngày 15/6/2024", None, "2024-06-15"))
d.f("đủ từ 70% số", "70", 70, "percent", "%", approx="at_least", optional=True)

pt = P("Đến ngày 15/6/2024", None, "2024-06-15", inherited=True)
rows = [
    ("Thành phố Điện Biên Phủ", "Điện Biên Phủ", "thành phố Điện Biên Phủ", ["12", "12", "100"]),
    ("Huyện Điện Biên", "Điện Biên", "huyện Điện Biên", ["25", "21", "84,0"]),
    ("Huyện Tuần Giáo", "Tuần Giáo", "huyện Tuần Giáo", ["19", "14", "73,7"]),
    ("Huyện Mường Nhé", "Mường Nhé", "huyện Mường Nhé", ["11", "6", "54,5"]),
    ("Huyện Điện Biên Đông", "Điện Biên Đông", "huyện Điện Biên Đông", ["14", "9", "64,3"]),
    ("Các huyện, thị xã còn lại", "Điện Biên", "các huyện, thị xã còn lại", ["48", "35", "72,9"]),
    ("Toàn tỉnh", "Điện Biên", "toàn tỉnh", ["129", "97", "75,2"]),
]
cols = [("Tổng số trạm", "count", "trạm"), ("trạm có đủ thuốc thiết yếu", "count", "trạm"),
        ("Tỷ lệ trạm có đủ thuốc thiết yếu", "percent", "%")]
for label, loc, sl, cells in rows:
    for i, (cl, kind, unit) in enumerate(cols):
        num = cells[i]
        if i == 0:
            anchor = f"{label} | {num} |"
        else:
            anchor = f"{num} | {cells[2]}\n" if i == 1 else f"| {num}\n"
        val = float(num.replace(",", "."))
        d.f(anchor, num, int(val) if val.is_integer() else val, kind, unit,
            subject=f"{cl} {sl}" if not sl.startswith("toàn") else f"{cl} toàn tỉnh",
            period=pt, location=loc)

d.f("khoảng 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", approx="about",
    change=C("decrease", 12.5, "%", "cùng kỳ năm 2023"),
    subject="tổng chi tiền thuốc tại trạm y tế xã",
    period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"))
d.f("từ 40 đến 120 km", "40", 40, "measure", "km", value_max=120,
    subject="quãng đường vận chuyển thuốc cho các trạm", location="Mường Nhé")
d.f("ít nhất 85%", "85", 85, "percent", "%", approx="at_least", status="target",
    subject="trạm y tế xã có đủ thuốc thiết yếu",
    period=P("đến cuối năm 2024", None, "2024-12-31"))
d.f("khoảng 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", approx="about", optional=True)
d.f("cho 40 trạm", "40", 40, "count", "trạm", optional=True)
d.write()

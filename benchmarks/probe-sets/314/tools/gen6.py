from lib import F, P, C, T, build

TEXT = """
TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH KHÁNH HÒA
Chuyên mục: Sức khỏe học đường

Cận thị và thừa cân, béo phì ở học sinh: những con số đáng lo ngại

Năm 2023, Trung tâm Kiểm soát bệnh tật tỉnh đã khám sàng lọc cho 48.260 học sinh tại 96 trường thuộc 9 huyện, thị xã, thành phố. Kết quả cho thấy tỷ lệ cận thị chung là 23,4%, tỷ lệ thừa cân, béo phì là 16,8%, cùng tăng so với năm 2022.

Bảng. Tỷ lệ cận thị, thừa cân - béo phì theo cấp học
Đơn vị tính: %

Cấp học

Cận thị năm 2022

Cận thị năm 2023

Thừa cân, béo phì năm 2022

Thừa cân, béo phì năm 2023

Tiểu học

11,2

12,9

19,6

21,3

THCS

24,7

27,1

15,2

16,0

THPT

35,8

38,4

10,1

10,9

Đáng chú ý, tại thành phố Nha Trang, tỷ lệ thừa cân, béo phì ở học sinh tiểu học lên tới 27,5%, gấp 2,1 lần so với huyện Khánh Vĩnh (13,1%). Nguyên nhân chủ yếu do thời gian sử dụng thiết bị điện tử kéo dài, trung bình 3,5 giờ/ngày, trong khi chỉ khoảng 30% học sinh duy trì vận động thể lực ít nhất 60 phút mỗi ngày.

Trung tâm khuyến cáo các trường tổ chức khám mắt định kỳ, điều chỉnh thực đơn bán trú giảm đồ chiên, nước ngọt. Năm 2024, Trung tâm dự kiến mở rộng khám sàng lọc cho khoảng 60.000 học sinh. Mọi thông tin xin liên hệ Khoa Sức khỏe cộng đồng, số 3 đường Hai Tháng Tư; điện thoại 0258.3822.691.
"""

H = """
CDC Khánh Hòa site, no date anywhere (published null). One-cell-per-line table, 'Đơn vị tính: %', years in the column headers.
Table cells: percent figures, subject = indicator (column) + grade (row), period from the column header (scored, as in shared h23).
'gấp 2,1 lần so với huyện Khánh Vĩnh (13,1%)' -> change of 27,5% (2.1 lần, baseline Khánh Vĩnh); 13,1% is a figure located in Khánh Vĩnh.
'cùng tăng so với năm 2022' gives no number. '96 trường thuộc 9 huyện, thị xã, thành phố': 9 is a count of districts (optional structure count).
'ít nhất 60 phút mỗi ngày' is a criterion inside the subject (optional). Distractors: address 'số 3 đường Hai Tháng Tư', phone.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
C22 = P("năm 2022", "2022-01-01", "2022-12-31")
C23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("cho 48.260 học sinh", "48.260", 48260, "count", "học sinh", "học sinh được khám sàng lọc", period=Y23),
    F("tại 96 trường", "96", 96, "count", "trường", "trường được khám sàng lọc", period=Y23),
    F("thuộc 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có trường được khám", optional=True),
    F("chung là 23,4%", "23,4", 23.4, "percent", "%", "tỷ lệ cận thị chung", period=Y23I),
    F("béo phì là 16,8%", "16,8", 16.8, "percent", "%", "tỷ lệ thừa cân, béo phì", period=Y23I),
]

cols = [("Cận thị", C22), ("Cận thị", C23), ("Thừa cân, béo phì", C22), ("Thừa cân, béo phì", C23)]
rows = [("Tiểu học", ["11,2", "12,9", "19,6", "21,3"]),
        ("THCS", ["24,7", "27,1", "15,2", "16,0"]),
        ("THPT", ["35,8", "38,4", "10,1", "10,9"])]
for label, cells in rows:
    for i, c in enumerate(cells):
        left = label if i == 0 else cells[i - 1]
        anchor = f"{left}\n\n{c}\n"
        FIGS.append(F(anchor, c, float(c.replace(",", ".")), "percent", "%", f"tỷ lệ {cols[i][0].lower()} {label}", period=cols[i][1]))

FIGS += [
    F("lên tới 27,5%", "27,5", 27.5, "percent", "%", "tỷ lệ thừa cân, béo phì ở học sinh tiểu học", location="Nha Trang",
      change=C("increase", 2.1, "lần", "huyện Khánh Vĩnh"), period=Y23I),
    F("Vĩnh (13,1%)", "13,1", 13.1, "percent", "%", "tỷ lệ thừa cân, béo phì ở học sinh tiểu học", location="Khánh Vĩnh", period=Y23I),
    F("trung bình 3,5 giờ/ngày", "3,5", 3.5, "measure", "giờ/ngày", "thời gian sử dụng thiết bị điện tử", period=Y23I),
    F("khoảng 30% học sinh", "30", 30, "percent", "%", "học sinh duy trì vận động thể lực ít nhất 60 phút mỗi ngày", approx="about", period=Y23I),
    F("ít nhất 60 phút", "60", 60, "measure", "phút", "vận động thể lực", approx="at_least", optional=True),
    F("khoảng 60.000 học sinh", "60.000", 60000, "count", "học sinh", "học sinh được khám sàng lọc mở rộng", approx="about", status="forecast",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

build("p314-6", TEXT, H, FIGS, location="Khánh Hòa")

"""p822-7: department site without dateline (Sở KH&ĐT Đồng Nai) - new household businesses in small services, 2023;
table pasted one cell per line."""
from lib import F, P, I, C, T, write

TEXT = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Đăng ký kinh doanh | Thủ tục hành chính | Liên hệ

Tình hình đăng ký hộ kinh doanh lĩnh vực dịch vụ nhỏ năm 2023

Năm 2023, UBND các huyện, thành phố trên địa bàn tỉnh đã cấp giấy chứng nhận đăng ký cho 9.684 hộ kinh doanh thành lập mới, tăng 5,1% so với năm 2022; trong đó lĩnh vực dịch vụ nhỏ (cắt tóc, giặt là, sửa chữa xe) có 2.317 hộ. Tổng vốn đăng ký của các hộ thành lập mới đạt 1.452 tỷ đồng, bình quân khoảng 150 triệu đồng/hộ.

Số hộ đăng ký mới trong một số ngành dịch vụ nhỏ:
Đơn vị tính: hộ
Ngành nghề
Năm 2022
Năm 2023
Kế hoạch 2024
Cắt tóc, gội đầu, làm đẹp
812
905
950
Giặt là, giặt sấy
236
284
300
Sửa chữa xe máy, xe đạp
1.043
1.128
1.150
Tổng số
2.091
2.317
2.400

TP Biên Hòa và TP Long Khánh là hai địa phương có số hộ dịch vụ nhỏ đăng ký mới nhiều nhất, lần lượt 874 hộ và 312 hộ. Số hộ chấm dứt hoạt động trong năm 2023 là 1.962 hộ, giảm 4,3% so với năm trước.

Năm 2024, Sở phấn đấu 100% hồ sơ đăng ký hộ kinh doanh được tiếp nhận qua mạng và rút ngắn thời gian cấp giấy chứng nhận còn 2 ngày làm việc, theo Quyết định số 2548/QĐ-UBND của UBND tỉnh.

Sở Kế hoạch và Đầu tư tỉnh Đồng Nai
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa, tỉnh Đồng Nai
Điện thoại: 0251.3822.505 - Fax: 0251.3823.401
Lượt truy cập: 2.764.381
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho 9.684 hộ", "9.684", 9684, "count", "hộ kinh doanh", "hộ kinh doanh thành lập mới được cấp giấy chứng nhận đăng ký",
      Y23, change=C("increase", 5.1, baseline="năm 2022")),
    F("có 2.317 hộ", "2.317", 2317, "count", "hộ", "hộ kinh doanh lĩnh vực dịch vụ nhỏ thành lập mới", Y23, total=9684),
    F("đạt 1.452 tỷ đồng", "1.452", 1.452e12, "money", "đồng", "tổng vốn đăng ký của các hộ thành lập mới", I(Y23)),
    F("khoảng 150 triệu đồng/hộ", "150", 150e6, "money", "đồng/hộ", "vốn đăng ký bình quân", I(Y23), approx="about"),
]
rows = [
    ("hộ đăng ký mới ngành cắt tóc, gội đầu, làm đẹp", ["812", "905", "950"]),
    ("hộ đăng ký mới ngành giặt là, giặt sấy", ["236", "284", "300"]),
    ("hộ đăng ký mới ngành sửa chữa xe máy, xe đạp", ["1.043", "1.128", "1.150"]),
    ("tổng số hộ đăng ký mới ngành dịch vụ nhỏ", ["2.091", "2.317", "2.400"]),
]
for subj, cells in rows:
    for cell, per, col in zip(cells, (Y22, Y23, K24), ("năm 2022", "năm 2023", "kế hoạch 2024")):
        kw = {"status": "target"} if per is K24 else {}
        FIGS.append(F(f"\n{cell}\n", cell, float(cell.replace(".", "")), "count", "hộ", f"{subj} {col}", per, **kw))

FIGS += [
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có số hộ dịch vụ nhỏ đăng ký mới nhiều nhất",
      optional=True),
    F("lần lượt 874 hộ", "874", 874, "count", "hộ", "hộ dịch vụ nhỏ đăng ký mới", I(Y23), location="Biên Hòa"),
    F("và 312 hộ", "312", 312, "count", "hộ", "hộ dịch vụ nhỏ đăng ký mới", I(Y23), location="Long Khánh"),
    F("là 1.962 hộ", "1.962", 1962, "count", "hộ", "hộ chấm dứt hoạt động",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), change=C("decrease", 4.3, baseline="năm trước")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "hồ sơ đăng ký hộ kinh doanh được tiếp nhận qua mạng", Y24,
      status="target"),
    F("còn 2 ngày làm việc", "2", 2, "measure", "ngày làm việc", "thời gian cấp giấy chứng nhận đăng ký hộ kinh doanh",
      Y24, status="target"),
]

NOTES = [
    "Sở KH&ĐT Đồng Nai page, no dateline; footer with address, phone, fax and a visit counter (not figures).",
    "Table pasted one cell per line (Đơn vị tính: hộ; Năm 2022 | Năm 2023 | Kế hoạch 2024): every numeric cell is a figure,",
    "period from the column header, 'Kế hoạch 2024' → target; Tổng số row its own figure, no totals for cells.",
    "'trong đó ... có 2.317 hộ' → total 9.684. The two cities of the 'lần lượt' list are the location.",
    "revised after the first run: table-cell subjects now carry the column label (FIGURES.md: row label and column label;",
    "cf. h23); 'hai địa phương' (the size of the list just named) added as optional, like '2 giai đoạn' in h03.",
    "Distractors: Quyết định số 2548/QĐ-UBND, Số 2 Nguyễn Văn Trị, 0251.3822.505, 0251.3823.401, Lượt truy cập 2.764.381.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Đồng Nai")

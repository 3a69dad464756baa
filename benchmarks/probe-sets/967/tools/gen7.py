"""p967-7: Sở Du lịch Khánh Hòa (department site, no dateline), eco-tourism at waterfalls and streams, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ DU LỊCH TỈNH KHÁNH HÒA
Trang chủ > Tin hoạt động > Du lịch sinh thái
Khai thác hiệu quả các khu du lịch sinh thái thác, suối

Năm 2023, các khu du lịch sinh thái gắn với thác, suối trên địa bàn tỉnh Khánh Hòa đón 416.600 lượt khách, tăng 30,8% so với năm 2022; khách quốc tế chiếm khoảng 34%, chủ yếu đến từ Hàn Quốc, Nga và Trung Quốc. Tổng doanh thu đạt 98,4 tỷ đồng, nộp ngân sách nhà nước 7,9 tỷ đồng.

Khu du lịch Yang Bay hiện khai thác 3 thác nước, giá vé vào cổng 150.000 đồng/người lớn; Suối Hoa Lan bán vé trọn gói kèm tàu cao tốc 280.000 đồng/người. Các khu đã tạo việc làm cho hơn 650 lao động, phần lớn là đồng bào Raglai.

Lượt khách tại các khu du lịch sinh thái thác, suối
Đơn vị tính: lượt khách
Khu, điểm du lịch
Năm 2022
Năm 2023
Ước thực hiện 2024
Yang Bay
182.000
236.500
260.000
Suối Hoa Lan
95.400
121.800
135.000
Thác Ba Hồ
41.200
58.300
64.000
Tổng số
318.600
416.600
459.000

Năm 2024, Sở phối hợp với các địa phương kiểm tra 11 khu, điểm, trong đó có 4 điểm chưa trang bị đủ phao cứu sinh, biển cảnh báo. Sở đề nghị các đơn vị bố trí nhân viên cứu hộ thường trực trong khung giờ từ 7h00 đến 17h30 hằng ngày. Mục tiêu đến năm 2025, các khu du lịch sinh thái thác, suối đón 500.000 lượt khách, doanh thu đạt 130 tỷ đồng.

SỞ DU LỊCH TỈNH KHÁNH HÒA
Địa chỉ: Số 1 Trần Hưng Đạo, phường Lộc Thọ, TP. Nha Trang
Điện thoại: 0258.3822.753 - Fax: 0258.3821.765
Tổng lượt truy cập: 1.284.617 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

rows = [("Yang Bay", "182.000", "236.500", "260.000"),
        ("Suối Hoa Lan", "95.400", "121.800", "135.000"),
        ("Thác Ba Hồ", "41.200", "58.300", "64.000")]
TABLE = []
for name, a, b, c in rows:
    s = "lượt khách " + name + " "   # + column label (FIGURES.md: row label and column label)
    TABLE += [
        F(f"{name}\n{a}", a, float(a.replace(".", "")), "count", "lượt khách", s + "Năm 2022", C22),
        F(f"{a}\n{b}", b, float(b.replace(".", "")), "count", "lượt khách", s + "Năm 2023", C23),
        F(f"{b}\n{c}", c, float(c.replace(".", "")), "count", "lượt khách", s + "Ước thực hiện 2024", C24, status="estimate"),
    ]
TS = "Tổng số lượt khách "
TABLE += [
    F("Tổng số\n318.600", "318.600", 318600, "count", "lượt khách", TS + "Năm 2022", C22),
    F("318.600\n416.600", "416.600", 416600, "count", "lượt khách", TS + "Năm 2023", C23),
    F("416.600\n459.000", "459.000", 459000, "count", "lượt khách", TS + "Ước thực hiện 2024", C24, status="estimate"),
]

FIGS = [
    F("đón 416.600 lượt khách", "416.600", 416600, "count", "lượt khách",
      "lượt khách các khu du lịch sinh thái gắn với thác, suối", Y23, change=C("increase", 30.8, "%", "năm 2022")),
    F("chiếm khoảng 34%", "34", 34, "percent", "%", "khách quốc tế", Y23, approx="about"),
    F("đạt 98,4 tỷ đồng", "98,4", 98.4e9, "money", "đồng", "tổng doanh thu", I(Y23)),
    F("ngân sách nhà nước 7,9 tỷ đồng", "7,9", 7.9e9, "money", "đồng", "nộp ngân sách nhà nước", I(Y23)),
    F("khai thác 3 thác nước", "3", 3, "count", "thác nước", "thác nước Khu du lịch Yang Bay khai thác"),
    F("cổng 150.000 đồng/người lớn", "150.000", 150000, "money", "đồng/người lớn", "giá vé vào cổng Khu du lịch Yang Bay"),
    F("tốc 280.000 đồng/người", "280.000", 280000, "money", "đồng/người", "giá vé trọn gói Suối Hoa Lan kèm tàu cao tốc"),
    F("hơn 650 lao động", "650", 650, "count", "lao động", "lao động có việc làm tại các khu", approx="over"),
] + TABLE + [
    F("kiểm tra 11 khu, điểm", "11", 11, "count", "khu, điểm", "khu, điểm được kiểm tra", Y24),
    F("có 4 điểm", "4", 4, "count", "điểm", "điểm chưa trang bị đủ phao cứu sinh, biển cảnh báo", Y24, total=11),
    F("đón 500.000 lượt khách", "500.000", 500000, "count", "lượt khách", "lượt khách các khu du lịch sinh thái thác, suối",
      T25, status="target"),
    F("đạt 130 tỷ đồng", "130", 130e9, "money", "đồng", "doanh thu", T25, status="target"),
]

NOTES = [
    "Sở Du lịch tỉnh Khánh Hòa (department site): no dateline, so no published; footer address, phone, fax, visit counter.",
    "One-cell-per-line table (Năm 2022 / Năm 2023 / Ước thực hiện 2024 by site): period from the column header (scored),",
    "'Ước thực hiện' gives status estimate; the Tổng số row is its own figure; cells get no totals. Sites are not places (location Khánh Hòa).",
    "'khách quốc tế chiếm khoảng 34%' after the 416.600 count is the share of another subject: a percent figure of its own.",
    "'trong đó có 4 điểm' after the 11 inspected khu, điểm: a part, total 11.",
    "revised after the first run: table-cell subjects now include the column label (FIGURES.md: 'the row label and the column label'; cf. shared gold h23).",
    "Distractors: 7h00, 17h30, Số 1 Trần Hưng Đạo, 0258.3822.753, 0258.3821.765, Tổng lượt truy cập 1.284.617, Đang trực tuyến 37.",
]

write("p967-7", TEXT, FIGS, NOTES, location="Khánh Hòa")

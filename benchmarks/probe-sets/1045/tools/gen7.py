from lib import P, I, C, T, F, write

TEXT = """SỞ Y TẾ TỈNH QUẢNG NINH
CHI CỤC DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Quảng Ninh nâng cao tỷ lệ sàng lọc trước sinh và sơ sinh

Năm 2023, Quảng Ninh có 13.760 trẻ sơ sinh được lấy máu gót chân để sàng lọc, tăng 652 trẻ so với năm 2022. Qua sàng lọc đã phát hiện 214 trường hợp nguy cơ cao, trong đó 38 trường hợp thiếu men G6PD và 12 trường hợp suy giáp trạng bẩm sinh; tất cả đều được chuyển tuyến điều trị kịp thời.

Đối với sàng lọc trước sinh, 12.015 bà mẹ mang thai đã được siêu âm, xét nghiệm, phát hiện 97 trường hợp thai có nguy cơ cao. Tỷ số giới tính khi sinh của tỉnh năm 2023 là 110,9 bé trai/100 bé gái, giảm 1,2 điểm so với năm trước.

Kết quả sàng lọc giai đoạn 2022-2024:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Số bà mẹ được sàng lọc trước sinh (người)
11.240
12.015
12.500
Số trẻ được sàng lọc sơ sinh (trẻ)
13.108
13.760
14.000
Tỷ lệ sàng lọc trước sinh (%)
68,4
74,1
80
Tỷ lệ sàng lọc sơ sinh (%)
79,6
86,3
90

Năm 2023, mỗi ca sàng lọc sơ sinh được ngân sách tỉnh hỗ trợ 165.000 đồng, tổng kinh phí khoảng 2,27 tỷ đồng.

Chi cục Dân số - KHHGĐ tỉnh Quảng Ninh
Địa chỉ: Tầng 4, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.642 - Fax: 0203.3835.643
Tổng lượt truy cập: 1.204.337 | Đang trực tuyến: 27
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = P("năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 13.760 trẻ", "13.760", 13760, "count", "trẻ sơ sinh", "trẻ sơ sinh được lấy máu gót chân để sàng lọc", Y23,
      change=C("+", 652, "trẻ", "năm 2022")),
    F("phát hiện 214 trường hợp", "214", 214, "count", "trường hợp", "trường hợp nguy cơ cao qua sàng lọc sơ sinh", I(Y23)),
    F("trong đó 38 trường hợp", "38", 38, "count", "trường hợp", "trường hợp thiếu men G6PD", I(Y23), total=214),
    F("và 12 trường hợp", "12", 12, "count", "trường hợp", "trường hợp suy giáp trạng bẩm sinh", I(Y23), total=214),
    F("sinh, 12.015 bà mẹ", "12.015", 12015, "count", "bà mẹ mang thai", "bà mẹ mang thai được siêu âm, xét nghiệm sàng lọc trước sinh",
      I(Y23)),
    F("phát hiện 97 trường hợp", "97", 97, "count", "trường hợp", "trường hợp thai có nguy cơ cao", I(Y23)),
    F("là 110,9 bé trai", "110,9", 110.9, "measure", "bé trai/100 bé gái", "tỷ số giới tính khi sinh", Y23s,
      change=C("-", 1.2, "điểm", "năm trước")),
]

TABLE = [("số bà mẹ được sàng lọc trước sinh", "count", "người",
          "Số bà mẹ được sàng lọc trước sinh (người)", ["11.240", "12.015", "12.500"]),
         ("số trẻ được sàng lọc sơ sinh", "count", "trẻ",
          "Số trẻ được sàng lọc sơ sinh (trẻ)", ["13.108", "13.760", "14.000"]),
         ("tỷ lệ sàng lọc trước sinh", "percent", "%", "Tỷ lệ sàng lọc trước sinh (%)", ["68,4", "74,1", "80"]),
         ("tỷ lệ sàng lọc sơ sinh", "percent", "%", "Tỷ lệ sàng lọc sơ sinh (%)", ["79,6", "86,3", "90"])]
for subj, kind, unit, label, cells in TABLE:
    prev = label
    for num, per, status in zip(cells, [Y22, Y23, K24], [None, None, "target"]):
        val = float(num.replace(".", "").replace(",", "."))
        FIGS.append(F(prev + "\n" + num + "\n", num, val, kind, unit, subj, per, status=status))
        prev = num

FIGS += [
    F("hỗ trợ 165.000 đồng", "165.000", 165000, "money", "đồng/ca", "mức hỗ trợ mỗi ca sàng lọc sơ sinh", Y23),
    F("khoảng 2,27 tỷ đồng", "2,27", 2.27e9, "money", "đồng", "tổng kinh phí sàng lọc sơ sinh", Y23, approx="about"),
]

NOTES = [
    "Chi cục Dân số - KHHGĐ Quảng Ninh (department site): sàng lọc trước sinh và sơ sinh 2023. No dateline: no published.",
    "Not figures: 'Tầng 4', 'Trụ sở Liên cơ quan số 3', phone/fax 0203.3835.642/643, 'Tổng lượt truy cập: 1.204.337',",
    "'Đang trực tuyến: 27', 'G6PD', 'giai đoạn 2022-2024'. Table pasted one cell per line: header cells, then each row's label",
    "and cells; the unit is in the row label, the period in the column header (scored), 'Kế hoạch 2024' gives status target.",
    "12.015 and 13.760 stand both in the text and in the table: each mention is a figure. 38 and 12 are parts of 214 ('trong đó').",
]

write("p1045-7", TEXT, NOTES, FIGS, location="Quảng Ninh")

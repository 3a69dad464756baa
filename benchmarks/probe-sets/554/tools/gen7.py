"""p554-7: Sở KH&ĐT Long An (department site, no dateline): FDI 2023, one-cell-per-line table by partner."""
from lib import *

TEXT = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính

Kết quả thu hút đầu tư nước ngoài năm 2023

Năm 2023, tỉnh Long An cấp mới cho 102 dự án FDI với tổng vốn đăng ký 818 triệu USD, tăng 21,5% về số dự án và giảm 8,3% về vốn so với năm 2022; điều chỉnh vốn cho 64 lượt dự án, vốn tăng thêm 402,7 triệu USD.

Bảng: Dự án FDI cấp mới năm 2023 theo đối tác đầu tư
Đối tác
Số dự án
Vốn đăng ký (triệu USD)
Tỷ trọng vốn (%)
Trung Quốc
41
312,6
38,2
Đài Loan
12
145,3
17,8
Hàn Quốc
15
98,4
12,0
Singapore
6
87,9
10,7
Nhật Bản
9
64,2
7,8
Khác
19
109,6
13,4
Tổng cộng
102
818,0
100

Lũy kế đến ngày 31/12/2023, toàn tỉnh có 1.248 dự án FDI còn hiệu lực với tổng vốn đăng ký hơn 10,6 tỷ USD, trong đó 812 dự án đã đi vào hoạt động (chiếm 65%). Các KCN trên địa bàn đã thu hút 1.064 dự án, trong đó có 667 dự án FDI; tỷ lệ lấp đầy bình quân 74,6%; giải quyết việc làm cho 168.500 lao động.

Năm 2024, tỉnh phấn đấu thu hút 800 triệu USD vốn FDI; hoàn thành thủ tục thành lập 3 KCN mới tại các huyện Cần Giuộc, Đức Hòa với tổng diện tích khoảng 1.450 ha.

Sở Kế hoạch và Đầu tư tỉnh Long An - Số 61 Nguyễn Huệ, Phường 1, TP. Tân An
Điện thoại: 0272.3826.545
Tổng số lượt truy cập: 2.684.105
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TB = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
AS = P("Lũy kế đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

# (row label, (anchor, number) for Số dự án, Vốn đăng ký, Tỷ trọng)
ROWS = [
    ("Trung Quốc", ("Trung Quốc\n41", "41"), ("312,6", "312,6"), ("38,2", "38,2")),
    ("Đài Loan", ("Đài Loan\n12", "12"), ("145,3", "145,3"), ("17,8", "17,8")),
    ("Hàn Quốc", ("Hàn Quốc\n15", "15"), ("98,4", "98,4"), ("12,0", "12,0")),
    ("Singapore", ("Singapore\n6", "6"), ("87,9", "87,9"), ("10,7", "10,7")),
    ("Nhật Bản", ("Nhật Bản\n9", "9"), ("64,2", "64,2"), ("\n7,8", "7,8")),
    ("Khác", ("Khác\n19", "19"), ("109,6", "109,6"), ("13,4", "13,4")),
    ("Tổng cộng", ("Tổng cộng\n102", "102"), ("818,0", "818,0"), ("818,0\n100", "100")),
]

FIGS = [
    F("cho 102 dự án", "102", 102, "count", "dự án", "dự án FDI cấp mới", Y23,
      change=CH("increase", 21.5, baseline="năm 2022")),
    F("ký 818 triệu USD", "818", 818e6, "money", "USD", "tổng vốn đăng ký cấp mới", Y23,
      change=CH("decrease", 8.3, baseline="năm 2022")),
    F("cho 64 lượt", "64", 64, "count", "lượt dự án", "lượt dự án điều chỉnh vốn", Y23),
    F("thêm 402,7 triệu USD", "402,7", 402.7e6, "money", "USD", "vốn tăng thêm", Y23),
]
for label, cp, cv, cs in ROWS:
    FIGS.append(F(cp[0], cp[1], parse_num(cp[1]), "count", "dự án", f"số dự án FDI cấp mới {label}", TB))
    FIGS.append(F(cv[0], cv[1], parse_num(cv[1]) * 1e6, "money", "USD", f"vốn đăng ký {label}", TB))
    FIGS.append(F(cs[0], cs[1], parse_num(cs[1]), "percent", "%", f"tỷ trọng vốn {label}", TB))
FIGS += [
    F("có 1.248 dự án", "1.248", 1248, "count", "dự án", "dự án FDI còn hiệu lực", AS),
    F("hơn 10,6 tỷ USD", "10,6", 10.6e9, "money", "USD", "tổng vốn đăng ký dự án FDI còn hiệu lực", AS, approx="over"),
    F("trong đó 812 dự án", "812", 812, "count", "dự án", "dự án FDI đã đi vào hoạt động", AS, total=1248, percent=65),
    F("thu hút 1.064 dự án", "1.064", 1064, "count", "dự án", "dự án các KCN đã thu hút", I(AS)),
    F("có 667 dự án", "667", 667, "count", "dự án", "dự án FDI trong các KCN", I(AS), total=1064),
    F("bình quân 74,6%", "74,6", 74.6, "percent", "%", "tỷ lệ lấp đầy bình quân các KCN", I(AS)),
    F("cho 168.500 lao động", "168.500", 168500, "count", "lao động", "lao động được giải quyết việc làm tại các KCN", I(AS)),
    F("thu hút 800 triệu USD", "800", 800e6, "money", "USD", "vốn FDI thu hút", Y24, status="target"),
    F("lập 3 KCN", "3", 3, "count", "KCN", "KCN mới hoàn thành thủ tục thành lập", Y24, status="target"),
    F("khoảng 1.450 ha", "1.450", 1450, "measure", "ha", "tổng diện tích 3 KCN mới", Y24, approx="about", status="target"),
]

COMMENTS = [
    "Sở KH&ĐT Long An (department site, no dateline): FDI năm 2023, one-cell-per-line table by partner (Số dự án | Vốn đăng ký (triệu USD) | Tỷ trọng vốn (%)),",
    "lũy kế đến 31/12/2023, KCN, mục tiêu 2024. No date of publication in the text: published absent.",
    "'tăng 21,5% về số dự án và giảm 8,3% về vốn' gives each figure its own change (102 dự án +21,5; 818 triệu USD −8,3).",
    "Table: every numeric cell is a figure, the Tổng cộng row included; partner names are not places (subject); units from the column headers",
    "('(triệu USD)' multiplies); the table's year is in its title line, so cell periods are inherited. 'trong đó 812 dự án ... (chiếm 65%)' → total 1.248, percent 65.",
    "Plan: 'phấn đấu ...; hoàn thành ...' both governed by phấn đấu (target); the 3 new KCN lie in two districts, so the location stays Long An.",
    "Distractors: 'Bảng:', Số 61 Nguyễn Huệ, Phường 1, 0272.3826.545, Tổng số lượt truy cập: 2.684.105.",
]

emit("p554-7", TEXT, COMMENTS, FIGS, location="Long An")

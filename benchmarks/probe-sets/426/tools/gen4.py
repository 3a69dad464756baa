from lib import build, F, P, C, T

text = """UBND TỈNH BÌNH ĐỊNH
SỞ CÔNG THƯƠNG
Số: 146/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình chế biến, xuất khẩu cá ngừ năm 2023

1. Sản lượng khai thác và chế biến
Năm 2023, sản lượng cá ngừ đại dương khai thác của tỉnh đạt 11.240 tấn, giảm 6,3% so với năm 2022; sản lượng cá ngừ đưa vào chế biến xuất khẩu khoảng 8.900 tấn. Trên địa bàn tỉnh có 9 doanh nghiệp chế biến cá ngừ xuất khẩu, trong đó 4 doanh nghiệp có dây chuyền cấp đông siêu lạnh.

2. Kim ngạch xuất khẩu cá ngừ theo thị trường
Đơn vị tính: nghìn USD
Thị trường | Năm 2022 | Năm 2023 | So sánh (%)
Hoa Kỳ | 38.415 | 31.260 | 81,4
EU | 12.730 | 14.105 | 110,8
Nhật Bản | 6.942 | 7.518 | 108,3
Israel | 4.386 | 3.027 | 69,0
Thị trường khác | 5.127 | 5.690 | 111,0
Tổng cộng | 67.600 | 61.600 | 91,1

Tổng kim ngạch xuất khẩu cá ngừ năm 2023 đạt 61,6 triệu USD, bằng 91,1% năm 2022 và đạt 88% kế hoạch (kế hoạch 70 triệu USD). Giá cá ngừ đại dương nguyên liệu loại 1 (từ 30 kg/con trở lên) bình quân 125.000 đồng/kg, loại 2 khoảng 95.000 đồng/kg.

3. Phương hướng năm 2024
Phấn đấu kim ngạch xuất khẩu cá ngừ đạt 68 triệu USD, tăng 10,4% so với năm 2023; hỗ trợ 100% tàu khai thác cá ngừ lắp đặt thiết bị giám sát hành trình theo Nghị định số 26/2019/NĐ-CP.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ Công Thương;
- Lưu: VT, QLCN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Minh Khoa
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23t = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24i = P("Phương hướng năm 2024", "2024-01-01", "2024-12-31", inherited=True)

figs = [
    F("đạt 11.240 tấn", "11.240", 11240, "measure", "tấn", "sản lượng cá ngừ đại dương khai thác",
      change=C("decrease", 6.3, baseline="năm 2022"), period=Y23),
    F("khoảng 8.900 tấn", "8.900", 8900, "measure", "tấn", "sản lượng cá ngừ đưa vào chế biến xuất khẩu",
      approx="about", period=Y23),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp chế biến cá ngừ xuất khẩu"),
    F("trong đó 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp có dây chuyền cấp đông siêu lạnh", total=9),
]

rows = [("Hoa Kỳ", "38.415", "31.260", "81,4"), ("EU", "12.730", "14.105", "110,8"),
        ("Nhật Bản", "6.942", "7.518", "108,3"), ("Israel", "4.386", "3.027", "69,0"),
        ("Thị trường khác", "5.127", "5.690", "111,0"), ("Tổng cộng", "67.600", "61.600", "91,1")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, a, b, c in rows:
    figs.append(F(f"{label} | {a} |", a, int(num(a)) * 1000, "money", "USD", f"{label} Năm 2022", period=Y22))
    figs.append(F(f"{a} | {b} |", b, int(num(b)) * 1000, "money", "USD", f"{label} Năm 2023", period=Y23))
    figs.append(F(f"{b} | {c}\n", c, num(c), "percent", "%", f"{label} So sánh", period=Y23i))

figs += [
    F("đạt 61,6 triệu USD", "61,6", 61.6e6, "money", "USD", "tổng kim ngạch xuất khẩu cá ngừ",
      percent=91.1, target=T(70e6, "USD"), period=Y23t),
    F("đạt 88% kế hoạch", "88", 88, "percent", "%", "tổng kim ngạch xuất khẩu cá ngừ so với kế hoạch",
      optional=True, period=Y23t),
    F("(từ 30 kg/con trở lên)", "30", 30, "measure", "kg/con", "cỡ cá ngừ đại dương nguyên liệu loại 1",
      approx="at_least", optional=True),
    F("bình quân 125.000 đồng/kg", "125.000", 125000, "money", "đồng/kg", "giá cá ngừ đại dương nguyên liệu loại 1 bình quân",
      period=Y23i),
    F("khoảng 95.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá cá ngừ đại dương nguyên liệu loại 2",
      approx="about", period=Y23i),
    F("đạt 68 triệu USD", "68", 68e6, "money", "USD", "kim ngạch xuất khẩu cá ngừ",
      change=C("increase", 10.4, baseline="năm 2023"), status="target", period=Y24i),
    F("hỗ trợ 100% tàu", "100", 100, "percent", "%", "tàu khai thác cá ngừ lắp đặt thiết bị giám sát hành trình",
      status="target", period=Y24i),
]

comments = """
Formal report with letterhead (Sở Công Thương Bình Định, 'Số: 146/BC-SCT'); its date is the place-and-date line 'Bình Định, ngày 22 tháng 01 năm 2024'.
Tuna catch, processing enterprises, a FLATTENED '|' TABLE of export value by market (Đơn vị tính: nghìn USD; columns Năm 2022 | Năm 2023 | So sánh (%)),
the year total against plan, raw tuna prices, 2024 orientation.
Distractors: document number, section numbers 1./2./3., Nghị định số 26/2019/NĐ-CP, 'Lưu: VT, QLCN', signer, date line.
Table: every numeric cell is a figure; nghìn USD multiplies (38.415 -> 38 415 000 USD); markets are trade partners, so location stays Bình Định
and the subject is the row label and the column label as FIGURES.md says (market + 'Năm 2022' / 'So sánh'); period from the column header (scored, as shared h23); the 'So sánh (%)' column has no period of its own
(2023 against 2022: inherited). No total for table cells.
'đạt 61,6 triệu USD, bằng 91,1% năm 2022 và đạt 88% kế hoạch (kế hoạch 70 triệu USD)': first share 91,1 is the attribute, the second (88%) is
a percent of its own (optional), the plan in the bracket is the target. The size threshold 'từ 30 kg/con trở lên' is optional.
Revised: table subjects were first written with the table title added (kim ngạch xuất khẩu cá ngừ sang X năm 2022); FIGURES.md\nsays row label and column label, so they are now exactly that.\nSection 3 heading 'Phương hướng năm 2024' gives the targets their period (inherited); 'Phấn đấu' makes both status target.
"""

build("p426-4", text, comments, figs, published="2024-01-22", location="Bình Định")

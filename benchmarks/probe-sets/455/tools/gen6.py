from lib import F, P, I, CH, TG, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Hải Dương, ngày 06 tháng 9 năm 2022

BÁO CÁO
Tổng kết Đại hội Thể dục thể thao tỉnh Hải Dương lần thứ IX năm 2022

Thực hiện Kế hoạch số 48/KH-UBND ngày 10/3/2021 của UBND tỉnh, Đại hội Thể dục thể thao (TDTT) các cấp được tổ chức từ tháng 4/2021 đến tháng 8/2022. UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ TỔ CHỨC
1. Cấp cơ sở và cấp huyện: 235/235 xã, phường, thị trấn và 12/12 huyện, thị xã, thành phố tổ chức Đại hội, thu hút trên 46.000 lượt vận động viên.
2. Cấp tỉnh: Đại hội có 2.108 vận động viên của 18 đoàn, thi đấu 15 môn; Ban Tổ chức trao 436 bộ huy chương; các vận động viên phá 11 kỷ lục Đại hội. Kết quả của 4 đơn vị dẫn đầu như sau:

Đơn vị tính: huy chương
TT
Đơn vị
HCV
HCB
HCĐ
Tổng số
1
Thành phố Hải Dương
48
36
43
127
2
Thành phố Chí Linh
29
31
27
87
3
Thị xã Kinh Môn
23
19
30
72
4
Huyện Cẩm Giàng
17
22
18
57

3. Kinh phí: tổng kinh phí tổ chức Đại hội cấp tỉnh là 3,85 tỷ đồng, trong đó ngân sách tỉnh 2,9 tỷ đồng, xã hội hóa 950 triệu đồng (chiếm 24,7%).

II. ĐÁNH GIÁ CHUNG
Năm 2022, tỷ lệ người tập luyện TDTT thường xuyên toàn tỉnh đạt 35,8%, vượt 0,8% so với chỉ tiêu; số gia đình thể thao đạt 26,5%.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lưu Văn Bản
"""

CAP = P("từ tháng 4/2021 đến tháng 8/2022", "2021-04-01", "2022-08-31", inherited=True)
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y22i = P("năm 2022", "2022-01-01", "2022-12-31", inherited=True)

rows = [("Hải Dương", "Dương", ("48", "36", "43", "127")),
        ("Chí Linh", "Linh", ("29", "31", "27", "87")),
        ("Kinh Môn", "Môn", ("23", "19", "30", "72")),
        ("Cẩm Giàng", "Giàng", ("17", "22", "18", "57"))]
cols = ("HCV", "HCB", "HCĐ", "Tổng số huy chương")

figs = [
    F("235/235 xã", "235", 235, "count", "xã, phường, thị trấn", "xã, phường, thị trấn tổ chức Đại hội", CAP, total=235),
    F("12/12 huyện", "12", 12, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố tổ chức Đại hội", CAP, total=12),
    F("trên 46.000 lượt", "46.000", 46000, "count", "lượt vận động viên", "lượt vận động viên Đại hội cấp cơ sở và cấp huyện", CAP,
      approx="over"),
    F("có 2.108 vận động viên", "2.108", 2108, "count", "vận động viên", "vận động viên Đại hội cấp tỉnh", Y22i),
    F("của 18 đoàn", "18", 18, "count", "đoàn", "đoàn tham gia Đại hội cấp tỉnh", Y22i),
    F("thi đấu 15 môn", "15", 15, "count", "môn", "môn thi đấu", Y22i),
    F("trao 436 bộ", "436", 436, "count", "bộ huy chương", "bộ huy chương được trao", Y22i),
    F("phá 11 kỷ lục", "11", 11, "count", "kỷ lục", "kỷ lục Đại hội bị phá", Y22i),
    F("của 4 đơn vị", "4", 4, "count", "đơn vị", "đơn vị dẫn đầu", Y22i, optional=True),
]
for place, last, cells in rows:
    prev = last
    for col, cell in zip(cols, cells):
        figs.append(F(f"{prev}\n{cell}\n", cell, int(cell), "count", "huy chương", col, Y22i, location=place))
        prev = cell
figs += [
    F("là 3,85 tỷ đồng", "3,85", 3850000000, "money", "đồng", "tổng kinh phí tổ chức Đại hội cấp tỉnh", Y22i),
    F("ngân sách tỉnh 2,9 tỷ đồng", "2,9", 2900000000, "money", "đồng", "kinh phí ngân sách tỉnh", Y22i, total=3850000000),
    F("xã hội hóa 950 triệu đồng", "950", 950000000, "money", "đồng", "kinh phí xã hội hóa", Y22i, total=3850000000,
      percent=24.7),
    F("đạt 35,8%", "35,8", 35.8, "percent", "%", "tỷ lệ người tập luyện TDTT thường xuyên", Y22,
      change=CH("increase", 0.8, "%", "chỉ tiêu")),
    F("đạt 26,5%", "26,5", 26.5, "percent", "%", "số gia đình thể thao", Y22),
]

write("p455-6", TEXT, [
    "UBND tỉnh Hải Dương formal report 'Số: 215/BC-UBND' with letterhead, place-and-date line, Nơi nhận and signer: summary of the provincial sports congress IX.",
    "One-cell-per-line medal table ('Đơn vị tính: huy chương'): row label = district/city (location), column label = subject; row numbers 1-4 are not figures.",
    "No period in the table header: cells inherit 'năm 2022' from the title. Cells are not given a total from the 'Tổng số' column (FIGURES.md has no such rule).",
    "'235/235', '12/12' totals; the grassroots/district figures inherit 'từ tháng 4/2021 đến tháng 8/2022'. 'trong đó' budget parts take 3,85 tỷ;",
    "'vượt 0,8% so với chỉ tiêu' is a change with baseline 'chỉ tiêu'. Distractors: 'Số: 215/BC-UBND', 'Kế hoạch số 48/KH-UBND ngày 10/3/2021', 'lần thứ IX'.",
], figs, published="2022-09-06", location="Hải Dương")

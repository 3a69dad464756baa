from lib import write, P

ROWS = [("Điền kinh", "6", "5", "8"), ("Vật", "5", "4", "6"), ("Karate", "4", "6", "7"), ("Wushu", "3", "2", "4")]
table = "Môn\tHCV\tHCB\tHCĐ\n" + "\n".join("\t".join(r) for r in ROWS)

TEXT = """Báo Đắk Lắk điện tử
Thể thao

Thể thao thành tích cao 9 tháng năm 2024: nhiều môn vượt kế hoạch

(BĐL) - 9 tháng năm 2024, các đội tuyển thể thao của tỉnh tham gia 32 giải thi đấu cấp quốc gia, khu vực và quốc tế, giành 94 huy chương, đạt 85,5% kế hoạch năm và tăng 17,5% so với cùng kỳ năm 2023. Trong đó có 27 HCV, 29 HCB và 38 HCĐ.

Kết quả một số môn thế mạnh (Đơn vị tính: huy chương)
""" + table + """

Tính đến 30/9, Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh đang đào tạo 236 vận động viên, gồm 58 vận động viên đội tuyển, 104 vận động viên đội tuyển trẻ và 74 vận động viên năng khiếu; trong số này có 41 em là người dân tộc thiểu số, chiếm 17,4%.

Từ đầu năm đến nay, tổng kinh phí chi cho đào tạo, huấn luyện vận động viên khoảng 21,6 tỷ đồng; bình quân mỗi vận động viên được chi từ 6,5 đến 8 triệu đồng/tháng, tùy tuyến đào tạo.

Nhà thi đấu của Trung tâm (số 2 Lê Duẩn, TP Buôn Ma Thuột) đã sử dụng hơn 25 năm. Tỉnh đang triển khai dự án sân tập điền kinh có tổng vốn 45 tỷ đồng, đã giải ngân 18,2 tỷ đồng, đạt 40,4%.

Quý IV, Đắk Lắk phấn đấu giành thêm ít nhất 16 huy chương để hoàn thành chỉ tiêu 110 huy chương năm 2024.

Hoàng Gia
30/10/2024
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
T30 = P("Tính đến 30/9", None, "2024-09-30")
TDN = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-30")

F = [
    dict(anchor="tham gia 32 giải", number="32", value=32, kind="count", unit="giải",
         subject="giải thi đấu cấp quốc gia, khu vực và quốc tế tham gia", period=N9),
    dict(anchor="giành 94 huy chương", number="94", value=94, kind="count", unit="huy chương", percent=85.5,
         change=dict(direction="increase", value=17.5, unit="%", baseline="cùng kỳ năm 2023"),
         subject="huy chương các đội tuyển thể thao giành", period=N9),
    dict(anchor="có 27 HCV", number="27", value=27, kind="count", unit="HCV", total=94, subject="HCV", period=N9i),
    dict(anchor="29 HCB", number="29", value=29, kind="count", unit="HCB", total=94, subject="HCB", period=N9i),
    dict(anchor="38 HCĐ", number="38", value=38, kind="count", unit="HCĐ", total=94, subject="HCĐ", period=N9i),
]
cols = ["HCV", "HCB", "HCĐ"]
for i, r in enumerate(ROWS):
    nxt = ROWS[i + 1][0] if i + 1 < len(ROWS) else "\nTính"
    for j in range(3):
        anchor = "\t".join(r[1 + j:]) + "\n" + nxt
        F.append(dict(anchor=anchor, number=r[1 + j], value=int(r[1 + j]), kind="count", unit="huy chương",
                      subject=f"{r[0]} {cols[j]}", period=N9i))
F += [
    dict(anchor="đào tạo 236 vận động viên", number="236", value=236, kind="count", unit="vận động viên",
         subject="vận động viên Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh đang đào tạo", period=T30),
    dict(anchor="58 vận động viên", number="58", value=58, kind="count", unit="vận động viên", total=236,
         subject="vận động viên đội tuyển", period=T30),
    dict(anchor="104 vận động viên", number="104", value=104, kind="count", unit="vận động viên", total=236,
         subject="vận động viên đội tuyển trẻ", period=T30),
    dict(anchor="74 vận động viên", number="74", value=74, kind="count", unit="vận động viên", total=236,
         subject="vận động viên năng khiếu", period=T30),
    dict(anchor="có 41 em", number="41", value=41, kind="count", unit="em", total=236, percent=17.4,
         subject="vận động viên là người dân tộc thiểu số", period=T30),
    dict(anchor="khoảng 21,6 tỷ", number="21,6", value=21.6e9, kind="money", unit="đồng", approx="about",
         subject="tổng kinh phí chi cho đào tạo, huấn luyện vận động viên", period=TDN),
    dict(anchor="từ 6,5 đến 8 triệu", number="6,5", value=6.5e6, value_max=8e6, kind="money", unit="đồng/tháng",
         subject="kinh phí chi bình quân mỗi vận động viên", period=TDN),
    dict(anchor="hơn 25 năm", number="25", value=25, kind="measure", unit="năm", approx="over",
         subject="thời gian sử dụng nhà thi đấu", optional=True),
    dict(anchor="tổng vốn 45 tỷ", number="45", value=45e9, kind="money", unit="đồng",
         subject="tổng vốn dự án sân tập điền kinh"),
    dict(anchor="giải ngân 18,2 tỷ", number="18,2", value=18.2e9, kind="money", unit="đồng", percent=40.4,
         subject="vốn dự án sân tập điền kinh đã giải ngân"),
    dict(anchor="ít nhất 16 huy chương", number="16", value=16, kind="count", unit="huy chương", approx="at_least",
         status="target", subject="huy chương giành thêm", period=P("Quý IV", "2024-10-01", "2024-12-31")),
    dict(anchor="chỉ tiêu 110 huy chương", number="110", value=110, kind="count", unit="huy chương", status="target",
         subject="chỉ tiêu huy chương", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

write(8, TEXT, F, [
    "Party newspaper (Báo Đắk Lắk, tag BĐL): high-performance sport, first 9 months of 2024; a tab-separated table of medals by sport",
    "('Đơn vị tính: huy chương'); bare date '30/10/2024' at the end after the byline = published.",
    "Distractors: address 'số 2 Lê Duẩn, TP Buôn Ma Thuột' (not the figures' place), 'Quý IV' only as a period, '30/9'.",
    "'đạt 85,5% kế hoạch năm và tăng 17,5% so với cùng kỳ năm 2023' -> percent 85.5 and change on 94. 'Trong đó' after a sentence",
    "break -> total 94. Table cells: subject = row (sport) + column (medal colour); unit huy chương; period inherited from the text.",
    "'Tính đến 30/9' takes 2024 -> end 2024-09-30; 'trong số này có 41 em ..., chiếm 17,4%' -> total 236, percent 17.4.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-30. 'hơn 25 năm' (age) optional. The project figures carry no period.",
    "'chỉ tiêu 110 huy chương năm 2024' is a figure named only as a target; 'Quý IV' -> 2024-10-01..2024-12-31.",
], published="2024-10-30", location="Đắk Lắk")

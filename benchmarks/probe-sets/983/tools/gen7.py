"""p983-7: department site (Sở TT&TT Sóc Trăng), no dateline; one-cell-per-line table; footer with address, phone, counter."""
from lib import F, period, change, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG
Trang chủ > Thông tin cơ sở > Truyền thanh cơ sở

Kết quả hoạt động của hệ thống truyền thanh cơ sở năm 2023

Năm 2023, hệ thống truyền thanh cơ sở trên địa bàn tỉnh tiếp tục được củng cố. Toàn tỉnh hiện có 108 đài truyền thanh cấp xã, trong đó 71 đài ứng dụng CNTT-VT; các huyện có nhiều đài ứng dụng CNTT-VT là Mỹ Xuyên (12 đài), Kế Sách (11 đài) và thị xã Vĩnh Châu (9 đài).

Trong năm, tỉnh đầu tư 23 đài mới với kinh phí 9,6 tỷ đồng, bình quân khoảng 417 triệu đồng/đài. Tỷ lệ hộ dân nghe được truyền thanh cơ sở đạt 96,4%, tăng 2,3% so với năm 2022.

Một số chỉ tiêu chủ yếu
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Đài ứng dụng CNTT-VT (đài)
48
71
90
Cụm loa (cụm)
1.126
1.642
2.050
Tin, bài phát sóng (tin, bài)
38.540
41.215
45.000

Năm 2024, Sở phấn đấu 100% xã, phường, thị trấn có đài truyền thanh hoạt động hiệu quả; mỗi đài có ít nhất 2 cộng tác viên và phát tối thiểu 30 phút/ngày tin, bài do địa phương sản xuất. Sở cũng đề nghị các huyện bố trí kinh phí sửa chữa các cụm loa dọc Quốc lộ 1A và Quốc lộ 60 bị hư hỏng do mưa bão.

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG
Địa chỉ: Số 19 Trần Hưng Đạo, Phường 2, TP. Sóc Trăng
Điện thoại: 0299.3621.066 - Fax: 0299.3625.412
Tổng lượt truy cập: 1.284.906 | Đang trực tuyến: 37
"""

Y23 = period("Trong năm", "2023-01-01", "2023-12-31")
COLP = [period("Năm 2022", "2022-01-01", "2022-12-31"), period("Năm 2023", "2023-01-01", "2023-12-31"),
        period("Kế hoạch 2024", "2024-01-01", "2024-12-31")]
TABLE = [  # row label, unit, cells
    ("Đài ứng dụng CNTT-VT", "đài", ["48", "71", "90"]),
    ("Cụm loa", "cụm", ["1.126", "1.642", "2.050"]),
    ("Tin, bài phát sóng", "tin, bài", ["38.540", "41.215", "45.000"]),
]
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hiện có 108 đài", "108", 108, "count", "đài", "đài truyền thanh cấp xã"),
    F("trong đó 71 đài", "71", 71, "count", "đài", "đài ứng dụng CNTT-VT", total=108),
    F("Mỹ Xuyên (12 đài)", "12", 12, "count", "đài", "đài ứng dụng CNTT-VT", location="Mỹ Xuyên"),
    F("Kế Sách (11 đài)", "11", 11, "count", "đài", "đài ứng dụng CNTT-VT", location="Kế Sách"),
    F("Vĩnh Châu (9 đài)", "9", 9, "count", "đài", "đài ứng dụng CNTT-VT", location="Vĩnh Châu"),
    F("đầu tư 23 đài", "23", 23, "count", "đài", "đài đầu tư mới", period=Y23),
    F("kinh phí 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "kinh phí đầu tư đài mới", period=Y23),
    F("khoảng 417 triệu đồng/đài", "417", 417e6, "money", "đồng/đài", "kinh phí bình quân mỗi đài", approx="about", period=Y23),
    F("đạt 96,4%", "96,4", 96.4, "percent", "%", "tỷ lệ hộ dân nghe được truyền thanh cơ sở",
      change=change("increase", 2.3, baseline="năm 2022"), period=period("Trong năm", "2023-01-01", "2023-12-31", inherited=True)),
]
for label, unit, cells in TABLE:
    for i, cell in enumerate(cells):
        prev = label + f" ({unit})" if i == 0 else cells[i - 1]
        anchor = prev + "\n" + cell
        kw = {"status": "target"} if i == 2 else {}
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", unit, label, period=COLP[i], **kw))

FIGS += [
    F("phấn đấu 100%", "100", 100, "percent", "%", "xã, phường, thị trấn có đài truyền thanh hoạt động hiệu quả", status="target", period=Y24),
    F("ít nhất 2 cộng tác viên", "2", 2, "count", "cộng tác viên", "cộng tác viên mỗi đài", approx="at_least", status="target", period=Y24),
    F("tối thiểu 30 phút/ngày", "30", 30, "measure", "phút/ngày", "thời lượng phát tin, bài do địa phương sản xuất", approx="at_least",
      status="target", period=Y24),
]

NOTES = [
    "Department site of Sở TT&TT Sóc Trăng, no dateline (published absent): commune radio in 2023, one-cell-per-line table",
    "(Chỉ tiêu / Năm 2022 / Năm 2023 / Kế hoạch 2024; units in the row labels), 2024 targets; footer with address, phone, visit counter.",
    "'hiện có' gives no period; district items (not adding up to 71) get no total. 'Trong năm' takes 2023 from the lead sentence.",
    "'Tỷ lệ ... đạt 96,4%, tăng 2,3% so với năm 2022': the level 96,4% carries the change. Table: subject = row label, period = column",
    "header, 'Kế hoạch 2024' column = target. Stock counts (đài, cụm loa) of a year column get the calendar year.",
    "Distractors: Quốc lộ 1A, Quốc lộ 60, Số 19, Phường 2, phone/fax, Tổng lượt truy cập, Đang trực tuyến: 37.",
]

write("p983-7", TEXT, FIGS, NOTES, location="Sóc Trăng")

"""p1392-7: department site (Trung tâm Nước sạch và VSMTNT Ninh Thuận), no dateline; one-cell-per-line table by form of support."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG THÔN TỈNH NINH THUẬN
Giới thiệu | Tin tức | Cấp nước nông thôn | Văn bản | Hỏi đáp

Hỗ trợ dụng cụ trữ nước, máy lọc nước cho hộ dân vùng khô hạn

Năm 2023, tổng lượng mưa trung bình trên địa bàn tỉnh chỉ đạt khoảng 620 mm, bằng 68% trung bình nhiều năm; các hồ chứa thủy lợi hiện còn 92 triệu m3, đạt 45% dung tích thiết kế. Nhiều thôn ở huyện Thuận Nam và Ninh Hải phải chở nước bằng xe bồn, mỗi chuyến 5 m3.

Trước tình hình đó, 9 tháng đầu năm 2024, Trung tâm đã phối hợp với UBND các huyện hỗ trợ 1.380 hộ dân bằng bồn chứa, máy lọc nước và bể chứa nước mưa, trong đó huyện Thuận Nam 552 hộ, chiếm 40%. Ước cả năm 2024 đạt 1.950 hộ, tăng 33,1% so với năm 2023.

Kết quả hỗ trợ hộ dân vùng khô hạn
Đơn vị tính: hộ
Hình thức hỗ trợ
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Bồn chứa nước
640
810
1.020
1.100
Máy lọc nước
215
390
560
700
Bể chứa nước mưa
180
265
370
400
Tổng số
1.035
1.465
1.950
2.200

Hiện nay, mỗi bồn chứa được hỗ trợ có dung tích 2.000 lít; bể chứa nước mưa xây bằng gạch có dung tích 6-10 m3, định mức hỗ trợ 8 triệu đồng/bể.

Địa chỉ: 58 đường 16 Tháng 4, TP Phan Rang - Tháp Chàm | ĐT: 0259.3823.447
Lượt truy cập: 1.204.377 | Đang online: 21
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
E24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Hình thức hỗ trợ", "Bồn chứa nước", ["640", "810", "1.020", "1.100"]),
        ("1.100", "Máy lọc nước", ["215", "390", "560", "700"]),
        ("700", "Bể chứa nước mưa", ["180", "265", "370", "400"]),
        ("400", "Tổng số", ["1.035", "1.465", "1.950", "2.200"])]

CELLS = []
for _, label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}\n", n, float(n.replace(".", "")), "count", "hộ",
                         subject=f"hỗ trợ {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("khoảng 620 mm", "620", 620, "measure", "mm", approx="about", percent=68,
        subject="tổng lượng mưa trung bình trên địa bàn tỉnh", period=Y23),
    fig("còn 92 triệu", "92", 92e6, "measure", "m3", percent=45, subject="lượng nước các hồ chứa thủy lợi hiện còn"),
    fig("chuyến 5 m3", "5", 5, "measure", "m3/chuyến", subject="lượng nước mỗi chuyến xe bồn"),
    fig("hỗ trợ 1.380 hộ", "1.380", 1380, "count", "hộ",
        subject="hộ dân được hỗ trợ bồn chứa, máy lọc nước và bể chứa nước mưa", period=N9),
    fig("Nam 552 hộ", "552", 552, "count", "hộ", total=1380, percent=40, subject="hộ dân được hỗ trợ",
        period=N9, location="Thuận Nam"),
    fig("đạt 1.950 hộ", "1.950", 1950, "count", "hộ", status="estimate",
        change=chg("increase", 33.1, "%", "năm 2023"), subject="hộ dân được hỗ trợ", period=E24),
] + CELLS + [
    fig("dung tích 2.000 lít", "2.000", 2000, "measure", "lít", subject="dung tích mỗi bồn chứa được hỗ trợ"),
    fig("dung tích 6-10 m3", "6", 6, "measure", "m3", value_max=10, subject="dung tích bể chứa nước mưa"),
    fig("hỗ trợ 8 triệu", "8", 8e6, "money", "đồng/bể", subject="định mức hỗ trợ bể chứa nước mưa"),
]

NOTES = [
    "Department site (Trung tâm Nước sạch và VSMTNT Ninh Thuận), no dateline: menu, footer address and phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: '58 đường 16 Tháng 4' (road named after a date), phone 0259.3823.447, counters 1.204.377 and 21.",
    "'bằng 68% trung bình nhiều năm', 'đạt 45% dung tích thiết kế' → percent attributes. 'hiện còn' gives no period.",
    "'mỗi chuyến 5 m3' is a rate (m3/chuyến). 'trong đó huyện Thuận Nam 552 hộ, chiếm 40%' → total 1.380 and percent 40, location Thuận Nam.",
    "'Ước cả năm 2024 đạt 1.950 hộ' → estimate with change 33,1% (1.950/1.465).",
    "One-cell-per-line table, 'Đơn vị tính: hộ'; rows are forms of support (not places): location Ninh Thuận; subject = row + column label (with 'hỗ trợ' of the stub header);",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "Standing specs ('Hiện nay ... 2.000 lít', '6-10 m3', '8 triệu đồng/bể') have no period.",
]

if __name__ == "__main__":
    write("p1392-7", TEXT, NOTES, FIGS, location="Ninh Thuận")

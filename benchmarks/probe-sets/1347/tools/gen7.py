"""p1347-7: department site (Sở NN&PTNT Hải Dương), no dateline; one-cell-per-line table with a 'Trong đó' row."""
from lib import F, P, INH, CHG, TGT, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẢI DƯƠNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Nghề nuôi cá chạch phát triển mạnh ở Hải Dương

Những năm gần đây, nuôi cá chạch đã trở thành hướng đi hiệu quả của nông dân các huyện Gia Lộc, Tứ Kỳ và Thanh Miện. Năm 2024, diện tích nuôi ước đạt 112,5 ha, sản lượng khoảng 840 tấn, giá trị sản xuất ước 92 tỷ đồng.

Kết quả nuôi cá chạch trên địa bàn tỉnh
Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Diện tích nuôi
ha
86,4
97,2
112,5
115,7
Sản lượng
tấn
612
705
840
119,1
Số hộ nuôi
hộ
318
356
402
112,9
Trong đó: hộ nuôi trong bể
hộ
74
103
138
134,0

Tại huyện Gia Lộc, mô hình nuôi cá chạch sụn trong bể xi măng của Tổ hợp tác số 2 xã Thống Nhất cho năng suất 5 kg/m2, lợi nhuận trên 60 triệu đồng/100 m2 bể mỗi năm. Sở khuyến cáo người nuôi mua giống tại các cơ sở có giấy chứng nhận. Các hộ ở đây thả cá giống cỡ 3-4 cm, thay nước định kỳ 7-10 ngày một lần.

Thông báo: Tiếp nhận hồ sơ đăng ký cơ sở nuôi trồng thủy sản theo mẫu số 04/NTTS.

Cơ quan chủ quản: Sở Nông nghiệp và PTNT tỉnh Hải Dương
Địa chỉ: Số 9 đường Thanh Niên, TP Hải Dương
Điện thoại: 0220.3852.406
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", C22, None), ("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", None, None)]
ROWS = [("Diện tích nuôi", "ha", "measure", ["86,4", "97,2", "112,5", "115,7"]),
        ("Sản lượng", "tấn", "measure", ["612", "705", "840", "119,1"]),
        ("Số hộ nuôi", "hộ", "count", ["318", "356", "402", "112,9"]),
        ("Trong đó: hộ nuôi trong bể", "hộ", "count", ["74", "103", "138", "134,0"])]
WHOLE = {"74": 318, "103": 356, "138": 402}

CELLS = []
for label, unit, kind, nums in ROWS:
    prev = unit if label != "Trong đó: hộ nuôi trong bể" else "bể\nhộ"
    row = label.replace("Trong đó: ", "").lower()
    for (col, per, st), n in zip(COLS, nums):
        v = float(n.replace(",", "."))
        kw = {}
        if st:
            kw["status"] = st
        if per:
            kw["period"] = per
        if col == "so với cùng kỳ":
            CELLS.append(F(f"{prev}\n{n}", n, v, "percent", "%", subject=f"{row} so với cùng kỳ", **kw))
        else:
            if n in WHOLE:
                kw["total"] = WHOLE[n]
            CELLS.append(F(f"{prev}\n{n}", n, v, kind, unit, subject=f"{row} {col}", **kw))
        prev = n

FIGS = [
    F("ước đạt 112,5 ha", "112,5", 112.5, "measure", "ha", status="estimate", subject="diện tích nuôi cá chạch",
      period=Y24),
    F("khoảng 840 tấn", "840", 840, "measure", "tấn", approx="about", status="estimate",
      subject="sản lượng cá chạch", period=Y24),
    F("ước 92 tỷ", "92", 92e9, "money", "đồng", status="estimate", subject="giá trị sản xuất nuôi cá chạch",
      period=Y24),
] + CELLS + [
    F("năng suất 5 kg/m2", "5", 5, "measure", "kg/m2", subject="năng suất mô hình nuôi cá chạch sụn trong bể xi măng",
      location="Gia Lộc"),
    F("trên 60 triệu", "60", 60e6, "money", "đồng/100 m2 bể/năm", approx="over",
      subject="lợi nhuận mô hình nuôi cá chạch sụn", location="Gia Lộc"),
    F("cỡ 3-4 cm", "3", 3, "measure", "cm", value_max=4, subject="cỡ cá giống thả", location="Gia Lộc"),
    F("định kỳ 7-10 ngày", "7", 7, "measure", "ngày", value_max=10, subject="chu kỳ thay nước", location="Gia Lộc", optional=True),
]

NOTES = [
    "Department site (Sở NN&PTNT Hải Dương), no dateline: menu, notice, footer with address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Tổ hợp tác số 2', 'mẫu số 04/NTTS', 'Số 9 đường Thanh Niên', phone 0220.3852.406, counters 1.204.377 and 52.",
    "One-cell-per-line table with a 'Đơn vị tính' column: unit per row (ha → measure, tấn → measure, hộ → count);",
    "subject = row label + column label; period from the column header (scored); 'Ước thực hiện 2024' → estimate.",
    "'So với cùng kỳ (%)' cells are percent figures (the level against last year), no period in their header (none given), actual.",
    "'Trong đó: hộ nuôi trong bể' row: each year cell is a part of the 'Số hộ nuôi' cell above it → total (spec: part after",
    "'trong đó' following the whole, same thing, same period). Its % cell gets no total.",
    "The Gia Lộc model: location Gia Lộc (also 'Các hộ ở đây'); 'mỗi năm' is part of the unit. 'cỡ 3-4 cm' is a size (required);",
    "'thay nước định kỳ 7-10 ngày một lần' is a frequency of a practice: optional.",
]

if __name__ == "__main__":
    write("p1347-7", TEXT, NOTES, FIGS, location="Hải Dương")

"""p705-7: department site (Sở NN&PTNT Đắk Lắk), no dateline, one-cell-per-line table with units in headers."""
from lib import fig, per, inh, ch, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK LẮK
Giới thiệu | Tin tức | Văn bản chỉ đạo | Hỏi đáp | Liên hệ

Tình hình sản xuất chanh dây năm 2023 và kế hoạch năm 2024

Năm 2023, diện tích chanh dây trên địa bàn tỉnh đạt 1.436 ha, giảm 5,2% so với năm 2022 do một số vườn già cỗi, nhiễm virus bị thanh lý; sản lượng đạt 30.940 tấn. Số liệu tại các huyện trọng điểm như sau:

Huyện
Diện tích (ha)
Năng suất (tạ/ha)
Sản lượng (tấn)
Krông Năng
385
235
8.540
Ea H'leo
312
218
6.480
Krông Bông
246
205
4.760
M'Drắk
178
190
3.210

Nguyên nhân giảm diện tích chủ yếu do bệnh virus hóa gỗ quả; diện tích nhiễm bệnh năm 2023 khoảng 215 ha, chiếm 15% tổng diện tích. Sở khuyến cáo nông dân sử dụng cây giống ghép từ các cơ sở được cấp phép như Trại giống cây trồng số 2 tại Km 12, Quốc lộ 26.

Giá chanh dây bình quân năm 2023 đạt 14.500 đồng/kg; lợi nhuận bình quân từ 120 đến 150 triệu đồng/ha. Toàn tỉnh có 12 mã số vùng trồng chanh dây xuất khẩu với diện tích 318 ha.

Kế hoạch năm 2024, toàn tỉnh trồng mới khoảng 200 ha chanh dây bằng cây giống sạch bệnh, nâng diện tích lên 1.600 ha. Mật độ trồng phổ biến từ 800 đến 1.000 cây/ha.

Địa chỉ: 47 Nguyễn Tất Thành, TP. Buôn Ma Thuột, tỉnh Đắk Lắk | ĐT: 0262.3852.516
Tổng lượt truy cập: 1.284.903 | Đang trực tuyến: 37
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

F = [
    fig("đạt 1.436 ha", "1.436", 1436, "measure", "ha", "diện tích chanh dây", Y23,
        change=ch("decrease", 5.2, "%", "năm 2022")),
    fig("đạt 30.940 tấn", "30.940", 30940, "measure", "tấn", "sản lượng chanh dây", Y23),
]
ROWS = [("Krông Năng", "385", "235", "8.540"), ("Ea H'leo", "312", "218", "6.480"),
        ("Krông Bông", "246", "205", "4.760"), ("M'Drắk", "178", "190", "3.210")]
for place, a, y, o in ROWS:
    F += [
        fig(f"{place}\n{a}\n", a, float(a), "measure", "ha", "Diện tích chanh dây", inh(Y23), location=place),
        fig(f"{a}\n{y}\n", y, float(y), "measure", "tạ/ha", "Năng suất chanh dây", inh(Y23), location=place),
        fig(f"{y}\n{o}\n", o, float(o.replace(".", "")), "measure", "tấn", "Sản lượng chanh dây", inh(Y23),
            location=place),
    ]
F += [
    fig("khoảng 215 ha", "215", 215, "measure", "ha", "diện tích chanh dây nhiễm bệnh virus hóa gỗ quả", Y23b,
        approx="about", percent=15),
    fig("đạt 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", "giá chanh dây bình quân", Y23b),
    fig("từ 120 đến 150 triệu đồng/ha", "120", 120e6, "money", "đồng/ha", "lợi nhuận bình quân", Y23b,
        value_max=150e6),
    fig("có 12 mã số", "12", 12, "count", "mã số vùng trồng", "mã số vùng trồng chanh dây xuất khẩu"),
    fig("tích 318 ha", "318", 318, "measure", "ha", "diện tích vùng trồng chanh dây xuất khẩu được cấp mã số"),
    fig("khoảng 200 ha", "200", 200, "measure", "ha", "diện tích chanh dây trồng mới", Y24, approx="about",
        status="target"),
    fig("lên 1.600 ha", "1.600", 1600, "measure", "ha", "diện tích chanh dây", Y24, status="target"),
    fig("từ 800 đến 1.000 cây/ha", "800", 800, "measure", "cây/ha", "mật độ trồng chanh dây phổ biến",
        value_max=1000),
]

NOTES = [
    "Department site (Sở NN&PTNT Đắk Lắk), no dateline: chanh dây 2023 with a one-cell-per-line table (units in the column headers).",
    "Table rows are districts -> location; subject = column label; period from the lead sentence 'Năm 2023' (inherited, no column period).",
    "'Kế hoạch năm 2024' -> target, continuing into 'nâng diện tích lên 1.600 ha'. Density 800-1.000 cây/ha is a stated practice: actual.",
    "'khoảng 215 ha, chiếm 15% tổng diện tích' -> percent 15 of the 215 ha; no total (whole not restated there).",
    "Not figures: 'Trại giống cây trồng số 2', 'Km 12, Quốc lộ 26', address '47 Nguyễn Tất Thành', phone, 'Tổng lượt truy cập: 1.284.903', 'Đang trực tuyến: 37'.",
]

if __name__ == "__main__":
    write("p705-7", TEXT, NOTES, F, location="Đắk Lắk")

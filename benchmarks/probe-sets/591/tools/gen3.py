from lib import *

TEXT = """UBND TỈNH LẠNG SƠN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 15 tháng 11 năm 2023

BÁO CÁO
Kết quả sản xuất, tiêu thụ hồi năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Diện tích, sản lượng
Năm 2023, tổng diện tích hồi toàn tỉnh là 37.520 ha, trong đó diện tích cho thu hoạch 29.860 ha. Sản lượng hoa hồi khô ước đạt 18.950 tấn, tăng 4,1% so với năm 2022. Diện tích, sản lượng tại các huyện trọng điểm như sau:

Huyện | Diện tích (ha) | Cho thu hoạch (ha) | Sản lượng (tấn)
Văn Quan | 11.240 | 9.315 | 6.120
Bình Gia | 8.605 | 6.870 | 4.230
Văn Lãng | 6.930 | 5.410 | 3.375
Tràng Định | 5.180 | 3.960 | 2.240

2. Giá cả, tiêu thụ
Giá hoa hồi khô bình quân năm 2023 từ 75.000 đến 80.000 đồng/kg, giảm khoảng 20% so với năm 2022; hoa hồi tươi từ 16.000 đến 18.000 đồng/kg. Giá trị sản xuất hồi ước đạt 1.420 tỷ đồng. Trên địa bàn có 27 cơ sở chưng cất tinh dầu hồi với tổng công suất 350 tấn/năm. Sản lượng hồi xuất khẩu qua cửa khẩu Hữu Nghị, Tân Thanh đạt 6.850 tấn hoa hồi khô, chiếm 36,1% sản lượng.

II. KẾ HOẠCH NĂM 2024
Phấn đấu năm 2024 duy trì diện tích hồi trên 37.000 ha, sản lượng hoa hồi khô đạt 19.500 tấn; trồng mới, trồng thay thế 500 ha theo Quyết định số 1965/QĐ-UBND ngày 12/10/2021 của UBND tỉnh.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT(NVT).

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("là 37.520 ha", "37.520", 37520, "measure", "ha", "tổng diện tích hồi", Y23),
    F("thu hoạch 29.860 ha", "29.860", 29860, "measure", "ha", "diện tích hồi cho thu hoạch", Y23, total=37520),
    F("ước đạt 18.950 tấn", "18.950", 18950, "measure", "tấn", "sản lượng hoa hồi khô", I(Y23),
      change=CH("increase", 4.1, baseline="năm 2022"), status="estimate"),
]
rows = [("Văn Quan", "11.240", "9.315", "6.120"), ("Bình Gia", "8.605", "6.870", "4.230"),
        ("Văn Lãng", "6.930", "5.410", "3.375"), ("Tràng Định", "5.180", "3.960", "2.240")]
for place, a, b, c in rows:
    FIGS += [
        F(f"{place} | {a}", a, parse_num(a), "measure", "ha", "diện tích hồi", I(Y23), location=place),
        F(f"{a} | {b}", b, parse_num(b), "measure", "ha", "diện tích hồi cho thu hoạch", I(Y23), location=place),
        F(f"{b} | {c}", c, parse_num(c), "measure", "tấn", "sản lượng hồi", I(Y23), location=place),
    ]
FIGS += [
    F("từ 75.000 đến", "75.000", 75000, "money", "đồng/kg", "giá hoa hồi khô bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), value_max=80000,
      change=CH("decrease", 20, baseline="năm 2022", approx="about")),
    F("từ 16.000 đến", "16.000", 16000, "money", "đồng/kg", "giá hoa hồi tươi",
      P("năm 2023", "2023-01-01", "2023-12-31"), value_max=18000),
    F("ước đạt 1.420 tỷ đồng", "1.420", 1420e9, "money", "đồng", "giá trị sản xuất hồi", I(Y23), status="estimate"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở chưng cất tinh dầu hồi"),
    F("350 tấn/năm", "350", 350, "measure", "tấn/năm", "tổng công suất cơ sở chưng cất tinh dầu hồi"),
    F("đạt 6.850 tấn", "6.850", 6850, "measure", "tấn", "sản lượng hồi xuất khẩu qua cửa khẩu Hữu Nghị, Tân Thanh",
      I(Y23), percent=36.1),
    F("trên 37.000 ha", "37.000", 37000, "measure", "ha", "diện tích hồi duy trì", Y24, approx="over", status="target"),
    F("đạt 19.500 tấn", "19.500", 19500, "measure", "tấn", "sản lượng hoa hồi khô", Y24, status="target"),
    F("thay thế 500 ha", "500", 500, "measure", "ha", "diện tích hồi trồng mới, trồng thay thế", Y24, status="target"),
]

COMMENTS = [
    "UBND tỉnh Lạng Sơn, Báo cáo số 287/BC-UBND (formal report, letterhead, place-and-date line): star anise area, output, prices 2023, plan 2024.",
    "Flattened '|' table by district: every cell a figure, district -> location, subject = column label + crop; no 'Ước' column, so actual;",
    "the period comes from the lead sentence 'Năm 2023' (inherited). District rows do not add up to the provincial total and have no cue: no total.",
    "'ước đạt' governs the 18.950 tấn sentence only. 'Phấn đấu năm 2024' governs the whole plan sentence (target).",
    "Distractors: Số 287/BC-UBND, Quyết định số 1965/QĐ-UBND ngày 12/10/2021, section numbers I./II./1./2., the date line, 'KT(NVT)'.",
]

emit("p591-3", TEXT, COMMENTS, FIGS, published="2023-11-15", location="Lạng Sơn")

from lib import F, P, write

TEXT = """UBND TỈNH ĐỒNG NAI
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 1125/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 20 tháng 12 năm 2023

BÁO CÁO
Tình hình sản xuất hồ tiêu, điều năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ SẢN XUẤT NĂM 2023
1. Cây hồ tiêu
Tổng diện tích hồ tiêu toàn tỉnh ước đạt 15.830 ha, bằng 97,2% so với năm 2022. Diện tích cho sản phẩm 14.960 ha, sản lượng ước đạt 46.700 tấn.
2. Cây điều
Tổng diện tích điều 38.450 ha, năng suất bình quân 13,6 tạ/ha; sản lượng ước đạt 50.120 tấn.

Bảng 1. Diện tích, sản lượng hồ tiêu và điều tại một số huyện năm 2023
Huyện | Tiêu - diện tích (ha) | Tiêu - sản lượng (tấn) | Điều - diện tích (ha) | Điều - sản lượng (tấn)
Cẩm Mỹ | 4.210 | 13.480 | 3.150 | 4.020
Xuân Lộc | 3.870 | 11.650 | 7.980 | 10.870
Tân Phú | 620 | 1.590 | 9.430 | 12.260
Định Quán | 1.150 | 3.020 | 8.640 | 11.150

3. Giá cả, tái canh
Giá hồ tiêu bình quân năm 2023 khoảng 72.000 đồng/kg, tăng 12,5% so với năm 2022; giá hạt điều tươi từ 25.000 đến 30.000 đồng/kg. Cả năm đã tái canh, trồng mới 286 ha tiêu và ghép cải tạo 540 ha điều.

II. KẾ HOẠCH NĂM 2024
Năm 2024, phấn đấu duy trì diện tích hồ tiêu khoảng 15.500 ha, sản lượng 47.000 tấn; diện tích điều 38.000 ha, sản lượng 52.000 tấn. Xây dựng 05 chuỗi liên kết sản xuất - tiêu thụ theo Nghị định số 98/2018/NĐ-CP.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, TT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Quang
"""

Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Cẩm Mỹ", ["4.210", "13.480", "3.150", "4.020"]),
    ("Xuân Lộc", ["3.870", "11.650", "7.980", "10.870"]),
    ("Tân Phú", ["620", "1.590", "9.430", "12.260"]),
    ("Định Quán", ["1.150", "3.020", "8.640", "11.150"]),
]
COLS = [("diện tích hồ tiêu", "ha"), ("sản lượng hồ tiêu", "tấn"), ("diện tích điều", "ha"), ("sản lượng điều", "tấn")]

FIGS = [
    F("ước đạt 15.830 ha", "15.830", 15830, "measure", "ha", "tổng diện tích hồ tiêu", Y23i, percent=97.2,
      status="estimate"),
    F("sản phẩm 14.960 ha", "14.960", 14960, "measure", "ha", "diện tích hồ tiêu cho sản phẩm", Y23i),
    F("ước đạt 46.700 tấn", "46.700", 46700, "measure", "tấn", "sản lượng hồ tiêu", Y23i, status="estimate"),
    F("điều 38.450 ha", "38.450", 38450, "measure", "ha", "tổng diện tích điều", Y23i),
    F("quân 13,6 tạ/ha", "13,6", 13.6, "measure", "tạ/ha", "năng suất điều bình quân", Y23i),
    F("ước đạt 50.120 tấn", "50.120", 50120, "measure", "tấn", "sản lượng điều", Y23i, status="estimate"),
]
for place, cells in ROWS:
    for i, (cell, (subj, unit)) in enumerate(zip(cells, COLS)):
        if i == 0:
            anchor = f"{place} | {cell} |"
        elif i == 3:
            anchor = f"| {cells[2]} | {cell}\n"
        else:
            anchor = f"| {cells[i-1]} | {cell} |"
        value = int(cell.replace(".", ""))
        FIGS.append(F(anchor, cell, value, "measure", unit, subj, Y23i, location=place))

FIGS += [
    F("khoảng 72.000 đồng/kg", "72.000", 72000, "money", "đồng/kg", "giá hồ tiêu bình quân", Y23, approx="about",
      change={"direction": "increase", "value": 12.5, "unit": "%", "baseline": "năm 2022"}),
    F("từ 25.000 đến 30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá hạt điều tươi", Y23, value_max=30000),
    F("mới 286 ha", "286", 286, "measure", "ha", "diện tích hồ tiêu tái canh, trồng mới",
      P("Cả năm", "2023-01-01", "2023-12-31")),
    F("cải tạo 540 ha", "540", 540, "measure", "ha", "diện tích điều ghép cải tạo",
      P("Cả năm", "2023-01-01", "2023-12-31")),
    F("khoảng 15.500 ha", "15.500", 15500, "measure", "ha", "diện tích hồ tiêu", Y24, approx="about", status="target"),
    F("sản lượng 47.000 tấn", "47.000", 47000, "measure", "tấn", "sản lượng hồ tiêu", Y24, status="target"),
    F("điều 38.000 ha", "38.000", 38000, "measure", "ha", "diện tích điều", Y24, status="target"),
    F("sản lượng 52.000 tấn", "52.000", 52000, "measure", "tấn", "sản lượng điều", Y24, status="target"),
    F("Xây dựng 05 chuỗi", "05", 5, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất - tiêu thụ",
      P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True), status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Sở NN&PTNT Đồng Nai, 'Số: 1125/BC-SNNPTNT'); the place-and-date line gives 2023-12-20.",
    "Pepper and cashew 2023 results, a flattened '|' table by district (units in the column headers), prices, replanting, 2024 plan.",
    "Table cells: subject = column label, district row label -> location; period 'năm 2023' from the caption (inherited); no totals.",
    "Section I '... NĂM 2023' gives the text figures their period (inherited). 'bằng 97,2% so với năm 2022' is the share (percent) of 15.830 ha.",
    "'ước đạt' governs only its own clause: 14.960 ha and 38.450 ha, 13,6 tạ/ha are actual. Section II 'phấn đấu' -> targets;",
    "'Xây dựng 05 chuỗi' in the plan section is a target (period from the heading, inherited). Distractors: Số 1125/BC-SNNPTNT,",
    "Nghị định số 98/2018/NĐ-CP, 'Bảng 1', section numbers I./II./1./2./3., date line, 'Lưu: VT, TT'.",
]

if __name__ == "__main__":
    write("p391-4", TEXT, FIGS, COMMENTS, published="2023-12-20", location="Đồng Nai")

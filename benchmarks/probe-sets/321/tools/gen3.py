from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN CƯ M'GAR                         Độc lập - Tự do - Hạnh phúc
Số: 418/BC-UBND                  Cư M'gar, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả sản xuất cà phê năm 2023 và kế hoạch năm 2024

Thực hiện Công văn số 3127/SNN-TT ngày 28/11/2023 của Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Lắk, UBND huyện báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Diện tích, năng suất, sản lượng
Năm 2023, toàn huyện có 35.820 ha cà phê, chiếm 62,4% diện tích cây lâu năm; diện tích cho thu hoạch 33.960 ha. Năng suất bình quân ước đạt 30,6 tạ/ha; sản lượng ước đạt 103.900 tấn nhân, tăng 3,1% so với năm 2022.

Bảng 1. Một số chỉ tiêu chủ yếu
Đơn vị tính: ha
Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch năm 2024
Tổng diện tích cà phê | 35.640 | 35.820 | 35.900
Diện tích tái canh | 1.105 | 1.230 | 1.300
Diện tích được chứng nhận bền vững | 9.870 | 11.450 | 13.000
Diện tích trồng xen cây ăn quả | 6.320 | 7.140 | 7.500

2. Tái canh, liên kết sản xuất và giá bán
Trong năm, diện tích tái canh vượt 2,5% kế hoạch. Toàn huyện có 14 hợp tác xã và 3 doanh nghiệp liên kết tiêu thụ cà phê với 4.620 hộ; sản lượng liên kết đạt 38.500 tấn, chiếm 37,1% tổng sản lượng. Giá cà phê nhân xô bình quân năm 2023 khoảng 52.000 đồng/kg, cao hơn 11.500 đồng/kg so với năm 2022; thời điểm cao nhất (tháng 9/2023) đạt 70.500 đồng/kg.

II. KẾ HOẠCH NĂM 2024
Phấn đấu năng suất bình quân đạt 31 tạ/ha, sản lượng từ 105.000 đến 108.000 tấn nhân; xây dựng thêm 2 vùng nguyên liệu cà phê đặc sản với quy mô 500 ha.

Nơi nhận:
- Sở NN&PTNT tỉnh;
- TT Huyện ủy, HĐND huyện;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")


def row(label, a, b, c, prev):
    """three cells of a table row; anchors built from the row text"""
    subj = label
    return [
        F(f"{label} | {a} |", a, float(a.replace(".", "")), "measure", "ha", f"{subj} năm 2022", Y22c),
        F(f"| {a} | {b} |", b, float(b.replace(".", "")), "measure", "ha", f"{subj} năm 2023", Y23c),
        F(f"| {b} | {c}\n", c, float(c.replace(".", "")), "measure", "ha", f"{subj} kế hoạch năm 2024", K24,
          status="target"),
    ]


FIGS = [
    F("có 35.820 ha", "35.820", 35820, "measure", "ha", "diện tích cà phê", Y23, percent=62.4),
    F("thu hoạch 33.960 ha", "33.960", 33960, "measure", "ha", "diện tích cho thu hoạch", Y23),
    F("ước đạt 30,6 tạ/ha", "30,6", 30.6, "measure", "tạ/ha", "năng suất bình quân", I(Y23), status="estimate"),
    F("ước đạt 103.900 tấn", "103.900", 103900, "measure", "tấn", "sản lượng cà phê", I(Y23), status="estimate",
      change=CH("increase", 3.1, "%", "năm 2022")),
]
FIGS += row("Tổng diện tích cà phê", "35.640", "35.820", "35.900", None)
FIGS += row("Diện tích tái canh", "1.105", "1.230", "1.300", None)
FIGS += row("Diện tích được chứng nhận bền vững", "9.870", "11.450", "13.000", None)
FIGS += row("Diện tích trồng xen cây ăn quả", "6.320", "7.140", "7.500", None)
FIGS += [
    F("vượt 2,5% kế hoạch", "2,5", 2.5, "percent", "%", "diện tích tái canh vượt kế hoạch",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã liên kết tiêu thụ cà phê", I(Y23)),
    F("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp liên kết tiêu thụ cà phê", I(Y23)),
    F("với 4.620 hộ", "4.620", 4620, "count", "hộ", "hộ liên kết tiêu thụ cà phê", I(Y23)),
    F("đạt 38.500 tấn", "38.500", 38500, "measure", "tấn", "sản lượng liên kết", I(Y23), percent=37.1),
    F("khoảng 52.000 đồng/kg", "52.000", 52000, "money", "đồng/kg", "giá cà phê nhân xô bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about",
      change=CH("increase", 11500, "đồng/kg", "năm 2022")),
    F("đạt 70.500 đồng/kg", "70.500", 70500, "money", "đồng/kg", "giá cà phê nhân xô thời điểm cao nhất",
      P("tháng 9/2023", "2023-09-01", "2023-09-30")),
    F("đạt 31 tạ/ha", "31", 31, "measure", "tạ/ha", "năng suất bình quân", I(Y24), status="target"),
    F("từ 105.000 đến 108.000 tấn", "105.000", 105000, "measure", "tấn", "sản lượng", I(Y24),
      value_max=108000, status="target"),
    F("thêm 2 vùng", "2", 2, "count", "vùng nguyên liệu", "vùng nguyên liệu cà phê đặc sản", I(Y24),
      status="target"),
    F("quy mô 500 ha", "500", 500, "measure", "ha", "quy mô vùng nguyên liệu cà phê đặc sản", I(Y24),
      status="target"),
]

COMMENTS = [
    "Formal report, UBND huyện Cư M'gar (Đắk Lắk), 'Số: 418/BC-UBND', place-and-date line 20/12/2023: coffee 2023 results and 2024 plan.",
    "Flattened '|' table with 'Đơn vị tính: ha' and columns Năm 2022 | Năm 2023 | Kế hoạch năm 2024: every cell a figure, unit ha,",
    "period from the column header, the plan column status target; subject = row label + column label (years kept for readability).",
    "Distractors: 'Số: 418/BC-UBND', 'Công văn số 3127/SNN-TT ngày 28/11/2023', section numbers I., II., 1., 2., 'Bảng 1', 'Lưu: VT, NN'.",
    "'chiếm 62,4% diện tích cây lâu năm' → percent of 35.820 ha; 'vượt 2,5% kế hoạch' stands alone (no base figure in its sentence): a percent figure.",
    "The 2024 plan paragraph: 'Phấn đấu' governs every clause → target; period from the heading 'KẾ HOẠCH NĂM 2024' (inherited).",
    "'Trong năm' in a report on 2023 = 2023. The second heading line's 'năm 2023' sets the inherited period of later sentences.",
]

emit("p321-3", TEXT, COMMENTS, FIGS, published="2023-12-20", location="Cư M'gar")

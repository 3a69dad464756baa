"""p844-3: formal report (Sở NN&PTNT Vĩnh Long), insect farming 2024, flattened '|' table by district."""
from lib import F, P, I, chg, tgt, write

TEXT = """UBND TỈNH VĨNH LONG
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 386/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 06 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển nuôi côn trùng làm thức ăn chăn nuôi năm 2024

Thực hiện Công văn số 1582/UBND-KTNV ngày 20/11/2024 của UBND tỉnh, Sở Nông nghiệp và PTNT báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô nuôi
Tính đến ngày 30/11/2024, toàn tỉnh có 135 cơ sở nuôi côn trùng, tăng 29 cơ sở so với cuối năm 2023, trong đó 52 cơ sở nuôi ruồi lính đen và 83 cơ sở nuôi trùn quế. Chi tiết theo địa bàn:
Đơn vị tính: cơ sở; tấn
Huyện | Ruồi lính đen (cơ sở) | Trùn quế (cơ sở) | Sản lượng sinh khối (tấn)
Long Hồ | 18 | 26 | 412
Mang Thít | 11 | 19 | 268
Vũng Liêm | 9 | 23 | 305
Tam Bình | 14 | 15 | 287
Tổng cộng | 52 | 83 | 1.272
2. Hiệu quả
Năm 2024, tổng sản lượng sinh khối côn trùng ước đạt 1.380 tấn, đạt 115% kế hoạch; giá trị sản xuất ước đạt 19,6 tỷ đồng. Các cơ sở đã xử lý khoảng 16.500 tấn phụ phẩm (bã bia, bã đậu, phân bò), thay thế 20-30% thức ăn công nghiệp cho cá tra, lươn và gà thả vườn.

II. TỒN TẠI, HẠN CHẾ
Có 7/135 cơ sở chưa đáp ứng yêu cầu về vệ sinh môi trường; 95% cơ sở có quy mô dưới 500 m2, thiếu liên kết tiêu thụ.

III. PHƯƠNG HƯỚNG NĂM 2025
1. Phấn đấu năm 2025 toàn tỉnh có 160 cơ sở, sản lượng sinh khối đạt 1.600 tấn.
2. Dự kiến kinh phí hỗ trợ khoảng 2,4 tỷ đồng từ ngân sách tỉnh theo Nghị quyết số 12/2022/NQ-HĐND.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, CN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

ASOF = P("Tính đến ngày 30/11/2024", end="2024-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("cơ sở nuôi ruồi lính đen", "count", "cơ sở"), ("cơ sở nuôi trùn quế", "count", "cơ sở"),
        ("sản lượng sinh khối", "measure", "tấn")]
ROWS = [("Long Hồ", ["18", "26", "412"]), ("Mang Thít", ["11", "19", "268"]), ("Vũng Liêm", ["9", "23", "305"]),
        ("Tam Bình", ["14", "15", "287"]), ("Tổng cộng", ["52", "83", "1.272"])]


def table_figs():
    out = []
    for place, cells in ROWS:
        line = place + " | " + " | ".join(cells)
        for j, (num, (subj, kind, unit)) in enumerate(zip(cells, COLS)):
            # anchor: the row label through this cell (unique in the text)
            anchor = place + " | " + " | ".join(cells[:j + 1])
            if place == "Tổng cộng":
                out.append(F(anchor, num, float(num.replace(".", "")), kind, unit, "tổng " + subj, I(ASOF)))
            else:
                out.append(F(anchor, num, float(num.replace(".", "")), kind, unit, subj, I(ASOF), location=place))
    return out


FIGS = [
    F("toàn tỉnh có 135 cơ sở", "135", 135, "count", "cơ sở", "cơ sở nuôi côn trùng", ASOF,
      change=chg("increase", 29, "cơ sở", "cuối năm 2023")),
    F("52 cơ sở nuôi ruồi lính đen", "52", 52, "count", "cơ sở", "cơ sở nuôi ruồi lính đen", ASOF, total=135),
    F("83 cơ sở nuôi trùn quế", "83", 83, "count", "cơ sở", "cơ sở nuôi trùn quế", ASOF, total=135),
] + table_figs() + [
    F("ước đạt 1.380 tấn", "1.380", 1380, "measure", "tấn", "tổng sản lượng sinh khối côn trùng", Y24,
      status="estimate", percent=115),
    F("ước đạt 19,6 tỷ đồng", "19,6", 19.6e9, "money", "đồng", "giá trị sản xuất", Y24, status="estimate"),
    F("khoảng 16.500 tấn", "16.500", 16500, "measure", "tấn", "phụ phẩm được xử lý", I(Y24), approx="about"),
    F("thay thế 20-30%", "20", 20, "percent", "%", "thức ăn công nghiệp được thay thế", I(Y24), value_max=30),
    F("Có 7/135 cơ sở", "7", 7, "count", "cơ sở", "cơ sở chưa đáp ứng yêu cầu về vệ sinh môi trường", total=135),
    F("95% cơ sở", "95", 95, "percent", "%", "cơ sở có quy mô dưới 500 m2"),
    F("dưới 500 m2", "500", 500, "measure", "m2", "quy mô cơ sở", approx="under", optional=True),
    F("có 160 cơ sở", "160", 160, "count", "cơ sở", "cơ sở nuôi côn trùng", Y25, status="target"),
    F("đạt 1.600 tấn", "1.600", 1600, "measure", "tấn", "sản lượng sinh khối", Y25, status="target"),
    F("khoảng 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "kinh phí hỗ trợ", approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo Sở NN&PTNT Vĩnh Long số 386/BC-SNN, 06/12/2024: insect farming (ruồi lính đen, trùn quế) for feed, flattened '|' table by district.",
    "The report's date 'Vĩnh Long, ngày 06 tháng 12 năm 2024' is taken as published. Số 386/BC-SNN, Công văn số 1582/UBND-KTNV,",
    "Nghị quyết số 12/2022/NQ-HĐND, section numbers I.-III., 1.-2. are not figures. Table cells: place to location, period from the line",
    "'Tính đến ngày 30/11/2024' above the table (inherited); 'Tổng cộng' row is the province's own figure, no totals in cells.",
    "'dưới 500 m2' is a size-class threshold (optional). Sections II and III carry no period phrase except 'năm 2025' (target).",
]

write(3, TEXT, FIGS, NOTES, published="2024-12-06", location="Vĩnh Long")

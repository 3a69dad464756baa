from lib import F, P, build

TEXT = """UBND TỈNH SÓC TRĂNG
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 186/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 05 tháng 4 năm 2024

BÁO CÁO
Tổng kết sản xuất lúa vụ Đông Xuân 2023-2024 và kế hoạch vụ Hè Thu năm 2024

Thực hiện Công văn số 412/UBND-KT ngày 12/3/2024 của UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn báo cáo như sau:

I. KẾT QUẢ SẢN XUẤT VỤ ĐÔNG XUÂN 2023-2024
1. Diện tích, năng suất, sản lượng
Toàn tỉnh xuống giống 145.020 ha, vượt 3,8% kế hoạch (kế hoạch 139.700 ha), đã thu hoạch dứt điểm. Năng suất bình quân đạt 7,05 tấn/ha; sản lượng đạt 1.022.391 tấn, tăng 4,1% so với vụ Đông Xuân 2022-2023.

Bảng 1. Kết quả sản xuất theo địa bàn
Địa bàn | Diện tích (ha) | Năng suất (tấn/ha) | Sản lượng (tấn)
Huyện Mỹ Xuyên | 28.450 | 7,12 | 202.564
Huyện Long Phú | 24.380 | 7,21 | 175.780
Thị xã Ngã Năm | 22.960 | 6,94 | 159.342
Huyện Thạnh Trị | 21.150 | 6,88 | 145.512
Các địa bàn khác | 48.080 | 7,05 | 339.193
Toàn tỉnh | 145.020 | 7,05 | 1.022.391

2. Giá lúa và tiêu thụ
Giá lúa tươi tại ruộng bình quân vụ này 7.350 đồng/kg, cao hơn 850 đồng/kg so với vụ trước; lợi nhuận bình quân 31,5 triệu đồng/ha. Các doanh nghiệp đã ký hợp đồng bao tiêu 38.600 ha, chiếm 26,6% diện tích xuống giống.

II. KẾ HOẠCH VỤ HÈ THU NĂM 2024
Kế hoạch xuống giống 140.000 ha; năng suất phấn đấu 5,9 tấn/ha; sản lượng trên 826.000 tấn. Lịch xuống giống tập trung từ ngày 20/4 đến 15/5/2024, né rầy theo khuyến cáo của Chi cục Trồng trọt và Bảo vệ thực vật.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ NN&PTNT (b/c);
- Lưu: VT, TT.
GIÁM ĐỐC
Lâm Hoàng Nghiệp
"""

ST = "Sóc Trăng"

FIGS = [
    F("xuống giống 145.020 ha", "145.020", 145020, "measure", "ha", "diện tích lúa xuống giống",
      change={"direction": "increase", "value": 3.8, "unit": "%", "baseline": "kế hoạch"},
      target={"value": 139700, "unit": "ha"}, location=ST),
    F("(kế hoạch 139.700 ha)", "139.700", 139700, "measure", "ha", "kế hoạch diện tích xuống giống",
      status="target", location=ST, optional=True),
    F("bình quân đạt 7,05 tấn/ha", "7,05", 7.05, "measure", "tấn/ha", "năng suất bình quân", location=ST),
    F("đạt 1.022.391 tấn, tăng", "1.022.391", 1022391, "measure", "tấn", "sản lượng",
      change={"direction": "increase", "value": 4.1, "unit": "%", "baseline": "vụ Đông Xuân 2022-2023"},
      location=ST),
]

ROWS = [
    ("Huyện Mỹ Xuyên", "Mỹ Xuyên", "28.450", "7,12", "202.564"),
    ("Huyện Long Phú", "Long Phú", "24.380", "7,21", "175.780"),
    ("Thị xã Ngã Năm", "Ngã Năm", "22.960", "6,94", "159.342"),
    ("Huyện Thạnh Trị", "Thạnh Trị", "21.150", "6,88", "145.512"),
    ("Các địa bàn khác", ST, "48.080", "7,05", "339.193"),
    ("Toàn tỉnh", ST, "145.020", "7,05", "1.022.391"),
]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


for label, loc, a, y, o in ROWS:
    suffix = "" if loc != ST else " " + label.lower()
    FIGS.append(F(f"{label} | {a} |", a, num(a), "measure", "ha", "Diện tích" + suffix, location=loc))
    FIGS.append(F(f"| {a} | {y} |", y, num(y), "measure", "tấn/ha", "Năng suất" + suffix, location=loc))
    FIGS.append(F(f"| {y} | {o}\n", o, num(o), "measure", "tấn", "Sản lượng" + suffix, location=loc))

FIGS += [
    F("bình quân vụ này 7.350 đồng/kg", "7.350", 7350, "money", "đồng/kg", "giá lúa tươi tại ruộng bình quân",
      change={"direction": "increase", "value": 850, "unit": "đồng/kg", "baseline": "vụ trước"}, location=ST),
    F("lợi nhuận bình quân 31,5 triệu đồng/ha", "31,5", 31500000, "money", "đồng/ha", "lợi nhuận bình quân",
      location=ST),
    F("bao tiêu 38.600 ha", "38.600", 38600, "measure", "ha", "diện tích ký hợp đồng bao tiêu",
      percent=26.6, location=ST),
    F("xuống giống 140.000 ha", "140.000", 140000, "measure", "ha", "diện tích xuống giống vụ Hè Thu",
      status="target", location=ST),
    F("phấn đấu 5,9 tấn/ha", "5,9", 5.9, "measure", "tấn/ha", "năng suất vụ Hè Thu", status="target", location=ST),
    F("trên 826.000 tấn", "826.000", 826000, "measure", "tấn", "sản lượng vụ Hè Thu", approx="over",
      status="target", location=ST),
]

COMMENTS = [
    "Formal report with letterhead (Sở NN&PTNT Sóc Trăng, 'Số: 186/BC-SNN'); the place-and-date line is its date.",
    "Flattened '|' table: units from the column headers '(ha)', '(tấn/ha)', '(tấn)'. District rows: location = district; 'Các địa bàn khác'",
    "and 'Toàn tỉnh' keep the province and put the row label into the subject. Table and text are dated only by the crop season: no period.",
    "'vượt 3,8% kế hoạch (kế hoạch 139.700 ha)': gap to plan = change with baseline 'kế hoạch', plan in brackets = target (FIGURES.md).",
    "The bracketed plan 139.700 ha is the target attribute; as a figure of its own it is optional.",
    "Section II 'KẾ HOẠCH': 'Kế hoạch xuống giống', 'phấn đấu' and the continuing clause make the three figures status target.",
    "Distractors: Số: 186/BC-SNN, Công văn số 412/UBND-KT ngày 12/3/2024, section numbers I./II./1./2., 'Bảng 1', 'từ ngày 20/4 đến 15/5/2024'.",
]

build("p437-4", TEXT, FIGS, COMMENTS, published="2024-04-05")

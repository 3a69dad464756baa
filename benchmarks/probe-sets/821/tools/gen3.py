"""p821-3: UBND tỉnh Đồng Nai formal report, construction-material mining 2023, flattened | table."""
from lib import F, period, change, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình quản lý, khai thác khoáng sản làm vật liệu xây dựng năm 2023

I. CẤP PHÉP VÀ SẢN LƯỢNG
1. Tính đến ngày 31/12/2023, toàn tỉnh có 41 giấy phép khai thác khoáng sản làm vật liệu xây dựng còn hiệu lực, tổng diện tích 1.286 ha; trong năm cấp mới 4 giấy phép, gia hạn 3 giấy phép theo Nghị định số 158/2016/NĐ-CP.
2. Sản lượng khai thác năm 2023 ước đạt 21,4 triệu m3, bằng 83,5% so với năm 2022.

Sản lượng khai thác năm 2023 theo địa bàn
Đơn vị tính: nghìn m3
Địa bàn | Đá xây dựng | Cát xây dựng | Đất san lấp | Cộng
Biên Hòa | 5.120 | - | 310 | 5.430
Vĩnh Cửu | 3.460 | 820 | 540 | 4.820
Trảng Bom | 2.780 | - | 460 | 3.240
Thống Nhất | 2.150 | - | 390 | 2.540
Long Thành | 1.940 | 260 | 1.180 | 3.380
Xuân Lộc | 1.210 | 180 | 600 | 1.990
Tổng cộng | 16.660 | 1.260 | 3.480 | 21.400

II. THU NGÂN SÁCH, KÝ QUỸ MÔI TRƯỜNG
1. Năm 2023, thu tiền cấp quyền khai thác khoáng sản đạt 412,6 tỷ đồng, đạt 103,2% dự toán; thuế tài nguyên và phí bảo vệ môi trường 287,9 tỷ đồng.
2. Các tổ chức đã ký quỹ cải tạo, phục hồi môi trường 198,4 tỷ đồng; 5 mỏ đã đóng cửa, hoàn nguyên với diện tích 64,2 ha.

III. KIỂM TRA, XỬ LÝ VI PHẠM
Trong năm, đã kiểm tra 27 tổ chức, xử phạt 9 trường hợp với số tiền 2,36 tỷ đồng, tịch thu 1.850 m3 cát khai thác trái phép.

IV. KẾ HOẠCH NĂM 2024
Phấn đấu thu tiền cấp quyền khai thác khoáng sản đạt 450 tỷ đồng; dự kiến sản lượng khai thác khoảng 22 triệu m3.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT, KTN.
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
TBL = period("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
INYEAR = period("trong năm", "2023-01-01", "2023-12-31")
INYEAR3 = period("Trong năm", "2023-01-01", "2023-12-31")
ASOF = period("Tính đến ngày 31/12/2023", end="2023-12-31")
Y24i = period("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
K = 1000
COLS = ["đá xây dựng", "cát xây dựng", "đất san lấp", "cộng"]
ROWS = [
    ("Biên Hòa", [5120, None, 310, 5430]),
    ("Vĩnh Cửu", [3460, 820, 540, 4820]),
    ("Trảng Bom", [2780, None, 460, 3240]),
    ("Thống Nhất", [2150, None, 390, 2540]),
    ("Long Thành", [1940, 260, 1180, 3380]),
    ("Xuân Lộc", [1210, 180, 600, 1990]),
    ("Tổng cộng", [16660, 1260, 3480, 21400]),
]


def fmt(n):
    return f"{n:,}".replace(",", ".")


def table_figs():
    out = []
    for label, cells in ROWS:
        line = label + " | " + " | ".join("-" if c is None else fmt(c) for c in cells)
        assert line in TEXT, line
        prev = label
        for col, c in zip(COLS, cells):
            if c is None:
                prev = "-"
                continue
            # anchor: previous cell + this cell (+ trailing separator or line end)
            anchor = f"{prev} | {fmt(c)}"
            prev = fmt(c)
            if label == "Tổng cộng":
                subj = f"tổng cộng sản lượng khai thác {col}" if col != "cộng" else "tổng sản lượng khai thác"
                loc = "Đồng Nai"
            else:
                subj = f"sản lượng khai thác {col}" if col != "cộng" else "sản lượng khai thác cộng"
                loc = label
            out.append(F(anchor, fmt(c), c * K, "measure", "m3", subject=subj, per=TBL, location=loc))
    return out


FIGS = [
    F("có 41 giấy phép", "41", 41, "count", "giấy phép",
      subject="giấy phép khai thác khoáng sản làm vật liệu xây dựng còn hiệu lực", per=ASOF),
    F("tổng diện tích 1.286 ha", "1.286", 1286, "measure", "ha",
      subject="tổng diện tích các giấy phép khai thác còn hiệu lực", per=ASOF),
    F("cấp mới 4 giấy phép", "4", 4, "count", "giấy phép", subject="giấy phép cấp mới", per=INYEAR),
    F("gia hạn 3 giấy phép", "3", 3, "count", "giấy phép", subject="giấy phép gia hạn", per=INYEAR),
    F("ước đạt 21,4 triệu m3", "21,4", 21.4e6, "measure", "m3", percent=83.5, status="estimate",
      subject="sản lượng khai thác", per=Y23),
] + table_figs() + [
    F("đạt 412,6 tỷ đồng", "412,6", 412.6e9, "money", "đồng", percent=103.2,
      subject="thu tiền cấp quyền khai thác khoáng sản", per=Y23),
    F("môi trường 287,9 tỷ đồng", "287,9", 287.9e9, "money", "đồng",
      subject="thuế tài nguyên và phí bảo vệ môi trường", per=Y23),
    F("trường 198,4 tỷ đồng", "198,4", 198.4e9, "money", "đồng",
      subject="tiền ký quỹ cải tạo, phục hồi môi trường"),
    F("; 5 mỏ đã đóng cửa", "5", 5, "count", "mỏ", subject="mỏ đã đóng cửa, hoàn nguyên"),
    F("diện tích 64,2 ha", "64,2", 64.2, "measure", "ha", subject="diện tích mỏ đóng cửa, hoàn nguyên"),
    F("kiểm tra 27 tổ chức", "27", 27, "count", "tổ chức", subject="tổ chức được kiểm tra", per=INYEAR3),
    F("xử phạt 9 trường hợp", "9", 9, "count", "trường hợp", subject="trường hợp bị xử phạt", per=INYEAR3),
    F("số tiền 2,36 tỷ đồng", "2,36", 2.36e9, "money", "đồng", subject="số tiền xử phạt", per=INYEAR3),
    F("tịch thu 1.850 m3", "1.850", 1850, "measure", "m3", subject="cát khai thác trái phép bị tịch thu",
      per=INYEAR3),
    F("đạt 450 tỷ đồng", "450", 450e9, "money", "đồng", status="target",
      subject="thu tiền cấp quyền khai thác khoáng sản", per=Y24i),
    F("khoảng 22 triệu m3", "22", 22e6, "measure", "m3", approx="about", status="forecast",
      subject="sản lượng khai thác", per=Y24i),
]

COMMENTS = [
    "Đồng Nai formal report (UBND tỉnh, Số: 27/BC-UBND, 22/01/2024): licences, 2023 output with a flattened '|' table by district",
    "(Đơn vị tính: nghìn m3, so 5.120 = 5 120 000 m3), revenue, deposits, inspections, 2024 plan.",
    "Table cells: place rows give location (Biên Hòa, ... ), the 'Tổng cộng' row is Đồng Nai; '-' cells are empty; period from the caption",
    "line above the table (inherited). The table has no estimate column, so its cells are actual. 'bằng 83,5% so với năm 2022' is a share",
    "(percent). 'trong năm' = 2023. Section IV heading 'KẾ HOẠCH NĂM 2024' gives an inherited period to the plan figures.",
    "Distractors: Số 27/BC-UBND, dates, Nghị định 158/2016/NĐ-CP, section numbers I-IV and 1-2.",
]

write(3, TEXT, FIGS, COMMENTS, published="2024-01-22", location="Đồng Nai")

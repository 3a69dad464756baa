from lib import F, P, I, YEAR, CH, emit

TEXT = """ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NINH BÌNH                       Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND              Ninh Bình, ngày 18 tháng 3 năm 2024

BÁO CÁO
Tình hình quản lý chất thải rắn sinh hoạt năm 2023
(Phục vụ Đoàn giám sát của HĐND tỉnh)

Thực hiện Văn bản số 47/HĐND-VP ngày 05/3/2024 của Thường trực HĐND tỉnh, UBND tỉnh Ninh Bình báo cáo như sau:

1. Phát sinh và thu gom
Năm 2023, tổng khối lượng chất thải rắn sinh hoạt phát sinh trên địa bàn tỉnh khoảng 1.012 tấn/ngày, tăng 4,1% so với năm 2022; khối lượng được thu gom đạt 958 tấn/ngày, bằng 94,7% khối lượng phát sinh.

Bảng 1. Thu gom chất thải rắn sinh hoạt năm 2023 tại một số địa phương
Địa phương | Khối lượng phát sinh (tấn/ngày) | Khối lượng thu gom (tấn/ngày) | Tỷ lệ thu gom (%)
TP. Ninh Bình | 182,5 | 182,5 | 100
TP. Tam Điệp | 76,4 | 74,1 | 97,0
Huyện Kim Sơn | 138,2 | 124,6 | 90,2
Huyện Nho Quan | 121,7 | 105,3 | 86,5

2. Xử lý
Toàn tỉnh có 02 nhà máy xử lý rác thải tập trung với tổng công suất 450 tấn/ngày (nhà máy tại xã Đồng Hướng, huyện Kim Sơn 250 tấn/ngày; nhà máy tại thành phố Tam Điệp 200 tấn/ngày), 34 lò đốt cỡ nhỏ và 07 bãi chôn lấp. Chất thải rắn sinh hoạt được xử lý bằng công nghệ đốt chiếm 61,3%, chôn lấp 28,4%, làm phân compost 10,3%.

3. Kinh phí
Năm 2023, ngân sách tỉnh và các huyện bố trí 186,4 tỷ đồng cho thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt; số thu giá dịch vụ từ người dân đạt 41,2 tỷ đồng, tương đương 22,1% tổng chi phí.

4. Kế hoạch năm 2024
Dự kiến năm 2024, khối lượng phát sinh khoảng 1.050 tấn/ngày; phấn đấu tỷ lệ thu gom đạt 96% và giảm tỷ lệ chôn lấp trực tiếp xuống dưới 25%.

Nơi nhận:
- Thường trực HĐND tỉnh;
- Lưu: VT, TNMT.                  TM. ỦY BAN NHÂN DÂN
                                     KT. CHỦ TỊCH
"""

Y23 = YEAR(2023, "Năm 2023")
TBL = I(YEAR(2023))  # table title line
Y24 = YEAR(2024, "năm 2024")

ROWS = [("TP. Ninh Bình", "Ninh Bình", "182,5", "182,5", "100"),
        ("TP. Tam Điệp", "Tam Điệp", "76,4", "74,1", "97,0"),
        ("Huyện Kim Sơn", "Kim Sơn", "138,2", "124,6", "90,2"),
        ("Huyện Nho Quan", "Nho Quan", "121,7", "105,3", "86,5")]
COLS = [("Khối lượng phát sinh", "tấn/ngày", "measure"),
        ("Khối lượng thu gom", "tấn/ngày", "measure"),
        ("Tỷ lệ thu gom", "%", "percent")]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    F("khoảng 1.012 tấn/ngày", "1.012", 1012, "measure", "tấn/ngày", "tổng khối lượng chất thải rắn sinh hoạt phát sinh", Y23,
      approx="about", change=CH("increase", 4.1, baseline="năm 2022")),
    F("đạt 958 tấn/ngày", "958", 958, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt được thu gom", Y23,
      percent=94.7),
]
for label, place, *cells in ROWS:
    anchors = [f"{label} | {cells[0]} |", f"| {cells[1]} | {cells[2]}\n", f"| {cells[2]}\n"]
    if label == "TP. Ninh Bình":
        anchors[1] = "| 182,5 | 100"
        anchors[2] = "| 100\n"
    for cell, anchor, (col, unit, kind) in zip(cells, anchors, COLS):
        FIGS.append(F(anchor, cell, num(cell), kind, unit, col, TBL, location=place))

FIGS += [
    F("có 02 nhà máy", "02", 2, "count", "nhà máy", "nhà máy xử lý rác thải tập trung"),
    F("tổng công suất 450 tấn/ngày", "450", 450, "measure", "tấn/ngày", "tổng công suất nhà máy xử lý rác thải tập trung"),
    F("Kim Sơn 250 tấn/ngày", "250", 250, "measure", "tấn/ngày", "công suất nhà máy xử lý rác thải tại xã Đồng Hướng",
      total=450, location="Kim Sơn"),
    F("Tam Điệp 200 tấn/ngày", "200", 200, "measure", "tấn/ngày", "công suất nhà máy xử lý rác thải tại thành phố Tam Điệp",
      total=450, location="Tam Điệp"),
    F("34 lò đốt", "34", 34, "count", "lò đốt", "lò đốt cỡ nhỏ"),
    F("07 bãi chôn lấp", "07", 7, "count", "bãi chôn lấp", "bãi chôn lấp"),
    F("đốt chiếm 61,3%", "61,3", 61.3, "percent", "%", "Chất thải rắn sinh hoạt được xử lý bằng công nghệ đốt", I(YEAR(2023))),
    F("chôn lấp 28,4%", "28,4", 28.4, "percent", "%", "Chất thải rắn sinh hoạt được xử lý bằng chôn lấp", I(YEAR(2023))),
    F("compost 10,3%", "10,3", 10.3, "percent", "%", "Chất thải rắn sinh hoạt được xử lý bằng làm phân compost", I(YEAR(2023))),
    F("bố trí 186,4 tỷ", "186,4", 186.4e9, "money", "đồng",
      "ngân sách tỉnh và các huyện bố trí cho thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt", Y23),
    F("đạt 41,2 tỷ", "41,2", 41.2e9, "money", "đồng", "số thu giá dịch vụ từ người dân", Y23, percent=22.1),
    F("khoảng 1.050 tấn/ngày", "1.050", 1050, "measure", "tấn/ngày", "khối lượng phát sinh", Y24,
      approx="about", status="forecast"),
    F("đạt 96%", "96", 96, "percent", "%", "tỷ lệ thu gom", Y24, status="target"),
    F("dưới 25%", "25", 25, "percent", "%", "tỷ lệ chôn lấp trực tiếp", Y24, approx="under", status="target"),
]

COMMENTS = [
    "Formal report, letterhead 'UBND TỈNH NINH BÌNH', 'Số: 215/BC-UBND', place-and-date line 'Ninh Bình, ngày 18 tháng 3 năm 2024'.",
    "Flattened '|' table (Bảng 1): every numeric cell is a figure; unit from the column header '(tấn/ngày)'/'(%)'; the row label is a",
    "place -> location (TP. Ninh Bình, Tam Điệp, Kim Sơn, Nho Quan), subject = column label; period from the table title (another line).",
    "'958 tấn/ngày, bằng 94,7% khối lượng phát sinh' -> percent attribute; '41,2 tỷ đồng, tương đương 22,1% tổng chi phí' likewise.",
    "Bracketed breakdown '(… Kim Sơn 250 tấn/ngày; … Tam Điệp 200 tấn/ngày)' adds up to 450 -> total 450; each plant's place is its location.",
    "Treatment shares (61,3 / 28,4 / 10,3%) share one indicator; section 2 has no period of its own (inherited năm 2023).",
    "'Dự kiến năm 2024 … khoảng 1.050' -> forecast; 'phấn đấu … 96% và giảm … xuống dưới 25%' -> target.",
    "Distractors: Số: 215/BC-UBND, Văn bản số 47/HĐND-VP ngày 05/3/2024, 'Bảng 1', section numbers 1.-4., 'Lưu: VT, TNMT'.",
]

emit("p491-3", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Ninh Bình")

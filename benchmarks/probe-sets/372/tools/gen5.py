from lib import F, P, CH, emit

TEXT = """UBND TỈNH HÀ GIANG
BAN QUẢN LÝ KHU KINH TẾ
Số: 287/BC-BQLKKT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình xuất nhập khẩu, xuất nhập cảnh qua các cửa khẩu quý III và 9 tháng năm 2024

I. HOẠT ĐỘNG XUẤT NHẬP KHẨU
Trong quý III/2024, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu, lối mở trên địa bàn tỉnh Hà Giang đạt 118,6 triệu USD, tăng 21,4% so với quý II/2024. Lũy kế 9 tháng năm 2024 đạt 326,4 triệu USD, bằng 81,6% kế hoạch năm, tăng 12,8% so với cùng kỳ.

Bảng 1. Kim ngạch xuất nhập khẩu 9 tháng năm 2024 theo cửa khẩu
Đơn vị tính: nghìn USD
Cửa khẩu | Xuất khẩu | Nhập khẩu | Tổng | So cùng kỳ (%)
Thanh Thủy | 98.412 | 154.736 | 253.148 | 112,5
Phó Bảng | 12.305 | 21.870 | 34.175 | 118,2
Săm Pun | 8.920 | 13.466 | 22.386 | 104,7
Xín Mần | 5.116 | 11.575 | 16.691 | 109,3
Cộng | 124.753 | 201.647 | 326.400 | 112,8

Có 146 doanh nghiệp tham gia xuất nhập khẩu qua các cửa khẩu (riêng quý III có 63 doanh nghiệp).

II. HOẠT ĐỘNG XUẤT NHẬP CẢNH
9 tháng, các đồn biên phòng cửa khẩu đã làm thủ tục cho 168.520 lượt người xuất nhập cảnh, trong đó 41.230 lượt người nước ngoài; 52.118 lượt phương tiện, bình quân khoảng 190 phương tiện/ngày.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu kim ngạch xuất nhập khẩu quý IV đạt từ 75 đến 80 triệu USD, cả năm đạt 400 triệu USD theo kế hoạch; giải quyết dứt điểm tình trạng ùn ứ hàng hóa tại cửa khẩu quốc tế Thanh Thủy.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Công Thương;
- Lưu: VT, NV.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Lý Văn Thắng
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9t = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
N9b = P("9 tháng", "2024-01-01", "2024-09-30")

ROWS = [
    ("Thanh Thủy", ["98.412", "154.736", "253.148", "112,5"]),
    ("Phó Bảng", ["12.305", "21.870", "34.175", "118,2"]),
    ("Săm Pun", ["8.920", "13.466", "22.386", "104,7"]),
    ("Xín Mần", ["5.116", "11.575", "16.691", "109,3"]),
    ("Cộng", ["124.753", "201.647", "326.400", "112,8"]),
]
COLS = ["Xuất khẩu", "Nhập khẩu", "Tổng", "So cùng kỳ"]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for row, cells in ROWS:
    label = "tổng cộng" if row == "Cộng" else "cửa khẩu " + row
    prev = row
    for col, cell in zip(COLS, cells):
        end = " |" if col != "So cùng kỳ" else "\n"
        anchor = f"{prev} | {cell}{end}"
        if col == "So cùng kỳ":
            TABLE.append(F(anchor, cell, num(cell), "percent", "%", f"tổng kim ngạch so cùng kỳ {label}", N9t))
        else:
            TABLE.append(F(anchor, cell, num(cell) * 1000, "money", "USD", f"kim ngạch {col.lower()} {label}", N9t))
        prev = cell

FIGS = [
    F("đạt 118,6 triệu USD", "118,6", 118.6e6, "money", "USD",
      "tổng kim ngạch xuất nhập khẩu qua các cửa khẩu, lối mở", P("quý III/2024", "2024-07-01", "2024-09-30"),
      change=CH("increase", 21.4, baseline="quý II/2024")),
    F("đạt 326,4 triệu USD", "326,4", 326.4e6, "money", "USD", "kim ngạch xuất nhập khẩu lũy kế", N9, percent=81.6,
      change=CH("increase", 12.8, baseline="cùng kỳ")),
] + TABLE + [
    F("Có 146 doanh nghiệp", "146", 146, "count", "doanh nghiệp", "doanh nghiệp tham gia xuất nhập khẩu qua các cửa khẩu", N9t),
    F("có 63 doanh nghiệp", "63", 63, "count", "doanh nghiệp", "doanh nghiệp tham gia xuất nhập khẩu quý III",
      P("quý III", "2024-07-01", "2024-09-30")),
    F("cho 168.520 lượt", "168.520", 168520, "count", "lượt người", "lượt người xuất nhập cảnh làm thủ tục", N9b),
    F("41.230 lượt", "41.230", 41230, "count", "lượt người", "lượt người nước ngoài xuất nhập cảnh", N9b, total=168520),
    F("52.118 lượt", "52.118", 52118, "count", "lượt phương tiện", "lượt phương tiện xuất nhập cảnh", N9b),
    F("khoảng 190 phương tiện/ngày", "190", 190, "measure", "phương tiện/ngày", "phương tiện xuất nhập cảnh bình quân", N9b,
      approx="about"),
    F("từ 75 đến 80 triệu USD", "75", 75e6, "money", "USD", "kim ngạch xuất nhập khẩu quý IV",
      P("quý IV", "2024-10-01", "2024-12-31"), value_max=80e6, status="target"),
    F("đạt 400 triệu USD", "400", 400e6, "money", "USD", "kim ngạch xuất nhập khẩu cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Ban Quản lý Khu kinh tế tỉnh Hà Giang, 'Số: 287/BC-BQLKKT'); the place-and-date line gives published.",
    "Flattened '|' table, 'Đơn vị tính: nghìn USD' (cells ×1000, money USD) with a '(%)' column ('So cùng kỳ', percent, no change object).",
    "Every numeric cell is a figure; subject = column + row label; no total for table cells (as in probe-set 205). Period 9 tháng năm 2024",
    "comes from the table title above (not a column header): inherited. Gates (Thanh Thủy, Phó Bảng, Săm Pun, Xín Mần) are border gates, not",
    "administrative units, so location stays Hà Giang (Xín Mần is also a district name: a deliberate trap).",
    "'bằng 81,6% kế hoạch năm' = percent attribute; '(riêng quý III có 63 doanh nghiệp)' is a different period, not a part of 146.",
    "41.230 after 'trong đó' is part of 168.520; 52.118 lượt phương tiện counts another thing (sibling after ';'): no total.",
    "Section III 'Phấn đấu' makes both figures targets; 'theo kế hoạch' is no separate number. Distractors: Số 287, I./II./III., Bảng 1, Lưu: VT, NV.",
]

emit("p372-5", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hà Giang")

"""p988-3: UBND tỉnh Khánh Hòa formal report — phương tiện thủy chở khách du lịch 6 tháng 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH KHÁNH HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Khánh Hòa, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình quản lý phương tiện thủy chở khách du lịch trên vịnh Nha Trang và các vùng nước 6 tháng đầu năm 2024

I. TÌNH HÌNH PHƯƠNG TIỆN
1. Số lượng phương tiện
Tính đến ngày 30/6/2024, toàn tỉnh có 468 phương tiện thủy chở khách du lịch đang hoạt động, tăng 23 phương tiện so với cuối năm 2023. Số phương tiện theo địa bàn như sau:
Đơn vị tính: phương tiện
Địa bàn | Tổng số | Vỏ thép, composite | Vỏ gỗ | Đã đăng kiểm
TP. Nha Trang | 312 | 148 | 164 | 305
TP. Cam Ranh | 64 | 21 | 43 | 60
TX. Ninh Hòa | 38 | 9 | 29 | 36
H. Vạn Ninh | 54 | 12 | 42 | 51
Tổng cộng | 468 | 190 | 278 | 452

2. Hoạt động vận chuyển khách
6 tháng đầu năm 2024, các phương tiện đã vận chuyển 1.862.300 lượt khách tham quan các đảo, tăng 14,2% so với cùng kỳ năm 2023; trong đó khách quốc tế 796.500 lượt, chiếm 42,8%. Cảng Du lịch quốc tế Nha Trang đón bình quân khoảng 5.100 lượt khách/ngày.

II. CÔNG TÁC KIỂM TRA, XỬ LÝ VI PHẠM
Thực hiện Nghị định số 139/2021/NĐ-CP, Thanh tra Sở Giao thông vận tải phối hợp Công an tỉnh tổ chức 46 đợt kiểm tra, phát hiện 58 phương tiện vi phạm, xử phạt 412,5 triệu đồng; tạm đình chỉ hoạt động 16 phương tiện chưa đăng kiểm.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu đến ngày 31/12/2024 có 100% phương tiện thủy chở khách du lịch được đăng kiểm.
2. Dự kiến cả năm 2024 vận chuyển khoảng 3,6 triệu lượt khách.

Nơi nhận:
- Bộ Giao thông vận tải;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
COLS = ["tổng số phương tiện thủy chở khách du lịch", "phương tiện vỏ thép, composite",
        "phương tiện vỏ gỗ", "phương tiện đã đăng kiểm"]
ROWS = [
    ("Nha Trang", ["TP. Nha Trang | 312", "312 | 148", "148 | 164", "164 | 305"], [312, 148, 164, 305]),
    ("Cam Ranh", ["TP. Cam Ranh | 64", "64 | 21", "21 | 43", "43 | 60"], [64, 21, 43, 60]),
    ("Ninh Hòa", ["TX. Ninh Hòa | 38", "38 | 9", "9 | 29", "29 | 36"], [38, 9, 29, 36]),
    ("Vạn Ninh", ["H. Vạn Ninh | 54", "54 | 12", "12 | 42", "42 | 51"], [54, 12, 42, 51]),
    ("Khánh Hòa", ["Tổng cộng | 468", "468 | 190", "190 | 278", "278 | 452"], [468, 190, 278, 452]),
]

FIGS = [
    F("có 468 phương tiện", "468", 468, "count", "phương tiện", "phương tiện thủy chở khách du lịch đang hoạt động",
      ASOF, change=C("increase", 23, unit="phương tiện", baseline="cuối năm 2023")),
]
for place, anchors, values in ROWS:
    for col, (anchor, v) in enumerate(zip(anchors, values)):
        number = anchor.split(" | ")[1]  # the cell is the right-hand side of each "x | cell" anchor
        FIGS.append(F(anchor, number, v, "count", "phương tiện",
                      COLS[col],
                      I(ASOF), location=place))

FIGS += [
    F("vận chuyển 1.862.300 lượt khách", "1.862.300", 1862300, "count", "lượt khách",
      "lượt khách tham quan các đảo được vận chuyển", H1,
      change=C("increase", 14.2, baseline="cùng kỳ năm 2023")),
    F("quốc tế 796.500 lượt", "796.500", 796500, "count", "lượt", "khách quốc tế", H1,
      total=1862300, percent=42.8),
    F("khoảng 5.100 lượt khách/ngày", "5.100", 5100, "measure", "lượt khách/ngày",
      "lượt khách Cảng Du lịch quốc tế Nha Trang đón bình quân", I(H1), approx="about"),
    F("46 đợt kiểm tra", "46", 46, "count", "đợt kiểm tra", "đợt kiểm tra", I(H1)),
    F("58 phương tiện vi phạm", "58", 58, "count", "phương tiện", "phương tiện vi phạm", I(H1)),
    F("xử phạt 412,5 triệu đồng", "412,5", 412_500_000, "money", "đồng", "tiền xử phạt", I(H1)),
    F("16 phương tiện chưa đăng kiểm", "16", 16, "count", "phương tiện",
      "phương tiện chưa đăng kiểm bị tạm đình chỉ hoạt động", I(H1)),
    F("có 100% phương tiện", "100", 100, "percent", "%", "phương tiện thủy chở khách du lịch được đăng kiểm",
      P("đến ngày 31/12/2024", None, "2024-12-31"), status="target"),
    F("khoảng 3,6 triệu lượt khách", "3,6", 3_600_000, "count", "lượt khách", "lượt khách vận chuyển",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "UBND tỉnh Khánh Hòa, Số: 287/BC-UBND, report dated 12/7/2024: phương tiện thủy chở khách du lịch, 6 tháng 2024 (invented, probe set 988).",
    "Flattened table (Đơn vị tính: phương tiện): 20 cells, row place -> location (Tổng cộng row -> Khánh Hòa), subject = column label;",
    "period from the as-of sentence above the table (inherited). 312 = 148+164 etc.; table cells get no totals.",
    "Section numbers I.-III., 1.-2., the heading '6 THÁNG CUỐI NĂM 2024', Nghị định số 139/2021/NĐ-CP, Số 287 are not figures.",
    "Cảng Du lịch quốc tế Nha Trang is a site name: its figure stays Khánh Hòa. Section II figures inherit the title's 6 tháng đầu năm 2024.",
]

write("p988-3", TEXT, FIGS, NOTES, published="2024-07-12", location="Khánh Hòa")

"""p833-3: formal report (UBND tỉnh Khánh Hòa), mineral water extraction, H1/2024, flattened | table."""
from lib import F, P, I, C, build

TEXT = """UBND TỈNH KHÁNH HÒA
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 18 tháng 7 năm 2024

BÁO CÁO
Tình hình quản lý, khai thác nước khoáng, nước nóng thiên nhiên 6 tháng đầu năm 2024

Thực hiện Công văn số 3125/BTNMT-ĐCKS ngày 10/6/2024 của Bộ Tài nguyên và Môi trường, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Cấp phép, khai thác
Tính đến ngày 30/6/2024, trên địa bàn tỉnh có 9 giấy phép khai thác nước khoáng, nước nóng thiên nhiên còn hiệu lực, trong đó UBND tỉnh cấp 6 giấy phép, Bộ Tài nguyên và Môi trường cấp 3 giấy phép; tổng lưu lượng được phép khai thác 1.840 m3/ngày đêm.

Sản lượng khai thác theo địa bàn:
Đơn vị tính: m3
Địa bàn | 6 tháng 2023 | 6 tháng 2024 | Kế hoạch năm 2024
Nha Trang | 41.250 | 45.800 | 92.000
Ninh Hòa | 18.600 | 21.350 | 44.000
Diên Khánh | 9.420 | 10.150 | 20.500
Cam Lâm | 3.180 | 4.700 | 9.500
Tổng cộng | 72.450 | 82.000 | 166.000

Sản lượng 6 tháng đầu năm đạt 82.000 m3, tăng 13,2% so với cùng kỳ, bằng 49,4% kế hoạch năm; trong đó nước dùng cho tắm khoáng, chữa bệnh khoảng 61.500 m3, chiếm 75%.

2. Thu ngân sách
Thuế tài nguyên và phí bảo vệ môi trường đối với khai thác nước khoáng nộp ngân sách 6,84 tỷ đồng, tăng 9,5% so với cùng kỳ; tiền cấp quyền khai thác khoáng sản 2,1 tỷ đồng.

3. Du lịch tắm bùn, tắm khoáng
Các khu du lịch tắm bùn, tắm khoáng đón khoảng 735.000 lượt khách, chiếm 18,2% tổng lượt khách lưu trú toàn tỉnh.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu sản lượng khai thác cả năm đạt 166.000 m3; kiểm tra 100% tổ chức được cấp phép theo Luật Khoáng sản năm 2010 và Nghị định số 158/2016/NĐ-CP; dự kiến thu ngân sách 6 tháng cuối năm khoảng 7,5 tỷ đồng.

Nơi nhận:
- Bộ TN&MT;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
H24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
SUBJ = "sản lượng khai thác nước khoáng"

FIGS = [
    F("có 9 giấy phép", "9", 9, "count", "giấy phép",
      subject="giấy phép khai thác nước khoáng, nước nóng thiên nhiên còn hiệu lực", period=ASOF),
    F("cấp 6 giấy phép", "6", 6, "count", "giấy phép", total=9, subject="giấy phép do UBND tỉnh cấp", period=ASOF),
    F("cấp 3 giấy phép", "3", 3, "count", "giấy phép", total=9,
      subject="giấy phép do Bộ Tài nguyên và Môi trường cấp", period=ASOF),
    F("1.840 m3/ngày đêm", "1.840", 1840, "measure", "m3/ngày đêm",
      subject="tổng lưu lượng được phép khai thác", period=ASOF),
]
ROWS = [("Nha Trang", ["41.250", "45.800", "92.000"]), ("Ninh Hòa", ["18.600", "21.350", "44.000"]),
        ("Diên Khánh", ["9.420", "10.150", "20.500"]), ("Cam Lâm", ["3.180", "4.700", "9.500"]),
        ("Tổng cộng", ["72.450", "82.000", "166.000"])]
for place, cells in ROWS:
    anchors = [f"{place} | {cells[0]}", f"{cells[0]} | {cells[1]}", f"{cells[1]} | {cells[2]}"]
    for col, (cell, anchor, per) in enumerate(zip(cells, anchors, (H23, H24, K24))):
        extra = {"status": "target"} if col == 2 else {}
        if place == "Tổng cộng":
            subj, loc = "tổng cộng " + SUBJ, "Khánh Hòa"
        else:
            subj, loc = SUBJ, place
        if col == 2:
            subj = "kế hoạch " + subj
        F_ = F(anchor, cell, float(cell.replace(".", "")), "measure", "m3", subject=subj, period=per,
               location=loc, **extra)
        FIGS.append(F_)

FIGS += [
    F("đạt 82.000 m3", "82.000", 82000, "measure", "m3", percent=49.4,
      change=C("increase", 13.2, baseline="cùng kỳ"), subject="sản lượng khai thác", period=H1),
    F("khoảng 61.500 m3", "61.500", 61500, "measure", "m3", approx="about", total=82000, percent=75,
      subject="nước dùng cho tắm khoáng, chữa bệnh", period=H1),
    F("ngân sách 6,84 tỷ đồng", "6,84", 6.84e9, "money", "đồng", change=C("increase", 9.5, baseline="cùng kỳ"),
      subject="thuế tài nguyên và phí bảo vệ môi trường đối với khai thác nước khoáng nộp ngân sách",
      period=I(H1)),
    F("khoáng sản 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", subject="tiền cấp quyền khai thác khoáng sản",
      period=I(H1)),
    F("khoảng 735.000 lượt khách", "735.000", 735000, "count", "lượt khách", approx="about", percent=18.2,
      subject="lượt khách các khu du lịch tắm bùn, tắm khoáng", period=I(H1)),
    F("đạt 166.000 m3", "166.000", 166000, "measure", "m3", status="target",
      subject="sản lượng khai thác cả năm", period=P("cả năm", "2024-01-01", "2024-12-31")),
    F("kiểm tra 100% tổ chức", "100", 100, "percent", "%", status="target",
      subject="tổ chức được cấp phép được kiểm tra", period=I(H2)),
    F("khoảng 7,5 tỷ đồng", "7,5", 7.5e9, "money", "đồng", approx="about", status="forecast",
      subject="thu ngân sách", period=H2),
]

build("p833-3", TEXT, FIGS, published="2024-07-18", location="Khánh Hòa", notes=[
    "Formal report UBND tỉnh Khánh Hòa Số 287/BC-UBND: mineral water extraction and licences, H1/2024.",
    "Flattened | table (Đơn vị tính: m3): row labels are places (location), the Tổng cộng row is Khánh Hòa;",
    "  subject from the caption 'Sản lượng khai thác'; periods from the column headers (scored, as the spec says);",
    "  the 'Kế hoạch năm 2024' column is status target. Table cells get no totals.",
    "'6 tháng đầu năm' after the table takes 2024 from the nearest earlier period (header 6 tháng 2024).",
    "'kiểm tra 100% tổ chức' sits under heading 'NHIỆM VỤ 6 THÁNG CUỐI NĂM' after 'Phấn đấu': target, inherited H2.",
    "Distractors: Số 287/BC-UBND, Công văn số 3125/BTNMT-ĐCKS ngày 10/6/2024, Luật Khoáng sản năm 2010,",
    "  Nghị định số 158/2016/NĐ-CP, section numbers I., 1.-3., II.",
])

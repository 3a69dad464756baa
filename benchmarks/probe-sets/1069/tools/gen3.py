"""p1069-3: UBND tỉnh Hà Tĩnh formal report, medical waste by treatment cluster, 6 months 2024, flattened | table."""
from lib import fig, write, P, inh, CH, TG

TEXT = """UBND TỈNH HÀ TĨNH
Số: 386/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý chất thải y tế 6 tháng đầu năm 2024

Thực hiện Công văn số 1127/MT-YT ngày 20/6/2024 của Cục Quản lý môi trường y tế, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Thu gom, xử lý theo mô hình cụm
Toàn tỉnh duy trì 4 cụm xử lý chất thải y tế đặt tại các bệnh viện đa khoa. 6 tháng đầu năm 2024, các cụm đã xử lý 259,36 tấn chất thải y tế nguy hại, đạt 52,4% kế hoạch năm, tăng 4,7% so với cùng kỳ (chi tiết tại Bảng 1).

Bảng 1. Kết quả xử lý theo cụm, 6 tháng đầu năm 2024
Đơn vị tính: kg
Cụm xử lý | Số cơ sở y tế | Chất thải lây nhiễm | Chất thải nguy hại không lây nhiễm
TP Hà Tĩnh | 42 | 118.560 | 9.870
TX Hồng Lĩnh | 35 | 41.230 | 3.150
TX Kỳ Anh | 38 | 52.740 | 4.020
Hương Khê | 29 | 27.610 | 2.180
Tổng cộng | 144 | 240.140 | 19.220

2. Xử lý nước thải y tế
Có 31/34 bệnh viện có hệ thống xử lý nước thải đạt QCVN 28:2010/BTNMT, tổng công suất khoảng 5.600 m3/ngày đêm; 3 bệnh viện còn lại đang cải tạo.

II. KHÓ KHĂN, TỒN TẠI
Chi phí xử lý bình quân 10.500 đồng/kg, trong khi mức thu hiện nay chỉ 7.000 đồng/kg. Tại huyện Hương Khê, 9 trạm y tế vùng núi chưa có phương tiện thu gom, quãng đường vận chuyển xa nhất trên 60 km.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu xử lý đạt 100% chất thải y tế nguy hại phát sinh.
2. Đầu tư 1 lò đốt hai buồng công suất 150 kg/giờ cho cụm Hương Khê, kinh phí dự kiến 6,8 tỷ đồng.

Nơi nhận: Bộ Y tế; Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inherited=True)
T = inh(P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"))
rows = [("TP Hà Tĩnh", "Hà Tĩnh", "42", "118.560", "9.870"),
        ("TX Hồng Lĩnh", "Hồng Lĩnh", "35", "41.230", "3.150"),
        ("TX Kỳ Anh", "Kỳ Anh", "38", "52.740", "4.020"),
        ("Hương Khê", "Hương Khê", "29", "27.610", "2.180"),
        ("Tổng cộng", "Hà Tĩnh", "144", "240.140", "19.220")]
FIGS = [
    fig("duy trì 4 cụm xử lý", "4", "count", "cụm xử lý", "cụm xử lý chất thải y tế"),
    fig("xử lý 259,36 tấn", "259,36", "measure", "tấn", "chất thải y tế nguy hại được các cụm xử lý", H1,
        percent=52.4, change=CH("increase", 4.7, "%", "cùng kỳ")),
]
for label, loc, n, inf, non in rows:
    tot = "tổng cộng " if label == "Tổng cộng" else ""
    FIGS += [
        fig(f"{label} | {n} |", n, "count", "cơ sở y tế", f"{tot}số cơ sở y tế", T, location=loc),
        fig(f"| {n} | {inf} |", inf, "measure", "kg", f"{tot}chất thải lây nhiễm", T, location=loc),
        fig(f"| {inf} | {non}", non, "measure", "kg", f"{tot}chất thải nguy hại không lây nhiễm", T, location=loc),
    ]
FIGS += [
    fig("Có 31/34 bệnh viện", "31", "count", "bệnh viện", "bệnh viện có hệ thống xử lý nước thải đạt quy chuẩn", total=34),
    fig("khoảng 5.600 m3/ngày đêm", "5.600", "measure", "m3/ngày đêm", "tổng công suất hệ thống xử lý nước thải",
        approx="about"),
    fig("3 bệnh viện còn lại", "3", "count", "bệnh viện", "bệnh viện còn lại đang cải tạo hệ thống xử lý nước thải"),
    fig("bình quân 10.500 đồng/kg", "10.500", "money", "đồng/kg", "chi phí xử lý bình quân"),
    fig("chỉ 7.000 đồng/kg", "7.000", "money", "đồng/kg", "mức thu"),
    fig("9 trạm y tế vùng núi", "9", "count", "trạm y tế", "trạm y tế vùng núi chưa có phương tiện thu gom",
        location="Hương Khê"),
    fig("trên 60 km", "60", "measure", "km", "quãng đường vận chuyển xa nhất", approx="over", location="Hương Khê"),
    fig("đạt 100% chất thải", "100", "percent", "%", "chất thải y tế nguy hại phát sinh được xử lý", H2, status="target"),
    fig("Đầu tư 1 lò đốt", "1", "count", "lò đốt", "lò đốt hai buồng đầu tư cho cụm Hương Khê", H2, status="target",
        location="Hương Khê"),
    fig("công suất 150 kg/giờ", "150", "measure", "kg/giờ", "công suất lò đốt hai buồng", H2, status="target",
        location="Hương Khê"),
    fig("dự kiến 6,8 tỷ đồng", "6,8", "money", "đồng", "kinh phí đầu tư lò đốt", H2, mult=1e9, status="forecast",
        location="Hương Khê"),
]
NOTES = [
    "UBND tỉnh Hà Tĩnh, report Số 386/BC-UBND (invented): medical waste by cluster, 6 months 2024, flattened | table.",
    "Not figures: Số 386/BC-UBND, Công văn số 1127/MT-YT ngày 20/6/2024, Bảng 1, QCVN 28:2010/BTNMT, section numbers I.-III., 1.-2.",
    "Table: Đơn vị tính kg applies to the waste columns; 'Số cơ sở y tế' counts cơ sở y tế. Row labels are places (location);",
    "the table period stands in the caption line (inherited). Cells get no totals; the Tổng cộng row is a figure of its own.",
    "'đạt 52,4% kế hoạch năm' is the percent of 259,36 tấn. Section III items take the heading's period (inherited) and 'Phấn đấu' / item 2 is a task (target);",
    "'kinh phí dự kiến' is forecast. '3 bệnh viện còn lại' has no part-of cue: no total.",
]
write("p1069-3", TEXT, FIGS, NOTES, published="2024-07-15", location="Hà Tĩnh")

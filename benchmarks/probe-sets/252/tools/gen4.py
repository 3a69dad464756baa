from lib import F, P, emit

TEXT = """
ỦY BAN NHÂN DÂN
THÀNH PHỐ TAM KỲ
Số: 412/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tam Kỳ, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình thực hiện các dự án nâng cấp, chỉnh trang đô thị 9 tháng đầu năm 2024

Thực hiện Công văn số 1865/SXD-QLĐT của Sở Xây dựng tỉnh Quảng Nam, UBND thành phố Tam Kỳ báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Năm 2024, thành phố triển khai 18 dự án nâng cấp, chỉnh trang đô thị với tổng vốn được bố trí 286,5 tỷ đồng, trong đó vốn ngân sách tỉnh 120 tỷ đồng, vốn ngân sách thành phố 166,5 tỷ đồng. Giá trị giải ngân 9 tháng đầu năm 2024 ước đạt 171,9 tỷ đồng, đạt 60% kế hoạch; đã hoàn thành 7 dự án, 11 dự án đang triển khai. Phân theo địa bàn, phường An Mỹ có 4 dự án, phường Hòa Thuận 3 dự án, phường Phước Hòa 2 dự án.

2. Tiến độ một số dự án trọng điểm
Bảng 1. Kết quả giải ngân (Đơn vị tính: triệu đồng)
TT | Dự án | Kế hoạch vốn năm 2024 | Giải ngân đến 30/9/2024 | Tỷ lệ (%)
1 | Chỉnh trang đô thị phường An Mỹ | 45.000 | 31.520 | 70,0
2 | Nâng cấp hạ tầng khu dân cư phường Hòa Thuận | 38.600 | 19.850 | 51,4
3 | Vỉa hè, điện chiếu sáng đường Phan Châu Trinh | 27.300 | 24.100 | 88,3
4 | Thoát nước khu phố cổ phường Phước Hòa | 52.000 | 22.880 | 44,0
Cộng | | 162.900 | 98.350 | 60,4

3. Tồn tại, hạn chế
Công tác bồi thường, giải phóng mặt bằng còn chậm; còn 26 hộ chưa bàn giao mặt bằng, chủ yếu tại dự án thoát nước khu phố cổ. Giá vật liệu xây dựng tăng từ 8% đến 12% so với dự toán được duyệt.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến ngày 31/12/2024 giải ngân đạt 100% kế hoạch vốn; hoàn thành thêm 5 dự án, nâng tổng số dự án hoàn thành lên 12 dự án.

Nơi nhận:
- Sở Xây dựng tỉnh Quảng Nam;
- TT Thành ủy, HĐND thành phố;
- Lưu: VT, QLĐT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
KH = P("Kế hoạch vốn năm 2024", "2024-01-01", "2024-12-31")
GN = P("Giải ngân đến 30/9/2024", None, "2024-09-30")
GNi = P("Giải ngân đến 30/9/2024", None, "2024-09-30", inh=True)
Q4 = P("đến ngày 31/12/2024", None, "2024-12-31")
SUBJ = "dự án nâng cấp, chỉnh trang đô thị"

ROWS = [
    ("Chỉnh trang đô thị phường An Mỹ", "45.000", "31.520", "70,0"),
    ("Nâng cấp hạ tầng khu dân cư phường Hòa Thuận", "38.600", "19.850", "51,4"),
    ("Vỉa hè, điện chiếu sáng đường Phan Châu Trinh", "27.300", "24.100", "88,3"),
    ("Thoát nước khu phố cổ phường Phước Hòa", "52.000", "22.880", "44,0"),
    ("Cộng", "162.900", "98.350", "60,4"),
]

FIGS = [
    F("triển khai 18 dự án", "18", "count", "dự án", SUBJ, period=Y24),
    F("bố trí 286,5 tỷ đồng", "286,5", "money", "đồng", "tổng vốn được bố trí cho dự án nâng cấp, chỉnh trang đô thị",
      mult=1e9, period=Y24),
    F("tỉnh 120 tỷ đồng", "120", "money", "đồng", "vốn ngân sách tỉnh", mult=1e9, total=286.5e9, period=Y24),
    F("phố 166,5 tỷ đồng", "166,5", "money", "đồng", "vốn ngân sách thành phố", mult=1e9, total=286.5e9, period=Y24),
    F("ước đạt 171,9 tỷ đồng", "171,9", "money", "đồng", "giá trị giải ngân", mult=1e9, percent=60,
      status="estimate", period=M9),
    F("hoàn thành 7 dự án", "7", "count", "dự án", "dự án đã hoàn thành", period=M9),
    F("11 dự án đang", "11", "count", "dự án", "dự án đang triển khai", period=M9),
    F("An Mỹ có 4 dự án", "4", "count", "dự án", SUBJ + " phường An Mỹ", period=M9i),
    F("Hòa Thuận 3 dự án", "3", "count", "dự án", SUBJ + " phường Hòa Thuận", period=M9i),
    F("Phước Hòa 2 dự án", "2", "count", "dự án", SUBJ + " phường Phước Hòa", period=M9i),
]
for label, kh, gn, tl in ROWS:
    FIGS.append(F(f"| {kh} |", kh, "money", "đồng", f"{label} kế hoạch vốn năm 2024", mult=1e6,
                  status="target", period=KH))
    FIGS.append(F(f"| {gn} |", gn, "money", "đồng", f"{label} giải ngân đến 30/9/2024", mult=1e6, period=GN))
    FIGS.append(F(f"| {tl}\n", tl, "percent", "%", f"{label} tỷ lệ giải ngân", period=GNi))

FIGS += [
    F("còn 26 hộ", "26", "count", "hộ", "hộ chưa bàn giao mặt bằng", period=P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)),
    F("từ 8% đến 12%", "8", "percent", "%", "mức tăng giá vật liệu xây dựng so với dự toán được duyệt", value_max=12,
      period=M9i),
    F("đạt 100% kế hoạch vốn", "100", "percent", "%", "tỷ lệ giải ngân kế hoạch vốn", status="target", period=Q4),
    F("thêm 5 dự án", "5", "count", "dự án", "dự án hoàn thành thêm", status="target", period=Q4),
    F("lên 12 dự án", "12", "count", "dự án", "tổng số dự án hoàn thành", status="target", period=Q4),
]

COMMENTS = [
    "Formal report of UBND thành phố Tam Kỳ (letterhead 'Số: 412/BC-UBND', place-and-date line = published): urban upgrade projects, 9 months 2024.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng': money cells ×10^6; the '(%)' column is percent. 'Kế hoạch vốn' column = status target.",
    "Subject = row label + column label; period from the column header (the '(%)' column has none: inherited from 'Giải ngân đến 30/9/2024').",
    "Table rows are projects, not places (a ward inside a project name is no location): location Tam Kỳ. Row numbers 1-4 are not figures.",
    "Wards are below district level (FIGURES.md: province, city or district), so the ward list items keep Tam Kỳ and name the ward in the subject.",
    "120 and 166,5 tỷ follow 'trong đó' after 286,5 tỷ: total. 'đạt 60% kế hoạch' is the percent of 171,9 tỷ. '7 dự án, 11 dự án' have no part-of cue.",
    "'tăng từ 8% đến 12% so với dự toán' is a rate as the claim (range, no change). Distractors: Số 412/BC-UBND, Công văn số 1865/SXD-QLĐT, 'Bảng 1', 'quý IV/2024' heading.",
]

emit(4, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Tam Kỳ")

from lib import *

text = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động
Công bố thông tin về nhà ở và thị trường bất động sản quý III năm 2024
05/11/2024 | 10:32

Bộ Xây dựng vừa ban hành Báo cáo số 215/BC-BXD về tình hình nhà ở và thị trường bất động sản quý III/2024. Theo đó, trong quý, cả nước có 21 dự án nhà ở thương mại được cấp phép mới với 11.743 căn, tăng 29% so với quý trước; 14 dự án đủ điều kiện bán nhà ở hình thành trong tương lai với 7.216 căn.

Về giao dịch, tổng lượng giao dịch bất động sản quý III đạt khoảng 163.000 giao dịch thành công, tăng 54% so với quý II, trong đó đất nền chiếm khoảng 83%.

Giá bán căn hộ chung cư tại một số địa phương như sau:
Đơn vị tính: triệu đồng/m2
Địa phương	Quý II/2024	Quý III/2024	Tăng so với quý II (%)
Hà Nội	62,4	66,1	5,9
TP Hồ Chí Minh	65,8	67,3	2,3
Đà Nẵng	49,5	51,2	3,4
Hải Phòng	38,0	39,6	4,2
Bình Dương	35,7	36,4	2,0

Về nhà ở xã hội, từ năm 2021 đến nay, cả nước đã hoàn thành 78 dự án với 36.608 căn; khởi công 140 dự án với 127.262 căn. Chỉ tiêu năm 2024 hoàn thành 130.000 căn, đến nay mới đạt khoảng 37% kế hoạch. Gói tín dụng 120 nghìn tỷ đồng mới giải ngân được 1.331 tỷ đồng, gồm 1.050 tỷ đồng cho chủ đầu tư và 281 tỷ đồng cho người mua nhà.

Một số địa phương đã hoàn thành vượt kế hoạch năm như Bắc Ninh đạt 153%, Bình Định 121%, Thái Nguyên 108%. Bộ Xây dựng đề nghị các địa phương còn lại khẩn trương rà soát quỹ đất 20% trong các dự án nhà ở thương mại để phát triển nhà ở xã hội theo quy định."""

Q = P("trong quý", "2024-07-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
Q2h = P("Quý II/2024", "2024-04-01", "2024-06-30")
Q3h = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = I("Quý III/2024", "2024-07-01", "2024-09-30")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-11-05")
figs = [
    F("có 21 dự án", "21", 21, "count", "dự án", "dự án nhà ở thương mại được cấp phép mới", Q),
    F("với 11.743 căn", "11.743", 11743, "count", "căn", "căn nhà ở thương mại được cấp phép mới", Q,
      change=C("increase", 29, "%", "quý trước")),
    F("; 14 dự án", "14", 14, "count", "dự án", "dự án đủ điều kiện bán nhà ở hình thành trong tương lai", Q),
    F("với 7.216 căn", "7.216", 7216, "count", "căn", "căn nhà ở hình thành trong tương lai đủ điều kiện bán", Q),
    F("khoảng 163.000 giao dịch", "163.000", 163000, "count", "giao dịch", "giao dịch bất động sản thành công", Q3,
      approx="about", change=C("increase", 54, "%", "quý II")),
    F("chiếm khoảng 83%", "83", 83, "percent", "%", "tỷ trọng giao dịch đất nền", Q3, approx="about"),
]
rows = [("Hà Nội", "62,4", "66,1", "5,9"), ("TP Hồ Chí Minh", "65,8", "67,3", "2,3"), ("Đà Nẵng", "49,5", "51,2", "3,4"),
        ("Hải Phòng", "38,0", "39,6", "4,2"), ("Bình Dương", "35,7", "36,4", "2,0")]
num = lambda s: float(s.replace(",", "."))
for place, a, b, c in rows:
    figs += [
        F(f"{place}\t{a}\t", a, num(a) * 1e6, "money", "đồng/m2", "giá bán căn hộ chung cư", Q2h, location=place),
        F(f"{a}\t{b}\t", b, num(b) * 1e6, "money", "đồng/m2", "giá bán căn hộ chung cư", Q3h, location=place),
        F(f"{b}\t{c}", c, num(c), "percent", "%", "tăng giá bán căn hộ chung cư so với quý II", Q3i, location=place),
    ]
figs += [
    F("hoàn thành 78 dự án", "78", 78, "count", "dự án", "dự án nhà ở xã hội hoàn thành", SINCE),
    F("với 36.608 căn", "36.608", 36608, "count", "căn", "căn nhà ở xã hội hoàn thành", SINCE),
    F("khởi công 140 dự án", "140", 140, "count", "dự án", "dự án nhà ở xã hội khởi công", SINCE),
    F("với 127.262 căn", "127.262", 127262, "count", "căn", "căn nhà ở xã hội khởi công", SINCE),
    F("hoàn thành 130.000 căn", "130.000", 130000, "count", "căn", "chỉ tiêu nhà ở xã hội hoàn thành",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 37% kế hoạch", "37", 37, "percent", "%", "tỷ lệ hoàn thành kế hoạch nhà ở xã hội", P("đến nay", None, "2024-11-05"),
      approx="about"),
    F("Gói tín dụng 120 nghìn tỷ", "120", 120e12, "money", "đồng", "gói tín dụng nhà ở xã hội", optional=True),
    F("được 1.331 tỷ đồng", "1.331", 1331e9, "money", "đồng", "giải ngân gói tín dụng", I("đến nay", None, "2024-11-05")),
    F("gồm 1.050 tỷ đồng", "1.050", 1050e9, "money", "đồng", "giải ngân cho chủ đầu tư", I("đến nay", None, "2024-11-05"),
      total=1331e9),
    F("và 281 tỷ đồng", "281", 281e9, "money", "đồng", "giải ngân cho người mua nhà", I("đến nay", None, "2024-11-05"),
      total=1331e9),
    F("Bắc Ninh đạt 153%", "153", 153, "percent", "%", "tỷ lệ hoàn thành kế hoạch năm nhà ở xã hội",
      I("năm 2024", "2024-01-01", "2024-12-31"), location="Bắc Ninh"),
    F("Bình Định 121%", "121", 121, "percent", "%", "tỷ lệ hoàn thành kế hoạch năm nhà ở xã hội",
      I("năm 2024", "2024-01-01", "2024-12-31"), location="Bình Định"),
    F("Thái Nguyên 108%", "108", 108, "percent", "%", "tỷ lệ hoàn thành kế hoạch năm nhà ở xã hội",
      I("năm 2024", "2024-01-01", "2024-12-31"), location="Thái Nguyên"),
    F("quỹ đất 20%", "20", 20, "percent", "%", "quỹ đất trong các dự án nhà ở thương mại để phát triển nhà ở xã hội", optional=True),
]
write(7, text, figs, [
    "Bộ Xây dựng portal (ministry site): housing and real-estate market quý III/2024; tab-separated table of apartment prices by city.",
    "Dateline '05/11/2024 | 10:32'. Distractors: 'Báo cáo số 215/BC-BXD', section tag 'Tin hoạt động', 'từ năm 2021 đến nay' as a period.",
    "'trong quý' (in a quarterly report, after 'quý III/2024' in the same paragraph) is quý III/2024. 11.743 căn carries 'tăng 29% so với quý trước'.",
    "Table with 'Đơn vị tính: triệu đồng/m2': the two price columns are money (đồng/m2, ×10⁶) with the column header as period (quý II/III 2024),",
    "the '(%)' column is a percent growth (no change object) with quý III/2024 inherited. Row labels are places: location; subject from the column.",
    "'Chỉ tiêu năm 2024 hoàn thành 130.000 căn' is a target figure; 'đến nay mới đạt khoảng 37% kế hoạch' a percent figure (no base amount).",
    "'Gói tín dụng 120 nghìn tỷ đồng' names the package (optional). 1.050 and 281 tỷ after 'gồm' are parts of 1.331 tỷ (đến nay, inherited).",
    "List 'Bắc Ninh đạt 153%, Bình Định 121%, Thái Nguyên 108%': places are locations. 'quỹ đất 20%' is a legal rule, optional.",
], published="2024-11-05", location="Việt Nam")

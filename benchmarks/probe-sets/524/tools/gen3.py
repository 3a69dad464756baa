"""p524-3: formal report (UBND tỉnh Bắc Ninh), social housing and planning, 9 months 2024; flattened '|' table."""
from lib import F, P, I, CH, T, emit

TEXT = """ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC NINH                Độc lập - Tự do - Hạnh phúc
Số: 286/BC-UBND              Bắc Ninh, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển nhà ở xã hội và công tác quy hoạch 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Phát triển nhà ở xã hội
Tính đến ngày 30/9/2024, trên địa bàn tỉnh có 31 dự án nhà ở xã hội được chấp thuận chủ trương đầu tư, quy mô 29.870 căn. Trong 9 tháng năm 2024, hoàn thành 4.615 căn, đạt 76,9% kế hoạch năm (kế hoạch 6.000 căn), tăng 21,3% so với cùng kỳ.

Bảng 1. Kết quả phát triển nhà ở xã hội theo địa bàn (Đơn vị tính: căn)
Địa bàn | Kế hoạch năm 2024 | Thực hiện 9 tháng | Ước cả năm 2024
TP. Bắc Ninh | 2.100 | 1.685 | 2.150
TX. Quế Võ | 1.500 | 1.120 | 1.480
Huyện Yên Phong | 1.400 | 1.030 | 1.390
TP. Từ Sơn | 1.000 | 780 | 1.010
Tổng cộng | 6.000 | 4.615 | 6.030

2. Công tác quy hoạch
Trong 9 tháng, UBND tỉnh phê duyệt 14 đồ án quy hoạch phân khu và 37 đồ án quy hoạch chi tiết tỷ lệ 1/500; thời gian thẩm định bình quân 18 ngày/đồ án, giảm 7 ngày so với năm 2023. Tỷ lệ phủ kín quy hoạch phân khu tại các đô thị đạt 85%.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu hoàn thành 1.385 căn còn lại để đạt kế hoạch năm; khởi công mới ít nhất 3 dự án với khoảng 3.200 căn.
2. Hoàn thành lập quy hoạch chung đô thị Bắc Ninh đến năm 2045.

Nơi nhận:
- Bộ Xây dựng;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, XD.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
E24 = P("Ước cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")
SUBJ = "kết quả phát triển nhà ở xã hội"

FIGS = [
    F("có 31 dự án", "31", 31, "count", "dự án", "dự án nhà ở xã hội được chấp thuận chủ trương đầu tư", ASOF),
    F("quy mô 29.870 căn", "29.870", 29870, "count", "căn", "quy mô dự án nhà ở xã hội được chấp thuận chủ trương đầu tư", ASOF),
    F("hoàn thành 4.615 căn", "4.615", 4615, "count", "căn", "căn nhà ở xã hội hoàn thành", M9,
      percent=76.9, change=CH("increase", 21.3, "%", "cùng kỳ"), target=T(6000, "căn")),
]

ROWS = [
    ("TP. Bắc Ninh | 2.100", "2.100", 2100, "2.100 | 1.685", "1.685", 1685, "1.685 | 2.150", "2.150", 2150, "Bắc Ninh"),
    ("Quế Võ | 1.500", "1.500", 1500, "1.500 | 1.120", "1.120", 1120, "1.120 | 1.480", "1.480", 1480, "Quế Võ"),
    ("Yên Phong | 1.400", "1.400", 1400, "1.400 | 1.030", "1.030", 1030, "1.030 | 1.390", "1.390", 1390, "Yên Phong"),
    ("Từ Sơn | 1.000", "1.000", 1000, "| 780 |", "780", 780, "780 | 1.010", "1.010", 1010, "Từ Sơn"),
    ("Tổng cộng | 6.000", "6.000", 6000, "6.000 | 4.615", "4.615", 4615, "4.615 | 6.030", "6.030", 6030, "Bắc Ninh"),
]
for a1, n1, v1, a2, n2, v2, a3, n3, v3, loc in ROWS:
    FIGS += [
        F(a1, n1, v1, "count", "căn", SUBJ + " kế hoạch năm 2024", Y24, status="target", location=loc),
        F(a2, n2, v2, "count", "căn", SUBJ + " thực hiện 9 tháng", M9b, location=loc),
        F(a3, n3, v3, "count", "căn", SUBJ + " ước cả năm 2024", E24, status="estimate", location=loc),
    ]

FIGS += [
    F("duyệt 14 đồ án", "14", 14, "count", "đồ án", "đồ án quy hoạch phân khu được phê duyệt", M9b),
    F("và 37 đồ án", "37", 37, "count", "đồ án", "đồ án quy hoạch chi tiết được phê duyệt", M9b),
    F("bình quân 18 ngày/đồ án", "18", 18, "measure", "ngày/đồ án", "thời gian thẩm định bình quân", M9b,
      change=CH("decrease", 7, "ngày", "năm 2023")),
    F("đạt 85%", "85", 85, "percent", "%", "tỷ lệ phủ kín quy hoạch phân khu tại các đô thị", I(ASOF)),
    F("hoàn thành 1.385 căn", "1.385", 1385, "count", "căn", "căn nhà ở xã hội còn lại cần hoàn thành", I(Q4), status="target"),
    F("ít nhất 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở xã hội khởi công mới", I(Q4), approx="at_least", status="target"),
    F("khoảng 3.200 căn", "3.200", 3200, "count", "căn", "căn nhà ở xã hội khởi công mới", I(Q4), approx="about", status="target"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Bắc Ninh, 'Số: 286/BC-UBND', 'Bắc Ninh, ngày 07 tháng 10 năm 2024' (= published).",
    "Flattened '|' table (Đơn vị tính: căn): every numeric cell is a figure; 'Kế hoạch năm 2024' column → target, 'Ước cả năm 2024' →",
    "estimate, 'Thực hiện 9 tháng' → actual (year 2024 from the title). Row places go to location (TP. Bắc Ninh and Tổng cộng → Bắc Ninh).",
    "Cells get no total (as in shared h23/h24). '(kế hoạch 6.000 căn)' after 4.615 căn is that figure's target, not a figure of its own.",
    "Distractors: Số 286/BC-UBND, 'Bảng 1', section numbers I./II./1./2., 'tỷ lệ 1/500', 'đến năm 2045', 'QUÝ IV/2024' heading.",
    "Quý IV tasks inherit the heading's period (not scored). '18 ngày/đồ án … giảm 7 ngày' carries the change.",
]

if __name__ == "__main__":
    emit("p524-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Bắc Ninh")

from lib import *

TEXT = """
UBND TỈNH QUẢNG NGÃI
SỞ Y TẾ
Số: 218/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 22 tháng 7 năm 2024

BÁO CÁO
Tình hình sử dụng giường bệnh và quá tải tại các bệnh viện công lập 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động khám bệnh, chữa bệnh
6 tháng đầu năm 2024, các bệnh viện công lập trên địa bàn tỉnh khám bệnh cho 1.043.280 lượt người, bằng 54,1% kế hoạch năm; điều trị nội trú 96.715 lượt người, tăng 6,2% so với cùng kỳ năm 2023. Công suất sử dụng giường bệnh chung toàn tỉnh đạt 101,4%.

2. Giường bệnh tại một số bệnh viện (Bảng 1)
Đơn vị tính: giường
Bệnh viện | Giường được giao | Giường thực kê | Công suất (%)
Bệnh viện Đa khoa tỉnh | 1.100 | 1.380 | 126,3
Bệnh viện Sản - Nhi | 500 | 620 | 118,7
Bệnh viện Đa khoa Đặng Thùy Trâm | 350 | 395 | 104,2
Trung tâm Y tế huyện Bình Sơn | 220 | 250 | 97,5
Trung tâm Y tế thị xã Đức Phổ | 180 | 180 | 88,0

II. KHÓ KHĂN, VƯỚNG MẮC
Số bác sĩ của tỉnh mới đạt 9,8 bác sĩ/vạn dân, thấp hơn bình quân cả nước (13,5 bác sĩ/vạn dân). Toàn ngành còn thiếu khoảng 320 bác sĩ; từ năm 2021 đến nay có 96 bác sĩ nghỉ việc, chuyển công tác ra ngoài tỉnh.

III. ĐỀ XUẤT, KIẾN NGHỊ
Dự kiến giai đoạn 2025-2027 đầu tư Khối điều trị nội trú 300 giường của Bệnh viện Đa khoa tỉnh với tổng mức đầu tư 215 tỷ đồng. Đề nghị UBND tỉnh xem xét, bố trí vốn theo Nghị quyết số 09/2024/NQ-HĐND.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, NVY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
GD = P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
ROWS = [
    ("Bệnh viện Đa khoa tỉnh", None, "1.100", "1.380", "126,3"),
    ("Bệnh viện Sản - Nhi", None, "500", "620", "118,7"),
    ("Bệnh viện Đa khoa Đặng Thùy Trâm", None, "350", "395", "104,2"),
    ("Trung tâm Y tế huyện Bình Sơn", "Bình Sơn", "220", "250", "97,5"),
    ("Trung tâm Y tế thị xã Đức Phổ", "Đức Phổ", "180", "180", "88,0"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("cho 1.043.280 lượt", "1.043.280", 1043280, "count", "lượt người", "lượt khám bệnh", percent=54.1, period=H1),
    F("nội trú 96.715 lượt", "96.715", 96715, "count", "lượt người", "lượt điều trị nội trú",
      change=CH("increase", 6.2, "%", "cùng kỳ năm 2023"), period=H1),
    F("đạt 101,4%", "101,4", 101.4, "percent", "%", "công suất sử dụng giường bệnh chung toàn tỉnh", period=H1i),
]
for label, loc, a, b, c in ROWS:
    line = f"{label} | {a} | {b} | {c}"
    kw = {"location": loc} if loc else {}
    FIGS.append(F(f"{label} | {a} |", a, num(a), "count", "giường", f"Giường được giao {label}", period=H1i, **kw))
    FIGS.append(F(f"| {b} | {c}", b, num(b), "count", "giường", f"Giường thực kê {label}", period=H1i, **kw))
    FIGS.append(F(f"{b} | {c}", c, num(c), "percent", "%", f"Công suất {label}", period=H1i, **kw))

FIGS += [
    F("đạt 9,8 bác sĩ", "9,8", 9.8, "measure", "bác sĩ/vạn dân", "số bác sĩ trên vạn dân", period=H1i),
    F("(13,5 bác sĩ/vạn dân)", "13,5", 13.5, "measure", "bác sĩ/vạn dân", "số bác sĩ trên vạn dân bình quân cả nước",
      location="Việt Nam", period=H1i),
    F("khoảng 320 bác sĩ", "320", 320, "count", "bác sĩ", "bác sĩ còn thiếu", approx="about", period=H1i),
    F("có 96 bác sĩ", "96", 96, "count", "bác sĩ", "bác sĩ nghỉ việc, chuyển công tác ra ngoài tỉnh",
      period=P("từ năm 2021 đến nay", "2021-01-01", "2024-07-22")),
    F("trú 300 giường", "300", 300, "count", "giường", "giường Khối điều trị nội trú", status="forecast", period=GD),
    F("215 tỷ đồng", "215", 215e9, "money", "đồng", "tổng mức đầu tư Khối điều trị nội trú", status="forecast", period=GD),
]

build(4, TEXT, FIGS, [
    "Formal report of Sở Y tế Quảng Ngãi, letterhead 'Số: 218/BC-SYT', place-and-date line 'Quảng Ngãi, ngày 22 tháng 7 năm 2024' (= published).",
    "Flattened '|' table under 'Đơn vị tính: giường' with a 'Công suất (%)' column: every cell a figure, subject = column + row label;",
    "district health centres (Bình Sơn, Đức Phổ) go to location. Table period from the report title (inherited). No totals for table cells.",
    "'bằng 54,1% kế hoạch năm' is the share (percent) of 1.043.280. '(13,5 bác sĩ/vạn dân)' national average: a figure, location Việt Nam.",
    "'Dự kiến giai đoạn 2025-2027' makes 300 giường and 215 tỷ forecasts. Distractors: 'Số: 218/BC-SYT', 'Nghị quyết số 09/2024/NQ-HĐND', section numbers, 'Bảng 1'.",
], published="2024-07-22", location="Quảng Ngãi")

"""p958-3: formal report UBND tỉnh Thái Bình, 9 months 2024, flattened | table by locality."""
from lib import *

TEXT = """UBND TỈNH THÁI BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Thái Bình, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý nước thải sinh hoạt đô thị 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng thu gom, xử lý
Toàn tỉnh hiện có 3 nhà máy xử lý nước thải đô thị đang vận hành, tổng công suất thiết kế 38.500 m3/ngày đêm. Mạng lưới cống thu gom có tổng chiều dài khoảng 186 km, trong đó 74,5 km được đầu tư mới từ năm 2021 đến nay.
2. Kết quả đấu nối
9 tháng đầu năm 2024, các địa phương đã đấu nối mới 2.148 hộ, đạt 71,6% kế hoạch năm (3.000 hộ). Tính đến ngày 30/9/2024, tổng số hộ đã đấu nối là 27.905 hộ. Lượng nước thải được thu gom, xử lý bình quân đạt 24.300 m3/ngày đêm, tăng 8,2% so với cùng kỳ năm 2023 (chi tiết tại Bảng 1).

Bảng 1. Công suất và lượng nước thải xử lý theo địa bàn
Đơn vị tính: m3/ngày đêm
Địa bàn | Công suất thiết kế | Thực hiện 9 tháng 2024 | Kế hoạch năm 2025
TP Thái Bình | 30.000 | 19.600 | 24.000
Huyện Tiền Hải | 5.000 | 3.100 | 4.000
Huyện Quỳnh Phụ | 3.500 | 1.600 | 2.500
Tổng cộng | 38.500 | 24.300 | 30.500

II. TỒN TẠI, HẠN CHẾ
Nhà máy xử lý nước thải TP Thái Bình mới vận hành khoảng 65% công suất; còn khoảng 4.700 hộ trong khu vực đã có tuyến cống nhưng chưa đấu nối. Kinh phí vận hành năm 2024 ước khoảng 14,2 tỷ đồng, trong khi nguồn thu phí thoát nước chỉ đạt 5,8 tỷ đồng.

III. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu đấu nối thêm 852 hộ để hoàn thành chỉ tiêu 3.000 hộ của năm 2024; hoàn thành 3,5 km cống thu gom dọc Quốc lộ 37B tại huyện Tiền Hải.
2. Dự kiến bố trí 96 tỷ đồng cho các dự án thoát nước năm 2025 theo Kế hoạch số 115/KH-UBND ngày 20/3/2024 của UBND tỉnh.
"""

SINCE21 = P("từ năm 2021 đến nay", "2021-01-01", "2024-10-15")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
COL9 = P("Thực hiện 9 tháng 2024", "2024-01-01", "2024-09-30")
COL25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

CAP = "công suất thiết kế"
DONE = "lượng nước thải xử lý thực hiện 9 tháng 2024"
PLAN = "lượng nước thải xử lý kế hoạch năm 2025"
ROWS = [("TP Thái Bình | 30.000 |", "| 19.600 |", "| 24.000", "Thái Bình", ("30.000", "19.600", "24.000")),
        ("Hải | 5.000 |", "| 3.100 |", "| 4.000", "Tiền Hải", ("5.000", "3.100", "4.000")),
        ("Phụ | 3.500 |", "| 1.600 |", "| 2.500", "Quỳnh Phụ", ("3.500", "1.600", "2.500")),
        ("| 38.500 |", "| 24.300 |", "| 30.500", "Thái Bình", ("38.500", "24.300", "30.500"))]

FIGS = [
    F("có 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy xử lý nước thải đô thị đang vận hành"),
    F("thiết kế 38.500 m3", "38.500", 38500, "measure", "m3/ngày đêm", "tổng công suất thiết kế nhà máy xử lý nước thải đô thị"),
    F("khoảng 186 km", "186", 186, "measure", "km", "tổng chiều dài mạng lưới cống thu gom", approx="about"),
    F("đó 74,5 km", "74,5", 74.5, "measure", "km", "cống thu gom được đầu tư mới", SINCE21, total=186),
    F("mới 2.148 hộ", "2.148", 2148, "count", "hộ", "hộ đấu nối mới", M9, percent=71.6, target=T(3000, "hộ")),
    F("là 27.905 hộ", "27.905", 27905, "count", "hộ", "tổng số hộ đã đấu nối", ASOF),
    F("đạt 24.300 m3", "24.300", 24300, "measure", "m3/ngày đêm", "lượng nước thải được thu gom, xử lý bình quân", I(M9),
      change=C("increase", 8.2, "%", "cùng kỳ năm 2023")),
]
for a1, a2, a3, place, (n1, n2, n3) in ROWS:
    FIGS += [
        F(a1, n1, float(n1.replace(".", "")), "measure", "m3/ngày đêm", CAP, location=place),
        F(a2, n2, float(n2.replace(".", "")), "measure", "m3/ngày đêm", DONE, COL9, location=place),
        F(a3, n3, float(n3.replace(".", "")), "measure", "m3/ngày đêm", PLAN, COL25, status="target", location=place),
    ]
FIGS += [
    F("khoảng 65% công suất", "65", 65, "percent", "%", "công suất vận hành nhà máy xử lý nước thải TP Thái Bình", approx="about"),
    F("khoảng 4.700 hộ", "4.700", 4700, "count", "hộ", "hộ trong khu vực đã có tuyến cống nhưng chưa đấu nối", approx="about"),
    F("khoảng 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "kinh phí vận hành", Y24, approx="about", status="estimate"),
    F("đạt 5,8 tỷ đồng", "5,8", 5.8e9, "money", "đồng", "nguồn thu phí thoát nước", Y24),
    F("thêm 852 hộ", "852", 852, "count", "hộ", "hộ đấu nối thêm", Q4, status="target"),
    F("chỉ tiêu 3.000 hộ", "3.000", 3000, "count", "hộ", "chỉ tiêu hộ đấu nối mới", Y24, status="target", optional=True),
    F("thành 3,5 km", "3,5", 3.5, "measure", "km", "cống thu gom hoàn thành", Q4, status="target", location="Tiền Hải"),
    F("bố trí 96 tỷ đồng", "96", 96e9, "money", "đồng", "vốn bố trí cho các dự án thoát nước", Y25, status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Thái Bình: thu gom, xử lý nước thải đô thị 9 tháng 2024, flattened table (Đơn vị tính: m3/ngày đêm).",
    "Table: row label is a place (location), subject = column label; 'Kế hoạch năm 2025' column is target; periods from the headers.",
    "Table cells carry no total (the Tổng cộng row is a figure of its own, location the province).",
    "'đạt 71,6% kế hoạch năm (3.000 hộ)': percent 71.6 and target 3000 hộ of 2.148. The later 'chỉ tiêu 3.000 hộ của năm 2024'",
    "restates that plan (optional). 852 hộ and 3,5 km take the heading 'QUÝ IV/2024' (inherited); 'Phấn đấu' → target; 'Dự kiến' → forecast.",
    "'ước khoảng 14,2 tỷ' is estimate; '5,8 tỷ' has its own verb ('chỉ đạt') → actual. '74,5 km' follows 'trong đó' after 186 km → total.",
]

build("p958-3", TEXT, FIGS, published="2024-10-15", location="Thái Bình", notes=NOTES)

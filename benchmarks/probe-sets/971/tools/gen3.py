"""p971-3: formal report (UBND tỉnh Quảng Trị), grassroots sports facilities 9 months 2024, flattened | table."""
from lib import F, P, I, C, T, write

text = """UBND TỈNH QUẢNG TRỊ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển thiết chế thể thao cơ sở 9 tháng đầu năm 2024

Thực hiện Công văn số 3512/BVHTTDL-TDTT ngày 02/8/2024 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Thiết chế thể thao
Tính đến ngày 30/9/2024, toàn tỉnh có 1.684 sân thể thao các loại, tăng 5,2% so với cuối năm 2023. Số sân tại 4 địa bàn có phong trào mạnh như sau:

Đơn vị tính: sân
Địa bàn | Sân bóng đá mini | Sân tennis | Sân cầu lông, bóng chuyền
Thành phố Đông Hà | 58 | 41 | 236
Thị xã Quảng Trị | 12 | 9 | 74
Huyện Gio Linh | 21 | 6 | 187
Huyện Hải Lăng | 19 | 5 | 203
Cộng | 110 | 61 | 700

2. Câu lạc bộ và người tập luyện
Toàn tỉnh hiện có 742 câu lạc bộ thể dục thể thao cơ sở (trong đó 96 câu lạc bộ tennis, 138 câu lạc bộ bóng đá), thu hút khoảng 21.300 hội viên. Tỷ lệ người tập luyện thể dục thể thao thường xuyên ước đạt 34,1%, bằng 97,4% kế hoạch năm; số gia đình thể thao ước đạt 27,6%.
Trong 9 tháng, tỉnh tổ chức 18 giải thể thao cấp tỉnh, bằng 72% kế hoạch năm; kinh phí sự nghiệp thể dục thể thao đã giải ngân 6,42 tỷ đồng/8,9 tỷ đồng dự toán.

II. KHÓ KHĂN, HẠN CHẾ
Còn 23/125 xã, phường, thị trấn chưa có sân thể thao đạt chuẩn theo Thông tư số 05/2018/TT-BVHTTDL; nhiều sân tennis xuống cấp.

III. NHIỆM VỤ QUÝ IV/2024
1. Dự kiến đưa vào sử dụng thêm 14 sân bóng đá mini.
2. Phấn đấu cả năm 2024 tỷ lệ người tập luyện thường xuyên đạt 35%.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
T_ = I(ASOF)
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)
cells = [
    # anchor, number, column subject, location
    ("Thành phố Đông Hà | 58", "58", "sân bóng đá mini", "Đông Hà"),
    ("58 | 41", "41", "sân tennis", "Đông Hà"),
    ("41 | 236", "236", "sân cầu lông, bóng chuyền", "Đông Hà"),
    ("Thị xã Quảng Trị | 12", "12", "sân bóng đá mini", "Quảng Trị"),
    ("12 | 9 |", "9", "sân tennis", "Quảng Trị"),
    ("9 | 74", "74", "sân cầu lông, bóng chuyền", "Quảng Trị"),
    ("Huyện Gio Linh | 21", "21", "sân bóng đá mini", "Gio Linh"),
    ("21 | 6 |", "6", "sân tennis", "Gio Linh"),
    ("6 | 187", "187", "sân cầu lông, bóng chuyền", "Gio Linh"),
    ("Huyện Hải Lăng | 19", "19", "sân bóng đá mini", "Hải Lăng"),
    ("19 | 5 |", "5", "sân tennis", "Hải Lăng"),
    ("5 | 203", "203", "sân cầu lông, bóng chuyền", "Hải Lăng"),
    ("Cộng | 110", "110", "sân bóng đá mini cộng 4 địa bàn", "Quảng Trị"),
    ("110 | 61", "61", "sân tennis cộng 4 địa bàn", "Quảng Trị"),
    ("61 | 700", "700", "sân cầu lông, bóng chuyền cộng 4 địa bàn", "Quảng Trị"),
]
figs = [
    F("có 1.684 sân", "1.684", 1684, "count", "sân", "sân thể thao các loại", ASOF,
      change=C("increase", 5.2, "%", "cuối năm 2023")),
    F("Số sân tại 4 địa bàn", "4", 4, "count", "địa bàn", optional=True),
]
figs += [F(a, n, float(n), "count", "sân", s, T_, location=loc) for a, n, s, loc in cells]
figs += [
    F("hiện có 742 câu lạc bộ", "742", 742, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở"),
    F("trong đó 96 câu lạc bộ", "96", 96, "count", "câu lạc bộ", "câu lạc bộ tennis", total=742),
    F("138 câu lạc bộ", "138", 138, "count", "câu lạc bộ", "câu lạc bộ bóng đá", total=742),
    F("khoảng 21.300 hội viên", "21.300", 21300, "count", "hội viên", "hội viên câu lạc bộ thể dục thể thao cơ sở",
      approx="about"),
    F("ước đạt 34,1%", "34,1", 34.1, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", M9,
      status="estimate"),
    F("bằng 97,4% kế hoạch", "97,4", 97.4, "percent", "%",
      "tỷ lệ người tập luyện thể dục thể thao thường xuyên so với kế hoạch năm", M9, status="estimate"),
    F("ước đạt 27,6%", "27,6", 27.6, "percent", "%", "gia đình thể thao", M9, status="estimate"),
    F("tổ chức 18 giải", "18", 18, "count", "giải", "giải thể thao cấp tỉnh được tổ chức",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"), percent=72),
    F("giải ngân 6,42 tỷ đồng", "6,42", 6.42e9, "money", "đồng", "kinh phí sự nghiệp thể dục thể thao đã giải ngân",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"), target=T(8.9e9, "đồng")),
    F("Còn 23/125 xã", "23", 23, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn chưa có sân thể thao đạt chuẩn", total=125),
    F("thêm 14 sân", "14", 14, "count", "sân", "sân bóng đá mini đưa vào sử dụng thêm", Q4, status="forecast"),
    F("đạt 35%", "35", 35, "percent", "%", "tỷ lệ người tập luyện thường xuyên",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

write(3, text, figs, published="2024-10-14", location="Quảng Trị", notes=[
    "Formal report (UBND tỉnh Quảng Trị, Số: 287/BC-UBND): sports facilities and clubs, 9 months 2024; flattened | table",
    "(Đơn vị tính: sân; rows = districts -> location; Cộng row = sum of the 4 districts, location Quảng Trị).",
    "Table cells inherit 'Tính đến ngày 30/9/2024' from the sentence above. Section numbers, document numbers, dates are not figures.",
    "'bằng 97,4% kế hoạch năm' after a percent is a percent figure of its own; '6,42 tỷ đồng/8,9 tỷ đồng dự toán' -> target 8,9 tỷ.",
    "'4 địa bàn' (how many rows the table shows) is optional. Section 2 figures inherit the title's 9-month period.",
])

"""p986-3: Phú Yên formal report (UBND tỉnh) — 9 months 2024, flattened '|' table of patients managed by locality."""
from lib import F, P, I, CH, write

TEXT = """UBND TỈNH PHÚ YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Phú Yên, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý bệnh tăng huyết áp, đái tháo đường tại trạm y tế xã 9 tháng đầu năm 2024

Thực hiện Kế hoạch số 95/KH-UBND ngày 12/3/2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Khám sàng lọc
9 tháng đầu năm 2024, 110/110 trạm y tế xã, phường, thị trấn đã khám sàng lọc cho 186.300 lượt người, đạt 77,6% kế hoạch năm; phát hiện mới 3.412 người tăng huyết áp và 1.186 người đái tháo đường.
2. Quản lý, điều trị
Tính đến 30/9/2024, các trạm y tế xã quản lý 15.971 người bệnh, tăng 9,8% so với cuối năm 2023 (chi tiết tại Bảng 1). Tỷ lệ người tăng huyết áp điều trị đạt huyết áp mục tiêu là 64,3%; người đái tháo đường đạt đường huyết mục tiêu là 48,7%. Có 87 trạm y tế (chiếm 79,1%) có đủ thuốc theo Thông tư số 39/2017/TT-BYT.

Bảng 1. Người bệnh được quản lý tại trạm y tế xã đến 30/9/2024
Đơn vị tính: người
Địa phương | Tăng huyết áp | Đái tháo đường | Tổng số
TP. Tuy Hòa | 4.215 | 1.530 | 5.745
TX. Sông Cầu | 2.860 | 912 | 3.772
TX. Đông Hòa | 3.104 | 1.047 | 4.151
Các huyện còn lại | 1.780 | 523 | 2.303
Tổng cộng | 11.959 | 4.012 | 15.971

II. KHÓ KHĂN, VƯỚNG MẮC
Còn 23 trạm y tế chưa có máy xét nghiệm đường huyết; nhân lực bình quân 5,2 người/trạm, nhiều trạm chỉ có 1 bác sĩ.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024 khám sàng lọc đạt 240.000 lượt người, quản lý 17.500 người bệnh. Dự kiến kinh phí mua bổ sung thuốc và que thử đường huyết khoảng 2,4 tỷ đồng.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT, KGVX.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
S30 = P("Tính đến 30/9/2024", end="2024-09-30")
TAB = P("đến 30/9/2024", end="2024-09-30", inherited=True)
DEC = P("đến 31/12/2024", end="2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, subject, location=None):
    kw = {"location": location} if location else {}
    return F(anchor, number, value, "count", "người", subject, TAB, **kw)


HTA, DTD, TS = "người bệnh tăng huyết áp", "người bệnh đái tháo đường", "tổng số người bệnh"
FIGS = [
    F("110/110 trạm", "110", 110, "count", "trạm y tế",
      "trạm y tế xã, phường, thị trấn đã khám sàng lọc", M9, total=110),
    F("cho 186.300 lượt người", "186.300", 186300, "count", "lượt người",
      "lượt người được khám sàng lọc", M9, percent=77.6),
    F("mới 3.412 người", "3.412", 3412, "count", "người", "người tăng huyết áp phát hiện mới", M9),
    F("và 1.186 người", "1.186", 1186, "count", "người", "người đái tháo đường phát hiện mới", M9),
    F("quản lý 15.971 người bệnh", "15.971", 15971, "count", "người bệnh",
      "người bệnh quản lý tại trạm y tế xã", S30, change=CH("increase", 9.8, "%", "cuối năm 2023")),
    F("là 64,3%", "64,3", 64.3, "percent", "%",
      "tỷ lệ người tăng huyết áp điều trị đạt huyết áp mục tiêu", I(S30)),
    F("là 48,7%", "48,7", 48.7, "percent", "%",
      "tỷ lệ người đái tháo đường đạt đường huyết mục tiêu", I(S30)),
    F("Có 87 trạm y tế", "87", 87, "count", "trạm y tế", "trạm y tế có đủ thuốc", I(S30), percent=79.1),
    cell("Tuy Hòa | 4.215", "4.215", 4215, HTA, "Tuy Hòa"),
    cell("4.215 | 1.530", "1.530", 1530, DTD, "Tuy Hòa"),
    cell("1.530 | 5.745", "5.745", 5745, TS, "Tuy Hòa"),
    cell("Sông Cầu | 2.860", "2.860", 2860, HTA, "Sông Cầu"),
    cell("2.860 | 912", "912", 912, DTD, "Sông Cầu"),
    cell("912 | 3.772", "3.772", 3772, TS, "Sông Cầu"),
    cell("Đông Hòa | 3.104", "3.104", 3104, HTA, "Đông Hòa"),
    cell("3.104 | 1.047", "1.047", 1047, DTD, "Đông Hòa"),
    cell("1.047 | 4.151", "4.151", 4151, TS, "Đông Hòa"),
    cell("còn lại | 1.780", "1.780", 1780, "các huyện còn lại người bệnh tăng huyết áp"),
    cell("1.780 | 523", "523", 523, "các huyện còn lại người bệnh đái tháo đường"),
    cell("523 | 2.303", "2.303", 2303, "các huyện còn lại tổng số người bệnh"),
    cell("Tổng cộng | 11.959", "11.959", 11959, "tổng cộng người bệnh tăng huyết áp"),
    cell("11.959 | 4.012", "4.012", 4012, "tổng cộng người bệnh đái tháo đường"),
    cell("4.012 | 15.971", "15.971", 15971, "tổng cộng tổng số người bệnh"),
    F("Còn 23 trạm y tế", "23", 23, "count", "trạm y tế", "trạm y tế chưa có máy xét nghiệm đường huyết"),
    F("bình quân 5,2 người/trạm", "5,2", 5.2, "measure", "người/trạm", "nhân lực bình quân"),
    F("chỉ có 1 bác sĩ", "1", 1, "count", "bác sĩ", "bác sĩ của nhiều trạm", optional=True),
    F("đạt 240.000 lượt người", "240.000", 240000, "count", "lượt người", "lượt người được khám sàng lọc",
      DEC, status="target"),
    F("quản lý 17.500 người bệnh", "17.500", 17500, "count", "người bệnh", "người bệnh quản lý",
      DEC, status="target"),
    F("khoảng 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng",
      "kinh phí mua bổ sung thuốc và que thử đường huyết", Q4, approx="about", status="forecast"),
]

COMMENTS = [
    "Phú Yên: formal report under letterhead (UBND TỈNH PHÚ YÊN, Số: 287/BC-UBND, 'Phú Yên, ngày 15 tháng 10 năm 2024'), section numbers.",
    "Flattened '|' table (Đơn vị tính: người) by locality x disease, Tổng cộng row; place rows give location, 'Các huyện còn lại' is a category (subject, location Phú Yên).",
    "Table period is the title line 'đến 30/9/2024' (another line: inherited). Table cells get no totals.",
    "Not figures: Số 287/BC-UBND, Kế hoạch số 95/KH-UBND ngày 12/3/2024, Thông tư số 39/2017/TT-BYT, section numbers I.-III., 1.-2., Bảng 1.",
    "87 trạm (chiếm 79,1%): percent, no total (no part-of cue). 'chỉ có 1 bác sĩ' optional (loose description).",
    "2,4 tỷ forecast ('Dự kiến'); its period is the section heading QUÝ IV/2024 (inherited).",
]

write("p986-3", TEXT, FIGS, COMMENTS, published="2024-10-15", location="Phú Yên")

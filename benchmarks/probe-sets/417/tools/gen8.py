from lib import *

text = """BỘ Y TẾ - CỤC QUẢN LÝ KHÁM, CHỮA BỆNH
Tin tức > Hoạt động khám, chữa bệnh

Mở rộng mạng lưới can thiệp tim mạch cấp cứu đến tuyến tỉnh

Năm 2023, cả nước có 146 cơ sở thực hiện được can thiệp tim mạch tại 58/63 tỉnh, thành phố, tăng 11 cơ sở so với năm 2022. Tổng số ca can thiệp mạch vành đạt khoảng 52,6 nghìn ca, trong đó các bệnh viện tuyến tỉnh thực hiện 21.340 ca, chiếm 40,6%.

Số ca can thiệp mạch vành năm 2023 tại một số địa phương (đơn vị tính: ca):
Tỉnh	Can thiệp mạch vành	Cấp cứu	Tỷ lệ cấp cứu (%)
Nghệ An	2.106	734	34,9
Thanh Hóa	3.952	1.118	28,3
Bình Định	1.287	402	31,2
Cần Thơ	2.841	915	32,2

Tuy nhiên, thời gian từ khi khởi phát đau ngực đến khi được can thiệp của người bệnh nhồi máu cơ tim cấp ở nhiều nơi còn dài, trung bình từ 6 đến 8 giờ; chỉ khoảng 35% người bệnh được tái thông trong vòng 12 giờ đầu.

Giai đoạn 2024-2025, Cục Quản lý Khám, chữa bệnh dự kiến hỗ trợ chuyển giao kỹ thuật cho 15 tỉnh chưa có hoặc còn yếu về can thiệp tim mạch theo Thông tư số 43/2013/TT-BYT. Phấn đấu đến năm 2025, 100% tỉnh, thành phố thực hiện được chụp, can thiệp mạch vành; thời gian cửa - bóng tại bệnh viện tuyến tỉnh không quá 90 phút.

Chi phí một ca đặt stent hiện khoảng 40-60 triệu đồng, được quỹ BHYT chi trả từ 50% đến 100% tùy đối tượng.

Cục Quản lý Khám, chữa bệnh - 138A Giảng Võ, Ba Đình, Hà Nội
"""

y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
t25 = P("đến năm 2025", None, "2025-12-31")
cols = [("Can thiệp mạch vành", "count", "ca"), ("Cấp cứu", "count", "ca"), ("Tỷ lệ cấp cứu", "percent", "%")]
rows = [("Nghệ An", ["2.106", "734", "34,9"]), ("Thanh Hóa", ["3.952", "1.118", "28,3"]),
        ("Bình Định", ["1.287", "402", "31,2"]), ("Cần Thơ", ["2.841", "915", "32,2"])]
figs = [
    F("có 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở thực hiện được can thiệp tim mạch",
      change=C("increase", 11, "cơ sở", "năm 2022"), period=y23),
    F("tại 58/63 tỉnh", "58", 58, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở can thiệp tim mạch", total=63,
      period=y23),
    F("khoảng 52,6 nghìn ca", "52,6", 52600, "count", "ca", "tổng số ca can thiệp mạch vành", approx="about", period=y23i),
    F("thực hiện 21.340 ca", "21.340", 21340, "count", "ca", "ca can thiệp mạch vành tại các bệnh viện tuyến tỉnh",
      total=52600, percent=40.6, period=y23i),
]
for place, cells in rows:
    for i, cell in enumerate(cells):
        col, kind, unit = cols[i]
        anchor = place + "\t" + "\t".join(cells[: i + 1])
        v = float(cell.replace(".", "").replace(",", "."))
        v = int(v) if kind == "count" else v
        figs.append(F(anchor, cell, v, kind, unit, col if i else "Can thiệp mạch vành",
                      period=P("năm 2023", "2023-01-01", "2023-12-31", inherited=True), location=place))
figs += [
    F("từ 6 đến 8 giờ", "6", 6, "measure", "giờ",
      "thời gian từ khi khởi phát đau ngực đến khi được can thiệp của người bệnh nhồi máu cơ tim cấp", value_max=8),
    F("khoảng 35% người bệnh", "35", 35, "percent", "%", "người bệnh được tái thông trong vòng 12 giờ đầu", approx="about"),
    F("12 giờ đầu", "12", 12, "measure", "giờ", approx="at_most", optional=True),
    F("cho 15 tỉnh", "15", 15, "count", "tỉnh", "tỉnh được hỗ trợ chuyển giao kỹ thuật can thiệp tim mạch", status="forecast",
      period=P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
    F("2025, 100% tỉnh", "100", 100, "percent", "%", "tỉnh, thành phố thực hiện được chụp, can thiệp mạch vành",
      status="target", period=t25),
    F("không quá 90 phút", "90", 90, "measure", "phút", "thời gian cửa - bóng tại bệnh viện tuyến tỉnh", approx="at_most",
      status="target", period=P("đến năm 2025", None, "2025-12-31", inherited=False)),
    F("khoảng 40-60 triệu đồng", "40", 40e6, "money", "đồng", "chi phí một ca đặt stent", value_max=60e6, approx="about"),
    F("từ 50% đến 100%", "50", 50, "percent", "%", "quỹ BHYT chi trả chi phí đặt stent", value_max=100),
]
comments = [
    "Ministry site (Cục Quản lý Khám, chữa bệnh, Bộ Y tế): national interventional-cardiology network in 2023, provinces, 2025 targets.",
    "No dateline at all: published null.",
    "Tab-flattened table 'Tỉnh | Can thiệp mạch vành | Cấp cứu | Tỷ lệ cấp cứu (%)' with '(đơn vị tính: ca)' in the lead line;",
    "  the province of each row is its location, subject the column label; period 'năm 2023' from the lead line (inherited).",
    "  'Cấp cứu' is a column of its own (no 'trong đó'), so no totals in the table.",
    "'146 cơ sở ..., tăng 11 cơ sở so với năm 2022' → change in cơ sở. '58/63 tỉnh, thành phố' → total 63, location Việt Nam.",
    "'khoảng 52,6 nghìn ca, trong đó ... 21.340 ca, chiếm 40,6%' → total 52600, percent 40,6; period inherited from 'Năm 2023'.",
    "Distractors: 'Thông tư số 43/2013/TT-BYT', address '138A Giảng Võ, Ba Đình, Hà Nội', breadcrumb. '12 giờ đầu' (window) optional.",
    "'dự kiến hỗ trợ ... 15 tỉnh' → forecast; 'Phấn đấu đến năm 2025, 100% ...; ... không quá 90 phút' → target (at_most for 90).",
    "Ranges: 'từ 6 đến 8 giờ', 'khoảng 40-60 triệu đồng' (money, about), 'từ 50% đến 100%'.",
]
build("p417-8", text, comments, figs, published=None, location="Việt Nam")

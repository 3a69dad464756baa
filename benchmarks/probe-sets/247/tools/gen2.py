from lib import *

A = """SỞ TÀI CHÍNH TỈNH BẮC GIANG
Trang chủ | Tin tức - Sự kiện | Quản lý giá

Điều chỉnh giá nước sạch sinh hoạt trên địa bàn tỉnh từ ngày 01/01/2025
Ngày đăng: 18/12/2024 | Lượt xem: 1.274

Ngày 12/12/2024, UBND tỉnh Bắc Giang ban hành Quyết định số 1876/QĐ-UBND phê duyệt phương án giá nước sạch của Công ty cổ phần Nước sạch Bắc Giang giai đoạn 2025-2027. Theo đó, giá tiêu thụ nước sạch bình quân là 11.450 đồng/m3, tăng 9,2% so với giá hiện hành (10.485 đồng/m3).

Bảng giá nước sạch áp dụng từ ngày 01/01/2025
Đơn vị tính: đồng/m3 (chưa gồm thuế VAT và phí bảo vệ môi trường)
Đối tượng sử dụng
Giá hiện hành
Giá mới
Hộ dân cư (10 m3 đầu tiên)
8.650
9.500
Hộ dân cư (trên 10 m3 đến 20 m3)
10.200
11.150
Hộ dân cư (trên 20 m3 đến 30 m3)
12.300
13.400
Hộ dân cư (trên 30 m3)
14.800
16.100
Cơ quan hành chính, sự nghiệp
13.900
15.200
Sản xuất vật chất
15.400
16.800
Kinh doanh dịch vụ
21.700
23.500

Với mức giá mới, một hộ gia đình sử dụng bình quân 15 m3/tháng sẽ trả khoảng 150.700 đồng/tháng, tăng khoảng 13.200 đồng so với hiện nay. Hộ nghèo được áp dụng giá của bậc thấp nhất cho toàn bộ lượng nước sử dụng.

Hiện Công ty cung cấp nước sạch cho 96.820 khách hàng tại TP Bắc Giang và 6 huyện. Tỷ lệ thất thoát nước năm 2024 ước khoảng 16,5%; Công ty phấn đấu giảm tỷ lệ này xuống dưới 15% đến năm 2027.

Mọi ý kiến phản ánh xin gửi về Phòng Quản lý giá và công sản, điện thoại 0204.3854.367.
"""

COL_OLD, COL_NEW = "giá hiện hành", "giá mới"
rows = [
    ("Hộ dân cư (10 m3 đầu tiên)", "8.650", "9.500"),
    ("Hộ dân cư (trên 10 m3 đến 20 m3)", "10.200", "11.150"),
    ("Hộ dân cư (trên 20 m3 đến 30 m3)", "12.300", "13.400"),
    ("Hộ dân cư (trên 30 m3)", "14.800", "16.100"),
    ("Cơ quan hành chính, sự nghiệp", "13.900", "15.200"),
    ("Sản xuất vật chất", "15.400", "16.800"),
    ("Kinh doanh dịch vụ", "21.700", "23.500"),
]
def num(s):
    return int(s.replace(".", ""))

FIG = [
    F("giai đoạn 2025-2027. Theo đó, giá tiêu thụ nước sạch bình quân là 11.450", "11.450", 11450, "money", "đồng/m3",
      "giá tiêu thụ nước sạch bình quân", change=C("increase", 9.2, "%", "giá hiện hành"),
      period=P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31", inh=True)),
    F("(10.485 đồng/m3)", "10.485", 10485, "money", "đồng/m3", "giá tiêu thụ nước sạch bình quân hiện hành"),
]
for label, old, new in rows:
    FIG.append(F(f"{label}\n{old}", old, num(old), "money", "đồng/m3", f"{COL_OLD} {label}"))
    FIG.append(F(f"{old}\n{new}", new, num(new), "money", "đồng/m3", f"{COL_NEW} {label}"))
FIG += [
    F("(10 m3 đầu tiên)", "10", 10, "measure", "m3", "bậc nước đầu tiên", optional=True),
    F("(trên 10 m3 đến 20 m3)", "10", 10, "measure", "m3", "bậc nước", value_max=20, approx="over", optional=True),
    F("(trên 20 m3 đến 30 m3)", "20", 20, "measure", "m3", "bậc nước", value_max=30, approx="over", optional=True),
    F("(trên 30 m3)", "30", 30, "measure", "m3", "bậc nước", approx="over", optional=True),
    F("bình quân 15 m3/tháng", "15", 15, "measure", "m3/tháng", "lượng nước hộ gia đình sử dụng", optional=True),
    F("khoảng 150.700 đồng/tháng", "150.700", 150700, "money", "đồng/tháng",
      "tiền nước của hộ gia đình sử dụng bình quân 15 m3/tháng", approx="about",
      change=C("increase", 13200, "đồng", "hiện nay", approx="about")),
    F("cho 96.820 khách hàng", "96.820", 96820, "count", "khách hàng", "khách hàng được Công ty cung cấp nước sạch"),
    F("và 6 huyện", "6", 6, "count", "huyện", "huyện được cung cấp nước sạch", optional=True),
    F("ước khoảng 16,5%", "16,5", 16.5, "percent", "%", "tỷ lệ thất thoát nước", approx="about", status="estimate",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("dưới 15% đến năm 2027", "15", 15, "percent", "%", "tỷ lệ thất thoát nước", approx="under", status="target",
      period=P("đến năm 2027", None, "2027-12-31")),
]

build(2, A, FIG, published="2024-12-18", location="Bắc Giang", comments=[
    "Sở Tài chính Bắc Giang (department site): new water tariff from 01/01/2025; one-cell-per-line table (row label, current price, new price).",
    "Dateline 'Ngày đăng: 18/12/2024 | Lượt xem: 1.274' (view counter is page furniture). Distractors: Quyết định số 1876/QĐ-UBND, 'Ngày 12/12/2024',",
    "'từ ngày 01/01/2025', 'giai đoạn 2025-2027' (a period), phone 0204.3854.367.",
    "Table cells: money, unit from 'Đơn vị tính: đồng/m3'; subject = column label + row label; no period given (the effective date is not a period in the spec).",
    "Tier bounds in row labels (10/20/30 m3) and the example household's 15 m3/tháng are thresholds/criteria: optional; '6 huyện' (served area) optional.",
    "'(10.485 đồng/m3)' after 'so với giá hiện hành' is the baseline amount stated as its own figure; 11.450 carries the change 9,2%.",
    "The average price's period 'giai đoạn 2025-2027' stands in the previous sentence: inherited.",
])

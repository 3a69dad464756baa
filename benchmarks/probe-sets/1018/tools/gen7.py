"""p1018-7: department site (Sở VHTTDL Đắk Lắk), no dateline - street naming 9 months 2024; table one cell per line."""
from lib import F, P, I, CH, TG, write

ROWS = [("TP. Buôn Ma Thuột", "Buôn Ma Thuột", "486", "112", "81,3"),
        ("TX. Buôn Hồ", "Buôn Hồ", "94", "57", "62,3"),
        ("Huyện Krông Pắc", "Krông Pắc", "38", "45", "45,8"),
        ("Tổng cộng", "Đắk Lắk", "618", "214", "74,3")]

TABLE_TEXT = "\n".join("\n".join(r[:1] + r[2:]) for r in ROWS)

TEXT = """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐẮK LẮK
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả đặt tên đường, phố tại các đô thị trên địa bàn tỉnh

9 tháng đầu năm 2024, UBND tỉnh Đắk Lắk đã trình HĐND tỉnh thông qua việc đặt tên 47 tuyến đường tại TP. Buôn Ma Thuột và thị xã Buôn Hồ; các địa phương ước gắn được 2.360 biển số nhà, đạt 78,7% kế hoạch năm. Phần lớn tuyến mới là đường nhánh nối Quốc lộ 14, Quốc lộ 26 và đường 10 Tháng 3.

Số liệu tổng hợp tính đến 30/9/2024 tại ba đô thị như sau:

Đơn vị tính: tuyến
Địa phương
Đã đặt tên
Chưa đặt tên
Tỷ lệ đã đặt tên (%)
""" + TABLE_TEXT + """

Kinh phí gắn biển tên đường bình quân khoảng 2,2 triệu đồng/biển; biển số nhà 55.000 đồng/biển. Quý IV/2024, Sở dự kiến phối hợp với các địa phương trình đặt tên thêm 25 tuyến đường tại thị trấn Phước An (huyện Krông Pắc) và thị trấn Ea Kar. Mục tiêu đến năm 2025, tỷ lệ tuyến đường đô thị được đặt tên đạt trên 80%.

Thông tin liên hệ
Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk
Địa chỉ: Số 09 Lê Duẩn, TP. Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.618 - Fax: 0262.3852.619
Lượt truy cập: 1.204.377 | Đang trực tuyến: 27
"""

ASOF = P("tính đến 30/9/2024", None, "2024-09-30", inherited=True)
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

TABLE = []
for label, loc, a, b, c in ROWS:
    TABLE.append(F(f"{label}\n{a}\n", a, float(a), "count", "tuyến", "tuyến đường đã đặt tên",
                   period=ASOF, location=loc))
    TABLE.append(F(f"\n{a}\n{b}\n", b, float(b), "count", "tuyến", "tuyến đường chưa đặt tên",
                   period=ASOF, location=loc))
    TABLE.append(F(f"\n{b}\n{c}\n", c, float(c.replace(",", ".")), "percent", "%", "tỷ lệ tuyến đường đã đặt tên",
                   period=ASOF, location=loc))

FIGS = [
    F("tên 47 tuyến", "47", 47, "count", "tuyến đường", "tuyến đường được đặt tên",
      period=M9),
    F("được 2.360 biển", "2.360", 2360, "count", "biển số nhà", "biển số nhà gắn được", percent=78.7,
      status="estimate", period=M9),
    F("tại ba đô thị", "ba", 3, "count", "đô thị", "đô thị có số liệu tổng hợp", optional=True,
      period=P("tính đến 30/9/2024", None, "2024-09-30")),
] + TABLE + [
    F("khoảng 2,2 triệu", "2,2", 2.2e6, "money", "đồng/biển", "kinh phí gắn biển tên đường bình quân",
      approx="about"),
    F("nhà 55.000 đồng/biển", "55.000", 55000, "money", "đồng/biển", "kinh phí biển số nhà"),
    F("thêm 25 tuyến", "25", 25, "count", "tuyến đường", "tuyến đường trình đặt tên thêm", status="forecast",
      period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ tuyến đường đô thị được đặt tên", approx="over",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Sở VHTTDL tỉnh Đắk Lắk site, no dateline (published null): đặt tên đường 9 tháng đầu năm 2024; table pasted one cell per line.",
    "Not figures: Quốc lộ 14, Quốc lộ 26, đường 10 Tháng 3, Số 09 Lê Duẩn, 0262.3852.618, Fax 0262.3852.619,",
    "Lượt truy cập 1.204.377, Đang trực tuyến 27.",
    "revised after the first run: 'tại ba đô thị' (structure: the towns the table covers) added as optional, following the",
    "shared gold's treatment of structural counts ('cả 03 khối', '2 giai đoạn'); first annotated as not a figure.",
    "Table: 'Đơn vị tính: tuyến' for the two count columns, '(%)' header for the share column; period 'tính đến 30/9/2024' stands",
    "in the line above the table (inherited); the place column goes to location, 'Tổng cộng' (three towns) = Đắk Lắk; cells get no totals.",
    "'ước gắn được 2.360 biển số nhà, đạt 78,7% kế hoạch năm' → estimate with share 78.7.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Đắk Lắk")

"""p951-2: district portal (huyện Đức Trọng, Lâm Đồng), tủ sách cơ sở, Ngày Sách 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Tin tức > Văn hóa - Xã hội
Thứ Hai, 24/04/2023 - 10:05

Đức Trọng: Lan tỏa văn hóa đọc từ tủ sách cơ sở

Sáng 21/4, tại Nhà Văn hóa thị trấn Liên Nghĩa, UBND huyện Đức Trọng tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ 2 năm 2023.

Theo Phòng Văn hóa và Thông tin huyện, tính đến ngày 31/3/2023, toàn huyện có 1 thư viện huyện, 14/15 xã, thị trấn có thư viện hoặc phòng đọc, 126 tủ sách cơ sở đặt tại các thôn, tổ dân phố và 38 tủ sách pháp luật. Tổng số sách trong hệ thống ước khoảng 96.000 bản, bình quân 0,52 bản sách/người.

Năm 2022, thư viện huyện cùng hệ thống tủ sách cơ sở phục vụ 48.700 lượt bạn đọc, tăng 3.900 lượt so với năm 2021; luân chuyển 7.400 bản sách về các thôn vùng đồng bào dân tộc thiểu số. Tủ sách tổ dân phố 5, thị trấn Liên Nghĩa và tủ sách thôn Ma Bó, xã Hiệp An thu hút khoảng 300 lượt đọc/tháng. Thư viện xã Hiệp Thạnh nằm sát Quốc lộ 20 mở cửa cả thứ Bảy, Chủ nhật, mỗi buổi có từ 20 đến 30 em học sinh đến đọc.

Tại buổi lễ, các đơn vị đã trao tặng 2.600 cuốn sách cho 13 trường học và 5 tủ sách thôn, trị giá hơn 150 triệu đồng; Hội Khuyến học huyện trao 20 suất học bổng, mỗi suất 1 triệu đồng.

Mục tiêu đến năm 2025, 100% xã, thị trấn có thư viện hoặc phòng đọc, mỗi thôn có ít nhất 1 tủ sách cơ sở; phấn đấu số lượt bạn đọc tăng bình quân 10%/năm.

Thanh Hương - Phòng VH&TT
UBND huyện Đức Trọng - Địa chỉ: 01 Lê Hồng Phong, thị trấn Liên Nghĩa | Điện thoại: 0263.3843.215
"""

ASOF = P("tính đến ngày 31/3/2023", None, "2023-03-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 1 thư viện huyện", "1", 1, "count", "thư viện huyện", "thư viện huyện", period=ASOF),
    F("14/15 xã, thị trấn", "14", 14, "count", "xã, thị trấn",
      "xã, thị trấn có thư viện hoặc phòng đọc", total=15, period=ASOF),
    F("126 tủ sách cơ sở", "126", 126, "count", "tủ sách cơ sở",
      "tủ sách cơ sở đặt tại các thôn, tổ dân phố", period=ASOF),
    F("38 tủ sách pháp luật", "38", 38, "count", "tủ sách pháp luật", "tủ sách pháp luật", period=ASOF),
    F("ước khoảng 96.000 bản", "96.000", 96000, "count", "bản",
      "sách trong hệ thống thư viện, tủ sách", approx="about", status="estimate", period=I(ASOF)),
    F("0,52 bản sách/người", "0,52", 0.52, "measure", "bản sách/người",
      "bản sách bình quân đầu người", status="estimate", period=I(ASOF)),
    F("phục vụ 48.700 lượt bạn đọc", "48.700", 48700, "count", "lượt bạn đọc",
      "lượt bạn đọc thư viện huyện và tủ sách cơ sở phục vụ",
      change=C("increase", 3900, unit="lượt", baseline="năm 2021"), period=Y22),
    F("luân chuyển 7.400 bản sách", "7.400", 7400, "count", "bản sách",
      "bản sách luân chuyển về các thôn vùng đồng bào dân tộc thiểu số", period=Y22),
    F("khoảng 300 lượt đọc/tháng", "300", 300, "measure", "lượt đọc/tháng",
      "lượt đọc mỗi tháng tại tủ sách tổ dân phố 5 và tủ sách thôn Ma Bó", approx="about",
      period=I(Y22)),
    F("từ 20 đến 30 em học sinh", "20", 20, "count", "em học sinh",
      "học sinh đến đọc mỗi buổi tại thư viện xã Hiệp Thạnh", value_max=30),
    F("trao tặng 2.600 cuốn sách", "2.600", 2600, "count", "cuốn sách", "sách trao tặng"),
    F("cho 13 trường học", "13", 13, "count", "trường học", "trường học được tặng sách"),
    F("và 5 tủ sách thôn", "5", 5, "count", "tủ sách thôn", "tủ sách thôn được tặng sách"),
    F("hơn 150 triệu đồng", "150", 150e6, "money", "đồng", "trị giá sách trao tặng", approx="over"),
    F("trao 20 suất học bổng", "20", 20, "count", "suất học bổng", "suất học bổng Hội Khuyến học huyện trao"),
    F("mỗi suất 1 triệu đồng", "1", 1e6, "money", "đồng", "giá trị mỗi suất học bổng"),
    F("2025, 100% xã", "100", 100, "percent", "%",
      "xã, thị trấn có thư viện hoặc phòng đọc", status="target", period=T25),
    F("ít nhất 1 tủ sách cơ sở", "1", 1, "count", "tủ sách cơ sở",
      "tủ sách cơ sở mỗi thôn", approx="at_least", status="target", period=T25),
    F("bình quân 10%/năm", "10", 10, "percent", "%",
      "tốc độ tăng số lượt bạn đọc bình quân mỗi năm", status="target", period=T25),
]

NOTES = [
    "Đức Trọng district portal (Lâm Đồng), Ngày Sách và Văn hóa đọc 2023. 'Thứ Hai, 24/04/2023 - 10:05' is the dateline.",
    "Location: the district (Đức Trọng) for all figures; communes/thị trấn lie in it.",
    "Not figures: 'Sáng 21/4', 'lần thứ 2', 'tổ dân phố 5', 'Quốc lộ 20', 'thứ Bảy', address '01 Lê Hồng Phong', phone.",
    "'tăng 3.900 lượt so với năm 2021' is the change of 48.700 (unit lượt). 'ước khoảng' -> estimate + about.",
    "'bình quân 0,52 bản sách/người' continues the clause of 'ước khoảng 96.000 bản': estimate too.",
    "Rates with a denominator ('bản sách/người', 'lượt đọc/tháng') are measures; 'mỗi suất 1 triệu đồng' is money.",
    "'từ 20 đến 30 em học sinh' (each session) is kept as a count range: the text gives no '/buổi' unit.",
    "Target sentence: 'Mục tiêu đến năm 2025' governs all three clauses; '10%/năm' is a growth rate -> percent, unit %.",
]

write(2, TEXT, FIGS, NOTES, published="2023-04-24", location="Đức Trọng")

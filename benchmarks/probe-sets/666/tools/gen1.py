from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ
Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

Bệnh viện Trung ương Huế thực hiện 82 ca ghép tạng trong 9 tháng

Cập nhật: 08/10/2024 15:20 | Lượt xem: 1.874

Theo Bệnh viện Trung ương Huế, 9 tháng năm 2024, bệnh viện đã thực hiện 82 ca ghép tạng, tăng 15 ca so với cùng kỳ năm 2023. Trong đó có 61 ca ghép thận, 14 ca ghép gan, 5 ca ghép tim và 2 ca ghép phổi. Đáng chú ý, có 9 ca được ghép từ tạng của người hiến chết não, chiếm khoảng 11% tổng số ca ghép.

Lũy kế từ năm 2004 đến nay, bệnh viện đã ghép thận cho 1.286 người bệnh, ghép gan cho 98 người bệnh và ghép tim cho 27 người bệnh. Tỷ lệ người bệnh sống sau ghép thận 1 năm đạt 97,5%, sau 5 năm đạt khoảng 90%.

Về công tác vận động, tính đến ngày 30/9/2024, toàn tỉnh có 3.415 người đăng ký hiến mô, tạng sau khi chết, tăng 27% so với cuối năm 2023; nhiều nhất là thành phố Huế (1.268 người), thị xã Hương Thủy (412 người), huyện Phú Vang (385 người).

Chi phí một ca ghép thận tại bệnh viện khoảng 350 triệu đồng, ghép gan từ 1,2 đến 1,5 tỷ đồng. Người bệnh có thẻ BHYT được quỹ chi trả từ 80 đến 100% chi phí theo quy định; riêng 9 tháng năm 2024, quỹ BHYT đã thanh toán hơn 21 tỷ đồng cho các ca ghép tại bệnh viện.

Mọi thông tin về đăng ký hiến tạng xin liên hệ Đơn vị Điều phối ghép tạng, số 16 Lê Lợi, TP Huế, điện thoại 0234.3822.325.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
LK = P("Lũy kế từ năm 2004 đến nay", "2004-01-01", "2024-10-08")
ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
REG = "người đăng ký hiến mô, tạng sau khi chết"

FIGS = [
    F("thực hiện 82 ca ghép tạng trong 9 tháng", "82", 82, "count", "ca",
      "ca ghép tạng Bệnh viện Trung ương Huế thực hiện", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("đã thực hiện 82 ca ghép tạng", "82", 82, "count", "ca", "ca ghép tạng bệnh viện thực hiện", M9,
      change=CH("increase", 15, "ca", "cùng kỳ năm 2023")),
    F("có 61 ca ghép thận", "61", 61, "count", "ca", "ca ghép thận", I(M9), total=82),
    F("14 ca ghép gan", "14", 14, "count", "ca", "ca ghép gan", I(M9), total=82),
    F("5 ca ghép tim", "5", 5, "count", "ca", "ca ghép tim", I(M9), total=82),
    F("2 ca ghép phổi", "2", 2, "count", "ca", "ca ghép phổi", I(M9), total=82),
    F("có 9 ca được ghép", "9", 9, "count", "ca", "ca được ghép từ tạng của người hiến chết não", I(M9),
      percent=11),
    F("cho 1.286 người bệnh", "1.286", 1286, "count", "người bệnh", "người bệnh được ghép thận", LK),
    F("cho 98 người bệnh", "98", 98, "count", "người bệnh", "người bệnh được ghép gan", LK),
    F("cho 27 người bệnh", "27", 27, "count", "người bệnh", "người bệnh được ghép tim", LK),
    F("ghép thận 1 năm", "1", 1, "measure", "năm", optional=True),
    F("đạt 97,5%", "97,5", 97.5, "percent", "%", "tỷ lệ người bệnh sống sau ghép thận 1 năm"),
    F("sau 5 năm", "5", 5, "measure", "năm", optional=True),
    F("khoảng 90%", "90", 90, "percent", "%", "tỷ lệ người bệnh sống sau ghép thận 5 năm", approx="about"),
    F("có 3.415 người", "3.415", 3415, "count", "người", REG, ASOF,
      change=CH("increase", 27, "%", "cuối năm 2023")),
    F("(1.268 người)", "1.268", 1268, "count", "người", REG, ASOF, location="Huế"),
    F("(412 người)", "412", 412, "count", "người", REG, ASOF, location="Hương Thủy"),
    F("(385 người)", "385", 385, "count", "người", REG, ASOF, location="Phú Vang"),
    F("khoảng 350 triệu đồng", "350", 350e6, "money", "đồng", "chi phí một ca ghép thận tại bệnh viện",
      approx="about"),
    F("từ 1,2 đến 1,5 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "chi phí một ca ghép gan", value_max=1.5e9),
    F("từ 80 đến 100%", "80", 80, "percent", "%", "chi phí người bệnh có thẻ BHYT được quỹ chi trả",
      value_max=100),
    F("hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", "quỹ BHYT thanh toán cho các ca ghép tại bệnh viện",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), approx="over"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thừa Thiên Huế: Bệnh viện Trung ương Huế, ghép tạng 9 tháng năm 2024; đăng ký hiến theo địa phương; chi phí, BHYT.",
    "Province portal: breadcrumb, 'Cập nhật: 08/10/2024 15:20' is the dateline, 'Lượt xem: 1.874' a counter (not a figure).",
    "Headline '9 tháng' has no year: takes 2024 (published / lead). 'Lũy kế từ năm 2004 đến nay' ends at the dateline.",
    "The four organ counts after 'Trong đó' (sentence break) add up to 82: total 82. '9 ca ... chiếm khoảng 11% tổng số ca': percent 11, no total (no part-of cue).",
    "District items in brackets after '; nhiều nhất là' have no part-of cue and do not add up: no total; location = district/city.",
    "'sau ghép thận 1 năm', 'sau 5 năm' name the survival horizon (part of the indicator): optional.",
    "Distractors: 'số 16 Lê Lợi', phone 0234.3822.325, dates 30/9/2024, 'năm 2004'.",
]

emit("p666-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Thừa Thiên Huế")

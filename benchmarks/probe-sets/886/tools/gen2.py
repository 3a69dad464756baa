"""p886-2: huyện Kỳ Sơn (Nghệ An) district portal, improved stoves for Mông and Khơ Mú households, 2023."""
from lib import F, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Đưa bếp tiết kiệm củi về với đồng bào Mông, Khơ Mú

Thứ Năm, 07/12/2023 - 16:10

Năm 2023 là lần thứ 3 Hội Liên hiệp Phụ nữ huyện phối hợp với Dự án “Bếp sạch cho bản vùng cao” triển khai tại địa phương. Từ đầu năm đến nay, dự án đã lắp đặt 540 bếp đun cải tiến cho hộ nghèo, hộ cận nghèo tại 6 xã, vượt 8% kế hoạch. Trong số bếp đã lắp, xã Mường Lống có 160 bếp, Huồi Tụ 135 bếp, Nậm Cắn 120 bếp, ba xã còn lại 125 bếp.

Mỗi bộ bếp trị giá khoảng 1,2 triệu đồng, trong đó dự án hỗ trợ 900.000 đồng, hộ dân đối ứng ngày công và vật liệu tại chỗ. Tổng kinh phí thực hiện gần 650 triệu đồng.

Theo khảo sát của Phòng Nông nghiệp và PTNT huyện, trước đây mỗi hộ dùng bình quân 12-15 kg củi/ngày; sau khi có bếp cải tiến chỉ còn 7-8 kg, giảm khoảng 40%. Thời gian nấu một nồi cám lợn rút ngắn từ 90 phút xuống còn khoảng 60 phút, khói trong nhà giảm rõ rệt.

Toàn huyện hiện có 21 xã, thị trấn với trên 14.500 hộ, trong đó khoảng 92% số hộ vẫn đun nấu chủ yếu bằng củi. Năm 2024, huyện phấn đấu lắp thêm 600 bếp, ưu tiên các bản dọc Quốc lộ 7A.

Mọi thông tin xin liên hệ Hội LHPN huyện, khối 3, thị trấn Mường Xén, điện thoại 0238.3875.126.

Lô Thị Hoa
"""

PY = period("Từ đầu năm đến nay", "2023-01-01", "2023-12-07")
P24 = period("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "bếp đun cải tiến đã lắp"

FIGS = [
    F("lắp đặt 540 bếp", "540", 540, "count", "bếp", "bếp đun cải tiến lắp đặt cho hộ nghèo, hộ cận nghèo",
      change=change("increase", 8, baseline="kế hoạch"), period=PY),
    F("tại 6 xã", "6", 6, "count", "xã", "xã được lắp đặt bếp đun cải tiến", period=PY),
    F("Mường Lống có 160 bếp", "160", 160, "count", "bếp", SUBJ, total=540, period=inherit(PY)),
    F("Huồi Tụ 135 bếp", "135", 135, "count", "bếp", SUBJ, total=540, period=inherit(PY)),
    F("Nậm Cắn 120 bếp", "120", 120, "count", "bếp", SUBJ, total=540, period=inherit(PY)),
    F("ba xã còn lại", "ba", 3, "count", "xã", "xã còn lại", optional=True),
    F("còn lại 125 bếp", "125", 125, "count", "bếp", SUBJ, total=540, period=inherit(PY)),
    F("khoảng 1,2 triệu đồng", "1,2", 1.2e6, "money", "đồng/bộ", "giá trị mỗi bộ bếp", approx="about"),
    F("hỗ trợ 900.000 đồng", "900.000", 900000, "money", "đồng", "dự án hỗ trợ mỗi bộ bếp", total=1.2e6),
    F("gần 650 triệu đồng", "650", 650e6, "money", "đồng", "tổng kinh phí thực hiện", approx="nearly",
      period=inherit(period("Năm 2023", "2023-01-01", "2023-12-31"))),
    F("bình quân 12-15 kg", "12", 12, "measure", "kg/ngày", "củi mỗi hộ dùng bình quân trước đây", value_max=15),
    F("còn 7-8 kg", "7", 7, "measure", "kg/ngày", "củi mỗi hộ dùng sau khi có bếp cải tiến", value_max=8,
      change=change("decrease", 40, approx="about")),
    F("từ 90 phút", "90", 90, "measure", "phút", "thời gian nấu một nồi cám lợn trước đây"),
    F("khoảng 60 phút", "60", 60, "measure", "phút", "thời gian nấu một nồi cám lợn", approx="about"),
    F("có 21 xã, thị trấn", "21", 21, "count", "xã, thị trấn", "xã, thị trấn toàn huyện"),
    F("trên 14.500 hộ", "14.500", 14500, "count", "hộ", "hộ toàn huyện", approx="over"),
    F("khoảng 92% số hộ", "92", 92, "percent", "%", "hộ vẫn đun nấu chủ yếu bằng củi", approx="about"),
    F("thêm 600 bếp", "600", 600, "count", "bếp", "bếp lắp thêm", status="target", period=P24),
]

NOTES = [
    "Cổng TTĐT huyện Kỳ Sơn (Nghệ An): dự án bếp sạch, bếp đun cải tiến cho hộ nghèo năm 2023 (dateline Thứ Năm, 07/12/2023 - 16:10).",
    "Commune figures (Mường Lống, Huồi Tụ, Nậm Cắn) take the district Kỳ Sơn as location (the spec knows province, city, district).",
    "'vượt 8% kế hoạch' is a change against the plan. The commune parts after 'Trong số bếp đã lắp' add up to 540. 'ba xã còn lại' optional.",
    "'giảm khoảng 40%' follows 7-8 kg and is its change. 'từ 90 phút xuống còn khoảng 60 phút' gives two measures, not a range.",
    "'hiện có 21 xã' has no period. 'Từ đầu năm đến nay' ends at the dateline. 'lần thứ 3', 'khối 3', phone, 'Quốc lộ 7A', 'một nồi' are not figures.",
]

write("p886-2", TEXT, FIGS, NOTES, published="2023-12-07", location="Kỳ Sơn")

import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Quảng Nam: Thủy điện sản xuất gần 2,9 tỷ kWh trong 6 tháng đầu năm
Cập nhật: 16/07/2024 08:45
Lượt xem: 1.284

(QNP) - Theo Sở Công Thương, đến cuối tháng 6/2024, trên địa bàn tỉnh có 41 nhà máy thủy điện đã vận hành với tổng công suất lắp máy 1.542,5 MW, tập trung ở các huyện Nam Giang (11 nhà máy), Phước Sơn (9 nhà máy), Tây Giang (7 nhà máy) và Nam Trà My (6 nhà máy).

Sáu tháng đầu năm 2024, sản lượng điện của các nhà máy thủy điện ước đạt 2.916 triệu kWh, bằng 48,6% kế hoạch năm, tăng 7,2% so với cùng kỳ năm 2023. Trong đó, các nhà máy thủy điện lớn (A Vương, Sông Tranh 2, Sông Bung 4, Đắk Mi 4) đạt 1.835 triệu kWh, chiếm 62,9% tổng sản lượng.

Tổng thu ngân sách từ các nhà máy thủy điện đạt 612,4 tỷ đồng; tiền dịch vụ môi trường rừng thu từ thủy điện đạt 105,3 tỷ đồng, với mức chi trả 36 đồng/kWh.

Hiện tỉnh có 5 dự án thủy điện đang thi công với tổng công suất 112 MW, dự kiến phát điện trong năm 2025; 14 dự án khác đã bị loại khỏi quy hoạch do ảnh hưởng đến hơn 300 ha rừng tự nhiên.

Về an toàn đập, 38/41 hồ chứa thủy điện đã được phê duyệt quy trình vận hành, 100% đập đã lắp đặt hệ thống cảnh báo xả lũ cho hạ du; tỉnh đã bố trí 127 trạm cảnh báo với 214 loa phát thanh dọc các sông Vu Gia, Thu Bồn.

Phấn đấu đến năm 2025, tổng công suất thủy điện toàn tỉnh đạt khoảng 1.700 MW, sản lượng bình quân 5,8 tỷ kWh/năm.

Sở Công Thương Quảng Nam - 62 Hùng Vương, TP Tam Kỳ; ĐT: 0235.3810.277
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
ASOF = P("đến cuối tháng 6/2024", None, "2024-06-30")
S6 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 2,9 tỷ kWh", "2,9", 2.9e9, "measure", "kWh", "sản lượng điện thủy điện", H1, approx="nearly"),
    F("có 41 nhà máy", "41", 41, "count", "nhà máy", "nhà máy thủy điện đã vận hành", ASOF),
    F("lắp máy 1.542,5 MW", "1.542,5", 1542.5, "measure", "MW", "tổng công suất lắp máy các nhà máy thủy điện", ASOF),
    F("Nam Giang (11 nhà máy)", "11", 11, "count", "nhà máy", "nhà máy thủy điện đã vận hành", ASOF, location="Nam Giang"),
    F("Phước Sơn (9 nhà máy)", "9", 9, "count", "nhà máy", "nhà máy thủy điện đã vận hành", ASOF, location="Phước Sơn"),
    F("Tây Giang (7 nhà máy)", "7", 7, "count", "nhà máy", "nhà máy thủy điện đã vận hành", ASOF, location="Tây Giang"),
    F("Nam Trà My (6 nhà máy)", "6", 6, "count", "nhà máy", "nhà máy thủy điện đã vận hành", ASOF, location="Nam Trà My"),
    F("ước đạt 2.916 triệu kWh", "2.916", 2916e6, "measure", "kWh", "sản lượng điện của các nhà máy thủy điện", S6,
      percent=48.6, change=CH("increase", 7.2, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("đạt 1.835 triệu kWh", "1.835", 1835e6, "measure", "kWh", "sản lượng điện các nhà máy thủy điện lớn", I(S6),
      total=2916e6, percent=62.9, status="estimate"),
    F("đạt 612,4 tỷ đồng", "612,4", 612.4e9, "money", "đồng", "tổng thu ngân sách từ các nhà máy thủy điện", I(S6)),
    F("đạt 105,3 tỷ đồng", "105,3", 105.3e9, "money", "đồng", "tiền dịch vụ môi trường rừng thu từ thủy điện", I(S6)),
    F("chi trả 36 đồng/kWh", "36", 36, "money", "đồng/kWh", "mức chi trả tiền dịch vụ môi trường rừng"),
    F("có 5 dự án", "5", 5, "count", "dự án", "dự án thủy điện đang thi công"),
    F("công suất 112 MW", "112", 112, "measure", "MW", "tổng công suất các dự án thủy điện đang thi công"),
    F("14 dự án khác", "14", 14, "count", "dự án", "dự án thủy điện bị loại khỏi quy hoạch"),
    F("hơn 300 ha", "300", 300, "measure", "ha", "rừng tự nhiên bị ảnh hưởng", approx="over"),
    F("38/41 hồ chứa", "38", 38, "count", "hồ chứa", "hồ chứa thủy điện đã được phê duyệt quy trình vận hành", total=41),
    F("100% đập", "100", 100, "percent", "%", "đập đã lắp đặt hệ thống cảnh báo xả lũ cho hạ du"),
    F("bố trí 127 trạm", "127", 127, "count", "trạm cảnh báo", "trạm cảnh báo xả lũ"),
    F("với 214 loa", "214", 214, "count", "loa phát thanh", "loa phát thanh dọc các sông Vu Gia, Thu Bồn"),
    F("khoảng 1.700 MW", "1.700", 1700, "measure", "MW", "tổng công suất thủy điện toàn tỉnh", T25, approx="about", status="target"),
    F("bình quân 5,8 tỷ kWh/năm", "5,8", 5.8e9, "measure", "kWh/năm", "sản lượng bình quân thủy điện", T25, status="target"),
]

emit("p582-1", TEXT, [
    "Province portal (Quảng Nam): hydropower plants, capacity and output H1/2024, budget, forest-service fees, dam safety, 2025 target.",
    "District items in brackets (11+9+7+6=33 of 41, no cue) get no total; plant names Sông Tranh 2, Sông Bung 4, Đắk Mi 4 are not figures.",
    "'dự kiến phát điện trong năm 2025' governs a clause with no number: the 5 projects / 112 MW stay actual.",
], FIGS, published="2024-07-16", location="Quảng Nam")

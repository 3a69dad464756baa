"""p714-2: district portal (Thọ Xuân, Thanh Hóa): Olympic run day, commune list, mass-sport indicators."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Tin tức - Sự kiện » Văn hóa - Xã hội
Thứ Bảy, 30/03/2024 - 10:20

Hơn 12.000 người tham gia Ngày chạy Olympic vì sức khỏe toàn dân

Sáng 30/3, tại sân vận động huyện (khu phố 5, thị trấn Thọ Xuân), UBND huyện Thọ Xuân tổ chức Lễ phát động Ngày chạy Olympic vì sức khỏe toàn dân và Giải Việt dã truyền thống lần thứ XXV năm 2024.

Tham gia chạy tại điểm cầu trung tâm có hơn 1.500 người. Cùng thời điểm, 26 xã, thị trấn trong huyện đồng loạt tổ chức chạy với tổng số 12.340 người tham gia; trong đó đông nhất là thị trấn Lam Sơn (1.120 người), xã Xuân Hòa (865 người), xã Thọ Lập (742 người) và xã Xuân Lai (690 người). Học sinh chiếm khoảng 58% số người tham gia.

Cự ly chạy đối với nam là 3.000 m, nữ 1.500 m. Giải việt dã có 38 đội với 412 vận động viên, gồm 265 vận động viên nam và 147 vận động viên nữ. Ban tổ chức trao 24 bộ giải cá nhân và 6 giải đồng đội; tổng kinh phí khen thưởng 46,5 triệu đồng do các doanh nghiệp tài trợ.

Theo Phòng Văn hóa và Thông tin huyện, năm 2023 toàn huyện có 36,2% dân số tập luyện thể dục thể thao thường xuyên (kế hoạch 35%); có 24.815 gia đình thể thao, tăng 1.206 gia đình so với năm 2022. Hiện huyện có 214 câu lạc bộ thể dục thể thao cơ sở. Phấn đấu đến năm 2025, tỷ lệ người tập luyện thường xuyên đạt từ 38 đến 40%.

Ban Biên tập Cổng TTĐT huyện - Điện thoại: 0237.3834.112
"""

COMMENTS = [
    "Cổng TTĐT huyện Thọ Xuân (Thanh Hóa): Ngày chạy Olympic vì sức khỏe toàn dân 2024. 'Thứ Bảy, 30/03/2024 - 10:20' is the dateline.",
    "'khu phố 5', 'lần thứ XXV', 'năm 2024' in the event name, 'Sáng 30/3', the phone number are not figures.",
    "Location: Thọ Xuân (district portal) for every figure. The commune items in the bracketed list keep Thọ Xuân: FIGURES.md's location",
    "is a province, city or district, and a commune is none of these, so the commune goes into the subject.",
    "revised: the four commune items first had the commune as location ('Lam Sơn' …); changed to Thọ Xuân + commune in the subject.",
    "The commune items follow 'trong đó' after 12.340 người (same thing counted): total 12340, though they do not add up (a part-of cue).",
    "'Học sinh chiếm khoảng 58%' stands in its own sentence with no count of its own: a percent figure (no total).",
    "'(kế hoạch 35%)' is the target of 36,2%; '3.000 m' / '1.500 m' are the race lengths for men/women (stated as facts: required).",
]

DIS = "Thọ Xuân"
FIGS = [
    F("Hơn 12.000 người", "12.000", 12000, "count", "người", "người tham gia Ngày chạy Olympic vì sức khỏe toàn dân", approx="over"),
    F("có hơn 1.500 người", "1.500", 1500, "count", "người", "người tham gia chạy tại điểm cầu trung tâm", approx="over"),
    F("26 xã, thị trấn", "26", 26, "count", "xã, thị trấn", "xã, thị trấn đồng loạt tổ chức chạy"),
    F("12.340 người", "12.340", 12340, "count", "người", "người tham gia chạy tại các xã, thị trấn"),
    F("(1.120 người)", "1.120", 1120, "count", "người", "người tham gia chạy tại thị trấn Lam Sơn", total=12340),
    F("(865 người)", "865", 865, "count", "người", "người tham gia chạy tại xã Xuân Hòa", total=12340),
    F("(742 người)", "742", 742, "count", "người", "người tham gia chạy tại xã Thọ Lập", total=12340),
    F("(690 người)", "690", 690, "count", "người", "người tham gia chạy tại xã Xuân Lai", total=12340),
    F("khoảng 58%", "58", 58, "percent", "%", "tỷ lệ học sinh trong số người tham gia", approx="about"),
    F("3.000 m", "3.000", 3000, "measure", "m", "Cự ly chạy đối với nam"),
    F("nữ 1.500 m", "1.500", 1500, "measure", "m", "Cự ly chạy đối với nữ"),
    F("38 đội", "38", 38, "count", "đội", "đội tham gia giải việt dã"),
    F("412 vận động viên", "412", 412, "count", "vận động viên", "vận động viên giải việt dã"),
    F("265 vận động viên nam", "265", 265, "count", "vận động viên", "vận động viên nam", total=412),
    F("147 vận động viên nữ", "147", 147, "count", "vận động viên", "vận động viên nữ", total=412),
    F("24 bộ giải", "24", 24, "count", "bộ giải", "bộ giải cá nhân trao"),
    F("6 giải đồng đội", "6", 6, "count", "giải", "giải đồng đội trao"),
    F("46,5 triệu", "46,5", 46.5e6, "money", "đồng", "tổng kinh phí khen thưởng"),
    F("36,2%", "36,2", 36.2, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên",
      P("năm 2023", "2023-01-01", "2023-12-31"), target=TG(35, "%", True)),
    F("có 24.815 gia đình", "24.815", 24815, "count", "gia đình thể thao", "gia đình thể thao",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 1206, "gia đình", "năm 2022")),
    F("214 câu lạc bộ", "214", 214, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở"),
    F("từ 38 đến 40%", "38", 38, "percent", "%", "tỷ lệ người tập luyện thường xuyên",
      P("đến năm 2025", None, "2025-12-31"), value_max=40, status="target"),
]

emit("p714-2", TEXT, COMMENTS, FIGS, published="2024-03-30", location=DIS)

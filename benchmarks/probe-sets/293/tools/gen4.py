from lib import F, P, C, T, emit

TEXT = """UBND TỈNH QUẢNG NGÃI
BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI
VÀ TÌM KIẾM CỨU NẠN
Số: 187/BC-BCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 25 tháng 11 năm 2024

BÁO CÁO
Tình hình mưa lũ từ ngày 18 đến 24/11/2024 và công tác ứng phó

I. TÌNH HÌNH KHÍ TƯỢNG, THỦY VĂN
1. Mưa: Từ ngày 18 đến 24/11/2024, trên địa bàn tỉnh có mưa to đến rất to, tổng lượng mưa phổ biến từ 350 đến 600 mm; một số nơi cao hơn như: Ba Tơ 862 mm, Sơn Tây 795 mm, Minh Long 741 mm. Lũy tích lượng mưa từ đầu năm đến nay tại trạm Ba Tơ đạt 3.915 mm, cao hơn TBNN 18%.
2. Lũ: Đỉnh lũ trên sông Trà Khúc tại trạm Trà Khúc là 6,48 m (lúc 13 giờ ngày 21/11), trên báo động 3 là 0,48 m; sông Vệ tại trạm Sông Vệ 5,12 m, dưới báo động 3 là 0,38 m; sông Trà Bồng tại Châu Ổ 4,75 m, trên báo động 2 là 0,25 m.
3. Hồ chứa: Tổng dung tích các hồ chứa thủy lợi toàn tỉnh hiện đạt 412,6/468,3 triệu m3, bằng 88,1% dung tích thiết kế; trong đó hồ Nước Trong đạt 265,4 triệu m3. Có 12/125 hồ chứa đang xả tràn tự do.

II. THIỆT HẠI
Theo báo cáo sơ bộ của các địa phương, mưa lũ đã làm 2 người chết, 5 người bị thương; 8.420 nhà bị ngập, trong đó 1.235 nhà ngập sâu trên 1 m; 38 điểm sạt lở đất với khối lượng khoảng 46.000 m3; 2.870 ha hoa màu bị ngập. Tổng thiệt hại ước tính khoảng 215 tỷ đồng.

III. NHIỆM VỤ TRONG THỜI GIAN TỚI
Dự báo từ ngày 26 đến 28/11, khu vực tỉnh tiếp tục có mưa vừa, mưa to với tổng lượng mưa 100-200 mm; mực nước các sông dao động ở mức báo động 1 đến báo động 2. Ban Chỉ huy đề nghị các địa phương phấn đấu đến ngày 31/12/2024 hỗ trợ 100% hộ có nhà bị hư hỏng.

Nơi nhận:
- Ban Chỉ đạo quốc gia về PCTT;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, BCH.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
"""

EV = P("Từ ngày 18 đến 24/11/2024", "2024-11-18", "2024-11-24")
EVi = P("Từ ngày 18 đến 24/11/2024", "2024-11-18", "2024-11-24", inh=True)

FIGS = [
    F("từ 350 đến 600 mm", "350", 350, "measure", "mm", "tổng lượng mưa", value_max=600, period=EV),
    F("Ba Tơ 862 mm", "862", 862, "measure", "mm", "tổng lượng mưa", period=EV, location="Ba Tơ"),
    F("Sơn Tây 795 mm", "795", 795, "measure", "mm", "tổng lượng mưa", period=EV, location="Sơn Tây"),
    F("Minh Long 741 mm", "741", 741, "measure", "mm", "tổng lượng mưa", period=EV, location="Minh Long"),
    F("đạt 3.915 mm", "3.915", 3915, "measure", "mm", "lũy tích lượng mưa",
      change=C("increase", 18, "%", "TBNN"), period=P("từ đầu năm đến nay", "2024-01-01", "2024-11-25"),
      location="Ba Tơ"),
    F("Trà Khúc là 6,48 m", "6,48", 6.48, "measure", "m", "đỉnh lũ trên sông Trà Khúc",
      change=C("increase", 0.48, "m", "báo động 3"), period=P("ngày 21/11", "2024-11-21", "2024-11-21")),
    F("Sông Vệ 5,12 m", "5,12", 5.12, "measure", "m", "đỉnh lũ sông Vệ",
      change=C("decrease", 0.38, "m", "báo động 3"), period=EVi),
    F("Châu Ổ 4,75 m", "4,75", 4.75, "measure", "m", "đỉnh lũ sông Trà Bồng",
      change=C("increase", 0.25, "m", "báo động 2"), period=EVi),
    F("đạt 412,6/468,3 triệu m3", "412,6", 412600000, "measure", "m3", "tổng dung tích các hồ chứa thủy lợi",
      total=468300000, percent=88.1),
    F("đạt 265,4 triệu m3", "265,4", 265400000, "measure", "m3", "dung tích hồ Nước Trong", total=412600000),
    F("Có 12/125 hồ", "12", 12, "count", "hồ chứa", "hồ chứa đang xả tràn tự do", total=125),
    F("làm 2 người chết", "2", 2, "count", "người", "người chết", period=EVi),
    F("5 người bị thương", "5", 5, "count", "người", "người bị thương", period=EVi),
    F("8.420 nhà bị ngập", "8.420", 8420, "count", "nhà", "nhà bị ngập", period=EVi),
    F("1.235 nhà ngập sâu", "1.235", 1235, "count", "nhà", "nhà ngập sâu", total=8420, period=EVi),
    F("sâu trên 1 m", "1", 1, "measure", "m", "độ sâu ngập", approx="over", optional=True),
    F("38 điểm sạt lở", "38", 38, "count", "điểm sạt lở", "điểm sạt lở đất", period=EVi),
    F("khoảng 46.000 m3", "46.000", 46000, "measure", "m3", "khối lượng sạt lở đất", approx="about", period=EVi),
    F("2.870 ha", "2.870", 2870, "measure", "ha", "hoa màu bị ngập", period=EVi),
    F("khoảng 215 tỷ đồng", "215", 215000000000, "money", "đồng", "tổng thiệt hại", approx="about",
      status="estimate", period=EVi),
    F("mưa 100-200 mm", "100", 100, "measure", "mm", "tổng lượng mưa", value_max=200, status="forecast",
      period=P("từ ngày 26 đến 28/11", "2024-11-26", "2024-11-28")),
    F("hỗ trợ 100% hộ", "100", 100, "percent", "%", "hộ có nhà bị hư hỏng được hỗ trợ", status="target",
      period=P("đến ngày 31/12/2024", None, "2024-12-31")),
]

HEADER = """Formal report with letterhead (Ban Chỉ huy PCTT và TKCN tỉnh Quảng Ngãi, 'Số: 187/BC-BCH'), place-and-date line 25/11/2024.
Distractors: Số: 187/BC-BCH, section numbers I./II./III./1./2./3., '13 giờ', dates, 'báo động 1/2/3' labels, 'Lưu: VT, BCH'.
The event window 'Từ ngày 18 đến 24/11/2024' is stated in the rain sentence; later flood peaks and damage inherit it.
Peaks: gap to an alarm level = change with that baseline ('dưới báo động 3 là 0,38 m' -> decrease). Stations (Trà Khúc, Sông Vệ, Châu Ổ)
are not districts: province location. Rain list of districts (Ba Tơ, Sơn Tây, Minh Long) -> location.
'412,6/468,3 triệu m3, bằng 88,1%': total 468,3 million (capacity, a/b) and percent 88,1; 'trong đó hồ Nước Trong 265,4 triệu m3' -> total 412,6 million.
'12/125 hồ chứa' total 125. 'hiện' gives no period phrase. 'ngập sâu trên 1 m' is a threshold in the definition (optional).
'Tổng thiệt hại ước tính khoảng 215 tỷ đồng': estimate, about. 'phấn đấu … 100%': target, as-of 31/12/2024."""

emit("p293-4", TEXT, FIGS, HEADER, published="2024-11-25", location="Quảng Ngãi")

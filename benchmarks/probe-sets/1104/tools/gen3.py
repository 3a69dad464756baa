"""p1104-3: Quảng Trị formal report on heat 1/6-31/7/2024 with a flattened '|' table of heat-stroke cases."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Quảng Trị, ngày 05 tháng 8 năm 2024

BÁO CÁO
Tình hình nắng nóng và công tác ứng phó (từ ngày 01/6 đến ngày 31/7/2024)

I. TÌNH HÌNH NẮNG NÓNG
1. Từ ngày 01/6 đến ngày 31/7/2024, trên địa bàn tỉnh xảy ra 4 đợt nắng nóng với tổng cộng 29 ngày nắng nóng, trong đó có 12 ngày nắng nóng gay gắt (nhiệt độ cao nhất từ 37°C trở lên). Nhiệt độ cao nhất đạt 40,9°C tại trạm Đông Hà ngày 17/7/2024, cao hơn 0,6°C so với giá trị lớn nhất cùng kỳ năm 2023.
2. Nắng nóng làm 14 xã thiếu nước sinh hoạt cục bộ với 2.160 hộ bị ảnh hưởng; xảy ra 3 vụ cháy rừng, diện tích thiệt hại 4,7 ha.

II. TÌNH HÌNH SAY NẮNG, SAY NÓNG
Các cơ sở khám, chữa bệnh đã tiếp nhận, điều trị 141 ca say nắng, say nóng, tăng 38,2% so với cùng kỳ; trong đó 26 ca phải nhập viện, không có ca tử vong. Cụ thể:
Đơn vị tính: ca
Địa phương | Số ca say nắng, say nóng | Số ca nhập viện
TP Đông Hà | 46 | 9
Vĩnh Linh | 31 | 6
Gio Linh | 24 | 4
Hải Lăng | 28 | 5
Hướng Hóa | 12 | 2
Toàn tỉnh | 141 | 26

III. CUNG ỨNG ĐIỆN
Sản lượng điện thương phẩm tháng 7/2024 đạt 118,6 triệu kWh, tăng 9,4% so với cùng kỳ; công suất cực đại (Pmax) đạt 246 MW. Lũy kế 7 tháng đầu năm 2024 đạt 702,3 triệu kWh, bằng 58,1% kế hoạch năm.

IV. NHIỆM VỤ THỜI GIAN TỚI
Hiện toàn tỉnh duy trì 35 điểm cấp nước miễn phí tại các khu dân cư. Thực hiện Công điện số 08/CĐ-UBND ngày 14/6/2024, phấn đấu 100% trạm y tế xã bố trí giường cấp cứu say nắng. Dự báo trong tháng 8/2024 còn xảy ra 1-2 đợt nắng nóng.
"""

REP = P("Từ ngày 01/6 đến ngày 31/7/2024", "2024-06-01", "2024-07-31")
C1 = "Số ca say nắng, say nóng"
C2 = "Số ca nhập viện"
rows = [("TP Đông Hà | ", "Đông Hà", 46, 9), ("Vĩnh Linh | ", "Vĩnh Linh", 31, 6), ("Gio Linh | ", "Gio Linh", 24, 4),
        ("Hải Lăng | ", "Hải Lăng", 28, 5), ("Hướng Hóa | ", "Hướng Hóa", 12, 2)]
TABLE = []
for label, place, a, b in rows:
    TABLE.append(F(f"{label}{a} |", str(a), a, "count", "ca", C1, I(REP), location=place))
    TABLE.append(F(f"{label}{a} | {b}\n", str(b), b, "count", "ca", C2, I(REP), location=place))
TABLE.append(F("Toàn tỉnh | 141 |", "141", 141, "count", "ca", C1 + " toàn tỉnh", I(REP)))
TABLE.append(F("Toàn tỉnh | 141 | 26", "26", 26, "count", "ca", C2 + " toàn tỉnh", I(REP)))

JUL = P("tháng 7/2024", "2024-07-01", "2024-07-31")
FIGS = [
    F("xảy ra 4 đợt", "4", 4, "count", "đợt", "đợt nắng nóng", REP),
    F("tổng cộng 29 ngày", "29", 29, "count", "ngày", "ngày nắng nóng", REP),
    F("có 12 ngày", "12", 12, "count", "ngày", "ngày nắng nóng gay gắt", REP, total=29),
    F("từ 37°C trở lên", "37", 37, "measure", "°C", "ngưỡng nhiệt độ cao nhất của nắng nóng gay gắt", REP,
      approx="at_least", optional=True),
    F("đạt 40,9°C", "40,9", 40.9, "measure", "°C", "nhiệt độ cao nhất", P("ngày 17/7/2024", "2024-07-17", "2024-07-17"),
      change=C("increase", 0.6, "°C", "giá trị lớn nhất cùng kỳ năm 2023"), location="Đông Hà"),
    F("làm 14 xã", "14", 14, "count", "xã", "xã thiếu nước sinh hoạt cục bộ", I(REP)),
    F("2.160 hộ", "2.160", 2160, "count", "hộ", "hộ bị ảnh hưởng do thiếu nước sinh hoạt", I(REP)),
    F("3 vụ cháy rừng", "3", 3, "count", "vụ", "vụ cháy rừng", I(REP)),
    F("thiệt hại 4,7 ha", "4,7", 4.7, "measure", "ha", "diện tích rừng bị thiệt hại do cháy", I(REP)),
    F("điều trị 141 ca", "141", 141, "count", "ca", "ca say nắng, say nóng được tiếp nhận, điều trị", I(REP),
      change=C("increase", 38.2, "%", "cùng kỳ")),
    F("trong đó 26 ca", "26", 26, "count", "ca", "ca say nắng, say nóng phải nhập viện", I(REP), total=141),
] + TABLE + [
    F("đạt 118,6 triệu kWh", "118,6", 118.6e6, "measure", "kWh", "sản lượng điện thương phẩm", JUL,
      change=C("increase", 9.4, "%", "cùng kỳ")),
    F("đạt 246 MW", "246", 246, "measure", "MW", "công suất cực đại (Pmax)", JUL),
    F("đạt 702,3 triệu kWh", "702,3", 702.3e6, "measure", "kWh", "sản lượng điện thương phẩm lũy kế",
      P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31"), percent=58.1),
    F("duy trì 35 điểm", "35", 35, "count", "điểm", "điểm cấp nước miễn phí tại các khu dân cư"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trạm y tế xã bố trí giường cấp cứu say nắng", status="target"),
    F("xảy ra 1-2 đợt", "1", 1, "count", "đợt", "đợt nắng nóng", P("trong tháng 8/2024", "2024-08-01", "2024-08-31"),
      value_max=2, status="forecast"),
]

NOTES = [
    "Formal report under the letterhead UBND TỈNH QUẢNG TRỊ, 'Số: 215/BC-UBND', 'Quảng Trị, ngày 05 tháng 8 năm 2024', sections I-IV.",
    "Report period 1/6-31/7/2024 stated in section I.1 (scored there) and inherited by the other sections' figures.",
    "'29 ngày nắng nóng' and '12 ngày' are counts of days (how many days were hot), not durations; 12 has total 29 (trong đó).",
    "'từ 37°C trở lên' is a category threshold: optional. 'cao hơn 0,6°C so với ...' is the change of 40,9°C.",
    "Flattened table: every cell is a figure; row label = location (TP Đông Hà → Đông Hà; 'Toàn tỉnh' → the province),",
    "column label = subject, unit from 'Đơn vị tính: ca'. Table cells get no totals (the Toàn tỉnh row is its own figure).",
    "'bằng 58,1% kế hoạch năm' is the percent of 702,3 triệu kWh. '246 MW' shares the sentence's 'tháng 7/2024'.",
    "Not figures: document numbers, dates, section numbers, 'Công điện số 08/CĐ-UBND ngày 14/6/2024'.",
]

build("p1104-3", TEXT, FIGS, NOTES, published="2024-08-05", location="Quảng Trị")

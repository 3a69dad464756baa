from lib import *

A = """UBND TỈNH GIA LAI
SỞ CÔNG THƯƠNG
Số: 1456/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình phát triển năng lượng tái tạo quý III và 9 tháng năm 2024

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/9/2024, trên địa bàn tỉnh có 121 nhà máy điện năng lượng tái tạo đang vận hành, tổng công suất 4.012,7 MW (chi tiết tại Bảng 1). Quý III/2024, sản lượng điện thương phẩm của các nhà máy đạt 2.915 triệu kWh, tăng 14,8% so với quý III/2023 nhờ mùa mưa và mùa gió thuận lợi.

Bảng 1. Năng lực và sản lượng các nguồn năng lượng tái tạo 9 tháng năm 2024
Loại hình | Số nhà máy | Công suất (MW) | Sản lượng (triệu kWh) | So cùng kỳ (%)
Thủy điện nhỏ | 84 | 1.204,5 | 3.126,4 | 108,2
Điện gió | 12 | 1.007,0 | 2.284,9 | 96,5
Điện mặt trời trang trại | 23 | 1.785,2 | 2.012,6 | 99,1
Điện sinh khối | 2 | 16,0 | 38,7 | 112,4
Cộng | 121 | 4.012,7 | 7.462,6 | 102,6

II. KHÓ KHĂN, VƯỚNG MẮC
Do đường dây 500 kV Pleiku 2 - Chơn Thành thường xuyên đầy tải, 9 tháng năm 2024 các nhà máy điện gió, điện mặt trời bị cắt giảm khoảng 186,3 triệu kWh, chiếm 4,1% sản lượng có thể phát. Hiện còn 7 dự án điện gió với tổng công suất 430 MW đã hoàn thành xây dựng nhưng chưa được công nhận vận hành thương mại (COD), tổng vốn đầu tư hơn 17.500 tỷ đồng.

III. KẾ HOẠCH QUÝ IV/2024
Phấn đấu sản lượng điện năng lượng tái tạo cả năm 2024 đạt 9.800 triệu kWh. Trong quý IV/2024, dự kiến đưa vào vận hành thêm 2 nhà máy thủy điện nhỏ với tổng công suất 24 MW tại huyện Kbang. Đề nghị Bộ Công Thương xem xét bổ sung 1.200 MW điện gió của tỉnh vào Kế hoạch thực hiện Quy hoạch điện VIII.

Nơi nhận:
- Bộ Công Thương (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLNL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Nam
"""

asof = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
tb = I(m9)
y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
q4 = P("Trong quý IV/2024", "2024-10-01", "2024-12-31")

rows = [("Thủy điện nhỏ", "84", "1.204,5", "3.126,4", "108,2"),
        ("Điện gió", "12", "1.007,0", "2.284,9", "96,5"),
        ("Điện mặt trời trang trại", "23", "1.785,2", "2.012,6", "99,1"),
        ("Điện sinh khối", "2", "16,0", "38,7", "112,4"),
        ("Cộng", "121", "4.012,7", "7.462,6", "102,6")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


figs = [
    F("có 121 nhà máy", "121", 121, "count", "nhà máy", "nhà máy điện năng lượng tái tạo đang vận hành", asof),
    F("tổng công suất 4.012,7 MW", "4.012,7", 4012.7, "measure", "MW", "tổng công suất nhà máy điện năng lượng tái tạo", asof),
    F("đạt 2.915 triệu kWh", "2.915", 2915000000, "measure", "kWh", "sản lượng điện thương phẩm của các nhà máy", q3,
      change=CH("increase", 14.8, "%", "quý III/2023")),
]
for label, n, cap, out, idx in rows:
    lab = "tổng cộng" if label == "Cộng" else label
    figs += [
        F(f"{label} | {n} |", n, int(n), "count", "nhà máy", f"Số nhà máy {lab}", tb),
        F(f"| {n} | {cap} |", cap, num(cap), "measure", "MW", f"Công suất {lab}", tb),
        F(f"| {cap} | {out} |", out, num(out) * 1e6, "measure", "kWh", f"Sản lượng {lab}", tb),
        F(f"| {out} | {idx}\n", idx, num(idx), "percent", "%", f"Sản lượng so cùng kỳ {lab}", tb),
    ]
figs += [
    F("500 kV", "500", 500, "measure", "kV", "cấp điện áp đường dây", optional=True),
    F("khoảng 186,3 triệu kWh", "186,3", 186300000, "measure", "kWh", "sản lượng điện gió, điện mặt trời bị cắt giảm", m9,
      approx="about", percent=4.1),
    F("còn 7 dự án", "7", 7, "count", "dự án", "dự án điện gió đã hoàn thành xây dựng nhưng chưa được công nhận vận hành thương mại"),
    F("công suất 430 MW", "430", 430, "measure", "MW", "tổng công suất dự án điện gió chưa được công nhận vận hành thương mại"),
    F("hơn 17.500 tỷ đồng", "17.500", 17500e9, "money", "đồng", "tổng vốn đầu tư dự án điện gió chưa được công nhận vận hành thương mại",
      approx="over"),
    F("đạt 9.800 triệu kWh", "9.800", 9800000000, "measure", "kWh", "sản lượng điện năng lượng tái tạo", y24, status="target"),
    F("thêm 2 nhà máy", "2", 2, "count", "nhà máy", "nhà máy thủy điện nhỏ đưa vào vận hành thêm", q4, status="forecast",
      location="Kbang"),
    F("công suất 24 MW", "24", 24, "measure", "MW", "tổng công suất nhà máy thủy điện nhỏ đưa vào vận hành thêm", q4,
      status="forecast", location="Kbang"),
    F("bổ sung 1.200 MW", "1.200", 1200, "measure", "MW", "điện gió đề nghị bổ sung vào Kế hoạch thực hiện Quy hoạch điện VIII",
      optional=True),
]

build("p237-3", A, figs, [
    "Formal report with letterhead (Sở Công Thương Gia Lai, 'Số: 1456/BC-SCT'); 'Gia Lai, ngày 08 tháng 10 năm 2024' is its date.",
    "Flattened '|' table: every numeric cell is a figure; subject = column label + row label ('Cộng' = tổng cộng); units from the column",
    "headers '(MW)', '(triệu kWh)' (x10^6, unit kWh), '(%)'; period from the caption 'Bảng 1 ... 9 tháng năm 2024' (inherited, not scored).",
    "No total for table cells. 'So cùng kỳ (%)' cells are percent figures (index vs same period), no change object.",
    "'500 kV' is the voltage class in a line's name (optional); 'Pleiku 2', 'Bảng 1', section numbers, 'Lưu: VT' are distractors.",
    "'Hiện còn 7 dự án …' has no period (none stated). 'Phấn đấu' makes 9.800 triệu kWh a target; 'dự kiến' makes the quý IV/2024",
    "plants a forecast. 'Đề nghị … bổ sung 1.200 MW' is a request, optional.",
], published="2024-10-08", location="Gia Lai")

"""p604-3: formal report UBND tỉnh Bình Định — distribution network, '|' table of sales, inspections, Q4 outlook."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình kinh doanh xăng dầu, LPG 9 tháng năm 2024 và phương hướng quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống phân phối
Tính đến ngày 30/9/2024, toàn tỉnh có 08 thương nhân phân phối, 02 tổng đại lý và 356 cửa hàng bán lẻ xăng dầu (tăng 7 cửa hàng so với cùng kỳ); 04 trạm nạp LPG vào chai và 318 cửa hàng kinh doanh LPG chai.

2. Sản lượng bán ra
Bảng 1. Sản lượng xăng dầu, LPG bán ra 9 tháng năm 2024
Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện 9 tháng | So cùng kỳ (%)
Xăng các loại | m³ | 265.000 | 198.450 | 104,2
Dầu diesel | m³ | 310.000 | 236.120 | 101,8
Dầu hỏa | m³ | 1.200 | 815 | 92,5
LPG | tấn | 24.500 | 17.980,5 | 106,3
Tổng sản lượng xăng dầu bán ra 9 tháng đạt 435.385 m³, bằng 75,6% kế hoạch năm.

3. Công tác kiểm tra
Trong 9 tháng, Đoàn kiểm tra liên ngành đã kiểm tra 87 cửa hàng xăng dầu, xử lý 11 cơ sở vi phạm, phạt tiền 186,5 triệu đồng; trong đó 03 cơ sở vi phạm về đo lường, 05 cơ sở không niêm yết giá, 03 cơ sở vi phạm về chất lượng.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Dự kiến sản lượng xăng dầu bán ra quý IV/2024 khoảng 150.000 m³; phấn đấu cả năm 2024 đạt trên 585.000 m³, tăng khoảng 3% so với năm 2023.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K6.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9I = INH(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))

ROWS = [  # label, unit, kind, plan anchor/number, actual anchor/number, ratio anchor/number
    ("Xăng các loại", "m³", "measure", ("| 265.000 |", "265.000", 265000), ("| 198.450 |", "198.450", 198450), ("| 104,2", "104,2", 104.2)),
    ("Dầu diesel", "m³", "measure", ("| 310.000 |", "310.000", 310000), ("| 236.120 |", "236.120", 236120), ("| 101,8", "101,8", 101.8)),
    ("Dầu hỏa", "m³", "measure", ("| 1.200 |", "1.200", 1200), ("| 815 |", "815", 815), ("| 92,5", "92,5", 92.5)),
    ("LPG", "tấn", "measure", ("| 24.500 |", "24.500", 24500), ("| 17.980,5 |", "17.980,5", 17980.5), ("| 106,3", "106,3", 106.3)),
]

FIGS = [
    F("có 08 thương nhân", "08", 8, "count", "thương nhân phân phối", "thương nhân phân phối xăng dầu", ASOF),
    F("02 tổng đại lý", "02", 2, "count", "tổng đại lý", "tổng đại lý xăng dầu", ASOF),
    F("356 cửa hàng", "356", 356, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", ASOF,
      change=CH("increase", 7, "cửa hàng", "cùng kỳ")),
    F("04 trạm nạp", "04", 4, "count", "trạm", "trạm nạp LPG vào chai", ASOF),
    F("318 cửa hàng", "318", 318, "count", "cửa hàng", "cửa hàng kinh doanh LPG chai", ASOF),
]
for label, unit, kind, plan, act, ratio in ROWS:
    FIGS.append(F(plan[0], plan[1], plan[2], kind, unit, f"{label} kế hoạch năm 2024", KH, status="target"))
    FIGS.append(F(act[0], act[1], act[2], kind, unit, f"{label} thực hiện 9 tháng", M9))
    FIGS.append(F(ratio[0], ratio[1], ratio[2], "percent", "%", f"{label} so cùng kỳ", M9I))
FIGS += [
    F("đạt 435.385 m³", "435.385", 435385, "measure", "m³", "tổng sản lượng xăng dầu bán ra", M9, percent=75.6),
    F("kiểm tra 87 cửa hàng", "87", 87, "count", "cửa hàng", "cửa hàng xăng dầu được kiểm tra", M9),
    F("xử lý 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở vi phạm bị xử lý", M9),
    F("phạt tiền 186,5 triệu", "186,5", 186.5e6, "money", "đồng", "số tiền phạt", M9),
    F("03 cơ sở vi phạm về đo lường", "03", 3, "count", "cơ sở", "cơ sở vi phạm về đo lường", M9, total=11),
    F("05 cơ sở không niêm yết", "05", 5, "count", "cơ sở", "cơ sở không niêm yết giá", M9, total=11),
    F("03 cơ sở vi phạm về chất lượng", "03", 3, "count", "cơ sở", "cơ sở vi phạm về chất lượng", M9, total=11),
    F("khoảng 150.000 m³", "150.000", 150000, "measure", "m³", "sản lượng xăng dầu bán ra",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("trên 585.000 m³", "585.000", 585000, "measure", "m³", "sản lượng xăng dầu bán ra cả năm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target",
      change=CH("increase", 3, "%", "năm 2023", approx="about")),
]

COMMENTS = [
    "Formal report, letterhead UBND tỉnh Bình Định, Số: 412/BC-UBND, 'Bình Định, ngày 08 tháng 10 năm 2024': xăng dầu, LPG 9 tháng 2024.",
    "Flattened '|' table (Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện 9 tháng | So cùng kỳ (%)): every numeric cell is a figure;",
    "Kế hoạch column → target; 'Thực hiện' (not 'Ước') → actual; 'So cùng kỳ (%)' cells are percent figures, actual (no cue),",
    "their period only from the table title (inherited). Section numbers I./II./1./2./3., 'Bảng 1', 'K6', the document number are not figures.",
    "The 03/05/03 breakdown follows 'trong đó' after 11 cơ sở vi phạm and adds up: total 11. '08', '02', '04' are counts with a leading zero.",
]

if __name__ == "__main__":
    emit("p604-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Định")

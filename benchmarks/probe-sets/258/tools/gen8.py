from lib import F, P, build

TEXT = """Quan Hóa: Kết nạp 318 đoàn viên mới trong 9 tháng năm 2024

Từ đầu năm đến nay, Huyện đoàn Quan Hóa đã chỉ đạo 28 cơ sở Đoàn trực thuộc tổ chức kết nạp 318 đoàn viên mới, đạt 79,5% kế hoạch năm (400 đoàn viên). Lễ kết nạp được tổ chức gắn với các hoạt động về nguồn tại Di tích lịch sử Km 45 Quốc lộ 15C và các điểm trường vùng cao.

Kết quả kết nạp đoàn viên theo khối (tính đến 30/9/2024)
Đơn vị tính: đoàn viên
Khối	Kế hoạch năm	Thực hiện	Tỷ lệ (%)
Xã, thị trấn	180	142	78,9
Trường học	160	139	86,9
Cơ quan, lực lượng vũ trang	60	37	61,7
Tổng cộng	400	318	79,5

Tính đến ngày 30/9/2024, toàn huyện có 3.126 đoàn viên, chiếm 41,8% tổng số thanh niên trên địa bàn; trong đó đoàn viên là người dân tộc Thái chiếm 68,3%.

Quý III/2024, Huyện đoàn tổ chức 2 đợt hiến máu tình nguyện, tiếp nhận 236 đơn vị máu, tăng 41 đơn vị so với quý III/2023. Trong 9 tháng năm 2024, Huyện đoàn phối hợp Phòng giao dịch Ngân hàng Chính sách xã hội huyện giải ngân cho 23 thanh niên vay vốn phát triển kinh tế với tổng số tiền 1,725 tỷ đồng, mức vay từ 50 đến 100 triệu đồng/hộ.

Quý IV/2024, Huyện đoàn phấn đấu kết nạp thêm 82 đoàn viên, hoàn thành 100% kế hoạch năm; triển khai Chiến dịch "Tình nguyện mùa đông 2024" tại 5 xã đặc biệt khó khăn.

Hà Phương - Huyện đoàn Quan Hóa
07/10/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
ASi = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
KHi = P("Kế hoạch năm", "2024-01-01", "2024-12-31", inh=True)
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [
    ("Xã, thị trấn", "180", 180, "142", 142, "78,9", 78.9),
    ("Trường học", "160", 160, "139", 139, "86,9", 86.9),
    ("Cơ quan, lực lượng vũ trang", "60", 60, "37", 37, "61,7", 61.7),
    ("Tổng cộng", "400", 400, "318", 318, "79,5", 79.5),
]

FIGS = [
    F("Kết nạp 318 đoàn viên", "318", 318, "count", "đoàn viên", "đoàn viên mới kết nạp", M9),
    F("chỉ đạo 28 cơ sở", "28", 28, "count", "cơ sở Đoàn", "cơ sở Đoàn trực thuộc", YTD),
    F("kết nạp 318 đoàn viên mới, đạt", "318", 318, "count", "đoàn viên", "đoàn viên mới kết nạp", YTD,
      percent=79.5, target={"value": 400, "unit": "đoàn viên"}),
]
for label, a_s, a, b_s, b, c_s, c in ROWS:
    FIGS += [
        F(f"{label}\t{a_s}\t", a_s, a, "count", "đoàn viên", f"kết nạp đoàn viên kế hoạch năm khối {label}", KHi, status="target"),
        F(f"\t{a_s}\t{b_s}\t", b_s, b, "count", "đoàn viên", f"kết nạp đoàn viên thực hiện khối {label}", ASi),
        F(f"\t{b_s}\t{c_s}\n", c_s, c, "percent", "%", f"tỷ lệ kết nạp đoàn viên khối {label}", ASi),
    ]
FIGS += [
    F("có 3.126 đoàn viên", "3.126", 3126, "count", "đoàn viên", "đoàn viên", AS, percent=41.8),
    F("chiếm 68,3%", "68,3", 68.3, "percent", "%", "đoàn viên là người dân tộc Thái", AS),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt hiến máu", "đợt hiến máu tình nguyện", Q3),
    F("tiếp nhận 236 đơn vị", "236", 236, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Q3,
      change={"direction": "increase", "value": 41, "unit": "đơn vị", "baseline": "quý III/2023"}),
    F("cho 23 thanh niên", "23", 23, "count", "thanh niên", "thanh niên vay vốn phát triển kinh tế", M9),
    F("1,725 tỷ đồng", "1,725", 1725000000, "money", "đồng", "tổng số tiền giải ngân", M9),
    F("từ 50 đến 100 triệu", "50", 50000000, "money", "đồng/hộ", "mức vay", M9, value_max=100000000),
    F("thêm 82 đoàn viên", "82", 82, "count", "đoàn viên", "đoàn viên kết nạp thêm", Q4, status="target"),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "hoàn thành kế hoạch năm", Q4, status="target"),
    F("tại 5 xã", "5", 5, "count", "xã", "xã đặc biệt khó khăn triển khai Chiến dịch Tình nguyện mùa đông", Q4,
      status="target"),
]

COMMENTS = [
    "Huyện đoàn Quan Hóa (Thanh Hóa), district news item; no dateline at the top, bare date '07/10/2024' at the end after the byline",
    "(the article's own date → published). 'Từ đầu năm đến nay' = 2024-01-01 … published.",
    "Tab-separated table with 'Đơn vị tính: đoàn viên' and a '(%)' column; caption '(tính đến 30/9/2024)' gives the result cells an",
    "inherited as-of period, 'Kế hoạch năm' cells are targets (year from the caption). No totals on table cells (the 'Tổng cộng' row is a figure).",
    "Distractors: 'Di tích lịch sử Km 45 Quốc lộ 15C' (name with numbers), 'Tình nguyện mùa đông 2024' (campaign name), dates.",
    "'đạt 79,5% kế hoạch năm (400 đoàn viên)' → percent 79.5 and target 400. 'chiếm 41,8% tổng số thanh niên' → percent of 3.126;",
    "'trong đó … chiếm 68,3%' is a share standing alone (percent figure). 'tăng 41 đơn vị so với quý III/2023' → change in 'đơn vị'.",
    "Quý IV targets: 'phấn đấu' governs the continuing clauses ('hoàn thành 100%', 'tại 5 xã').",
]

build("p258-8", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Quan Hóa")

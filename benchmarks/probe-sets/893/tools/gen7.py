"""p893-7: Ban Quản lý các KCN tỉnh Hà Nam (department site, no dateline) - where workers live, one-cell-per-line table."""
from lib import F, P, I, C, T, build

HEAD = ["Khu công nghiệp", "Tổng số lao động", "Lao động ngoại tỉnh", "Lao động thuê trọ"]
ROWS = [("Đồng Văn I", ["12.480", "3.150", "4.020"]),
        ("Đồng Văn II", ["21.760", "6.840", "8.315"]),
        ("Đồng Văn III", ["18.930", "7.210", "7.960"]),
        ("Châu Sơn", ["9.870", "2.460", "3.105"]),
        ("Hòa Mạc", ["6.540", "1.380", "1.920"]),
        ("Tổng cộng", ["69.580", "21.040", "25.320"])]
TABLE = "\n".join(HEAD + [x for r, cells in ROWS for x in [r] + cells])

TEXT = """
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HÀ NAM
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Tình hình chỗ ở của người lao động tại các khu công nghiệp

Theo kết quả tổng hợp của Ban Quản lý các KCN tỉnh Hà Nam, số lao động làm việc tại các khu công nghiệp tính đến ngày 31/12/2024 như sau:
Đơn vị tính: người
""" + TABLE + """

Số lao động thuê trọ chiếm 36,4% tổng số lao động tại các KCN. Quanh các KCN hiện có khoảng 14.200 phòng trọ do 1.860 hộ gia đình kinh doanh; giá thuê bình quân 1,1 triệu đồng/phòng/tháng, tăng 10% so với năm 2023.

Dự án nhà ở công nhân tại KCN Đồng Văn III có quy mô 1.500 căn hộ, đã hoàn thành giai đoạn 1 với 420 căn, giá thuê từ 650.000 đến 950.000 đồng/căn/tháng. Năm 2025, Ban Quản lý phấn đấu 60% lao động ngoại tỉnh có chỗ ở đạt chuẩn; dự kiến hoàn thành thêm 480 căn hộ giai đoạn 2.

BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HÀ NAM
Địa chỉ: Số 18 đường Lê Hoàn, phường Quang Trung, TP Phủ Lý, tỉnh Hà Nam
Điện thoại: 0226.3852.569 - Fax: 0226.3852.570
Lượt truy cập: 1.284.557 | Đang trực tuyến: 37
"""

ASOF = P("tính đến ngày 31/12/2024", end="2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = []
for row, cells in ROWS:
    for j, cell in enumerate(cells):
        col = HEAD[j + 1].lower()
        prev = row if j == 0 else cells[j - 1]
        anchor = f"{prev}\n{cell}\n"
        subject = f"{col} {'tổng cộng' if row == 'Tổng cộng' else 'KCN ' + row}"
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", "người", subject, I(ASOF)))
FIGS += [
    F("chiếm 36,4% tổng số lao động", "36,4", 36.4, "percent", "%", "lao động thuê trọ trong tổng số lao động tại các KCN"),
    F("khoảng 14.200 phòng trọ", "14.200", 14200, "count", "phòng trọ", "phòng trọ quanh các KCN", approx="about"),
    F("do 1.860 hộ", "1.860", 1860, "count", "hộ", "hộ gia đình kinh doanh phòng trọ"),
    F("bình quân 1,1 triệu", "1,1", 1100000, "money", "đồng/phòng/tháng", "giá thuê phòng trọ bình quân",
      change=C("increase", 10, "%", "năm 2023")),
    F("quy mô 1.500 căn hộ", "1.500", 1500, "count", "căn hộ", "quy mô dự án nhà ở công nhân KCN Đồng Văn III"),
    F("với 420 căn", "420", 420, "count", "căn", "căn hộ đã hoàn thành giai đoạn 1"),
    F("từ 650.000 đến", "650.000", 650000, "money", "đồng/căn/tháng", "giá thuê căn hộ nhà ở công nhân",
      value_max=950000),
    F("phấn đấu 60% lao động", "60", 60, "percent", "%", "lao động ngoại tỉnh có chỗ ở đạt chuẩn", Y25,
      status="target"),
    F("thêm 480 căn hộ", "480", 480, "count", "căn hộ", "căn hộ hoàn thành giai đoạn 2", Y25, status="forecast"),
]

NOTES = [
    "Ban Quản lý các KCN tỉnh Hà Nam (department site): no dateline, footer with address, phone, fax, visit counter.",
    "Table pasted one cell per line (header cells, then each row's cells); 'Đơn vị tính: người'. Row labels are industrial parks,",
    "not places: they go to the subject (column label + KCN name), location stays Hà Nam. Period from the line above (inherited).",
    "No totals on table cells (the Tổng cộng row is its own figure). 'Đồng Văn I/II/III' are names, not numbers.",
    "Distractors: Số 18 đường Lê Hoàn, phone and fax, 'Lượt truy cập: 1.284.557', 'Đang trực tuyến: 37', 'giai đoạn 1/2' (phases).",
    "'hiện có' gives no period; the price change baseline 'năm 2023' is no period. 'dự kiến' after ';' in the 2025 sentence: forecast, period 2025.",
    "The Đồng Văn III project's '420 căn' has no part-of cue towards the 1.500: no total.",
]

build("p893-7", TEXT, FIGS, NOTES, published=None, location="Hà Nam")

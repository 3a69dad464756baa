"""p934-7: Công an tỉnh Quảng Ninh, Phòng PC06 site, no dateline; one-cell-per-line table of residence registration."""
from lib import F, P, I, C, T, build

ROWS = [("Đăng ký thường trú", "41.208", "44.675", "46.000"),
        ("Đăng ký tạm trú", "52.930", "57.114", "60.000"),
        ("Xóa đăng ký thường trú", "23.517", "26.803", "25.000"),
        ("Khai báo tạm vắng", "9.482", "8.960", "9.000"),
        ("Thông báo lưu trú", "30.513", "30.795", "32.000")]
TABLE = "\n".join(["Loại thủ tục", "Năm 2023", "Năm 2024", "Kế hoạch 2025"] +
                  [c for r in ROWS for c in r])

TEXT = f"""CÔNG AN TỈNH QUẢNG NINH
PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả đăng ký, quản lý cư trú năm 2024

Năm 2024, Công an các cấp trong tỉnh đã giải quyết 168.347 hồ sơ đăng ký, quản lý cư trú, tăng 6,8% so với năm 2023; trong đó 94,6% hồ sơ được tiếp nhận trực tuyến, không có hồ sơ trễ hạn. Kết quả theo loại thủ tục như sau:

Đơn vị tính: hồ sơ
{TABLE}

Về cấp căn cước, năm 2024 toàn tỉnh thu nhận 102.456 hồ sơ cấp thẻ căn cước, trong đó 17.389 hồ sơ cấp cho trẻ em dưới 14 tuổi. Lũy kế, tỉnh đã kích hoạt 987.215 tài khoản định danh điện tử, xếp thứ 5 toàn quốc về tỷ lệ kích hoạt.

Thời gian giải quyết một hồ sơ đăng ký thường trú bình quân còn 2,5 ngày làm việc, rút ngắn 1,5 ngày so với năm 2023. Trong năm, lực lượng công an đã phát hiện, xử lý 1.146 trường hợp vi phạm quy định về đăng ký cư trú, phạt tiền gần 1,9 tỷ đồng, chủ yếu tại các cơ sở lưu trú dọc Quốc lộ 18.

CÔNG AN TỈNH QUẢNG NINH - PHÒNG PC06
Địa chỉ: Số 198 đường Lê Thánh Tông, phường Hồng Gai, TP Hạ Long
Điện thoại: 0203.3835.412 - Đường dây nóng: 069.2805.113
Lượt truy cập: 1.284.906 | Đang trực tuyến: 37
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TN = P("Trong năm", "2024-01-01", "2024-12-31")
COLS = [("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Năm 2024", P("Năm 2024", "2024-01-01", "2024-12-31"), "actual"),
        ("Kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]

FIGS = [
    F("giải quyết 168.347 hồ sơ", "168.347", 168347, "count", "hồ sơ",
      change=C("increase", 6.8, baseline="năm 2023"),
      subject="hồ sơ đăng ký, quản lý cư trú giải quyết", period=Y24),
    F("trong đó 94,6% hồ sơ", "94,6", 94.6, "percent", "%",
      subject="hồ sơ đăng ký, quản lý cư trú được tiếp nhận trực tuyến", period=Y24),
]
prev = "Kế hoạch 2025"
for label, *cells in ROWS:
    anchor_prev = label
    for (col, per, status), cell in zip(COLS, cells):
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(f"{anchor_prev}\n{cell}", cell, float(cell.replace(".", "")), "count", "hồ sơ",
                      subject=f"hồ sơ {label.lower()} {col.lower()}", period=per, **kw))
        anchor_prev = cell
FIGS += [
    F("thu nhận 102.456 hồ sơ", "102.456", 102456, "count", "hồ sơ",
      subject="hồ sơ cấp thẻ căn cước thu nhận", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("trong đó 17.389 hồ sơ", "17.389", 17389, "count", "hồ sơ", total=102456,
      subject="hồ sơ cấp thẻ căn cước cho trẻ em dưới 14 tuổi", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("trẻ em dưới 14 tuổi", "14", 14, "measure", "tuổi", approx="under", optional=True),
    F("kích hoạt 987.215 tài khoản", "987.215", 987215, "count", "tài khoản",
      subject="tài khoản định danh điện tử đã kích hoạt lũy kế"),
    F("xếp thứ 5 toàn quốc", "5", 5, "rank", "hạng",
      subject="tỷ lệ kích hoạt tài khoản định danh điện tử"),
    # no period phrase in this sentence; 'so với năm 2023' is a baseline only
    F("bình quân còn 2,5 ngày", "2,5", 2.5, "measure", "ngày làm việc",
      change=C("decrease", 1.5, "ngày", "năm 2023"),
      subject="thời gian giải quyết một hồ sơ đăng ký thường trú bình quân"),
    F("xử lý 1.146 trường hợp", "1.146", 1146, "count", "trường hợp",
      subject="trường hợp vi phạm quy định về đăng ký cư trú bị phát hiện, xử lý", period=TN),
    F("gần 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng", approx="nearly",
      subject="tiền phạt vi phạm quy định về đăng ký cư trú", period=TN),
]

COMMENTS = [
    "Phòng PC06, Công an tỉnh Quảng Ninh: department site with no dateline (no published); footer address, phones, visit counter.",
    "Table pasted one cell per line: header 'Loại thủ tục / Năm 2023 / Năm 2024 / Kế hoạch 2025', unit 'Đơn vị tính: hồ sơ'.",
    "Every numeric cell is a figure; subject = row label + column label; period from the column header (scored); 'Kế hoạch 2025' → target.",
    "The 2024 column adds up to 168.347; table cells get no totals (the whole stands in the prose, not as a table row).",
    "Not figures: 'Số 198 đường Lê Thánh Tông', 'TP Hạ Long' (address), '0203.3835.412', '069.2805.113', 'Lượt truy cập: 1.284.906',",
    "'Đang trực tuyến: 37', 'Quốc lộ 18'. 'Trong năm' in a year report is 2024 (scored). 'trong đó 94,6% hồ sơ …' is a percent figure of its own (a share of a part with no count).",
]

build("p934-7", TEXT, FIGS, COMMENTS, location="Quảng Ninh")

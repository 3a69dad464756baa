"""p1212-7: department site (Sở LĐ-TB&XH Quảng Bình), no dateline, one-cell-per-line table of victim support."""
from lib import F, P, I, C, T, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Nâng cao hiệu quả hỗ trợ nạn nhân bom mìn

Theo kết quả rà soát, Quảng Bình hiện có 2.874 nạn nhân bom mìn còn sống, đứng thứ 2 cả nước sau Quảng Trị; trong đó 1.105 người bị suy giảm khả năng lao động từ 61% trở lên.

Kết quả hỗ trợ nạn nhân bom mìn giai đoạn 2022 - 2024
Đơn vị tính: lượt người
Nội dung hỗ trợ
Năm 2022
Năm 2023
Năm 2024
Chỉnh hình, phục hồi chức năng
412
455
503
Sinh kế, vay vốn
186
203
241
Học nghề, việc làm
74
88
96
Tổng số
672
746
840

Năm 2024, tổng kinh phí hỗ trợ nạn nhân từ ngân sách tỉnh và các tổ chức quốc tế đạt 6,35 tỷ đồng, tăng 14,2% so với năm 2023. Nạn nhân có hoàn cảnh đặc biệt khó khăn được trợ cấp 540.000 đồng/người/tháng.

Tại xã Sơn Trạch, huyện Bố Trạch, tổ hợp tác chăn nuôi của 14 hộ nạn nhân bom mìn được hỗ trợ 210 triệu đồng để mua 30 con bò giống. Sau hai năm, đàn bò đã tăng lên 52 con, thu nhập bình quân của mỗi hộ khoảng 4 triệu đồng/tháng.

Năm 2025, Sở phấn đấu hỗ trợ ít nhất 900 lượt nạn nhân, trong đó 300 lượt được hỗ trợ sinh kế.

Liên kết website: Cổng TTĐT tỉnh | Bộ LĐ-TB&XH
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG BÌNH
Địa chỉ: Số 6 Trần Hưng Đạo, TP Đồng Hới | Điện thoại: 0232.3822.516
Tổng lượt truy cập: 903.416 | Đang online: 37
"""

YEARS = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
         "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
         "Năm 2024": P("Năm 2024", "2024-01-01", "2024-12-31")}
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
BT = "Bố Trạch"


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "lượt người",
             subject=f"hỗ trợ {row} {col.lower()}", period=YEARS[col])


ROWS = [("Chỉnh hình, phục hồi chức năng", ["412", "455", "503"]),
        ("Sinh kế, vay vốn", ["186", "203", "241"]),
        ("Học nghề, việc làm", ["74", "88", "96"]),
        ("Tổng số", ["672", "746", "840"])]
COLS = ["Năm 2022", "Năm 2023", "Năm 2024"]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, int(n), label.lower() if label == "Tổng số" else label, col))
        prev = n

FIGS = [
    F("có 2.874 nạn nhân", "2.874", 2874, "count", "nạn nhân", subject="nạn nhân bom mìn còn sống"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="số nạn nhân bom mìn còn sống so với cả nước"),
    F("trong đó 1.105 người", "1.105", 1105, "count", "người", total=2874,
      subject="nạn nhân bị suy giảm khả năng lao động từ 61% trở lên"),
    F("từ 61% trở lên", "61", 61, "percent", "%", approx="at_least", optional=True,
      subject="mức suy giảm khả năng lao động"),
] + CELLS + [
    F("đạt 6,35 tỷ", "6,35", 6350000000, "money", "đồng",
      change=C("increase", 14.2, "%", "năm 2023"),
      subject="tổng kinh phí hỗ trợ nạn nhân từ ngân sách tỉnh và các tổ chức quốc tế", period=Y24),
    F("trợ cấp 540.000", "540.000", 540000, "money", "đồng/người/tháng",
      subject="trợ cấp cho nạn nhân có hoàn cảnh đặc biệt khó khăn"),
    F("của 14 hộ", "14", 14, "count", "hộ", subject="hộ nạn nhân bom mìn trong tổ hợp tác chăn nuôi", location=BT),
    F("hỗ trợ 210 triệu", "210", 210000000, "money", "đồng",
      subject="kinh phí hỗ trợ tổ hợp tác chăn nuôi mua bò giống", location=BT),
    F("mua 30 con", "30", 30, "count", "con bò giống", subject="bò giống được mua", location=BT),
    F("lên 52 con", "52", 52, "count", "con", subject="đàn bò của tổ hợp tác", location=BT),
    F("khoảng 4 triệu", "4", 4000000, "money", "đồng/tháng", approx="about",
      subject="thu nhập bình quân của mỗi hộ", location=BT),
    F("ít nhất 900 lượt", "900", 900, "count", "lượt nạn nhân", approx="at_least", status="target",
      subject="lượt nạn nhân bom mìn được hỗ trợ", period=Y25),
    F("trong đó 300 lượt", "300", 300, "count", "lượt", total=900, status="target",
      subject="lượt nạn nhân được hỗ trợ sinh kế", period=Y25),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Quảng Bình), no dateline: menu, related links, footer address, phone, 'Tổng lượt truy cập', 'Đang online'.",
    "One-cell-per-line table, 'Đơn vị tính: lượt người'; rows are kinds of support (not places), columns are years: subject = 'hỗ trợ' + row + column,",
    "period from the column header (scored). The 'Tổng số' row is its own figures; cells get no totals.",
    "'đứng thứ 2 cả nước' is a rank. 'từ 61% trở lên' defines the group (optional). 'Sau hai năm' is a duration that locates the herd (not a figure).",
    "Sơn Trạch passage (two sentences) is placed in huyện Bố Trạch. 'tăng lên 52 con' states the new level (no change value).",
    "Distractors: 'Số 6 Trần Hưng Đạo', phone 0232.3822.516, counters 903.416 and 37, 'giai đoạn 2022 - 2024' in the caption.",
]

if __name__ == "__main__":
    write("p1212-7", TEXT, NOTES, FIGS, location="Quảng Bình")

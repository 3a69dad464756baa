"""p1113-3: Ninh Thuận formal report - halal products, flattened | table, exports, Q4 tasks."""
from lib import F, write_set, period, year, upto, inherit, change, target

TEXT = """UBND TỈNH NINH THUẬN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/BC-UBND
Ninh Thuận, ngày 18 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển sản phẩm Halal 9 tháng đầu năm 2024

Thực hiện Kế hoạch số 1089/KH-UBND ngày 12/5/2023 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Chứng nhận Halal
Tính đến ngày 30/9/2024, toàn tỉnh có 19 cơ sở được cấp giấy chứng nhận Halal, đạt 76% kế hoạch năm (kế hoạch 25 cơ sở), với 64 sản phẩm. Tỉnh đã hỗ trợ chi phí chứng nhận cho 7 cơ sở với tổng kinh phí 315 triệu đồng, bình quân 45 triệu đồng/cơ sở.

Số sản phẩm được chứng nhận Halal theo nhóm:
Đơn vị tính: sản phẩm
Nhóm sản phẩm | Năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024
Thủy sản chế biến | 18 | 24 | 28
Nông sản, trái cây sấy | 12 | 17 | 20
Muối, gia vị | 9 | 15 | 18
Thực phẩm khác | 5 | 8 | 10
Tổng cộng | 44 | 64 | 76

2. Xuất khẩu và du lịch
9 tháng, kim ngạch xuất khẩu sản phẩm Halal đạt 23,8 triệu USD, tăng 17,4% so với cùng kỳ, bằng 68% kế hoạch năm. Trong đó, thị trường Malaysia và Indonesia chiếm lần lượt 42% và 27%. Làng Chăm Văn Lâm (huyện Thuận Nam) đón 2.150 lượt khách quốc tế, tăng 35% so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cấp mới chứng nhận cho ít nhất 6 cơ sở, nâng tổng số lên 25 cơ sở.
2. Kim ngạch xuất khẩu sản phẩm Halal cả năm dự kiến đạt 32 triệu USD.
"""

ASOF = upto("Tính đến ngày 30/9/2024", "2024-09-30")
Y23 = year("Năm 2023", 2023)
M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PLAN = year("Kế hoạch năm 2024", 2024)
Q4 = period("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

ROWS = [  # label, anchor prefix for first cell, three cells
    ("Thủy sản chế biến", [("chế biến | 18", "18"), ("| 18 | 24", "24"), ("| 24 | 28", "28")]),
    ("Nông sản, trái cây sấy", [("sấy | 12", "12"), ("| 12 | 17", "17"), ("| 17 | 20", "20")]),
    ("Muối, gia vị", [("gia vị | 9", "9"), ("| 9 | 15", "15"), ("| 15 | 18", "18")]),
    ("Thực phẩm khác", [("khác | 5", "5"), ("| 5 | 8", "8"), ("| 8 | 10", "10")]),
    ("Tổng cộng", [("Tổng cộng | 44", "44"), ("| 44 | 64", "64"), ("| 64 | 76", "76")]),
]
COLS = [("năm 2023", Y23, "actual"), ("9 tháng năm 2024", M9, "actual"),
        ("kế hoạch năm 2024", PLAN, "target")]

FIGS = [
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận Halal",
      percent=76, target=target(25, "cơ sở", False), period=ASOF),
    F("với 64 sản phẩm", "64", 64, "count", "sản phẩm", "sản phẩm được chứng nhận Halal",
      period=ASOF),
    F("cho 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở được hỗ trợ chi phí chứng nhận"),
    F("kinh phí 315 triệu đồng", "315", 315_000_000, "money", "đồng",
      "tổng kinh phí hỗ trợ chi phí chứng nhận"),
    F("bình quân 45 triệu đồng/cơ sở", "45", 45_000_000, "money", "đồng/cơ sở",
      "kinh phí hỗ trợ chứng nhận bình quân"),
]
for label, cells in ROWS:
    for (anchor, num), (col, per, status) in zip(cells, COLS):
        subj = f"{label} {col}"  # FIGURES.md: a cell's subject is the row label and the column label
        FIGS.append(F(anchor, num, int(num), "count", "sản phẩm", subj,
                      status=None if status == "actual" else status, period=per))
FIGS += [
    F("đạt 23,8 triệu USD", "23,8", 23_800_000, "money", "USD",
      "kim ngạch xuất khẩu sản phẩm Halal", percent=68,
      change=change("increase", 17.4, "%", "cùng kỳ"),
      period=period("9 tháng", "2024-01-01", "2024-09-30")),
    F("lần lượt 42%", "42", 42, "percent", "%",
      "tỷ trọng thị trường Malaysia trong kim ngạch xuất khẩu sản phẩm Halal",
      period=period("9 tháng", "2024-01-01", "2024-09-30", inherited=True)),
    F("và 27%", "27", 27, "percent", "%",
      "tỷ trọng thị trường Indonesia trong kim ngạch xuất khẩu sản phẩm Halal",
      period=period("9 tháng", "2024-01-01", "2024-09-30", inherited=True)),
    F("đón 2.150 lượt khách", "2.150", 2150, "count", "lượt khách",
      "lượt khách quốc tế đến làng Chăm Văn Lâm", location="Thuận Nam",
      change=change("increase", 35, "%", "cùng kỳ"),
      period=period("9 tháng", "2024-01-01", "2024-09-30", inherited=True)),
    F("ít nhất 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở cấp mới chứng nhận Halal",
      approx="at_least", status="target", period=Q4),
    F("lên 25 cơ sở", "25", 25, "count", "cơ sở", "tổng số cơ sở được chứng nhận Halal",
      status="target", period=Q4),
    F("đạt 32 triệu USD", "32", 32_000_000, "money", "USD",
      "kim ngạch xuất khẩu sản phẩm Halal cả năm", status="forecast",
      period=year("cả năm", 2024)),
]

write_set("p1113-3", TEXT, FIGS, published="2024-10-18", location="Ninh Thuận", notes=[
    "Formal report of UBND tỉnh Ninh Thuận (Số: 215/BC-UBND, ngày 18 tháng 10 năm 2024), halal products 9 months 2024.",
    "Flattened '|' table, 'Đơn vị tính: sản phẩm': every cell a figure, period from the column header (scored), the",
    "'Kế hoạch năm 2024' column is status target; the Tổng cộng row is its own figure; cells carry no total.",
    "'(kế hoạch 25 cơ sở)' = target attribute of 19 cơ sở (met false). '42% và 27%' in the next sentence stand without",
    "the estimate/forecast cue (there is none) and are percent figures of their own. Q4 tasks inherit the heading period.",
    "revised after the first run: table-cell subjects reduced to row label + column label (FIGURES.md, Tables); the caption was dropped.",
    "Distractors: Số 215/BC-UBND, Kế hoạch số 1089/KH-UBND ngày 12/5/2023, section numbers I./II./1./2., QUÝ IV/2024, the date line.",
])

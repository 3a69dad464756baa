from lib import *
NAME = 'p445-8'
ROWS = [
    ("Minh Hóa", ["126.540", "86,91", "87,02"]),
    ("Tuyên Hóa", ["88.215", "76,35", "76,48"]),
    ("Bố Trạch", ["171.036", "80,12", "80,27"]),
    ("Quảng Ninh", ["93.480", "78,60", "78,66"]),
    ("Lệ Thủy", ["105.750", "74,03", "74,20"]),
    ("Đồng Hới", ["5.862", "37,15", "37,38"]),
]
table = "\n".join(label + "\n" + "\n".join(c) for label, c in ROWS)
TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH
Kinh tế | Nông nghiệp - Nông thôn

Độ che phủ rừng năm 2023 của tỉnh đạt 68,75%

UBND tỉnh vừa phê duyệt kết quả theo dõi diễn biến rừng năm 2023 tại Quyết định số 512/QĐ-UBND. Theo đó, tính đến ngày 31/12/2023, tổng diện tích đất có rừng toàn tỉnh Quảng Bình là 614.372 ha, trong đó rừng tự nhiên 465.820 ha, rừng trồng 148.552 ha. Tỷ lệ che phủ rừng đạt 68,75%, tăng 0,14% so với năm 2022, thuộc nhóm 5 tỉnh có độ che phủ rừng cao nhất cả nước.

Độ che phủ rừng tại một số địa phương như sau:

Đơn vị
Diện tích có rừng năm 2023 (ha)
Độ che phủ năm 2022 (%)
Độ che phủ năm 2023 (%)
""" + table + """

Năm 2023, toàn tỉnh trồng mới được 7.856 ha rừng tập trung, vượt 12,2% kế hoạch; sản lượng gỗ rừng trồng khai thác đạt 1,12 triệu m3. Cũng trong năm 2023, trên địa bàn xảy ra 3 vụ cháy rừng với diện tích thiệt hại 4,6 ha, giảm 5 vụ so với năm 2022.

Tỉnh phấn đấu đến năm 2025 duy trì độ che phủ rừng ở mức trên 68%; đến năm 2030 có 100.000 ha rừng được cấp chứng chỉ quản lý rừng bền vững. Người dân có thể tra cứu bản đồ hiện trạng rừng tại Chi cục Kiểm lâm, số 128 đường Lý Thường Kiệt, TP Đồng Hới.

Hoàng Anh - Sở Nông nghiệp và PTNT
22/01/2024
"""
AS = P("tính đến ngày 31/12/2023", None, "2023-12-31")
ASi = P("tính đến ngày 31/12/2023", None, "2023-12-31", inherited=True)
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("của tỉnh đạt 68,75%", "68,75", 68.75, "percent", "%", "độ che phủ rừng", period=Y23),
    F("Quảng Bình là 614.372 ha", "614.372", 614372, "measure", "ha", "tổng diện tích đất có rừng", period=AS),
    F("rừng tự nhiên 465.820 ha", "465.820", 465820, "measure", "ha", "diện tích rừng tự nhiên", total=614372, period=AS),
    F("rừng trồng 148.552 ha", "148.552", 148552, "measure", "ha", "diện tích rừng trồng", total=614372, period=AS),
    F("rừng đạt 68,75%", "68,75", 68.75, "percent", "%", "tỷ lệ che phủ rừng",
      change=C("increase", 0.14, "%", "năm 2022"), period=ASi),
    F("nhóm 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh có độ che phủ rừng cao nhất cả nước", optional=True,
      location="Việt Nam"),
]
COLS = [("diện tích có rừng", "measure", "ha", Y23), ("độ che phủ", "percent", "%", Y22), ("độ che phủ", "percent", "%", Y23)]
def num(s):
    return float(s.replace(".", "").replace(",", "."))
for label, cells in ROWS:
    prev = label
    for (col, kind, unit, per), c in zip(COLS, cells):
        v = num(c)
        v = int(v) if v.is_integer() else v
        FIGS.append(F(f"{prev}\n{c}", c, v, kind, unit, col, period=per, location=label))
        prev = c
FIGS += [
    F("trồng mới được 7.856 ha", "7.856", 7856, "measure", "ha", "diện tích trồng mới rừng tập trung",
      change=C("increase", 12.2, "%", "kế hoạch"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 1,12 triệu m3", "1,12", 1120000, "measure", "m3", "sản lượng gỗ rừng trồng khai thác",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ", "vụ cháy rừng", change=C("decrease", 5, "vụ", "năm 2022"), period=Y23),
    F("thiệt hại 4,6 ha", "4,6", 4.6, "measure", "ha", "diện tích thiệt hại do cháy rừng", period=Y23),
    F("mức trên 68%", "68", 68, "percent", "%", "độ che phủ rừng", approx="over", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("có 100.000 ha", "100.000", 100000, "measure", "ha", "diện tích rừng được cấp chứng chỉ quản lý rừng bền vững",
      status="target", period=P("đến năm 2030", None, "2030-12-31")),
]
HEADER = """
Province portal (Cổng TTĐT tỉnh Quảng Bình): forest status 2023, forest cover by district in a one-cell-per-line table
(Đơn vị | Diện tích có rừng năm 2023 (ha) | Độ che phủ năm 2022 (%) | Độ che phủ năm 2023 (%)), planting, fires, targets.
Byline and a bare date '22/01/2024' at the end give `published`. Distractors: 'Quyết định số 512/QĐ-UBND', address 'số 128 đường
Lý Thường Kiệt', 'nhóm 5 tỉnh' (a label, optional). 'Quảng Ninh' in the table is huyện Quảng Ninh of Quảng Bình (a district row).
Table cells: subject = column label, location = district, period from the column header's year, unit from the header.
'68,75%, tăng 0,14% so với năm 2022' → change 0.14 %; it inherits the as-of date of the previous sentence.
'7.856 ha …, vượt 12,2% kế hoạch' → change +12.2 % with baseline kế hoạch (FIGURES.md: gap to a plan is a change).
Targets 'đến năm 2025 … trên 68%' and 'đến năm 2030 … 100.000 ha': status target, end-only periods.
"""
write(NAME, TEXT, FIGS, HEADER, published="2024-01-22", location="Quảng Bình")

from lib import F, P, emit

ROWS = [
    ("Thành phố Quy Nhơn", "Quy Nhơn", ["98,1", "98,9", "99,5"]),
    ("Thị xã An Nhơn", "An Nhơn", ["91,4", "93,2", "95,8"]),
    ("Thị xã Hoài Nhơn", "Hoài Nhơn", ["84,6", "88,3", "91,7"]),
    ("Huyện Tuy Phước", "Tuy Phước", ["86,2", "89,0", "92,4"]),
    ("Huyện Phù Mỹ", "Phù Mỹ", ["79,5", "83,1", "87,6"]),
]
YEARS = ["2022", "2023", "2024"]

table = "Địa phương\n\nNăm 2022\n\nNăm 2023\n\nNăm 2024\n\n" + "\n\n".join(
    label + "\n\n" + "\n\n".join(cells) for label, _, cells in ROWS)

TEXT = """Bình Định: Năm 2024, tỷ lệ dân số đô thị được cấp nước sạch đạt 96,3%
Ngày cập nhật: 05/02/2025

(BĐ) - Theo Sở Xây dựng, năm 2024 toàn tỉnh có 11 đô thị được cung cấp nước sạch từ 16 nhà máy nước với tổng công suất 142.000 m3/ngày đêm. Tỷ lệ dân số đô thị được cấp nước sạch đạt 96,3%, tăng 1,8% so với năm 2023 và vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX đề ra (95%).

Trong năm 2024, Công ty cổ phần Cấp thoát nước Bình Định đã đưa vào vận hành Nhà máy nước Nhơn Hội giai đoạn 2 với công suất 20.000 m3/ngày đêm, tổng vốn đầu tư khoảng 245 tỷ đồng; đồng thời lắp đặt mới 68,4 km đường ống phân phối, cấp nước cho các khu dân cư mới tại Khu kinh tế Nhơn Hội.

Tỷ lệ dân số đô thị được cấp nước sạch phân theo địa phương
Đơn vị tính: %

""" + table + """

Tỷ lệ thất thoát nước sạch bình quân trên địa bàn tỉnh năm 2024 là 18,9%. Trong năm, các đơn vị cấp nước đã phát triển mới 9.460 khách hàng, nâng tổng số khách hàng lên gần 186.000. Năm 2025, tỉnh phấn đấu tỷ lệ dân số đô thị được cấp nước sạch đạt 97%, trong đó thị xã Hoài Nhơn đạt từ 94% trở lên.

Thông tin chi tiết xem tại chuyên mục Hạ tầng đô thị hoặc liên hệ Sở Xây dựng, số 27 đường Lê Lợi, TP Quy Nhơn.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24I = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
SUBJ = "Tỷ lệ dân số đô thị được cấp nước sạch"

FIGS = [
    F("sạch đạt 96,3%\nNgày", "96,3", 96.3, "percent", "%", SUBJ, period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("có 11 đô thị", "11", 11, "count", "đô thị", "đô thị được cung cấp nước sạch", period=Y24),
    F("từ 16 nhà máy", "16", 16, "count", "nhà máy nước", "nhà máy nước", period=Y24),
    F("công suất 142.000 m3", "142.000", 142000, "measure", "m3/ngày đêm", "tổng công suất", period=Y24),
    F("sạch đạt 96,3%, tăng", "96,3", 96.3, "percent", "%", SUBJ,
      change={"direction": "increase", "value": 1.8, "unit": "%", "baseline": "năm 2023"},
      target={"value": 95, "unit": "%", "met": True}, period=Y24I),
]
T24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
FIGS += [
    F("công suất 20.000 m3", "20.000", 20000, "measure", "m3/ngày đêm", "công suất Nhà máy nước Nhơn Hội giai đoạn 2", period=T24),
    F("khoảng 245 tỷ đồng", "245", 245000000000, "money", "đồng", "tổng vốn đầu tư Nhà máy nước Nhơn Hội giai đoạn 2", approx="about", period=T24),
    F("mới 68,4 km", "68,4", 68.4, "measure", "km", "đường ống phân phối lắp đặt mới", period=T24),
]
for label, loc, cells in ROWS:
    before = label
    for y, c in zip(YEARS, cells):
        v = float(c.replace(",", "."))
        FIGS.append(F(f"{before}\n\n{c}", c, v, "percent", "%", SUBJ, location=loc,
                      period=P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31")))
        before = c
FIGS += [
    F("là 18,9%", "18,9", 18.9, "percent", "%", "Tỷ lệ thất thoát nước sạch bình quân", period=Y24),
    F("mới 9.460 khách hàng", "9.460", 9460, "count", "khách hàng", "khách hàng phát triển mới",
      period=P("Trong năm", "2024-01-01", "2024-12-31")),
    F("gần 186.000", "186.000", 186000, "count", "khách hàng", "tổng số khách hàng", approx="nearly", period=Y24I),
    F("đạt 97%", "97", 97, "percent", "%", SUBJ, status="target", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("từ 94% trở lên", "94", 94, "percent", "%", SUBJ, approx="at_least", status="target", location="Hoài Nhơn",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

emit(7, TEXT, [
    "Cổng TTĐT tỉnh Bình Định (province portal, tag '(BĐ)'): urban water coverage 2024 with a one-cell-per-line table by town/district, 2022-2024.",
    "Dateline 'Ngày cập nhật: 05/02/2025' without time. Distractors: 'lần thứ XX', 'Đơn vị tính: %', 'Năm 2022/2023/2024' column headers, address 'số 27 đường Lê Lợi'.",
    "Table cells: percent (from 'Đơn vị tính: %'), row label is a place → location, subject the table title, period from the column header (stated).",
    "'vượt chỉ tiêu … (95%)' is the target of 96,3% (met); 'tăng 1,8% so với năm 2023' its change. Headline 96,3% also a figure.",
    "'Trong năm' (no year) takes 2024 from the previous sentence. 'gần 186.000' stock after 'nâng … lên' (period inherited).",
    "'trong đó thị xã Hoài Nhơn đạt từ 94% trở lên': a percent has no whole, so no total; at_least, target, location Hoài Nhơn.",
], FIGS, published="2025-02-05", location="Bình Định")

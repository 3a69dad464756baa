"""p827-7: department site (Sở VHTTDL Lâm Đồng), no dateline, 2023 results of amusement areas; one-cell-per-line table."""
from lib import C, F, P, T, build

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả hoạt động các khu du lịch, khu vui chơi giải trí năm 2023

Năm 2023, các khu du lịch, khu vui chơi giải trí trên địa bàn tỉnh đón tổng cộng 4,85 triệu lượt khách, tăng 12,4% so với năm 2022 và vượt 7,8% kế hoạch; doanh thu đạt 1.286 tỷ đồng, bình quân mỗi lượt khách chi tiêu khoảng 265.000 đồng.

Số khu có thu phí vé vào cổng là 34 khu, tăng 3 khu so với cuối năm 2022; giá vé phổ biến từ 50.000 đến 150.000 đồng/người. Công tác kiểm tra an toàn được duy trì thường xuyên: trong năm, Sở chủ trì kiểm tra 28 lượt, nhắc nhở 7 đơn vị, đề nghị xử phạt 3 đơn vị với số tiền 42 triệu đồng.

Một số chỉ tiêu chủ yếu
Đơn vị tính: nghìn lượt khách
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Tổng lượt khách
4.315
4.850
5.300
Khách quốc tế
186
274
320
Khách lưu trú qua đêm
1.920
2.240
2.500

Năm 2024, ngành phấn đấu đón 5,3 triệu lượt khách đến các khu du lịch, khu vui chơi giải trí, doanh thu khoảng 1.450 tỷ đồng; đồng thời hoàn thành thẩm định 6 dự án vui chơi giải trí mới với tổng diện tích 215 ha.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Địa chỉ: Số 36 Trần Phú, Phường 4, TP. Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.175 - Email: svhttdl@lamdong.gov.vn
Tổng lượt truy cập: 1.284.517 | Đang online: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
KH24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Tổng lượt khách", ["4.315", "4.850", "5.300"]),
        ("Khách quốc tế", ["186", "274", "320"]),
        ("Khách lưu trú qua đêm", ["1.920", "2.240", "2.500"])]
TABLE = []
for label, cells in ROWS:
    for i, cell in enumerate(cells):
        anchor = label + "\n" + "\n".join(cells[: i + 1])
        value = round(float(cell.replace(".", "")) * 1000)
        kw = {"status": "target"} if i == 2 else {}
        TABLE.append(F(anchor, cell, value, "count", "lượt khách", label,
                       period=[Y22, Y23, KH24][i], **kw))

FIGS = [
    F("tổng cộng 4,85 triệu lượt khách", "4,85", 4850000, "count", "lượt khách",
      "lượt khách đến các khu du lịch, khu vui chơi giải trí",
      change=C("increase", 12.4, baseline="năm 2022"), period=Y23),
    F("vượt 7,8% kế hoạch", "7,8", 7.8, "percent", "%", "mức vượt kế hoạch lượt khách", period=Y23,
      optional=True),
    F("đạt 1.286 tỷ đồng", "1.286", 1286e9, "money", "đồng", "doanh thu", period=Y23),
    F("khoảng 265.000 đồng", "265.000", 265000, "money", "đồng", "chi tiêu bình quân mỗi lượt khách",
      approx="about", period=Y23),
    F("là 34 khu", "34", 34, "count", "khu", "khu có thu phí vé vào cổng",
      change=C("increase", 3, "khu", baseline="cuối năm 2022"), period=Y23i),
    F("từ 50.000 đến 150.000 đồng/người", "50.000", 50000, "money", "đồng/người", "giá vé", value_max=150000,
      period=Y23i),
    F("kiểm tra 28 lượt", "28", 28, "count", "lượt", "lượt kiểm tra an toàn",
      period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("nhắc nhở 7 đơn vị", "7", 7, "count", "đơn vị", "đơn vị bị nhắc nhở",
      period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("xử phạt 3 đơn vị", "3", 3, "count", "đơn vị", "đơn vị bị đề nghị xử phạt",
      period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("số tiền 42 triệu đồng", "42", 42e6, "money", "đồng", "số tiền đề nghị xử phạt",
      period=P("trong năm", "2023-01-01", "2023-12-31")),
] + TABLE + [
    F("đón 5,3 triệu lượt khách", "5,3", 5300000, "count", "lượt khách",
      "lượt khách đến các khu du lịch, khu vui chơi giải trí", status="target", period=Y24),
    F("khoảng 1.450 tỷ đồng", "1.450", 1450e9, "money", "đồng", "doanh thu", approx="about", status="target",
      period=Y24),
    F("thẩm định 6 dự án", "6", 6, "count", "dự án", "dự án vui chơi giải trí mới hoàn thành thẩm định",
      status="target", period=Y24),
    F("diện tích 215 ha", "215", 215, "measure", "ha", "tổng diện tích dự án vui chơi giải trí mới",
      status="target", period=Y24),
]

COMMENTS = [
    "Sở VHTTDL Lâm Đồng site, no dateline (published absent); footer address, phone and visit counter are furniture.",
    "'tăng 12,4% so với năm 2022 và vượt 7,8% kế hoạch': the first is the change of 4,85 triệu, the second a further change,",
    "so a percent figure of its own (optional per FIGURES.md 'one of each attribute').",
    "One-cell-per-line table (Đơn vị tính: nghìn lượt khách): 9 cells, value ×1000, subject = row label, period from the column",
    "header (scored), the 'Kế hoạch 2024' column is status target. 'trong năm' = 2023 (the year of the article's first period).",
    "'Số khu ... là 34 khu, tăng 3 khu so với cuối năm 2022' inherits 2023 from the previous paragraph.",
    "Distractors: 'Số 36 Trần Phú, Phường 4', phone, 'Tổng lượt truy cập: 1.284.517', 'Đang online: 37'.",
]

build("p827-7", TEXT, FIGS, COMMENTS, published=None, location="Lâm Đồng")

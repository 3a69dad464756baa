from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI
Văn hóa - Xã hội

Gia Lai: Tăng thời lượng phát thanh tiếng Gia Rai, Ba Na trên hệ thống truyền thanh cơ sở
Ngày cập nhật: 27/12/2024

Theo Sở Thông tin và Truyền thông, đến tháng 11/2024, toàn tỉnh Gia Lai có 158/218 xã, phường, thị trấn có đài truyền thanh ứng dụng công nghệ thông tin - viễn thông (đạt 72,5%), với tổng số 1.236 cụm loa. Tỷ lệ thôn, làng đồng bào dân tộc thiểu số có loa truyền thanh đạt 81%.

Năm 2024, các đài truyền thanh cấp xã ước phát 34.500 tin, bài, tiếp sóng khoảng 2,6 nghìn giờ chương trình của Đài Phát thanh và Truyền hình tỉnh. Thời lượng chương trình tiếng dân tộc trên hệ thống truyền thanh cơ sở năm 2024 ước tăng 14,8% so với năm 2023 (số liệu chi tiết tại bảng dưới).

Thời lượng phát thanh tiếng dân tộc thiểu số trên hệ thống truyền thanh cơ sở
Đơn vị tính: phút

TT

Ngôn ngữ

Năm 2022

Năm 2023

Ước thực hiện năm 2024

1

Tiếng Gia Rai

5.460

6.120

7.020

2

Tiếng Ba Na

3.840

4.250

4.880

Cộng

9.300

10.370

11.900

Thực hiện Quyết định số 1225/QĐ-UBND của UBND tỉnh, năm 2025 Gia Lai phấn đấu nâng tỷ lệ đài ứng dụng công nghệ thông tin - viễn thông lên trên 85%, bố trí 4,5 tỷ đồng để mua sắm 150 cụm loa thông minh, ưu tiên các huyện Kông Chro, Krông Pa, Ia Pa.

Nguồn: Sở Thông tin và Truyền thông
"""

N11 = P("đến tháng 11/2024", None, "2024-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Ước thực hiện năm 2024", P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate")]
ROWS = [("Tiếng Gia Rai", ["5.460", "6.120", "7.020"]),
        ("Tiếng Ba Na", ["3.840", "4.250", "4.880"]),
        ("Cộng", ["9.300", "10.370", "11.900"])]

figs = [
    F("có 158/218", "158", "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn có đài truyền thanh ứng dụng công nghệ thông tin - viễn thông", total=218, percent=72.5, period=N11),
    F("tổng số 1.236 cụm loa", "1.236", "count", "cụm loa", "tổng số cụm loa", period=N11),
    F("đạt 81%", "81", "percent", "%", "Tỷ lệ thôn, làng đồng bào dân tộc thiểu số có loa truyền thanh",
      period=P("đến tháng 11/2024", None, "2024-11-30", True)),
    F("ước phát 34.500 tin, bài", "34.500", "count", "tin, bài", "tin, bài các đài truyền thanh cấp xã phát", status="estimate",
      period=Y24),
    F("khoảng 2,6 nghìn giờ", "2,6", "measure", "giờ", "chương trình tiếp sóng của Đài Phát thanh và Truyền hình tỉnh",
      approx="about", status="estimate", period=Y24),
    F("ước tăng 14,8%", "14,8", "percent", "%", "Thời lượng chương trình tiếng dân tộc trên hệ thống truyền thanh cơ sở",
      status="estimate", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]
for label, cells in ROWS:
    for (col, per, st), c in zip(COLS, cells):
        subj = ("Tổng cộng" if label == "Cộng" else label) + " " + col
        figs.append(F("\n" + c + "\n", c, "measure", "phút", "thời lượng phát thanh " + subj, status=st, period=per))

figs += [
    F("trên 85%", "85", "percent", "%", "tỷ lệ đài ứng dụng công nghệ thông tin - viễn thông", approx="over",
      status="target", period=Y25),
    F("bố trí 4,5 tỷ đồng", "4,5", "money", "đồng", "kinh phí mua sắm cụm loa thông minh", status="target", period=Y25),
    F("sắm 150 cụm loa", "150", "count", "cụm loa thông minh", "cụm loa thông minh mua sắm", status="target", period=Y25),
]

write("p358-7", [
    "Provincial portal (Cổng TTĐT tỉnh Gia Lai), 'Ngày cập nhật: 27/12/2024' without time: ethnic-language minutes on commune radio 2022-2024.",
    "One-cell-per-line table (as h23) with 'Đơn vị tính: phút'; columns Năm 2022 | Năm 2023 | Ước thực hiện năm 2024 give the periods (scored)",
    "and the estimate status. Row numbers '1', '2' and 'TT' are not figures. Subject = 'thời lượng phát thanh' (the table title) + row + column label.",
    "'158/218 … (đạt 72,5%)': total and percent. 'ước tăng 14,8% so với năm 2023' is a growth rate as the claim: percent figure, no change, estimate.",
    "'ước phát … , tiếp sóng khoảng 2,6 nghìn giờ': the estimate cue continues to the second clause. '2,6 nghìn giờ' = 2600 giờ.",
    "'phấn đấu' governs the 2025 clauses (85%, 4,5 tỷ, 150 cụm loa). Distractors: Quyết định số 1225/QĐ-UBND, 'tháng 11/2024', district names.",
], TEXT, figs, published="2024-12-27", location="Gia Lai")

"""p989-7: BHXH tỉnh Lâm Đồng department site, no dateline, one-cell-per-line table 2022/2023/Kế hoạch 2024."""
from lib import F, P, I, C, T, write

TEXT = """BẢO HIỂM XÃ HỘI TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Kết quả phát triển người tham gia BHXH tự nguyện, BHYT hộ gia đình năm 2023

Năm 2023, số người tham gia BHXH tự nguyện trên địa bàn tỉnh Lâm Đồng đạt 41.870 người, tăng 3.215 người so với năm 2022, đạt 104,7% kế hoạch. Hai huyện Đức Trọng và Di Linh dẫn đầu toàn tỉnh, lần lượt có 6.120 và 5.480 người tham gia.

Ngược lại, số người tham gia BHYT hộ gia đình giảm gần 6.500 người do giá nông sản xuống thấp. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Người tham gia BHXH tự nguyện (người)
38.655
41.870
45.000
Người tham gia BHYT hộ gia đình (người)
286.410
279.935
290.000
Tỷ lệ bao phủ BHYT (%)
91,62
92,48
93,50

Về thu nợ, đến ngày 31/12/2023, số tiền chậm đóng BHXH, BHYT, BHTN toàn tỉnh là 74,6 tỷ đồng; trong năm BHXH tỉnh đã phối hợp khởi kiện 9 đơn vị, thu hồi được 11,3 tỷ đồng.

Đối với người thuộc hộ cận nghèo, mức đóng BHXH tự nguyện thấp nhất sau hỗ trợ là 247.500 đồng/tháng; người dân có thể đóng theo phương thức hằng tháng, 3 tháng, 6 tháng, 12 tháng hoặc đóng một lần cho nhiều năm về sau.

BẢO HIỂM XÃ HỘI TỈNH LÂM ĐỒNG
Địa chỉ: Số 2 Hoàng Văn Thụ, Phường 4, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.145 - Fax: 0263.3827.416
Tổng số lượt truy cập: 1.847.203 | Đang trực tuyến: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
V, H, R = "Người tham gia BHXH tự nguyện", "Người tham gia BHYT hộ gia đình", "Tỷ lệ bao phủ BHYT"

FIGS = [
    F("đạt 41.870 người", "41.870", 41870, "count", "người", "người tham gia BHXH tự nguyện", Y23,
      change=C("increase", 3215, "người", "năm 2022"), percent=104.7),
    F("Hai huyện Đức Trọng", "Hai", 2, "count", "huyện", "huyện dẫn đầu toàn tỉnh về người tham gia BHXH tự nguyện",
      optional=True),
    F("có 6.120 và", "6.120", 6120, "count", "người", "người tham gia BHXH tự nguyện", I(Y23), location="Đức Trọng"),
    F("và 5.480 người", "5.480", 5480, "count", "người", "người tham gia BHXH tự nguyện", I(Y23), location="Di Linh"),
    F("gần 6.500 người", "6.500", 6500, "count", "người", "người tham gia BHYT hộ gia đình giảm", I(Y23),
      approx="nearly"),
    F("\n38.655\n", "38.655", 38655, "count", "người", V + " năm 2022", Y22),
    F("\n41.870\n", "41.870", 41870, "count", "người", V + " năm 2023", Y23),
    F("\n45.000\n", "45.000", 45000, "count", "người", V + " kế hoạch 2024", K24, status="target"),
    F("\n286.410\n", "286.410", 286410, "count", "người", H + " năm 2022", Y22),
    F("\n279.935\n", "279.935", 279935, "count", "người", H + " năm 2023", Y23),
    F("\n290.000\n", "290.000", 290000, "count", "người", H + " kế hoạch 2024", K24, status="target"),
    F("\n91,62\n", "91,62", 91.62, "percent", "%", R + " năm 2022", Y22),
    F("\n92,48\n", "92,48", 92.48, "percent", "%", R + " năm 2023", Y23),
    F("\n93,50\n", "93,50", 93.5, "percent", "%", R + " kế hoạch 2024", K24, status="target"),
    F("là 74,6 tỷ đồng", "74,6", 74.6e9, "money", "đồng", "số tiền chậm đóng BHXH, BHYT, BHTN toàn tỉnh",
      P("đến ngày 31/12/2023", None, "2023-12-31")),
    F("khởi kiện 9 đơn vị", "9", 9, "count", "đơn vị", "đơn vị bị khởi kiện do chậm đóng",
      P("trong năm", "2023-01-01", "2023-12-31")),
    F("thu hồi được 11,3 tỷ đồng", "11,3", 11.3e9, "money", "đồng", "số tiền nợ thu hồi được qua khởi kiện",
      P("trong năm", "2023-01-01", "2023-12-31")),
    F("là 247.500 đồng/tháng", "247.500", 247500, "money", "đồng/tháng",
      "mức đóng BHXH tự nguyện thấp nhất sau hỗ trợ của người thuộc hộ cận nghèo"),
    F("hằng tháng, 3 tháng", "3", 3, "measure", "tháng", "phương thức đóng BHXH tự nguyện", optional=True),
    F("3 tháng, 6 tháng", "6", 6, "measure", "tháng", "phương thức đóng BHXH tự nguyện", optional=True),
    F("6 tháng, 12 tháng", "12", 12, "measure", "tháng", "phương thức đóng BHXH tự nguyện", optional=True),
]

NOTES = [
    "Department site (BHXH tỉnh Lâm Đồng), no dateline: 2023 results; one-cell-per-line table (rows: chỉ tiêu with unit in brackets;",
    "columns Năm 2022 / Năm 2023 / Kế hoạch 2024). Every numeric cell is a figure; 'Kế hoạch 2024' cells are targets; periods from the header.",
    "Distractors: menu line, footer address 'Số 2 Hoàng Văn Thụ, Phường 4', phone/fax, 'Tổng số lượt truy cập: 1.847.203', 'Đang trực tuyến: 37',",
    "payment schedules '3 tháng, 6 tháng, 12 tháng' name the options of a payment method (not measured facts): optional.",
    "41.870: change 'tăng 3.215 người so với năm 2022', percent 'đạt 104,7% kế hoạch'. 'lần lượt có 6.120 và 5.480 người' → districts in location; 'Hai huyện' only names them (optional).",
    "'giảm gần 6.500 người' has no base amount in its sentence: a count of its own (subject names the decrease), period inherited from 2023.",
    "74,6 tỷ: as-of 31/12/2023; the ';' clause 'trong năm' = 2023 (nearest earlier date).",
]

write("p989-7", TEXT, NOTES, FIGS, location="Lâm Đồng")

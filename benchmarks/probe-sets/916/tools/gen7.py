"""p916-7: department site (Chi cục Thủy lợi Vĩnh Phúc), no dateline, one-cell-per-line table, footer."""
from lib import F, P, I, C, T, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH VĨNH PHÚC
CHI CỤC THỦY LỢI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả phát hiện, xử lý mối hại đê giai đoạn 2022 - 6 tháng đầu năm 2024

Vĩnh Phúc hiện có 224,5 km đê, trong đó 98,2 km đê từ cấp I đến cấp III gồm đê tả sông Hồng, đê tả sông Phó Đáy và đê tả sông Cà Lồ. Nhờ duy trì kiểm tra thường xuyên, số tổ mối phát hiện giảm dần qua các năm. Số tổ mối phát hiện theo tuyến đê như sau:

Đơn vị tính: tổ
Tuyến đê
Năm 2022
Năm 2023
6 tháng đầu năm 2024
Đê tả sông Hồng
214
187
92
Đê tả sông Phó Đáy
126
118
61
Đê địa phương, đê bối
95
73
30
Tổng số
435
378
183

Năm 2023, số tổ mối phát hiện giảm 13,1% so với năm 2022. 6 tháng đầu năm 2024, các Hạt Quản lý đê đã xử lý 171/183 tổ, đạt 93,4%; khoan phụt vữa gia cố 3,6 km thân đê tả sông Hồng đoạn K0+000 - K3+600 với kinh phí 1,08 tỷ đồng.

Theo kế hoạch năm 2024, Chi cục được giao 1,9 tỷ đồng kinh phí xử lý mối, ẩn họa và phấn đấu xử lý 100% tổ mối phát hiện trong năm. Hộ dân ven đê báo tin tổ mối được thưởng 100.000 đồng/tổ.

CHI CỤC THỦY LỢI TỈNH VĨNH PHÚC
Địa chỉ: số 38 đường Nguyễn Tất Thành, phường Liên Bảo, TP Vĩnh Yên, tỉnh Vĩnh Phúc
Điện thoại: 0211.3862.455 - Email: ccthuyloi@vinhphuc.gov.vn
Tổng lượt truy cập: 1.286.409 | Đang trực tuyến: 27
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
K24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Đê tả sông Hồng", "tổ mối phát hiện trên đê tả sông Hồng", ("214", "187", "92")),
        ("Đê tả sông Phó Đáy", "tổ mối phát hiện trên đê tả sông Phó Đáy", ("126", "118", "61")),
        ("Đê địa phương, đê bối", "tổ mối phát hiện trên đê địa phương, đê bối", ("95", "73", "30")),
        ("Tổng số", "tổng số tổ mối phát hiện", ("435", "378", "183"))]


def table():
    out = []
    for label, subj, cells in ROWS:
        prev = label
        for num, per in zip(cells, (Y22, Y23, H24)):
            out.append(F(f"{prev}\n{num}", num, int(num), "count", "tổ", subj, per))
            prev = num
    return out


FIGS = [
    F("có 224,5 km đê", "224,5", 224.5, "measure", "km", "đê toàn tỉnh"),
    F("98,2 km đê", "98,2", 98.2, "measure", "km", "đê từ cấp I đến cấp III", total=224.5),
] + table() + [
    F("giảm 13,1%", "13,1", 13.1, "percent", "%", "mức giảm số tổ mối phát hiện", Y23),
    F("xử lý 171/183 tổ", "171", 171, "count", "tổ", "tổ mối đã xử lý", H24, total=183, percent=93.4),
    F("gia cố 3,6 km", "3,6", 3.6, "measure", "km", "thân đê tả sông Hồng được khoan phụt vữa gia cố", H24),
    F("kinh phí 1,08 tỷ đồng", "1,08", 1.08e9, "money", "đồng", "kinh phí khoan phụt vữa gia cố thân đê", H24),
    F("giao 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "kinh phí xử lý mối, ẩn họa được giao", K24,
      status="target"),
    F("xử lý 100% tổ mối", "100", 100, "percent", "%", "tỷ lệ tổ mối phát hiện được xử lý", K24, status="target"),
    F("100.000 đồng/tổ", "100.000", 100000, "money", "đồng/tổ", "mức thưởng cho hộ dân báo tin tổ mối"),
]

build("p916-7", TEXT, FIGS, published=None, location="Vĩnh Phúc", comments=[
    "Chi cục Thủy lợi Vĩnh Phúc (department site): termite nests by dyke line 2022 - H1/2024. No dateline: no `published`.",
    "Not figures: the footer (address 'số 38 đường Nguyễn Tất Thành', phone, 'Tổng lượt truy cập: 1.286.409', 'Đang trực tuyến: 27'),",
    "'cấp I đến cấp III', chainage K0+000 - K3+600, the title's 'giai đoạn 2022 - 6 tháng đầu năm 2024'.",
    "One-cell-per-line table (Đơn vị tính: tổ): each cell a figure, subject from the row label (a dyke line, not a place), period from",
    "the column header (scored); the 'Tổng số' row is its own figure; no totals for cells.",
    "'số tổ mối phát hiện giảm 13,1% so với năm 2022' is a rate as the claim: percent figure without change.",
    "'Theo kế hoạch năm 2024, Chi cục được giao 1,9 tỷ đồng ... và phấn đấu ... 100%': target (plan allocation and aim).",
])

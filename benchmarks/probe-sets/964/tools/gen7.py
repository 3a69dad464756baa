from lib import F, P, I, C, T, build

TEXT = """SỞ GIAO THÔNG VẬN TẢI HÀ NỘI
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính

Rà soát, chấn chỉnh hoạt động bến khách ngang sông trên địa bàn Thành phố

Theo báo cáo của Sở Giao thông vận tải, tính đến ngày 30/6/2024, trên địa bàn Thành phố có 136 bến khách ngang sông với 241 phương tiện chở khách; trong đó 121 bến đã được cấp phép, chiếm 89%. Số bến, phương tiện và lượng khách theo các tuyến sông chính như sau:

Tuyến sông
Số bến
Phương tiện (chiếc)
Lượt khách năm 2023 (nghìn lượt)
Sông Hồng
62
118
5.240
Sông Đuống
31
52
2.185
Sông Đà
18
29
640
Sông Đáy
25
42
915
Tổng cộng
136
241
8.980

Năm 2023, tổng lượng khách qua các bến đạt gần 9 triệu lượt, tăng 6,5% so với năm 2022. Từ đầu năm 2024 đến nay, Thanh tra Sở đã kiểm tra 96 lượt bến, đình chỉ hoạt động 4 bến không bảo đảm an toàn và xử phạt 57 trường hợp với số tiền 128 triệu đồng.

Trong 6 tháng cuối năm 2024, Sở đặt mục tiêu cấp phép cho 9 bến còn lại đủ điều kiện, nâng tỷ lệ bến được cấp phép lên 95,6%; phối hợp với UBND các quận, huyện, thị xã bàn giao 3.000 áo phao cho các bến trên sông Hồng, sông Đuống.

SỞ GIAO THÔNG VẬN TẢI HÀ NỘI
Địa chỉ: Số 16 Cao Bá Quát, Ba Đình, Hà Nội
Điện thoại: 024.3845.2016 - Fax: 024.3845.2017
Tổng lượt truy cập: 3.418.227 | Đang trực tuyến: 85
"""

asof = P("tính đến ngày 30/6/2024", None, "2024-06-30")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ytd = P("Từ đầu năm 2024 đến nay", "2024-01-01", None)
h2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")

ROWS = [("Sông Hồng", "62", "118", "5.240"), ("Sông Đuống", "31", "52", "2.185"),
        ("Sông Đà", "18", "29", "640"), ("Sông Đáy", "25", "42", "915")]

FIGS = [
    F("có 136 bến", "136", 136, "count", "bến khách ngang sông", "bến khách ngang sông", asof),
    F("241 phương tiện", "241", 241, "count", "phương tiện", "phương tiện chở khách", asof),
    F("121 bến", "121", 121, "count", "bến", "bến khách ngang sông đã được cấp phép", asof, total=136, percent=89),
]
for river, a, b, c in ROWS:
    r = river.lower()
    FIGS += [
        F(f"{river}\n{a}", a, int(a), "count", "bến", f"số bến trên {r}", I(asof)),
        F(f"{river}\n{a}\n{b}", b, int(b), "count", "chiếc", f"phương tiện trên {r}", I(asof)),
        F(f"{a}\n{b}\n{c}", c, float(c.replace(".", "")) * 1000, "count", "lượt khách",
          f"lượt khách trên {r}", P("Lượt khách năm 2023", "2023-01-01", "2023-12-31")),
    ]
FIGS += [
    F("Tổng cộng\n136", "136", 136, "count", "bến", "tổng cộng số bến", I(asof)),
    F("136\n241", "241", 241, "count", "chiếc", "tổng cộng phương tiện", I(asof)),
    F("241\n8.980", "8.980", 8_980_000, "count", "lượt khách", "tổng cộng lượt khách",
      P("Lượt khách năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 9 triệu lượt", "9", 9_000_000, "count", "lượt", "tổng lượng khách qua các bến", y23, approx="nearly",
      change=C("increase", 6.5, baseline="năm 2022")),
    F("kiểm tra 96 lượt bến", "96", 96, "count", "lượt bến", "lượt bến được kiểm tra", ytd),
    F("đình chỉ hoạt động 4 bến", "4", 4, "count", "bến", "bến bị đình chỉ hoạt động do không bảo đảm an toàn", ytd),
    F("xử phạt 57 trường hợp", "57", 57, "count", "trường hợp", "trường hợp bị xử phạt", ytd),
    F("số tiền 128 triệu đồng", "128", 128_000_000, "money", "đồng", "tiền xử phạt", ytd),
    F("cho 9 bến", "9", 9, "count", "bến", "bến còn lại đủ điều kiện được cấp phép", h2, status="target"),
    F("lên 95,6%", "95,6", 95.6, "percent", "%", "tỷ lệ bến được cấp phép", h2, status="target"),
    F("bàn giao 3.000 áo phao", "3.000", 3000, "count", "áo phao", "áo phao bàn giao cho các bến", h2,
      status="target"),
]

NOTES = [
    "Department site (Sở GTVT Hà Nội), no dateline (published absent), footer address, phone/fax, visitor counter. Landings by river: one-cell-per-line table.",
    "Table: every numeric cell is a figure; the row label is a river (not a province/district), so it goes to the subject; location Hà Nội throughout.",
    "Column 'Lượt khách năm 2023 (nghìn lượt)': value ×1000, unit lượt khách, period 2023 from the column header (scored). Count columns take the as-of date from the sentence before the table (inherited).",
    "'Từ đầu năm 2024 đến nay' without a page date: start 2024-01-01, end null.",
    "'gần 9 triệu lượt' restates the table total in words but is its own mention: a figure (nearly, change +6,5% vs năm 2022).",
    "Target clause 'Sở đặt mục tiêu …' continues through ';' to 'bàn giao 3.000 áo phao'.",
    "Not figures: 'Tổng lượt truy cập: 3.418.227', 'Đang trực tuyến: 85', 'Số 16 Cao Bá Quát', phone and fax numbers.",
]

build("p964-7", TEXT, NOTES, FIGS, published=None, location="Hà Nội")

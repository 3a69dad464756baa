"""p805-3: UBND tỉnh Nam Định formal report, 9 months 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 15 tháng 10 năm 2024

BÁO CÁO
Tình hình phát triển làng nghề chạm khắc gỗ, thêu ren 9 tháng năm 2024

Thực hiện Nghị định số 52/2018/NĐ-CP ngày 12/4/2018 của Chính phủ về phát triển ngành nghề nông thôn, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
Toàn tỉnh có 94 làng nghề được công nhận, trong đó 21 làng nghề chạm khắc gỗ, thêu ren, chiếm 22,3%. Làng nghề gỗ mỹ nghệ La Xuyên (xã Yên Ninh, huyện Ý Yên) lớn nhất với 650 hộ và 1.800 lao động.

II. KẾT QUẢ 9 THÁNG NĂM 2024
1. Sản xuất, kinh doanh
Giá trị sản xuất 9 tháng ước đạt 1.119 tỷ đồng, tăng 8,7% so với cùng kỳ năm 2023, bằng 74,6% kế hoạch năm. Kim ngạch xuất khẩu ước đạt 23,4 triệu USD, tăng 11,2%; trong đó hàng gỗ mỹ nghệ 17,9 triệu USD, hàng thêu ren 5,5 triệu USD.

Bảng: Kết quả sản xuất theo huyện 9 tháng năm 2024
Đơn vị tính: làng nghề; hộ; người; tỷ đồng
Huyện | Số làng nghề | Số hộ tham gia | Lao động | Giá trị sản xuất
Ý Yên | 9 | 2.140 | 6.350 | 742,5
Vụ Bản | 4 | 610 | 1.480 | 126,8
Nam Trực | 5 | 890 | 2.120 | 185,4
Hải Hậu | 3 | 420 | 960 | 64,3
Tổng cộng | 21 | 4.060 | 10.910 | 1.119,0

2. Đào tạo nghề, khuyến công
Đã tổ chức 12 lớp truyền nghề cho 360 lao động; hỗ trợ 7 cơ sở đầu tư máy chạm CNC với kinh phí khuyến công 1,26 tỷ đồng.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 giá trị sản xuất đạt 1.500 tỷ đồng. Dự kiến trong quý IV có thêm 2 làng nghề được công nhận. Tiếp tục di dời các xưởng gỗ gây ô nhiễm vào cụm công nghiệp La Xuyên (giai đoạn 2).

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
TAB = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
SEC2 = I(P("9 THÁNG NĂM 2024", "2024-01-01", "2024-09-30"))
B = 10**9

ROWS = [("Ý Yên", ["9", "2.140", "6.350", "742,5"]),
        ("Vụ Bản", ["4", "610", "1.480", "126,8"]),
        ("Nam Trực", ["5", "890", "2.120", "185,4"]),
        ("Hải Hậu", ["3", "420", "960", "64,3"]),
        ("Tổng cộng", ["21", "4.060", "10.910", "1.119,0"])]
COLS = [("count", "làng nghề", "số làng nghề", 1), ("count", "hộ", "số hộ tham gia", 1),
        ("count", "người", "lao động", 1), ("money", "đồng", "giá trị sản xuất", B)]

FIGS = [
    F("có 94 làng nghề", "94", "count", "làng nghề", "làng nghề được công nhận"),
    F("trong đó 21 làng nghề", "21", "count", "làng nghề", "làng nghề chạm khắc gỗ, thêu ren", total=94, percent=22.3),
    F("với 650 hộ", "650", "count", "hộ", "hộ làng nghề gỗ mỹ nghệ La Xuyên", location="Ý Yên"),
    F("1.800 lao động", "1.800", "count", "lao động", "lao động làng nghề gỗ mỹ nghệ La Xuyên", location="Ý Yên"),
    F("ước đạt 1.119 tỷ đồng", "1.119", "money", "đồng", "giá trị sản xuất", mult=B, status="estimate",
      change=C("increase", 8.7, baseline="cùng kỳ năm 2023"), percent=74.6, period=M9),
    F("ước đạt 23,4 triệu USD", "23,4", "money", "USD", "kim ngạch xuất khẩu", mult=10**6, status="estimate",
      change=C("increase", 11.2), period=I(M9)),
    F("gỗ mỹ nghệ 17,9 triệu USD", "17,9", "money", "USD", "kim ngạch xuất khẩu hàng gỗ mỹ nghệ", mult=10**6,
      total=23.4e6, status="estimate", period=I(M9)),
    F("thêu ren 5,5 triệu USD", "5,5", "money", "USD", "kim ngạch xuất khẩu hàng thêu ren", mult=10**6,
      total=23.4e6, status="estimate", period=I(M9)),
]
for place, cells in ROWS:
    prev = place
    for (kind, unit, subj, mult), cell in zip(COLS, cells):
        anchor = f"{prev} | {cell}"
        if place == "Tổng cộng":
            FIGS.append(F(anchor, cell, kind, unit, "tổng " + subj, mult=mult, period=TAB))
        else:
            FIGS.append(F(anchor, cell, kind, unit, subj, mult=mult, period=TAB, location=place))
        prev = cell
FIGS += [
    F("tổ chức 12 lớp", "12", "count", "lớp", "lớp truyền nghề", period=SEC2),
    F("cho 360 lao động", "360", "count", "lao động", "lao động được truyền nghề", period=SEC2),
    F("hỗ trợ 7 cơ sở", "7", "count", "cơ sở", "cơ sở được hỗ trợ đầu tư máy chạm CNC", period=SEC2),
    F("khuyến công 1,26 tỷ đồng", "1,26", "money", "đồng", "kinh phí khuyến công", mult=B, period=SEC2),
    F("đạt 1.500 tỷ đồng", "1.500", "money", "đồng", "giá trị sản xuất", mult=B, status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("thêm 2 làng nghề", "2", "count", "làng nghề", "làng nghề được công nhận thêm", status="forecast",
      period=P("trong quý IV", "2024-10-01", "2024-12-31")),
]

COMMENTS = [
    "Formal report (UBND tỉnh Nam Định, Số: 287/BC-UBND): wood-carving and embroidery villages, 9 months 2024; flattened | table by district.",
    "Table cells: every numeric cell is a figure; district row label -> location, column label -> subject; units from the 'Đơn vị tính' line",
    "(values in tỷ đồng x 10^9); period from the caption line above (inherited). 'Tổng cộng' row: location Nam Định, no totals on cells.",
    "Parts after 'trong đó' of the 23,4 triệu USD export get it as total and continue its 'ước đạt' (estimate).",
    "Section II figures after the heading '9 THÁNG NĂM 2024' inherit its period. 'giai đoạn 2', section numbers, Nghị định 52/2018 are not figures.",
]

write("p805-3", TEXT, FIGS, COMMENTS, published="2024-10-15", location="Nam Định")

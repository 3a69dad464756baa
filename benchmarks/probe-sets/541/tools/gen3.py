from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN GIA LÂM
PHÒNG KINH TẾ
Số: 287/BC-KT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lâm, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển làng nghề 9 tháng năm 2024, nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Toàn huyện có 4 làng nghề được UBND Thành phố công nhận, với 2.640 cơ sở sản xuất, kinh doanh và khoảng 11.500 lao động. 9 tháng năm 2024, tổng giá trị sản xuất của các làng nghề ước đạt 2.946 tỷ đồng, tăng 9,3% so với cùng kỳ năm 2023, đạt 76,5% kế hoạch năm.

Bảng 1. Một số chỉ tiêu của các làng nghề 9 tháng năm 2024
Làng nghề | Số cơ sở | Lao động (người) | Giá trị sản xuất (tỷ đồng)
Gốm sứ Bát Tràng | 1.580 | 6.900 | 2.215
Gốm Kim Lan | 210 | 950 | 118
Dệt may Ninh Hiệp | 640 | 2.850 | 520
Mây tre đan Trung Mầu | 210 | 800 | 93

2. Xuất khẩu, du lịch làng nghề
Kim ngạch xuất khẩu gốm sứ của làng nghề Bát Tràng 9 tháng ước đạt 41,2 triệu USD, chiếm 87% kim ngạch xuất khẩu của các làng nghề toàn huyện. Lượng khách đến tham quan, trải nghiệm tại làng gốm đạt khoảng 520.000 lượt, trong đó khách quốc tế khoảng 85.000 lượt.

3. Công tác hỗ trợ
Trong kỳ, huyện đã hỗ trợ 12 cơ sở chuyển đổi lò nung than sang lò nung khí gas với tổng kinh phí 3,6 tỷ đồng (trong đó ngân sách huyện 1,8 tỷ đồng). Thu nhập bình quân của lao động làng nghề đạt 8,2 triệu đồng/người/tháng, tăng 0,7 triệu đồng so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 giá trị sản xuất làng nghề đạt 3.850 tỷ đồng; 100% cơ sở gốm sứ sử dụng lò nung bằng khí gas hoặc lò điện.

Nơi nhận:
- UBND huyện (để b/c);
- Lưu: VT, KT.
TRƯỞNG PHÒNG
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = I(M9)
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Gốm sứ Bát Tràng", ["1.580", "6.900", "2.215"]),
    ("Gốm Kim Lan", ["210", "950", "118"]),
    ("Dệt may Ninh Hiệp", ["640", "2.850", "520"]),
    ("Mây tre đan Trung Mầu", ["210", "800", "93"]),
]


def num(s):
    return float(s.replace(".", ""))


TABLE = []
for label, (c, l, v) in ROWS:
    TABLE.append(F(f"{label} | {c} |", c, num(c), "count", "cơ sở", f"số cơ sở làng nghề {label}", M9i))
    TABLE.append(F(f"| {c} | {l} |", l, num(l), "count", "người", f"lao động làng nghề {label}", M9i))
    TABLE.append(F(f"| {l} | {v}\n", v, num(v) * 1e9, "money", "đồng", f"giá trị sản xuất làng nghề {label}", M9i))

FIGS = [
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", "làng nghề được UBND Thành phố công nhận"),
    F("với 2.640 cơ sở", "2.640", 2640, "count", "cơ sở", "cơ sở sản xuất, kinh doanh làng nghề"),
    F("khoảng 11.500 lao động", "11.500", 11500, "count", "lao động", "lao động làng nghề", approx="about"),
    F("ước đạt 2.946 tỷ đồng", "2.946", 2946e9, "money", "đồng", "tổng giá trị sản xuất của các làng nghề", M9,
      percent=76.5, change=CH("increase", 9.3, baseline="cùng kỳ năm 2023"), status="estimate"),
] + TABLE + [
    F("ước đạt 41,2 triệu USD", "41,2", 41.2e6, "money", "USD", "kim ngạch xuất khẩu gốm sứ của làng nghề Bát Tràng",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=87, status="estimate"),
    F("khoảng 520.000 lượt", "520.000", 520000, "count", "lượt", "lượt khách đến tham quan, trải nghiệm tại làng gốm",
      I(M9), approx="about"),
    F("khoảng 85.000 lượt", "85.000", 85000, "count", "lượt", "lượt khách quốc tế", I(M9), approx="about",
      total=520000),
    F("hỗ trợ 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở được hỗ trợ chuyển đổi lò nung than sang lò nung khí gas",
      I(M9)),
    F("kinh phí 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "tổng kinh phí hỗ trợ chuyển đổi lò nung", I(M9)),
    F("ngân sách huyện 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách huyện", I(M9),
      total=3.6e9),
    F("đạt 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề", I(M9),
      change=CH("increase", 0.7e6, unit="đồng", baseline="cùng kỳ")),
    F("đạt 3.850 tỷ đồng", "3.850", 3850e9, "money", "đồng", "giá trị sản xuất làng nghề", Y24, status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "tỷ lệ cơ sở gốm sứ sử dụng lò nung bằng khí gas hoặc lò điện", Y24,
      status="target"),
]

COMMENTS = [
    "Formal report (Phòng Kinh tế huyện Gia Lâm, Số: 287/BC-KT): craft villages 9 months 2024 with a flattened '|' table",
    "(Làng nghề | Số cơ sở | Lao động (người) | Giá trị sản xuất (tỷ đồng)); units and multiplier from the column headers.",
    "Table periods come from the table title line (inherited, not scored); no 'Ước' column, so cells are actual.",
    "Village names are not districts: location Gia Lâm throughout. 'Trong kỳ' (the report's period) is marked inherited.",
    "'Số: 287/BC-KT', 'Bảng 1', section numbers, 'quý IV/2024' are distractors.",
]

emit("p541-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Gia Lâm")

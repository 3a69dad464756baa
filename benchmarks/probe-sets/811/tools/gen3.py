from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH AN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
An Giang, ngày 18 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất và bảo đảm an toàn thực phẩm tại các cơ sở chế biến mắm cá 6 tháng đầu năm 2024

I. TÌNH HÌNH SẢN XUẤT
1. Cơ sở chế biến
Tính đến ngày 30/6/2024, toàn tỉnh có 326 cơ sở, hộ chế biến mắm cá, trong đó 41 doanh nghiệp và 285 hộ kinh doanh cá thể. Sản lượng mắm các loại 6 tháng đầu năm đạt 5.420 tấn, tăng 8,2% so với cùng kỳ năm 2023; giá trị sản xuất ước đạt 434 tỷ đồng.

Bảng 1. Kết quả 6 tháng đầu năm 2024 theo địa phương
Đơn vị tính: cơ sở; sản lượng: tấn
Địa phương | Số cơ sở | Sản lượng | Số cơ sở được kiểm tra
TP Châu Đốc | 142 | 2.650 | 58
TX Tân Châu | 71 | 1.120 | 26
Huyện An Phú | 64 | 980 | 21
Huyện Châu Phú | 49 | 670 | 17
Tổng cộng | 326 | 5.420 | 122

2. Giá cả, tiêu thụ
Giá mắm cá linh bán lẻ tại Châu Đốc phổ biến 120.000-150.000 đồng/kg; mắm cá lóc 180.000-220.000 đồng/kg. Khoảng 65% sản lượng được tiêu thụ ngoài tỉnh, chủ yếu tại TP Hồ Chí Minh và các tỉnh Đông Nam Bộ.

II. CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM
Các đoàn kiểm tra liên ngành đã kiểm tra 122 cơ sở, đạt 37,4% tổng số cơ sở; phát hiện 9 cơ sở vi phạm, chiếm 7,4% số cơ sở được kiểm tra; xử phạt 61 triệu đồng theo Nghị định số 115/2018/NĐ-CP; tiêu hủy 1,2 tấn mắm không rõ nguồn gốc. Đã lấy 48 mẫu giám sát, trong đó 2 mẫu không đạt chỉ tiêu vi sinh.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 sản lượng mắm đạt 11.000 tấn; 100% cơ sở có quy mô công nghiệp được kiểm tra ít nhất 1 lần.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
TAB = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("TP Châu Đốc", "Châu Đốc", "142", "2.650", "58"),
        ("TX Tân Châu", "Tân Châu", "71", "1.120", "26"),
        ("Huyện An Phú", "An Phú", "64", "980", "21"),
        ("Huyện Châu Phú", "Châu Phú", "49", "670", "17"),
        ("Tổng cộng", "An Giang", "326", "5.420", "122")]


def val(s):
    return int(s.replace(".", ""))


FIGS = [
    F("có 326 cơ sở", "326", 326, "count", "cơ sở", "cơ sở, hộ chế biến mắm cá", period=ASOF),
    F("41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", "doanh nghiệp chế biến mắm cá", total=326, period=ASOF),
    F("285 hộ", "285", 285, "count", "hộ", "hộ kinh doanh cá thể chế biến mắm cá", total=326, period=ASOF),
    F("đạt 5.420 tấn", "5.420", 5420, "measure", "tấn", "sản lượng mắm các loại",
      change=C("increase", 8.2, "%", "cùng kỳ năm 2023"), period=H1),
    F("ước đạt 434 tỷ đồng", "434", 434e9, "money", "đồng", "giá trị sản xuất mắm", status="estimate", period=H1),
]
for label, loc, a, b, c in ROWS:
    tot = label == "Tổng cộng"
    FIGS += [
        F(f"{label} | {a}", a, val(a), "count", "cơ sở", "tổng số cơ sở" if tot else "Số cơ sở",
          period=TAB, location=loc),
        F(f"{a} | {b}", b, val(b), "measure", "tấn", "tổng sản lượng" if tot else "Sản lượng",
          period=TAB, location=loc),
        F(f"{b} | {c}", c, val(c), "count", "cơ sở",
          "tổng số cơ sở được kiểm tra" if tot else "Số cơ sở được kiểm tra", period=TAB, location=loc),
    ]
FIGS += [
    F("120.000-150.000", "120.000", 120000, "money", "đồng/kg", "giá mắm cá linh bán lẻ", value_max=150000,
      location="Châu Đốc"),
    F("180.000-220.000", "180.000", 180000, "money", "đồng/kg", "giá mắm cá lóc bán lẻ", value_max=220000,
      location="Châu Đốc"),
    F("Khoảng 65%", "65", 65, "percent", "%", "sản lượng mắm được tiêu thụ ngoài tỉnh", approx="about"),
    F("kiểm tra 122 cơ sở", "122", 122, "count", "cơ sở", "cơ sở được đoàn kiểm tra liên ngành kiểm tra",
      percent=37.4, period=I(H1)),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm", percent=7.4, period=I(H1)),
    F("xử phạt 61 triệu đồng", "61", 61e6, "money", "đồng", "tiền xử phạt vi phạm", period=I(H1)),
    F("tiêu hủy 1,2 tấn", "1,2", 1.2, "measure", "tấn", "mắm không rõ nguồn gốc bị tiêu hủy", period=I(H1)),
    F("lấy 48 mẫu", "48", 48, "count", "mẫu", "mẫu giám sát", period=I(H1)),
    F("trong đó 2 mẫu", "2", 2, "count", "mẫu", "mẫu không đạt chỉ tiêu vi sinh", total=48, period=I(H1)),
    F("đạt 11.000 tấn", "11.000", 11000, "measure", "tấn", "sản lượng mắm", status="target", period=Y24),
    F("100% cơ sở có quy mô", "100", 100, "percent", "%", "cơ sở có quy mô công nghiệp được kiểm tra",
      status="target", period=Y24),
    F("ít nhất 1 lần", "1", 1, "count", "lần", approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Formal report of UBND tỉnh An Giang (Số: 287/BC-UBND, 18/7/2024) on mắm cá processors, H1/2024 (invented, probe set 811).",
    "Distractors: 'Số: 287/BC-UBND', the place-date line, 'Nghị định số 115/2018/NĐ-CP', section numbers I.-III., 1.-2., 'Bảng 1.'.",
    "Flattened '|' table: rows are places (location), subject = column label; period from the table title line (inherited).",
    "The 'Tổng cộng' row is An Giang's total (own figures; table cells get no totals). 41 doanh nghiệp + 285 hộ = 326 (trong đó).",
    "'ít nhất 1 lần' is an inspection frequency inside the target (optional). Section II figures lie in the H1 report (inherited).",
]

build("p811-3", TEXT, FIGS, comments=COMMENTS, published="2024-07-18", location="An Giang")

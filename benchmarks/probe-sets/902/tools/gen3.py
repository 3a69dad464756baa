"""p902-3: formal report (UBND tỉnh Thái Bình), mây tre đan 9 tháng 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất ngành mây tre đan 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở và lao động: Tính đến 30/9/2024, toàn tỉnh có 57 làng nghề mây tre đan được công nhận với 1.846 cơ sở sản xuất, thu hút 14.350 lao động, trong đó lao động nữ chiếm 71,2%.
2. Giá trị sản xuất: 9 tháng đầu năm, giá trị sản xuất ngành mây tre đan ước đạt 812,6 tỷ đồng, tăng 7,3% so với cùng kỳ, đạt 74,5% kế hoạch năm; kim ngạch xuất khẩu ước đạt 23,8 triệu USD. Kết quả theo huyện:
Đơn vị tính: tỷ đồng
Huyện | 9 tháng 2023 | Ước 9 tháng 2024 | Kế hoạch 2024
Hưng Hà | 212,4 | 231,5 | 305
Vũ Thư | 168,7 | 179,2 | 240
Kiến Xương | 145,9 | 158,3 | 212
Quỳnh Phụ | 121,5 | 130,8 | 175
Đông Hưng | 108,8 | 112,8 | 158
Toàn tỉnh | 757,3 | 812,6 | 1.090
3. Nguyên liệu và thị trường: Nhu cầu nguyên liệu khoảng 9.500 tấn/năm, trong đó trên 70% phải nhập từ các tỉnh miền núi phía Bắc và Lào. Thị trường chính là Mỹ, EU và Nhật Bản, chiếm 82% kim ngạch xuất khẩu.

II. TỒN TẠI, HẠN CHẾ
Còn 6/57 làng nghề xông sản phẩm bằng lưu huỳnh thủ công, gây ô nhiễm môi trường. Lao động từ 50 tuổi trở lên chiếm khoảng 55%, lao động trẻ ít gắn bó với nghề.

III. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 giá trị sản xuất toàn ngành đạt 1.090 tỷ đồng.
2. Thực hiện chính sách theo Nghị định số 52/2018/NĐ-CP; dự kiến mở 4 lớp đào tạo nghề cho 120 học viên, kinh phí khoảng 360 triệu đồng.

Nơi nhận: Bộ Công Thương; TT Tỉnh ủy; Lưu: VT.
"""

ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("Ước 9 tháng 2024", "2024-01-01", "2024-09-30")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

SUBJ = "giá trị sản xuất ngành mây tre đan"
ROWS = [("Hưng Hà", "212,4", "231,5", "305"), ("Vũ Thư", "168,7", "179,2", "240"),
        ("Kiến Xương", "145,9", "158,3", "212"), ("Quỳnh Phụ", "121,5", "130,8", "175"),
        ("Đông Hưng", "108,8", "112,8", "158"), ("Toàn tỉnh", "757,3", "812,6", "1.090")]


def val(s):
    return float(s.replace(".", "").replace(",", ".")) * 1e9


TABLE = []
for place, a, b, c in ROWS:
    loc = "Thái Bình" if place == "Toàn tỉnh" else place
    TABLE += [
        F(f"{place} | {a}", a, val(a), "money", "đồng", "9 tháng 2023", C23, location=loc),
        F(f"{a} | {b}", b, val(b), "money", "đồng", "Ước 9 tháng 2024", C24, location=loc, status="estimate"),
        F(f"{b} | {c}", c, val(c), "money", "đồng", "Kế hoạch 2024", K24, location=loc, status="target"),
    ]

FIGS = [
    F("có 57 làng nghề", "57", 57, "count", "làng nghề", "làng nghề mây tre đan được công nhận", ASOF),
    F("1.846 cơ sở", "1.846", 1846, "count", "cơ sở", "cơ sở sản xuất", ASOF),
    F("14.350 lao động", "14.350", 14350, "count", "lao động", "lao động", ASOF),
    F("chiếm 71,2%", "71,2", 71.2, "percent", "%", "lao động nữ", ASOF),
    F("ước đạt 812,6 tỷ đồng", "812,6", 812.6e9, "money", "đồng", SUBJ, M9, percent=74.5,
      change=C("increase", 7.3, baseline="cùng kỳ"), status="estimate"),
    F("23,8 triệu USD", "23,8", 23.8e6, "money", "USD", "kim ngạch xuất khẩu mây tre đan", M9, status="estimate"),
] + TABLE + [
    F("khoảng 9.500 tấn/năm", "9.500", 9500, "measure", "tấn/năm", "nhu cầu nguyên liệu", approx="about"),
    F("trên 70%", "70", 70, "percent", "%", "nguyên liệu phải nhập từ các tỉnh miền núi phía Bắc và Lào", approx="over"),
    F("chiếm 82%", "82", 82, "percent", "%", "thị trường Mỹ, EU và Nhật Bản trong kim ngạch xuất khẩu"),
    F("Còn 6/57", "6", 6, "count", "làng nghề", "làng nghề xông sản phẩm bằng lưu huỳnh thủ công", total=57),
    F("từ 50 tuổi", "50", 50, "measure", "tuổi", "ngưỡng tuổi lao động", optional=True),
    F("khoảng 55%", "55", 55, "percent", "%", "lao động từ 50 tuổi trở lên", approx="about"),
    F("đạt 1.090 tỷ đồng", "1.090", 1.09e12, "money", "đồng", "giá trị sản xuất toàn ngành", Y24, status="target"),
    F("mở 4 lớp", "4", 4, "count", "lớp", "lớp đào tạo nghề", Q4, status="forecast"),
    F("cho 120 học viên", "120", 120, "count", "học viên", "học viên đào tạo nghề", Q4, status="forecast"),
    F("khoảng 360 triệu đồng", "360", 360e6, "money", "đồng", "kinh phí đào tạo nghề", Q4, approx="about",
      status="forecast"),
]

NOTES = [
    "UBND tỉnh Thái Bình, Số: 318/BC-UBND, 08/10/2024: ngành mây tre đan 9 tháng 2024, with a flattened '|' table by district.",
    "Table (Đơn vị tính: tỷ đồng): every cell is a money figure; row = district (location), column = period/status",
    "('Ước 9 tháng 2024' estimate, 'Kế hoạch 2024' target); the 'Toàn tỉnh' row is Thái Bình; cells carry no totals and plan cells",
    "are not targets of other cells. Year-less '9 tháng đầu năm' takes 2024 from the title. Section III tasks inherit 'QUÝ IV/2024'.",
    "'trong đó lao động nữ chiếm 71,2%', 'trong đó trên 70%' are shares of a part: percent figures of their own, no total.",
    "revised after the first run: table-cell subjects are the column label only (FIGURES.md: subject = row label + column label,",
    "a place label goes to location; the header has no indicator label), no longer 'giá trị sản xuất ngành mây tre đan' + column.",
    "Distractors: Số: 318/BC-UBND, ngày 08 tháng 10 năm 2024, section numbers I-III and 1-3, Nghị định số 52/2018/NĐ-CP, QUÝ IV/2024.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-08", location="Thái Bình")

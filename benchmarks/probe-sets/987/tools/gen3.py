"""p987-3: UBND tỉnh Kiên Giang formal report, pearl farming 9 months 2024, flattened | table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH KIÊN GIANG
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển nghề nuôi trai cấy ngọc 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở, diện tích và sản lượng
Tính đến ngày 30/9/2024, toàn tỉnh có 19 cơ sở nuôi trai cấy ngọc với tổng diện tích 486 ha, tập trung tại TP Phú Quốc và huyện Kiên Hải. 9 tháng đầu năm 2024, sản lượng ngọc trai thu hoạch đạt 1.640 kg, tăng 7,3% so với cùng kỳ, đạt 74,5% kế hoạch năm. Chi tiết theo địa phương:

Đơn vị tính: cơ sở, ha, kg
Địa phương | Số cơ sở | Diện tích (ha) | Sản lượng (kg)
TP Phú Quốc | 12 | 318 | 1.105
Huyện Kiên Hải | 5 | 132 | 428
TP Hà Tiên | 2 | 36 | 107
Tổng cộng | 19 | 486 | 1.640

Giá trị sản xuất ngọc trai và sản phẩm chế tác ước đạt 245 tỷ đồng, tăng 11,2% so với cùng kỳ. Giá ngọc trai thành phẩm bình quân khoảng 1,2 triệu đồng/viên, riêng ngọc từ 10 mm trở lên từ 3 đến 5 triệu đồng/viên.

2. Giống và lao động
Các cơ sở đã thả nuôi 320.000 con trai giống, trong đó giống sản xuất nhân tạo 224.000 con, chiếm 70%. Tỷ lệ trai cho ngọc đạt 65-70%. Lao động làm việc tại các cơ sở là 1.150 người, trong đó lao động nữ 640 người.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 sản lượng ngọc trai đạt 2.200 kg; dự kiến quý IV/2024 thu hoạch khoảng 560 kg.
2. Phối hợp kiểm tra việc kinh doanh ngọc trai giả tại các cửa hàng trên đường Trần Hưng Đạo, TP Phú Quốc theo Kế hoạch số 93/KH-UBND.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT.
"""

AS_OF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
CS, DT, SL = "số cơ sở nuôi trai cấy ngọc", "diện tích nuôi trai cấy ngọc", "sản lượng ngọc trai"
PQ, KH, HT = "Phú Quốc", "Kiên Hải", "Hà Tiên"

FIGS = [
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở nuôi trai cấy ngọc", AS_OF),
    F("tổng diện tích 486 ha", "486", 486, "measure", "ha", "diện tích nuôi trai cấy ngọc", AS_OF),
    F("đạt 1.640 kg", "1.640", 1640, "measure", "kg", "sản lượng ngọc trai thu hoạch", M9,
      percent=74.5, change=C("increase", 7.3, baseline="cùng kỳ")),
    # flattened table: periods stand in the text above it (inherited)
    F("Phú Quốc | 12", "12", 12, "count", "cơ sở", CS, I(AS_OF), location=PQ),
    F("12 | 318", "318", 318, "measure", "ha", DT, I(AS_OF), location=PQ),
    F("318 | 1.105", "1.105", 1105, "measure", "kg", SL, I(M9), location=PQ),
    F("Kiên Hải | 5", "5", 5, "count", "cơ sở", CS, I(AS_OF), location=KH),
    F("5 | 132", "132", 132, "measure", "ha", DT, I(AS_OF), location=KH),
    F("132 | 428", "428", 428, "measure", "kg", SL, I(M9), location=KH),
    F("Hà Tiên | 2", "2", 2, "count", "cơ sở", CS, I(AS_OF), location=HT),
    F("2 | 36", "36", 36, "measure", "ha", DT, I(AS_OF), location=HT),
    F("36 | 107", "107", 107, "measure", "kg", SL, I(M9), location=HT),
    F("Tổng cộng | 19", "19", 19, "count", "cơ sở", "tổng cộng " + CS, I(AS_OF)),
    F("19 | 486", "486", 486, "measure", "ha", "tổng cộng " + DT, I(AS_OF)),
    F("486 | 1.640", "1.640", 1640, "measure", "kg", "tổng cộng " + SL, I(M9)),
    F("ước đạt 245 tỷ đồng", "245", 245e9, "money", "đồng", "giá trị sản xuất ngọc trai và sản phẩm chế tác", I(M9),
      change=C("increase", 11.2, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 1,2 triệu đồng/viên", "1,2", 1.2e6, "money", "đồng/viên", "giá ngọc trai thành phẩm bình quân",
      approx="about"),
    F("từ 10 mm trở lên", "10", 10, "measure", "mm", "kích cỡ ngọc", approx="at_least", optional=True),
    F("từ 3 đến 5 triệu", "3", 3e6, "money", "đồng/viên", "giá ngọc từ 10 mm trở lên", value_max=5e6),
    F("thả nuôi 320.000 con", "320.000", 320000, "count", "con", "trai giống thả nuôi", I(M9)),
    F("nhân tạo 224.000 con", "224.000", 224000, "count", "con", "giống sản xuất nhân tạo", I(M9),
      total=320000, percent=70),
    F("đạt 65-70%", "65", 65, "percent", "%", "tỷ lệ trai cho ngọc", I(M9), value_max=70),
    F("là 1.150 người", "1.150", 1150, "count", "người", "lao động làm việc tại các cơ sở"),
    F("nữ 640 người", "640", 640, "count", "người", "lao động nữ", total=1150),
    F("đạt 2.200 kg", "2.200", 2200, "measure", "kg", "sản lượng ngọc trai",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 560 kg", "560", 560, "measure", "kg", "sản lượng ngọc trai thu hoạch",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "UBND tỉnh Kiên Giang, Số: 356/BC-UBND (formal report, letterhead, section numbers), 9 tháng đầu năm 2024, flattened | table.",
    "Table: every numeric cell is a figure; subject = column label (rows are places -> location); unit from the header;",
    "periods from the sentences above the table (inherited): counts/areas as of 30/9/2024, output 9 months 2024. Totals row",
    "is a figure of its own with the province as location; table cells carry no total (no part-of cue in a table).",
    "'đạt 74,5% kế hoạch năm' is the percent of 1.640 kg; 'chiếm 70%' the percent of 224.000 con (whole 320.000).",
    "Distractors: Số 356/BC-UBND, ngày 15 tháng 10 năm 2024, I./II./1./2., Kế hoạch số 93/KH-UBND, đường Trần Hưng Đạo.",
]

write("p987-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Kiên Giang")

"""p965-7: Hải Dương department site (Chi cục Trồng trọt và BVTV), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, write_set

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẢI DƯƠNG
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT

Bảo quản cà rốt, hành, tỏi sau thu hoạch: nhiều chuyển biến

Hải Dương hiện có trên 420 cơ sở sơ chế, bảo quản rau củ, trong đó 57 cơ sở có kho lạnh; tổng sức chứa kho lạnh khoảng 9.500 tấn. Các cơ sở tập trung ở thị xã Kinh Môn (138 cơ sở), huyện Cẩm Giàng (96 cơ sở) và huyện Nam Sách (71 cơ sở), dọc Quốc lộ 5 và Quốc lộ 17B.

Năm 2023, khối lượng nông sản bảo quản qua kho lạnh đạt 31.250 tấn, tăng 18,4% so với năm 2022. Nhờ bảo quản ở 1-2 độ C, cà rốt giữ được 4-5 tháng, hành, tỏi 6-8 tháng; tỷ lệ hao hụt giảm từ 15-20% xuống còn 5-7%. Giá cà rốt bán trái vụ thường gấp 2-3 lần chính vụ.

Khối lượng nông sản bảo quản qua kho lạnh
Đơn vị tính: tấn
Loại nông sản
Năm 2022
Năm 2023
Ước năm 2024
Cà rốt
14.600
17.850
19.500
Hành
6.320
7.480
8.200
Tỏi
5.480
5.920
6.300
Tổng cộng
26.400
31.250
34.000

Năm 2024, tỉnh hỗ trợ 40% kinh phí, không quá 300 triệu đồng/cơ sở, cho 12 cơ sở đầu tư kho lạnh theo Nghị quyết số 05/2023/NQ-HĐND.

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT TỈNH HẢI DƯƠNG
Địa chỉ: Số 158 đường Ngô Quyền, phường Tân Bình, TP Hải Dương
Điện thoại: 0220.3853.647 - Email: cctt@haiduong.gov.vn
Tổng lượt truy cập: 1.204.337 | Đang trực tuyến: 27
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUB = "khối lượng bảo quản qua kho lạnh"

FIGS = [
    F("trên 420 cơ sở", "420", 420, "count", "cơ sở", approx="over", subject="cơ sở sơ chế, bảo quản rau củ"),
    F("57 cơ sở", "57", 57, "count", "cơ sở", total=420, subject="cơ sở có kho lạnh"),
    F("khoảng 9.500 tấn", "9.500", 9500, "measure", "tấn", approx="about", subject="tổng sức chứa kho lạnh"),
    F("(138 cơ sở)", "138", 138, "count", "cơ sở", subject="cơ sở sơ chế, bảo quản rau củ", location="Kinh Môn"),
    F("(96 cơ sở)", "96", 96, "count", "cơ sở", subject="cơ sở sơ chế, bảo quản rau củ", location="Cẩm Giàng"),
    F("(71 cơ sở)", "71", 71, "count", "cơ sở", subject="cơ sở sơ chế, bảo quản rau củ", location="Nam Sách"),
    F("đạt 31.250 tấn", "31.250", 31250, "measure", "tấn", change=C("increase", 18.4, "%", "năm 2022"),
      subject="khối lượng nông sản bảo quản qua kho lạnh", period=Y23),
    F("ở 1-2 độ C", "1", 1, "measure", "độ C", value_max=2, subject="nhiệt độ bảo quản"),
    F("giữ được 4-5 tháng", "4", 4, "measure", "tháng", value_max=5, subject="thời gian bảo quản cà rốt"),
    F("tỏi 6-8 tháng", "6", 6, "measure", "tháng", value_max=8, subject="thời gian bảo quản hành, tỏi"),
    F("từ 15-20%", "15", 15, "percent", "%", value_max=20, subject="tỷ lệ hao hụt trước đây"),
    F("còn 5-7%", "5", 5, "percent", "%", value_max=7, subject="tỷ lệ hao hụt"),
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3, subject="giá cà rốt bán trái vụ so với chính vụ"),
]

ROWS = [("Cà rốt", ("14.600", "17.850", "19.500")), ("Hành", ("6.320", "7.480", "8.200")),
        ("Tỏi", ("5.480", "5.920", "6.300")), ("Tổng cộng", ("26.400", "31.250", "34.000"))]
COLS = (("năm 2022", Y22, None), ("năm 2023", Y23, None), ("ước năm 2024", E24, "estimate"))
for label, cells in ROWS:
    prev = label
    for num, (col, per, st) in zip(cells, COLS):
        kw = {"status": st} if st else {}
        # revised after the first run: subject = row label + column label (FIGURES.md, Tables), without the table title
        FIGS.append(F(f"{prev}\n{num}", num, float(num.replace(".", "")), "measure", "tấn",
                      subject=f"{label} {col}", period=per, **kw))
        prev = num

FIGS += [
    F("hỗ trợ 40% kinh phí", "40", 40, "percent", "%", subject="mức hỗ trợ kinh phí đầu tư kho lạnh", period=Y24),
    F("không quá 300 triệu đồng/cơ sở", "300", 300e6, "money", "đồng/cơ sở", approx="at_most",
      subject="mức hỗ trợ tối đa đầu tư kho lạnh", period=Y24),
    F("cho 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở được hỗ trợ đầu tư kho lạnh", period=Y24),
]

NOTES = [
    "Hải Dương Chi cục Trồng trọt và BVTV site, no dateline (published absent): processing/storage facilities, cold-store volume 2023,",
    "storage times and losses, one-cell-per-line table (Đơn vị tính: tấn; Năm 2022 / Năm 2023 / Ước năm 2024 = estimate; rows by produce).",
    "Table cells: subject = row label + column label (FIGURES.md), period from the column header (scored), no totals; Tổng cộng row is its own figure.",
    "revised: table subjects were 'khối lượng bảo quản qua kho lạnh <row> <column>'; the table title was dropped to follow the spec's row + column rule.",
    "District list 138+96+71 = 305 != 420: no total; thị xã Kinh Môn etc. are locations. '57 cơ sở' after 'trong đó' -> total 420.",
    "'từ 15-20% xuống còn 5-7%': two range figures. 'gấp 2-3 lần chính vụ' stands as the claim: a multiple range.",
    "Distractors: Quốc lộ 5, Quốc lộ 17B, Nghị quyết số 05/2023/NQ-HĐND, address, phone, 'Tổng lượt truy cập', 'Đang trực tuyến: 27'.",
]

write_set(7, TEXT, FIGS, NOTES, location="Hải Dương")

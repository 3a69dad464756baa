from lib import F, P, I, CH, TG, emit, num

ROWS = [
    ("Trẻ em có hoàn cảnh đặc biệt được trợ giúp", "1.050", "968", "92,2"),
    ("Trẻ em dưới 6 tuổi được cấp thẻ BHYT", "9.500", "9.168", "96,5"),
    ("Trẻ em được học bơi an toàn", "1.800", "1.254", "69,7"),
    ("Trẻ em mồ côi được tặng quà", "350", "372", "106,3"),
    ("Điểm vui chơi cho trẻ em được nâng cấp", "12", "5", "41,7"),
]
table = "Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so với KH (%)\n" + "\n".join(
    f"{a} | {b} | {c} | {d}" for a, b, c, d in ROWS)

TEXT = """ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Hương Khê, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2024

Thực hiện Công văn số 1187/SLĐTBXH-BTXH ngày 12/6/2024 của Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh, UBND huyện Hương Khê báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình trẻ em
Toàn huyện có 24.732 trẻ em; trong đó 1.046 trẻ em có hoàn cảnh đặc biệt (chiếm 4,23%) và 2.870 trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt.

2. Kết quả thực hiện một số chỉ tiêu
Đơn vị tính: trẻ em
""" + table + """

3. Phòng, chống tai nạn thương tích và xâm hại trẻ em
6 tháng đầu năm, trên địa bàn huyện xảy ra 2 vụ đuối nước làm 3 trẻ em tử vong (cùng kỳ năm 2023 là 5 em). Phát hiện 4 vụ xâm hại tình dục trẻ em, cơ quan Công an đã khởi tố 3 vụ. Tổng kinh phí chi cho công tác trẻ em 6 tháng đạt 1,36 tỷ đồng, bằng 54,4% dự toán năm.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
Phấn đấu 100% trẻ em có hoàn cảnh đặc biệt được trợ giúp; tổ chức ít nhất 20 lớp dạy bơi trong dịp hè tại 22 xã, thị trấn.

Nơi nhận:
- Sở LĐ-TB&XH tỉnh;
- Lưu: VT, LĐTBXH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
T6 = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
FIGS = [
    F("có 24.732 trẻ em", "24.732", 24732, "count", "trẻ em", "trẻ em", I(H6)),
    F("1.046 trẻ em", "1.046", 1046, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", I(H6), total=24732, percent=4.23),
    F("2.870 trẻ em", "2.870", 2870, "count", "trẻ em", "trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", I(H6), total=24732),
]
for label, plan, done, rate in ROWS:
    unit = "điểm vui chơi" if label.startswith("Điểm") else "trẻ em"
    FIGS.append(F(f"{label} | {plan} |", plan, num(plan), "count", unit, f"{label} kế hoạch năm 2024", PLAN, status="target"))
    FIGS.append(F(f"| {done} | {rate}", done, num(done), "count", unit, f"{label} thực hiện 6 tháng", T6))
    FIGS.append(F(f"| {rate}\n", rate, num(rate), "percent", "%", f"{label} tỷ lệ so với kế hoạch", I(T6)))
FIGS += [
    F("xảy ra 2 vụ", "2", 2, "count", "vụ", "vụ đuối nước", P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("làm 3 trẻ em", "3", 3, "count", "trẻ em", "trẻ em tử vong do đuối nước", P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("là 5 em", "5", 5, "count", "em", "trẻ em tử vong do đuối nước", P("cùng kỳ năm 2023", "2023-01-01", "2023-06-30")),
    F("Phát hiện 4 vụ", "4", 4, "count", "vụ", "vụ xâm hại tình dục trẻ em", I(H6)),
    F("khởi tố 3 vụ", "3", 3, "count", "vụ", "vụ xâm hại tình dục trẻ em đã khởi tố", I(H6)),
    F("đạt 1,36 tỷ đồng", "1,36", 1.36e9, "money", "đồng", "tổng kinh phí chi cho công tác trẻ em",
      P("6 tháng", "2024-01-01", "2024-06-30"), percent=54.4),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", I(H2), status="target"),
    F("ít nhất 20 lớp", "20", 20, "count", "lớp", "lớp dạy bơi", I(H2), approx="at_least", status="target"),
    F("tại 22 xã", "22", 22, "count", "xã, thị trấn", optional=True),
]

COMMENTS = [
    "Formal report UBND huyện Hương Khê (Hà Tĩnh), 'Số: 215/BC-UBND', place-and-date line 'Hương Khê, ngày 05 tháng 7 năm 2024'.",
    "Distractors: Số: 215/BC-UBND, Công văn số 1187/SLĐTBXH-BTXH ngày 12/6/2024, section numbers I., 1., 2., 3., II., 'Lưu: VT'.",
    "Flattened '|' table with 'Đơn vị tính: trẻ em' (the playground row counts điểm vui chơi, its own label); the '(%)' column is percent.",
    "Every numeric cell is a figure: plan column status target (period năm 2024), 'Thực hiện 6 tháng' period Jan-Jun 2024 (year from the title),",
    "'Tỷ lệ so với KH (%)' cells are percent figures of their own (not attributes), period inherited. No totals for table cells.",
    "24.732 trẻ em: the period only stands in the report title (inherited). 1.046 and 2.870 after 'trong đó' are parts of 24.732.",
    "'(cùng kỳ năm 2023 là 5 em)' is a baseline amount stated as a figure of its own (period = the same half of 2023).",
    "'khởi tố 3 vụ' after 'Phát hiện 4 vụ': no part-of cue, so no total. 'bằng 54,4% dự toán năm' is the percent of 1,36 tỷ.",
    "Section II targets take '6 tháng cuối năm 2024' from the heading (inherited). '22 xã, thị trấn' is structure: optional.",
]
emit("p460-3", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Hương Khê")

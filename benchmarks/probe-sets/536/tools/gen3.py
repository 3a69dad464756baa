"""p536-3: formal report (UBND tỉnh Quảng Bình), policies for người có công, 6 months 2024; flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Quảng Bình, ngày 10 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách ưu đãi người có công với cách mạng 6 tháng đầu năm 2024

I. TÌNH HÌNH ĐỐI TƯỢNG
Tính đến ngày 30/6/2024, toàn tỉnh có 17.846 người đang hưởng trợ cấp ưu đãi hằng tháng, giảm 312 người so với thời điểm 31/12/2023. Số đối tượng theo từng nhóm thể hiện tại Bảng 1.

Bảng 1. Đối tượng hưởng trợ cấp hằng tháng (Đơn vị tính: người)
Đối tượng | Đến 31/12/2023 | Đến 30/6/2024
Thương binh, người hưởng chính sách như thương binh | 6.215 | 6.108
Bệnh binh | 1.942 | 1.907
Thân nhân liệt sĩ | 5.870 | 5.794
Người HĐKC bị nhiễm chất độc hóa học | 2.431 | 2.388
Các đối tượng khác | 1.700 | 1.649

II. KẾT QUẢ THỰC HIỆN
1. Trong 6 tháng đầu năm 2024, tổng kinh phí chi trả trợ cấp ưu đãi là 318,4 tỷ đồng, đạt 48,6% dự toán năm, tăng 5,2% so với cùng kỳ; ước cả năm 2024 chi khoảng 680 tỷ đồng.
2. Tổ chức điều dưỡng phục hồi sức khỏe cho 4.125 người, trong đó điều dưỡng tập trung 1.080 người, điều dưỡng tại gia đình 3.045 người, kinh phí 7,36 tỷ đồng.
3. Kinh phí tu bổ, nâng cấp nghĩa trang liệt sĩ là 14,2 tỷ đồng, tập trung tại các huyện Lệ Thủy (4,1 tỷ đồng), Quảng Ninh (3,6 tỷ đồng) và Bố Trạch (2,8 tỷ đồng).

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
Phấn đấu chi trả trợ cấp theo mức chuẩn mới cho 100% đối tượng trước ngày 20/7/2024; dự kiến tổ chức điều dưỡng cho khoảng 2.500 người có công.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Tính đến ngày 30/6/2024", end="2024-06-30")
C23 = per("Đến 31/12/2023", end="2023-12-31")
C24 = per("Đến 30/6/2024", end="2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)

ROWS = [
    ("Thương binh, người hưởng chính sách như thương binh", "6.215", "6.108"),
    ("Bệnh binh", "1.942", "1.907"),
    ("Thân nhân liệt sĩ", "5.870", "5.794"),
    ("Người HĐKC bị nhiễm chất độc hóa học", "2.431", "2.388"),
    ("Các đối tượng khác", "1.700", "1.649"),
]
TABLE = []
for label, a, b in ROWS:
    TABLE.append(fig(f"| {a} |", a, int(a.replace(".", "")), "count", "người",
                     f"{label} hưởng trợ cấp hằng tháng đến 31/12/2023", C23))
    TABLE.append(fig(f"| {b}\n", b, int(b.replace(".", "")), "count", "người",
                     f"{label} hưởng trợ cấp hằng tháng đến 30/6/2024", C24))

F = [
    fig("có 17.846 người", "17.846", 17846, "count", "người",
        "người đang hưởng trợ cấp ưu đãi hằng tháng", ASOF,
        change=chg("decrease", 312, "người", baseline="thời điểm 31/12/2023")),
] + TABLE + [
    fig("là 318,4 tỷ đồng", "318,4", 318400000000, "money", "đồng",
        "tổng kinh phí chi trả trợ cấp ưu đãi", H1, percent=48.6,
        change=chg("increase", 5.2, baseline="cùng kỳ")),
    fig("khoảng 680 tỷ đồng", "680", 680000000000, "money", "đồng",
        "kinh phí chi trả trợ cấp ưu đãi cả năm", Y24, approx="about", status="estimate"),
    fig("cho 4.125 người", "4.125", 4125, "count", "người",
        "người được điều dưỡng phục hồi sức khỏe", inh(H1)),
    fig("tập trung 1.080 người", "1.080", 1080, "count", "người",
        "người điều dưỡng tập trung", inh(H1), total=4125),
    fig("gia đình 3.045 người", "3.045", 3045, "count", "người",
        "người điều dưỡng tại gia đình", inh(H1), total=4125),
    fig("kinh phí 7,36 tỷ đồng", "7,36", 7360000000, "money", "đồng",
        "kinh phí điều dưỡng phục hồi sức khỏe", inh(H1)),
    fig("là 14,2 tỷ đồng", "14,2", 14200000000, "money", "đồng",
        "kinh phí tu bổ, nâng cấp nghĩa trang liệt sĩ", inh(H1)),
    fig("Lệ Thủy (4,1 tỷ đồng)", "4,1", 4100000000, "money", "đồng",
        "kinh phí tu bổ, nâng cấp nghĩa trang liệt sĩ", inh(H1), location="Lệ Thủy"),
    fig("Quảng Ninh (3,6 tỷ đồng)", "3,6", 3600000000, "money", "đồng",
        "kinh phí tu bổ, nâng cấp nghĩa trang liệt sĩ", inh(H1), location="Quảng Ninh"),
    fig("Bố Trạch (2,8 tỷ đồng)", "2,8", 2800000000, "money", "đồng",
        "kinh phí tu bổ, nâng cấp nghĩa trang liệt sĩ", inh(H1), location="Bố Trạch"),
    fig("cho 100% đối tượng", "100", 100, "percent", "%",
        "đối tượng được chi trả trợ cấp theo mức chuẩn mới", H2, status="target"),
    fig("khoảng 2.500 người", "2.500", 2500, "count", "người có công",
        "người có công được tổ chức điều dưỡng", H2, approx="about", status="forecast"),
]

NOTES = [
    "Formal report under a letterhead: UBND tỉnh Quảng Bình, Số: 215/BC-UBND, 'Quảng Bình, ngày 10 tháng 7 năm 2024'.",
    "Flattened '|' table with 'Đơn vị tính: người': every cell is a figure, subject = row label + column header, period = the as-of",
    "date in the header (scored, as in shared h23). The table follows no cue and has no total row, so its cells carry no total.",
    "'giảm 312 người so với thời điểm 31/12/2023' is the change of 17.846 (not a figure). 'đạt 48,6% dự toán năm' is the share of 318,4 tỷ.",
    "Items after 'trong đó' add up to 4.125. District list of cemetery funds: location = district ('Quảng Ninh' is the district here).",
    "'ước cả năm 2024' -> estimate; 'Phấn đấu … 100%' -> target; 'dự kiến … khoảng 2.500' -> forecast, period from the section heading",
    "(inherited). Distractors: Số: 215/BC-UBND, the place-and-date line, section numbers I./II./III./1./2./3., 'Bảng 1', dates 31/12/2023, 20/7/2024.",
]

write("p536-3", TEXT, NOTES, F, published="2024-07-10", location="Quảng Bình")

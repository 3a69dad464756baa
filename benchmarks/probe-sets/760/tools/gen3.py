"""p760-3: UBND tỉnh Hà Tĩnh formal report, 9 months 2024, flattened '|' table."""
from lib import emit, fig, per, inh, chg

TEXT = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả sàng lọc, chẩn đoán và can thiệp nghe kém ở trẻ sơ sinh 9 tháng đầu năm 2024

Thực hiện Quyết định số 1999/QĐ-TTg ngày 07/12/2020 của Thủ tướng Chính phủ, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Sàng lọc và chẩn đoán
9 tháng đầu năm 2024, toàn tỉnh có 11.245 trẻ sinh sống; số trẻ được sàng lọc thính lực là 9.870 trẻ, đạt 87,8%, tăng 4,3% so với cùng kỳ năm 2023. Có 12/13 huyện, thị xã, thành phố đã triển khai sàng lọc tại trung tâm y tế tuyến huyện.

Bảng 1. Kết quả thực hiện các chỉ tiêu
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)
Trẻ sơ sinh được sàng lọc thính lực | trẻ | 14.000 | 9.870 | 70,5
Trẻ được đo lại lần 2 | trẻ | 450 | 296 | 65,8
Trẻ được chẩn đoán nghe kém | trẻ | 40 | 23 | 57,5
Trẻ được lắp máy trợ thính | trẻ | 30 | 14 | 46,7
Trẻ được cấy ốc tai điện tử | trẻ | 8 | 3 | 37,5

2. Can thiệp và hỗ trợ
Tính đến ngày 30/9/2024, tỉnh đang quản lý 86 trẻ nghe kém bẩm sinh, trong đó 61 trẻ đã được can thiệp bằng máy trợ thính hoặc cấy ốc tai điện tử. Kinh phí hỗ trợ từ ngân sách tỉnh 9 tháng là 1.265,5 triệu đồng, đạt 63,3% dự toán.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 sàng lọc thính lực cho ít nhất 90% trẻ sơ sinh; dự kiến cấy ốc tai điện tử cho thêm 4 trẻ tại Bệnh viện Trung ương Quân đội 108.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
PLAN = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = per("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
RATIO = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")

ROWS = [
    # label, plan, done, ratio, anchors (plan, done, ratio)
    ("Trẻ sơ sinh được sàng lọc thính lực", ("14.000", 14000), ("9.870", 9870), ("70,5", 70.5),
     "| 14.000 |", "| 9.870 |", "| 70,5"),
    ("Trẻ được đo lại lần 2", ("450", 450), ("296", 296), ("65,8", 65.8), "| 450 |", "| 296 |", "| 65,8"),
    ("Trẻ được chẩn đoán nghe kém", ("40", 40), ("23", 23), ("57,5", 57.5), "| 40 |", "| 23 |", "| 57,5"),
    ("Trẻ được lắp máy trợ thính", ("30", 30), ("14", 14), ("46,7", 46.7), "| 30 |", "| 14 |", "| 46,7"),
    ("Trẻ được cấy ốc tai điện tử", ("8", 8), ("3", 3), ("37,5", 37.5), "| 8 |", "| 3 |", "| 37,5"),
]

FIGS = [
    fig("có 11.245 trẻ sinh sống", "11.245", 11245, "count", "trẻ", "trẻ sinh sống", M9),
    fig("là 9.870 trẻ", "9.870", 9870, "count", "trẻ", "trẻ được sàng lọc thính lực", M9,
        percent=87.8, change=chg("increase", 4.3, baseline="cùng kỳ năm 2023")),
    fig("Có 12/13 huyện", "12", 12, "count", "huyện, thị xã, thành phố",
        "huyện, thị xã, thành phố đã triển khai sàng lọc tại trung tâm y tế tuyến huyện", inh(M9), total=13),
]
for label, plan, done, ratio, ap, ad, ar in ROWS:
    FIGS.append(fig(ap, plan[0], plan[1], "count", "trẻ", f"{label} kế hoạch năm 2024", PLAN, status="target"))
    FIGS.append(fig(ad, done[0], done[1], "count", "trẻ", f"{label} thực hiện 9 tháng", DONE))
    FIGS.append(fig(ar, ratio[0], ratio[1], "percent", "%", f"{label} tỷ lệ so với kế hoạch", RATIO))

FIGS += [
    fig("quản lý 86 trẻ", "86", 86, "count", "trẻ", "trẻ nghe kém bẩm sinh đang được quản lý", ASOF),
    fig("trong đó 61 trẻ", "61", 61, "count", "trẻ", "trẻ đã được can thiệp bằng máy trợ thính hoặc cấy ốc tai điện tử", ASOF,
        total=86),
    fig("là 1.265,5 triệu đồng", "1.265,5", 1265500000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh",
        per("9 tháng", "2024-01-01", "2024-09-30"), percent=63.3),
    fig("ít nhất 90% trẻ", "90", 90, "percent", "%", "trẻ sơ sinh được sàng lọc thính lực",
        per("đến hết năm 2024", None, "2024-12-31"), approx="at_least", status="target"),
    fig("thêm 4 trẻ", "4", 4, "count", "trẻ", "trẻ được cấy ốc tai điện tử thêm",
        per("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True), status="forecast"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Hà Tĩnh, 'Số: 412/BC-UBND', place-and-date line 'Hà Tĩnh, ngày 08 tháng 10 năm 2024' (= published).",
    "Flattened '|' table: Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%). Every numeric cell is a figure:",
    "plan cells status target (period năm 2024), result cells actual (period 9 tháng 2024, from the header, scored as in h23),",
    "ratio cells are percent figures of their own (period inherited from the report title). As in h23, cells carry no target/percent attributes.",
    "Distractors: Số: 412/BC-UBND, Quyết định số 1999/QĐ-TTg ngày 07/12/2020, section numbers I./1./2./II., 'Bảng 1', 'lần 2' in a row label,",
    "'QUÝ IV/2024' heading, 'Quân đội 108'. '12/13 huyện' → 12 with total 13. '1.265,5 triệu đồng, đạt 63,3% dự toán' → percent 63.3.",
    "'dự kiến … thêm 4 trẻ' is forecast; the 'Phấn đấu đến hết năm 2024' clause before ';' is target.",
]

if __name__ == "__main__":
    emit("p760-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hà Tĩnh")

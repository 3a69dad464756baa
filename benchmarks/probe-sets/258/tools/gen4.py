from lib import F, P, build

TEXT = """TỈNH ĐOÀN NGHỆ AN
BCH ĐOÀN HUYỆN YÊN THÀNH
Số: 86-BC/HĐTN
ĐOÀN TNCS HỒ CHÍ MINH
Yên Thành, ngày 20 tháng 6 năm 2024

BÁO CÁO
Kết quả công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2024,
phương hướng nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
1. Tình hình tổ chức
Tính đến ngày 15/6/2024, toàn huyện có 39 cơ sở Đoàn với 9.862 đoàn viên. Kết quả thực hiện một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 6 tháng đầu năm | Tỷ lệ (%)
Kết nạp đoàn viên mới | đoàn viên | 650 | 412 | 63,4
Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp | đoàn viên | 220 | 131 | 59,5
Công trình, phần việc thanh niên | công trình | 45 | 28 | 62,2
Hiến máu tình nguyện | đơn vị máu | 1.800 | 1.126 | 62,6
Thanh niên được hỗ trợ vay vốn | người | 80 | 57 | 71,3

2. Kết quả nổi bật
Trong số 131 đoàn viên ưu tú được giới thiệu, có 104 đồng chí đã được kết nạp vào Đảng, chiếm 79,4%. Phong trào "Thanh niên tình nguyện" tổ chức 3 đợt ra quân, thu hút hơn 4.500 lượt đoàn viên, thanh niên tham gia; vận động Quỹ "Vì đàn em thân yêu" được 186,5 triệu đồng.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
Phấn đấu kết nạp thêm ít nhất 240 đoàn viên mới, hoàn thành 100% chỉ tiêu kế hoạch năm; 100% cơ sở Đoàn tổ chức Ngày hội hiến máu, tiếp nhận thêm 700 đơn vị máu.

Nơi nhận:
- Tỉnh đoàn (b/c);
- Ban Thường vụ Huyện ủy (b/c);
- Lưu VP.
TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN
BÍ THƯ
Nguyễn Thị Hằng
"""

AS = P("Tính đến ngày 15/6/2024", None, "2024-06-15")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2i = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inh=True)

ROWS = [
    ("Kết nạp đoàn viên mới", "đoàn viên", "650", 650, "412", 412, "63,4", 63.4),
    ("Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp", "đoàn viên", "220", 220, "131", 131, "59,5", 59.5),
    ("Công trình, phần việc thanh niên", "công trình", "45", 45, "28", 28, "62,2", 62.2),
    ("Hiến máu tình nguyện", "đơn vị máu", "1.800", 1800, "1.126", 1126, "62,6", 62.6),
    ("Thanh niên được hỗ trợ vay vốn", "người", "80", 80, "57", 57, "71,3", 71.3),
]

FIGS = [
    F("có 39 cơ sở", "39", 39, "count", "cơ sở Đoàn", "cơ sở Đoàn", AS),
    F("với 9.862 đoàn viên", "9.862", 9862, "count", "đoàn viên", "đoàn viên", AS),
]
for label, unit, kh_s, kh, th_s, th, tl_s, tl in ROWS:
    FIGS += [
        F(f"| {unit} | {kh_s} |", kh_s, kh, "count", unit, f"{label} kế hoạch năm 2024", KH, status="target"),
        F(f"| {kh_s} | {th_s} |", th_s, th, "count", unit, f"{label} thực hiện 6 tháng đầu năm", H1),
        F(f"| {th_s} | {tl_s}\n", tl_s, tl, "percent", "%", f"Tỷ lệ thực hiện {label}", H1),
    ]
FIGS += [
    F("Trong số 131 đoàn viên", "131", 131, "count", "đoàn viên", "đoàn viên ưu tú được giới thiệu", H1i),
    F("có 104 đồng chí", "104", 104, "count", "đồng chí", "đoàn viên ưu tú được kết nạp vào Đảng", H1i,
      total=131, percent=79.4),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt ra quân", "đợt ra quân Thanh niên tình nguyện", H1i),
    F("hơn 4.500 lượt", "4.500", 4500, "count", "lượt đoàn viên, thanh niên", "lượt đoàn viên, thanh niên tham gia",
      H1i, approx="over"),
    F("được 186,5 triệu đồng", "186,5", 186500000, "money", "đồng", "Quỹ \"Vì đàn em thân yêu\" vận động được", H1i),
    F("ít nhất 240 đoàn viên", "240", 240, "count", "đoàn viên", "đoàn viên mới kết nạp thêm", H2i,
      approx="at_least", status="target"),
    F("hoàn thành 100% chỉ tiêu", "100", 100, "percent", "%", "hoàn thành chỉ tiêu kế hoạch năm", H2i, status="target"),
    F("100% cơ sở Đoàn", "100", 100, "percent", "%", "cơ sở Đoàn tổ chức Ngày hội hiến máu", H2i, status="target"),
    F("thêm 700 đơn vị", "700", 700, "count", "đơn vị máu", "đơn vị máu tiếp nhận thêm", H2i, status="target"),
]

COMMENTS = [
    "Formal report with Đoàn letterhead (BCH Đoàn huyện Yên Thành, Nghệ An), 'Số: 86-BC/HĐTN'; date line 'Yên Thành, ngày 20 tháng 6 năm 2024'.",
    "Flattened '|' table with a 'Đơn vị tính' COLUMN (unit per row), 'Kế hoạch năm 2024' (status target), 'Thực hiện 6 tháng đầu năm'",
    "(period from the header, year from the report title) and 'Tỷ lệ (%)'. Every numeric cell is a figure; the result cell does not also carry",
    "the plan cell as target or the rate cell as percent (h23 convention). Subject = row label + column label.",
    "Distractors: document number, section numbers I./II./1./2., dates 15/6/2024, 'Lưu VP', signer.",
    "'Trong số 131 …, có 104 …, chiếm 79,4%' → total 131, percent 79.4. Section II heading gives the targets their period (inherited); 'Phấn đấu' → target.",
]

build("p258-4", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Yên Thành")

"""p571-3: formal report of UBND tỉnh Hưng Yên, 9 months of 2024, flattened '|' table."""
import sys
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HƯNG YÊN
Số: 318/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hưng Yên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác hộ tịch, chứng thực, lý lịch tư pháp 9 tháng đầu năm 2024

Thực hiện Quyết định số 56/QĐ-UBND ngày 12/01/2024 của UBND tỉnh, UBND tỉnh Hưng Yên báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)
Đăng ký khai sinh | trường hợp | 16.500 | 12.874 | 78,0
Đăng ký kết hôn | cặp | 7.200 | 5.391 | 74,9
Đăng ký khai tử | trường hợp | 8.000 | 6.112 | 76,4
Cấp Phiếu lý lịch tư pháp | phiếu | 9.500 | 8.206 | 86,4
Chứng thực bản sao | bản | 520.000 | 431.650 | 83,0

2. Một số kết quả khác
Sở Tư pháp tiếp nhận 8.356 hồ sơ đề nghị cấp Phiếu lý lịch tư pháp, trong đó 5.914 hồ sơ nộp trực tuyến (chiếm 70,8%); 100% hồ sơ được giải quyết đúng hạn. Cơ sở dữ liệu hộ tịch điện tử đã cập nhật 1.265.300 dữ liệu hộ tịch lịch sử, đạt 91,2% kế hoạch. Các tổ chức hành nghề công chứng đã công chứng 41.280 hợp đồng, giao dịch, thu phí công chứng 18.645,2 triệu đồng.

Ước cả năm 2024, toàn tỉnh đăng ký khai sinh khoảng 17.000 trường hợp, vượt 3% kế hoạch.

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV
Phấn đấu 100% hồ sơ hộ tịch, chứng thực được giải quyết đúng hạn; hoàn thành số hóa 100% dữ liệu hộ tịch lịch sử trước ngày 31/12/2024.

Nơi nhận:
- Bộ Tư pháp;
- Lưu: VT, NC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
CN = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV", "2024-10-01", "2024-12-31", inh=True)
DL = P("trước ngày 31/12/2024", None, "2024-12-31")

ROWS = [
    ("Đăng ký khai sinh", "trường hợp", ("16.500", 16500), ("12.874", 12874), ("78,0", 78.0)),
    ("Đăng ký kết hôn", "cặp", ("7.200", 7200), ("5.391", 5391), ("74,9", 74.9)),
    ("Đăng ký khai tử", "trường hợp", ("8.000", 8000), ("6.112", 6112), ("76,4", 76.4)),
    ("Cấp Phiếu lý lịch tư pháp", "phiếu", ("9.500", 9500), ("8.206", 8206), ("86,4", 86.4)),
    ("Chứng thực bản sao", "bản", ("520.000", 520000), ("431.650", 431650), ("83,0", 83.0)),
]

FIGS = []
for label, unit, kh, th, tl in ROWS:
    FIGS.append(F(f"| {kh[0]} |", kh[0], kh[1], "count", unit, f"{label} kế hoạch năm 2024", KH, status="target"))
    FIGS.append(F(f"| {th[0]} |", th[0], th[1], "count", unit, f"{label} thực hiện 9 tháng", TH))
    FIGS.append(F(f"| {tl[0]}\n", tl[0], tl[1], "percent", "%", f"{label} tỷ lệ so với kế hoạch", N9))

FIGS += [
    F("tiếp nhận 8.356 hồ sơ", "8.356", 8356, "count", "hồ sơ", "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp", N9),
    F("5.914 hồ sơ", "5.914", 5914, "count", "hồ sơ", "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp nộp trực tuyến", N9,
      total=8356, percent=70.8),
    F("100% hồ sơ được", "100", 100, "percent", "%", "hồ sơ được giải quyết đúng hạn", N9),
    F("1.265.300 dữ liệu", "1.265.300", 1265300, "count", "dữ liệu", "dữ liệu hộ tịch lịch sử cập nhật vào Cơ sở dữ liệu hộ tịch điện tử",
      N9, percent=91.2),
    F("41.280 hợp đồng", "41.280", 41280, "count", "hợp đồng, giao dịch", "hợp đồng, giao dịch được công chứng", N9),
    F("18.645,2 triệu đồng", "18.645,2", 18645.2e6, "money", "đồng", "phí công chứng", N9),
    F("khoảng 17.000 trường hợp", "17.000", 17000, "count", "trường hợp", "đăng ký khai sinh", CN, approx="about",
      change=CH("increase", 3, baseline="kế hoạch"), status="estimate"),
    F("Phấn đấu 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ hộ tịch, chứng thực được giải quyết đúng hạn", Q4, status="target"),
    F("số hóa 100% dữ liệu", "100", 100, "percent", "%", "số hóa dữ liệu hộ tịch lịch sử", DL, status="target"),
]

COMMENTS = [
    "Formal report, letterhead 'UBND TỈNH HƯNG YÊN', 'Số: 318/BC-UBND', place-and-date line 'Hưng Yên, ngày 08 tháng 10 năm 2024' (published).",
    "Flattened '|' table with units in a column: every numeric cell is a figure. 'Kế hoạch năm 2024' cells are targets (period 2024),",
    "'Thực hiện 9 tháng' cells actual (period Jan-Sep 2024 from the header + title), 'Tỷ lệ so với KH (%)' cells percent figures of their own",
    "(period inherited from the title). Like shared h23, a plan cell is not the result cell's target attribute.",
    "'đạt 91,2% kế hoạch' after a count is its percent; 'vượt 3% kế hoạch' is a change with baseline 'kế hoạch'. 18.645,2 triệu = 18 645 200 000 đồng.",
    "Not figures: Số 318/BC-UBND, Quyết định số 56/QĐ-UBND, section numbers I., 1., 2., II., dates, 'QUÝ IV'.",
]

ok = emit("p571-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hưng Yên")
sys.exit(0 if ok else 1)

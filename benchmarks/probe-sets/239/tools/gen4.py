from lib import F, P, C, T, build

TEXT = """NGÂN HÀNG CHÍNH SÁCH XÃ HỘI
CHI NHÁNH TỈNH LÀO CAI
Số: 1245/BC-NHCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả hoạt động tín dụng chính sách xã hội 6 tháng đầu năm 2024
(Phục vụ phiên họp Ban đại diện HĐQT NHCSXH tỉnh quý II/2024)

I. NGUỒN VỐN
Đến 30/6/2024, tổng nguồn vốn đạt 6.458,2 tỷ đồng, tăng 312,7 tỷ đồng so với ngày 31/12/2023 (tỷ lệ tăng trưởng 5,1%). Nguồn vốn nhận ủy thác từ ngân sách địa phương đạt 512,9 tỷ đồng, trong đó ngân sách tỉnh 438,5 tỷ đồng, ngân sách cấp huyện 74,4 tỷ đồng.

II. KẾT QUẢ CHO VAY MỘT SỐ CHƯƠNG TRÌNH CHỦ YẾU
Bảng 2. Đơn vị tính: triệu đồng
Chương trình | Doanh số cho vay | Doanh số thu nợ | Dư nợ đến 30/6/2024 | Tỷ lệ nợ quá hạn (%)
Hộ nghèo | 186.420 | 92.315 | 1.402.870 | 0,21
Hộ cận nghèo | 121.050 | 64.208 | 1.126.540 | 0,09
Giải quyết việc làm | 98.600 | 55.417 | 905.310 | 0,05
Nước sạch và VSMT nông thôn | 42.180 | 30.962 | 512.760 | 0,02
Học sinh, sinh viên | 8.930 | 15.604 | 97.450 | 0,11

III. CHẤT LƯỢNG TÍN DỤNG
Nợ quá hạn toàn chi nhánh là 7,84 tỷ đồng, chiếm 0,12% tổng dư nợ; nợ khoanh 3,26 tỷ đồng. Có 7/9 huyện, thị xã, thành phố có tỷ lệ nợ quá hạn dưới 0,1%; 164/164 xã, phường, thị trấn duy trì giao dịch định kỳ tại điểm giao dịch xã.

IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu tăng trưởng dư nợ cả năm đạt 8,5%; giải ngân hết 100% nguồn vốn được giao.
2. Phấn đấu huy động tối thiểu 15 tỷ đồng ngân sách cấp huyện ủy thác bổ sung.

Nơi nhận:
- Ban đại diện HĐQT NHCSXH tỉnh;
- Lưu: VT, KHNV.
GIÁM ĐỐC
"""

HEADER = """Formal report with letterhead (Chi nhánh NHCSXH tỉnh Lào Cai, 'Số: 1245/BC-NHCS'); place-and-date line 'Lào Cai, ngày 05 tháng 7 năm 2024'.
Flattened '|' table with 'Đơn vị tính: triệu đồng' (cells are money ×10^6) and a '(%)' column overriding it. Every numeric cell is a figure;
subject = column label + row label; 'Dư nợ đến 30/6/2024' gives its cells an as-of period from the header (scored); the flow columns take
'6 tháng đầu năm 2024' from the report title (inherited); the overdue-rate column inherits 30/6/2024. No totals for table cells.
Distractors: document number, section numbers I.-IV., '1.', '2.', 'Bảng 2', 'quý II/2024', '31/12/2023' as baseline, 'Lưu: VT, KHNV'.
6.458,2 tỷ: change +312,7 tỷ; the bracketed '(tỷ lệ tăng trưởng 5,1%)' is a second change: optional percent figure.
'7/9 huyện ...' total 9; '164/164 xã' total 164; 'dưới 0,1%' is a criterion inside a count's clause: optional.
Section IV 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024' gives its targets a period (inherited); 'cả năm' is 2024; 'tối thiểu' → at_least."""

H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
D = P("Dư nợ đến 30/6/2024", None, "2024-06-30")
Di = P("Đến 30/6/2024", None, "2024-06-30", inherited=True)

ROWS = [
    ("Hộ nghèo", "186.420", "92.315", "1.402.870", "0,21"),
    ("Hộ cận nghèo", "121.050", "64.208", "1.126.540", "0,09"),
    ("Giải quyết việc làm", "98.600", "55.417", "905.310", "0,05"),
    ("Nước sạch và VSMT nông thôn", "42.180", "30.962", "512.760", "0,02"),
    ("Học sinh, sinh viên", "8.930", "15.604", "97.450", "0,11"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đạt 6.458,2 tỷ đồng", "6.458,2", 6458.2e9, "money", "đồng", "tổng nguồn vốn",
      change=C("increase", 312.7e9, "đồng", "ngày 31/12/2023"), period=P("Đến 30/6/2024", None, "2024-06-30")),
    F("tăng trưởng 5,1%", "5,1", 5.1, "percent", "%", "tỷ lệ tăng trưởng tổng nguồn vốn", optional=True),
    F("đạt 512,9 tỷ đồng", "512,9", 512.9e9, "money", "đồng", "nguồn vốn nhận ủy thác từ ngân sách địa phương", period=Di),
    F("tỉnh 438,5 tỷ đồng", "438,5", 438.5e9, "money", "đồng", "nguồn vốn ủy thác từ ngân sách tỉnh", total=512.9e9,
      period=Di),
    F("huyện 74,4 tỷ đồng", "74,4", 74.4e9, "money", "đồng", "nguồn vốn ủy thác từ ngân sách cấp huyện", total=512.9e9,
      period=Di),
]
for label, a, b, c, r in ROWS:
    FIGS += [
        F(f"{label} | {a} |", a, num(a) * 1e6, "money", "đồng", f"Doanh số cho vay {label}", period=H6i),
        F(f"{a} | {b} |", b, num(b) * 1e6, "money", "đồng", f"Doanh số thu nợ {label}", period=H6i),
        F(f"{b} | {c} |", c, num(c) * 1e6, "money", "đồng", f"Dư nợ {label}", period=D),
        F(f"{c} | {r}\n", r, num(r), "percent", "%", f"Tỷ lệ nợ quá hạn {label}",
          period=P("30/6/2024", None, "2024-06-30", inherited=True)),
    ]
FIGS += [
    F("là 7,84 tỷ đồng", "7,84", 7.84e9, "money", "đồng", "nợ quá hạn toàn chi nhánh", percent=0.12, period=Di),
    F("nợ khoanh 3,26 tỷ đồng", "3,26", 3.26e9, "money", "đồng", "nợ khoanh", period=Di),
    F("Có 7/9 huyện", "7", 7, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố có tỷ lệ nợ quá hạn dưới 0,1%", total=9, period=Di),
    F("dưới 0,1%", "0,1", 0.1, "percent", "%", "tỷ lệ nợ quá hạn", approx="under", optional=True),
    F("164/164 xã", "164", 164, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn duy trì giao dịch định kỳ tại điểm giao dịch xã", total=164, period=Di),
    F("cả năm đạt 8,5%", "8,5", 8.5, "percent", "%", "tăng trưởng dư nợ cả năm", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    F("hết 100% nguồn vốn", "100", 100, "percent", "%", "nguồn vốn được giao giải ngân", status="target",
      period=P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)),
    F("tối thiểu 15 tỷ đồng", "15", 15e9, "money", "đồng", "ngân sách cấp huyện ủy thác bổ sung huy động", approx="at_least",
      status="target", period=P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)),
]

build("p239-4", TEXT, HEADER, FIGS, published="2024-07-05", location="Lào Cai")

"""p643-3: Sở VHTTDL Quảng Trị formal report — thư viện số 9 tháng năm 2024, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 287/BC-SVHTTDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển thư viện số 9 tháng năm 2024

Thực hiện Kế hoạch số 1645/KH-UBND ngày 12/4/2023 của UBND tỉnh về chuyển đổi số ngành thư viện giai đoạn 2023-2025, Sở Văn hóa, Thể thao và Du lịch báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Số hóa tài liệu, phát triển tài nguyên số
Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)
Tài liệu được số hóa | trang | 30.000 | 24.750 | 82,5
Biểu ghi thư mục mới | biểu ghi | 6.000 | 5.120 | 85,3
Sách điện tử bổ sung | cuốn | 1.200 | 1.380 | 115,0
Lượt truy cập thư viện số | lượt | 250.000 | 231.600 | 92,6
Thẻ bạn đọc cấp mới | thẻ | 2.500 | 1.874 | 75,0

Tính đến ngày 30/9/2024, cơ sở dữ liệu thư viện số của tỉnh có 2.615 tài liệu số với tổng dung lượng 1.842,5 GB, trong đó 1.240 tài liệu địa chí về Quảng Trị. Thư viện tỉnh đã cấp 3.260 tài khoản truy cập thư viện số, tăng 2,4 lần so với cùng kỳ năm 2023.

2. Luân chuyển sách, phục vụ lưu động
Trong 9 tháng, Thư viện tỉnh luân chuyển 11.200 bản sách đến 42 thư viện, tủ sách cơ sở; xe thư viện lưu động thực hiện 35 chuyến đến các xã vùng sâu của hai huyện Hướng Hóa và Đakrông, phục vụ khoảng 16.500 lượt bạn đọc. Tổng kinh phí thực hiện 9 tháng là 1,35 tỷ đồng, bằng 67,5% dự toán được giao.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành 100% chỉ tiêu số hóa tài liệu năm 2024; số hóa thêm từ 5.000 đến 6.000 trang tài liệu địa chí.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, QLVH.
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
M9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

ROWS = [  # label, unit, plan, done, ratio, anchors
    ("Tài liệu được số hóa", "trang", ("30.000", 30000), ("24.750", 24750), ("82,5", 82.5)),
    ("Biểu ghi thư mục mới", "biểu ghi", ("6.000", 6000), ("5.120", 5120), ("85,3", 85.3)),
    ("Sách điện tử bổ sung", "cuốn", ("1.200", 1200), ("1.380", 1380), ("115,0", 115.0)),
    ("Lượt truy cập thư viện số", "lượt", ("250.000", 250000), ("231.600", 231600), ("92,6", 92.6)),
    ("Thẻ bạn đọc cấp mới", "thẻ", ("2.500", 2500), ("1.874", 1874), ("75,0", 75.0)),
]

FIGS = []
for label, unit, plan, done, ratio in ROWS:
    FIGS.append(F(f"| {plan[0]} |", plan[0], plan[1], "count", unit, f"{label} kế hoạch năm 2024", KH, status="target"))
    FIGS.append(F(f"| {done[0]} |", done[0], done[1], "count", unit, f"{label} thực hiện 9 tháng", TH))
    FIGS.append(F(f"| {ratio[0]}\n", ratio[0], ratio[1], "percent", "%", f"{label} tỷ lệ so với kế hoạch", I(TH)))

FIGS += [
    F("có 2.615 tài liệu", "2.615", 2615, "count", "tài liệu số", "tài liệu số trong cơ sở dữ liệu thư viện số của tỉnh",
      ASOF),
    F("dung lượng 1.842,5 GB", "1.842,5", 1842.5, "measure", "GB", "tổng dung lượng cơ sở dữ liệu thư viện số", ASOF),
    F("đó 1.240 tài liệu", "1.240", 1240, "count", "tài liệu", "tài liệu địa chí về Quảng Trị", ASOF, total=2615),
    F("cấp 3.260 tài khoản", "3.260", 3260, "count", "tài khoản", "tài khoản truy cập thư viện số Thư viện tỉnh đã cấp",
      I(ASOF), change=CH("increase", 2.4, "lần", "cùng kỳ năm 2023")),
    F("luân chuyển 11.200 bản", "11.200", 11200, "count", "bản sách", "bản sách Thư viện tỉnh luân chuyển", M9),
    F("đến 42 thư viện", "42", 42, "count", "thư viện, tủ sách", "thư viện, tủ sách cơ sở nhận sách luân chuyển", M9),
    F("thực hiện 35 chuyến", "35", 35, "count", "chuyến", "chuyến xe thư viện lưu động đến các xã vùng sâu", M9),
    F("của hai huyện", "hai", 2, "count", "huyện", "huyện được xe thư viện lưu động phục vụ", M9, optional=True),
    F("khoảng 16.500 lượt", "16.500", 16500, "count", "lượt bạn đọc", "lượt bạn đọc xe thư viện lưu động phục vụ", M9,
      approx="about"),
    F("là 1,35 tỷ đồng", "1,35", 1_350_000_000, "money", "đồng", "tổng kinh phí thực hiện",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=67.5),
    F("hoàn thành 100% chỉ tiêu", "100", 100, "percent", "%", "chỉ tiêu số hóa tài liệu hoàn thành",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("từ 5.000 đến 6.000 trang", "5.000", 5000, "count", "trang tài liệu", "trang tài liệu địa chí số hóa thêm",
      I(Q4), value_max=6000, status="target"),
]

COMMENTS = [
    "Formal report, Sở VHTTDL Quảng Trị, 'Số: 287/BC-SVHTTDL', 'Quảng Trị, ngày 08 tháng 10 năm 2024' (published): thư viện số 9 tháng 2024.",
    "Flattened '|' table (Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)): every numeric cell is a",
    "figure; plan cells status target (period 2024, from the header), result cells actual (9 months, from the header), ratio cells percent",
    "figures (period inherited: the ratio header names none). Units from the 'Đơn vị tính' column.",
    "Distractors: Kế hoạch số 1645/KH-UBND ngày 12/4/2023, giai đoạn 2023-2025, Bảng 1, section numbers I./1./2./II., 'QUÝ IV/2024'.",
    "'tăng 2,4 lần so với cùng kỳ' is the change of 3.260 (unit lần). 'hai huyện Hướng Hóa và Đakrông' is optional (structure).",
    "'bằng 67,5% dự toán được giao' is the percent of 1,35 tỷ. The Q4 tasks ('Phấn đấu hoàn thành 100%', 'từ 5.000 đến 6.000') are targets.",
    "'1.842,5 GB' is read the Vietnamese way (1842.5).",
]

if __name__ == "__main__":
    emit("p643-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Trị")

from lib import F, P, chg, write

TEXT = """UBND TỈNH LẠNG SƠN
SỞ GIAO THÔNG VẬN TẢI
Số: 1872/BC-SGTVT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình thực hiện Dự án đường cao tốc Hữu Nghị – Chi Lăng quý III/2024

1. Thông tin chung
Dự án dài 59,87 km, đầu tư theo phương thức PPP với tổng mức đầu tư 11.024 tỷ đồng, trong đó vốn nhà nước tham gia 5.250 tỷ đồng; nhà đầu tư là liên danh Công ty CP Tập đoàn Đèo Cả – Công ty CP 568. Thời gian thi công theo hợp đồng 30 tháng.

2. Kết quả thực hiện đến hết quý III/2024
Mặt bằng đã bàn giao 59,52 km, đạt 99,4%; còn 9 hộ tại huyện Cao Lộc chưa bàn giao. Giá trị sản lượng xây lắp theo từng gói thầu như sau:

Bảng 1. Giá trị sản lượng các gói thầu
Đơn vị tính: tỷ đồng
Gói thầu | Giá trị hợp đồng | Lũy kế đến 30/9/2024 | Tỷ lệ hoàn thành (%) | Kế hoạch quý IV/2024
XL-01 (Km0 – Km18) | 1.846 | 1.212 | 65,7 | 310
XL-02 (Km18 – Km38) | 2.105 | 1.138 | 54,1 | 365
XL-03 (Km38 – Km59+870) | 1.967 | 846 | 43,0 | 420
Tổng cộng | 5.918 | 3.196 | 54,0 | 1.095

3. Tình hình giải ngân
Kế hoạch vốn ngân sách năm 2024 được giao 1.650 tỷ đồng; lũy kế 9 tháng giải ngân 1.034 tỷ đồng, đạt 62,7%, thấp hơn 7,3% so với kế hoạch đề ra cho quý III.

4. Kiến nghị
Đề nghị Bộ Giao thông vận tải xem xét bổ sung 250 tỷ đồng vốn ngân sách trung ương năm 2025 để hoàn thành dự án trong quý IV/2025.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, KHTC.
GIÁM ĐỐC
Hoàng Văn Tâm
"""

Q3_I = P("đến hết quý III/2024", None, "2024-09-30", inh=True)
LK = P("Lũy kế đến 30/9/2024", None, "2024-09-30")
Q4 = P("Kế hoạch quý IV/2024", "2024-10-01", "2024-12-31")
B = 1e9

ROWS = [
    ("XL-01 (Km0 – Km18) | ", "gói thầu XL-01", ["1.846", "1.212", "65,7", "310"]),
    ("XL-02 (Km18 – Km38) | ", "gói thầu XL-02", ["2.105", "1.138", "54,1", "365"]),
    ("XL-03 (Km38 – Km59+870) | ", "gói thầu XL-03", ["1.967", "846", "43,0", "420"]),
    ("Tổng cộng | ", "tổng cộng", ["5.918", "3.196", "54,0", "1.095"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("dài 59,87 km", "59,87", 59.87, "measure", "km", "chiều dài dự án"),
    F("11.024 tỷ", "11.024", 11.024e12, "money", "đồng", "tổng mức đầu tư"),
    F("5.250 tỷ", "5.250", 5.25e12, "money", "đồng", "vốn nhà nước tham gia", total=11.024e12),
    F("hợp đồng 30 tháng", "30", 30, "measure", "tháng", "thời gian thi công theo hợp đồng", optional=True),
    F("bàn giao 59,52 km", "59,52", 59.52, "measure", "km", "Mặt bằng đã bàn giao", percent=99.4, period=Q3_I),
    F("còn 9 hộ", "9", 9, "count", "hộ", "hộ chưa bàn giao mặt bằng", period=Q3_I, location="Cao Lộc"),
]
for lead, label, cells in ROWS:
    a, b, c, d = cells
    FIGS += [
        F(lead + a, a, num(a) * B, "money", "đồng", f"Giá trị hợp đồng {label}"),
        F(f"{a} | {b}", b, num(b) * B, "money", "đồng", f"Lũy kế {label}", period=LK),
        F(f"{b} | {c}", c, num(c), "percent", "%", f"Tỷ lệ hoàn thành {label}", period=Q3_I),
        F(f"{c} | {d}\n", d, num(d) * B, "money", "đồng", f"Kế hoạch quý IV/2024 {label}", status="target", period=Q4),
    ]
FIGS += [
    F("giao 1.650 tỷ", "1.650", 1.65e12, "money", "đồng", "Kế hoạch vốn ngân sách", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("giải ngân 1.034 tỷ", "1.034", 1.034e12, "money", "đồng", "lũy kế giải ngân", percent=62.7,
      change=chg("decrease", 7.3, "%", "kế hoạch đề ra cho quý III"),
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("bổ sung 250 tỷ", "250", 250e9, "money", "đồng", "vốn ngân sách trung ương đề nghị bổ sung", optional=True,
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

COMMENTS = [
    "Formal report, letterhead 'Số: 1872/BC-SGTVT' (Sở GTVT Lạng Sơn), place-and-date line 'Lạng Sơn, ngày 07 tháng 10 năm 2024'.",
    "Flattened '|' table with 'Đơn vị tính: tỷ đồng' (×10^9 đồng) and a '(%)' column. Every numeric cell is a figure; subject = column + row label;",
    "period from the column header ('Lũy kế đến 30/9/2024' as-of, 'Kế hoạch quý IV/2024' with status target); the rate column and text",
    "under heading 2 inherit 'đến hết quý III/2024'. No total for table cells (the 'Tổng cộng' row is a figure of its own, as in p205-7).",
    "Row labels 'XL-01 (Km0 – Km18)', 'Km59+870' are identifiers/chainages, not figures. '1.034 tỷ ..., đạt 62,7%, thấp hơn 7,3% so với kế hoạch'",
    "gives percent 62.7 and a change (gap to plan). '30 tháng' (contract duration) and the requested '250 tỷ đồng' are optional.",
    "Distractors: document number, 'quý III/2024' in the title, 'Công ty CP 568', 'Lưu: VT, KHTC', signer.",
]

write("p335-4", TEXT, FIGS, COMMENTS, published="2024-10-07", location="Lạng Sơn")

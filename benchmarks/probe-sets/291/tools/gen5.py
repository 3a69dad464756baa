from lib import F, P, build

TEXT = """BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI
Số: 1125/BC-BHXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình thực hiện chính sách BHYT 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Phát triển người tham gia
9 tháng năm 2024, toàn tỉnh có 1.168.214 người tham gia BHYT, tăng 12.380 người so với cùng kỳ năm 2023, đạt 98,9% kế hoạch năm. Tỷ lệ bao phủ BHYT đạt 93,05% dân số. Số liệu theo từng đơn vị như sau:

Bảng 2. Người tham gia và số nợ BHYT theo đơn vị (đến 30/9/2024)
Đơn vị | Người tham gia (người) | Tỷ lệ bao phủ (%) | Nợ đóng BHYT (triệu đồng)
TP. Quảng Ngãi | 221.456 | 93,48 | 2.315
Bình Sơn | 168.742 | 94,12 | 1.087
Đức Phổ | 139.605 | 92,76 | 946
Ba Tơ | 52.318 | 98,90 | 0
Toàn tỉnh | 1.168.214 | 93,05 | 8.762

2. Tình hình nợ đóng
Tổng số tiền nợ đóng BHYT đến 30/9/2024 là 8,76 tỷ đồng, trong đó nợ từ 3 tháng trở lên 5,12 tỷ đồng (chiếm 58,4%). Có 217 đơn vị nợ, trong đó 36 doanh nghiệp đã ngừng hoạt động, không còn khả năng đóng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024, tỷ lệ bao phủ BHYT toàn tỉnh đạt 94%; giảm tỷ lệ nợ xuống dưới 1,5% số phải thu; cấp mới khoảng 10 - 12 nghìn thẻ BHYT cho người tham gia theo hộ gia đình.

Nơi nhận:
- BHXH Việt Nam (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLT.

GIÁM ĐỐC
Nguyễn Minh Tuấn
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TAB = P("đến 30/9/2024", end="2024-09-30", inh=True)
TAB_S = P("đến 30/9/2024", end="2024-09-30")
Q4 = P("đến 31/12/2024", end="2024-12-31")

FIGS = [
    F("có 1.168.214 người", "1.168.214", 1168214, "count", "người", "người tham gia BHYT", percent=98.9,
      change={"direction": "increase", "value": 12380, "unit": "người", "baseline": "cùng kỳ năm 2023"}, period=N9),
    F("BHYT đạt 93,05% dân số", "93,05", 93.05, "percent", "%", "tỷ lệ bao phủ BHYT", period=dict(N9, inherited=True)),
]

ROWS = [
    # label, anchor prefix, location, people, rate, rate_str, debt, debt_str
    ("TP. Quảng Ngãi", "Quảng Ngãi", ("221.456", 221456), ("93,48", 93.48), ("2.315", 2315)),
    ("Bình Sơn", "Bình Sơn", ("168.742", 168742), ("94,12", 94.12), ("1.087", 1087)),
    ("Đức Phổ", "Đức Phổ", ("139.605", 139605), ("92,76", 92.76), ("946", 946)),
    ("Ba Tơ", "Ba Tơ", ("52.318", 52318), ("98,90", 98.9), ("0", 0)),
    ("Toàn tỉnh", "Quảng Ngãi", ("1.168.214", 1168214), ("93,05", 93.05), ("8.762", 8762)),
]
for label, loc, (ps, pv), (rs, rv), (ds, dv) in ROWS:
    FIGS += [
        F(f"{label} | {ps} |", ps, pv, "count", "người", "người tham gia", location=loc, period=TAB),
        F(f"{ps} | {rs} |", rs, rv, "percent", "%", "tỷ lệ bao phủ", location=loc, period=TAB),
        F(f"{rs} | {ds}\n", ds, dv * 1e6, "money", "đồng", "nợ đóng BHYT", location=loc, period=TAB),
    ]

FIGS += [
    F("là 8,76 tỷ đồng", "8,76", 8.76e9, "money", "đồng", "tổng số tiền nợ đóng BHYT", period=TAB_S),
    F("từ 3 tháng trở lên", "3", 3, "measure", "tháng", "thời gian nợ", approx="at_least", optional=True),
    F("lên 5,12 tỷ đồng", "5,12", 5.12e9, "money", "đồng", "số tiền nợ BHYT từ 3 tháng trở lên", total=8.76e9,
      percent=58.4, period=TAB_S),
    F("Có 217 đơn vị", "217", 217, "count", "đơn vị", "đơn vị nợ đóng BHYT", period=TAB),
    F("36 doanh nghiệp", "36", 36, "count", "doanh nghiệp", "doanh nghiệp nợ đã ngừng hoạt động", total=217, period=TAB),
    F("toàn tỉnh đạt 94%", "94", 94, "percent", "%", "tỷ lệ bao phủ BHYT toàn tỉnh", status="target", period=Q4),
    F("dưới 1,5% số phải thu", "1,5", 1.5, "percent", "%", "tỷ lệ nợ BHYT", approx="under", status="target", period=Q4),
    F("khoảng 10 - 12 nghìn thẻ", "10", 10000, "count", "thẻ", "thẻ BHYT cấp mới cho người tham gia theo hộ gia đình",
      value_max=12000, approx="about", status="target", period=Q4),
]

COMMENTS = [
    "Formal report with letterhead (BHXH tỉnh Quảng Ngãi, 'Số: 1125/BC-BHXH'); the place-and-date line 'Quảng Ngãi, ngày 08 tháng 10 năm 2024' is its date.",
    "Flattened '|' table with units in the column headers: (người), (%), (triệu đồng) — the last makes 2.315 = 2 315 000 000 đồng.",
    "Every numeric cell is a figure (the zero debt of Ba Tơ included); subject = column label (+ row label when not a place); the row place is the",
    "location ('Toàn tỉnh' = Quảng Ngãi, 'TP. Quảng Ngãi' city = Quảng Ngãi). Period 'đến 30/9/2024' stands in the table caption: inherited.",
    "No totals for table cells. 'đạt 98,9% kế hoạch năm' is the count's percent. 'trong đó nợ từ 3 tháng trở lên 5,12 tỷ đồng (chiếm 58,4%)': total 8,76 tỷ",
    "and percent 58.4; the duration criterion is optional. '217 đơn vị ..., trong đó 36 doanh nghiệp' total 217 (period inherited from section 2 text).",
    "Section II 'Phấn đấu đến 31/12/2024' governs the three targets in its sentence; '10 - 12 nghìn thẻ' is a range 10000..12000, about.",
    "Distractors: document number, section numbers I./II./1./2., 'Bảng 2', 'Quý IV/2024' heading, 'Lưu: VT, QLT', signer.",
]

if __name__ == "__main__":
    build("p291-5", TEXT, FIGS, COMMENTS, location="Quảng Ngãi", published="2024-10-08")

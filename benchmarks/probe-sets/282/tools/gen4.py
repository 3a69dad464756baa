from lib import F, per, chg, tgt, emit

TEXT = """ỦY BAN NHÂN DÂN
THỊ XÃ ĐÔNG TRIỀU
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Triều, ngày 20 tháng 6 năm 2024

BÁO CÁO
Kết quả công tác tu bổ, tôn tạo di tích 6 tháng đầu năm 2024

Thực hiện Kế hoạch số 56/KH-UBND ngày 15/01/2024 của UBND tỉnh Quảng Ninh, UBND thị xã báo cáo như sau:

I. TÌNH HÌNH CHUNG
Trên địa bàn thị xã hiện có 106 di tích, trong đó 62 di tích đã được xếp hạng (01 di tích quốc gia đặc biệt, 19 di tích cấp quốc gia, 42 di tích cấp tỉnh).

II. KẾT QUẢ TU BỔ, TÔN TẠO DI TÍCH
1. Giải ngân vốn các dự án
Đơn vị tính: triệu đồng
Dự án | Kế hoạch vốn năm 2024 | Giải ngân 6 tháng đầu năm 2024 | Tỷ lệ giải ngân (%)
Tu bổ chùa Ngọa Vân | 18.500 | 11.240 | 60,8
Tôn tạo đền An Sinh | 12.000 | 7.385 | 61,5
Tu bổ đình Đức Sơn | 4.600 | 2.150 | 46,7
Chống xuống cấp chùa Quỳnh Lâm | 3.200 | 3.200 | 100
Tu bổ đình Yên Dưỡng | 2.700 | 980 | 36,3
Tổng cộng | 41.000 | 24.955 | 60,9

Dự án chống xuống cấp chùa Quỳnh Lâm đã hoàn thành; các dự án còn lại đạt khối lượng từ 35% đến 70%.

2. Xã hội hóa và quản lý lễ hội
Nguồn xã hội hóa huy động cho tu bổ di tích 6 tháng đầu năm 2024 đạt 15,8 tỷ đồng, tăng 2,3 tỷ đồng so với cùng kỳ năm 2023. Lễ hội mùa xuân Ngọa Vân - Hồ Thiên thu hút khoảng 85.000 lượt khách; tiền công đức thu được 3,42 tỷ đồng, được quản lý, sử dụng đúng quy định.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu giải ngân 100% kế hoạch vốn năm 2024; lập hồ sơ đề nghị xếp hạng thêm 3 di tích cấp tỉnh.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Văn hóa và Thể thao;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thành
"""

PK = per("Kế hoạch vốn năm 2024", "2024-01-01", "2024-12-31")
PG = per("Giải ngân 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PGi = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
P6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PCi = per("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inh=True)

ROWS = [
    ("Tu bổ chùa Ngọa Vân", "18.500", "11.240", "60,8"),
    ("Tôn tạo đền An Sinh", "12.000", "7.385", "61,5"),
    ("Tu bổ đình Đức Sơn", "4.600", "2.150", "46,7"),
    ("Chống xuống cấp chùa Quỳnh Lâm", "3.200", "3.200", "100"),
    ("Tu bổ đình Yên Dưỡng", "2.700", "980", "36,3"),
    ("Tổng cộng", "41.000", "24.955", "60,9"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("hiện có 106 di tích", "106", 106, "count", "di tích", "di tích"),
    F("trong đó 62 di tích", "62", 62, "count", "di tích", "di tích đã được xếp hạng", total=106),
    F("(01 di tích", "01", 1, "count", "di tích", "di tích quốc gia đặc biệt", total=62),
    F("19 di tích cấp quốc gia", "19", 19, "count", "di tích", "di tích cấp quốc gia", total=62),
    F("42 di tích cấp tỉnh", "42", 42, "count", "di tích", "di tích cấp tỉnh", total=62),
]
for label, plan, paid, rate in ROWS:
    row = label if label != "Tổng cộng" else "tổng cộng các dự án"
    FIGS.append(F(f"{label} | {plan} |", plan, num(plan) * 1e6, "money", "đồng", f"kế hoạch vốn năm 2024 {row}", PK, status="target"))
    FIGS.append(F(f"{plan} | {paid} |" if plan != paid else f"| {paid} | {rate}\n", paid, num(paid) * 1e6, "money", "đồng", f"giải ngân {row}", PG))
    FIGS.append(F(f"{paid} | {rate}\n", rate, num(rate), "percent", "%", f"tỷ lệ giải ngân {row}", PGi))

FIGS += [
    F("từ 35% đến 70%", "35", 35, "percent", "%", "khối lượng thực hiện các dự án còn lại", PGi, value_max=70),
    F("đạt 15,8 tỷ đồng", "15,8", 15.8e9, "money", "đồng", "nguồn xã hội hóa huy động cho tu bổ di tích", P6,
      change=chg("increase", 2.3e9, "đồng", "cùng kỳ năm 2023")),
    F("khoảng 85.000 lượt khách", "85.000", 85000, "count", "lượt khách", "khách đến Lễ hội mùa xuân Ngọa Vân - Hồ Thiên", PGi, approx="about"),
    F("thu được 3,42 tỷ đồng", "3,42", 3.42e9, "money", "đồng", "tiền công đức", PGi),
    F("giải ngân 100% kế hoạch", "100", 100, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn năm 2024", PCi, status="target"),
    F("thêm 3 di tích", "3", 3, "count", "di tích", "di tích cấp tỉnh đề nghị xếp hạng thêm", PCi, status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND thị xã Đông Triều, Quảng Ninh, 'Số: 418/BC-UBND'); 'Đông Triều, ngày 20 tháng 6 năm 2024' is its date.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng' (money cells ×10⁶ đồng; the '(%)' column is percent). Every numeric cell is a figure,",
    "'Tổng cộng' row included, no total attribute for table cells (as in probe 205). 'Kế hoạch vốn năm 2024' column: status target, period 2024",
    "from the header (scored, as h23); 'Giải ngân 6 tháng đầu năm 2024' column: period from its header; the rate column's header has no period",
    "(inherited). Project names are not places: location stays Đông Triều. Subject = column label + row label.",
    "'106 di tích, trong đó 62 … (01 …, 19 …, 42 …)': 62 total 106; the bracketed breakdown adds up to 62. 'hiện có' gives no period.",
    "'tăng 2,3 tỷ đồng so với cùng kỳ năm 2023' is a money change (value in đồng). Section III heading gives '6 tháng cuối năm 2024' to the",
    "targets (inherited; 'Phấn đấu' = target). 'giải ngân 100% kế hoạch vốn năm 2024': the year names the plan, not the period.",
    "revised after the first run: subject of 106 'di tích trên địa bàn thị xã' → 'di tích' (the place phrase is the location, not the indicator).",
    "Distractors: Số 418/BC-UBND, Kế hoạch số 56/KH-UBND ngày 15/01/2024, section numbers I./II./1./2., 'Lưu: VT', signer.",
]

emit("p282-4", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Đông Triều")

from lib import F, P, C, T, write

TEXT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
SỞ GIAO THÔNG VẬN TẢI
Số: 7425/BC-SGTVT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thành phố Hồ Chí Minh, ngày 18 tháng 10 năm 2024

BÁO CÁO
Kết quả thu phí sử dụng tạm thời một phần lòng đường để trông giữ xe quý III/2024

Thực hiện Nghị quyết số 15/2023/NQ-HĐND ngày 19/9/2023 của HĐND Thành phố, Sở Giao thông vận tải báo cáo như sau:

1. Kết quả chung
Quý III/2024, toàn Thành phố có 86 tuyến đường được cấp phép sử dụng tạm thời lòng đường để trông giữ xe, với 5.420 chỗ đỗ xe ô tô. Tổng số phí thu được là 38,7 tỷ đồng, tăng 21,4% so với quý II/2024. Lũy kế 9 tháng năm 2024 thu 104,2 tỷ đồng, đạt 74,4% dự toán năm.

2. Kết quả theo địa bàn
Đơn vị tính: triệu đồng
Quận | Số tuyến (tuyến) | Số thu quý III/2024 | Lũy kế 9 tháng | Tỷ lệ so dự toán (%)
Quận 1 | 31 | 16.245 | 44.870 | 81,6
Quận 3 | 18 | 7.930 | 21.510 | 72,3
Quận 5 | 14 | 5.860 | 15.940 | 70,8
Quận Phú Nhuận | 9 | 3.115 | 8.260 | 66,1
Các quận khác | 14 | 5.550 | 13.620 | 68,5
Cộng | 86 | 38.700 | 104.200 | 74,4

3. Đánh giá, kiến nghị
Số thu quý III/2024 tăng chủ yếu do Quận 1 đưa vào khai thác thêm 6 tuyến đường mới. Vẫn còn 3 tuyến đường thu đạt dưới 50% dự toán do lượng xe gửi giảm. Quý IV/2024, Sở phấn đấu thu tối thiểu 35 tỷ đồng, bảo đảm cả năm đạt 140 tỷ đồng.

Nơi nhận:
- UBND Thành phố (để b/c);
- Sở Tài chính;
- Lưu: VT, P.QLGT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Quang Lâm
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3I = P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)
Q3H = P("quý III/2024", "2024-07-01", "2024-09-30")  # column header
M9H = P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30")  # column header, year from the title/lead
M9I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

ROWS = [
    # (row label, location or None, first-cell anchor prefix, tuyến, q3, m9, pct, pct anchor tail)
    ("Quận 1", "Quận 1", ["31", "16.245", "44.870", "81,6"]),
    ("Quận 3", "Quận 3", ["18", "7.930", "21.510", "72,3"]),
    ("Quận 5", "Quận 5", ["14", "5.860", "15.940", "70,8"]),
    ("Quận Phú Nhuận", "Phú Nhuận", ["9", "3.115", "8.260", "66,1"]),
    ("Các quận khác", None, ["14", "5.550", "13.620", "68,5"]),
    ("Cộng", None, ["86", "38.700", "104.200", "74,4"]),
]


def v(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("có 86 tuyến đường", "86", 86, "count", "tuyến đường",
      "tuyến đường được cấp phép sử dụng tạm thời lòng đường để trông giữ xe", period=Q3),
    F("với 5.420 chỗ đỗ", "5.420", 5420, "count", "chỗ đỗ xe ô tô", "chỗ đỗ xe ô tô", period=Q3),
    F("là 38,7 tỷ đồng", "38,7", 38700000000, "money", "đồng", "tổng số phí thu được",
      change=C("increase", 21.4, "%", "quý II/2024"), period=Q3I),
    F("thu 104,2 tỷ đồng", "104,2", 104200000000, "money", "đồng", "lũy kế số phí thu",
      percent=74.4, period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
]

for label, loc, cells in ROWS:
    row = f"{label} | " + " | ".join(cells)
    t, q, m, pc = cells
    suffix = "" if loc else f" {label.lower()}"
    kw = {"location": loc} if loc else {}
    F_ = []
    F_.append(F(f"{label} | {t} |", t, v(t), "count", "tuyến", "Số tuyến" + suffix,
                period=Q3I, **kw))
    F_.append(F(f"| {t} | {q} |" if label != "Cộng" else f"Cộng | {t} | {q}", q, v(q) * 1e6, "money", "đồng",
                "Số thu quý III/2024" + suffix, period=Q3H, **kw))
    F_.append(F(f"| {q} | {m} |", m, v(m) * 1e6, "money", "đồng", "Lũy kế 9 tháng" + suffix, period=M9H, **kw))
    F_.append(F(f"| {m} | {pc}\n", pc, v(pc), "percent", "%", "Tỷ lệ so dự toán" + suffix, period=M9I, **kw))
    FIGS.extend(F_)

FIGS += [
    F("thêm 6 tuyến đường mới", "6", 6, "count", "tuyến đường", "tuyến đường đưa vào khai thác thêm",
      location="Quận 1", period=Q3),
    F("còn 3 tuyến đường", "3", 3, "count", "tuyến đường", "tuyến đường thu đạt dưới 50% dự toán", period=Q3I),
    F("dưới 50% dự toán", "50", 50, "percent", "%", "tỷ lệ thu so dự toán", approx="under", optional=True),
    F("tối thiểu 35 tỷ đồng", "35", 35000000000, "money", "đồng", "số thu phí", approx="at_least",
      status="target", period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("đạt 140 tỷ đồng", "140", 140000000000, "money", "đồng", "số thu phí cả năm", status="target",
      period=P("cả năm", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Formal report with letterhead (Sở GTVT TP Hồ Chí Minh, 'Số: 7425/BC-SGTVT'); the place-and-date line gives published 2024-10-18.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng' (money cells x10^6), first column overridden by '(tuyến)', last by '(%)'.",
    "District rows: the district is the location and the subject is the column label; 'Các quận khác' and 'Cộng' keep the city",
    "and carry the row label in the subject. 'Quận 1/3/5' are names, not figures; row cells get no total (FIGURES.md has no table part-of rule).",
    "Periods: 'Số thu quý III/2024' and 'Lũy kế 9 tháng' column headers are scored; the tuyến column and the % column inherit.",
    "'tăng 21,4% so với quý II/2024' is the change of 38,7 tỷ; 'đạt 74,4% dự toán năm' the share of 104,2 tỷ. 'dưới 50% dự toán' (a threshold) optional.",
    "'cả năm' in a sentence about quý IV/2024 = the whole year 2024. 'tối thiểu 35 tỷ' at_least target.",
    "Distractors: document numbers, 'ngày 19/9/2023', '1.', '2.', '3.' section numbers, 'Lưu: VT, P.QLGT', signer.",
]

write("p408-3", TEXT, FIGS, COMMENTS, published="2024-10-18", location="TP Hồ Chí Minh")

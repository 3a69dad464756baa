from lib import *

TEXT = """BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI TỈNH ĐẮK NÔNG
Số: 1187/BC-BHXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Nông, ngày 08 tháng 7 năm 2024

BÁO CÁO
Tình hình thực hiện chính sách BHYT 6 tháng đầu năm 2024

I. KẾT QUẢ PHÁT TRIỂN NGƯỜI THAM GIA BHYT
Thực hiện Kế hoạch số 215/KH-UBND, kết quả theo nhóm đối tượng như sau:
Đơn vị tính: người
Nhóm đối tượng | Kế hoạch năm 2024 | Thực hiện đến 30/6/2024 | Tỷ lệ so với kế hoạch (%)
Người lao động, người sử dụng lao động đóng | 52.300 | 50.874 | 97,27
Ngân sách nhà nước đóng | 241.600 | 238.912 | 98,89
Ngân sách hỗ trợ mức đóng | 96.450 | 91.037 | 94,39
Hộ gia đình | 186.200 | 171.455 | 92,08
Tổng cộng | 576.550 | 552.278 | 95,79

Tỷ lệ bao phủ BHYT toàn tỉnh đến 30/6/2024 đạt 87,6% dân số, thấp hơn 3,4% so với chỉ tiêu Nghị quyết HĐND tỉnh giao (91%). So với cùng kỳ năm 2023, số người tham gia giảm 4.126 người, chủ yếu ở nhóm hộ gia đình.

II. CHI KHÁM, CHỮA BỆNH BHYT
6 tháng đầu năm 2024, toàn tỉnh có 612.480 lượt người KCB BHYT với chi phí đề nghị thanh toán 402,6 tỷ đồng, bằng 52,8% dự toán được giao (762,5 tỷ đồng). Trong đó, tuyến tỉnh 189,4 tỷ đồng, tuyến huyện 176,8 tỷ đồng, tuyến xã 36,4 tỷ đồng. Dự kiến cả năm 2024, chi KCB BHYT toàn tỉnh khoảng 830 tỷ đồng, vượt khoảng 67,5 tỷ đồng so với dự toán.

III. KIẾN NGHỊ
Đề nghị BHXH Việt Nam bổ sung dự toán chi KCB BHYT năm 2024 cho tỉnh; đề nghị UBND tỉnh chỉ đạo 8 huyện, thành phố giao chỉ tiêu phát triển người tham gia BHYT hộ gia đình đến từng xã.

Nơi nhận:
- BHXH Việt Nam (b/c);
- UBND tỉnh;
- Lưu: VT, GĐBHYT.
GIÁM ĐỐC
Trần Văn Quang
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện đến 30/6/2024", end="2024-06-30")
TL = P("Thực hiện đến 30/6/2024", end="2024-06-30", inh=True)
ROWS = [
    ("Người lao động, người sử dụng lao động đóng", "52.300", 52300, "50.874", 50874, "97,27", 97.27),
    ("Ngân sách nhà nước đóng", "241.600", 241600, "238.912", 238912, "98,89", 98.89),
    ("Ngân sách hỗ trợ mức đóng", "96.450", 96450, "91.037", 91037, "94,39", 94.39),
    ("Hộ gia đình", "186.200", 186200, "171.455", 171455, "92,08", 92.08),
    ("Tổng cộng", "576.550", 576550, "552.278", 552278, "95,79", 95.79),
]
FIGS = []
for label, k, kv, t, tv, r, rv in ROWS:
    FIGS.append(F(f"{label} | {k} |", k, kv, "count", "người", f"{label} kế hoạch năm 2024",
                  status="target", period=KH))
    FIGS.append(F(f"| {t} |", t, tv, "count", "người", f"{label} thực hiện đến 30/6/2024", period=TH))
    FIGS.append(F(f"| {r}\n", r, rv, "percent", "%", f"{label} tỷ lệ so với kế hoạch", period=TL))

P6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6_I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
FIGS += [
    F("đạt 87,6% dân số", "87,6", 87.6, "percent", "%", "Tỷ lệ bao phủ BHYT toàn tỉnh",
      change=CH("decrease", 3.4, "%", "chỉ tiêu Nghị quyết HĐND tỉnh giao"), target=TG(91, "%", False),
      period=P("đến 30/6/2024", end="2024-06-30")),
    F("giảm 4.126 người", "4.126", 4126, "count", "người", "số người tham gia giảm so với cùng kỳ năm 2023",
      period=P("đến 30/6/2024", end="2024-06-30", inh=True)),
    F("có 612.480 lượt", "612.480", 612480, "count", "lượt người KCB BHYT", "lượt người KCB BHYT", period=P6),
    F("thanh toán 402,6 tỷ đồng", "402,6", 402600000000, "money", "đồng", "chi phí đề nghị thanh toán",
      percent=52.8, target=TG(762500000000, "đồng"), period=P6),
    F("tuyến tỉnh 189,4 tỷ", "189,4", 189400000000, "money", "đồng", "chi phí đề nghị thanh toán tuyến tỉnh",
      total=402600000000, period=P6_I),
    F("tuyến huyện 176,8 tỷ", "176,8", 176800000000, "money", "đồng", "chi phí đề nghị thanh toán tuyến huyện",
      total=402600000000, period=P6_I),
    F("tuyến xã 36,4 tỷ", "36,4", 36400000000, "money", "đồng", "chi phí đề nghị thanh toán tuyến xã",
      total=402600000000, period=P6_I),
    F("khoảng 830 tỷ đồng", "830", 830000000000, "money", "đồng", "chi KCB BHYT toàn tỉnh",
      approx="about", status="forecast",
      change=CH("increase", 67500000000, "đồng", "dự toán", approx="about"),
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("chỉ đạo 8 huyện", "8", 8, "count", "huyện, thành phố", "huyện, thành phố", optional=True),
]

COMMENTS = [
    "Formal report with letterhead, BHXH tỉnh Đắk Nông 'Số: 1187/BC-BHXH', place-and-date line = published 2024-07-08.",
    "Flattened '|' table, 'Đơn vị tính: người', last column '(%)'. Every numeric cell is a figure; subject = row label + column label;",
    "Kế hoạch column -> status target, period năm 2024 (header); Thực hiện column -> as-of 30/6/2024 (header); the (%) column has no period",
    "of its own in its header, so it takes the Thực hiện date (inherited). No totals for table cells ('Tổng cộng' row is its own figure; no part-of rule for tables).",
    "'87,6%': gap to plan 'thấp hơn 3,4% so với chỉ tiêu' = change (decrease), plan '(91%)' = target. 'giảm 4.126 người' with no base figure is the claim: a count (as h10's 'Tăng 261 nghìn người').",
    "'402,6 tỷ đồng, bằng 52,8% dự toán được giao (762,5 tỷ đồng)': percent 52.8 and target 762,5 tỷ (result against plan). 'Trong đó' parts by tuyến -> total 402,6 tỷ.",
    "'Dự kiến ... khoảng 830 tỷ đồng, vượt khoảng 67,5 tỷ đồng so với dự toán' = forecast with a change (gap to plan). '8 huyện, thành phố' (structure, in a request) optional.",
    "Distractors: Số: 1187/BC-BHXH, Kế hoạch số 215/KH-UBND, section numbers I./II./III., dates, 'Lưu: VT, GĐBHYT', signer.",
]

if __name__ == "__main__":
    build("p452-3", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Đắk Nông")

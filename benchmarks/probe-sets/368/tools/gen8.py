from lib import F, P, write

TEXT = """UBND HUYỆN HÒA VANG
UBND XÃ HÒA TIẾN
Số: 198/BC-UBND
Hòa Tiến, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả cải cách hành chính, chuyển đổi số năm 2024 và phương hướng năm 2025

1. Kết quả năm 2024
Năm 2024, UBND xã Hòa Tiến (huyện Hòa Vang, thành phố Đà Nẵng) duy trì Bộ phận một cửa hiện đại với 5 công chức và 2 quầy tự phục vụ. Ước cả năm, xã tiếp nhận 5.860 hồ sơ, tăng 6,3% so với năm 2023; trong đó hồ sơ trực tuyến ước đạt 4.010 hồ sơ.

Xã đã miễn lệ phí cho 1.274 hồ sơ nộp trực tuyến, tổng số tiền ước đạt 41,2 triệu đồng. Tính đến ngày 30/11/2024, xã đã số hóa 12.480 trang sổ hộ tịch lưu trữ, đạt 100% số sổ hiện có.

Bảng: Một số chỉ tiêu chủ yếu (Đơn vị tính: %)
TT	Chỉ tiêu	Kế hoạch năm 2024	Ước thực hiện năm 2024	Kế hoạch năm 2025
1	Tỷ lệ hồ sơ tiếp nhận trực tuyến	60	68,5	80
2	Tỷ lệ hồ sơ giải quyết đúng hạn	98	99,7	100
3	Tỷ lệ hồ sơ được số hóa khi tiếp nhận	90	94,2	100
4	Tỷ lệ thanh toán phí, lệ phí trực tuyến	30	27,4	45
5	Chỉ số hài lòng của người dân	90	93,6	95

2. Tồn tại
Tỷ lệ thanh toán trực tuyến chưa đạt kế hoạch do khoảng 35% người dân trên 60 tuổi chưa có tài khoản ngân hàng; đường truyền tại 3/7 thôn còn chập chờn.

3. Phương hướng năm 2025
Phấn đấu 100% hồ sơ được số hóa và tái sử dụng; tổ chức 12 lớp hướng dẫn kỹ năng số, mỗi lớp từ 30 đến 40 người.

Nơi nhận:
- UBND huyện Hòa Vang;
- Lưu: VT, VP.
CHỦ TỊCH
ĐT: 0236.3792.115
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
U24 = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
P25i = P("năm 2025", "2025-01-01", "2025-12-31", inh=True)

def row(label, k24, u24, k25):
    out = []
    for (anchor, number, value), col, per, st in zip([k24, u24, k25],
            ["Kế hoạch năm 2024", "Ước thực hiện năm 2024", "Kế hoạch năm 2025"],
            [K24, U24, K25], ["target", "estimate", "target"]):
        out.append(F(anchor, number, value, "percent", "%", f"{label} {col}", status=st, period=per))
    return out

FIGS = [
    F("với 5 công chức", "5", 5, "count", "công chức", "công chức Bộ phận một cửa", period=Y24),
    F("và 2 quầy", "2", 2, "count", "quầy tự phục vụ", "quầy tự phục vụ", period=Y24),
    F("tiếp nhận 5.860 hồ sơ", "5.860", 5860, "count", "hồ sơ", "hồ sơ xã tiếp nhận", status="estimate",
      change={"direction": "increase", "value": 6.3, "unit": "%", "baseline": "năm 2023"}, period=P("cả năm", "2024-01-01", "2024-12-31")),
    F("đạt 4.010 hồ sơ", "4.010", 4010, "count", "hồ sơ", "hồ sơ trực tuyến", status="estimate", total=5860,
      period=P("cả năm", "2024-01-01", "2024-12-31")),
    F("cho 1.274 hồ sơ", "1.274", 1274, "count", "hồ sơ", "hồ sơ nộp trực tuyến được miễn lệ phí", period=Y24i),
    F("đạt 41,2 triệu đồng", "41,2", 41200000, "money", "đồng", "tổng số tiền lệ phí được miễn", status="estimate", period=Y24i),
    F("hóa 12.480 trang", "12.480", 12480, "count", "trang", "trang sổ hộ tịch lưu trữ đã số hóa", percent=100,
      period=P("Tính đến ngày 30/11/2024", None, "2024-11-30")),
]
FIGS += row("Tỷ lệ hồ sơ tiếp nhận trực tuyến", ("trực tuyến\t60", "60", 60), ("68,5", "68,5", 68.5), ("68,5\t80", "80", 80))
FIGS += row("Tỷ lệ hồ sơ giải quyết đúng hạn", ("hạn\t98", "98", 98), ("99,7", "99,7", 99.7), ("99,7\t100", "100", 100))
FIGS += row("Tỷ lệ hồ sơ được số hóa khi tiếp nhận", ("nhận\t90", "90", 90), ("94,2", "94,2", 94.2), ("94,2\t100", "100", 100))
FIGS += row("Tỷ lệ thanh toán phí, lệ phí trực tuyến", ("tuyến\t30", "30", 30), ("27,4", "27,4", 27.4), ("27,4\t45", "45", 45))
FIGS += row("Chỉ số hài lòng của người dân", ("dân\t90", "90", 90), ("93,6", "93,6", 93.6), ("93,6\t95", "95", 95))
FIGS += [
    F("khoảng 35% người dân", "35", 35, "percent", "%", "người dân trên 60 tuổi chưa có tài khoản ngân hàng", approx="about"),
    F("trên 60 tuổi", "60", 60, "measure", "tuổi", approx="over", optional=True),
    F("tại 3/7 thôn", "3", 3, "count", "thôn", "thôn đường truyền còn chập chờn", total=7),
    F("Phấn đấu 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được số hóa và tái sử dụng", status="target", period=P25i),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp hướng dẫn kỹ năng số", status="target", period=P25i),
    F("từ 30 đến 40 người", "30", 30, "count", "người", "người mỗi lớp", value_max=40, status="target", period=P25i),
]

HEADER = """Formal report of a commune (UBND xã Hòa Tiến, huyện Hòa Vang, Đà Nẵng), 'Số: 198/BC-UBND', 'Hòa Tiến, ngày 10 tháng 12 năm 2024' (published).
Tab-flattened table 'TT | Chỉ tiêu | Kế hoạch năm 2024 | Ước thực hiện năm 2024 | Kế hoạch năm 2025', '(Đơn vị tính: %)': every cell is a percent figure;
Kế hoạch columns → status target, Ước thực hiện → estimate; period from the column header (stated, as in shared h23); subject = row label + column label;
the plan cell is a figure of its own, not the target attribute of the result cell (shared h23). Row numbers 1-5 are not figures.
The commune is below district level: location is the district Hòa Vang throughout.
'Ước cả năm, xã tiếp nhận 5.860 hồ sơ, tăng 6,3% …; trong đó hồ sơ trực tuyến ước đạt 4.010' → both estimates; 4.010 has total 5860; 'cả năm' takes 2024.
'tổng số tiền ước đạt 41,2 triệu' → estimate. '12.480 trang …, đạt 100% số sổ' → percent 100. '3/7 thôn' → total 7. 'trên 60 tuổi' is an age criterion (optional).
Section '3. Phương hướng năm 2025' with 'Phấn đấu': targets, period from the heading (inherited). 'từ 30 đến 40 người' range.
Distractors: Số: 198/BC-UBND, section numbers 1., 2., 3., 'Lưu: VT, VP', phone 0236.3792.115, table row numbers."""

write(8, TEXT, HEADER, FIGS, published="2024-12-10", location="Hòa Vang")

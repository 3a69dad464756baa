from lib import F, P, build

TEXT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 14 tháng 10 năm 2024

BÁO CÁO
Tình hình thực hiện các công trình chống ngập, thoát nước đô thị 9 tháng năm 2024

I. TÌNH HÌNH NGẬP ÚNG
Trong 9 tháng năm 2024, mực nước đỉnh triều tại trạm Cần Thơ đạt 2,18 m, vượt báo động III 0,18 m; toàn thành phố ghi nhận 18 tuyến đường bị ngập khi triều cường kết hợp mưa lớn, giảm 7 tuyến so với cùng kỳ năm 2023.

II. KẾT QUẢ THỰC HIỆN
Năm 2024, thành phố bố trí 1.246 tỷ đồng cho 21 công trình chống ngập, thoát nước (theo Nghị quyết số 45/NQ-HĐND). Kết quả theo địa bàn như sau:

Bảng 1. Vốn và giải ngân các công trình chống ngập
Đơn vị tính: tỷ đồng
Địa bàn | Số công trình | Vốn bố trí năm 2024 | Giải ngân 9 tháng | Tỷ lệ giải ngân (%)
Quận Ninh Kiều | 7 | 412,6 | 251,3 | 60,9
Quận Cái Răng | 4 | 298 | 143,2 | 48,1
Quận Bình Thủy | 3 | 176,4 | 88,7 | 50,3
Quận Ô Môn | 2 | 94,5 | 41,8 | 44,2
Huyện Phong Điền | 2 | 58 | 26,9 | 46,4
Công trình liên quận | 3 | 206,5 | 131,6 | 63,7
Tổng cộng | 21 | 1.246 | 683,5 | 54,9

Đã hoàn thành 9 công trình, trong đó có 4 cống ngăn triều; 12 công trình đang thi công, khối lượng đạt từ 35% đến 80%.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024 giải ngân đạt trên 95% kế hoạch vốn; hoàn thành thêm 6 công trình và đưa vào vận hành 2 cống ngăn triều Cái Sơn, Cái Khế.

Nơi nhận:
- Bộ Xây dựng;
- TT Thành ủy, TT HĐND TP;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Việt Trường"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
V24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    # label, location, count, alloc, disb, rate, anchors
    ("Quận Ninh Kiều", "Ninh Kiều", ("7", 7), ("412,6", 412.6), ("251,3", 251.3), ("60,9", 60.9)),
    ("Quận Cái Răng", "Cái Răng", ("4", 4), ("298", 298), ("143,2", 143.2), ("48,1", 48.1)),
    ("Quận Bình Thủy", "Bình Thủy", ("3", 3), ("176,4", 176.4), ("88,7", 88.7), ("50,3", 50.3)),
    ("Quận Ô Môn", "Ô Môn", ("2", 2), ("94,5", 94.5), ("41,8", 41.8), ("44,2", 44.2)),
    ("Huyện Phong Điền", "Phong Điền", ("2", 2), ("58", 58), ("26,9", 26.9), ("46,4", 46.4)),
    ("Công trình liên quận", None, ("3", 3), ("206,5", 206.5), ("131,6", 131.6), ("63,7", 63.7)),
    ("Tổng cộng", None, ("21", 21), ("1.246", 1246), ("683,5", 683.5), ("54,9", 54.9)),
]
TY = 1_000_000_000
FIGS = [
    F("đạt 2,18 m", "2,18", 2.18, "measure", "m", "mực nước đỉnh triều tại trạm Cần Thơ",
      change={"direction": "increase", "value": 0.18, "unit": "m", "approx": "exact", "baseline": "báo động III"},
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("ghi nhận 18 tuyến đường", "18", 18, "count", "tuyến đường", "tuyến đường bị ngập khi triều cường kết hợp mưa lớn",
      change={"direction": "decrease", "value": 7, "unit": "tuyến", "approx": "exact", "baseline": "cùng kỳ năm 2023"},
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("bố trí 1.246 tỷ đồng", "1.246", 1246 * TY, "money", "đồng", "vốn bố trí cho công trình chống ngập, thoát nước",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("cho 21 công trình", "21", 21, "count", "công trình", "công trình chống ngập, thoát nước",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]
for label, loc, cnt, alloc, disb, rate in ROWS:
    place = {"location": loc} if loc else {}
    rl = label if loc is None else ""  # a place label goes to location, not to the subject (FIGURES.md, tables)
    first = f"{label} | {cnt[0]} |"
    FIGS += [
        F(first, cnt[0], cnt[1], "count", "công trình", f"số công trình {rl}".strip(), period=Y24, **place),
        F(f"| {cnt[0]} | {alloc[0]} |", alloc[0], alloc[1] * TY, "money", "đồng", f"vốn bố trí năm 2024 {rl}".strip(),
          period=V24, **place),
        F(f"| {alloc[0]} | {disb[0]} |", disb[0], disb[1] * TY, "money", "đồng", f"giải ngân 9 tháng {rl}".strip(),
          period=M9, **place),
        F(f"| {disb[0]} | {rate[0]}\n", rate[0], rate[1], "percent", "%", f"tỷ lệ giải ngân {rl}".strip(),
          period=M9I, **place),
    ]
FIGS += [
    F("hoàn thành 9 công trình", "9", 9, "count", "công trình", "công trình đã hoàn thành", period=M9I),
    F("có 4 cống ngăn triều", "4", 4, "count", "cống ngăn triều", "cống ngăn triều đã hoàn thành", total=9, period=M9I),
    F("12 công trình đang thi công", "12", 12, "count", "công trình", "công trình đang thi công", period=M9I),
    F("từ 35% đến 80%", "35", 35, "percent", "%", "khối lượng công trình đang thi công", value_max=80, period=M9I),
    F("trên 95% kế hoạch vốn", "95", 95, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn", approx="over",
      status="target", period=P("đến 31/12/2024", None, "2024-12-31")),
    F("thêm 6 công trình", "6", 6, "count", "công trình", "công trình hoàn thành thêm", status="target",
      period=P("đến 31/12/2024", None, "2024-12-31")),
    F("vận hành 2 cống", "2", 2, "count", "cống ngăn triều", "cống ngăn triều đưa vào vận hành", status="target",
      period=P("đến 31/12/2024", None, "2024-12-31")),
]

COMMENTS = [
    "Formal report with letterhead (UBND TP Cần Thơ, 'Số: 287/BC-UBND'); the place-and-date line 'Cần Thơ, ngày 14 tháng 10 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: tỷ đồng' (money cells x 10^9 đồng); 'Số công trình' counts công trình and the last column is '(%)'.",
    "Every numeric cell is a figure; subject = column label + row label (a district row label goes to location only); district rows take the district as location, 'Công trình liên quận'",
    "and 'Tổng cộng' stay Cần Thơ. Periods from the column headers ('Vốn bố trí năm 2024', 'Giải ngân 9 tháng' -> 9 tháng năm 2024); the count and rate",
    "columns have no period in their header and inherit (report year / 9 months). No totals for table cells (as in p205-7).",
    "Distractors: document number, 'Nghị quyết số 45/NQ-HĐND', 'báo động III', section numbers I./II./III., 'Bảng 1', 'quý IV/2024' heading, 'Lưu: VT, KT', signer.",
    "'vượt báo động III 0,18 m' is the change of 2,18 m (baseline the alarm level). '4 cống' after 'trong đó' has total 9.",
    "revised after the first run: district rows' subjects no longer repeat the district (FIGURES.md: a place label goes to location instead).",
    "Section III targets: 'Phấn đấu đến 31/12/2024' governs the sentence (status target, as-of period end 2024-12-31).",
]
build("p343-3", TEXT, COMMENTS, {"published": "2024-10-14", "location": "Cần Thơ"}, FIGS)

from lib import F, P, build

TEXT = """SỞ XÂY DỰNG TỈNH BÌNH DƯƠNG
Tin hoạt động ngành

Bình Dương đẩy nhanh xử lý các điểm ngập trong mùa mưa năm 2024

Tính đến ngày 30/9/2024, toàn tỉnh đã xử lý dứt điểm 16 trên tổng số 27 điểm ngập được thống kê từ đầu năm, còn 11 điểm đang triển khai giải pháp, chủ yếu dọc Quốc lộ 13 và đường ĐT743.

Từ đầu năm đến nay, tổng lượng mưa đo tại trạm Sở Sao đạt 1.684 mm, cao hơn 12,5% so với cùng kỳ năm 2023; riêng tháng 9 có 2 trận mưa trên 80 mm gây ngập cục bộ.

Năm 2024, tỉnh bố trí 1.120 tỷ đồng cho 14 dự án thoát nước, chống ngập; 9 tháng giải ngân ước đạt 742 tỷ đồng, tương đương 66,3% kế hoạch. Dự án nạo vét, gia cố suối Cái (giai đoạn 2) có tổng mức đầu tư 2.347 tỷ đồng, dự kiến hoàn thành trong quý II/2025.

Kết quả xử lý điểm ngập 9 tháng năm 2024 theo địa phương
Đơn vị tính: điểm
Địa phương\tĐầu năm\tĐã xử lý\tCòn lại
Thủ Dầu Một\t6\t4\t2
Thuận An\t9\t5\t4
Dĩ An\t7\t3\t4
Tân Uyên\t3\t2\t1
Bến Cát\t2\t2\t0
Toàn tỉnh\t27\t16\t11

Đến năm 2025, tỉnh phấn đấu không còn điểm ngập kéo dài trên 2 giờ tại các đô thị, tỷ lệ bao phủ hệ thống thoát nước đô thị đạt 75%; các thành phố Thủ Dầu Một, Thuận An, Dĩ An đạt trên 85%.

Thông tin liên hệ: Phòng Hạ tầng kỹ thuật, tầng 9, tháp A, Trung tâm Hành chính tập trung tỉnh; điện thoại 0274.3822.634."""

T30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
FIGS = [
    F("dứt điểm 16 trên", "16", 16, "count", "điểm ngập", "điểm ngập được xử lý dứt điểm", total=27, period=T30),
    F("còn 11 điểm", "11", 11, "count", "điểm", "điểm ngập đang triển khai giải pháp", period=T30),
    F("đạt 1.684 mm", "1.684", 1684, "measure", "mm", "tổng lượng mưa đo tại trạm Sở Sao",
      change={"direction": "increase", "value": 12.5, "unit": "%", "approx": "exact", "baseline": "cùng kỳ năm 2023"},
      period=P("Từ đầu năm đến nay", "2024-01-01", None)),
    F("có 2 trận mưa", "2", 2, "count", "trận mưa", "trận mưa gây ngập cục bộ",
      period=P("tháng 9", "2024-09-01", "2024-09-30")),
    F("trên 80 mm", "80", 80, "measure", "mm", "lượng mưa", approx="over", optional=True),
    F("bố trí 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", "vốn bố trí cho dự án thoát nước, chống ngập",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("cho 14 dự án", "14", 14, "count", "dự án", "dự án thoát nước, chống ngập",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("ước đạt 742 tỷ đồng", "742", 742e9, "money", "đồng", "vốn giải ngân", percent=66.3, status="estimate",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tư 2.347 tỷ đồng", "2.347", 2347e9, "money", "đồng", "tổng mức đầu tư dự án nạo vét, gia cố suối Cái"),
]
ROWS = [("Thủ Dầu Một", (6, 4, 2)), ("Thuận An", (9, 5, 4)), ("Dĩ An", (7, 3, 4)), ("Tân Uyên", (3, 2, 1)),
        ("Bến Cát", (2, 2, 0)), ("Toàn tỉnh", (27, 16, 11))]
COLS = [("điểm ngập đầu năm", None),
        ("điểm ngập đã xử lý", M9I), ("điểm ngập còn lại", P("9 tháng năm 2024", None, "2024-09-30", inh=True))]
for label, vals in ROWS:
    loc = {} if label == "Toàn tỉnh" else {"location": label}
    a, b, c = vals
    tail = "\n\nĐến" if label == "Toàn tỉnh" else "\n"
    anchors = [f"{label}\t{a}\t", f"\t{b}\t{c}{tail}", f"\t{b}\t{c}{tail}"]
    for (subj, per), anchor, v in zip(COLS, anchors, vals):
        FIGS.append(F(anchor, str(v), v, "count", "điểm", f"{subj} {label}" if not loc else subj,
                      period=per, **loc))
FIGS += [
    F("trên 2 giờ", "2", 2, "measure", "giờ", approx="over", optional=True),
    F("đạt 75%", "75", 75, "percent", "%", "tỷ lệ bao phủ hệ thống thoát nước đô thị", status="target",
      period=P("Đến năm 2025", None, "2025-12-31")),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ bao phủ hệ thống thoát nước đô thị", approx="over",
      status="target", period=P("Đến năm 2025", None, "2025-12-31"), optional=True),
]

COMMENTS = [
    "Department site (Sở Xây dựng Bình Dương), 'Tin hoạt động ngành': flooding spots, rainfall, investment 2024, tab-separated table by city. No dateline at all.",
    "Distractors: 'Quốc lộ 13', 'ĐT743' (road names), 'giai đoạn 2' (project phase), 'quý II/2025', 'tầng 9, tháp A', phone 0274.3822.634.",
    "'16 trên tổng số 27 điểm ngập' -> total 27 (the 27 is an attribute, not a figure). 'còn 11 điểm' has no part-of cue.",
    "'Từ đầu năm đến nay' with no published date: start 2024-01-01 (year from 30/9/2024), end null. 'tháng 9' takes 2024.",
    "'742 tỷ đồng, tương đương 66,3% kế hoạch' -> percent 66.3, estimate ('ước đạt'). 'trên 80 mm', 'trên 2 giờ' are thresholds (optional).",
    "Tab table: 'Đơn vị tính: điểm'; every cell (zeros included) is a figure; city rows take the city as location; 'Toàn tỉnh' stays Bình Dương.",
    "Table periods: the 'Đầu năm' column is a level at the start of 2024, a point the contract does not define: no period given (not scored);",
    "the other columns inherit the title's '9 tháng năm 2024' (inherited).",
    "The target 'trên 85%' is one figure for three cities (Thủ Dầu Một, Thuận An, Dĩ An): no single place, so optional.",
]
build("p343-8", TEXT, COMMENTS, {"location": "Bình Dương"}, FIGS)

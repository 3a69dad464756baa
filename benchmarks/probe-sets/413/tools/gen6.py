from lib import F, P, PI, CH, T, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Thứ Năm, 27/06/2024 10:25
Lượt xem: 1.076

Tổng kết niên vụ mía đường 2023-2024

Ngày 26/6, tại huyện Nghĩa Đàn, Sở NN&PTNT phối hợp với Công ty CP Mía đường Sông Lam và Công ty TNHH Mía đường Nghệ An tổ chức hội nghị tổng kết niên vụ mía đường 2023-2024. Niên vụ vừa qua, hai nhà máy đã ép 1.386.000 tấn mía; chữ đường bình quân đạt 10,6 CCS, cao nhất từ trước đến nay. Toàn tỉnh có 3.820 hộ ký hợp đồng bao tiêu với các nhà máy, trong đó 1.312 hộ liên kết theo mô hình cánh đồng lớn.

Kết quả thực hiện một số chỉ tiêu chủ yếu:
Chỉ tiêu
Đơn vị
Kế hoạch
Thực hiện
So với kế hoạch (%)
Diện tích thu hoạch
ha
25.000
24.730
98,9
Năng suất bình quân
tấn/ha
60
61,8
103,0
Sản lượng mía
nghìn tấn
1.500
1.528
101,9
Sản lượng đường
nghìn tấn
145
148,9
102,7

Giá mía bình quân niên vụ 2023-2024 đạt 1.210.000 đồng/tấn, tăng 190.000 đồng/tấn so với niên vụ trước; thu nhập bình quân của người trồng mía đạt 73,5 triệu đồng/ha. Các huyện có diện tích mía lớn gồm Nghĩa Đàn 7.960 ha, Quỳ Hợp 5.480 ha, Tân Kỳ 4.215 ha.

Niên vụ 2024-2025, dự kiến diện tích thu hoạch khoảng 25.500 ha; sản lượng đường ước đạt 155 nghìn tấn. Hội nghị đã khen thưởng 25 tập thể, 40 cá nhân có thành tích xuất sắc.
"""

NV = P("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NVI = PI("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NV2 = P("Niên vụ 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("hai nhà máy", "hai", "count", "nhà máy", "nhà máy đường", value=2, optional=True),
    F("ép 1.386.000 tấn mía", "1.386.000", "measure", "tấn", "mía hai nhà máy đã ép", period=NVI),
    F("đạt 10,6 CCS", "10,6", "measure", "CCS", "chữ đường bình quân", period=NVI),
    F("có 3.820 hộ", "3.820", "count", "hộ", "hộ ký hợp đồng bao tiêu với các nhà máy"),
    F("đó 1.312 hộ", "1.312", "count", "hộ", "hộ liên kết theo mô hình cánh đồng lớn", total=3820),
]
rows = [
    ("Diện tích thu hoạch", "ha", "ha", 1, "25.000", "24.730", "98,9"),
    ("Năng suất bình quân", "tấn/ha", "tấn/ha", 1, "60", "61,8", "103,0"),
    ("Sản lượng mía", "nghìn tấn", "tấn", 1000, "1.500", "1.528", "101,9"),
    ("Sản lượng đường", "nghìn tấn", "tấn", 1000, "145", "148,9", "102,7"),
]
for label, uline, unit, mult, plan, done, pct in rows:
    FIGS += [
        F(f"{uline}\n{plan}\n", plan, "measure", unit, f"{label} kế hoạch", mult=mult, status="target", period=NVI),
        F(f"{plan}\n{done}\n", done, "measure", unit, f"{label} thực hiện", mult=mult, period=NVI),
        F(f"{done}\n{pct}\n", pct, "percent", "%", f"{label} thực hiện so với kế hoạch", period=NVI),
    ]
FIGS += [
    F("đạt 1.210.000 đồng/tấn", "1.210.000", "money", "đồng/tấn", "Giá mía bình quân",
      change=CH("inc", 190000, "đồng/tấn", "niên vụ trước"), period=NV),
    F("đạt 73,5 triệu đồng/ha", "73,5", "money", "đồng/ha", "thu nhập bình quân của người trồng mía", mult=10**6, period=NV),
    F("Nghĩa Đàn 7.960 ha", "7.960", "measure", "ha", "diện tích mía", location="Nghĩa Đàn", period=NVI),
    F("Quỳ Hợp 5.480 ha", "5.480", "measure", "ha", "diện tích mía", location="Quỳ Hợp", period=NVI),
    F("Tân Kỳ 4.215 ha", "4.215", "measure", "ha", "diện tích mía", location="Tân Kỳ", period=NVI),
    F("khoảng 25.500 ha", "25.500", "measure", "ha", "diện tích mía thu hoạch", approx="about", status="forecast", period=NV2),
    F("ước đạt 155 nghìn tấn", "155", "measure", "tấn", "sản lượng đường", mult=1000, status="estimate", period=NV2),
    F("khen thưởng 25 tập thể", "25", "count", "tập thể", "tập thể được khen thưởng", optional=True),
    F("40 cá nhân", "40", "count", "cá nhân", "cá nhân được khen thưởng", optional=True),
]

COMMENTS = """
Department site (Sở NN&PTNT Nghệ An): season review 2023-2024. Dateline 'Thứ Năm, 27/06/2024 10:25' with a view counter after it.
One-cell-per-line table (as h23): Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện | So với kế hoạch (%). Every numeric cell is a figure: plan cells status target,
result cells actual, the '(%)' column percent. Unit and multiplier from the 'Đơn vị' cell ('nghìn tấn' makes 1.528 = 1.528.000 tấn). The period comes
from the text above (niên vụ 2023-2024, inherited). No target attribute on result cells (the plan cells are figures of their own, as in h23).
District list 'gồm Nghĩa Đàn … ' follows no whole figure: no total. 2024-2025: 'dự kiến' forecast; 'sản lượng đường ước đạt' its own cue: estimate.
Distractors: 'Ngày 26/6', 'Lượt xem: 1.076', 'Nghệ An' inside a company name. Optional: 'hai nhà máy', award counts (25 tập thể, 40 cá nhân).
"""

build(6, TEXT, FIGS, COMMENTS, published="2024-06-27", location="Nghệ An")

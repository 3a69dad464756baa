from lib import build, F, P, C

TEXT = """Sơn La: Phát triển thủy điện nhỏ gắn với bảo vệ rừng đầu nguồn

Năm 2023, 62 nhà máy thủy điện nhỏ trên địa bàn tỉnh sản xuất được 2.684 triệu kWh, bằng 96,2% kế hoạch và giảm 3,1% so với năm 2022; doanh thu đạt khoảng 2.870 tỷ đồng. Các doanh nghiệp thủy điện nộp ngân sách 612,5 tỷ đồng, chiếm 13,7% tổng thu ngân sách trên địa bàn tỉnh.

Giai đoạn 2021-2025, tỉnh phấn đấu đưa thêm 18 nhà máy vào vận hành, nâng tổng công suất lắp đặt lên 980 MW. Đến nay đã có 11 nhà máy hoàn thành, đạt 61,1% chỉ tiêu. Tỉnh cũng chỉ đạo thu hồi chủ trương đầu tư 7 dự án chậm tiến độ trên 24 tháng.

Một số chỉ tiêu chủ yếu năm 2023 và kế hoạch năm 2024:
Chỉ tiêu	Thực hiện năm 2023	Kế hoạch năm 2024
Số nhà máy vận hành (nhà máy)	62	68
Tổng công suất (MW)	874,3	936
Sản lượng điện (triệu kWh)	2.684	2.950
Nộp ngân sách (tỷ đồng)	612,5	650

Tại các huyện Mường La, Bắc Yên và Phù Yên, các nhà máy thủy điện đã trồng bù 256 ha rừng trong năm 2023; tiền dịch vụ môi trường rừng được chi trả cho hơn 14.000 hộ gia đình với mức bình quân 2,6 triệu đồng/hộ/năm.

Năm 2024, tỉnh phấn đấu 100% nhà máy lắp camera giám sát dòng chảy tối thiểu và truyền dữ liệu trực tuyến về Sở Công Thương theo Kế hoạch ban hành ngày 05/01/2024. Theo Sở Tài nguyên và Môi trường, trong năm qua đã xử phạt 4 nhà máy vi phạm về xả nước sau đập với số tiền 236 triệu đồng.

Lò Văn Tiến
12/01/2024
"""

y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
t23 = P("Thực hiện năm 2023", "2023-01-01", "2023-12-31")
k24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
gd = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
ROWS = [("Số nhà máy vận hành", "(nhà máy)\t62\t", "62", 62, "\t68\n", "68", 68, "count", "nhà máy"),
        ("Tổng công suất", "\t874,3\t", "874,3", 874.3, "\t936\n", "936", 936, "measure", "MW"),
        ("Sản lượng điện", "\t2.684\t", "2.684", 2684e6, "\t2.950\n", "2.950", 2950e6, "measure", "kWh"),
        ("Nộp ngân sách", "\t612,5\t", "612,5", 612.5e9, "\t650\n", "650", 650e9, "money", "đồng")]

FIGS = [
    F("Năm 2023, 62 nhà máy", "62", 62, "count", "nhà máy", "nhà máy thủy điện nhỏ", period=y23),
    F("được 2.684 triệu kWh", "2.684", 2684e6, "measure", "kWh", "sản lượng điện sản xuất", percent=96.2,
      change=C("decrease", 3.1, "%", "năm 2022"), period=y23),
    F("khoảng 2.870 tỷ đồng", "2.870", 2870e9, "money", "đồng", "doanh thu", approx="about", period=y23),
    F("ngân sách 612,5 tỷ đồng", "612,5", 612.5e9, "money", "đồng", "ngân sách các doanh nghiệp thủy điện nộp",
      percent=13.7, period=y23i),
    F("thêm 18 nhà máy", "18", 18, "count", "nhà máy", "nhà máy đưa thêm vào vận hành", status="target", period=gd),
    F("lên 980 MW", "980", 980, "measure", "MW", "tổng công suất lắp đặt", status="target", period=gd),
    F("có 11 nhà máy", "11", 11, "count", "nhà máy", "nhà máy hoàn thành", percent=61.1,
      period=P("Đến nay", None, "2024-01-12")),
    F("đầu tư 7 dự án", "7", 7, "count", "dự án", "dự án bị thu hồi chủ trương đầu tư"),
    F("trên 24 tháng", "24", 24, "measure", "tháng", "chậm tiến độ", approx="over", optional=True),
]
for label, a1, n1, v1, a2, n2, v2, kind, unit in ROWS:
    FIGS += [
        F(a1, n1, v1, kind, unit, f"{label} thực hiện năm 2023", period=t23),
        F(a2, n2, v2, kind, unit, f"{label} kế hoạch năm 2024", status="target", period=k24),
    ]
FIGS += [
    F("trồng bù 256 ha", "256", 256, "measure", "ha", "rừng trồng bù", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 14.000 hộ", "14.000", 14000, "count", "hộ gia đình", "hộ gia đình được chi trả tiền dịch vụ môi trường rừng",
      approx="over", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("bình quân 2,6 triệu", "2,6", 2.6e6, "money", "đồng/hộ/năm", "mức chi trả bình quân",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("phấn đấu 100% nhà máy", "100", 100, "percent", "%", "nhà máy lắp camera giám sát dòng chảy tối thiểu",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("xử phạt 4 nhà máy", "4", 4, "count", "nhà máy", "nhà máy vi phạm về xả nước sau đập bị xử phạt",
      period=P("năm qua", "2023-01-01", "2023-12-31", inh=True)),
    F("số tiền 236 triệu đồng", "236", 236e6, "money", "đồng", "số tiền xử phạt",
      period=P("năm qua", "2023-01-01", "2023-12-31", inh=True)),
]

COMMENTS = [
    "Báo Sơn La style, no dateline at the top; bare date '12/01/2024' at the end after the byline (published). Year 2023 results, 2021-2025 plan, tab-separated table 2023 vs plan 2024.",
    "Tab table: unit and multiplier from the row label's bracket ('(triệu kWh)', '(tỷ đồng)', '(MW)'); 'Kế hoạch năm 2024' column → status target; period from the column headers.",
    "Values repeated in text and table (62, 2.684, 612,5) are separate figures (each mention is a figure); table cells' subject = row label + column label.",
    "'Đến nay đã có 11 nhà máy …, đạt 61,1% chỉ tiêu': as-of the published date; 61,1 is the share (the plan number 18 stands in another sentence, so no target).",
    "Districts Mường La, Bắc Yên, Phù Yên listed together: the 256 ha etc. are their joint figure, so the location stays the province (Sơn La).",
    "'trên 24 tháng' is a threshold in the defining clause (optional). 'trong năm qua' = 2023 (inherited, not scored). Distractor: 'ban hành ngày 05/01/2024'.",
]

build(8, TEXT, COMMENTS, FIGS, published="2024-01-12", location="Sơn La")

from lib import F, P, build

text = """Huyện Yên Thành đẩy nhanh tiến độ hạ tầng các cụm công nghiệp
Thứ Hai, 08/07/2024 - 15:20

Trên địa bàn huyện Yên Thành hiện có 5 cụm công nghiệp được quy hoạch với tổng diện tích 246,8 ha, trong đó 3 cụm đã đi vào hoạt động là CCN Đồng Thành, CCN Công Thành và CCN Hợp Thành 2. Tỷ lệ lấp đầy của các cụm này lần lượt là 92,3%, 68,5% và 41,7%.

6 tháng đầu năm 2024, các CCN trên địa bàn thu hút thêm 7 dự án với tổng vốn đăng ký 615 tỷ đồng. Lũy kế đến ngày 30/6, các cụm có 58 dự án đăng ký đầu tư với tổng vốn khoảng 2.940 tỷ đồng, trong đó 46 dự án đã đi vào sản xuất, kinh doanh, sử dụng gần 9.500 lao động. Giá trị sản xuất công nghiệp của các doanh nghiệp trong CCN ước đạt 1.820 tỷ đồng, tăng 14,2% so với cùng kỳ năm 2023, chiếm 37,5% giá trị sản xuất công nghiệp toàn huyện.

Về đầu tư hạ tầng, nhà đầu tư hạ tầng CCN Đồng Thành là Công ty CP Đầu tư Hoàng Long đã giải ngân 126 tỷ đồng trên tổng mức đầu tư 189 tỷ đồng; huyện bố trí gần 48,5 tỷ đồng từ ngân sách để làm đường gom, hệ thống thoát nước CCN Hợp Thành 2. Trạm xử lý nước thải tập trung CCN Đồng Thành công suất 800 m3/ngày đêm đã vận hành ổn định; trạm của CCN Công Thành có công suất thiết kế 500 m3/ngày đêm, đang được xây dựng.

Dự kiến trong quý III/2024, các cụm sẽ đón thêm 3 dự án mới với số vốn từ 80 đến 120 tỷ đồng mỗi dự án. Năm 2024, huyện phấn đấu nâng tỷ lệ lấp đầy CCN Hợp Thành 2 lên 60% và thu hút tối thiểu 12 dự án vào các cụm.

Phòng Kinh tế và Hạ tầng huyện Yên Thành - Km 2, Quốc lộ 7A, thị trấn Yên Thành. ĐT: 0238.3863.215
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
JUN = P("Lũy kế đến ngày 30/6", end="2024-06-30")
Q3 = P("trong quý III/2024", "2024-07-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("có 5 cụm công nghiệp", "5", 5, "count", "cụm công nghiệp", "cụm công nghiệp được quy hoạch"),
    F("diện tích 246,8 ha", "246,8", 246.8, "measure", "ha", "tổng diện tích cụm công nghiệp được quy hoạch"),
    F("đó 3 cụm", "3", 3, "count", "cụm", "cụm công nghiệp đã đi vào hoạt động", total=5),
    F("là 92,3%", "92,3", 92.3, "percent", "%", "tỷ lệ lấp đầy CCN Đồng Thành"),
    F("68,5% và", "68,5", 68.5, "percent", "%", "tỷ lệ lấp đầy CCN Công Thành"),
    F("và 41,7%", "41,7", 41.7, "percent", "%", "tỷ lệ lấp đầy CCN Hợp Thành 2"),
    F("thêm 7 dự án", "7", 7, "count", "dự án", "dự án các CCN thu hút thêm", period=H1),
    F("đăng ký 615 tỷ đồng", "615", 615e9, "money", "đồng", "tổng vốn đăng ký dự án thu hút thêm", period=H1),
    F("có 58 dự án", "58", 58, "count", "dự án", "dự án đăng ký đầu tư vào các cụm", period=JUN),
    F("khoảng 2.940 tỷ đồng", "2.940", 2940e9, "money", "đồng", "tổng vốn dự án đăng ký đầu tư",
      approx="about", period=JUN),
    F("đó 46 dự án", "46", 46, "count", "dự án", "dự án đã đi vào sản xuất, kinh doanh", total=58, period=JUN),
    F("gần 9.500 lao động", "9.500", 9500, "count", "lao động", "lao động sử dụng", approx="nearly", period=JUN),
    F("ước đạt 1.820 tỷ đồng", "1.820", 1820e9, "money", "đồng",
      "giá trị sản xuất công nghiệp của các doanh nghiệp trong CCN", percent=37.5,
      change={"direction": "increase", "value": 14.2, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      status="estimate", period=H1_I),
    F("giải ngân 126 tỷ đồng", "126", 126e9, "money", "đồng", "vốn đầu tư hạ tầng CCN Đồng Thành đã giải ngân",
      total=189e9),
    F("gần 48,5 tỷ đồng", "48,5", 48.5e9, "money", "đồng", "vốn ngân sách huyện bố trí cho hạ tầng CCN Hợp Thành 2",
      approx="nearly"),
    F("công suất 800 m3", "800", 800, "measure", "m3/ngày đêm",
      "công suất trạm xử lý nước thải tập trung CCN Đồng Thành"),
    F("thiết kế 500 m3", "500", 500, "measure", "m3/ngày đêm",
      "công suất thiết kế trạm xử lý nước thải CCN Công Thành"),
    F("thêm 3 dự án", "3", 3, "count", "dự án", "dự án mới các cụm đón thêm", status="forecast", period=Q3),
    F("từ 80 đến 120 tỷ đồng", "80", 80e9, "money", "đồng", "số vốn mỗi dự án", value_max=120e9,
      status="forecast", period=Q3),
    F("lên 60%", "60", 60, "percent", "%", "tỷ lệ lấp đầy CCN Hợp Thành 2", status="target", period=Y24),
    F("tối thiểu 12 dự án", "12", 12, "count", "dự án", "dự án thu hút vào các cụm", approx="at_least",
      status="target", period=Y24),
]

build(2, text, [
    "Cổng TTĐT huyện Yên Thành (district portal, Nghệ An): the district's industrial clusters — occupancy per cluster, projects in",
    "6 months 2024, cumulative to 30/6, investors' disbursement, wastewater plants, Q3 forecast and 2024 targets. Dateline 'Thứ Hai, 08/07/2024 - 15:20'.",
    "Distractors: cluster name 'CCN Hợp Thành 2', 'Km 2, Quốc lộ 7A', phone 0238.3863.215, 'cùng kỳ năm 2023'.",
    "'hiện có' without a period phrase: no period. 'lần lượt là 92,3%, 68,5% và 41,7%': one figure per cluster, location the district",
    "(a cluster is not a province/district). 'Lũy kế đến ngày 30/6' = as-of 2024-06-30 (year from the previous sentence).",
    "'126 tỷ đồng trên tổng mức đầu tư 189 tỷ đồng': total 189 tỷ. 'Dự kiến trong quý III/2024' -> forecast; 'phấn đấu' -> target.",
    "The output value 1.820 tỷ (ước đạt) inherits '6 tháng đầu năm 2024' from two sentences before (inherited).",
], figs, published="2024-07-08", location="Yên Thành")

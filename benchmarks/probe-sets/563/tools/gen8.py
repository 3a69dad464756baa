from lib import emit, fig, per, inh, chg, tgt

TEXT = """Báo Dân tộc và Phát triển > Giáo dục

Gia Lai: Gần 300 tỷ đồng đầu tư trường dân tộc nội trú, bán trú

Hồng Nhung - 09:15, 22/05/2024

Giai đoạn 2022-2024, tỉnh Gia Lai được phân bổ 296,8 tỷ đồng từ Dự án 5 thuộc Chương trình MTQG 1719 để đầu tư cơ sở vật chất cho các trường phổ thông dân tộc nội trú (PTDTNT), phổ thông dân tộc bán trú (PTDTBT). Trong đó, vốn đầu tư phát triển 214,5 tỷ đồng, vốn sự nghiệp 82,3 tỷ đồng. Đến hết tháng 4/2024, tỉnh đã giải ngân 187,6 tỷ đồng, đạt 63,2% kế hoạch vốn.

Nhờ nguồn vốn này, 16 trường PTDTNT và 37 trường PTDTBT được cải tạo, nâng cấp với 248 phòng ở nội trú, 41 nhà ăn và 29 công trình nước sạch. Gia Lai xếp thứ 3 cả nước về số trường PTDTBT được đầu tư từ Dự án 5. Tổng số chỗ ở nội trú toàn tỉnh đạt 9.750 chỗ, tăng khoảng 2.400 chỗ so với năm 2021; diện tích ở bình quân đạt 4,5 m²/học sinh.

Tại Trường PTDTNT huyện Kbang, nằm cạnh Tỉnh lộ 669, khu nội trú mới 3 tầng với 24 phòng đã đón 360 học sinh.

Năm 2023, tỷ lệ học sinh các trường PTDTNT tốt nghiệp THPT đạt 99,4%; khoảng 72% học sinh tốt nghiệp trúng tuyển đại học, cao đẳng. Tỉnh cũng cử 85 học sinh dân tộc thiểu số đi học theo chế độ cử tuyển, trong đó 62 em là người Jrai và Bahnar.

Năm 2024, tỉnh phấn đấu giải ngân 100% vốn được giao, đưa vào sử dụng thêm 5 khu nội trú với 620 chỗ ở.

Liên hệ tòa soạn: 0243.8245.135
"""

GD = per("Giai đoạn 2022-2024", "2022-01-01", "2024-12-31")
AS4 = per("Đến hết tháng 4/2024", end="2024-04-30")
N23 = per("Năm 2023", "2023-01-01", "2023-12-31")
N24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Gần 300 tỷ đồng", "300", 300e9, "money", "đồng", approx="nearly",
        subject="vốn đầu tư trường dân tộc nội trú, bán trú", period=inh(GD)),
    fig("phân bổ 296,8 tỷ đồng", "296,8", 296.8e9, "money", "đồng",
        subject="vốn Dự án 5 phân bổ để đầu tư cơ sở vật chất cho các trường PTDTNT, PTDTBT", period=GD),
    fig("phát triển 214,5 tỷ đồng", "214,5", 214.5e9, "money", "đồng", total=296.8e9,
        subject="vốn đầu tư phát triển", period=inh(GD)),
    fig("sự nghiệp 82,3 tỷ đồng", "82,3", 82.3e9, "money", "đồng", total=296.8e9,
        subject="vốn sự nghiệp", period=inh(GD)),
    fig("giải ngân 187,6 tỷ đồng", "187,6", 187.6e9, "money", "đồng", percent=63.2,
        subject="vốn đã giải ngân", period=AS4),
    fig("16 trường PTDTNT", "16", 16, "count", "trường",
        subject="trường PTDTNT được cải tạo, nâng cấp", period=inh(GD)),
    fig("37 trường PTDTBT", "37", 37, "count", "trường",
        subject="trường PTDTBT được cải tạo, nâng cấp", period=inh(GD)),
    fig("với 248 phòng", "248", 248, "count", "phòng ở nội trú",
        subject="phòng ở nội trú được cải tạo, nâng cấp", period=inh(GD)),
    fig("41 nhà ăn", "41", 41, "count", "nhà ăn",
        subject="nhà ăn được cải tạo, nâng cấp", period=inh(GD)),
    fig("29 công trình", "29", 29, "count", "công trình nước sạch",
        subject="công trình nước sạch được cải tạo, nâng cấp", period=inh(GD)),
    fig("xếp thứ 3", "3", 3, "rank", "hạng",
        subject="số trường PTDTBT được đầu tư từ Dự án 5"),
    fig("đạt 9.750 chỗ", "9.750", 9750, "count", "chỗ",
        change=chg("increase", 2400, unit="chỗ", approx="about", baseline="năm 2021"),
        subject="tổng số chỗ ở nội trú"),
    fig("đạt 4,5 m²/học sinh", "4,5", 4.5, "measure", "m²/học sinh",
        subject="diện tích ở bình quân"),
    fig("mới 3 tầng", "3", 3, "measure", "tầng", subject="khu nội trú mới", location="Kbang",
        optional=True),
    fig("với 24 phòng", "24", 24, "count", "phòng",
        subject="phòng của khu nội trú mới Trường PTDTNT huyện Kbang", location="Kbang"),
    fig("đón 360 học sinh", "360", 360, "count", "học sinh",
        subject="học sinh khu nội trú mới đã đón", location="Kbang"),
    fig("đạt 99,4%", "99,4", 99.4, "percent", "%",
        subject="tỷ lệ học sinh các trường PTDTNT tốt nghiệp THPT", period=N23),
    fig("khoảng 72%", "72", 72, "percent", "%", approx="about",
        subject="học sinh tốt nghiệp trúng tuyển đại học, cao đẳng", period=N23),
    fig("cử 85 học sinh", "85", 85, "count", "học sinh",
        subject="học sinh dân tộc thiểu số đi học theo chế độ cử tuyển", period=inh(N23)),
    fig("62 em", "62", 62, "count", "em", total=85,
        subject="học sinh cử tuyển là người Jrai và Bahnar", period=inh(N23)),
    fig("giải ngân 100%", "100", 100, "percent", "%", status="target",
        subject="vốn được giao giải ngân", period=N24),
    fig("thêm 5 khu", "5", 5, "count", "khu nội trú", status="target",
        subject="khu nội trú đưa vào sử dụng thêm", period=N24),
    fig("với 620 chỗ", "620", 620, "count", "chỗ ở", status="target",
        subject="chỗ ở của khu nội trú đưa vào sử dụng thêm", period=N24),
]

COMMENTS = [
    "Ethnic-affairs newspaper (Báo Dân tộc và Phát triển), byline with time and date 'Hồng Nhung - 09:15, 22/05/2024': Dự án 5 of",
    "Chương trình MTQG 1719 investment in boarding schools of Gia Lai, outcomes, cử tuyển, 2024 targets.",
    "'Giai đoạn 2022-2024' is the allocation period (2022-01-01..2024-12-31); parts after 'Trong đó' add up to 296,8 tỷ (total).",
    "'Đến hết tháng 4/2024' as-of; 'đạt 63,2% kế hoạch vốn' share of 187,6 tỷ. 'tăng khoảng 2.400 chỗ so với năm 2021' change of 9.750.",
    "'xếp thứ 3 cả nước' rank (location Gia Lai: the province is ranked). '3 tầng' (storeys of a building) optional.",
    "'Năm 2024, tỉnh phấn đấu …' -> target for the three figures. Kbang sentence -> location Kbang.",
    "Not figures: Dự án 5, MTQG 1719, Tỉnh lộ 669, 'tháng 4/2024', phone, byline time 09:15.",
]

if __name__ == "__main__":
    emit("p563-8", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Gia Lai")

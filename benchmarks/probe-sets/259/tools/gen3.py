from lib import emit, fig, per, inh, chg, tgt

TEXT = """BÁO YÊN BÁI ĐIỆN TỬ
Kinh tế » Nông - Lâm nghiệp

Văn Yên: Trồng rừng gỗ lớn gắn với chứng chỉ FSC
Thứ Hai, 14/10/2024 | 07:52 | Lượt đọc: 2.415

YBĐT - Những năm gần đây, huyện Văn Yên xác định phát triển rừng trồng gỗ lớn có chứng chỉ FSC là hướng đi bền vững, nâng cao giá trị kinh tế lâm nghiệp.

Toàn huyện hiện có trên 46.000 ha rừng trồng sản xuất, chủ yếu là keo, bồ đề và quế. Từ đầu năm đến nay, huyện trồng mới 2.150 ha rừng, đạt 107,5% kế hoạch; khai thác 168.000 m3 gỗ rừng trồng, tăng 12% so với cùng kỳ. Tính đến hết tháng 9/2024, diện tích rừng được cấp chứng chỉ FSC của huyện đạt 9.386 ha với 1.742 hộ tham gia, tăng gần 2.000 ha so với năm 2023.

Theo Phòng Nông nghiệp và PTNT huyện, gỗ keo có chứng chỉ FSC được thu mua cao hơn gỗ thông thường từ 10 đến 15%, giá bán dao động từ 1,25 đến 1,4 triệu đồng/m3. Với chu kỳ kinh doanh 10-12 năm, mỗi ha rừng gỗ lớn cho lợi nhuận khoảng 180 triệu đồng, gấp 1,8 lần rừng gỗ nhỏ khai thác ở chu kỳ 5-6 năm. Trên địa bàn huyện có 85 cơ sở chế biến gỗ, trong đó 6 nhà máy sản xuất ván bóc, ván ghép thanh có công suất trên 20.000 m3/năm.

Toàn tỉnh Yên Bái hiện có khoảng 21.450 ha rừng được cấp chứng chỉ FSC, tập trung ở các huyện: Văn Yên, Trấn Yên (6.120 ha), Yên Bình (3.870 ha) và Lục Yên (1.460 ha).

Giai đoạn 2021-2025, Văn Yên phấn đấu mỗi năm trồng mới từ 2.000 ha rừng trở lên; đến năm 2025 nâng diện tích rừng có chứng chỉ FSC lên 12.000 ha, tỷ lệ che phủ rừng đạt 66,5%.

Thanh Phúc
"""

TD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
T9 = per("Tính đến hết tháng 9/2024", None, "2024-09-30")
P25 = per("đến năm 2025", None, "2025-12-31")
FIGS = [
    fig("trên 46.000 ha", "46.000", 46000, "measure", "ha", "diện tích rừng trồng sản xuất", approx="over"),
    fig("trồng mới 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích rừng trồng mới", TD, percent=107.5),
    fig("khai thác 168.000 m3", "168.000", 168000, "measure", "m3", "gỗ rừng trồng khai thác", TD,
        change=chg("increase", 12, baseline="cùng kỳ")),
    fig("đạt 9.386 ha", "9.386", 9386, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC", T9,
        change=chg("increase", 2000, unit="ha", approx="nearly", baseline="năm 2023")),
    fig("với 1.742 hộ", "1.742", 1742, "count", "hộ", "hộ tham gia chứng chỉ FSC", T9),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", "giá thu mua gỗ keo có chứng chỉ FSC cao hơn gỗ thông thường",
        value_max=15),
    fig("từ 1,25 đến 1,4 triệu đồng/m3", "1,25", 1.25e6, "money", "đồng/m3", "giá bán gỗ keo có chứng chỉ FSC",
        value_max=1.4e6),
    fig("chu kỳ kinh doanh 10-12 năm", "10", 10, "measure", "năm", "chu kỳ kinh doanh rừng gỗ lớn",
        value_max=12, optional=True),
    fig("khoảng 180 triệu đồng", "180", 1.8e8, "money", "đồng/ha", "lợi nhuận mỗi ha rừng gỗ lớn", approx="about",
        change=chg("increase", 1.8, unit="lần", baseline="rừng gỗ nhỏ")),
    fig("chu kỳ 5-6 năm", "5", 5, "measure", "năm", "chu kỳ rừng gỗ nhỏ", value_max=6, optional=True),
    fig("có 85 cơ sở", "85", 85, "count", "cơ sở", "cơ sở chế biến gỗ"),
    fig("trong đó 6 nhà máy", "6", 6, "count", "nhà máy", "nhà máy sản xuất ván bóc, ván ghép thanh", total=85),
    fig("trên 20.000 m3/năm", "20.000", 20000, "measure", "m3/năm", "công suất nhà máy", approx="over",
        optional=True),
    fig("khoảng 21.450 ha", "21.450", 21450, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC",
        approx="about", location="Yên Bái"),
    fig("Trấn Yên (6.120 ha)", "6.120", 6120, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC",
        total=21450, location="Trấn Yên"),
    fig("Yên Bình (3.870 ha)", "3.870", 3870, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC",
        total=21450, location="Yên Bình"),
    fig("Lục Yên (1.460 ha)", "1.460", 1460, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC",
        total=21450, location="Lục Yên"),
    fig("từ 2.000 ha rừng trở lên", "2.000", 2000, "measure", "ha", "diện tích trồng mới rừng mỗi năm",
        per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="at_least", status="target"),
    fig("lên 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích rừng có chứng chỉ FSC", P25, status="target"),
    fig("đạt 66,5%", "66,5", 66.5, "percent", "%", "tỷ lệ che phủ rừng", P25, status="target"),
]

COMMENTS = [
    "Báo Yên Bái (YBĐT): huyện Văn Yên — planted forest, timber harvest, FSC area and households, FSC price premium, processing, district list, targets.",
    "Dateline 'Thứ Hai, 14/10/2024 | 07:52 | Lượt đọc: 2.415' (counter = furniture). 'Từ đầu năm đến nay' runs 2024-01-01 to the dateline.",
    "Default location Văn Yên (the district); the provincial total 21.450 ha is Yên Bái; the list after ':' gives each district its location and total 21.450.",
    "'tăng gần 2.000 ha so với năm 2023' is the change of 9.386 ha across the '1.742 hộ' clause. 'gấp 1,8 lần rừng gỗ nhỏ' after 180 triệu: its change.",
    "Optional: rotation lengths 'chu kỳ 10-12 năm' / '5-6 năm' (durations, arguably measures) and the capacity threshold 'trên 20.000 m3/năm'.",
    "'từ 2.000 ha ... trở lên' is at_least; 'Giai đoạn 2021-2025' the period of that annual target; 'đến năm 2025' governs the next two targets.",
    "'cao hơn ... từ 10 đến 15%' is a price premium stated as the claim: percent figure with value_max, no change.",
]

emit("p259-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Văn Yên")

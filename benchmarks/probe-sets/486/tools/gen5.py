from lib import fig, period, inh, change, write

TEXT = """BÁO HÀ NAM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ NAM
Xã hội

Nhà ở cho công nhân: Còn khoảng cách lớn giữa nhu cầu và nguồn cung

Hà Nam hiện có 9 khu công nghiệp đang hoạt động với hơn 98.000 lao động, trong đó khoảng 62% là lao động ngoại tỉnh. Theo khảo sát của Liên đoàn Lao động tỉnh, có tới 41.500 công nhân đang thuê trọ trong khu dân cư, diện tích bình quân chỉ 4,5 m²/người, giá thuê từ 1,2 đến 1,8 triệu đồng/phòng/tháng.

Khu nhà ở xã hội thuộc thiết chế công đoàn tại Khu công nghiệp Đồng Văn III có tổng mức đầu tư 1.150 tỷ đồng, quy mô 2.456 căn hộ trên diện tích 5,8 ha; trong đó giai đoạn 1 gồm 624 căn đã bàn giao cho người lao động vào tháng 9/2023. Giá thuê tại đây là 45.000 đồng/m²/tháng, thấp hơn khoảng 30% so với nhà trọ cùng khu vực.

Toàn tỉnh mới có 3 dự án nhà ở xã hội cho công nhân với 3.870 căn. Số căn hộ này mới đáp ứng chưa đến 15% nhu cầu nhà ở của công nhân. Theo Đề án phát triển nhà ở xã hội của tỉnh, phấn đấu đến năm 2030 hoàn thành 12.000 căn hộ, trong đó dành ít nhất 70% cho công nhân, người lao động khu công nghiệp.

Đồng chí Trần Văn Hùng, Chủ tịch Liên đoàn Lao động tỉnh cho biết, Tổng Liên đoàn Lao động Việt Nam đã đồng ý bố trí 150 tỷ đồng để đầu tư giai đoạn 2 thiết chế công đoàn tại Đồng Văn III, dự kiến khởi công trong quý II/2024. Cùng với gói tín dụng 120.000 tỷ đồng cho vay nhà ở xã hội, đây là cơ hội để giải quyết chỗ ở cho hàng nghìn công nhân.

NGỌC ANH

15/03/2024
"""

T30 = period("đến năm 2030", end="2030-12-31")

F = [
    fig("có 9 khu công nghiệp", "9", 9, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động"),
    fig("hơn 98.000 lao động", "98.000", 98000, "count", "lao động", "lao động tại các khu công nghiệp", approx="over"),
    fig("khoảng 62%", "62", 62, "percent", "%", "lao động ngoại tỉnh", approx="about"),
    fig("có tới 41.500 công nhân", "41.500", 41500, "count", "công nhân", "công nhân đang thuê trọ trong khu dân cư"),
    fig("chỉ 4,5 m²/người", "4,5", 4.5, "measure", "m²/người", "diện tích bình quân"),
    fig("từ 1,2 đến 1,8 triệu", "1,2", 1_200_000, "money", "đồng/phòng/tháng", "giá thuê", value_max=1_800_000),
    fig("tư 1.150 tỷ", "1.150", 1_150_000_000_000, "money", "đồng",
        "tổng mức đầu tư khu nhà ở xã hội thuộc thiết chế công đoàn tại Khu công nghiệp Đồng Văn III"),
    fig("quy mô 2.456 căn hộ", "2.456", 2456, "count", "căn hộ", "quy mô khu nhà ở xã hội"),
    fig("diện tích 5,8 ha", "5,8", 5.8, "measure", "ha", "diện tích khu nhà ở xã hội"),
    fig("gồm 624 căn", "624", 624, "count", "căn", "căn hộ giai đoạn 1 đã bàn giao cho người lao động",
        period("tháng 9/2023", "2023-09-01", "2023-09-30"), total=2456),
    fig("là 45.000 đồng/m²/tháng", "45.000", 45000, "money", "đồng/m²/tháng", "giá thuê",
        change=change("decrease", 30, baseline="nhà trọ cùng khu vực", approx="about")),
    fig("có 3 dự án", "3", 3, "count", "dự án", "dự án nhà ở xã hội cho công nhân"),
    fig("với 3.870 căn", "3.870", 3870, "count", "căn", "căn hộ nhà ở xã hội cho công nhân"),
    fig("chưa đến 15%", "15", 15, "percent", "%", "nhu cầu nhà ở của công nhân được đáp ứng", approx="under"),
    fig("hoàn thành 12.000 căn hộ", "12.000", 12000, "count", "căn hộ", "căn hộ nhà ở xã hội hoàn thành", T30, status="target"),
    fig("ít nhất 70%", "70", 70, "percent", "%", "căn hộ dành cho công nhân, người lao động khu công nghiệp", T30,
        approx="at_least", status="target"),
    fig("bố trí 150 tỷ", "150", 150_000_000_000, "money", "đồng", "vốn đầu tư giai đoạn 2 thiết chế công đoàn tại Đồng Văn III"),
    fig("gói tín dụng 120.000 tỷ", "120.000", 120_000_000_000_000, "money", "đồng", "gói tín dụng cho vay nhà ở xã hội",
        optional=True),
    fig("hàng nghìn công nhân", "nghìn", 1000, "count", "công nhân", "công nhân được giải quyết chỗ ở", approx="about",
        optional=True),
]

NOTES = [
    "Báo Hà Nam (Party newspaper), byline and bare date 15/03/2024 at the end: housing for industrial-park workers, union housing (thiết chế công đoàn).",
    "Distractors: Khu công nghiệp Đồng Văn III, 'giai đoạn 1/2', Đề án (unnumbered), 'quý II/2024' (start date of works), name Trần Văn Hùng.",
    "Rates keep their denominator in the unit (m²/người, đồng/phòng/tháng, đồng/m²/tháng). 'thấp hơn khoảng 30% so với' is the change of 45.000.",
    "Optional: the credit package used as a name (gói tín dụng 120.000 tỷ đồng) and 'hàng nghìn' (vague quantity; value 1000, about).",
    "'hiện có'/no period phrase: no period. 'trong đó giai đoạn 1 gồm 624 căn' is a part of 2.456 căn hộ. '150 tỷ … dự kiến khởi công': the",
    "forecast cue governs only the 'khởi công' clause, the allocated money is actual.",
]

write("p486-5", TEXT, NOTES, F, published="2024-03-15", location="Hà Nam")

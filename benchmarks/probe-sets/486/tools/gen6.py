from lib import fig, period, inh, change, write

TEXT = """Thời sự > Lao động - Việc làm

Hơn 1.100 công nhân bị nợ lương 3 tháng trước Tết

Thứ hai, 29/1/2024, 07:00 (GMT+7)

Bình Dương - Hơn 1.100 công nhân Công ty TNHH Giày da Phú Thịnh chưa được trả lương các tháng 10, 11 và 12/2023, tổng số tiền nợ khoảng 16,5 tỷ đồng.

Chiều 28/1, hàng trăm công nhân tập trung trước cổng công ty trên đường ĐT 743 chờ thông tin thanh toán lương. Chị Lê Thị Hoa (38 tuổi, quê Thanh Hóa), công nhân tổ may số 5, cho biết từ tháng 10/2023 đến nay mỗi người chỉ được tạm ứng 2 triệu đồng/tháng. Lương bình quân của công nhân ở đây khoảng 7,5 triệu đồng mỗi tháng.

Đại diện công ty cho biết do mất 70% đơn hàng, doanh nghiệp chưa thể cân đối dòng tiền; công ty cam kết trả 1 tháng lương trước ngày 6/2/2024 và trả hết số còn lại trước ngày 30/4/2024.

Ngày 27/1, Liên đoàn Lao động tỉnh Bình Dương đã hỗ trợ mỗi công nhân 1 triệu đồng, tổng kinh phí hơn 1,1 tỷ đồng, đồng thời vận động nhà hảo tâm tặng 1.100 phần quà Tết, mỗi phần trị giá 500.000 đồng.

Theo Tổng Liên đoàn Lao động Việt Nam, tính đến ngày 25/1/2024, cả nước còn 118 doanh nghiệp nợ lương của khoảng 21.400 lao động, số tiền nợ gần 190 tỷ đồng, giảm 38% so với đầu tháng 1. Trong đó, Bình Dương có 17 doanh nghiệp, TP HCM 23 doanh nghiệp, Đồng Nai 14 doanh nghiệp.

Tổng Liên đoàn dự kiến dành khoảng 1.200 tỷ đồng chăm lo Tết Giáp Thìn cho hơn 2,5 triệu đoàn viên, người lao động.

Hoàng Nam
"""

NOW = period("từ tháng 10/2023 đến nay", "2023-10-01", "2024-01-29")
ASOF = period("tính đến ngày 25/1/2024", end="2024-01-25")

F = [
    fig("Hơn 1.100 công nhân bị", "1.100", 1100, "count", "công nhân", "công nhân bị nợ lương", approx="over"),
    fig("lương 3 tháng", "3", 3, "measure", "tháng", "thời gian nợ lương", optional=True),
    fig("Hơn 1.100 công nhân Công ty", "1.100", 1100, "count", "công nhân", "công nhân Công ty TNHH Giày da Phú Thịnh chưa được trả lương",
        approx="over"),
    fig("khoảng 16,5 tỷ", "16,5", 16_500_000_000, "money", "đồng", "tổng số tiền nợ lương", approx="about"),
    fig("hàng trăm công nhân", "trăm", 100, "count", "công nhân", "công nhân tập trung trước cổng công ty", approx="about",
        optional=True),
    fig("(38 tuổi", "38", 38, "measure", "tuổi", "tuổi", optional=True),
    fig("tạm ứng 2 triệu", "2", 2_000_000, "money", "đồng/tháng", "tiền tạm ứng mỗi người", NOW),
    fig("khoảng 7,5 triệu", "7,5", 7_500_000, "money", "đồng", "lương bình quân của công nhân", approx="about"),
    fig("mất 70%", "70", 70, "percent", "%", "đơn hàng bị mất"),
    fig("trả 1 tháng lương", "1", 1, "measure", "tháng", "tháng lương cam kết trả trước", optional=True),
    fig("công nhân 1 triệu", "1", 1_000_000, "money", "đồng", "hỗ trợ mỗi công nhân"),
    fig("hơn 1,1 tỷ", "1,1", 1_100_000_000, "money", "đồng", "tổng kinh phí hỗ trợ", approx="over"),
    fig("tặng 1.100 phần quà", "1.100", 1100, "count", "phần quà", "phần quà Tết"),
    fig("trị giá 500.000", "500.000", 500_000, "money", "đồng", "trị giá mỗi phần quà"),
    fig("còn 118 doanh nghiệp", "118", 118, "count", "doanh nghiệp", "doanh nghiệp nợ lương", ASOF, location="Việt Nam"),
    fig("khoảng 21.400 lao động", "21.400", 21400, "count", "lao động", "lao động bị nợ lương", ASOF, approx="about",
        location="Việt Nam"),
    fig("gần 190 tỷ", "190", 190_000_000_000, "money", "đồng", "số tiền nợ lương", ASOF, approx="nearly",
        change=change("decrease", 38, baseline="đầu tháng 1"), location="Việt Nam"),
    fig("Bình Dương có 17", "17", 17, "count", "doanh nghiệp", "doanh nghiệp nợ lương", inh(ASOF), total=118),
    fig("HCM 23 doanh", "23", 23, "count", "doanh nghiệp", "doanh nghiệp nợ lương", inh(ASOF), total=118,
        location="TP Hồ Chí Minh"),
    fig("Nai 14 doanh", "14", 14, "count", "doanh nghiệp", "doanh nghiệp nợ lương", inh(ASOF), total=118, location="Đồng Nai"),
    fig("khoảng 1.200 tỷ", "1.200", 1_200_000_000_000, "money", "đồng", "kinh phí chăm lo Tết Giáp Thìn", approx="about",
        status="forecast", location="Việt Nam"),
    fig("hơn 2,5 triệu", "2,5", 2_500_000, "count", "đoàn viên, người lao động", "đoàn viên, người lao động được chăm lo Tết",
        approx="over", status="forecast", location="Việt Nam"),
]

NOTES = [
    "National-press style (VnExpress-like dateline 'Thứ hai, 29/1/2024, 07:00 (GMT+7)', byline at the end): wage arrears at a footwear",
    "company in Bình Dương before Tết, union support, national arrears figures from the Tổng LĐLĐ.",
    "Default location Bình Dương (dateline tag 'Bình Dương -'); national figures ('cả nước', Tổng LĐLĐ's Tết budget) are Việt Nam; the",
    "'Trong đó' province items are parts of 118 with their province as location.",
    "Distractors: 'các tháng 10, 11 và 12/2023', 'Chiều 28/1', đường ĐT 743, tổ may số 5, deadlines 6/2/2024 and 30/4/2024, (GMT+7).",
    "Optional: 'nợ lương 3 tháng' and '1 tháng lương' (durations/amounts in months), the worker's age '38 tuổi', 'hàng trăm công nhân'.",
    "'từ tháng 10/2023 đến nay' runs to the dateline. 'giảm 38% so với đầu tháng 1' is the change of the arrears sum (gần 190 tỷ).",
]

write("p486-6", TEXT, NOTES, F, published="2024-01-29", location="Bình Dương")

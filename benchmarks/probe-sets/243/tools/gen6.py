from lib import *

text = """Kinh doanh › Doanh nghiệp

Doanh nghiệp may, giày da TP HCM thiếu hàng nghìn công nhân sau Tết

Thứ hai, 17/2/2025, 14:10 (GMT+7)

Sau kỳ nghỉ Tết Nguyên đán, nhiều nhà máy may, giày da ở TP HCM và các tỉnh lân cận đang đối mặt với tình trạng thiếu lao động.

Trung tâm Dự báo nhu cầu nhân lực và thông tin thị trường lao động TP HCM dự báo trong quý I/2025, thành phố cần khoảng 80.000-85.000 lao động, trong đó ngành dệt may, da giày chiếm 12,4%. Nhu cầu tuyển công nhân may, giày cao gấp 2 lần các ngành khác.

Tại một doanh nghiệp giày da có vốn đầu tư nước ngoài ở quận Bình Tân, đến ngày 12/2 mới có khoảng 89% trong tổng số hơn 50.000 công nhân quay lại làm việc. Doanh nghiệp này cần tuyển bổ sung 2.000 lao động.

Ông Nguyễn Văn Bình, Phó Chủ tịch Hội Da giày - Túi xách TP HCM, cho biết năm 2024 xuất khẩu giày dép của cả nước đạt 24,3 tỷ USD, tăng 12,8%. Đơn hàng của các hội viên trong quý I và quý II năm nay tăng từ 10% đến 15% so với cùng kỳ nên nhu cầu lao động rất lớn.

Để giữ chân người lao động, nhiều doanh nghiệp đã tăng lương 5-7%, hỗ trợ tiền xe, tiền nhà trọ từ 300.000 đến 500.000 đồng/tháng. Mức lương bình quân của công nhân may hiện khoảng 8,5-9 triệu đồng/tháng, vẫn thấp hơn nhiều ngành khác.

Không riêng TP HCM, tại Bình Dương, Đồng Nai, Long An, nhu cầu tuyển lao động ngành may, giày trong tháng 2 lần lượt là 15.000, 9.500 và 6.200 người.

Minh Anh
"""

Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
Q1i = per("quý I/2025", "2025-01-01", "2025-03-31", inh=True)
A12 = per("đến ngày 12/2", None, "2025-02-12")
A12i = per("đến ngày 12/2", None, "2025-02-12", inh=True)
HN = per("quý I và quý II năm nay", "2025-01-01", "2025-06-30")
HNi = per("quý I và quý II năm nay", "2025-01-01", "2025-06-30", inh=True)
T2 = per("trong tháng 2", "2025-02-01", "2025-02-28")
NEED = "nhu cầu tuyển lao động ngành may, giày"
figs = [
    fig("thiếu hàng nghìn công nhân", "nghìn", 1000, "count", "công nhân", "công nhân còn thiếu", None,
        approx="about", optional=True),
    fig("khoảng 80.000-85.000 lao động", "80.000", 80000, "count", "lao động", "nhu cầu lao động của thành phố", Q1,
        value_max=85000, approx="about", status="forecast"),
    fig("chiếm 12,4%", "12,4", 12.4, "percent", "%", "tỷ trọng nhu cầu lao động ngành dệt may, da giày", Q1,
        status="forecast"),
    fig("gấp 2 lần", "2", 2, "multiple", "lần", "nhu cầu tuyển công nhân may, giày so với các ngành khác", Q1i),
    fig("khoảng 89%", "89", 89, "percent", "%", "công nhân quay lại làm việc", A12, approx="about", location="Bình Tân"),
    fig("hơn 50.000 công nhân", "50.000", 50000, "count", "công nhân", "tổng số công nhân của doanh nghiệp", A12,
        approx="over", location="Bình Tân"),
    fig("bổ sung 2.000 lao động", "2.000", 2000, "count", "lao động", "lao động cần tuyển bổ sung", A12i,
        location="Bình Tân"),
    fig("đạt 24,3 tỷ USD", "24,3", 24.3e9, "money", "USD", "xuất khẩu giày dép của cả nước",
        per("năm 2024", "2024-01-01", "2024-12-31"), change=chg("increase", 12.8), location="Việt Nam"),
    fig("từ 10% đến 15%", "10", 10, "percent", "%", "đơn hàng của các hội viên", HN, value_max=15),
    fig("tăng lương 5-7%", "5", 5, "percent", "%", "mức tăng lương", HNi, value_max=7),
    fig("từ 300.000 đến 500.000 đồng/tháng", "300.000", 300000, "money", "đồng/tháng", "hỗ trợ tiền xe, tiền nhà trọ",
        HNi, value_max=500000),
    fig("khoảng 8,5-9 triệu đồng/tháng", "8,5", 8.5e6, "money", "đồng/tháng", "mức lương bình quân của công nhân may",
        HNi, value_max=9e6, approx="about"),
    fig("15.000, 9.500", "15.000", 15000, "count", "người", NEED, T2, location="Bình Dương"),
    fig("9.500 và 6.200", "9.500", 9500, "count", "người", NEED, T2, location="Đồng Nai"),
    fig("6.200 người", "6.200", 6200, "count", "người", NEED, T2, location="Long An"),
]
emit("p243-6", text, [
    "National online press (VnExpress style): labour shortage in HCMC garment and footwear factories after Tết 2025.",
    "Dateline 'Thứ hai, 17/2/2025, 14:10 (GMT+7)'; byline at the end. Distractors: '(GMT+7)', 'Trung tâm Dự báo …' (a name, not the cue),",
    "'Tết Nguyên đán', 'Hội Da giày - Túi xách TP HCM', 'ngày 12/2' as a date. '89% trong tổng số hơn 50.000 công nhân': a percent has",
    "no whole, so 50.000 is a count of its own (as shared h01). The firm in quận Bình Tân gives that district as location.",
    "'gấp 2 lần các ngành khác' stands alone: a multiple. 'lần lượt là 15.000, 9.500 và 6.200 người' maps the three provinces in order.",
    "Headline: hàng nghìn công nhân (number word, no rule for its value) is optional. Year-less 'quý I và quý II năm nay', 'ngày 12/2', 'tháng 2' take 2025. Wage figures with no period phrase inherit (not scored).",
], figs, published="2025-02-17", location="Thành phố Hồ Chí Minh")

"""p713-6: national press, overtime-cap survey and national figures, 'Thứ ba, 14/5/2024, 06:30 (GMT+7)'."""
from lib import fig, per, inh, chg, write

TEXT = """Thời sự > Lao động - Việc làm
Thứ ba, 14/5/2024, 06:30 (GMT+7)

Gần 65% người lao động muốn nới trần làm thêm giờ

Khảo sát của Tổng Liên đoàn Lao động Việt Nam với 4.826 người lao động tại 180 doanh nghiệp ở 12 tỉnh, thành phố cho thấy 64,8% muốn được làm thêm nhiều hơn mức trần 300 giờ/năm hiện hành.

Khảo sát thực hiện từ tháng 2 đến tháng 4/2024, chủ yếu ở ngành dệt may, da giày, chế biến gỗ. Thời giờ làm việc bình quân của người lao động là 49,3 giờ/tuần; đơn giá làm thêm bình quân khoảng 42.000 đồng/giờ.

Theo Bộ Lao động - Thương binh và Xã hội, tính đến ngày 31/3/2024, cả nước có khoảng 15,1 triệu lao động làm việc trong các doanh nghiệp, trong đó gần 3,4 triệu người thường xuyên làm thêm giờ. Năm 2023, có 2.146 doanh nghiệp thông báo tổ chức làm thêm từ trên 200 giờ đến 300 giờ trong năm, tăng 17% so với năm 2022; trong đó Bình Dương có 287 doanh nghiệp.

Ông Lê Minh Hùng, Phó trưởng ban Quan hệ lao động Tổng Liên đoàn, cho biết số giờ làm việc bình quân của lao động Việt Nam đứng thứ 3 trong khu vực Đông Nam Á. "Làm thêm giúp tăng thu nhập nhưng cần bảo đảm sức khỏe người lao động", ông nói.

Theo dự thảo, Bộ đề xuất nâng giới hạn làm thêm lên tối đa 60 giờ/tháng và 400 giờ/năm, dự kiến áp dụng từ ngày 1/1/2025 đối với khoảng 4.000 doanh nghiệp thuộc 7 ngành sử dụng nhiều lao động.

Minh Anh
"""

SURV = per("từ tháng 2 đến tháng 4/2024", "2024-02-01", "2024-04-30", inherited=True)
ASOF = per("tính đến ngày 31/3/2024", None, "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

F = [
    fig("Gần 65% người lao động", "65", 65, "percent", "%",
        "người lao động muốn nới trần làm thêm giờ", SURV, approx="nearly"),
    fig("với 4.826 người lao động", "4.826", 4826, "count", "người lao động",
        "người lao động được Tổng Liên đoàn Lao động Việt Nam khảo sát", SURV),
    fig("tại 180 doanh nghiệp", "180", 180, "count", "doanh nghiệp",
        "doanh nghiệp được khảo sát", SURV),
    fig("ở 12 tỉnh, thành phố", "12", 12, "count", "tỉnh, thành phố",
        "tỉnh, thành phố được khảo sát", SURV),
    fig("cho thấy 64,8%", "64,8", 64.8, "percent", "%",
        "người lao động muốn được làm thêm nhiều hơn mức trần 300 giờ/năm", SURV),
    fig("mức trần 300 giờ/năm", "300", 300, "measure", "giờ/năm", optional=True),
    fig("là 49,3 giờ/tuần", "49,3", 49.3, "measure", "giờ/tuần",
        "thời giờ làm việc bình quân của người lao động", SURV),
    fig("khoảng 42.000 đồng/giờ", "42.000", 42000, "money", "đồng/giờ",
        "đơn giá làm thêm bình quân", SURV, approx="about"),
    fig("khoảng 15,1 triệu lao động", "15,1", 15.1e6, "count", "lao động",
        "lao động làm việc trong các doanh nghiệp", ASOF, approx="about"),
    fig("gần 3,4 triệu người", "3,4", 3.4e6, "count", "người",
        "người thường xuyên làm thêm giờ", ASOF, approx="nearly", total=15.1e6),
    fig("có 2.146 doanh nghiệp", "2.146", 2146, "count", "doanh nghiệp",
        "doanh nghiệp thông báo tổ chức làm thêm từ trên 200 giờ đến 300 giờ trong năm", Y23,
        change=chg("increase", 17, "%", "năm 2022")),
    fig("trên 200 giờ đến 300 giờ", "200", 200, "measure", "giờ", value_max=300, optional=True),
    fig("Bình Dương có 287 doanh nghiệp", "287", 287, "count", "doanh nghiệp",
        "doanh nghiệp thông báo tổ chức làm thêm từ trên 200 giờ đến 300 giờ trong năm", Y23,
        total=2146, location="Bình Dương"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        "số giờ làm việc bình quân của lao động Việt Nam trong khu vực Đông Nam Á"),
    fig("tối đa 60 giờ/tháng", "60", 60, "measure", "giờ/tháng", approx="at_most", optional=True),
    fig("và 400 giờ/năm", "400", 400, "measure", "giờ/năm", approx="at_most", optional=True),
    fig("khoảng 4.000 doanh nghiệp", "4.000", 4000, "count", "doanh nghiệp",
        "doanh nghiệp áp dụng giới hạn làm thêm mới", approx="about", status="forecast"),
    fig("thuộc 7 ngành", "7", 7, "count", "ngành",
        "ngành sử dụng nhiều lao động áp dụng giới hạn làm thêm mới", status="forecast"),
]

write("p713-6", TEXT, [
    "National press, 'Thứ ba, 14/5/2024, 06:30 (GMT+7)', byline at the end: trade-union survey on the overtime cap, national figures.",
    "Survey figures take 'từ tháng 2 đến tháng 4/2024' (next sentence) as inherited period. '12 tỉnh, thành phố' is a count of provinces.",
    "'tính đến ngày 31/3/2024' -> as-of period (start null); 'trong đó gần 3,4 triệu người' -> total 15,1 triệu.",
    "'trong đó Bình Dương có 287 doanh nghiệp' -> part of 2.146 (total), location Bình Dương. 'đứng thứ 3' -> rank (Việt Nam).",
    "Legal caps and thresholds (300 giờ/năm, 200-300 giờ, proposed 60 giờ/tháng and 400 giờ/năm) are optional: norms, not statistics.",
    "'dự kiến áp dụng ... đối với khoảng 4.000 doanh nghiệp thuộc 7 ngành' -> forecast; 'ngày 1/1/2025' is a date, not a figure or period.",
], F, published="2024-05-14", location="Việt Nam")

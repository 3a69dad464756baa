"""p1321-2: district portal (huyện Côn Đảo): training course for site guides, travel firms, visitors 5 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔN ĐẢO
Tỉnh Bà Rịa - Vũng Tàu

Trang chủ | Tin tức | Du lịch | Văn bản | Liên hệ

Côn Đảo: 65 học viên tham gia lớp bồi dưỡng hướng dẫn viên tại điểm

20/06/2024 - 10:12

Sáng 18/6, UBND huyện Côn Đảo phối hợp với Sở Du lịch tỉnh khai giảng lớp bồi dưỡng nghiệp vụ hướng dẫn du lịch tại điểm cho 65 học viên, gồm 42 thuyết minh viên của Trung tâm Bảo tồn di tích quốc gia Côn Đảo và 23 người dân tham gia làm du lịch cộng đồng. Lớp học kéo dài 10 ngày, với 6 chuyên đề về lịch sử, văn hóa, kỹ năng thuyết minh và xử lý tình huống. Sau khóa học, dự kiến có ít nhất 55 học viên đủ điều kiện được cấp thẻ hướng dẫn viên du lịch tại điểm.

Hiện trên địa bàn huyện có 27 doanh nghiệp và hộ kinh doanh dịch vụ lữ hành, đại lý lữ hành, trong đó chỉ có 4 doanh nghiệp có giấy phép kinh doanh dịch vụ lữ hành quốc tế. Toàn huyện mới có 38 hướng dẫn viên tại điểm được cấp thẻ, trong khi nhu cầu vào mùa cao điểm là khoảng 70 người.

5 tháng đầu năm 2024, Côn Đảo đón 245.600 lượt khách, tăng 18,2% so với cùng kỳ, đạt 52% kế hoạch năm; trong đó khách quốc tế đạt 9.800 lượt. Riêng Khu di tích Nhà tù Côn Đảo đón hơn 180 nghìn lượt khách tham quan, với 1.430 đoàn có thuyết minh viên đi kèm.

Mức phí thuyết minh tại các điểm di tích hiện là 200.000 đồng/lượt đối với đoàn khách trong nước và 400.000 đồng/lượt đối với đoàn khách nước ngoài.

Huyện phấn đấu đến năm 2025 có 100% điểm di tích trọng điểm bố trí thuyết minh viên được cấp thẻ.

Nguồn: Phòng Văn hóa và Thông tin huyện

Địa chỉ: Số 28 Tôn Đức Thắng, khu dân cư số 3, huyện Côn Đảo | Điện thoại: 0254.3830.166
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Côn Đảo: 65 học viên", "65", 65, "count", "học viên",
        subject="học viên tham gia lớp bồi dưỡng hướng dẫn viên tại điểm"),
    fig("cho 65 học viên", "65", 65, "count", "học viên",
        subject="học viên lớp bồi dưỡng nghiệp vụ hướng dẫn du lịch tại điểm"),
    fig("gồm 42 thuyết minh viên", "42", 42, "count", "thuyết minh viên", total=65,
        subject="thuyết minh viên của Trung tâm Bảo tồn di tích quốc gia Côn Đảo"),
    fig("và 23 người dân", "23", 23, "count", "người dân", total=65,
        subject="người dân tham gia làm du lịch cộng đồng"),
    fig("kéo dài 10 ngày", "10", 10, "measure", "ngày", subject="thời gian lớp học", optional=True),
    fig("với 6 chuyên đề", "6", 6, "count", "chuyên đề", subject="chuyên đề của lớp học"),
    fig("ít nhất 55 học viên", "55", 55, "count", "học viên", approx="at_least", status="forecast",
        subject="học viên đủ điều kiện được cấp thẻ hướng dẫn viên du lịch tại điểm"),
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp và hộ kinh doanh",
        subject="doanh nghiệp và hộ kinh doanh dịch vụ lữ hành, đại lý lữ hành"),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp có giấy phép kinh doanh dịch vụ lữ hành quốc tế"),
    fig("có 38 hướng dẫn viên", "38", 38, "count", "hướng dẫn viên",
        subject="hướng dẫn viên tại điểm được cấp thẻ"),
    fig("khoảng 70 người", "70", 70, "count", "người", approx="about",
        subject="nhu cầu hướng dẫn viên tại điểm vào mùa cao điểm"),
    fig("đón 245.600 lượt khách", "245.600", 245600, "count", "lượt khách", percent=52,
        change=chg("increase", 18.2, "%", "cùng kỳ"), subject="lượt khách Côn Đảo đón", period=M5),
    fig("đạt 9.800 lượt", "9.800", 9800, "count", "lượt", total=245600, subject="khách quốc tế", period=M5),
    fig("hơn 180 nghìn lượt", "180", 180e3, "count", "lượt khách", approx="over",
        subject="lượt khách tham quan Khu di tích Nhà tù Côn Đảo", period=inh(M5)),
    fig("với 1.430 đoàn", "1.430", 1430, "count", "đoàn",
        subject="đoàn có thuyết minh viên đi kèm", period=inh(M5)),
    fig("là 200.000 đồng/lượt", "200.000", 200000, "money", "đồng/lượt",
        subject="phí thuyết minh tại các điểm di tích đối với đoàn khách trong nước"),
    fig("và 400.000 đồng/lượt", "400.000", 400000, "money", "đồng/lượt",
        subject="phí thuyết minh tại các điểm di tích đối với đoàn khách nước ngoài"),
    fig("có 100% điểm", "100", 100, "percent", "%", status="target",
        subject="điểm di tích trọng điểm bố trí thuyết minh viên được cấp thẻ", period=TO25),
]

NOTES = [
    "District portal (huyện Côn Đảo, Bà Rịa - Vũng Tàu): banner naming the district, menu, '20/06/2024 - 10:12', source line, address footer.",
    "Distractors: 10:12, 'Sáng 18/6', 'Số 28 Tôn Đức Thắng', 'khu dân cư số 3', phone 0254.3830.166; headline repeats 65 (a figure).",
    "'gồm 42 ... và 23 ...' adds up to 65 học viên: total 65. 'kéo dài 10 ngày' (course length) is optional: a duration, but a fact about the course.",
    "'dự kiến có ít nhất 55 học viên' → forecast, at_least; no total (no part-of cue). '27 doanh nghiệp và hộ kinh doanh ..., trong đó 4 doanh nghiệp' → total 27.",
    "'đạt 52% kế hoạch năm' is the share attribute of 245.600 lượt khách; 'Riêng' gives no total. The 5-month period is inherited by the next sentence.",
    "Location Côn Đảo (the district) for all figures.",
]

if __name__ == "__main__":
    write("p1321-2", TEXT, NOTES, FIGS, published="2024-06-20", location="Côn Đảo")

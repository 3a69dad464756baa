"""p1207-4: ministry site (Bộ GD&ĐT), national: schools with counselling, full-time counsellors, 2022 survey, province list."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ » Tin tức » Tin tổng hợp

Hơn 80% cơ sở giáo dục phổ thông đã triển khai tư vấn tâm lý cho học sinh

Ngày đăng: 10/10/2023 | Lượt xem: 5.107

(MOET) - Sáng 10/10, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức hội thảo "Tăng cường sức khỏe tâm thần cho học sinh" nhân Ngày Sức khỏe tâm thần thế giới.

Báo cáo tại hội thảo cho biết, sau 6 năm thực hiện Thông tư số 31/2017/TT-BGDĐT, cả nước đã có 38.215/46.780 cơ sở giáo dục phổ thông triển khai hoạt động tư vấn tâm lý, đạt 81,7%; khoảng 18.600 trường bố trí được phòng tư vấn riêng. Tuy nhiên, cả nước mới có khoảng 2.300 người làm công tác tư vấn chuyên trách, bình quân 20 trường mới có một người.

Khảo sát năm 2022 của Bộ đối với hơn 8.000 học sinh tại 8 tỉnh, thành phố cho thấy từ 8% đến 29% học sinh có vấn đề về sức khỏe tâm thần, tùy nhóm tuổi và địa bàn. Tỷ lệ học sinh từng có ý nghĩ tự hại là 3,5%.

Các địa phương có tỷ lệ trường có phòng tư vấn riêng cao nhất lần lượt là Đà Nẵng (92,4%), Bắc Ninh (88,1%) và TP Hồ Chí Minh (85,6%); trong khi một số tỉnh miền núi phía Bắc mới đạt dưới 20%.

Năm học 2023-2024, Bộ yêu cầu 100% cơ sở giáo dục phổ thông triển khai tư vấn tâm lý, phấn đấu đến năm 2025 có ít nhất 50% trường bố trí người làm tư vấn chuyên trách. Dự kiến trong quý IV năm nay, Bộ sẽ tập huấn cho khoảng 1.200 cán bộ cốt cán của 63 sở giáo dục và đào tạo.

Học sinh cần hỗ trợ khẩn cấp có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí, 24/7).

BỘ GIÁO DỤC VÀ ĐÀO TẠO - 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội - Điện thoại: 024.3869.4795
"""

Y22 = per("Khảo sát năm 2022", "2022-01-01", "2022-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
Q4 = per("trong quý IV năm nay", "2023-10-01", "2023-12-31")
LIST = "tỷ lệ trường có phòng tư vấn riêng"

FIGS = [
    fig("Hơn 80%", "80", 80, "percent", "%", approx="over",
        subject="cơ sở giáo dục phổ thông đã triển khai tư vấn tâm lý cho học sinh"),
    fig("sau 6 năm", "6", 6, "measure", "năm", optional=True,
        subject="thời gian thực hiện Thông tư số 31/2017/TT-BGDĐT"),
    fig("có 38.215/46.780", "38.215", 38215, "count", "cơ sở giáo dục phổ thông", total=46780, percent=81.7,
        subject="cơ sở giáo dục phổ thông triển khai hoạt động tư vấn tâm lý"),
    fig("khoảng 18.600 trường", "18.600", 18600, "count", "trường", approx="about",
        subject="trường bố trí được phòng tư vấn riêng"),
    fig("khoảng 2.300 người", "2.300", 2300, "count", "người", approx="about",
        subject="người làm công tác tư vấn chuyên trách"),
    fig("có một người", "một", 1, "measure", "người/20 trường",
        subject="người làm công tác tư vấn chuyên trách bình quân trên 20 trường"),
    fig("hơn 8.000 học sinh", "8.000", 8000, "count", "học sinh", approx="over",
        subject="học sinh được khảo sát", period=Y22),
    fig("tại 8 tỉnh", "8", 8, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố được khảo sát", period=Y22),
    fig("từ 8% đến 29%", "8", 8, "percent", "%", value_max=29,
        subject="tỷ lệ học sinh có vấn đề về sức khỏe tâm thần", period=Y22),
    fig("là 3,5%", "3,5", 3.5, "percent", "%",
        subject="tỷ lệ học sinh từng có ý nghĩ tự hại", period=inh(Y22)),
    fig("Đà Nẵng (92,4%)", "92,4", 92.4, "percent", "%", subject=LIST, location="Đà Nẵng"),
    fig("Bắc Ninh (88,1%)", "88,1", 88.1, "percent", "%", subject=LIST, location="Bắc Ninh"),
    fig("Minh (85,6%)", "85,6", 85.6, "percent", "%", subject=LIST, location="TP Hồ Chí Minh"),
    fig("dưới 20%", "20", 20, "percent", "%", approx="under",
        subject="tỷ lệ trường có phòng tư vấn riêng của một số tỉnh miền núi phía Bắc"),
    fig("yêu cầu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ cơ sở giáo dục phổ thông triển khai tư vấn tâm lý"),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ trường bố trí người làm tư vấn chuyên trách", period=T25),
    fig("khoảng 1.200 cán bộ", "1.200", 1200, "count", "cán bộ", approx="about", status="forecast",
        subject="cán bộ cốt cán được tập huấn", period=Q4),
    fig("của 63 sở", "63", 63, "count", "sở giáo dục và đào tạo", status="forecast", optional=True,
        subject="sở giáo dục và đào tạo có cán bộ cốt cán được tập huấn", period=Q4),
]

NOTES = [
    "Ministry site (Bộ GD&ĐT): 'Ngày đăng: 10/10/2023 | Lượt xem: 5.107' (published 2023-10-10); national figures (Việt Nam).",
    "Distractors: view counter 5.107, 'Sáng 10/10', 'Thông tư số 31/2017/TT-BGDĐT', 'Tổng đài ... 111', '24/7', address '35 Đại Cồ Việt',",
    "phone 024.3869.4795, 'năm học 2023-2024' (no period). 'sau 6 năm thực hiện' only places the figures in time: optional.",
    "'bình quân 20 trường mới có một người': a rate, value 1 (một), unit người/20 trường; '20' is its denominator, not a figure.",
    "'38.215/46.780 ..., đạt 81,7%': total and percent. '18.600 trường' after ';' has no part cue: no total.",
    "List 'lần lượt là Đà Nẵng (92,4%), ...': places go to location. 'một số tỉnh miền núi phía Bắc' is no province: Việt Nam.",
    "'Bộ yêu cầu 100%' target (a required level, school-year period not dated); 'quý IV năm nay' is 2023 (the dateline's year).",
    "'63 sở' sits inside the forecast clause 'Dự kiến ... tập huấn cho ... của 63 sở': optional (a fixed count, not a forecast).",
]

if __name__ == "__main__":
    write("p1207-4", TEXT, NOTES, FIGS, published="2023-10-10", location="Việt Nam")

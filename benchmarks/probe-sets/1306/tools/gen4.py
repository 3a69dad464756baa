"""p1306-4: ministry site (Bộ Y tế portal): national pre-hospital emergency network, workshop 10/9/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Tin nổi bật

Phát triển cấp cứu ngoại viện: mục tiêu đến năm 2030 tiếp cận người bệnh dưới 15 phút ở đô thị

10/09/2024 16:20

Ngày 10/9, tại Hà Nội, Cục Quản lý Khám, chữa bệnh (Bộ Y tế) tổ chức Hội thảo lần thứ 3 về phát triển hệ thống cấp cứu ngoại viện giai đoạn 2024-2030.

Theo báo cáo tại hội thảo, tính đến tháng 6/2024, cả nước có 49/63 tỉnh, thành phố đã thành lập trung tâm cấp cứu 115 độc lập; 14 địa phương còn lại tổ chức cấp cứu ngoại viện tại bệnh viện đa khoa tỉnh. Toàn hệ thống có khoảng 2.350 xe cứu thương, bình quân 2,3 xe/10 vạn dân, thấp hơn nhiều so với khuyến cáo của Tổ chức Y tế Thế giới.

Năm 2023, các cơ sở cấp cứu ngoại viện đã tiếp nhận trên 1,2 triệu cuộc gọi và vận chuyển hơn 410 nghìn lượt người bệnh, tăng 8,5% so với năm 2022. Thời gian tiếp cận hiện trường bình quân ở khu vực đô thị là 18-25 phút, ở nông thôn, miền núi có nơi trên 60 phút. Một số địa phương đã rút ngắn đáng kể như Đà Nẵng (11,2 phút), Hà Nội (14,6 phút), TP Hồ Chí Minh (15,3 phút).

Khoảng 60% nhân lực cấp cứu ngoại viện chưa được đào tạo chuyên sâu; số bác sĩ có chứng chỉ cấp cứu ngoại viện chỉ chiếm 23,4%.

Phát biểu chỉ đạo, Thứ trưởng Nguyễn Hữu Phong đề nghị các địa phương sớm triển khai Thông tư số 17/2024/TT-BYT. Theo dự thảo Đề án, đến năm 2030 phấn đấu 100% tỉnh, thành phố có trung tâm cấp cứu 115 độc lập; thời gian tiếp cận hiện trường ở đô thị không quá 15 phút, ở nông thôn không quá 30 phút; giai đoạn 2025-2030 đào tạo ít nhất 18.000 lượt nhân viên cấp cứu ngoại viện.

Dự kiến tổng kinh phí thực hiện Đề án khoảng 4.200 tỷ đồng.

Tin liên quan
- Bộ Y tế ban hành hướng dẫn phân loại người bệnh tại hiện trường
- Hội nghị trực tuyến toàn quốc về công tác khám, chữa bệnh
"""

ASOF = per("tính đến tháng 6/2024", None, "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
G = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    fig("dưới 15 phút", "15", 15, "measure", "phút", approx="under", status="target", period=T30,
        subject="thời gian tiếp cận người bệnh ở đô thị"),
    fig("có 49/63", "49", 49, "count", "tỉnh, thành phố", total=63, period=ASOF,
        subject="tỉnh, thành phố đã thành lập trung tâm cấp cứu 115 độc lập"),
    fig("14 địa phương", "14", 14, "count", "địa phương", period=ASOF,
        subject="địa phương tổ chức cấp cứu ngoại viện tại bệnh viện đa khoa tỉnh"),
    fig("khoảng 2.350 xe", "2.350", 2350, "count", "xe cứu thương", approx="about", period=inh(ASOF),
        subject="xe cứu thương của toàn hệ thống"),
    fig("2,3 xe/10 vạn dân", "2,3", 2.3, "measure", "xe/10 vạn dân", period=inh(ASOF),
        subject="xe cứu thương bình quân trên 10 vạn dân"),
    fig("trên 1,2 triệu", "1,2", 1.2e6, "count", "cuộc gọi", approx="over", period=Y23,
        subject="cuộc gọi các cơ sở cấp cứu ngoại viện tiếp nhận"),
    fig("hơn 410 nghìn", "410", 410e3, "count", "lượt người bệnh", approx="over", period=Y23,
        change=chg("increase", 8.5, "%", "năm 2022"),
        subject="lượt người bệnh được vận chuyển"),
    fig("là 18-25 phút", "18", 18, "measure", "phút", value_max=25, period=inh(Y23),
        subject="thời gian tiếp cận hiện trường bình quân ở khu vực đô thị"),
    fig("trên 60 phút", "60", 60, "measure", "phút", approx="over", period=inh(Y23),
        subject="thời gian tiếp cận hiện trường ở nông thôn, miền núi"),
    fig("Đà Nẵng (11,2", "11,2", 11.2, "measure", "phút", location="Đà Nẵng", period=inh(Y23),
        subject="thời gian tiếp cận hiện trường bình quân"),
    fig("Hà Nội (14,6", "14,6", 14.6, "measure", "phút", location="Hà Nội", period=inh(Y23),
        subject="thời gian tiếp cận hiện trường bình quân"),
    fig("Minh (15,3", "15,3", 15.3, "measure", "phút", location="TP Hồ Chí Minh", period=inh(Y23),
        subject="thời gian tiếp cận hiện trường bình quân"),
    fig("Khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="nhân lực cấp cứu ngoại viện chưa được đào tạo chuyên sâu"),
    fig("chiếm 23,4%", "23,4", 23.4, "percent", "%",
        subject="số bác sĩ có chứng chỉ cấp cứu ngoại viện"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target", period=T30,
        subject="tỉnh, thành phố có trung tâm cấp cứu 115 độc lập"),
    fig("đô thị không quá 15 phút", "15", 15, "measure", "phút", approx="at_most", status="target", period=T30,
        subject="thời gian tiếp cận hiện trường ở đô thị"),
    fig("không quá 30 phút", "30", 30, "measure", "phút", approx="at_most", status="target", period=T30,
        subject="thời gian tiếp cận hiện trường ở nông thôn"),
    fig("ít nhất 18.000", "18.000", 18000, "count", "lượt nhân viên", approx="at_least", status="target", period=G,
        subject="lượt nhân viên cấp cứu ngoại viện được đào tạo"),
    fig("khoảng 4.200 tỷ", "4.200", 4200e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí thực hiện Đề án"),
]

NOTES = [
    "Ministry site (Bộ Y tế portal): breadcrumb, headline, '10/09/2024 16:20', related links. National figures: location Việt Nam.",
    "Distractors: 'Hội thảo lần thứ 3', 'giai đoạn 2024-2030', 'Ngày 10/9', 'Thông tư số 17/2024/TT-BYT', 'cấp cứu 115', '10 vạn dân' (rate denominator).",
    "'49/63 tỉnh, thành phố' → total 63; '14 địa phương còn lại' has no cue: no total.",
    "'2,3 xe/10 vạn dân' is a rate: measure, unit with denominator. Period 'tính đến tháng 6/2024' inherited by the next sentence.",
    "List 'Đà Nẵng (11,2 phút), Hà Nội (14,6 phút), TP Hồ Chí Minh (15,3 phút)': subject = the indicator, place → location.",
    "Headline target 'đến năm 2030 ... dưới 15 phút' (target, under). 'phấn đấu' governs the ';'-chain (100%, 15, 30 phút, 18.000 lượt).",
    "'Dự kiến ... khoảng 4.200 tỷ đồng' → forecast + about; no period (the Đề án's span is in another paragraph and is not said of this figure).",
]

if __name__ == "__main__":
    write("p1306-4", TEXT, NOTES, FIGS, published="2024-09-10", location="Việt Nam")

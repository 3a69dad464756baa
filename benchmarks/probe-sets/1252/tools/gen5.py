"""p1252-5: national newspaper: workers struggle to find childcare; national figures and Bình Dương."""
from lib import fig, per, write

TEXT = """Thời sự > Giáo dục

Thứ tư, 18/9/2024, 06:00 (GMT+7)

Con công nhân chật vật tìm chỗ gửi

Cả nước có hơn 4,1 triệu lao động làm việc trong các khu công nghiệp, nhưng chưa đến 30% con em họ ở độ tuổi nhà trẻ được gửi vào cơ sở giáo dục mầm non.

Bảy giờ tối, anh Đặng Văn Khải, công nhân Khu công nghiệp VSIP I (TP Thuận An, Bình Dương), mới đón được con gái từ nhóm trẻ gần phòng trọ. Mỗi tháng, vợ chồng anh trả 2,2 triệu đồng tiền gửi con.

Theo Bộ Giáo dục và Đào tạo, cả nước hiện có 16.940 nhóm trẻ độc lập tư thục, trong đó khoảng 5.300 nhóm ở địa bàn có khu công nghiệp. Năm 2023, tỷ lệ huy động trẻ nhà trẻ ra lớp ở các địa bàn này chỉ đạt 28,7%, thấp hơn nhiều so với mức bình quân cả nước 36,2%.

Học phí ở các nhóm trẻ tư thục quanh khu công nghiệp phổ biến từ 1,8 đến 2,5 triệu đồng/tháng. Mức này gấp khoảng 3 lần học phí trường mầm non công lập, trong khi thu nhập bình quân của công nhân năm 2023 khoảng 8,2 triệu đồng/tháng.

Tại Bình Dương, nơi có 29 khu công nghiệp, Sở Giáo dục và Đào tạo cho biết tỉnh có 1.318 nhóm trẻ, lớp mẫu giáo độc lập, nhận khoảng 38.000 trẻ, trong đó hơn 70% là con công nhân.

"Chúng tôi khuyến khích doanh nghiệp có từ 1.000 lao động nữ trở lên mở nhà trẻ cho con công nhân", ông Lê Minh Tâm, Phó giám đốc Sở, nói. Theo ông, tỉnh dự kiến dành 12 ha đất để xây 20 trường mầm non tại các khu nhà ở công nhân đến năm 2026.

Lệ Nguyễn
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T26 = per("đến năm 2026", end="2026-12-31")
VN, BD = "Việt Nam", "Bình Dương"

FIGS = [
    fig("hơn 4,1 triệu", "4,1", 4.1e6, "count", "lao động", approx="over",
        subject="lao động làm việc trong các khu công nghiệp", location=VN),
    fig("chưa đến 30%", "30", 30, "percent", "%", approx="under",
        subject="con em lao động khu công nghiệp ở độ tuổi nhà trẻ được gửi vào cơ sở giáo dục mầm non",
        location=VN),
    fig("trả 2,2 triệu", "2,2", 2.2e6, "money", "đồng/tháng", subject="tiền gửi con vợ chồng anh trả",
        location="Thuận An"),
    fig("có 16.940 nhóm", "16.940", 16940, "count", "nhóm trẻ", subject="nhóm trẻ độc lập tư thục",
        location=VN),
    fig("khoảng 5.300 nhóm", "5.300", 5300, "count", "nhóm", approx="about", total=16940,
        subject="nhóm ở địa bàn có khu công nghiệp", location=VN),
    fig("chỉ đạt 28,7%", "28,7", 28.7, "percent", "%",
        subject="tỷ lệ huy động trẻ nhà trẻ ra lớp ở các địa bàn có khu công nghiệp", period=Y23, location=VN),
    fig("cả nước 36,2%", "36,2", 36.2, "percent", "%",
        subject="tỷ lệ huy động trẻ nhà trẻ ra lớp bình quân cả nước", period=Y23, location=VN),
    fig("từ 1,8 đến 2,5 triệu", "1,8", 1.8e6, "money", "đồng/tháng", value_max=2.5e6,
        subject="học phí ở các nhóm trẻ tư thục quanh khu công nghiệp", location=VN),
    fig("gấp khoảng 3 lần", "3", 3, "multiple", "lần", approx="about",
        subject="học phí nhóm trẻ tư thục so với học phí trường mầm non công lập", location=VN),
    fig("khoảng 8,2 triệu", "8,2", 8.2e6, "money", "đồng/tháng", approx="about",
        subject="thu nhập bình quân của công nhân", period=Y23b, location=VN),
    fig("có 29 khu", "29", 29, "count", "khu công nghiệp", subject="khu công nghiệp", location=BD),
    fig("có 1.318 nhóm", "1.318", 1318, "count", "nhóm trẻ, lớp mẫu giáo",
        subject="nhóm trẻ, lớp mẫu giáo độc lập", location=BD),
    fig("khoảng 38.000 trẻ", "38.000", 38000, "count", "trẻ", approx="about",
        subject="trẻ các nhóm trẻ, lớp mẫu giáo độc lập nhận", location=BD),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over", subject="con công nhân trong số trẻ",
        location=BD),
    fig("từ 1.000 lao động", "1.000", 1000, "count", "lao động nữ", approx="at_least",
        subject="lao động nữ của doanh nghiệp được khuyến khích mở nhà trẻ", location=BD, optional=True),
    fig("dành 12 ha", "12", 12, "measure", "ha", status="forecast",
        subject="đất dành để xây trường mầm non", period=T26, location=BD),
    fig("xây 20 trường", "20", 20, "count", "trường", status="forecast",
        subject="trường mầm non xây tại các khu nhà ở công nhân", period=T26, location=BD),
]

NOTES = [
    "National newspaper: 'Thứ tư, 18/9/2024, 06:00 (GMT+7)', sapo, a worker's story, a quote, byline at the end.",
    "Distractors: '(GMT+7)', 06:00, 'Bảy giờ tối' (time of day), 'VSIP I' (name).",
    "National figures (Bộ GD&ĐT, 'cả nước') → Việt Nam; the worker's fee → Thuận An; Sở GD&ĐT Bình Dương → Bình Dương.",
    "'Mỗi tháng ... trả 2,2 triệu đồng' → a monthly rate (đồng/tháng).",
    "'28,7%, thấp hơn nhiều so với mức bình quân cả nước 36,2%': the gap has no number, so 28,7% has no change; 36,2% (the",
    "baseline level) is a figure of its own, as baseline amounts in the shared gold.",
    "'Mức này gấp khoảng 3 lần học phí trường mầm non công lập' stands alone as the claim → multiple 3, approx about.",
    "'khoảng 38.000 trẻ, trong đó hơn 70% là con công nhân' → the part has no number → a percent figure.",
    "'doanh nghiệp có từ 1.000 lao động nữ trở lên' is a criterion in a quote, not a count of anything → optional.",
    "'dự kiến dành 12 ha ... xây 20 trường ... đến năm 2026' → forecast, period end 2026-12-31.",
]

if __name__ == "__main__":
    write("p1252-5", TEXT, NOTES, FIGS, published="2024-09-18")

"""p1386-6: national newspaper: free-lance workers and voluntary social insurance before the 2024 law takes effect."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Dân sinh

Thứ năm, 17/4/2025, 06:00 (GMT+7)

Lao động tự do tính chuyện lương hưu trước khi luật mới có hiệu lực

Chỉ cần đóng đủ 15 năm thay vì 20 năm như hiện nay, nhiều lao động tự do đã tìm đến BHXH tự nguyện để có lương hưu khi về già.

Bà Nguyễn Thị Lành, 52 tuổi, bán rau ở chợ Đền Lừ, quận Hoàng Mai (Hà Nội), đã đóng BHXH tự nguyện được 8 năm với mức khoảng 500.000 đồng mỗi tháng. "Theo luật mới, tôi chỉ cần đóng thêm 7 năm là đủ điều kiện hưởng lương hưu", bà nói.

Theo BHXH Việt Nam, đến hết năm 2024 cả nước có gần 2,1 triệu người tham gia BHXH tự nguyện, tăng khoảng 260.000 người so với năm 2023, đạt tỷ lệ bao phủ 4,5% lực lượng lao động trong độ tuổi. Số người tham gia hiện gấp gần 8 lần năm 2015, khi cả nước mới có khoảng 227.000 người. Các địa phương có số người tham gia đông nhất là Thanh Hóa (khoảng 155.000 người), Nghệ An (148.000 người) và Hà Nội (131.000 người).

Từ ngày 1/7/2025, khi Luật BHXH số 41/2024/QH15 có hiệu lực, người tham gia BHXH tự nguyện được hưởng thêm trợ cấp thai sản 2 triệu đồng cho mỗi con được sinh ra. Mức đóng thấp nhất hiện là 330.000 đồng/tháng; Nhà nước hỗ trợ 30% mức đóng cho người thuộc hộ nghèo, 25% cho hộ cận nghèo và 10% cho các đối tượng khác.

Theo TS Phạm Đức Thắng, Viện Khoa học Lao động và Xã hội, nhờ chính sách mới, số người tham gia BHXH tự nguyện năm 2025 dự báo có thể tăng 15-20%. Tuy nhiên, mục tiêu 5% lực lượng lao động trong độ tuổi tham gia BHXH tự nguyện vào năm 2025 theo Nghị quyết số 28-NQ/TW vẫn là thách thức lớn.

Hồng Chiêm
"""

END24 = per("đến hết năm 2024", None, "2024-12-31")
Y15 = per("năm 2015", "2015-01-01", "2015-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y25b = per("vào năm 2025", "2025-01-01", "2025-12-31")
HM = "Hoàng Mai"

FIGS = [
    fig("đủ 15 năm", "15", 15, "measure", "năm",
        subject="thời gian đóng để có lương hưu"),
    fig("thay vì 20 năm", "20", 20, "measure", "năm",
        subject="thời gian đóng để có lương hưu hiện nay"),
    fig("52 tuổi", "52", 52, "measure", "tuổi", optional=True, location=HM),
    fig("được 8 năm", "8", 8, "measure", "năm",
        subject="thời gian bà Lành đóng BHXH tự nguyện", location=HM),
    fig("khoảng 500.000 đồng", "500.000", 500000, "money", "đồng/tháng", approx="about",
        subject="mức đóng BHXH tự nguyện của bà Lành", location=HM),
    fig("thêm 7 năm", "7", 7, "measure", "năm",
        subject="thời gian cần đóng thêm để đủ điều kiện hưởng lương hưu", location=HM),
    fig("gần 2,1 triệu", "2,1", 2.1e6, "count", "người", approx="nearly", percent=4.5,
        change=chg("increase", 260000, "người", "năm 2023", approx="about"),
        subject="người tham gia BHXH tự nguyện", period=END24),
    fig("gấp gần 8 lần", "8", 8, "multiple", "lần", approx="nearly",
        subject="số người tham gia so với năm 2015"),
    fig("khoảng 227.000 người", "227.000", 227000, "count", "người", approx="about",
        subject="người tham gia BHXH tự nguyện", period=Y15),
    fig("(khoảng 155.000 người)", "155.000", 155000, "count", "người", approx="about",
        subject="số người tham gia", location="Thanh Hóa", period=inh(END24)),
    fig("(148.000 người)", "148.000", 148000, "count", "người",
        subject="số người tham gia", location="Nghệ An", period=inh(END24)),
    fig("(131.000 người)", "131.000", 131000, "count", "người",
        subject="số người tham gia", location="Hà Nội", period=inh(END24)),
    fig("sản 2 triệu", "2", 2e6, "money", "đồng/con",
        subject="trợ cấp thai sản cho người tham gia BHXH tự nguyện"),
    fig("là 330.000 đồng/tháng", "330.000", 330000, "money", "đồng/tháng",
        subject="mức đóng thấp nhất"),
    fig("hỗ trợ 30% mức đóng", "30", 30, "percent", "%",
        subject="Nhà nước hỗ trợ mức đóng cho người thuộc hộ nghèo"),
    fig("25% cho hộ cận nghèo", "25", 25, "percent", "%",
        subject="Nhà nước hỗ trợ mức đóng cho hộ cận nghèo"),
    fig("10% cho các đối tượng", "10", 10, "percent", "%",
        subject="Nhà nước hỗ trợ mức đóng cho các đối tượng khác"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="số người tham gia BHXH tự nguyện tăng", period=Y25),
    fig("mục tiêu 5%", "5", 5, "percent", "%", status="target",
        subject="lực lượng lao động trong độ tuổi tham gia BHXH tự nguyện", period=Y25b),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 17/4/2025, 06:00 (GMT+7)', sapo, quote, byline at the end. National figures: location Việt Nam.",
    "Distractors: 06:00, '(GMT+7)', 'Từ ngày 1/7/2025', Luật BHXH số 41/2024/QH15, Nghị quyết số 28-NQ/TW, 'năm 2023' and 'năm 2015' as baselines.",
    "'15 năm thay vì 20 năm' are two statements of the minimum contribution time (new and current rule): two measure figures.",
    "Bà Lành's figures are placed in quận Hoàng Mai: location Hoàng Mai. Her age '52 tuổi' is a personal detail: optional.",
    "'khoảng 500.000 đồng mỗi tháng' → đồng/tháng; '2 triệu đồng cho mỗi con' → đồng/con (rate denominators).",
    "'gần 2,1 triệu người …, tăng khoảng 260.000 người …, đạt tỷ lệ bao phủ 4,5%' → change (approx about) and percent attribute.",
    "'Số người tham gia hiện gấp gần 8 lần năm 2015' has no base amount in its clause: a multiple figure (nearly).",
    "The bracketed province list: location = province, period inherited from 'đến hết năm 2024'. The support rates 30/25/10% are percent figures.",
    "'dự báo … tăng 15-20%' → growth rate as the claim, range, forecast. 'mục tiêu 5% … vào năm 2025' → target, year 2025.",
]

if __name__ == "__main__":
    write("p1386-6", TEXT, NOTES, FIGS, published="2025-04-17", location="Việt Nam")

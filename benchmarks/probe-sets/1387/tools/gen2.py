"""p1387-2: district portal (huyện Thạch Thất, Hà Nội): a chip-design course opens in Hòa Lạc hi-tech park."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT
THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / Kinh tế

Khai giảng khóa đào tạo thiết kế vi mạch cho 60 kỹ sư trẻ

12/03/2025 - 09:30

Sáng 11/3, tại Khu công nghệ cao Hòa Lạc, Trung tâm Đào tạo Vi mạch Hòa Lạc (thuộc Công ty cổ phần Công nghệ Tản Viên Chip) phối hợp với UBND huyện Thạch Thất khai giảng khóa đào tạo thiết kế vi mạch số năm 2025.

Khóa học kéo dài 6 tháng với 60 học viên, gồm 14 học viên nữ và 46 học viên nam, được chọn từ 312 hồ sơ đăng ký. Đáng chú ý, có 9 học viên là con em địa phương. Tổng kinh phí tổ chức khóa học gần 4 tỷ đồng; học phí mỗi học viên 60 triệu đồng, trong đó doanh nghiệp tài trợ 70%, phần còn lại học viên được vay từ Ngân hàng Chính sách xã hội với lãi suất 0,55%/tháng.

Đây là khóa thứ tư trung tâm tổ chức. Ba khóa trước đã đào tạo 145 kỹ sư, trong đó 128 người đang làm việc tại các doanh nghiệp thiết kế chip trong và ngoài nước với mức lương khởi điểm từ 18 đến 25 triệu đồng/tháng.

Phát biểu tại lễ khai giảng, ông Nguyễn Văn Tường, Phó Chủ tịch UBND huyện cho biết, năm 2024 huyện có hơn 2.300 lao động được giải quyết việc làm tại Khu công nghệ cao, tăng 12% so với năm 2023. Năm nay, huyện phấn đấu đưa ít nhất 500 thanh niên tham gia các khóa đào tạo ngắn hạn về điện tử, bán dẫn; dự kiến hỗ trợ 50% học phí cho học viên thuộc hộ nghèo, hộ cận nghèo.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Thạch Thất: Ra quân Tháng Thanh niên năm 2025
- Hội nghị tập huấn chuyển đổi số cấp xã

Cơ quan chủ quản: UBND huyện Thạch Thất
Địa chỉ: Số 1 đường 420, thị trấn Liên Quan, huyện Thạch Thất
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NOW = per("Năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    fig("cho 60 kỹ sư", "60", 60, "count", "kỹ sư", subject="kỹ sư trẻ khóa đào tạo thiết kế vi mạch"),
    fig("kéo dài 6 tháng", "6", 6, "measure", "tháng", subject="thời gian khóa học"),
    fig("với 60 học viên", "60", 60, "count", "học viên", subject="học viên khóa học"),
    fig("gồm 14 học viên", "14", 14, "count", "học viên", total=60, subject="học viên nữ"),
    fig("và 46 học viên", "46", 46, "count", "học viên", total=60, subject="học viên nam"),
    fig("từ 312 hồ sơ", "312", 312, "count", "hồ sơ", subject="hồ sơ đăng ký"),
    fig("có 9 học viên", "9", 9, "count", "học viên", subject="học viên là con em địa phương"),
    fig("gần 4 tỷ", "4", 4e9, "money", "đồng", approx="nearly", subject="tổng kinh phí tổ chức khóa học"),
    fig("học viên 60 triệu", "60", 60e6, "money", "đồng", subject="học phí mỗi học viên"),
    fig("tài trợ 70%", "70", 70, "percent", "%", subject="tỷ lệ học phí doanh nghiệp tài trợ"),
    fig("lãi suất 0,55%", "0,55", 0.55, "percent", "%",
        subject="lãi suất vay từ Ngân hàng Chính sách xã hội"),
    fig("Ba khóa trước", "Ba", 3, "count", "khóa", subject="khóa trước", optional=True),
    fig("đào tạo 145 kỹ sư", "145", 145, "count", "kỹ sư", subject="kỹ sư ba khóa trước đã đào tạo"),
    fig("trong đó 128 người", "128", 128, "count", "người", total=145,
        subject="kỹ sư đang làm việc tại các doanh nghiệp thiết kế chip trong và ngoài nước"),
    fig("từ 18 đến 25 triệu", "18", 18e6, "money", "đồng/tháng", value_max=25e6,
        subject="mức lương khởi điểm"),
    fig("hơn 2.300 lao động", "2.300", 2300, "count", "lao động", approx="over",
        change=chg("increase", 12, "%", "năm 2023"),
        subject="lao động được giải quyết việc làm tại Khu công nghệ cao", period=Y24),
    fig("ít nhất 500 thanh niên", "500", 500, "count", "thanh niên", approx="at_least", status="target",
        subject="thanh niên tham gia các khóa đào tạo ngắn hạn về điện tử, bán dẫn", period=NOW),
    fig("hỗ trợ 50% học phí", "50", 50, "percent", "%", status="forecast",
        subject="hỗ trợ học phí cho học viên thuộc hộ nghèo, hộ cận nghèo", period=NOW),
]

NOTES = [
    "District portal (huyện Thạch Thất, TP Hà Nội): banner names the district; dateline '12/03/2025 - 09:30'. Location Thạch Thất.",
    "Distractors: 09:30, 'Sáng 11/3', 'khóa thứ tư' (ordinal), 'năm 2025' in the course name and a link, 'Số 1 đường 420' (address).",
    "'gồm 14 học viên nữ và 46 học viên nam' after 60 học viên: total 60 (they add up). '9 học viên là con em địa phương' has no cue: no total.",
    "'kéo dài 6 tháng' is the claim (course length): measure. 'lãi suất 0,55%/tháng' is a percent figure (unit '%').",
    "'Ba khóa trước' names the group of earlier courses: optional. 'trong đó 128 người' takes total 145.",
    "Course figures carry no period (the course name's 'năm 2025' stands in another paragraph). 'Năm nay' = 2025 (published); 'phấn đấu' → target, 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1387-2", TEXT, NOTES, FIGS, published="2025-03-12", location="Thạch Thất")

"""p1478-2: district portal (huyện Văn Lâm, Hưng Yên): a training class in repairing vacuum cleaners and robot vacuums."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội | Liên hệ

Khai giảng lớp sửa chữa máy hút bụi, robot hút bụi cho lao động nông thôn

05/08/2024 | Lượt xem: 412

Sáng 5/8, tại Nhà văn hóa thôn Đông Mai, xã Chỉ Đạo, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp với Công ty TNHH Dịch vụ kỹ thuật Minh Phát khai giảng lớp đào tạo nghề sửa chữa máy hút bụi, robot hút bụi lau nhà cho 35 học viên là lao động nông thôn.

Khóa học kéo dài ba tháng với tổng thời lượng 480 giờ, trong đó 120 giờ lý thuyết, 360 giờ thực hành. Mỗi học viên được hỗ trợ học phí 4,5 triệu đồng và tiền ăn 30.000 đồng/ngày thực học; riêng học viên thuộc hộ nghèo, hộ cận nghèo được hỗ trợ thêm tiền đi lại 200.000 đồng/khóa.

Theo ông Nguyễn Văn Toàn, Giám đốc Công ty Minh Phát, công ty hiện có 3 cửa hàng và một trạm bảo hành ủy quyền của nhiều hãng robot hút bụi, mỗi tháng tiếp nhận khoảng 600 lượt máy cần sửa chữa, bảo dưỡng, tăng gấp đôi so với năm 2022. Sau khóa học, công ty dự kiến tuyển dụng ít nhất 15 học viên với mức lương khởi điểm từ 7 đến 8 triệu đồng/tháng.

Năm 2024, huyện Văn Lâm được giao chỉ tiêu đào tạo nghề cho 650 lao động nông thôn; đến hết tháng 7 đã mở 14 lớp với 462 học viên, đạt 71,1% kế hoạch. Tỷ lệ lao động qua đào tạo của huyện hiện đạt 72,5%, phấn đấu đến năm 2025 đạt trên 75%.

Tin khác:
- Văn Lâm: Hội nghị sơ kết công tác 6 tháng đầu năm 2024
- Xã Lạc Đạo tổ chức Ngày hội việc làm lần thứ 2

UBND HUYỆN VĂN LÂM
Địa chỉ: Số 168 đường Nguyễn Văn Linh, thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên
Điện thoại: 0221.3985.026
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("đến hết tháng 7", None, "2024-07-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("cho 35 học viên", "35", 35, "count", "học viên",
        subject="học viên lớp đào tạo nghề sửa chữa máy hút bụi, robot hút bụi lau nhà"),
    fig("kéo dài ba tháng", "ba", 3, "measure", "tháng", subject="thời gian khóa học", optional=True),
    fig("thời lượng 480 giờ", "480", 480, "measure", "giờ", subject="tổng thời lượng khóa học"),
    fig("trong đó 120 giờ", "120", 120, "measure", "giờ", total=480, subject="giờ lý thuyết"),
    fig("360 giờ thực hành", "360", 360, "measure", "giờ", total=480, subject="giờ thực hành"),
    fig("học phí 4,5 triệu", "4,5", 4.5e6, "money", "đồng/học viên", subject="hỗ trợ học phí mỗi học viên"),
    fig("ăn 30.000 đồng", "30.000", 30000, "money", "đồng/ngày", subject="hỗ trợ tiền ăn"),
    fig("lại 200.000 đồng", "200.000", 200000, "money", "đồng/khóa",
        subject="hỗ trợ tiền đi lại cho học viên thuộc hộ nghèo, hộ cận nghèo"),
    fig("có 3 cửa hàng", "3", 3, "count", "cửa hàng", subject="cửa hàng của công ty Minh Phát"),
    fig("và một trạm", "một", 1, "count", "trạm", subject="trạm bảo hành ủy quyền của nhiều hãng robot hút bụi"),
    fig("khoảng 600 lượt", "600", 600, "measure", "lượt máy/tháng", approx="about",
        change=chg("increase", 2, "lần", "năm 2022"),
        subject="lượt máy cần sửa chữa, bảo dưỡng công ty tiếp nhận mỗi tháng"),
    fig("ít nhất 15 học viên", "15", 15, "count", "học viên", approx="at_least", status="forecast",
        subject="học viên công ty tuyển dụng sau khóa học"),
    fig("từ 7 đến 8 triệu", "7", 7e6, "money", "đồng/tháng", value_max=8e6, status="forecast",
        subject="mức lương khởi điểm"),
    fig("cho 650 lao động", "650", 650, "count", "lao động", status="target",
        subject="chỉ tiêu đào tạo nghề cho lao động nông thôn", period=Y24),
    fig("mở 14 lớp", "14", 14, "count", "lớp", subject="lớp đào tạo nghề đã mở", period=ASOF),
    fig("với 462 học viên", "462", 462, "count", "học viên", percent=71.1,
        subject="học viên các lớp đào tạo nghề", period=ASOF),
    fig("hiện đạt 72,5%", "72,5", 72.5, "percent", "%", subject="tỷ lệ lao động qua đào tạo của huyện"),
    fig("đạt trên 75%", "75", 75, "percent", "%", approx="over", status="target",
        subject="tỷ lệ lao động qua đào tạo của huyện", period=T25),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner naming the district, menu, '05/08/2024 | Lượt xem: 412', 'Tin khác', address footer.",
    "Default location Văn Lâm (the commune Chỉ Đạo and the company are inside the district).",
    "Distractors: 'Sáng 5/8', Lượt xem 412, '6 tháng đầu năm 2024' and 'lần thứ 2' in links, 'Số 168 đường Nguyễn Văn Linh', phone 0221.3985.026.",
    "'kéo dài ba tháng' is a course length, not a period, but may be read as a duration only: optional.",
    "'480 giờ, trong đó 120 giờ ..., 360 giờ' → total 480 for both parts.",
    "'Mỗi học viên ... 4,5 triệu đồng' is a per-learner rate: unit 'đồng/học viên'; 'mỗi tháng ... khoảng 600 lượt máy' → 'lượt máy/tháng', measure.",
    "'tăng gấp đôi so với năm 2022' is the change of the 600 (increase, 2 lần, baseline năm 2022).",
    "'dự kiến' governs both 15 học viên and 7-8 triệu đồng/tháng (forecast). 'chỉ tiêu ... 650 lao động' is a target figure of Năm 2024.",
    "'đến hết tháng 7' (year 2024 from 'Năm 2024' in the same sentence) is an as-of period: start null, end 2024-07-31.",
    "'462 học viên, đạt 71,1% kế hoạch' → percent 71,1 (the 650 is its own figure, not repeated as a target attribute).",
    "'Tỷ lệ ... hiện đạt 72,5%' has no period; 'phấn đấu đến năm 2025 đạt trên 75%' → target, over, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1478-2", TEXT, NOTES, FIGS, published="2024-08-05", location="Văn Lâm")

"""p1473-2: district portal (huyện Đức Hòa, Long An): a sewing-machine repair class for rural workers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Khai giảng lớp sửa chữa máy may công nghiệp cho lao động nông thôn

Ngày đăng: 22/03/2024 | 09:30

Sáng 21/3, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp với UBND xã Hựu Thạnh khai giảng lớp "Sửa chữa máy may công nghiệp" cho 35 học viên là lao động nông thôn, trong đó có 12 lao động nữ và 4 người khuyết tật. Lớp học kéo dài 3 tháng với 420 giờ thực hành trên ba chục máy may, máy vắt sổ do Công ty TNHH Thiết bị may Hưng Long cho mượn.

Theo Phòng Lao động - Thương binh và Xã hội huyện, Đức Hòa hiện có 3 khu công nghiệp với hơn 60 doanh nghiệp may mặc, sử dụng khoảng 28 nghìn lao động. Năm 2024, nhu cầu tuyển dụng thợ kỹ thuật sửa chữa máy may của các doanh nghiệp khoảng 150-200 người. Hiện nguồn cung tại chỗ mới đáp ứng chưa đến 40% nhu cầu này.

Năm 2023, Trung tâm đã mở 9 lớp đào tạo nghề may công nghiệp và sửa chữa máy may cho 285 học viên; 92% học viên có việc làm sau tốt nghiệp với mức lương từ 7 triệu đồng/tháng trở lên. Năm nay, huyện phấn đấu đào tạo nghề cho 1.200 lao động nông thôn, trong đó nhóm nghề may và sửa chữa máy may chiếm khoảng 30%. Mỗi học viên được hỗ trợ học phí tối đa 4 triệu đồng và tiền ăn 30.000 đồng/ngày.

Nguồn: Trung tâm GDNN-GDTX huyện

Tin khác:
- Đức Hòa ra quân Tháng Thanh niên năm 2024
- Hội nghị triển khai công tác giảm nghèo giai đoạn 2021-2025

UBND HUYỆN ĐỨC HÒA
Địa chỉ: Khu phố 4, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3851.246
"""

D = per("Sáng 21/3", "2024-03-21", "2024-03-21")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("cho 35 học viên", "35", 35, "count", "học viên",
        subject="học viên lớp Sửa chữa máy may công nghiệp", period=D),
    fig("có 12 lao động nữ", "12", 12, "count", "lao động nữ", total=35,
        subject="lao động nữ", period=D),
    fig("4 người khuyết tật", "4", 4, "count", "người khuyết tật", total=35,
        subject="người khuyết tật", period=D),
    fig("kéo dài 3 tháng", "3", 3, "measure", "tháng", subject="thời gian lớp học", optional=True),
    fig("420 giờ", "420", 420, "measure", "giờ", subject="giờ thực hành của lớp học"),
    fig("trên ba chục máy", "ba chục", 30, "count", "máy may",
        subject="máy may, máy vắt sổ do Công ty TNHH Thiết bị may Hưng Long cho mượn"),
    fig("có 3 khu công nghiệp", "3", 3, "count", "khu công nghiệp", subject="khu công nghiệp"),
    fig("hơn 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp may mặc"),
    fig("khoảng 28 nghìn", "28", 28000, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp may mặc sử dụng"),
    fig("khoảng 150-200 người", "150", 150, "count", "người", value_max=200, approx="about",
        subject="nhu cầu tuyển dụng thợ kỹ thuật sửa chữa máy may của các doanh nghiệp", period=Y24),
    fig("chưa đến 40%", "40", 40, "percent", "%", approx="under",
        subject="nhu cầu thợ sửa chữa máy may được nguồn cung tại chỗ đáp ứng"),
    fig("mở 9 lớp", "9", 9, "count", "lớp",
        subject="lớp đào tạo nghề may công nghiệp và sửa chữa máy may Trung tâm mở", period=Y23),
    fig("cho 285 học viên", "285", 285, "count", "học viên",
        subject="học viên được đào tạo nghề may công nghiệp và sửa chữa máy may", period=Y23),
    fig("92% học viên", "92", 92, "percent", "%",
        subject="học viên có việc làm sau tốt nghiệp", period=Y23),
    fig("từ 7 triệu", "7", 7e6, "money", "đồng/tháng", approx="at_least",
        subject="mức lương học viên có việc làm sau tốt nghiệp", period=Y23),
    fig("cho 1.200 lao động", "1.200", 1200, "count", "lao động", status="target",
        subject="lao động nông thôn được đào tạo nghề", period=NOW),
    fig("chiếm khoảng 30%", "30", 30, "percent", "%", approx="about", status="target",
        subject="nhóm nghề may và sửa chữa máy may trong số lao động nông thôn được đào tạo nghề", period=NOW),
    fig("tối đa 4 triệu", "4", 4e6, "money", "đồng/học viên", approx="at_most",
        subject="hỗ trợ học phí mỗi học viên"),
    fig("30.000 đồng/ngày", "30.000", 30000, "money", "đồng/ngày", subject="hỗ trợ tiền ăn mỗi học viên"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner with district and province, menu, 'Ngày đăng: 22/03/2024 | 09:30', 'Tin khác', footer.",
    "Distractors: 09:30, 'Sáng 21/3' (date), 'Tháng Thanh niên năm 2024', 'giai đoạn 2021-2025', 'Khu phố 4', phone 0272.3851.246.",
    "'Sáng 21/3' is the date of the opening, taken as the period of the class counts (as 'Ngày 10/10/2022' in the shared gold h25).",
    "'12 lao động nữ và 4 người khuyết tật' after 'trong đó' take the whole 35. 'kéo dài 3 tháng' is the length of the course",
    "(a duration): optional. 'ba chục máy' is a number word (30). 'từ 7 triệu đồng/tháng trở lên' → at_least.",
    "'Năm nay' takes the year of the dateline; 'trong đó … chiếm khoảng 30%' is a percent figure of its own, target like its clause.",
    "'Mỗi học viên … tối đa 4 triệu đồng' is a per-person amount (đồng/học viên), at_most. Every figure is in Đức Hòa (xã Hựu Thạnh is in it).",
]

if __name__ == "__main__":
    write("p1473-2", TEXT, NOTES, FIGS, published="2024-03-22", location="Đức Hòa")

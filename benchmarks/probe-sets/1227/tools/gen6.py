"""p1227-6: national newspaper: deaf people in TP HCM short of sign language interpreters (2023)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh

Thứ Bảy, 23/9/2023, 08:05 (GMT+7)

Người Điếc khó tìm phiên dịch viên ngôn ngữ ký hiệu

TP HCM có khoảng 21.000 người khuyết tật nghe, nói nhưng chỉ khoảng 15 phiên dịch viên ngôn ngữ ký hiệu hành nghề chuyên nghiệp.

Trên đường Võ Văn Tần, quận 3, một quán cà phê do người Điếc vận hành có 12 nhân viên, trong đó 9 người khiếm thính. Chủ quán, anh Phạm Minh Tâm, cho biết mỗi ngày quán đón khoảng 200 lượt khách, cuối tuần tăng lên hơn 350 lượt. Nhân viên được trả lương từ 5 đến 6,5 triệu đồng/người/tháng.

Khi đi khám bệnh, làm thủ tục hành chính, người Điếc thường phải tự thuê phiên dịch với giá từ 300.000 đến 500.000 đồng/giờ. Bệnh viện Nhân dân 115 hiện mới có một nhân viên biết ngôn ngữ ký hiệu.

Theo Sở Lao động - Thương binh và Xã hội TP HCM, 8 tháng năm 2023 thành phố đã hỗ trợ phiên dịch ngôn ngữ ký hiệu miễn phí cho 1.240 lượt người Điếc, gấp 1,6 lần cùng kỳ năm ngoái. Riêng trong quý II, Đài Truyền hình TP HCM phát sóng 276 bản tin có phiên dịch ngôn ngữ ký hiệu.

Theo ước tính của Hội Người Điếc TP HCM, thành phố cần ít nhất 500 phiên dịch viên để đáp ứng nhu cầu tối thiểu. Dự kiến cuối năm nay, Trường Cao đẳng Sư phạm Trung ương TP HCM sẽ mở lớp đào tạo phiên dịch đầu tiên với 30 học viên, học phí khoảng 4,2 triệu đồng/khóa.

Lê Phương
"""

M8 = P("8 tháng năm 2023", "2023-01-01", "2023-08-31")
Q2 = P("trong quý II", "2023-04-01", "2023-06-30")
Q3 = "Quận 3"

FIGS = [
    F("khoảng 21.000 người", "21.000", 21000, "count", "người khuyết tật", approx="about",
      subject="người khuyết tật nghe, nói"),
    F("khoảng 15 phiên", "15", 15, "count", "phiên dịch viên", approx="about",
      subject="phiên dịch viên ngôn ngữ ký hiệu hành nghề chuyên nghiệp"),
    F("có 12 nhân viên", "12", 12, "count", "nhân viên",
      subject="nhân viên quán cà phê do người Điếc vận hành", location=Q3),
    F("trong đó 9 người", "9", 9, "count", "người", total=12,
      subject="nhân viên khiếm thính của quán cà phê", location=Q3),
    F("khoảng 200 lượt", "200", 200, "measure", "lượt khách/ngày", approx="about",
      subject="lượt khách quán đón mỗi ngày", location=Q3),
    F("hơn 350 lượt", "350", 350, "measure", "lượt khách/ngày", approx="over",
      subject="lượt khách quán đón mỗi ngày cuối tuần", location=Q3),
    F("từ 5 đến 6,5 triệu", "5", 5000000, "money", "đồng/người/tháng", value_max=6500000,
      subject="lương nhân viên quán cà phê", location=Q3),
    F("từ 300.000 đến", "300.000", 300000, "money", "đồng/giờ", value_max=500000,
      subject="giá thuê phiên dịch ngôn ngữ ký hiệu"),
    F("có một nhân viên", "một", 1, "count", "nhân viên",
      subject="nhân viên Bệnh viện Nhân dân 115 biết ngôn ngữ ký hiệu"),
    F("cho 1.240 lượt", "1.240", 1240, "count", "lượt người Điếc",
      change=C("increase", 1.6, "lần", "cùng kỳ năm ngoái"),
      subject="lượt người Điếc được hỗ trợ phiên dịch ngôn ngữ ký hiệu miễn phí", period=M8),
    F("sóng 276 bản tin", "276", 276, "count", "bản tin",
      subject="bản tin có phiên dịch ngôn ngữ ký hiệu Đài Truyền hình TP HCM phát sóng", period=Q2),
    F("ít nhất 500 phiên", "500", 500, "count", "phiên dịch viên", approx="at_least", status="estimate",
      subject="phiên dịch viên thành phố cần để đáp ứng nhu cầu tối thiểu"),
    F("với 30 học viên", "30", 30, "count", "học viên", status="forecast",
      subject="học viên lớp đào tạo phiên dịch đầu tiên"),
    F("khoảng 4,2 triệu", "4,2", 4200000, "money", "đồng/khóa", approx="about", status="forecast",
      subject="học phí lớp đào tạo phiên dịch"),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 23/9/2023, 08:05 (GMT+7)' (published), byline 'Lê Phương' at the end. City: TP Hồ Chí Minh.",
    "Distractors: '(GMT+7)', time 08:05, 'quận 3' (a district name with a number), 'Bệnh viện Nhân dân 115' (a name), 'đầu tiên'.",
    "Café passage (3 sentences) is located in quận 3: location 'Quận 3' for its figures. 9 người is part of 12 (trong đó).",
    "'cuối tuần tăng lên hơn 350 lượt' states the new level, not a change of 200. 'mỗi ngày ... khoảng 200 lượt khách' is a rate.",
    "'gấp 1,6 lần cùng kỳ năm ngoái' is the change of 1.240 lượt. 'quý II' takes 2023 from '8 tháng năm 2023' (scored).",
    "'một nhân viên' (number word, 1). 'Theo ước tính' → estimate; 'Dự kiến ... sẽ' → forecast for both clauses; 'cuối năm nay' gives no period.",
]

if __name__ == "__main__":
    write("p1227-6", TEXT, NOTES, FIGS, published="2023-09-23", location="TP Hồ Chí Minh")

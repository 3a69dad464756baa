"""p1345-8: radio/TV site (Đài PT-TH Đồng Tháp, (THDT)): cervical screening in huyện Tháp Mười, school HPV vaccination."""
from lib import F, opt_age, period, inherit, change, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Thời sự | Xã hội | Sức khỏe | Video | Podcast

Tháp Mười: Hơn 1.500 phụ nữ được tầm soát ung thư cổ tử cung
Cập nhật lúc 17:45, Thứ Ba, 19/11/2024

(THDT) - Từ tháng 6 đến tháng 10/2024, Trung tâm Y tế huyện Tháp Mười đã tổ chức tầm soát ung thư cổ tử cung cho 1.536 phụ nữ tại 13 xã, thị trấn, vượt 28% kế hoạch.

Qua xét nghiệm, có 47 trường hợp dương tính với HPV nguy cơ cao, chiếm 3,1%; gần ba chục trường hợp có tổn thương được điều trị bằng phương pháp áp lạnh ngay tại tuyến huyện, số còn lại được chuyển lên Bệnh viện Đa khoa Đồng Tháp.

Bà Lê Thị Thu Sương, ngụ xã Trường Xuân, chia sẻ: "Nhà tôi cách trạm y tế chừng 5 cây số, nghe loa xã thông báo là tôi đi khám liền, không tốn đồng nào".

Cũng trong năm nay, huyện phối hợp với Tổ chức Vì sức khỏe phụ nữ Mê Kông tiêm vắc xin HPV cho 2.140 nữ sinh từ lớp 5 đến lớp 9, đạt 89% số em trong diện.

Bác sĩ Phan Văn Lợi, Giám đốc Trung tâm Y tế huyện, cho biết tỷ lệ phụ nữ 30-49 tuổi của huyện được sàng lọc hiện mới đạt 36%. Năm 2025, huyện phấn đấu tầm soát cho từ 1.800 đến 2.000 phụ nữ; dự kiến trang bị thêm 13 bộ dụng cụ áp lạnh cho trạm y tế các xã, tổng kinh phí khoảng 650 triệu đồng.

Video: Bản tin Thời sự 19 giờ ngày 19/11/2024

© Đài Phát thanh và Truyền hình Đồng Tháp
Giấy phép số 128/GP-BTTTT. Địa chỉ: Số 6 đường 30/4, Phường 1, TP Cao Lãnh
"""

JUN_OCT = period("Từ tháng 6 đến tháng 10/2024", "2024-06-01", "2024-10-31")
THIS_YEAR = period("năm nay", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 1.500", "1.500", 1500, "count", "phụ nữ", approx="over",
      subject="phụ nữ được tầm soát ung thư cổ tử cung"),
    F("cho 1.536 phụ nữ", "1.536", 1536, "count", "phụ nữ",
      change=change("increase", 28, "%", "kế hoạch"),
      subject="phụ nữ được tầm soát ung thư cổ tử cung", per=JUN_OCT),
    F("tại 13 xã", "13", 13, "count", "xã, thị trấn", subject="xã, thị trấn tổ chức tầm soát", per=JUN_OCT),
    F("có 47 trường hợp", "47", 47, "count", "trường hợp", percent=3.1,
      subject="trường hợp dương tính với HPV nguy cơ cao", per=inherit(JUN_OCT)),
    F("gần ba chục", "ba chục", 30, "count", "trường hợp", approx="nearly",
      subject="trường hợp có tổn thương được điều trị bằng phương pháp áp lạnh", per=inherit(JUN_OCT)),
    F("chừng 5 cây số", "5", 5, "measure", "cây số", approx="about",
      subject="nhà cách trạm y tế"),
    F("cho 2.140 nữ sinh", "2.140", 2140, "count", "nữ sinh", percent=89,
      subject="nữ sinh được tiêm vắc xin HPV", per=THIS_YEAR),
    opt_age("phụ nữ 30-49 tuổi", "30", 30, 49),
    F("đạt 36%", "36", 36, "percent", "%",
      subject="tỷ lệ phụ nữ 30-49 tuổi của huyện được sàng lọc"),
    F("từ 1.800 đến 2.000", "1.800", 1800, "count", "phụ nữ", value_max=2000, status="target",
      subject="phụ nữ được tầm soát", per=Y25),
    F("thêm 13 bộ", "13", 13, "count", "bộ", status="forecast",
      subject="bộ dụng cụ áp lạnh trang bị thêm cho trạm y tế", per=Y25),
    F("khoảng 650 triệu", "650", 650e6, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí trang bị dụng cụ áp lạnh", per=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Tháp): menu, headline figure, 'Cập nhật lúc 17:45, Thứ Ba, 19/11/2024', tag '(THDT) -', video link, licence footer.",
    "Distractors: 17:45, 'lớp 5 đến lớp 9' (grades), '19 giờ', Giấy phép số 128/GP-BTTTT, 'Số 6 đường 30/4, Phường 1' (address), 'không tốn đồng nào' (no number).",
    "'vượt 28% kế hoạch' → change increase 28 with baseline 'kế hoạch' (FIGURES.md: a gap to a plan). 'gần ba chục' = 30, nearly.",
    "'chừng 5 cây số' in a quote is a measure (about). 'Cũng trong năm nay' → 2024 (published). '30-49 tuổi' optional; 'hiện' gives no period.",
    "'Năm 2025, huyện phấn đấu' → target (range 1.800-2.000); the 'dự kiến' clause → forecast for 13 bộ and 650 triệu; all in Năm 2025.",
    "Location: Tháp Mười throughout (the district's centre; the provincial hospital is only a referral destination).",
]

if __name__ == "__main__":
    write("p1345-8", TEXT, NOTES, FIGS, published="2024-11-19", location="Tháp Mười")

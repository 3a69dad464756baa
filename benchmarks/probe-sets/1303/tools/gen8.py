"""p1303-8: radio/TV site (Đài PT-TH Hải Phòng, THP): obese children at a nutrition clinic, school kitchen inspections, Q1/2025."""
from lib import F, P, I, C, T, write

TEXT = """THP - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Hải Phòng: Trẻ đến khám vì béo phì tăng 18%

Thứ Ba, 08/04/2025 - 19:35

(THP) - Từ đầu năm đến nay, Phòng khám Dinh dưỡng của Bệnh viện Trẻ em Hải Phòng đã tiếp nhận 1.420 lượt trẻ đến khám vì thừa cân, béo phì, tăng 18% so với cùng kỳ năm 2024; trong đó gần 60% là học sinh tiểu học.

Theo bác sĩ Phạm Thu Trang, Trưởng khoa Dinh dưỡng, nhiều trẻ mới 8-9 tuổi đã nặng trên 50 kg, có em lớp 4 nặng 72 kg. Khoảng 25% trẻ béo phì đến khám đã có dấu hiệu gan nhiễm mỡ. Mỗi đợt điều trị kéo dài 3 tháng, chi phí khoảng 1,5 triệu đồng/trẻ.

Quý I/2025, Sở Y tế phối hợp Sở GD&ĐT kiểm tra 214 bếp ăn tập thể tại các trường mầm non, tiểu học, phát hiện 17 cơ sở vi phạm, chiếm 7,9%, xử phạt 186 triệu đồng. Sau kiểm tra, gần ba chục trường đã điều chỉnh thực đơn, giảm đồ chiên rán và nước ngọt.

Theo số liệu khám sức khỏe đầu năm học, tỷ lệ thừa cân, béo phì của học sinh Hải Phòng là 24,6%, đứng thứ 3 cả nước sau TP Hồ Chí Minh và Hà Nội. Năm 2025, thành phố phấn đấu đưa tỷ lệ này xuống dưới 23%, 100% trường có bán trú được kiểm tra ít nhất một lần; dự kiến tổ chức 15 lớp tập huấn cho khoảng 1.200 cán bộ y tế trường học.

Tin liên quan:
- Bản tin Thời sự 19h45 ngày 07/4/2025
- Hải Phòng triển khai Tháng hành động vì an toàn thực phẩm năm 2025

Đài Phát thanh và Truyền hình Hải Phòng - Số 5 Nguyễn Tri Phương, quận Hồng Bàng
Đường dây nóng: 0225.3745.112
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-04-08")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TT = "tỷ lệ thừa cân, béo phì của học sinh"

FIGS = [
    F("béo phì tăng 18%", "18", 18, "percent", "%", subject="trẻ đến khám vì béo phì"),
    F("nhận 1.420 lượt", "1.420", 1420, "count", "lượt", change=C("increase", 18, "%", "cùng kỳ năm 2024"),
      subject="lượt trẻ đến khám vì thừa cân, béo phì", period=YTD),
    F("gần 60%", "60", 60, "percent", "%", approx="nearly",
      subject="học sinh tiểu học trong số trẻ đến khám vì thừa cân, béo phì", period=YTD),
    F("mới 8-9 tuổi", "8", 8, "measure", "tuổi", value_max=9, optional=True),
    F("trên 50 kg", "50", 50, "measure", "kg", approx="over", subject="cân nặng của nhiều trẻ 8-9 tuổi",
      optional=True),
    F("nặng 72 kg", "72", 72, "measure", "kg", subject="cân nặng của một em lớp 4"),
    F("Khoảng 25%", "25", 25, "percent", "%", approx="about",
      subject="trẻ béo phì đến khám có dấu hiệu gan nhiễm mỡ"),
    F("kéo dài 3 tháng", "3", 3, "measure", "tháng", subject="thời gian mỗi đợt điều trị"),
    F("khoảng 1,5 triệu", "1,5", 1.5e6, "money", "đồng/trẻ", approx="about", subject="chi phí mỗi đợt điều trị"),
    F("kiểm tra 214 bếp", "214", 214, "count", "bếp ăn",
      subject="bếp ăn tập thể tại các trường mầm non, tiểu học được kiểm tra", period=Q1),
    F("phát hiện 17 cơ sở", "17", 17, "count", "cơ sở", percent=7.9, subject="cơ sở vi phạm", period=Q1),
    F("phạt 186 triệu", "186", 186e6, "money", "đồng", subject="tiền xử phạt cơ sở vi phạm", period=Q1),
    F("gần ba chục", "ba", 30, "count", "trường", approx="nearly",
      subject="trường điều chỉnh thực đơn, giảm đồ chiên rán và nước ngọt", period=I(Q1)),
    F("là 24,6%", "24,6", 24.6, "percent", "%", subject=TT),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject=TT),
    F("dưới 23%", "23", 23, "percent", "%", approx="under", status="target", subject=TT, period=Y25),
    F("100% trường", "100", 100, "percent", "%", status="target", subject="trường có bán trú được kiểm tra",
      period=Y25),
    F("ít nhất một lần", "một", 1, "count", "lần", approx="at_least", status="target",
      subject="số lần kiểm tra trường có bán trú", period=Y25),
    F("chức 15 lớp", "15", 15, "count", "lớp", status="forecast", subject="lớp tập huấn cho cán bộ y tế trường học",
      period=Y25),
    F("khoảng 1.200 cán bộ", "1.200", 1200, "count", "cán bộ", approx="about", status="forecast",
      subject="cán bộ y tế trường học được tập huấn", period=Y25),
]

NOTES = [
    "Radio/TV site (THP, Đài PT-TH Hải Phòng): channel menu, headline figure, 'Thứ Ba, 08/04/2025 - 19:35', tag '(THP) -', links, footer.",
    "Distractors: 19:35, 'lớp 4', '19h45 ngày 07/4/2025', 'năm 2025' in a link, 'Số 5 Nguyễn Tri Phương', phone 0225.3745.112.",
    "Headline 'tăng 18%' is a growth rate as the claim (percent, no change, no period: the headline names none).",
    "'Từ đầu năm đến nay' → 2025-01-01..2025-04-08 (dateline). 'trong đó gần 60% là học sinh tiểu học' → a percent figure of its own.",
    "'8-9 tuổi' (age band) optional; 'nặng trên 50 kg' describes a group by a threshold: optional. 'Mỗi đợt ... 3 tháng' is a fact of",
    "the treatment (measure in tháng), not a period. '17 cơ sở vi phạm, chiếm 7,9%' → percent 7.9; no total cue against 214.",
    "'gần ba chục trường' = nearly 30 (ba × chục); its period 'Quý I/2025' stands in the previous sentence (inherited).",
    "24,6% and 'đứng thứ 3 cả nước': no period in the sentence ('đầu năm học' has no dates); location Hải Phòng (ranked province).",
    "'Năm 2025 ... phấn đấu' governs 23%, 100% and 'ít nhất một lần'; after ';' 'dự kiến' → forecast (15 lớp, 1.200 cán bộ).",
]

if __name__ == "__main__":
    write("p1303-8", TEXT, NOTES, FIGS, published="2025-04-08", location="Hải Phòng")

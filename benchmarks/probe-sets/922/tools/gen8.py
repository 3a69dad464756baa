"""p922-8: provincial newspaper online (Báo Bắc Giang), headline figure, '(BGĐT) -' tag; free YHCT check-ups, Hội Đông y."""
from lib import F, P, I, CH, TG, write

TEXT = """Báo Bắc Giang điện tử
Cập nhật lúc 16:45, Thứ sáu, 20/12/2024

Hơn 9.300 lượt người được khám, chữa bệnh bằng y học cổ truyền miễn phí

(BGĐT) - Năm 2024, Hội Đông y tỉnh phối hợp với Bệnh viện Y học cổ truyền tỉnh tổ chức 42 đợt khám, chữa bệnh miễn phí tại các xã vùng cao, vùng đồng bào dân tộc thiểu số, thu hút 9.346 lượt người tham gia, tăng 1.215 lượt so với năm 2023.

Qua khám, các thầy thuốc đã châm cứu, xoa bóp bấm huyệt cho 5.820 lượt người, cấp phát 12.600 thang thuốc nam và 2.450 hộp thuốc thành phẩm YHCT, tổng trị giá gần 480 triệu đồng. Các huyện có số người được khám đông nhất là Sơn Động (1.860 lượt), Lục Ngạn (1.525 lượt) và Yên Thế (1.340 lượt).

Hiện Hội Đông y tỉnh có 10 hội cơ sở cấp huyện với 1.125 hội viên, trong đó 312 hội viên là lương y được cấp chứng chỉ hành nghề. Toàn tỉnh có 97 phòng chẩn trị YHCT tư nhân, tăng 9 phòng so với cuối năm 2023.

Bệnh viện Y học cổ truyền tỉnh năm 2024 ước khám cho 68.500 lượt người, điều trị nội trú 6.210 lượt, đạt lần lượt 105,4% và 103,5% kế hoạch. Năm 2025, bệnh viện phấn đấu nâng quy mô từ 250 lên 300 giường bệnh, triển khai thêm 8 kỹ thuật mới về châm cứu và phục hồi chức năng.

Ông Nguyễn Văn Thành, Chủ tịch Hội Đông y tỉnh cho biết, trong 6 tháng đầu năm 2025, Hội dự kiến tiếp tục tổ chức khám miễn phí tại 12 xã đặc biệt khó khăn của huyện Sơn Động và Lục Nam.

Ngọc Ánh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Q2 = P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
LIST = "lượt người được khám, chữa bệnh miễn phí"

FIGS = [
    F("Hơn 9.300 lượt", "9.300", 9300, "count", "lượt người", approx="over",
      subject="lượt người được khám, chữa bệnh bằng y học cổ truyền miễn phí"),
    F("tổ chức 42 đợt", "42", 42, "count", "đợt", subject="đợt khám, chữa bệnh miễn phí", period=Y24),
    F("thu hút 9.346 lượt", "9.346", 9346, "count", "lượt người",
      change=CH("increase", 1215, "lượt", "năm 2023"),
      subject="lượt người tham gia khám, chữa bệnh miễn phí", period=Y24),
    F("cho 5.820 lượt người", "5.820", 5820, "count", "lượt người",
      subject="lượt người được châm cứu, xoa bóp bấm huyệt", period=I(Y24)),
    F("12.600 thang", "12.600", 12600, "count", "thang thuốc nam", subject="thang thuốc nam cấp phát",
      period=I(Y24)),
    F("2.450 hộp", "2.450", 2450, "count", "hộp thuốc thành phẩm YHCT",
      subject="hộp thuốc thành phẩm YHCT cấp phát", period=I(Y24)),
    F("gần 480 triệu đồng", "480", 480_000_000, "money", "đồng", approx="nearly",
      subject="tổng trị giá thuốc cấp phát", period=I(Y24)),
    F("Sơn Động (1.860 lượt)", "1.860", 1860, "count", "lượt", subject=LIST, location="Sơn Động",
      period=I(Y24)),
    F("Lục Ngạn (1.525 lượt)", "1.525", 1525, "count", "lượt", subject=LIST, location="Lục Ngạn",
      period=I(Y24)),
    F("Yên Thế (1.340 lượt)", "1.340", 1340, "count", "lượt", subject=LIST, location="Yên Thế",
      period=I(Y24)),
    F("có 10 hội cơ sở", "10", 10, "count", "hội cơ sở", subject="hội cơ sở cấp huyện của Hội Đông y tỉnh"),
    F("với 1.125 hội viên", "1.125", 1125, "count", "hội viên", subject="hội viên Hội Đông y tỉnh"),
    F("312 hội viên", "312", 312, "count", "hội viên", total=1125,
      subject="hội viên là lương y được cấp chứng chỉ hành nghề"),
    F("có 97 phòng", "97", 97, "count", "phòng chẩn trị YHCT tư nhân",
      change=CH("increase", 9, "phòng", "cuối năm 2023"), subject="phòng chẩn trị YHCT tư nhân"),
    F("cho 68.500 lượt người", "68.500", 68500, "count", "lượt người", status="estimate", percent=105.4,
      subject="lượt người khám tại Bệnh viện Y học cổ truyền tỉnh", period=Y24b),
    F("nội trú 6.210 lượt", "6.210", 6210, "count", "lượt", status="estimate", percent=103.5,
      subject="lượt điều trị nội trú tại Bệnh viện Y học cổ truyền tỉnh", period=Y24b),
    F("từ 250 lên", "250", 250, "count", "giường bệnh", subject="quy mô giường bệnh hiện tại của bệnh viện",
      optional=True),
    F("lên 300 giường", "300", 300, "count", "giường bệnh", status="target",
      subject="quy mô giường bệnh của bệnh viện", period=Y25),
    F("thêm 8 kỹ thuật", "8", 8, "count", "kỹ thuật mới", status="target",
      subject="kỹ thuật mới về châm cứu và phục hồi chức năng triển khai thêm", period=Y25),
    F("tại 12 xã", "12", 12, "count", "xã", status="forecast",
      subject="xã đặc biệt khó khăn được tổ chức khám miễn phí", period=Q2),
]

COMMENTS = [
    "Provincial newspaper online (Báo Bắc Giang, tag '(BGĐT) -'), dateline 'Cập nhật lúc 16:45, Thứ sáu, 20/12/2024'.",
    "Headline figure 'Hơn 9.300 lượt người' (no period in the headline). District list in brackets -> location per item.",
    "'đạt lần lượt 105,4% và 103,5% kế hoạch' distributes the shares over the two counts (percent attributes); 'ước'",
    "governs both clauses (estimate). 'từ 250 lên 300 giường': 300 is the target; 250 (the current size inside a target",
    "clause) is optional. 'dự kiến tiếp tục tổ chức ... tại 12 xã' is forecast, period '6 tháng đầu năm 2025'.",
    "Location of the 12 xã stays Bắc Giang (two districts named).",
    "Distractors: time 16:45, 'Thứ sáu', tag BGĐT.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, COMMENTS, published="2024-12-20", location="Bắc Giang")

"""p1150-1: Tuyên Quang province portal - fingerling release on the Tuyên Quang reservoir, closed zones, enforcement."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông nghiệp

Tuyên Quang: Thả hơn 1,2 triệu con cá giống tái tạo nguồn lợi thủy sản

Cập nhật: 12/06/2024 14:20 | Lượt xem: 2.418

(tuyenquang.gov.vn) - Sáng 11/6, tại bến thuyền thị trấn Na Hang, Sở Nông nghiệp và Phát triển nông thôn phối hợp với UBND huyện Na Hang tổ chức lễ thả cá giống tái tạo nguồn lợi thủy sản trên hồ thủy điện Tuyên Quang. Đây là năm thứ 5 liên tiếp sự kiện được tổ chức tại Na Hang.

Tại buổi lễ, các đơn vị đã thả 350.000 con cá giống, trong đó 120.000 con cá trắm cỏ, 95.000 con cá chép, còn lại là cá mè, cá trôi và 8.000 con cá lăng chấm. Cá giống có kích cỡ từ 6 đến 8 cm, được kiểm dịch trước khi thả. Tổng kinh phí 420 triệu đồng, trong đó ngân sách tỉnh 300 triệu đồng.

Từ đầu năm đến nay, toàn tỉnh đã thả 1,26 triệu con cá giống xuống các sông, hồ, đạt 84% kế hoạch năm; dự kiến đến hết tháng 9 sẽ thả thêm khoảng 240.000 con.

Theo Quyết định số 1283/QĐ-UBND, từ ngày 1/5 đến 31/7 hằng năm, tỉnh cấm khai thác thủy sản tại 12 khu vực trên hồ thủy điện Tuyên Quang và sông Gâm với tổng diện tích khoảng 1.850 ha. 5 tháng đầu năm 2024, lực lượng chức năng phát hiện, xử lý 27 vụ vi phạm, trong đó 19 vụ sử dụng kích điện; tịch thu 21 bộ kích điện, 640 m lưới các loại; phạt hành chính 96 triệu đồng, tăng 18% so với cùng kỳ năm 2023.

Toàn tỉnh hiện có khoảng 1.340 hộ sống bằng nghề đánh bắt thủy sản trên hồ. Trong thời gian cấm, các hộ khó khăn được hỗ trợ 15 kg gạo/khẩu/tháng; năm 2024 có 1.120 hộ (hơn 4.300 khẩu) thuộc diện hỗ trợ.

Năm 2024, tỉnh phấn đấu thả 1,5 triệu con cá giống, trong đó ít nhất 100.000 con cá đặc sản như cá lăng, cá chiên, cá anh vũ.
"""

DAY = P("Sáng 11/6", "2024-06-11", "2024-06-11", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-12")
SEPT = P("đến hết tháng 9", None, "2024-09-30")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
REL = "cá giống thả tại lễ thả cá trên hồ thủy điện Tuyên Quang"

FIGS = [
    F("Thả hơn 1,2 triệu con", "1,2", 1200000, "count", "con", approx="over",
      subject="cá giống thả tái tạo nguồn lợi thủy sản"),
    F("đã thả 350.000 con", "350.000", 350000, "count", "con", subject=REL, period=DAY, location="Na Hang"),
    F("120.000 con cá trắm cỏ", "120.000", 120000, "count", "con", total=350000,
      subject="cá trắm cỏ giống thả tại lễ", period=DAY, location="Na Hang"),
    F("95.000 con cá chép", "95.000", 95000, "count", "con", total=350000,
      subject="cá chép giống thả tại lễ", period=DAY, location="Na Hang"),
    F("8.000 con cá lăng chấm", "8.000", 8000, "count", "con", total=350000,
      subject="cá lăng chấm giống thả tại lễ", period=DAY, location="Na Hang"),
    F("từ 6 đến 8 cm", "6", 6, "measure", "cm", value_max=8,
      subject="kích cỡ cá giống", location="Na Hang"),
    F("Tổng kinh phí 420 triệu", "420", 420000000, "money", "đồng",
      subject="tổng kinh phí lễ thả cá giống", period=DAY, location="Na Hang"),
    F("ngân sách tỉnh 300 triệu", "300", 300000000, "money", "đồng", total=420000000,
      subject="kinh phí từ ngân sách tỉnh", period=DAY, location="Na Hang"),
    F("thả 1,26 triệu con", "1,26", 1260000, "count", "con", percent=84,
      subject="cá giống thả xuống các sông, hồ", period=YTD),
    F("khoảng 240.000 con", "240.000", 240000, "count", "con", approx="about", status="forecast",
      subject="cá giống thả thêm", period=SEPT),
    F("tại 12 khu vực", "12", 12, "count", "khu vực",
      subject="khu vực cấm khai thác thủy sản trên hồ thủy điện Tuyên Quang và sông Gâm"),
    F("khoảng 1.850 ha", "1.850", 1850, "measure", "ha", approx="about",
      subject="tổng diện tích khu vực cấm khai thác thủy sản"),
    F("xử lý 27 vụ", "27", 27, "count", "vụ", subject="vụ vi phạm được phát hiện, xử lý", period=M5),
    F("19 vụ sử dụng", "19", 19, "count", "vụ", total=27, subject="vụ vi phạm sử dụng kích điện", period=M5),
    F("tịch thu 21 bộ", "21", 21, "count", "bộ kích điện", subject="kích điện bị tịch thu", period=M5),
    F("640 m lưới", "640", 640, "measure", "m", subject="lưới các loại bị tịch thu", period=M5),
    F("phạt hành chính 96 triệu", "96", 96000000, "money", "đồng",
      change=C("increase", 18, "%", "cùng kỳ năm 2023"), subject="tiền phạt hành chính", period=M5),
    F("khoảng 1.340 hộ", "1.340", 1340, "count", "hộ", approx="about",
      subject="hộ sống bằng nghề đánh bắt thủy sản trên hồ"),
    F("hỗ trợ 15 kg", "15", 15, "measure", "kg gạo/khẩu/tháng",
      subject="mức hỗ trợ gạo cho hộ khó khăn trong thời gian cấm"),
    F("có 1.120 hộ", "1.120", 1120, "count", "hộ", subject="hộ thuộc diện hỗ trợ", period=Y24),
    F("hơn 4.300 khẩu", "4.300", 4300, "count", "khẩu", approx="over",
      subject="khẩu thuộc diện hỗ trợ", period=Y24),
    F("thả 1,5 triệu con", "1,5", 1500000, "count", "con", status="target",
      subject="cá giống thả", period=Y24b),
    F("ít nhất 100.000 con", "100.000", 100000, "count", "con", approx="at_least", status="target",
      total=1500000, subject="cá đặc sản giống thả", period=Y24b),
]

NOTES = [
    "Province portal (Tuyên Quang): fingerling release on the Tuyên Quang hydropower reservoir; closed zones; enforcement 5 months 2024; rice support.",
    "Distractors: view counter 2.418, time 14:20, 'Sáng 11/6', 'năm thứ 5 liên tiếp' (ordinal), Quyết định số 1283/QĐ-UBND, the closed window 1/5-31/7 (dates).",
    "Ceremony figures are placed in Na Hang (the ceremony's district); their period is the ceremony day, stated in the previous paragraph (inherited).",
    "The closed-zone sentence is a standing rule ('hằng năm'): no period. 'Từ đầu năm đến nay' ends at the published date.",
    "1.120 hộ is not stated as part of 1.340 hộ (no cue): no total. The bracket '(hơn 4.300 khẩu)' counts another thing: its own figure.",
]

if __name__ == "__main__":
    write("p1150-1", TEXT, NOTES, FIGS, published="2024-06-12", location="Tuyên Quang")

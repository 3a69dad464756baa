"""p1150-8: provincial newspaper online (Báo Yên Bái, YBĐT) - electric fishing on Thác Bà lake in the spawning ban."""
from lib import F, P, I, C, T, write

TEXT = """BÁO YÊN BÁI ĐIỆN TỬ
Kinh tế > Nông nghiệp

Hồ Thác Bà: Siết chặt xử lý khai thác thủy sản bằng kích điện mùa cá đẻ

Cập nhật lúc 16:05, 06/05/2024

(YBĐT) - Từ ngày 1/4 đến hết ngày 30/6, huyện Yên Bình và huyện Lục Yên cấm khai thác thủy sản tại 15 khu vực bãi đẻ trên hồ Thác Bà. Chỉ sau một tháng, lực lượng chức năng đã bắt giữ 12 trường hợp dùng kích điện, thu giữ 12 bộ kích điện và 5 thuyền máy.

Hồ Thác Bà có diện tích mặt nước khoảng 23.400 ha, là nơi sinh sống của hơn 60 loài cá. Toàn tỉnh hiện có trên 2.000 hộ dân ven hồ làm nghề đánh bắt, trong đó huyện Yên Bình khoảng 1.300 hộ.

Năm 2023, tỉnh thả 1,8 triệu con cá giống xuống hồ Thác Bà, trong đó có 150.000 con cá đặc sản (cá chiên, cá lăng, cá anh vũ); phát hiện, xử lý 64 vụ vi phạm, phạt tiền 215 triệu đồng, tiêu hủy 47 bộ kích điện. Nhờ vậy, sản lượng khai thác trên hồ năm 2023 ước đạt 1.450 tấn, tăng gần 8% so với năm 2022.

Tại xã Tân Hương (huyện Yên Bình), tổ cộng đồng bảo vệ nguồn lợi thủy sản có 25 thành viên, thay nhau tuần tra mỗi tuần hai buổi. Ông Hoàng Văn Dũng, tổ trưởng, cho biết mức phạt với người dùng kích điện lên tới 50 triệu đồng, người tái phạm có thể bị truy cứu trách nhiệm hình sự theo Điều 242 Bộ luật Hình sự.

Năm 2024, tỉnh dự kiến thả 2 triệu con cá giống, hỗ trợ mỗi hộ nghèo ven hồ 10 kg gạo/khẩu/tháng trong 3 tháng cấm khai thác.

Thanh Tâm
"""

BAN = P("Từ ngày 1/4 đến hết ngày 30/6", "2024-04-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tại 15 khu vực", "15", 15, "count", "khu vực", subject="khu vực bãi đẻ cấm khai thác thủy sản trên hồ Thác Bà",
      period=BAN),
    F("bắt giữ 12 trường hợp", "12", 12, "count", "trường hợp", subject="trường hợp dùng kích điện bị bắt giữ"),
    F("thu giữ 12 bộ", "12", 12, "count", "bộ kích điện", subject="kích điện bị thu giữ"),
    F("5 thuyền máy", "5", 5, "count", "thuyền máy", subject="thuyền máy bị thu giữ"),
    F("khoảng 23.400 ha", "23.400", 23400, "measure", "ha", approx="about",
      subject="diện tích mặt nước hồ Thác Bà"),
    F("hơn 60 loài", "60", 60, "count", "loài cá", approx="over", subject="loài cá sinh sống ở hồ Thác Bà"),
    F("trên 2.000 hộ", "2.000", 2000, "count", "hộ dân", approx="over", subject="hộ dân ven hồ làm nghề đánh bắt"),
    F("khoảng 1.300 hộ", "1.300", 1300, "count", "hộ", approx="about", total=2000,
      subject="hộ dân ven hồ làm nghề đánh bắt", location="Yên Bình"),
    F("thả 1,8 triệu", "1,8", 1800000, "count", "con", subject="cá giống thả xuống hồ Thác Bà", period=Y23),
    F("có 150.000 con", "150.000", 150000, "count", "con", total=1800000, subject="cá đặc sản giống thả",
      period=Y23),
    F("xử lý 64 vụ", "64", 64, "count", "vụ", subject="vụ vi phạm được phát hiện, xử lý", period=Y23),
    F("phạt tiền 215 triệu", "215", 215000000, "money", "đồng", subject="tiền phạt", period=Y23),
    F("tiêu hủy 47 bộ", "47", 47, "count", "bộ kích điện", subject="kích điện bị tiêu hủy", period=Y23),
    F("ước đạt 1.450 tấn", "1.450", 1450, "measure", "tấn", status="estimate",
      change=C("increase", 8, "%", "năm 2022", approx="nearly"), subject="sản lượng khai thác trên hồ",
      period=Y23s),
    F("có 25 thành viên", "25", 25, "count", "thành viên",
      subject="thành viên tổ cộng đồng bảo vệ nguồn lợi thủy sản xã Tân Hương", location="Yên Bình"),
    F("mỗi tuần hai buổi", "hai", 2, "measure", "buổi/tuần", subject="buổi tuần tra mỗi tuần", location="Yên Bình"),
    F("lên tới 50 triệu", "50", 50000000, "money", "đồng", approx="at_most",
      subject="mức phạt với người dùng kích điện"),
    F("thả 2 triệu", "2", 2000000, "count", "con", status="forecast", subject="cá giống thả", period=Y24),
    F("10 kg", "10", 10, "measure", "kg gạo/khẩu/tháng", status="forecast",
      subject="mức hỗ trợ gạo mỗi hộ nghèo ven hồ", period=Y24),
    F("trong 3 tháng", "3", 3, "measure", "tháng", optional=True, status="forecast", subject="thời gian hỗ trợ"),
]

NOTES = [
    "Provincial newspaper online (Báo Yên Bái): '(YBĐT) -' tag, 'Cập nhật lúc 16:05, 06/05/2024', byline at the end. Thác Bà lake, spawning-season ban.",
    "Default location Yên Bái (implied by the YBĐT tag and its districts); the two-district ban zone is provincial; Yên Bình figures (1.300 hộ, Tân Hương team) go to Yên Bình.",
    "The ban window has no year: it takes 2024 from the dateline. 'Chỉ sau một tháng' is a duration that only locates the figures (not a figure, not a datable period).",
    "Distractors: time 16:05, 'một tháng', 'Điều 242 Bộ luật Hình sự', the ban window dates.",
    "'mỗi tuần hai buổi' is a per-week rate with a number word. 'lên tới 50 triệu đồng' = up to: at_most. 'trong 3 tháng cấm khai thác' (support length) is optional.",
    "'dự kiến' governs the continuing clause: 10 kg gạo/khẩu/tháng is forecast.",
]

if __name__ == "__main__":
    write("p1150-8", TEXT, NOTES, FIGS, published="2024-05-06", location="Yên Bái")

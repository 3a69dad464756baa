"""p1135-2: district portal (huyện Quỳnh Lưu, Nghệ An): net-weaving village of xã Quỳnh Thuận, a household passage."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội

Làng nghề đan lưới Quỳnh Thuận giữ nghề, giữ việc cho chị em

Thứ Tư, 12/03/2025 - 08:35

Quỳnh Thuận là một trong hai xã có làng nghề đan lưới truyền thống của huyện. Hiện xã có 312 hộ làm nghề đan, vá lưới với hơn 650 lao động, trong đó 540 lao động nữ; nhiều hộ có ba thế hệ cùng ngồi đan.

Năm 2024, các hộ trong xã đan mới khoảng 1,2 triệu mét lưới các loại và vá sửa lưới cho hơn 400 tàu cá của ngư dân trong và ngoài huyện; tổng doanh thu đạt 18,6 tỷ đồng, tăng 11% so với năm 2023. Thu nhập của thợ đan từ 150.000 đến 200.000 đồng/ngày công, thợ vá lưới bậc cao 250.000-300.000 đồng/ngày công.

Gia đình chị Hồ Thị Lan ở xóm 7 chuyên nhận đan lưới vây cho các chủ tàu ở Lạch Quèn. Mỗi đơn hàng khoảng 1.500 sải lưới, giá công 12.000 đồng/sải; hai vợ chồng cùng một lao động thuê làm trong khoảng 20 ngày là xong. "Năm ngoái gia đình nhận 9 đơn hàng, trừ chi phí còn lãi gần 120 triệu đồng", chị Lan nói.

Theo UBND huyện, toàn huyện hiện có 4 tổ hợp tác và 1 hợp tác xã đan vá lưới với 238 thành viên. Năm 2025, huyện phấn đấu đưa số lao động làm nghề đan, vá lưới lên 2.000 người, mở thêm 3 lớp dạy nghề cho khoảng 90 lao động nữ, mỗi lớp học trong 2 tháng.

Tin: Nguyễn Hằng - Trung tâm VH-TT&TT huyện
Lượt xem: 356
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NGOAI = P("Năm ngoái", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("trong hai xã", "hai", 2, "count", "xã", subject="xã có làng nghề đan lưới truyền thống của huyện"),
    F("có 312 hộ", "312", 312, "count", "hộ", subject="hộ làm nghề đan, vá lưới"),
    F("hơn 650 lao động", "650", 650, "count", "lao động", approx="over",
      subject="lao động làm nghề đan, vá lưới"),
    F("540 lao động nữ", "540", 540, "count", "lao động nữ", total=650,
      subject="lao động nữ làm nghề đan, vá lưới"),
    F("có ba thế hệ", "ba", 3, "count", "thế hệ", optional=True, subject="thế hệ cùng ngồi đan"),
    F("khoảng 1,2 triệu mét", "1,2", 1200000, "measure", "mét", approx="about",
      subject="lưới các loại đan mới", period=Y24),
    F("hơn 400 tàu cá", "400", 400, "count", "tàu cá", approx="over",
      subject="tàu cá được vá sửa lưới", period=Y24),
    F("đạt 18,6 tỷ", "18,6", 18600000000, "money", "đồng", change=C("increase", 11, "%", "năm 2023"),
      subject="tổng doanh thu nghề đan, vá lưới", period=Y24),
    F("từ 150.000 đến 200.000", "150.000", 150000, "money", "đồng/ngày công", value_max=200000,
      subject="thu nhập của thợ đan", period=I(Y24)),
    F("250.000-300.000 đồng", "250.000", 250000, "money", "đồng/ngày công", value_max=300000,
      subject="thu nhập thợ vá lưới bậc cao", period=I(Y24)),
    F("khoảng 1.500 sải", "1.500", 1500, "measure", "sải", approx="about",
      subject="lưới mỗi đơn hàng"),
    F("giá công 12.000 đồng", "12.000", 12000, "money", "đồng/sải", subject="giá công đan lưới vây"),
    F("hai vợ chồng", "hai", 2, "count", "người", optional=True, subject="vợ chồng"),
    F("cùng một lao động", "một", 1, "count", "lao động thuê", subject="lao động thuê"),
    F("khoảng 20 ngày", "20", 20, "measure", "ngày", approx="about",
      subject="thời gian làm xong một đơn hàng"),
    F("nhận 9 đơn hàng", "9", 9, "count", "đơn hàng", subject="đơn hàng gia đình nhận", period=NGOAI),
    F("gần 120 triệu", "120", 120000000, "money", "đồng", approx="nearly",
      subject="lãi sau khi trừ chi phí", period=NGOAI),
    F("có 4 tổ hợp tác", "4", 4, "count", "tổ hợp tác", subject="tổ hợp tác đan vá lưới"),
    F("và 1 hợp tác xã", "1", 1, "count", "hợp tác xã", subject="hợp tác xã đan vá lưới"),
    F("với 238 thành viên", "238", 238, "count", "thành viên",
      subject="thành viên tổ hợp tác, hợp tác xã đan vá lưới"),
    F("lên 2.000 người", "2.000", 2000, "count", "người", status="target",
      subject="lao động làm nghề đan, vá lưới", period=Y25),
    F("thêm 3 lớp", "3", 3, "count", "lớp", status="target", subject="lớp dạy nghề mở thêm", period=Y25),
    F("khoảng 90 lao động", "90", 90, "count", "lao động nữ", approx="about", status="target",
      subject="lao động nữ học nghề", period=Y25),
    F("trong 2 tháng", "2", 2, "measure", "tháng", status="target", subject="thời gian học mỗi lớp", period=Y25),
]

NOTES = [
    "District portal (huyện Quỳnh Lưu, Nghệ An): 'Thứ Tư, 12/03/2025 - 08:35', byline and view counter at the end. Default location: the district.",
    "Xã Quỳnh Thuận is a commune of Quỳnh Lưu: its figures carry the district. 'hai xã' (number word) is a count of communes.",
    "Distractors: 'xóm 7', 'Lượt xem: 356', time 08:35, 'một trong hai' ('một' = 'one of', no figure), 'Trung tâm VH-TT&TT'.",
    "'ba thế hệ' and 'hai vợ chồng' are descriptive (optional); 'một lao động thuê' is a count (number word).",
    "'Năm ngoái' in a 2025 article = 2024 (stated in the quote's sentence, scored). 'khoảng 20 ngày' and 'trong 2 tháng' are durations of work/courses (measure), not periods.",
    "The 2025 list continues the 'phấn đấu' clause: every figure in it is a target, including the course length.",
]

if __name__ == "__main__":
    write("p1135-2", TEXT, NOTES, FIGS, published="2025-03-12", location="Quỳnh Lưu")

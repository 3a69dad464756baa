"""p1357-7: news agency (TTXVN / Vietnam+): students hospitalised after drinking bubble tea in TP Buôn Ma Thuột, Đắk Lắk."""
from lib import F, P, I, C, T, write

TEXT = """Vietnam+
Xã hội | Thứ Năm, 28/03/2024 - 17:52

Đắk Lắk: Gần ba chục học sinh nhập viện sau khi uống trà sữa

Buôn Ma Thuột (TTXVN) - Chiều 28/3, Sở Y tế tỉnh Đắk Lắk cho biết, tính đến 16 giờ cùng ngày, Bệnh viện Đa khoa vùng Tây Nguyên đã tiếp nhận 27 học sinh Trường THCS Lê Hồng Phong, TP Buôn Ma Thuột nhập viện với triệu chứng đau bụng, buồn nôn, tiêu chảy sau khi uống trà sữa mua trước cổng trường. Trong số này có 19 em nữ và 8 em nam, độ tuổi từ 12 đến 14. Có 3 em phải truyền dịch; hiện sức khỏe các em đã ổn định.

Đoàn kiểm tra liên ngành đã niêm phong quán trà sữa trên, lấy 6 mẫu trà sữa, trân châu, thạch và nước đá gửi Viện Vệ sinh dịch tễ Tây Nguyên xét nghiệm. Kết quả có 4/6 mẫu nhiễm vi khuẩn Staphylococcus aureus và Coliforms vượt giới hạn cho phép. Quán do bà H.T.M. (sinh năm 1991, trú tại số 112 đường Y Wang) làm chủ, hoạt động từ tháng 10/2023 nhưng chưa có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.

UBND tỉnh đã quyết định xử phạt vi phạm hành chính chủ quán 45 triệu đồng, đình chỉ hoạt động 3 tháng. Từ đầu năm đến nay, toàn tỉnh Đắk Lắk ghi nhận 2 vụ ngộ độc thực phẩm với 63 người mắc, tăng 1 vụ so với cùng kỳ năm 2023.

Ông Nguyễn Đình Khải, Phó Giám đốc Sở Y tế cho biết, TP Buôn Ma Thuột hiện có khoảng 340 quán trà sữa, trong đó gần 120 quán nằm quanh các trường học. Từ ngày 1/4 đến 30/4, Sở sẽ tổ chức đợt kiểm tra cao điểm trên toàn tỉnh, dự kiến kiểm tra không dưới 150 cơ sở kinh doanh đồ uống.

Tuấn Anh (TTXVN)
"""

ASOF = P("tính đến 16 giờ cùng ngày", None, "2024-03-28")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-28")
APR = P("Từ ngày 1/4 đến 30/4", "2024-04-01", "2024-04-30")
BMT = "Buôn Ma Thuột"

FIGS = [
    F("Gần ba chục", "ba", 30, "count", "học sinh", approx="nearly",
      subject="học sinh nhập viện sau khi uống trà sữa"),
    F("tiếp nhận 27 học sinh", "27", 27, "count", "học sinh", subject="học sinh nhập viện", period=ASOF,
      location=BMT),
    F("có 19 em", "19", 19, "count", "em", total=27, subject="học sinh nữ nhập viện", period=I(ASOF), location=BMT),
    F("và 8 em", "8", 8, "count", "em", total=27, subject="học sinh nam nhập viện", period=I(ASOF), location=BMT),
    F("từ 12 đến 14", "12", 12, "measure", "tuổi", value_max=14, subject="độ tuổi học sinh nhập viện",
      location=BMT),
    F("Có 3 em", "3", 3, "count", "em", subject="học sinh phải truyền dịch", location=BMT),
    F("lấy 6 mẫu", "6", 6, "count", "mẫu", subject="mẫu trà sữa, trân châu, thạch và nước đá gửi xét nghiệm",
      location=BMT),
    F("4/6 mẫu", "4", 4, "count", "mẫu", total=6, subject="mẫu nhiễm vi khuẩn vượt giới hạn cho phép",
      location=BMT),
    F("quán 45 triệu", "45", 45e6, "money", "đồng", subject="tiền xử phạt vi phạm hành chính chủ quán",
      location=BMT),
    F("động 3 tháng", "3", 3, "measure", "tháng", subject="thời gian đình chỉ hoạt động", location=BMT,
      optional=True),
    F("ghi nhận 2 vụ", "2", 2, "count", "vụ", change=C("increase", 1, "vụ", "cùng kỳ năm 2023"),
      subject="vụ ngộ độc thực phẩm", period=YTD),
    F("với 63 người", "63", 63, "count", "người", subject="người mắc ngộ độc thực phẩm", period=YTD),
    F("khoảng 340 quán", "340", 340, "count", "quán", approx="about", subject="quán trà sữa", location=BMT),
    F("gần 120 quán", "120", 120, "count", "quán", approx="nearly", total=340,
      subject="quán trà sữa nằm quanh các trường học", location=BMT),
    F("không dưới 150 cơ sở", "150", 150, "count", "cơ sở", approx="at_least", status="forecast",
      subject="cơ sở kinh doanh đồ uống được kiểm tra", period=APR),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): section, 'Thứ Năm, 28/03/2024 - 17:52', dateline 'Buôn Ma Thuột (TTXVN) -', byline at the end.",
    "Distractors: 17:52, 'Chiều 28/3', '16 giờ', 'sinh năm 1991', 'số 112 đường Y Wang', 'tháng 10/2023', 'cùng kỳ năm 2023', 'Trường THCS'.",
    "Headline 'Gần ba chục học sinh' → 30 (number word with 'chục'), nearly; the headline names Đắk Lắk.",
    "'tính đến 16 giờ cùng ngày' (the 28/3 of the dateline) is an as-of date: end 2024-03-28, no start.",
    "The incident passage (school, shop and fine in TP Buôn Ma Thuột) takes location Buôn Ma Thuột; 'toàn tỉnh Đắk Lắk' and",
    "the province-wide campaign ('trên toàn tỉnh') stay Đắk Lắk.",
    "'Trong số này có 19 em nữ và 8 em nam' → total 27 (a sentence break after the whole). 'Có 3 em phải truyền dịch' has no cue: no total.",
    "'4/6 mẫu' → total 6. 'đình chỉ hoạt động 3 tháng' (length of a sanction) may or may not be counted: optional.",
    "'2 vụ … với 63 người mắc, tăng 1 vụ so với cùng kỳ năm 2023' → the change (in vụ) belongs to 2 vụ, not to 63 người.",
    "'trong đó gần 120 quán' → total 340. 'dự kiến kiểm tra không dưới 150 cơ sở' → forecast, at_least, April 2024.",
]

if __name__ == "__main__":
    write("p1357-7", TEXT, NOTES, FIGS, published="2024-03-28", location="Đắk Lắk")

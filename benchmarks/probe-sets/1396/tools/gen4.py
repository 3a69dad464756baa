"""p1396-4: provincial Party newspaper (Báo Bắc Giang, tag BGĐT): playgrounds and summer clubs, July 2024."""
from lib import F, P, I, CH, TG, write

TEXT = """Báo Bắc Giang điện tử
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao

Sân chơi hè: Nơi gửi gắm niềm vui của thiếu nhi

Thứ Ba, 16/07/2024 | 07:30

(BGĐT) - Hè năm nay, nhiều địa phương trong tỉnh chú trọng đầu tư sân chơi, mở câu lạc bộ năng khiếu, giúp đội viên, thiếu nhi có kỳ nghỉ bổ ích, an toàn.

Tại huyện Lạng Giang, Huyện đoàn phối hợp với các xã, thị trấn mở 21 câu lạc bộ hè gồm bóng đá, cờ vua, múa, vẽ và tiếng Anh, thu hút gần 1.100 học viên. Các câu lạc bộ sinh hoạt 3 buổi/tuần, học phí từ 100.000 đến 150.000 đồng/tháng; con em hộ nghèo, hộ cận nghèo được miễn phí.

Anh Nguyễn Đức Hải, Bí thư Huyện đoàn Lạng Giang cho biết, năm nay huyện đưa vào sử dụng thêm 12 sân chơi tại các khu dân cư, nâng tổng số lên 146 sân chơi, đứng thứ hai toàn tỉnh. Mỗi sân có kinh phí từ 30 đến 50 triệu đồng, chủ yếu do Nhân dân đóng góp.

Tại thôn Đồng 2, xã Tân Dĩnh (Lạng Giang), sân chơi rộng khoảng 800 m2 do Công ty TNHH May Hà Bắc tài trợ mỗi tối đón 70-80 lượt trẻ em.

Theo Tỉnh đoàn, toàn tỉnh hiện có 2.176 điểm vui chơi cho thiếu nhi, trong đó hơn 1.600 điểm có thiết bị thể thao, đồ chơi ngoài trời, chiếm 73,5%. Gần ba chục bể bơi của trường học và doanh nghiệp được mở cửa miễn phí vào chiều thứ Bảy, Chủ nhật.

Trong tháng 7 và tháng 8, Tỉnh đoàn phấn đấu tổ chức 150 lớp kỹ năng sống cho khoảng 6.000 đội viên, thiếu nhi; mỗi huyện, thành phố có ít nhất 2 đội bóng tham gia Giải bóng đá thiếu niên, nhi đồng tỉnh lần thứ 12.

HÀ LINH

Tin cùng chuyên mục:
- Yên Dũng: Khai mạc trại hè "Tiến bước lên Đoàn" năm 2024
"""

Y24 = P("năm nay", "2024-01-01", "2024-12-31")
JA = P("Trong tháng 7 và tháng 8", "2024-07-01", "2024-08-31")
LG = "Lạng Giang"

FIGS = [
    F("mở 21 câu lạc bộ", "21", 21, "count", "câu lạc bộ hè", subject="câu lạc bộ hè Huyện đoàn mở", location=LG),
    F("gần 1.100 học viên", "1.100", 1100, "count", "học viên", approx="nearly",
      subject="học viên câu lạc bộ hè", location=LG),
    F("3 buổi/tuần", "3", 3, "measure", "buổi/tuần", subject="lịch sinh hoạt các câu lạc bộ", location=LG),
    F("từ 100.000 đến 150.000", "100.000", 100000, "money", "đồng/tháng", value_max=150000,
      subject="học phí câu lạc bộ", location=LG),
    F("thêm 12 sân chơi", "12", 12, "count", "sân chơi", subject="sân chơi huyện đưa vào sử dụng thêm",
      period=Y24, location=LG),
    F("lên 146 sân chơi", "146", 146, "count", "sân chơi", subject="tổng số sân chơi", period=Y24, location=LG),
    F("thứ hai toàn tỉnh", "hai", 2, "rank", "hạng", subject="tổng số sân chơi", period=Y24, location=LG),
    F("từ 30 đến 50 triệu", "30", 30e6, "money", "đồng/sân", value_max=50e6,
      subject="kinh phí mỗi sân chơi", location=LG),
    F("khoảng 800 m2", "800", 800, "measure", "m2", approx="about",
      subject="diện tích sân chơi thôn Đồng 2, xã Tân Dĩnh", location=LG),
    F("đón 70-80 lượt", "70", 70, "measure", "lượt trẻ em/tối", value_max=80,
      subject="lượt trẻ em sân chơi đón mỗi tối", location=LG),
    F("có 2.176 điểm", "2.176", 2176, "count", "điểm vui chơi", subject="điểm vui chơi cho thiếu nhi"),
    F("hơn 1.600 điểm", "1.600", 1600, "count", "điểm", approx="over", total=2176, percent=73.5,
      subject="điểm vui chơi có thiết bị thể thao, đồ chơi ngoài trời"),
    F("Gần ba chục bể", "ba chục", 30, "count", "bể bơi", approx="nearly",
      subject="bể bơi của trường học và doanh nghiệp mở cửa miễn phí"),
    F("tổ chức 150 lớp", "150", 150, "count", "lớp kỹ năng sống", status="target",
      subject="lớp kỹ năng sống Tỉnh đoàn tổ chức", period=JA),
    F("khoảng 6.000 đội viên", "6.000", 6000, "count", "đội viên, thiếu nhi", approx="about", status="target",
      subject="đội viên, thiếu nhi học lớp kỹ năng sống", period=JA),
    F("ít nhất 2 đội bóng", "2", 2, "count", "đội bóng", approx="at_least", status="target",
      subject="đội bóng mỗi huyện, thành phố tham gia Giải bóng đá thiếu niên, nhi đồng tỉnh", period=JA),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): menu, 'Thứ Ba, 16/07/2024 | 07:30', sapo with tag '(BGĐT) -', byline, related link.",
    "Distractors: 07:30, 'thôn Đồng 2', 'lần thứ 12', 'năm 2024' in a link, 'thứ Bảy' (weekday).",
    "Lạng Giang passage (incl. xã Tân Dĩnh (Lạng Giang)) → location Lạng Giang; 'Theo Tỉnh đoàn, toàn tỉnh' → Bắc Giang.",
    "'năm nay' = 2024 (dateline year); it governs both 12 and 146 and the rank 'đứng thứ hai toàn tỉnh'.",
    "'hơn 1.600 điểm' after 'trong đó' → total 2.176 and percent 73,5 ('chiếm 73,5%').",
    "'Gần ba chục' = nearly 30 (number word). 'mỗi tối đón 70-80 lượt' is a per-evening rate → measure, 'lượt trẻ em/tối'.",
    "'Trong tháng 7 và tháng 8 ... phấn đấu' → target for the ';' chain, period July-August 2024.",
]

if __name__ == "__main__":
    write("p1396-4", TEXT, NOTES, FIGS, published="2024-07-16", location="Bắc Giang")

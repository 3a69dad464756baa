"""p1003-6: national newspaper (VnExpress-like dateline), student loan ceiling vs living costs; national and Hà Nội figures."""
from lib import F, P, I, C, write

TEXT = """Thứ hai, 14/10/2024, 09:40 (GMT+7)

Sinh viên vay 4 triệu đồng mỗi tháng vẫn thiếu trước hụt sau

Mức vay ưu đãi 4 triệu đồng/tháng chỉ đủ trang trải khoảng 60-70% chi phí học tập, sinh hoạt của sinh viên ở các thành phố lớn.

Tại Hà Nội, Nguyễn Văn Tư, sinh viên năm thứ ba ngành Kỹ thuật cơ khí, cho biết học phí mỗi năm của em là 32 triệu đồng, trong khi tiền thuê phòng trọ, ăn uống hết khoảng 4,5 triệu đồng mỗi tháng. "Em được vay đủ 4 triệu đồng mỗi tháng nhưng vẫn phải đi làm thêm 3-4 buổi mỗi tuần", Tư nói.

Theo Ngân hàng Chính sách xã hội, 9 tháng đầu năm 2024, cả nước có 118.600 lượt học sinh, sinh viên được vay vốn với doanh số cho vay 4.352 tỷ đồng, tăng 9,3% so với cùng kỳ. Bình quân mỗi lượt vay khoảng 36,7 triệu đồng. Tính đến ngày 30/9/2024, dư nợ chương trình đạt 15.012 tỷ đồng, tỷ lệ nợ quá hạn 0,28%.

Khảo sát của Hội Sinh viên Việt Nam với 2.150 sinh viên tại 12 trường đại học cho thấy 58% cho rằng mức vay hiện nay chưa đủ, gần 31% phải vay thêm từ người thân.

Ông Trần Văn Hai, Phó tổng giám đốc Ngân hàng Chính sách xã hội, cho biết ngân hàng đã trình phương án nâng mức cho vay; dự kiến mỗi sinh viên sẽ được vay tối đa 5 triệu đồng/tháng, tổng nhu cầu vốn tăng thêm khoảng 2.000 tỷ đồng mỗi năm.

Thanh Hằng
"""

NOTES = [
    "National newspaper, dateline 'Thứ hai, 14/10/2024, 09:40 (GMT+7)', byline at the end. National figures are Việt Nam; the student's",
    "figures (paragraph opened by 'Tại Hà Nội') are Hà Nội. Distractors: 'năm thứ ba' (ordinal), 'Nguyễn Văn Tư' (tư = four),",
    "'Trần Văn Hai' (hai = two), time 09:40, 'GMT+7'. '3-4 buổi mỗi tuần' is the example student's detail (optional).",
    "'60-70%' is a range (about). 'tăng 9,3% so với cùng kỳ' is the change of 4.352 tỷ (the figure it follows). 'Bình quân mỗi lượt vay",
    "khoảng 36,7 triệu đồng' is a per-unit amount (đồng/lượt), period inherited from the 9 months. 'dự kiến' governs the whole last",
    "clause chain (5 triệu and 2.000 tỷ: forecast). 'các thành phố lớn' names no place: the lead figure stays Việt Nam.",
]

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")

FIGS = [
    F("vay 4 triệu đồng mỗi tháng vẫn", "4", 4e6, "money", "đồng/tháng", "mức vay ưu đãi của sinh viên"),
    F("Mức vay ưu đãi 4 triệu", "4", 4e6, "money", "đồng/tháng", "mức vay ưu đãi"),
    F("khoảng 60-70%", "60", 60, "percent", "%", "chi phí học tập, sinh hoạt của sinh viên được trang trải",
      value_max=70, approx="about"),
    F("là 32 triệu đồng", "32", 32e6, "money", "đồng/năm", "học phí mỗi năm", location="Hà Nội"),
    F("khoảng 4,5 triệu đồng", "4,5", 4.5e6, "money", "đồng/tháng", "tiền thuê phòng trọ, ăn uống mỗi tháng",
      approx="about", location="Hà Nội"),
    F("vay đủ 4 triệu đồng", "4", 4e6, "money", "đồng/tháng", "tiền vay mỗi tháng", location="Hà Nội"),
    F("làm thêm 3-4 buổi", "3", 3, "count", "buổi/tuần", "buổi làm thêm mỗi tuần", value_max=4, location="Hà Nội",
      optional=True),
    F("có 118.600 lượt", "118.600", 118600, "count", "lượt học sinh, sinh viên", "lượt học sinh, sinh viên được vay vốn",
      M9),
    F("cho vay 4.352 tỷ đồng", "4.352", 4352e9, "money", "đồng", "doanh số cho vay", M9,
      change=C("increase", 9.3, "%", "cùng kỳ")),
    F("khoảng 36,7 triệu đồng", "36,7", 36.7e6, "money", "đồng/lượt", "bình quân mỗi lượt vay", I(M9), approx="about"),
    F("đạt 15.012 tỷ đồng", "15.012", 15012e9, "money", "đồng", "dư nợ chương trình", ASOF),
    F("nợ quá hạn 0,28%", "0,28", 0.28, "percent", "%", "tỷ lệ nợ quá hạn", ASOF),
    F("với 2.150 sinh viên", "2.150", 2150, "count", "sinh viên", "sinh viên được khảo sát"),
    F("tại 12 trường", "12", 12, "count", "trường đại học", "trường đại học được khảo sát"),
    F("58% cho rằng", "58", 58, "percent", "%", "sinh viên cho rằng mức vay hiện nay chưa đủ"),
    F("gần 31%", "31", 31, "percent", "%", "sinh viên phải vay thêm từ người thân", approx="nearly"),
    F("tối đa 5 triệu đồng/tháng", "5", 5e6, "money", "đồng/tháng", "mức vay mỗi sinh viên", approx="at_most",
      status="forecast"),
    F("khoảng 2.000 tỷ đồng", "2.000", 2000e9, "money", "đồng/năm", "nhu cầu vốn tăng thêm mỗi năm", approx="about",
      status="forecast"),
]

write("p1003-6", TEXT, NOTES, FIGS, published="2024-10-14", location="Việt Nam")

"""p851-5: Báo Thừa Thiên Huế (Party paper) feature on a special school for deaf children; byline + bare date at the end."""
from lib import F, P, I, CH, TG, write_set

TEXT = """BÁO THỪA THIÊN HUẾ - Xã hội

Nơi những đôi tay "cất tiếng"

Trường chuyên biệt Hướng Dương tỉnh Thừa Thiên Huế (số 12 kiệt 45 Nguyễn Sinh Cung) hiện là nơi học tập của 148 học sinh khiếm thính đến từ 9 huyện, thị xã, thành phố. Năm học này, trường có 16 lớp với 32 giáo viên, trong đó 7 giáo viên là người khiếm thính.

Cô Lê Thị Thu Hà, Hiệu trưởng nhà trường cho biết, mỗi lớp chỉ từ 8 đến 10 em để giáo viên có thể quan sát từng đôi tay, nét mặt của trò. Trẻ vào trường từ 5-6 tuổi, học 2 năm lớp chuẩn bị trước khi vào lớp 1 theo chương trình giáo dục chuyên biệt.

Điều các em thiếu nhất là người hiểu ngôn ngữ của mình. Trong 32 giáo viên của trường, chỉ 12 người có chứng chỉ phiên dịch ngôn ngữ ký hiệu. Từ năm 2020 đến nay, trường đã cử 18 lượt giáo viên đi bồi dưỡng tại Hà Nội và TP Hồ Chí Minh.

Không chỉ dạy chữ, trường còn dạy nghề. Năm 2023, 26 học sinh lớn được học may, thêu và tin học văn phòng. Từ khi thành lập năm 2006 đến nay, trường đã có 214 học sinh ra trường. Khoảng 65% trong số đó có việc làm ổn định, thu nhập từ 4 đến 6 triệu đồng/tháng.

Cũng trong năm nay, trường nhận 1,2 tỷ đồng từ Tổ chức Hỗ trợ người điếc Nhật Bản và đã xây xong 4 phòng học chức năng. Tại Hội thi giáo viên dạy giỏi trẻ khuyết tật toàn quốc lần thứ 5, cô Hoàng Thị Mai của trường đứng thứ 2 toàn quốc.

"Mong muốn lớn nhất của chúng tôi là xã hội biết thêm ngôn ngữ ký hiệu, để các em không còn cô đơn giữa đám đông", cô Hà chia sẻ.

BẢO NGỌC
03/12/2023
"""

SY = P("Năm học này", "2023-09-01", "2024-05-31")
SINCE20 = P("Từ năm 2020 đến nay", "2020-01-01", "2023-12-03")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SINCE06 = P("Từ khi thành lập năm 2006 đến nay", "2006-01-01", "2023-12-03")
YNAY = P("trong năm nay", "2023-01-01", "2023-12-31")

FIGS = [
    F("của 148 học sinh", "148", 148, "count", "học sinh", "học sinh khiếm thính của trường chuyên biệt Hướng Dương"),
    F("từ 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có học sinh theo học"),
    F("có 16 lớp", "16", 16, "count", "lớp", "lớp học của trường", SY),
    F("với 32 giáo viên", "32", 32, "count", "giáo viên", "giáo viên của trường", SY),
    F("7 giáo viên", "7", 7, "count", "giáo viên", "giáo viên là người khiếm thính", SY, total=32),
    F("từ 8 đến 10 em", "8", 8, "count", "em", "học sinh mỗi lớp", value_max=10),
    F("từ 5-6 tuổi", "5", 5, "measure", "tuổi", "tuổi vào trường", value_max=6, optional=True),
    F("học 2 năm", "2", 2, "measure", "năm", "thời gian học lớp chuẩn bị", optional=True),
    F("chỉ 12 người", "12", 12, "count", "người", "giáo viên có chứng chỉ phiên dịch ngôn ngữ ký hiệu", total=32),
    F("cử 18 lượt", "18", 18, "count", "lượt giáo viên", "lượt giáo viên được cử đi bồi dưỡng", SINCE20),
    F("26 học sinh", "26", 26, "count", "học sinh", "học sinh lớn được học nghề", Y23),
    F("có 214 học sinh", "214", 214, "count", "học sinh", "học sinh ra trường", SINCE06),
    F("Khoảng 65%", "65", 65, "percent", "%", "học sinh ra trường có việc làm ổn định", I(SINCE06), approx="about"),
    F("từ 4 đến 6 triệu", "4", 4_000_000, "money", "đồng/tháng", "thu nhập của học sinh ra trường có việc làm",
      I(SINCE06), value_max=6_000_000),
    F("nhận 1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng", "kinh phí tài trợ của Tổ chức Hỗ trợ người điếc Nhật Bản",
      YNAY),
    F("xong 4 phòng", "4", 4, "count", "phòng học chức năng", "phòng học chức năng xây xong", YNAY),
    F("đứng thứ 2 toàn quốc", "2", 2, "rank", "hạng", "Hội thi giáo viên dạy giỏi trẻ khuyết tật toàn quốc"),
]

NOTES = [
    "Báo Thừa Thiên Huế: feature on a special school for deaf children (invented 'Trường chuyên biệt Hướng Dương'); byline and bare date at the end.",
    "Distractors: 'số 12 kiệt 45 Nguyễn Sinh Cung', 'lớp 1' (a grade), 'năm 2006' (founding year inside a period), 'lần thứ 5' (ordinal),",
    "'Hà Nội và TP Hồ Chí Minh' (where teachers were trained: not the place of the figure), the date '03/12/2023'.",
    "'Năm học này' in an article of 3/12/2023 is 2023-2024 (2023-09-01..2024-05-31); 'Cũng trong năm nay' is 2023.",
    "'Trong 32 giáo viên của trường' restates the 32 already counted: it is the total of the 12, not a figure again (attribute only).",
    "'Khoảng 65% trong số đó' is a percent figure of its own (the employed share), not the percent of 214 (no đạt/chiếm/bằng).",
    "Age of entry '5-6 tuổi' and the 2-year preparatory programme describe the curriculum: optional.",
]

if __name__ == "__main__":
    write_set(5, TEXT, FIGS, NOTES, published="2023-12-03", location="Thừa Thiên Huế")

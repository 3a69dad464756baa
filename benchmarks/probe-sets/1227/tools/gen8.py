"""p1227-8: provincial newspaper online (Báo Quảng Nam, tag QNO): braille literacy classes, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Xã hội

Hơn 120 người khiếm thị được học chữ nổi trong 6 tháng đầu năm

Thứ Hai, 15/07/2024 | 16:45

(QNO) - 6 tháng đầu năm, Hội Người mù tỉnh mở 9 lớp xóa mù chữ nổi Braille cho 124 học viên, bằng 62% kế hoạch năm, tăng 22 học viên so với cùng kỳ. Trong đó, TP Tam Kỳ, thị xã Điện Bàn và huyện Thăng Bình lần lượt có 38, 31 và 27 học viên. Lớp học tại phường An Sơn, TP Tam Kỳ có 12 học viên, học ba buổi mỗi tuần, kéo dài 4 tháng; học viên lớn tuổi nhất đã 67 tuổi.

Tính đến ngày 30/6, toàn tỉnh có 2.874 người khiếm thị, trong đó 1.356 người là hội viên; khoảng 18% hội viên biết đọc, viết chữ nổi. Hội viên theo học được hỗ trợ 25.000 đồng/người/buổi và một bộ bảng, bút viết chữ nổi.

Từ tháng 4, Đài Phát thanh - Truyền hình Quảng Nam bổ sung phiên dịch ngôn ngữ ký hiệu cho chương trình thời sự 19 giờ, đến nay đã phát 78 chương trình. Tỉnh hiện có 3 phiên dịch viên ngôn ngữ ký hiệu, đều là giáo viên Trường Khuyết tật tỉnh.

Bà Trần Thị Lệ, Chủ tịch Hội Người mù tỉnh, cho biết khó khăn lớn nhất là nhiều hội viên lớn tuổi, ở xa, mỗi buổi học phải đi từ 10 đến 15 km. 6 tháng cuối năm, Hội dự kiến mở thêm 6 lớp cho khoảng 80 học viên tại các huyện miền núi; phấn đấu cả năm cấp phát ít nhất 600 cuốn sách chữ nổi.

THANH THẢO
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6", None, "2024-06-30")
SINCE = P("Từ tháng 4 ... đến nay", "2024-04-01", "2024-07-15")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Y = P("cả năm", "2024-01-01", "2024-12-31")
LIST = "học viên lớp xóa mù chữ nổi Braille"

FIGS = [
    F("Hơn 120 người", "120", 120, "count", "người khiếm thị", approx="over",
      subject="người khiếm thị được học chữ nổi", period=H1),
    F("mở 9 lớp", "9", 9, "count", "lớp", subject="lớp xóa mù chữ nổi Braille", period=H1),
    F("cho 124 học viên", "124", 124, "count", "học viên", percent=62,
      change=C("increase", 22, "học viên", "cùng kỳ"), subject=LIST, period=H1),
    F("có 38,", "38", 38, "count", "học viên", total=124, subject=LIST, period=I(H1), location="Tam Kỳ"),
    F("38, 31", "31", 31, "count", "học viên", total=124, subject=LIST, period=I(H1), location="Điện Bàn"),
    F("và 27 học viên", "27", 27, "count", "học viên", total=124, subject=LIST, period=I(H1), location="Thăng Bình"),
    F("có 12 học viên", "12", 12, "count", "học viên", subject="học viên lớp học chữ nổi tại phường An Sơn",
      location="Tam Kỳ"),
    F("học ba buổi", "ba", 3, "measure", "buổi/tuần", subject="buổi học mỗi tuần của lớp tại phường An Sơn",
      location="Tam Kỳ"),
    F("kéo dài 4 tháng", "4", 4, "measure", "tháng", subject="thời gian lớp học tại phường An Sơn", location="Tam Kỳ"),
    F("đã 67 tuổi", "67", 67, "measure", "tuổi", optional=True, subject="tuổi học viên lớn tuổi nhất", location="Tam Kỳ"),
    F("có 2.874 người", "2.874", 2874, "count", "người khiếm thị", subject="người khiếm thị toàn tỉnh", period=ASOF),
    F("1.356 người", "1.356", 1356, "count", "người", total=2874,
      subject="người khiếm thị là hội viên Hội Người mù", period=ASOF),
    F("khoảng 18%", "18", 18, "percent", "%", approx="about",
      subject="hội viên biết đọc, viết chữ nổi", period=ASOF),
    F("25.000 đồng/người/buổi", "25.000", 25000, "money", "đồng/người/buổi",
      subject="hỗ trợ hội viên theo học chữ nổi"),
    F("và một bộ", "một", 1, "count", "bộ", optional=True, subject="bảng, bút viết chữ nổi hỗ trợ mỗi hội viên"),
    F("phát 78 chương trình", "78", 78, "count", "chương trình",
      subject="chương trình thời sự có phiên dịch ngôn ngữ ký hiệu đã phát", period=SINCE),
    F("có 3 phiên dịch viên", "3", 3, "count", "phiên dịch viên", subject="phiên dịch viên ngôn ngữ ký hiệu"),
    F("từ 10 đến 15 km", "10", 10, "measure", "km", value_max=15,
      subject="quãng đường hội viên đi mỗi buổi học"),
    F("thêm 6 lớp", "6", 6, "count", "lớp", status="forecast", subject="lớp xóa mù chữ nổi mở thêm", period=H2),
    F("khoảng 80 học viên", "80", 80, "count", "học viên", approx="about", status="forecast",
      subject="học viên các lớp mở thêm tại các huyện miền núi", period=H2),
    F("ít nhất 600 cuốn", "600", 600, "count", "cuốn", approx="at_least", status="target",
      subject="sách chữ nổi cấp phát", period=Y),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Nam, tag '(QNO) -'): 'Thứ Hai, 15/07/2024 | 16:45' (published). Byline at the end.",
    "Distractors: time 16:45, 'chương trình thời sự 19 giờ' (a time of day), tag QNO, 'Tính đến ngày 30/6' (as-of, year from published).",
    "Year-less '6 tháng đầu năm', '6 tháng cuối năm', 'cả năm', 'Từ tháng 4 ... đến nay' take 2024 from the dateline.",
    "'Trong đó, TP Tam Kỳ, thị xã Điện Bàn và huyện Thăng Bình lần lượt có 38, 31 và 27 học viên': parts after 'Trong đó' (next",
    "sentence) → total 124 although they do not add up (the cue, not the sum); each item located at its district.",
    "'tăng 22 học viên so với cùng kỳ' is the change of 124. 1.356 part of 2.874; 'khoảng 18% hội viên' stands alone as a percent.",
    "An Sơn class (phường of TP Tam Kỳ): location Tam Kỳ, no total (no cue); 'ba buổi mỗi tuần' rate; course length '4 tháng' measure; age optional.",
    "'một bộ bảng, bút' optional. 'dự kiến' governs 6 lớp and 80 học viên (forecast), 'phấn đấu cả năm' → target.",
]

if __name__ == "__main__":
    write("p1227-8", TEXT, NOTES, FIGS, published="2024-07-15", location="Quảng Nam")

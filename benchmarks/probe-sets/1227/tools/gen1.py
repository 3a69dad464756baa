"""p1227-1: Nghệ An province portal, braille books for blind people, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nghệ An: Gần 3.500 cuốn sách chữ nổi đến với người khiếm thị

Cập nhật: 24/10/2024 10:12 | Lượt xem: 2.084

(nghean.gov.vn) - 9 tháng đầu năm 2024, Hội Người mù tỉnh Nghệ An phối hợp với Thư viện tỉnh và các nhà tài trợ đã in, cấp phát 3.460 cuốn sách chữ nổi Braille cho hội viên và học sinh khiếm thị, đạt 86,5% kế hoạch năm, tăng 18,2% so với cùng kỳ năm 2023. Trong đó, sách giáo khoa 1.920 cuốn, sách kỹ năng sống và pháp luật 870 cuốn, truyện, văn học 670 cuốn.

Hiện toàn tỉnh có khoảng 7.800 người khiếm thị, trong đó hơn 2.600 người là hội viên Hội Người mù, sinh hoạt tại 21 hội cơ sở cấp huyện. Số người đọc thông thạo chữ nổi mới chiếm khoảng 35%, chủ yếu là người dưới 40 tuổi.

Tại huyện Diễn Châu, lớp học chữ nổi do Hội Người mù huyện mở tại xã Diễn Thịnh duy trì từ tháng 3 đến nay với 14 học viên, mỗi tuần học hai buổi. Học viên lớn tuổi nhất năm nay 62 tuổi. Ngoài sách được cấp, mỗi học viên được hỗ trợ 200.000 đồng/tháng tiền đi lại từ nguồn vận động của huyện.

Thư viện tỉnh hiện lưu giữ 5.240 bản sách chữ nổi và hơn 1.100 đầu sách nói; trong 9 tháng đã phục vụ 9.350 lượt bạn đọc khiếm thị, trong đó phục vụ lưu động tại cơ sở 4.120 lượt.

Thực hiện Quyết định số 1190/QĐ-TTg của Thủ tướng Chính phủ, năm 2025 tỉnh phấn đấu cấp phát ít nhất 5.000 cuốn sách chữ nổi, nâng tỷ lệ người khiếm thị biết chữ nổi lên trên 40%. Kinh phí dự kiến khoảng 1,2 tỷ đồng. Hội Người mù tỉnh cũng sẽ tổ chức Hội thi đọc, viết chữ nổi lần thứ 4 vào quý IV.
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9S = P("trong 9 tháng", "2024-01-01", "2024-09-30")
SINCE = P("từ tháng 3 đến nay", "2024-03-01", "2024-10-24")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
DC = "Diễn Châu"

FIGS = [
    F("Gần 3.500 cuốn", "3.500", 3500, "count", "cuốn", approx="nearly",
      subject="sách chữ nổi đến với người khiếm thị"),
    F("cấp phát 3.460 cuốn", "3.460", 3460, "count", "cuốn", percent=86.5,
      change=C("increase", 18.2, "%", "cùng kỳ năm 2023"),
      subject="sách chữ nổi Braille in, cấp phát cho hội viên và học sinh khiếm thị", period=N9),
    F("sách giáo khoa 1.920 cuốn", "1.920", 1920, "count", "cuốn", total=3460,
      subject="sách giáo khoa chữ nổi in, cấp phát", period=I(N9)),
    F("pháp luật 870 cuốn", "870", 870, "count", "cuốn", total=3460,
      subject="sách kỹ năng sống và pháp luật chữ nổi in, cấp phát", period=I(N9)),
    F("văn học 670 cuốn", "670", 670, "count", "cuốn", total=3460,
      subject="truyện, văn học chữ nổi in, cấp phát", period=I(N9)),
    F("khoảng 7.800 người", "7.800", 7800, "count", "người khiếm thị", approx="about",
      subject="người khiếm thị toàn tỉnh"),
    F("hơn 2.600 người", "2.600", 2600, "count", "người", approx="over", total=7800,
      subject="người khiếm thị là hội viên Hội Người mù"),
    F("tại 21 hội", "21", 21, "count", "hội cơ sở", subject="hội cơ sở cấp huyện của Hội Người mù"),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="người khiếm thị đọc thông thạo chữ nổi"),
    F("dưới 40 tuổi", "40", 40, "measure", "tuổi", approx="under", optional=True,
      subject="độ tuổi người đọc thông thạo chữ nổi"),
    F("với 14 học viên", "14", 14, "count", "học viên",
      subject="học viên lớp học chữ nổi tại xã Diễn Thịnh", period=SINCE, location=DC),
    F("học hai buổi", "hai", 2, "measure", "buổi/tuần",
      subject="buổi học mỗi tuần của lớp học chữ nổi", location=DC),
    F("nay 62 tuổi", "62", 62, "measure", "tuổi", optional=True,
      subject="tuổi học viên lớn tuổi nhất", location=DC),
    F("200.000 đồng/tháng", "200.000", 200000, "money", "đồng/tháng",
      subject="hỗ trợ tiền đi lại cho mỗi học viên lớp chữ nổi", location=DC),
    F("giữ 5.240 bản", "5.240", 5240, "count", "bản",
      subject="sách chữ nổi Thư viện tỉnh lưu giữ"),
    F("hơn 1.100 đầu sách", "1.100", 1100, "count", "đầu sách", approx="over",
      subject="đầu sách nói Thư viện tỉnh lưu giữ"),
    F("phục vụ 9.350 lượt", "9.350", 9350, "count", "lượt",
      subject="lượt bạn đọc khiếm thị Thư viện tỉnh phục vụ", period=N9S),
    F("cơ sở 4.120 lượt", "4.120", 4120, "count", "lượt", total=9350,
      subject="lượt bạn đọc khiếm thị phục vụ lưu động tại cơ sở", period=N9S),
    F("ít nhất 5.000 cuốn", "5.000", 5000, "count", "cuốn", approx="at_least", status="target",
      subject="sách chữ nổi cấp phát", period=Y25),
    F("lên trên 40%", "40", 40, "percent", "%", approx="over", status="target",
      subject="tỷ lệ người khiếm thị biết chữ nổi", period=Y25),
    F("khoảng 1,2 tỷ", "1,2", 1200000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí cấp phát sách chữ nổi", period=I(Y25)),
]

NOTES = [
    "Province portal (Nghệ An): braille books, 9 months 2024. Breadcrumb, 'Cập nhật: 24/10/2024 10:12 | Lượt xem: 2.084' (published).",
    "Distractors: view counter 2.084, time 10:12, 'Quyết định số 1190/QĐ-TTg', 'lần thứ 4' (ordinal), 'quý IV' (a time, no figure).",
    "Parts 1.920 + 870 + 670 = 3.460 after 'Trong đó' (next sentence): total 3460. 2.600 hội viên part of 7.800 (trong đó).",
    "Diễn Châu class: 'từ tháng 3 đến nay' = 2024-03-01 .. published; the commune passage is located in huyện Diễn Châu (3 sentences).",
    "'mỗi tuần học hai buổi' is a rate (measure, buổi/tuần), a number word. Ages 'dưới 40 tuổi', '62 tuổi' are optional.",
    "'hiện' figures (7.800, 2.600, 21, 35%, library holdings) get no period. 'phấn đấu' governs 5.000 and 40%; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1227-1", TEXT, NOTES, FIGS, published="2024-10-24", location="Nghệ An")

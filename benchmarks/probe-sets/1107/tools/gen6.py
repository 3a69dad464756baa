"""p1107-6: national newspaper feature, teenage ca trù singers and clubs in Hà Nội."""
from lib import F, P, I, C, T, write

TEXT = """Văn hóa > Âm nhạc
Thứ bảy, 16/11/2024, 08:15 (GMT+7)
Những "đào nương" tuổi teen giữ hồn ca trù Hà Nội
Mỗi tối thứ bảy, ngôi đình cổ ở số 17 phố Hàng Buồm lại vang tiếng phách, tiếng đàn đáy của CLB ca trù Phố Cổ, nơi 5 trong số 12 đào nương chưa tròn 18 tuổi.
Nguyễn Thu Hà, 16 tuổi, học sinh lớp 11, theo học ca trù từ năm 9 tuổi và hiện thuộc hơn 20 thể cách. "Ban đầu em chỉ tập gõ phách, mất gần một năm mới được hát bài đầu tiên", Hà kể.
Theo Sở Văn hóa và Thể thao Hà Nội, thành phố hiện có 27 CLB, giáo phường ca trù, chiếm khoảng 30% số CLB ca trù cả nước.
Năm 2023, CLB ca trù Phố Cổ tổ chức 96 đêm diễn, phục vụ hơn 4.800 lượt khách, trong đó khoảng 70% là khách nước ngoài; doanh thu bán vé đạt khoảng 1,1 tỷ đồng. Giá vé hiện là 250.000 đồng/người.
CLB duy trì lớp ca trù miễn phí với 25 học viên từ 8 đến 17 tuổi. Theo NSND Trần Văn Bảy, để đào tạo một đào nương biểu diễn được cần từ 5 đến 7 năm.
Từ năm 2015 đến nay, Quỹ Bảo tồn ca trù Thăng Long đã vận động được gần 2 tỷ đồng, hỗ trợ 120 lượt học viên khó khăn mua đàn, phách và học phí.
Năm 2025, Sở Văn hóa và Thể thao Hà Nội dự kiến mở thêm 10 lớp truyền dạy ca trù tại các huyện ngoại thành với kinh phí khoảng 600 triệu đồng.
"Giữ được ca trù là giữ được cái hồn của Thăng Long - Hà Nội", ông Bảy nói.
Minh Anh
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("Từ năm 2015 đến nay", "2015-01-01", "2024-11-16")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("nơi 5 trong số", "5", 5, "count", "đào nương", "đào nương chưa tròn 18 tuổi của CLB ca trù Phố Cổ", total=12),
    F("chưa tròn 18 tuổi", "18", 18, "measure", "tuổi", "ngưỡng tuổi đào nương", approx="under", optional=True),
    F("Hà, 16 tuổi", "16", 16, "measure", "tuổi", "tuổi của Nguyễn Thu Hà", optional=True),
    F("từ năm 9 tuổi", "9", 9, "measure", "tuổi", "tuổi bắt đầu học ca trù", optional=True),
    F("hơn 20 thể cách", "20", 20, "count", "thể cách", "thể cách ca trù Nguyễn Thu Hà thuộc", approx="over"),
    F("gần một năm", "một", 1, "measure", "năm", "thời gian tập trước khi được hát bài đầu tiên", approx="nearly", optional=True),
    F("có 27 CLB", "27", 27, "count", "CLB", "CLB, giáo phường ca trù", percent=30),
    F("tổ chức 96 đêm diễn", "96", 96, "count", "đêm diễn", "đêm diễn của CLB ca trù Phố Cổ", Y23),
    F("hơn 4.800 lượt khách", "4.800", 4800, "count", "lượt khách", "lượt khách xem ca trù CLB Phố Cổ phục vụ", Y23, approx="over"),
    F("khoảng 70% là", "70", 70, "percent", "%", "khách nước ngoài trong lượt khách", Y23, approx="about"),
    F("khoảng 1,1 tỷ đồng", "1,1", 1_100_000_000, "money", "đồng", "doanh thu bán vé", Y23, approx="about"),
    F("là 250.000 đồng/người", "250.000", 250000, "money", "đồng/người", "giá vé xem ca trù"),
    F("với 25 học viên", "25", 25, "count", "học viên", "học viên lớp ca trù miễn phí"),
    F("từ 8 đến 17 tuổi", "8", 8, "measure", "tuổi", "độ tuổi học viên", value_max=17, optional=True),
    F("từ 5 đến 7 năm", "5", 5, "measure", "năm", "thời gian đào tạo một đào nương biểu diễn được", value_max=7),
    F("gần 2 tỷ đồng", "2", 2_000_000_000, "money", "đồng", "kinh phí Quỹ Bảo tồn ca trù Thăng Long vận động được", SINCE,
      approx="nearly"),
    F("hỗ trợ 120 lượt", "120", 120, "count", "lượt học viên", "lượt học viên khó khăn được Quỹ hỗ trợ", SINCE),
    F("thêm 10 lớp", "10", 10, "count", "lớp", "lớp truyền dạy ca trù mở thêm tại các huyện ngoại thành", Y25, status="forecast"),
    F("khoảng 600 triệu đồng", "600", 600_000_000, "money", "đồng", "kinh phí mở lớp truyền dạy ca trù", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "National newspaper feature 'Thứ bảy, 16/11/2024, 08:15 (GMT+7)': teenage ca trù singers, CLB ca trù Phố Cổ, Hà Nội; byline 'Minh Anh' at the end.",
    "Not figures: 'số 17 phố Hàng Buồm', 'lớp 11' (a school grade), 'NSND Trần Văn Bảy' (name), 'tối thứ bảy', 'Thăng Long - Hà Nội'.",
    "'5 trong số 12 đào nương': total 12. '27 CLB ..., chiếm khoảng 30% số CLB ca trù cả nước': percent 30 (location Hà Nội).",
    "'trong đó khoảng 70% là khách nước ngoài' is a share of a part (a percent figure of its own, not the percent of 4.800).",
    "Optional: the profile of one singer (16 tuổi, from 9 tuổi, 'gần một năm' in a quote), the age threshold 'chưa tròn 18 tuổi', the learners' age range.",
    "'cần từ 5 đến 7 năm' (training time) is a measure range, required.",
]

write("p1107-6", TEXT, NOTES, FIGS, published="2024-11-16", location="Hà Nội")

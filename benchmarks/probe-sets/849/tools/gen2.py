"""p849-2: district portal, huyện Cẩm Giàng (Hải Dương), xã Cẩm Vũ village courts and clubs (22/11/2023)."""
from lib import F, P, I, C, T, main

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Xã Cẩm Vũ: Sân chơi thể thao ở thôn ngày càng sôi động

Thứ Tư, 22/11/2023 - 15:10

Những năm gần đây, phong trào thể dục thể thao quần chúng ở xã Cẩm Vũ phát triển mạnh. Đến nay, 9/9 thôn của xã đã có nhà văn hóa kèm sân thể thao; toàn xã có 14 sân cầu lông và 3 sân pickleball, phục vụ trên 1.200 lượt người tập mỗi tuần.

Xã hiện có 6 câu lạc bộ cầu lông với 185 hội viên, 1 câu lạc bộ pickleball với 42 hội viên. Tỷ lệ người dân tập luyện thể dục thể thao thường xuyên đạt 41,5%, số hộ gia đình thể thao chiếm 28,6% tổng số hộ.

Năm 2023, tổng kinh phí xây dựng, cải tạo sân tập tại các thôn là 1,2 tỷ đồng, trong đó nhân dân đóng góp 750 triệu đồng, ngân sách xã hỗ trợ 450 triệu đồng. Sân pickleball ở thôn Hoàng Xá có diện tích khoảng 400 m2, được xây dựng trong 25 ngày.

Từ đầu năm đến nay, xã đã tổ chức 4 giải thi đấu cấp xã; Giải cầu lông các thôn lần thứ 5 thu hút 126 vận động viên. Đội cầu lông của xã xếp thứ 2 toàn đoàn tại Đại hội Thể dục thể thao huyện Cẩm Giàng lần thứ IX.

Toàn huyện Cẩm Giàng hiện có 112 sân cầu lông và 21 sân pickleball. Năm 2024, xã Cẩm Vũ phấn đấu xây dựng thêm 2 sân pickleball và nâng tỷ lệ người tập luyện thường xuyên lên 43%.

Nguồn: UBND xã Cẩm Vũ
Địa chỉ: thị trấn Lai Cách, huyện Cẩm Giàng, tỉnh Hải Dương - Điện thoại: 0220.3786.218
"""

NOTES = [
    "District portal (huyện Cẩm Giàng, Hải Dương): xã Cẩm Vũ's village courts, clubs, funding, tournaments; figures located in the district.",
    "Distractors: 'Thứ Tư, 22/11/2023 - 15:10', 'lần thứ 5', 'lần thứ IX', phone '0220.3786.218'.",
    "'Đến nay' and 'Từ đầu năm đến nay' end at the dateline. The Hoàng Xá court's area and build time describe one example: optional.",
    "'1 câu lạc bộ pickleball' is a count (value 1). 750 and 450 triệu are parts after 'trong đó' of the 1,2 tỷ.",
]

NOW = P("Đến nay", None, "2023-11-22")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-22")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("9/9 thôn", "9", 9, "count", "thôn", "thôn có nhà văn hóa kèm sân thể thao", NOW, total=9),
    F("có 14 sân cầu lông", "14", 14, "count", "sân", "sân cầu lông", NOW),
    F("và 3 sân pickleball", "3", 3, "count", "sân", "sân pickleball", NOW),
    F("trên 1.200 lượt người", "1.200", 1200, "count", "lượt người/tuần", "lượt người tập mỗi tuần", NOW,
      approx="over"),
    F("có 6 câu lạc bộ cầu lông", "6", 6, "count", "câu lạc bộ", "câu lạc bộ cầu lông"),
    F("với 185 hội viên", "185", 185, "count", "hội viên", "hội viên câu lạc bộ cầu lông"),
    F("1 câu lạc bộ pickleball", "1", 1, "count", "câu lạc bộ", "câu lạc bộ pickleball"),
    F("với 42 hội viên", "42", 42, "count", "hội viên", "hội viên câu lạc bộ pickleball"),
    F("đạt 41,5%", "41,5", 41.5, "percent", "%", "tỷ lệ người dân tập luyện thể dục thể thao thường xuyên"),
    F("chiếm 28,6%", "28,6", 28.6, "percent", "%", "hộ gia đình thể thao trong tổng số hộ"),
    F("là 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí xây dựng, cải tạo sân tập tại các thôn", Y23),
    F("góp 750 triệu đồng", "750", 750e6, "money", "đồng", "kinh phí nhân dân đóng góp", Y23, total=1.2e9),
    F("hỗ trợ 450 triệu đồng", "450", 450e6, "money", "đồng", "kinh phí ngân sách xã hỗ trợ", Y23, total=1.2e9),
    F("khoảng 400 m2", "400", 400, "measure", "m2", "diện tích sân pickleball ở thôn Hoàng Xá", approx="about",
      optional=True),
    F("trong 25 ngày", "25", 25, "measure", "ngày", "thời gian xây dựng sân pickleball ở thôn Hoàng Xá",
      optional=True),
    F("tổ chức 4 giải", "4", 4, "count", "giải", "giải thi đấu cấp xã", YTD),
    F("thu hút 126 vận động viên", "126", 126, "count", "vận động viên", "vận động viên Giải cầu lông các thôn",
      YTD),
    F("xếp thứ 2 toàn đoàn", "2", 2, "rank", "hạng",
      "xếp hạng toàn đoàn của đội cầu lông xã tại Đại hội Thể dục thể thao huyện"),
    F("có 112 sân cầu lông", "112", 112, "count", "sân", "sân cầu lông toàn huyện"),
    F("và 21 sân pickleball", "21", 21, "count", "sân", "sân pickleball toàn huyện"),
    F("thêm 2 sân pickleball", "2", 2, "count", "sân", "sân pickleball xây dựng thêm", Y24, status="target"),
    F("lên 43%", "43", 43, "percent", "%", "tỷ lệ người tập luyện thường xuyên", Y24, status="target"),
]

if __name__ == "__main__":
    main("p849-2", TEXT, NOTES, FIGS, published="2023-11-22", location="Cẩm Giàng")

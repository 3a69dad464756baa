"""p1033-5: provincial Party newspaper (Báo Hà Giang), mobile library bus, byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Xe thư viện lưu động mang sách lên vùng cao

Những năm qua, chiếc xe thư viện lưu động của Thư viện tỉnh Hà Giang đã trở thành người bạn quen thuộc của học sinh các huyện vùng cao núi đá. Chỉ tính riêng năm 2023, xe đã thực hiện 38 chuyến, vượt hơn 4.600 km đường đèo dốc, phục vụ trên 15.000 lượt học sinh với khoảng 46.000 lượt sách, báo được luân chuyển.

Mỗi chuyến, xe mang theo từ 2.500 đến 3.000 cuốn sách, 2 máy tính xách tay và một màn hình lớn để chiếu phim khoa học. Chuyến gần nhất, xe theo Quốc lộ 4C đến Trường PTDTBT Tiểu học Sủng Là (huyện Đồng Văn), cách trung tâm tỉnh gần 140 km.

Thầy Vàng Mí Sáu, Hiệu trưởng nhà trường cho biết, trường có 412 học sinh, 100% là người dân tộc Mông; thư viện trường chỉ có khoảng 1.200 cuốn sách, phần lớn là sách giáo khoa. "Mỗi lần xe thư viện lên, các em háo hức lắm, có em đọc liền 3 cuốn truyện trong một buổi", thầy Sáu chia sẻ.

Theo bà Nguyễn Thị Hoa, Giám đốc Thư viện tỉnh, chiếc xe được Bộ Văn hóa, Thể thao và Du lịch trao tặng năm 2019, trị giá khoảng 1,8 tỷ đồng. Chi phí mỗi chuyến từ 6 đến 8 triệu đồng, chủ yếu là xăng dầu và công tác phí. So với năm 2022, số lượt học sinh được phục vụ tăng 22%.

Năm 2024, thư viện dự kiến tăng lên 45 chuyến, ưu tiên 4 huyện vùng cao Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ; đồng thời phấn đấu xây dựng thêm 30 tủ sách tại các điểm trường.

MINH ANH
18/11/2023
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thực hiện 38 chuyến", "38", 38, "count", "chuyến", "chuyến xe thư viện lưu động", Y23),
    F("hơn 4.600 km", "4.600", 4600, "measure", "km", "quãng đường xe thư viện lưu động đi qua", Y23, approx="over"),
    F("trên 15.000 lượt học sinh", "15.000", 15000, "count", "lượt học sinh", "lượt học sinh xe thư viện lưu động phục vụ", Y23,
      approx="over"),
    F("khoảng 46.000 lượt", "46.000", 46000, "count", "lượt sách, báo", "lượt sách, báo được luân chuyển", Y23, approx="about"),
    F("từ 2.500 đến 3.000 cuốn", "2.500", 2500, "count", "cuốn sách", "sách xe mang theo mỗi chuyến", value_max=3000),
    F("2 máy tính", "2", 2, "count", "máy tính xách tay", "máy tính xách tay xe mang theo", optional=True),
    F("và một màn hình", "một", 1, "count", "màn hình", "màn hình lớn chiếu phim khoa học", optional=True),
    F("gần 140 km", "140", 140, "measure", "km", "khoảng cách từ Trường PTDTBT Tiểu học Sủng Là đến trung tâm tỉnh",
      approx="nearly", location="Đồng Văn"),
    F("có 412 học sinh", "412", 412, "count", "học sinh", "học sinh Trường PTDTBT Tiểu học Sủng Là", location="Đồng Văn"),
    F("100% là", "100", 100, "percent", "%", "học sinh là người dân tộc Mông", location="Đồng Văn"),
    F("khoảng 1.200 cuốn", "1.200", 1200, "count", "cuốn sách", "sách thư viện trường", approx="about", location="Đồng Văn"),
    F("liền 3 cuốn", "3", 3, "count", "cuốn truyện", "truyện một em đọc trong một buổi", optional=True, location="Đồng Văn"),
    F("khoảng 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", "trị giá xe thư viện lưu động", approx="about"),
    F("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/chuyến", "chi phí mỗi chuyến", value_max=8e6),
    F("tăng 22%", "22", 22, "percent", "%", "số lượt học sinh được phục vụ"),
    F("lên 45 chuyến", "45", 45, "count", "chuyến", "chuyến xe thư viện lưu động", Y24, status="forecast"),
    F("ưu tiên 4 huyện", "4", 4, "count", "huyện", "huyện vùng cao được ưu tiên", Y24, status="forecast", optional=True),
    F("thêm 30 tủ sách", "30", 30, "count", "tủ sách", "tủ sách xây dựng thêm tại các điểm trường", Y24, status="target"),
]

NOTES = [
    "Provincial Party newspaper (Báo Hà Giang): mobile library bus. Byline 'MINH ANH' and bare date '18/11/2023' at the end.",
    "Distractors: 'Quốc lộ 4C', 'năm 2019' (date of the gift), a person named 'Vàng Mí Sáu' ('thầy Sáu'), 'năm 2022' as baseline.",
    "Optional: the bus's equipment (2 máy tính, một màn hình: an example's specification), the anecdote '3 cuốn truyện' in a quote,",
    "and '4 huyện vùng cao' (the count of the districts listed right after it).",
    "School figures (Sủng Là, huyện Đồng Văn) take the district Đồng Văn. 'tăng 22%' with no base amount in its sentence is a percent",
    "figure without change (the base, 15.000 lượt học sinh, stands two paragraphs earlier).",
    "'Mỗi chuyến ... từ 2.500 đến 3.000 cuốn' and 'Chi phí mỗi chuyến' are per-trip amounts (unit đồng/chuyến for money).",
]

write("p1033-5", TEXT, NOTES, FIGS, published="2023-11-18", location="Hà Giang")

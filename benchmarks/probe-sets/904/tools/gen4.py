"""p904-4: ministry site (Bộ NN&PTNT, Cục KTHT&PTNT), national drum-making villages, 2024."""
from lib import F, write, period, inherit, change, target

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Kinh tế hợp tác và Phát triển nông thôn
Trang chủ / Tin tức / Ngành nghề nông thôn
Ngày đăng: 09/01/2025 | Lượt xem: 1.126

Bảo tồn, phát triển nghề làm trống truyền thống

Theo số liệu tổng hợp của Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến hết năm 2024, cả nước có 23 làng nghề làm trống đang hoạt động tại 14 tỉnh, thành phố, thu hút khoảng 4.800 hộ và gần 11.600 lao động. Trong đó, 9 làng đã được UBND cấp tỉnh công nhận làng nghề truyền thống. Các địa phương có nhiều làng nghề trống nhất lần lượt là Thái Bình (5 làng), Hà Nam (4 làng), Nghệ An (2 làng) và Bình Định (2 làng).

Năm 2024, tổng doanh thu của các làng nghề trống ước đạt 520 tỷ đồng, tăng 9,5% so với năm 2023. Giá trị xuất khẩu trống năm 2024 đạt khoảng 3,2 triệu USD, chủ yếu sang Nhật Bản, Hàn Quốc và cộng đồng người Việt ở châu Âu. Trống trường học chiếm khoảng 45% sản lượng toàn ngành. Theo Bộ Giáo dục và Đào tạo, cả nước hiện có hơn 28.000 trường phổ thông, mỗi năm cần thay mới khoảng 6.000-7.000 chiếc trống trường.

Giai đoạn 2021-2024, Chương trình OCOP đã công nhận 17 sản phẩm trống đạt từ 3 sao trở lên, trong đó 4 sản phẩm đạt 4 sao. Mục tiêu đến năm 2030, cả nước có ít nhất 30 sản phẩm trống đạt chuẩn OCOP và 100% làng nghề trống có hệ thống thu gom, xử lý chất thải đạt chuẩn, theo Quyết định số 801/QĐ-TTg ngày 07/7/2022 của Thủ tướng Chính phủ.

Cục Kinh tế hợp tác và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3843.8689
"""

ASOF = period("tính đến hết năm 2024", None, "2024-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24x = period("năm 2024", "2024-01-01", "2024-12-31")
G = period("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

LIST = "làng nghề làm trống"
FIGS = [
    F("có 23 làng nghề", "23", 23, "count", "làng nghề", "làng nghề làm trống đang hoạt động", ASOF),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh, thành phố", "tỉnh, thành phố có làng nghề làm trống", ASOF),
    F("khoảng 4.800 hộ", "4.800", 4800, "count", "hộ", "hộ tham gia làng nghề làm trống", ASOF, approx="about"),
    F("gần 11.600 lao động", "11.600", 11600, "count", "lao động", "lao động tham gia làng nghề làm trống", ASOF,
      approx="nearly"),
    F("9 làng đã", "9", 9, "count", "làng", "làng được công nhận làng nghề truyền thống", inherit(ASOF), total=23),
    F("Thái Bình (5 làng)", "5", 5, "count", "làng", LIST, inherit(ASOF), location="Thái Bình"),
    F("Hà Nam (4 làng)", "4", 4, "count", "làng", LIST, inherit(ASOF), location="Hà Nam"),
    F("Nghệ An (2 làng)", "2", 2, "count", "làng", LIST, inherit(ASOF), location="Nghệ An"),
    F("Bình Định (2 làng)", "2", 2, "count", "làng", LIST, inherit(ASOF), location="Bình Định"),
    F("ước đạt 520 tỷ đồng", "520", 520e9, "money", "đồng", "tổng doanh thu của các làng nghề trống", Y24,
      status="estimate", change=change("increase", 9.5, "%", "năm 2023")),
    F("khoảng 3,2 triệu USD", "3,2", 3.2e6, "money", "USD", "giá trị xuất khẩu trống", Y24x, approx="about"),
    F("khoảng 45% sản lượng", "45", 45, "percent", "%", "tỷ trọng trống trường học trong sản lượng toàn ngành",
      inherit(Y24), approx="about"),
    F("hơn 28.000 trường", "28.000", 28000, "count", "trường phổ thông", "trường phổ thông", approx="over"),
    F("khoảng 6.000-7.000", "6.000", 6000, "count", "chiếc/năm", "nhu cầu thay mới trống trường mỗi năm",
      value_max=7000, approx="about"),
    F("công nhận 17 sản phẩm", "17", 17, "count", "sản phẩm", "sản phẩm trống được công nhận OCOP từ 3 sao trở lên", G),
    F("từ 3 sao", "3", 3, "count", "sao", "hạng OCOP", approx="at_least", optional=True),
    F("trong đó 4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm trống đạt OCOP 4 sao", G, total=17),
    F("đạt 4 sao", "4", 4, "count", "sao", "hạng OCOP", optional=True),
    F("ít nhất 30 sản phẩm", "30", 30, "count", "sản phẩm", "sản phẩm trống đạt chuẩn OCOP", T30,
      approx="at_least", status="target"),
    F("và 100% làng nghề", "100", 100, "percent", "%",
      "tỷ lệ làng nghề trống có hệ thống thu gom, xử lý chất thải đạt chuẩn", T30, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT, Cục KTHT&PTNT: national drum-making villages as of end-2024, revenue, export, OCOP. Invented probe article.",
    "National figures are Việt Nam; the `lần lượt` list shares the indicator `làng nghề làm trống` and each province is the item's location (no total: a ranking).",
    "`Trong đó, 9 làng` (next sentence) takes the 23 villages as whole. `mỗi năm ... 6.000-7.000 chiếc` keeps the per-year denominator in the unit.",
    "OCOP star classes (`từ 3 sao trở lên`, `4 sao`) are category labels: optional. Not figures: Lượt xem 1.126, Quyết định số 801/QĐ-TTg ngày 07/7/2022, Số 2 Ngọc Hà, phone.",
]

write(4, TEXT, FIGS, COMMENTS, published="2025-01-09", location="Việt Nam")

"""p789-4: ministry site (Bộ NN&PTNT), national figures on bún / phở / miến / hủ tiếu craft villages."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Phát triển nông thôn
Ngày 05/09/2024 | 14:10

Nâng cao giá trị sản phẩm bún, phở, miến từ làng nghề

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến 30/6/2024, cả nước có 214 làng nghề sản xuất bún, bánh phở, miến, hủ tiếu được công nhận, nhiều nhất là Hà Nội (38 làng), Nam Định (17 làng) và Thái Bình (15 làng). Các làng nghề này thu hút khoảng 62.000 lao động, thu nhập bình quân từ 5,8 đến 6,5 triệu đồng/người/tháng. Mức thu nhập này gấp khoảng 1,8 lần so với lao động thuần nông.

Cũng tính đến 30/6/2024, cả nước có 12.470 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó nhóm bún, phở, miến, hủ tiếu có 486 sản phẩm, chiếm 3,9%. Trong số này, 41 sản phẩm đạt 4 sao và 2 sản phẩm đạt 5 sao.

Năm 2023, kim ngạch xuất khẩu bún, phở, miến khô ước đạt 142 triệu USD, tăng 12,3% so với năm 2022; các thị trường chính là Mỹ, Hàn Quốc và Úc. Quý II/2024, giá gạo nguyên liệu cho sản xuất bún, phở bình quân 14.500 đồng/kg, tăng 18% so với cùng kỳ, khiến chi phí của nhiều cơ sở tăng từ 10 đến 12%.

Về an toàn thực phẩm, năm 2023 các địa phương đã kiểm tra 6.820 cơ sở sản xuất bún, phở, miến, phát hiện 512 cơ sở vi phạm, chiếm 7,5%. Tình trạng dùng hàn the, chất tẩy trắng vẫn còn ở một số nơi.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 (Quyết định số 801/QĐ-TTg), đến năm 2025 phấn đấu ít nhất 70% cơ sở sản xuất bún, phở, miến trong làng nghề được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm; đến năm 2030 có thêm 50 sản phẩm đạt OCOP 4 sao trở lên.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

A30 = period("tính đến 30/6/2024", None, "2024-06-30")
B30 = period("Cũng tính đến 30/6/2024", None, "2024-06-30")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Q2 = period("Quý II/2024", "2024-04-01", "2024-06-30")
T25 = period("đến năm 2025", None, "2025-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")
VN = "Việt Nam"
VILLAGES = "làng nghề sản xuất bún, bánh phở, miến, hủ tiếu được công nhận"

FIGS = [
    F("cả nước có 214 làng nghề", "214", 214, "count", "làng nghề", VILLAGES, period=A30, location=VN),
    F("Hà Nội (38 làng)", "38", 38, "count", "làng", VILLAGES, period=A30, location="Hà Nội"),
    F("Nam Định (17 làng)", "17", 17, "count", "làng", VILLAGES, period=A30, location="Nam Định"),
    F("Thái Bình (15 làng)", "15", 15, "count", "làng", VILLAGES, period=A30, location="Thái Bình"),
    F("khoảng 62.000 lao động", "62.000", 62000, "count", "lao động", "lao động các làng nghề bún, phở, miến, hủ tiếu",
      approx="about", period=inherit(A30), location=VN),
    F("từ 5,8 đến 6,5 triệu", "5,8", 5.8e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động làng nghề",
      value_max=6.5e6, period=inherit(A30), location=VN),
    F("gấp khoảng 1,8 lần", "1,8", 1.8, "multiple", "lần", "thu nhập lao động làng nghề so với lao động thuần nông",
      approx="about", period=inherit(A30), location=VN),
    F("có 12.470 sản phẩm", "12.470", 12470, "count", "sản phẩm OCOP", "sản phẩm OCOP đạt từ 3 sao trở lên", period=B30, location=VN),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", approx="at_least", optional=True, location=VN),
    F("có 486 sản phẩm", "486", 486, "count", "sản phẩm", "sản phẩm OCOP nhóm bún, phở, miến, hủ tiếu",
      total=12470, percent=3.9, period=B30, location=VN),
    F("41 sản phẩm", "41", 41, "count", "sản phẩm", "sản phẩm OCOP bún, phở, miến, hủ tiếu đạt 4 sao", total=486,
      period=inherit(B30), location=VN),
    F("41 sản phẩm đạt 4 sao", "4", 4, "measure", "sao", optional=True, location=VN),
    F("và 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm OCOP bún, phở, miến, hủ tiếu đạt 5 sao", total=486,
      period=inherit(B30), location=VN),
    F("đạt 5 sao", "5", 5, "measure", "sao", optional=True, location=VN),
    F("ước đạt 142 triệu USD", "142", 142e6, "money", "USD", "kim ngạch xuất khẩu bún, phở, miến khô", status="estimate",
      change=change("increase", 12.3, "%", "năm 2022"), period=Y23, location=VN),
    F("bình quân 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", "giá gạo nguyên liệu cho sản xuất bún, phở",
      change=change("increase", 18, "%", "cùng kỳ"), period=Q2, location=VN),
    F("tăng từ 10 đến 12%", "10", 10, "percent", "%", "chi phí của nhiều cơ sở", value_max=12, period=Q2, location=VN),
    F("kiểm tra 6.820 cơ sở", "6.820", 6820, "count", "cơ sở", "cơ sở sản xuất bún, phở, miến được kiểm tra",
      period=period("năm 2023", "2023-01-01", "2023-12-31"), location=VN),
    F("phát hiện 512 cơ sở", "512", 512, "count", "cơ sở", "cơ sở vi phạm", percent=7.5,
      period=period("năm 2023", "2023-01-01", "2023-12-31"), location=VN),
    F("ít nhất 70% cơ sở", "70", 70, "percent", "%",
      "cơ sở sản xuất bún, phở, miến trong làng nghề được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm",
      approx="at_least", status="target", period=T25, location=VN),
    F("thêm 50 sản phẩm", "50", 50, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao trở lên", status="target", period=T30, location=VN),
    F("OCOP 4 sao trở lên", "4", 4, "measure", "sao", approx="at_least", optional=True, status="target", location=VN),
]

COMMENTS = [
    "Bộ NN&PTNT site (ministry), 05/09/2024: national counts of bún/phở/miến/hủ tiếu craft villages, OCOP products, exports, rice price, ATTP, targets.",
    "'nhiều nhất là Hà Nội (38 làng), ...' shares the indicator of 214; items take their province as location; they do not add up to 214: no total.",
    "'gấp khoảng 1,8 lần' stands as its own sentence: a multiple. 'tăng từ 10 đến 12%' (costs, no base amount) is a percent figure with a range.",
    "486 'trong đó ... chiếm 3,9%' -> total 12.470 and percent; 'Trong số này' parts 41 and 2 -> total 486. Star levels optional.",
    "Figures in sentences after the 'tính đến 30/6/2024' sentence inherit it (not scored). Contact address Hà Nội localises nothing.",
    "Distractors: Quyết định số 801/QĐ-TTg, giai đoạn 2021-2030 (programme name), Số 2 Ngọc Hà, 14:10.",
]

write("p789-4", TEXT, FIGS, COMMENTS, published="2024-09-05", location=VN)

"""p801-4: ministry site (Bộ NN&PTNT), national metal craft villages, OCOP, monitoring, 2030 targets."""
from lib import F, build, year, months, asof, span, inherit, up, tgt

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phát triển nông thôn
Làng nghề cơ khí, rèn, đúc: doanh thu năm 2024 ước đạt 31.500 tỷ đồng
Cập nhật lúc 14:30 ngày 20/02/2025

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến hết năm 2024, cả nước có 2.015 làng nghề, làng nghề truyền thống được công nhận, trong đó nhóm làng nghề cơ khí, rèn, đúc kim loại có 138 làng, chiếm 6,8%. Các địa phương có nhiều làng nghề thuộc nhóm này nhất lần lượt là Hà Nội (24 làng), Nam Định (15 làng), Bắc Ninh (11 làng) và Thanh Hóa (9 làng).

Năm 2024, nhóm làng nghề này thu hút khoảng 96.000 lao động; doanh thu ước đạt 31.500 tỷ đồng, tăng 6,2% so với năm 2023. Thu nhập bình quân của lao động đạt 7,8 triệu đồng/người/tháng, cao gấp 1,6 lần so với lao động thuần nông.

Đến nay, cả nước có 312 sản phẩm OCOP là đồ gia dụng, thủ công mỹ nghệ từ kim loại, trong đó 41 sản phẩm đạt 4 sao và 2 sản phẩm đạt 5 sao (trống đồng của Thanh Hóa và dao kéo Đa Sỹ của Hà Nội).

Kết quả quan trắc năm 2024 cho thấy chỉ 27/138 làng nghề cơ khí, rèn, đúc có hệ thống xử lý nước thải tập trung; nồng độ bụi tại khu vực lò nấu ở một số làng vượt quy chuẩn từ 1,5 đến 3,2 lần.

Theo Quyết định số 801/QĐ-TTg ngày 07/7/2022 phê duyệt Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030, đến năm 2030 phấn đấu 100% làng nghề có phương án bảo vệ môi trường và 80% làng nghề truyền thống có ít nhất 1 sản phẩm OCOP. Dự kiến năm 2025, Bộ sẽ hỗ trợ 15 làng nghề cơ khí, rèn, đúc xây dựng mô hình xử lý khí thải lò nấu với kinh phí khoảng 45 tỷ đồng.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

END24 = asof("tính đến hết năm 2024", "2024-12-31")
Y24 = year("Năm 2024", 2024)
Y24q = year("năm 2024", 2024)
NOW = asof("Đến nay", "2025-02-20")
T30 = asof("đến năm 2030", "2030-12-31")
Y25 = year("năm 2025", 2025)
SUBJ = "làng nghề cơ khí, rèn, đúc kim loại"

FIGS = [
    F("doanh thu năm 2024 ước đạt 31.500", "31.500", 31500e9, "money", "đồng", "doanh thu làng nghề cơ khí, rèn, đúc",
      year("năm 2024", 2024), status="estimate"),
    F("cả nước có 2.015 làng nghề", "2.015", 2015, "count", "làng nghề", "làng nghề, làng nghề truyền thống được công nhận",
      END24),
    F("có 138 làng", "138", 138, "count", "làng", SUBJ, END24, total=2015, percent=6.8),
    F("Hà Nội (24 làng)", "24", 24, "count", "làng", SUBJ, inherit(END24), location="Hà Nội"),
    F("Nam Định (15 làng)", "15", 15, "count", "làng", SUBJ, inherit(END24), location="Nam Định"),
    F("Bắc Ninh (11 làng)", "11", 11, "count", "làng", SUBJ, inherit(END24), location="Bắc Ninh"),
    F("Thanh Hóa (9 làng)", "9", 9, "count", "làng", SUBJ, inherit(END24), location="Thanh Hóa"),
    F("khoảng 96.000 lao động", "96.000", 96000, "count", "lao động", "lao động nhóm làng nghề cơ khí, rèn, đúc", Y24,
      approx="about"),
    F("doanh thu ước đạt 31.500 tỷ đồng, tăng", "31.500", 31500e9, "money", "đồng", "doanh thu", Y24, status="estimate",
      change=up(6.2, baseline="năm 2023")),
    F("đạt 7,8 triệu đồng/người/tháng", "7,8", 7.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      inherit(Y24), change=up(1.6, "lần", baseline="lao động thuần nông")),
    F("có 312 sản phẩm OCOP", "312", 312, "count", "sản phẩm", "sản phẩm OCOP là đồ gia dụng, thủ công mỹ nghệ từ kim loại",
      NOW),
    F("41 sản phẩm đạt 4 sao", "41", 41, "count", "sản phẩm", "sản phẩm OCOP đạt 4 sao", NOW, total=312),
    F("đạt 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("2 sản phẩm đạt 5 sao", "2", 2, "count", "sản phẩm", "sản phẩm OCOP đạt 5 sao", NOW, total=312),
    F("đạt 5 sao", "5", 5, "measure", "sao", "hạng sao OCOP", optional=True),
    F("chỉ 27/138 làng nghề", "27", 27, "count", "làng nghề",
      "làng nghề cơ khí, rèn, đúc có hệ thống xử lý nước thải tập trung", year("năm 2024", 2024), total=138),
    F("từ 1,5 đến 3,2 lần", "1,5", 1.5, "multiple", "lần", "nồng độ bụi tại khu vực lò nấu vượt quy chuẩn",
      year("năm 2024", 2024), value_max=3.2),
    F("phấn đấu 100% làng nghề", "100", 100, "percent", "%", "làng nghề có phương án bảo vệ môi trường", T30,
      status="target"),
    F("80% làng nghề truyền thống", "80", 80, "percent", "%", "làng nghề truyền thống có sản phẩm OCOP", T30,
      status="target"),
    F("ít nhất 1 sản phẩm OCOP", "1", 1, "count", "sản phẩm", "sản phẩm OCOP tối thiểu của mỗi làng nghề", T30,
      approx="at_least", status="target", optional=True),
    F("hỗ trợ 15 làng nghề", "15", 15, "count", "làng nghề", "làng nghề cơ khí, rèn, đúc được hỗ trợ xây dựng mô hình xử lý khí thải",
      Y25, status="forecast"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "kinh phí hỗ trợ xây dựng mô hình xử lý khí thải lò nấu", Y25,
      approx="about", status="forecast"),
]

build(4, TEXT, FIGS, published="2025-02-20", location="Việt Nam", comments=[
    "Ministry site (Bộ NN&PTNT), 20/02/2025: national metal craft villages (cơ khí, rèn, đúc), province list, OCOP, monitoring, 2030 targets.",
    "Province list with 'lần lượt' shares the indicator; each item's province is its location; no total (the list does not add up).",
    "'cao gấp 1,6 lần so với lao động thuần nông' after 7,8 triệu is its change (unit lần); 'vượt quy chuẩn từ 1,5 đến 3,2 lần' stands alone: multiple.",
    "'ít nhất 1 sản phẩm OCOP' is a criterion inside a target (optional). 801/QĐ-TTg, 07/7/2022, giai đoạn 2021-2030, Số 2 Ngọc Hà: distractors.",
])

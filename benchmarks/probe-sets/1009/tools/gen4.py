"""p1009-4: ministry site (Bộ Nông nghiệp và Môi trường), national, craft villages of bún, bánh phở, bánh tráng, 2024."""
from lib import F, P, INH, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Phát triển nông thôn
Ngày đăng: 20/03/2025 | Lượt xem: 1.047

Làng nghề bún, bánh phở, bánh tráng: phát triển gắn với xử lý ô nhiễm

Theo số liệu của Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến ngày 31/12/2024, cả nước có 1.951 làng nghề, làng nghề truyền thống được công nhận, trong đó 412 làng nghề chế biến nông sản, thực phẩm, chiếm 21,1%. Riêng nhóm làng nghề làm bún, bánh phở, bánh tráng, miến có 143 làng với khoảng 38.500 hộ và hơn 96.000 lao động. Các địa phương có nhiều làng nghề nhóm này là Hà Nội (27 làng), Bắc Ninh (11 làng), Thái Bình (9 làng) và Bình Định (8 làng).

Năm 2024, tổng giá trị sản xuất của nhóm làng nghề này ước đạt 9.870 tỷ đồng, tăng 7,2% so với năm 2023. Thu nhập bình quân của lao động đạt 5,9 triệu đồng/người/tháng, cao hơn 1,3 lần thu nhập của lao động nông nghiệp thuần.

Tuy nhiên, mỗi năm các làng nghề chế biến bún, bánh phở, bánh tráng phát sinh khoảng 11,2 triệu m3 nước thải giàu chất hữu cơ. Mới có 23/143 làng nghề có hệ thống xử lý nước thải tập trung; 37% số hộ có bể lắng hoặc hầm biogas. Tại 18 làng nghề được quan trắc năm 2024, có 14 làng có chỉ tiêu COD, BOD5 vượt quy chuẩn cho phép.

Thực hiện Quyết định số 801/QĐ-TTg ngày 07/7/2022 của Thủ tướng Chính phủ, Cục đặt mục tiêu đến năm 2030 có 100% làng nghề nhóm này có hệ thống thu gom, xử lý nước thải đạt chuẩn, 80% làng nghề có ít nhất 1 sản phẩm OCOP; thu nhập của lao động tăng bình quân 8-10%/năm. Dự kiến năm 2025, có thêm 15 làng nghề được hỗ trợ đầu tư hạ tầng xử lý nước thải với tổng vốn khoảng 420 tỷ đồng.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

ASOF = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
GROUP = "làng nghề làm bún, bánh phở, bánh tráng, miến"
FIGS = [
    F("có 1.951 làng nghề", "1.951", 1951, "count", "làng nghề", "làng nghề, làng nghề truyền thống được công nhận",
      period=ASOF),
    F("412 làng nghề", "412", 412, "count", "làng nghề", "làng nghề chế biến nông sản, thực phẩm", total=1951,
      percent=21.1, period=ASOF),
    F("có 143 làng", "143", 143, "count", "làng", GROUP, period=INH(ASOF)),
    F("khoảng 38.500 hộ", "38.500", 38500, "count", "hộ", "hộ " + GROUP, approx="about", period=INH(ASOF)),
    F("hơn 96.000 lao động", "96.000", 96000, "count", "lao động", "lao động " + GROUP, approx="over",
      period=INH(ASOF)),
    F("Hà Nội (27 làng)", "27", 27, "count", "làng", GROUP, location="Hà Nội", period=INH(ASOF)),
    F("Bắc Ninh (11 làng)", "11", 11, "count", "làng", GROUP, location="Bắc Ninh", period=INH(ASOF)),
    F("Thái Bình (9 làng)", "9", 9, "count", "làng", GROUP, location="Thái Bình", period=INH(ASOF)),
    F("Bình Định (8 làng)", "8", 8, "count", "làng", GROUP, location="Bình Định", period=INH(ASOF)),
    F("ước đạt 9.870 tỷ đồng", "9.870", 9870000000000, "money", "đồng", "tổng giá trị sản xuất của nhóm làng nghề",
      change=C("increase", 7.2, "%", "năm 2023"), status="estimate", period=Y24),
    F("đạt 5,9 triệu", "5,9", 5900000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      change=C("increase", 1.3, "lần", "thu nhập của lao động nông nghiệp thuần"), period=INH(Y24)),
    F("khoảng 11,2 triệu m3", "11,2", 11200000, "measure", "m3/năm", "nước thải phát sinh", approx="about"),
    F("23/143 làng nghề", "23", 23, "count", "làng nghề", "làng nghề có hệ thống xử lý nước thải tập trung",
      total=143),
    F("37% số hộ", "37", 37, "percent", "%", "hộ có bể lắng hoặc hầm biogas"),
    F("Tại 18 làng nghề", "18", 18, "count", "làng nghề", "làng nghề được quan trắc",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 14 làng", "14", 14, "count", "làng", "làng có chỉ tiêu COD, BOD5 vượt quy chuẩn cho phép", total=18,
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 100% làng nghề", "100", 100, "percent", "%", "làng nghề có hệ thống thu gom, xử lý nước thải đạt chuẩn",
      status="target", period=T30),
    F("80% làng nghề", "80", 80, "percent", "%", "làng nghề có sản phẩm OCOP", status="target", period=T30),
    F("ít nhất 1 sản phẩm OCOP", "1", 1, "count", "sản phẩm", approx="at_least", optional=True),
    F("8-10%/năm", "8", 8, "percent", "%", "thu nhập của lao động tăng bình quân", value_max=10, status="target",
      period=T30),
    F("thêm 15 làng nghề", "15", 15, "count", "làng nghề", "làng nghề được hỗ trợ đầu tư hạ tầng xử lý nước thải",
      status="forecast", period=Y25),
    F("khoảng 420 tỷ đồng", "420", 420000000000, "money", "đồng", "tổng vốn hỗ trợ đầu tư hạ tầng xử lý nước thải",
      approx="about", status="forecast", period=Y25),
]

NOTES = [
    "Ministry site (Bộ Nông nghiệp và Môi trường), national figures (default Việt Nam), dated 20/03/2025.",
    "Province list 'Hà Nội (27 làng), …' is a ranking that does not add up to 143: no total; items take their province.",
    "'Tại 18 làng nghề …, có 14 làng' -> total 18 (like 'Trong 25 chỉ tiêu, có 24'). 23/143 -> total 143.",
    "'cao hơn 1,3 lần thu nhập của lao động nông nghiệp thuần' is the change of 5,9 triệu (unit lần).",
    "'ít nhất 1 sản phẩm OCOP' defines the category of the 80% target: optional.",
    "'mỗi năm … 11,2 triệu m3' is a yearly rate (unit m3/năm), no period.",
    "Distractors: Quyết định số 801/QĐ-TTg ngày 07/7/2022, BOD5, số 2 Ngọc Hà, phone, Lượt xem 1.047.",
]

if __name__ == "__main__":
    write("p1009-4", TEXT, FIGS, published="2025-03-20", location="Việt Nam", notes=NOTES)

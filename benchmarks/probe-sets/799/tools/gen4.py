"""p799-4: ministry site (Bộ Công Thương), national hat exports 2024 and hat villages nationwide."""
from lib import F, P, I, C, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Xuất nhập khẩu
Xuất khẩu mũ, nón năm 2024 tăng trưởng hai con số
Ngày đăng: 14/02/2025 | Lượt xem: 1.087

Theo số liệu của Cục Xuất nhập khẩu, năm 2024 kim ngạch xuất khẩu mũ, nón và các bộ phận của Việt Nam đạt 1,06 tỷ USD, tăng 14,2% so với năm 2023. Trong đó, nhóm nón lá, nón đan từ lá và cói ước đạt khoảng 48 triệu USD, chiếm 4,5% kim ngạch của cả nhóm hàng.

Các thị trường nhập khẩu nón lá lớn nhất lần lượt là Nhật Bản (chiếm 22,4%), Hoa Kỳ (17,8%), Pháp (9,6%) và Hàn Quốc (8,1%). Giá xuất khẩu bình quân đạt 2,35 USD/chiếc, tăng 0,18 USD/chiếc so với năm trước.

Theo Cục Kinh tế hợp tác và Phát triển nông thôn (Bộ NN&PTNT), tính đến hết năm 2024, cả nước có 46 làng nghề nón lá tại 17 tỉnh, thành phố, thu hút trên 38.000 lao động. Một số địa phương có nhiều làng nghề là Thanh Hóa (14 làng), Thừa Thiên Huế (11 làng), Hà Nội (5 làng) và Bình Định (4 làng).

Tuy nhiên, khoảng 60% cơ sở sản xuất nón lá có quy mô hộ gia đình, chưa đến 10% sản phẩm có nhãn hiệu, bao bì đạt chuẩn xuất khẩu.

Thực hiện Chương trình bảo tồn và phát triển làng nghề Việt Nam theo Quyết định số 801/QĐ-TTg ngày 07/7/2022, mục tiêu đến năm 2030 mỗi tỉnh có làng nghề nón lá xây dựng ít nhất 1 sản phẩm OCOP từ 4 sao trở lên, 100% làng nghề nón lá đạt tiêu chí bảo vệ môi trường. Bộ Công Thương dự kiến năm 2025 tổ chức 3 hội chợ chuyên đề hàng thủ công mỹ nghệ, trong đó có gian hàng nón lá của các địa phương.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
TO2030 = P("đến năm 2030", None, "2030-12-31")
MK = "thị phần thị trường nhập khẩu nón lá"

FIGS = [
    F("đạt 1,06 tỷ USD", "1,06", 1.06e9, "money", "USD", "kim ngạch xuất khẩu mũ, nón và các bộ phận", Y24,
      change=C("increase", 14.2, "%", "năm 2023")),
    F("khoảng 48 triệu USD", "48", 48e6, "money", "USD", "kim ngạch xuất khẩu nón lá, nón đan từ lá và cói",
      I(Y24), approx="about", total=1.06e9, percent=4.5, status="estimate"),
    F("Nhật Bản (chiếm 22,4%)", "22,4", 22.4, "percent", "%", MK, I(Y24)),
    F("Hoa Kỳ (17,8%)", "17,8", 17.8, "percent", "%", MK, I(Y24)),
    F("Pháp (9,6%)", "9,6", 9.6, "percent", "%", MK, I(Y24)),
    F("Hàn Quốc (8,1%)", "8,1", 8.1, "percent", "%", MK, I(Y24)),
    F("đạt 2,35 USD/chiếc", "2,35", 2.35, "money", "USD/chiếc", "giá xuất khẩu bình quân nón lá", I(Y24),
      change=C("increase", 0.18, "USD/chiếc", "năm trước")),
    F("có 46 làng nghề nón lá", "46", 46, "count", "làng nghề", "làng nghề nón lá", ASOF),
    F("tại 17 tỉnh, thành phố", "17", 17, "count", "tỉnh, thành phố", "tỉnh, thành phố có làng nghề nón lá", ASOF),
    F("trên 38.000 lao động", "38.000", 38_000, "count", "lao động", "lao động làng nghề nón lá", ASOF,
      approx="over"),
    F("Thanh Hóa (14 làng)", "14", 14, "count", "làng", "làng nghề nón lá", I(ASOF), location="Thanh Hóa"),
    F("Thừa Thiên Huế (11 làng)", "11", 11, "count", "làng", "làng nghề nón lá", I(ASOF),
      location="Thừa Thiên Huế"),
    F("Hà Nội (5 làng)", "5", 5, "count", "làng", "làng nghề nón lá", I(ASOF), location="Hà Nội"),
    F("Bình Định (4 làng)", "4", 4, "count", "làng", "làng nghề nón lá", I(ASOF), location="Bình Định"),
    F("khoảng 60% cơ sở", "60", 60, "percent", "%", "cơ sở sản xuất nón lá có quy mô hộ gia đình",
      approx="about"),
    F("chưa đến 10% sản phẩm", "10", 10, "percent", "%", "sản phẩm có nhãn hiệu, bao bì đạt chuẩn xuất khẩu",
      approx="under"),
    F("ít nhất 1 sản phẩm OCOP", "1", 1, "count", "sản phẩm OCOP", "sản phẩm OCOP mỗi tỉnh có làng nghề nón lá",
      TO2030, approx="at_least", status="target", optional=True),
    F("từ 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", approx="at_least", optional=True),
    F("100% làng nghề nón lá", "100", 100, "percent", "%", "làng nghề nón lá đạt tiêu chí bảo vệ môi trường",
      TO2030, status="target"),
    F("tổ chức 3 hội chợ", "3", 3, "count", "hội chợ", "hội chợ chuyên đề hàng thủ công mỹ nghệ",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
]

NOTES = [
    "Bộ Công Thương portal, national figures (location Việt Nam). 'Ngày đăng: 14/02/2025' is the dateline; 'Lượt xem: 1.087',",
    "'hai con số' (two-digit growth, a phrase), Quyết định số 801/QĐ-TTg ngày 07/7/2022, the address and phone are not figures.",
    "Import markets (Nhật Bản, Hoa Kỳ ...) are trade partners, not places: location stays Việt Nam. The province list after the",
    "national count gives each province as location (its own count of villages); no part-of cue, so no total.",
    "'ít nhất 1 sản phẩm OCOP' per province and 'từ 4 sao trở lên' (a category) are optional.",
]

if __name__ == "__main__":
    write("p799-4", TEXT, FIGS, NOTES, published="2025-02-14", location="Việt Nam")

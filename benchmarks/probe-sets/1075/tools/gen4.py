"""p1075-4: ministry site (Bộ NN&PTNT), national: làng nghề chế tác đá, xuất khẩu 2024, môi trường."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phát triển nông thôn
Ngày đăng: 22/03/2025 | Lượt xem: 1.104

Làng nghề chế tác đá: xuất khẩu tăng, áp lực môi trường lớn

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến hết năm 2024, cả nước có khoảng 230 làng nghề chế tác đá, trong đó 86 làng nghề được công nhận là làng nghề truyền thống. Các làng nghề thu hút trên 45.000 lao động, tập trung tại Ninh Bình, Thanh Hóa, Đà Nẵng, Hải Dương.

Năm 2024, kim ngạch xuất khẩu sản phẩm đá mỹ nghệ của cả nước ước đạt 412 triệu USD, tăng 6,4% so với năm 2023. Con số này gấp khoảng 2,5 lần năm 2015. Hoa Kỳ là thị trường lớn nhất, chiếm 31% kim ngạch. Các địa phương có kim ngạch lớn lần lượt là Thanh Hóa (96 triệu USD), Ninh Bình (78 triệu USD) và Đà Nẵng (54 triệu USD).

Tuy vậy, ô nhiễm bụi đá vẫn là vấn đề nhức nhối. Chỉ khoảng 35% số làng nghề có hệ thống xử lý bụi, nước thải đạt yêu cầu; tại một số làng nghề, tỷ lệ lao động mắc bệnh bụi phổi silic lên tới 8-10%.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 (Quyết định số 801/QĐ-TTg ngày 07/7/2022 của Thủ tướng Chính phủ), đến năm 2030 phấn đấu 100% làng nghề chế tác đá đáp ứng tiêu chí môi trường, kim ngạch xuất khẩu đạt 1 tỷ USD. Dự kiến năm 2025, kim ngạch xuất khẩu đá mỹ nghệ đạt khoảng 440 triệu USD.

Cục Kinh tế hợp tác và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3843.8808
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu sản phẩm đá mỹ nghệ"
FIGS = [
    F("khoảng 230 làng nghề", "230", 230, "count", "làng nghề", "làng nghề chế tác đá", ASOF, approx="about"),
    F("trong đó 86 làng nghề", "86", 86, "count", "làng nghề", "làng nghề được công nhận là làng nghề truyền thống",
      ASOF, total=230),
    F("trên 45.000 lao động", "45.000", 45000, "count", "lao động", "lao động các làng nghề chế tác đá", I(ASOF),
      approx="over"),
    F("ước đạt 412 triệu USD", "412", 412e6, "money", "USD", EXP, Y24,
      change=C("increase", 6.4, "%", "năm 2023"), status="estimate"),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", EXP + " so với năm 2015", I(Y24), approx="about"),
    F("chiếm 31% kim ngạch", "31", 31, "percent", "%", "tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu", I(Y24)),
    F("Thanh Hóa (96 triệu USD)", "96", 96e6, "money", "USD", EXP, I(Y24), location="Thanh Hóa"),
    F("Ninh Bình (78 triệu USD)", "78", 78e6, "money", "USD", EXP, I(Y24), location="Ninh Bình"),
    F("Đà Nẵng (54 triệu USD)", "54", 54e6, "money", "USD", EXP, I(Y24), location="Đà Nẵng"),
    F("khoảng 35% số làng nghề", "35", 35, "percent", "%", "làng nghề có hệ thống xử lý bụi, nước thải đạt yêu cầu",
      approx="about"),
    F("lên tới 8-10%", "8", 8, "percent", "%", "tỷ lệ lao động mắc bệnh bụi phổi silic", value_max=10),
    F("phấn đấu 100% làng nghề", "100", 100, "percent", "%", "làng nghề chế tác đá đáp ứng tiêu chí môi trường", T30,
      status="target"),
    F("đạt 1 tỷ USD", "1", 1e9, "money", "USD", "kim ngạch xuất khẩu", T30, status="target"),
    F("khoảng 440 triệu USD", "440", 440e6, "money", "USD", "kim ngạch xuất khẩu đá mỹ nghệ",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Invented ministry-site article (Bộ NN&PTNT): national figures on stone-carving craft villages, exports 2024, dust.",
    "Location Việt Nam; the provinces after 'tập trung tại' do not localise the national 45.000; the 'lần lượt' list items take their province.",
    "'Con số này gấp khoảng 2,5 lần năm 2015' stands as its own sentence: a multiple. 'chiếm 31% kim ngạch' follows no figure: a percent of its own.",
    "'lên tới 8-10%' is a range (no approx cue in the spec's list for 'lên tới').",
    "Distractors: 'Ngày đăng: 22/03/2025', 'Lượt xem: 1.104', 'giai đoạn 2021-2030', 'Quyết định số 801/QĐ-TTg ngày 07/7/2022', 'Số 2 Ngọc Hà', phone.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, COMMENTS, published="2025-03-22", location="Việt Nam")

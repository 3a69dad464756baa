"""p874-4: ministry site (Bộ NN&PTNT), national overview of bronze casting villages, 2023."""
from lib import F, period, inherit, change, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phát triển nông thôn
Ngày đăng: 22/11/2023 | Lượt xem: 1.046

Bảo tồn, phát triển làng nghề đúc đồng truyền thống

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến tháng 10/2023, cả nước có 2.026 làng nghề, làng nghề truyền thống được công nhận, trong đó có 37 làng nghề đúc, gò đồng. Nhiều nhất là Nam Định (6 làng), Bắc Ninh (5 làng), Thanh Hóa (4 làng) và Thừa Thiên Huế (3 làng).

Năm 2022, các làng nghề đúc đồng thu hút khoảng 21.500 lao động, giá trị sản xuất đạt hơn 4.300 tỷ đồng; thu nhập bình quân 6,2 triệu đồng/người/tháng, cao hơn 1,5 triệu đồng so với lao động nông nghiệp.

Kim ngạch xuất khẩu sản phẩm đồng mỹ nghệ năm 2022 đạt 38,5 triệu USD, trong đó thị trường Mỹ chiếm 31%, Nhật Bản chiếm 18%. Trong 9 tháng năm 2023, kim ngạch ước đạt 27,6 triệu USD, giảm 4,2% so với cùng kỳ do sức mua suy yếu.

Tuy nhiên, khoảng 60% cơ sở đúc đồng còn nằm xen trong khu dân cư, chỉ 12/37 làng nghề có hệ thống xử lý khí thải tập trung. Lực lượng thợ đang già hóa, số thợ dưới 30 tuổi chỉ chiếm chưa đến 20%.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 ban hành kèm Quyết định số 801/QĐ-TTg, đến năm 2030 phấn đấu 100% làng nghề có hệ thống thu gom, xử lý chất thải đạt chuẩn; thu nhập của lao động làng nghề tăng gấp 2 lần so với năm 2020.

Năm 2024, Cục dự kiến hỗ trợ 5 làng nghề đúc đồng xây dựng mô hình sản xuất sạch, kinh phí khoảng 3,5 tỷ đồng.

Cục Kinh tế hợp tác và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

ASOF = period("tính đến tháng 10/2023", None, "2023-10-31")
Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y22b = period("năm 2022", "2022-01-01", "2022-12-31")
M9 = period("Trong 9 tháng năm 2023", "2023-01-01", "2023-09-30")
T2030 = period("đến năm 2030", None, "2030-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "làng nghề đúc, gò đồng"

FIGS = [
    F("có 2.026 làng nghề", "2.026", 2026, "count", "làng nghề", "làng nghề, làng nghề truyền thống được công nhận",
      ASOF),
    F("có 37 làng nghề", "37", 37, "count", "làng nghề", "làng nghề đúc, gò đồng", ASOF, total=2026),
    F("Nam Định (6 làng)", "6", 6, "count", "làng", LIST, inherit(ASOF), location="Nam Định"),
    F("Bắc Ninh (5 làng)", "5", 5, "count", "làng", LIST, inherit(ASOF), location="Bắc Ninh"),
    F("Thanh Hóa (4 làng)", "4", 4, "count", "làng", LIST, inherit(ASOF), location="Thanh Hóa"),
    F("Thừa Thiên Huế (3 làng)", "3", 3, "count", "làng", LIST, inherit(ASOF), location="Thừa Thiên Huế"),
    F("khoảng 21.500 lao động", "21.500", 21500, "count", "lao động", "lao động làng nghề đúc đồng", Y22,
      approx="about"),
    F("hơn 4.300 tỷ đồng", "4.300", 4300e9, "money", "đồng", "giá trị sản xuất làng nghề đúc đồng", Y22,
      approx="over"),
    F("bình quân 6,2 triệu", "6,2", 6.2e6, "money", "đồng/người/tháng", "thu nhập bình quân", Y22,
      change=change("increase", 1.5e6, "đồng", "lao động nông nghiệp")),
    F("đạt 38,5 triệu USD", "38,5", 38.5e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm đồng mỹ nghệ", Y22b),
    F("Mỹ chiếm 31%", "31", 31, "percent", "%", "thị trường Mỹ trong kim ngạch xuất khẩu", Y22b),
    F("Nhật Bản chiếm 18%", "18", 18, "percent", "%", "thị trường Nhật Bản trong kim ngạch xuất khẩu", Y22b),
    F("ước đạt 27,6 triệu USD", "27,6", 27.6e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm đồng mỹ nghệ", M9,
      status="estimate", change=change("decrease", 4.2, "%", "cùng kỳ")),
    F("khoảng 60% cơ sở", "60", 60, "percent", "%", "cơ sở đúc đồng nằm xen trong khu dân cư", approx="about"),
    F("chỉ 12/37 làng nghề", "12", 12, "count", "làng nghề", "làng nghề có hệ thống xử lý khí thải tập trung",
      total=37),
    F("thợ dưới 30 tuổi", "30", 30, "measure", "tuổi", "tuổi thợ", approx="under", optional=True),
    F("chưa đến 20%", "20", 20, "percent", "%", "thợ dưới 30 tuổi", approx="under"),
    F("phấn đấu 100% làng nghề", "100", 100, "percent", "%",
      "làng nghề có hệ thống thu gom, xử lý chất thải đạt chuẩn", T2030, status="target"),
    F("tăng gấp 2 lần", "2", 2, "multiple", "lần", "thu nhập của lao động làng nghề so với năm 2020", T2030,
      status="target"),
    F("hỗ trợ 5 làng nghề", "5", 5, "count", "làng nghề", "làng nghề đúc đồng được hỗ trợ xây dựng mô hình sản xuất sạch",
      Y24, status="forecast"),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "kinh phí hỗ trợ mô hình sản xuất sạch", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Kinh tế hợp tác và PTNT), 22/11/2023: national overview of bronze casting villages.",
    "Location Việt Nam; the province list after the national count gives each item its province (the list's indicator as subject).",
    "'trong đó có 37 làng nghề' is part of the 2.026; the province list (sum 18) is not a breakdown of the 37: no total.",
    "'thị trường Mỹ chiếm 31%' etc. are shares of parts, not of 38,5 triệu USD: percent figures of their own (trade partners are not places).",
    "'cao hơn 1,5 triệu đồng so với …' is the change of 6,2 triệu (unit đồng). 'tăng gấp 2 lần so với năm 2020' with no base amount: multiple, target.",
    "'dưới 30 tuổi' is a category threshold (optional). Distractors: Quyết định số 801/QĐ-TTg, giai đoạn 2021-2030, address, phone, Lượt xem.",
]

if __name__ == "__main__":
    write(4, TEXT, COMMENTS, FIGS, published="2023-11-22", location="Việt Nam")

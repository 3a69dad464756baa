"""p978-4: ministry site (Bộ Công Thương) - national exports of rattan, bamboo, sedge and carpets in 2023."""
from lib import F, P, I, C, T, build

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu mây, tre, cói và thảm năm 2023 giảm do nhu cầu thế giới suy yếu

Ngày đăng: 25/01/2024 | 15:40

Theo số liệu của Cục Xuất nhập khẩu (Bộ Công Thương), năm 2023, kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm của Việt Nam đạt 738,6 triệu USD, giảm 18,4% so với năm 2022. Trong đó, xuất khẩu sang Hoa Kỳ đạt 271,3 triệu USD, chiếm 36,7% tổng kim ngạch. Các thị trường tiếp theo là Nhật Bản (98,5 triệu USD), Đức (52,7 triệu USD) và Anh (38,1 triệu USD).

Hai mặt hàng chủ lực là sản phẩm từ cói và sản phẩm từ lục bình, lần lượt đạt 186,2 triệu USD và 143,9 triệu USD. Đơn hàng phục hồi từ quý IV/2023; riêng tháng 12/2023 kim ngạch ước đạt 78,2 triệu USD, tăng 21,5% so với tháng 12/2022.

Cả nước hiện có khoảng 5.400 làng nghề, trong đó 1.294 làng nghề mây tre đan, cói, lục bình, thu hút trên 350.000 lao động. Việt Nam đứng thứ 5 thế giới về xuất khẩu sản phẩm mây tre đan.

Theo Chương trình phát triển ngành nghề nông thôn ban hành kèm Quyết định số 801/QĐ-TTg và Nghị định số 52/2018/NĐ-CP, đến năm 2030 kim ngạch xuất khẩu hàng thủ công mỹ nghệ đạt 5 tỷ USD, tốc độ tăng bình quân 8-10%/năm. Cục Xuất nhập khẩu dự báo năm 2024 xuất khẩu nhóm hàng mây, tre, cói và thảm có thể tăng khoảng 10-12%.

Doanh nghiệp quan tâm có thể tìm hiểu thêm tại Hội chợ Lifestyle Vietnam 2024 lần thứ 17 hoặc liên hệ Cục Xuất nhập khẩu, số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội, điện thoại 024.2220.5382.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ_MKT = "kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm theo thị trường"
FIGS = [
    F("đạt 738,6 triệu USD", "738,6", 738.6e6, "money", "USD", change=C("decrease", 18.4, baseline="năm 2022"),
      subject="kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm", period=Y23),
    F("đạt 271,3 triệu USD", "271,3", 271.3e6, "money", "USD", total=738.6e6, percent=36.7,
      subject="kim ngạch xuất khẩu sang Hoa Kỳ", period=I(Y23)),
    F("Nhật Bản (98,5 triệu USD)", "98,5", 98.5e6, "money", "USD", subject=SUBJ_MKT, period=I(Y23)),
    F("Đức (52,7 triệu USD)", "52,7", 52.7e6, "money", "USD", subject=SUBJ_MKT, period=I(Y23)),
    F("Anh (38,1 triệu USD)", "38,1", 38.1e6, "money", "USD", subject=SUBJ_MKT, period=I(Y23)),
    F("Hai mặt hàng chủ lực", "Hai", 2, "count", "mặt hàng", subject="mặt hàng chủ lực", optional=True),
    F("đạt 186,2 triệu USD", "186,2", 186.2e6, "money", "USD", subject="kim ngạch xuất khẩu sản phẩm từ cói", period=I(Y23)),
    F("và 143,9 triệu USD", "143,9", 143.9e6, "money", "USD", subject="kim ngạch xuất khẩu sản phẩm từ lục bình", period=I(Y23)),
    F("ước đạt 78,2 triệu USD", "78,2", 78.2e6, "money", "USD", status="estimate",
      change=C("increase", 21.5, baseline="tháng 12/2022"), subject="kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm",
      period=P("tháng 12/2023", "2023-12-01", "2023-12-31")),
    F("khoảng 5.400 làng nghề", "5.400", 5400, "count", "làng nghề", approx="about", subject="làng nghề cả nước"),
    F("trong đó 1.294 làng nghề", "1.294", 1294, "count", "làng nghề", total=5400, subject="làng nghề mây tre đan, cói, lục bình"),
    F("trên 350.000 lao động", "350.000", 350000, "count", "lao động", approx="over",
      subject="lao động làng nghề mây tre đan, cói, lục bình"),
    F("đứng thứ 5 thế giới", "5", 5, "rank", "hạng", subject="xuất khẩu sản phẩm mây tre đan"),
    F("đạt 5 tỷ USD", "5", 5e9, "money", "USD", status="target", subject="kim ngạch xuất khẩu hàng thủ công mỹ nghệ", period=T30),
    F("bình quân 8-10%/năm", "8", 8, "percent", "%", value_max=10, status="target",
      subject="tốc độ tăng bình quân kim ngạch xuất khẩu hàng thủ công mỹ nghệ", period=T30),
    F("khoảng 10-12%", "10", 10, "percent", "%", value_max=12, approx="about", status="forecast",
      subject="tăng trưởng xuất khẩu nhóm hàng mây, tre, cói và thảm", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]
NOTES = [
    "Bộ Công Thương portal: xuất khẩu mây, tre, cói và thảm năm 2023 (national). 'Ngày đăng: 25/01/2024 | 15:40' is the dateline.",
    "Trade partners (Hoa Kỳ, Nhật Bản, Đức, Anh) are not places of the figure: location Việt Nam. 271,3 after 'Trong đó' (sentence break)",
    "takes the 738,6 as total and 'chiếm 36,7%' as percent; the next sentence's market list has no part-of cue: no total.",
    "'lần lượt đạt 186,2 ... và 143,9' pairs each value with its product. '8-10%/năm' is a target growth rate (percent, range).",
    "'Hai mặt hàng chủ lực' counts the two items it lists (structure): optional.",
    "revised after the first run: added the optional 'Hai mặt hàng' (a number word missed in the first annotation; structure count as in shared gold).",
    "Not figures: Quyết định số 801/QĐ-TTg, Nghị định số 52/2018/NĐ-CP, 'Lifestyle Vietnam 2024', 'lần thứ 17', số 54 Hai Bà Trưng, phone, 'quý IV/2023' (time only).",
]
build("p978-4", TEXT, FIGS, NOTES, published="2024-01-25", location="Việt Nam")

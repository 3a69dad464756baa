"""p485-1: Nghệ An province portal — reservoir water storage before the winter-spring crop, damaged reservoirs, repair funds."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Nghệ An: 625 hồ chứa thủy lợi đã tích đầy nước trước vụ Đông Xuân

Cập nhật: 18/12/2023 10:05 | Lượt xem: 1.482

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh Nghệ An hiện có 1.061 hồ chứa thủy lợi với tổng dung tích thiết kế khoảng 2,1 tỷ m3. Tính đến ngày 15/12/2023, trong số này có 625 hồ đã tích đầy nước, 348 hồ tích được trên một nửa dung tích và 88 hồ tích dưới một nửa dung tích. Các hồ lớn như Vực Mấu, Sông Sào, Khe Đá đã tích được từ 85 đến 95% dung tích thiết kế.

Những địa phương có nhiều hồ chứa nhất là Quỳnh Lưu (96 hồ), Nghĩa Đàn (84 hồ), Tân Kỳ (78 hồ) và Yên Thành (71 hồ).

Về an toàn đập, qua kiểm tra trước mùa mưa lũ, toàn tỉnh còn 217 hồ chứa bị hư hỏng, xuống cấp; trong đó có 43 hồ hư hỏng nặng, cần sửa chữa cấp bách. Tổng kinh phí sửa chữa, nâng cấp số hồ này dự kiến khoảng 1.350 tỷ đồng. Năm 2023, tỉnh đã bố trí 186,5 tỷ đồng để sửa chữa, nâng cấp 32 hồ chứa, tăng 12 hồ so với năm 2022.

Dự kiến, nguồn nước từ các hồ chứa sẽ bảo đảm tưới cho khoảng 92.000 ha lúa và gần 35.000 ha cây màu vụ Đông Xuân 2023-2024.

Sở NN&PTNT đề nghị các địa phương thực hiện nghiêm Công điện số 12/CĐ-UBND ngày 02/12/2023 của UBND tỉnh; mọi sự cố hồ đập cần báo ngay về Chi cục Thủy lợi, số 6 đường Trường Thi, TP Vinh, điện thoại 0238.3844.571.
"""

ASOF = P("Tính đến ngày 15/12/2023", end="2023-12-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Nghệ An: 625 hồ", "625", 625, "count", "hồ chứa", "hồ chứa thủy lợi đã tích đầy nước"),
    F("có 1.061 hồ chứa", "1.061", 1061, "count", "hồ chứa", "hồ chứa thủy lợi"),
    F("khoảng 2,1 tỷ m3", "2,1", 2.1e9, "measure", "m3", "tổng dung tích thiết kế", approx="about"),
    F("có 625 hồ đã tích", "625", 625, "count", "hồ", "hồ đã tích đầy nước", ASOF, total=1061),
    F("348 hồ tích", "348", 348, "count", "hồ", "hồ tích được trên một nửa dung tích", ASOF, total=1061),
    F("88 hồ tích", "88", 88, "count", "hồ", "hồ tích dưới một nửa dung tích", ASOF, total=1061),
    F("từ 85 đến 95%", "85", 85, "percent", "%", "dung tích thiết kế các hồ lớn đã tích được", I(ASOF),
      value_max=95),
    F("Quỳnh Lưu (96 hồ)", "96", 96, "count", "hồ", "hồ chứa", location="Quỳnh Lưu"),
    F("Nghĩa Đàn (84 hồ)", "84", 84, "count", "hồ", "hồ chứa", location="Nghĩa Đàn"),
    F("Tân Kỳ (78 hồ)", "78", 78, "count", "hồ", "hồ chứa", location="Tân Kỳ"),
    F("Yên Thành (71 hồ)", "71", 71, "count", "hồ", "hồ chứa", location="Yên Thành"),
    F("còn 217 hồ chứa", "217", 217, "count", "hồ chứa", "hồ chứa bị hư hỏng, xuống cấp"),
    F("có 43 hồ", "43", 43, "count", "hồ", "hồ hư hỏng nặng, cần sửa chữa cấp bách", total=217),
    F("khoảng 1.350 tỷ đồng", "1.350", 1.35e12, "money", "đồng", "tổng kinh phí sửa chữa, nâng cấp số hồ này",
      approx="about", status="forecast"),
    F("bố trí 186,5 tỷ đồng", "186,5", 186.5e9, "money", "đồng", "kinh phí sửa chữa, nâng cấp hồ chứa tỉnh bố trí", Y23),
    F("nâng cấp 32 hồ chứa", "32", 32, "count", "hồ chứa", "hồ chứa được sửa chữa, nâng cấp", Y23,
      change=CH("increase", 12, "hồ", "năm 2022")),
    F("khoảng 92.000 ha", "92.000", 92000, "measure", "ha", "diện tích lúa được bảo đảm tưới",
      approx="about", status="forecast"),
    F("gần 35.000 ha", "35.000", 35000, "measure", "ha", "diện tích cây màu được bảo đảm tưới",
      approx="nearly", status="forecast"),
]

emit("p485-1", TEXT, [
    "Cổng TTĐT tỉnh Nghệ An (breadcrumb, 'Cập nhật: 18/12/2023 10:05 | Lượt xem: 1.482'): reservoirs' water storage before",
    "the Đông Xuân crop, damaged reservoirs, repair funds. Distractors: view counter, Công điện số 12/CĐ-UBND ngày 02/12/2023,",
    "số 6 đường Trường Thi, phone 0238.3844.571, 'vụ Đông Xuân 2023-2024' (a season name, not a figure), 'một nửa' (a threshold).",
    "'trong số này' after the 1.061 reservoirs: the three parts (625 + 348 + 88 = 1.061) take the whole as total.",
    "Headline 625 has no period in its sentence (none given). Districts in the list go to location; the indicator is 'hồ chứa'.",
    "'Dự kiến' governs the 1.350 tỷ and both irrigated areas (forecast).",
], FIGS, published="2023-12-18", location="Nghệ An")

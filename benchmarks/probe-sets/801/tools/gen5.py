"""p801-5: Party/provincial newspaper (Báo Bình Định), làng rèn Tây Phương Danh, thị xã An Nhơn; byline + bare date at the end."""
from lib import F, build, year, months, asof, span, inherit, up, tgt

TEXT = """
Tiếng búa làng rèn Tây Phương Danh

Nằm cạnh Quốc lộ 19, làng rèn Tây Phương Danh (phường Đập Đá, thị xã An Nhơn) hiện có 210 hộ với hơn 500 lao động theo nghề, trong đó khoảng 60 hộ đã đầu tư máy búa, máy mài.

Ông Nguyễn Văn Bảy (63 tuổi), chủ một lò rèn ở khu vực Phương Danh, kể: "Trước đây cả nhà làm cật lực mỗi ngày chỉ được 10-12 con dao, nay có máy búa, lò của tôi ra 30-35 sản phẩm/ngày". Theo ông Bảy, giá thép nhíp ô tô cũ hiện khoảng 18.000 đồng/kg, tăng gần 20% so với đầu năm; dao phay loại tốt bán từ 180.000 đến 250.000 đồng/cây, thợ đứng búa được trả 350.000 đồng/ngày.

Theo UBND phường Đập Đá, năm 2022 làng rèn cung ứng ra thị trường khoảng 420.000 sản phẩm, doanh thu đạt 38 tỷ đồng; 9 tháng năm 2023 doanh thu ước đạt 29,5 tỷ đồng, bằng 102% cùng kỳ.

Khói than và bụi kim loại từng là nỗi lo của người dân. Năm 2023, thị xã hỗ trợ 24 hộ lắp chụp hút khói với mức 85 triệu đồng/lò, giúp giảm khoảng 70% lượng bụi than phát tán. Sản phẩm dao rèn Tây Phương Danh đã đạt OCOP 3 sao và đang hoàn thiện hồ sơ nâng hạng lên 4 sao.

Thị xã An Nhơn đặt mục tiêu đến năm 2025 có 150 hộ rèn sử dụng máy búa và lò cải tiến, doanh thu làng nghề đạt trên 50 tỷ đồng/năm; đồng thời xây dựng điểm giới thiệu sản phẩm tại Lễ hội làng nghề lần thứ 4.

HOÀI THU
23/10/2023
"""

Y22 = year("năm 2022", 2022)
M9 = months("9 tháng năm 2023", 2023, 1, 9)
Y23 = year("Năm 2023", 2023)
T25 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    F("hiện có 210 hộ", "210", 210, "count", "hộ", "hộ làng rèn Tây Phương Danh"),
    F("hơn 500 lao động", "500", 500, "count", "lao động", "lao động theo nghề", approx="over"),
    F("khoảng 60 hộ", "60", 60, "count", "hộ", "hộ đã đầu tư máy búa, máy mài", approx="about", total=210),
    F("(63 tuổi)", "63", 63, "measure", "tuổi", "tuổi ông Nguyễn Văn Bảy", optional=True),
    F("10-12 con dao", "10", 10, "count", "con dao", "dao cả nhà làm được mỗi ngày trước đây", value_max=12),
    F("30-35 sản phẩm/ngày", "30", 30, "measure", "sản phẩm/ngày", "sản phẩm lò rèn làm ra", value_max=35),
    F("khoảng 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá thép nhíp ô tô cũ", approx="about",
      change=up(20, baseline="đầu năm", approx="nearly")),
    F("từ 180.000 đến 250.000 đồng/cây", "180.000", 180000, "money", "đồng/cây", "giá dao phay loại tốt",
      value_max=250000),
    F("350.000 đồng/ngày", "350.000", 350000, "money", "đồng/ngày", "tiền công thợ đứng búa"),
    F("khoảng 420.000 sản phẩm", "420.000", 420000, "count", "sản phẩm", "sản phẩm làng rèn cung ứng ra thị trường", Y22,
      approx="about"),
    F("đạt 38 tỷ đồng", "38", 38e9, "money", "đồng", "doanh thu", Y22),
    F("ước đạt 29,5 tỷ đồng", "29,5", 29.5e9, "money", "đồng", "doanh thu", M9, status="estimate", percent=102),
    F("hỗ trợ 24 hộ", "24", 24, "count", "hộ", "hộ được hỗ trợ lắp chụp hút khói", Y23),
    F("85 triệu đồng/lò", "85", 85e6, "money", "đồng/lò", "mức hỗ trợ lắp chụp hút khói", Y23),
    F("giảm khoảng 70%", "70", 70, "percent", "%", "lượng bụi than phát tán giảm", Y23, approx="about"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("lên 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("có 150 hộ rèn", "150", 150, "count", "hộ", "hộ rèn sử dụng máy búa và lò cải tiến", T25, status="target"),
    F("trên 50 tỷ đồng/năm", "50", 50e9, "money", "đồng/năm", "doanh thu làng nghề", T25, approx="over",
      status="target"),
]

build(5, TEXT, FIGS, published="2023-10-23", location="An Nhơn", comments=[
    "Báo Bình Định style feature: làng rèn Tây Phương Danh (phường Đập Đá, thị xã An Nhơn); byline HOÀI THU and bare date 23/10/2023 at the end.",
    "'khoảng 60 hộ' after 'trong đó' takes the whole 210 hộ (same thing counted), not the 500 lao động the cue follows directly.",
    "A smith's quote: per-day output and prices without period ('hiện'); age '(63 tuổi)' and OCOP star ratings optional.",
    "'bằng 102% cùng kỳ' is the percent of 29,5 tỷ. 'giảm khoảng 70%' (no base amount) is a percent figure. Quốc lộ 19, Nguyễn Văn Bảy, lần thứ 4: distractors.",
])

"""p963-5: Báo Nghệ An, market surveillance of fuel trading in 2023 (byline + bare date at the end)."""
from lib import F, P, I, C, T, write

TEXT = """Quản lý thị trường Nghệ An xử lý 58 vụ vi phạm trong kinh doanh xăng dầu

Năm 2023, Cục Quản lý thị trường tỉnh Nghệ An đã chủ trì, phối hợp kiểm tra 146 vụ liên quan đến lĩnh vực kinh doanh xăng dầu, phát hiện và xử lý 58 vụ vi phạm, tăng 9 vụ so với năm 2022. Tổng số tiền xử phạt và trị giá hàng tịch thu gần 1,47 tỷ đồng, trong đó tiền phạt vi phạm hành chính 1,21 tỷ đồng.

Các hành vi vi phạm chủ yếu gồm: kinh doanh xăng dầu không bảo đảm chất lượng (12 vụ), vi phạm về đo lường (17 vụ), không xuất hóa đơn điện tử theo từng lần bán (21 vụ) và vi phạm khác (8 vụ). Riêng số vụ không xuất hóa đơn điện tử tăng gấp 3 lần so với năm trước. Lực lượng chức năng đã tạm giữ, tịch thu khoảng 8.600 lít xăng, dầu không rõ nguồn gốc; tại thị xã Hoàng Mai, một vụ thu giữ 5.400 lít dầu DO 0,05S chở trên xe bồn.

Qua kiểm tra phương tiện đo tại 214 cửa hàng bán lẻ, Chi cục Tiêu chuẩn Đo lường Chất lượng phát hiện 11 cột đo có sai số vượt quá giới hạn cho phép, chiếm khoảng 1,3% số cột đo được kiểm tra. Hiện toàn tỉnh có 642 cửa hàng bán lẻ xăng dầu; đến hết tháng 12/2023 mới có 598 cửa hàng xuất hóa đơn điện tử theo từng lần bán.

Ông Nguyễn Văn Chín, Phó Cục trưởng Cục Quản lý thị trường tỉnh cho biết, năm 2024, đơn vị đặt mục tiêu kiểm tra ít nhất 160 vụ, tập trung vào các cửa hàng dọc Quốc lộ 7, Quốc lộ 48 và đường Hồ Chí Minh, đồng thời phối hợp ngành thuế đưa tỷ lệ cửa hàng xuất hóa đơn điện tử lên 100%.

THANH HẢI
18/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
DEC = P("đến hết tháng 12/2023", end="2023-12-31")

FIGS = [
    F("xử lý 58 vụ vi phạm trong", "58", 58, "count", "vụ",
      "vụ vi phạm trong kinh doanh xăng dầu được xử lý"),
    F("kiểm tra 146 vụ", "146", 146, "count", "vụ",
      "vụ kiểm tra liên quan đến lĩnh vực kinh doanh xăng dầu", Y23),
    F("xử lý 58 vụ vi phạm, tăng", "58", 58, "count", "vụ", "vụ vi phạm được xử lý", Y23,
      change=C("increase", 9, "vụ", "năm 2022")),
    F("gần 1,47 tỷ đồng", "1,47", 1470000000, "money", "đồng",
      "tổng số tiền xử phạt và trị giá hàng tịch thu", I(Y23), approx="nearly"),
    F("hành chính 1,21 tỷ đồng", "1,21", 1210000000, "money", "đồng",
      "tiền phạt vi phạm hành chính", I(Y23), total=1470000000),
    F("(12 vụ)", "12", 12, "count", "vụ",
      "vụ kinh doanh xăng dầu không bảo đảm chất lượng", I(Y23), total=58),
    F("(17 vụ)", "17", 17, "count", "vụ", "vụ vi phạm về đo lường", I(Y23), total=58),
    F("(21 vụ)", "21", 21, "count", "vụ",
      "vụ không xuất hóa đơn điện tử theo từng lần bán", I(Y23), total=58),
    F("(8 vụ)", "8", 8, "count", "vụ", "vụ vi phạm khác", I(Y23), total=58),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      "số vụ không xuất hóa đơn điện tử tăng so với năm trước", I(Y23)),
    F("khoảng 8.600 lít", "8.600", 8600, "measure", "lít",
      "xăng, dầu không rõ nguồn gốc bị tạm giữ, tịch thu", I(Y23), approx="about"),
    F("thu giữ 5.400 lít", "5.400", 5400, "measure", "lít", "dầu DO thu giữ trong một vụ", I(Y23),
      location="Hoàng Mai"),
    F("tại 214 cửa hàng", "214", 214, "count", "cửa hàng",
      "cửa hàng bán lẻ được kiểm tra phương tiện đo", I(Y23)),
    F("phát hiện 11 cột đo", "11", 11, "count", "cột đo",
      "cột đo có sai số vượt quá giới hạn cho phép", I(Y23), percent=1.3),
    F("có 642 cửa hàng", "642", 642, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu"),
    F("có 598 cửa hàng", "598", 598, "count", "cửa hàng",
      "cửa hàng xuất hóa đơn điện tử theo từng lần bán", DEC),
    F("ít nhất 160 vụ", "160", 160, "count", "vụ", "vụ kiểm tra", Y24,
      approx="at_least", status="target"),
    F("lên 100%", "100", 100, "percent", "%", "tỷ lệ cửa hàng xuất hóa đơn điện tử", Y24,
      status="target"),
]

NOTES = [
    "Báo Nghệ An: Cục QLTT Nghệ An, kinh doanh xăng dầu năm 2023; byline 'THANH HẢI' and bare date 18/01/2024 at the end.",
    "Headline '58 vụ' has no period (the article is dated 2024, the figure is of 2023; nothing dated in the headline).",
    "'gồm:' after the 58 cases in the previous sentence: the four bracketed parts add up to 58 → total 58. 'trong đó' fine → total 1,47 tỷ.",
    "'Riêng số vụ ... tăng gấp 3 lần so với năm trước' stands alone (no base amount): a multiple figure. '1,3%' with 'khoảng' is 11 cột đo's percent.",
    "Paragraph 3's inspections inherit 'Năm 2023'. 'Hiện' gives no period. The 5.400 lít seizure is located in thị xã Hoàng Mai.",
    "Distractors: 'DO 0,05S' (fuel grade), Quốc lộ 7 / 48, đường Hồ Chí Minh, 'Nguyễn Văn Chín', bare date 18/01/2024.",
]

write("p963-5", TEXT, FIGS, NOTES, published="2024-01-18", location="Nghệ An")

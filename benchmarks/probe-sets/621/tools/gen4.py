from lib import F, P, I, YEAR, CH, emit

TEXT = """BỘ NỘI VỤ - BAN TÔN GIÁO CHÍNH PHỦ
Trang chủ / Tin tức / Hoạt động tôn giáo

Việt Nam có hơn 27,7 triệu tín đồ các tôn giáo

Ngày đăng: 12/01/2024 08:30

Theo số liệu tổng hợp của Ban Tôn giáo Chính phủ, tính đến ngày 31/12/2023, cả nước có 16 tôn giáo với 43 tổ chức tôn giáo được Nhà nước công nhận, cấp đăng ký hoạt động; hơn 27,7 triệu tín đồ, chiếm khoảng 27,5% dân số; 55.620 chức sắc, chức việc và 29.987 cơ sở thờ tự.

Trong đó, Phật giáo có khoảng 14 triệu tín đồ, 18.544 cơ sở thờ tự; Công giáo có 7,2 triệu tín đồ, 3.053 nhà thờ; đạo Tin lành có 1,5 triệu tín đồ; Cao Đài có 1,1 triệu tín đồ; Phật giáo Hòa Hảo có gần 1,3 triệu tín đồ.

So với năm 2022, số tín đồ tăng khoảng 310.000 người; số cơ sở thờ tự tăng 284 cơ sở. Trong năm 2023, các tổ chức tôn giáo đã tổ chức 8.652 cuộc lễ hội, lễ trọng có đông người tham gia, trong đó 1.247 cuộc có trên 10.000 người dự. Các hoạt động diễn ra an toàn, không có vụ việc phức tạp về an ninh, trật tự.

Về công tác quản lý nhà nước, năm 2023 các bộ, ngành và 63/63 tỉnh, thành phố đã giải quyết 2.186 hồ sơ đề nghị của các tổ chức tôn giáo, đạt 98,6% số hồ sơ tiếp nhận. Tỷ lệ tín đồ trên dân số cao nhất thuộc về các tỉnh Nam Bộ như An Giang (khoảng 68%), Đồng Nai (61,2%), Tây Ninh (57%).

Bộ Nội vụ đặt mục tiêu đến năm 2025, 100% thủ tục hành chính trong lĩnh vực tôn giáo được cung cấp trực tuyến toàn trình.

Ban Tôn giáo Chính phủ - Số 8 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = YEAR(2023, "Trong năm 2023")
Y23b = YEAR(2023, "năm 2023")

FIGS = [
    F("hơn 27,7 triệu tín đồ các", "27,7", 27.7e6, "count", "tín đồ", "tín đồ các tôn giáo", I(ASOF), approx="over"),
    F("có 16 tôn giáo", "16", 16, "count", "tôn giáo", "tôn giáo", ASOF),
    F("với 43 tổ chức", "43", 43, "count", "tổ chức tôn giáo",
      "tổ chức tôn giáo được Nhà nước công nhận, cấp đăng ký hoạt động", ASOF),
    F("hơn 27,7 triệu tín đồ, chiếm", "27,7", 27.7e6, "count", "tín đồ", "tín đồ", ASOF, approx="over", percent=27.5),
    F("55.620 chức sắc", "55.620", 55620, "count", "chức sắc, chức việc", "chức sắc, chức việc", ASOF),
    F("29.987 cơ sở", "29.987", 29987, "count", "cơ sở thờ tự", "cơ sở thờ tự", ASOF),
    F("khoảng 14 triệu", "14", 14e6, "count", "tín đồ", "tín đồ Phật giáo", I(ASOF), approx="about", total=27.7e6),
    F("18.544 cơ sở", "18.544", 18544, "count", "cơ sở thờ tự", "cơ sở thờ tự Phật giáo", I(ASOF), total=29987),
    F("có 7,2 triệu", "7,2", 7.2e6, "count", "tín đồ", "tín đồ Công giáo", I(ASOF), total=27.7e6),
    F("3.053 nhà thờ", "3.053", 3053, "count", "nhà thờ", "nhà thờ Công giáo", I(ASOF), total=29987),
    F("có 1,5 triệu", "1,5", 1.5e6, "count", "tín đồ", "tín đồ đạo Tin lành", I(ASOF), total=27.7e6),
    F("có 1,1 triệu", "1,1", 1.1e6, "count", "tín đồ", "tín đồ Cao Đài", I(ASOF), total=27.7e6),
    F("gần 1,3 triệu", "1,3", 1.3e6, "count", "tín đồ", "tín đồ Phật giáo Hòa Hảo", I(ASOF), approx="nearly",
      total=27.7e6),
    F("khoảng 310.000 người", "310.000", 310000, "count", "người", "số tín đồ tăng so với năm 2022", approx="about"),
    F("tăng 284 cơ sở", "284", 284, "count", "cơ sở", "số cơ sở thờ tự tăng so với năm 2022"),
    F("tổ chức 8.652 cuộc", "8.652", 8652, "count", "cuộc", "cuộc lễ hội, lễ trọng có đông người tham gia", Y23),
    F("1.247 cuộc", "1.247", 1247, "count", "cuộc", "cuộc có trên 10.000 người dự", Y23, total=8652),
    F("trên 10.000 người", "10.000", 10000, "count", "người", "người dự", approx="over", optional=True),
    F("và 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã giải quyết hồ sơ đề nghị của các tổ chức tôn giáo", Y23b, total=63),
    F("giải quyết 2.186 hồ sơ", "2.186", 2186, "count", "hồ sơ",
      "hồ sơ đề nghị của các tổ chức tôn giáo đã giải quyết", Y23b, percent=98.6),
    F("(khoảng 68%)", "68", 68, "percent", "%", "Tỷ lệ tín đồ trên dân số", approx="about", location="An Giang"),
    F("(61,2%)", "61,2", 61.2, "percent", "%", "Tỷ lệ tín đồ trên dân số", location="Đồng Nai"),
    F("(57%)", "57", 57, "percent", "%", "Tỷ lệ tín đồ trên dân số", location="Tây Ninh"),
    F("2025, 100% thủ tục", "100", 100, "percent", "%",
      "thủ tục hành chính trong lĩnh vực tôn giáo được cung cấp trực tuyến toàn trình",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

emit("p621-4", TEXT, [
    "Ministry site (Bộ Nội vụ – Ban Tôn giáo Chính phủ): national religious statistics as of 31/12/2023; 'Ngày đăng: 12/01/2024 08:30'.",
    "Not figures: the address 'Số 8 Tôn Thất Thuyết', the dateline. 'trên 10.000 người dự' is a size threshold (optional).",
    "'Trong đó' parts after the first paragraph take the whole that counts the same thing: tín đồ parts → 27,7 triệu, cơ sở thờ tự/nhà thờ → 29.987.",
    "'số tín đồ tăng khoảng 310.000 người' stands in its own sentence with no base amount: a count figure, no change (like a rate that is the claim).",
    "revised: the 16's subject is 'tôn giáo' ('được Nhà nước công nhận, cấp đăng ký hoạt động' qualifies the 43 tổ chức, a sibling figure).",
    "'63/63 tỉnh, thành phố' is a count with total 63. Province shares in brackets: location = the province, subject = the list's indicator.",
], FIGS, published="2024-01-12", location="Việt Nam")

"""p907-2: huyện Lâm Hà (Lâm Đồng) district portal, 9 months 2024."""
from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÂM HÀ - TỈNH LÂM ĐỒNG
Trang chủ > Tin tức > Kinh tế - Nông nghiệp
Thứ Hai, 14/10/2024 - 10:05

Dâu tằm giúp nông dân Lâm Hà tăng thu nhập

Những năm gần đây, cây dâu tằm tiếp tục khẳng định vị thế trên đồng đất Lâm Hà. Tính đến ngày 30/9/2024, diện tích dâu toàn huyện đạt 2.860 ha, tăng 7,5% so với cuối năm 2023; trong đó diện tích dâu giống mới S7-CB, VA-201 chiếm trên 90%. Các xã có diện tích lớn là Nam Hà (620 ha), Phúc Thọ (540 ha), Tân Thanh (480 ha) và Đan Phượng (395 ha).

Chín tháng năm 2024, toàn huyện nuôi được 95.000 hộp trứng tằm, sản lượng kén đạt khoảng 3.700 tấn, tăng 420 tấn so với cùng kỳ. Năng suất kén bình quân từ 38 đến 42 kg/hộp. Với giá kén dao động 180.000-195.000 đồng/kg, mỗi ha dâu cho thu nhập từ 250 đến 300 triệu đồng/năm.

Toàn huyện hiện có 4.120 hộ trồng dâu nuôi tằm, 36 cơ sở nuôi tằm con và 2 nhà máy ươm tơ với tổng công suất 450 tấn kén/năm. Gia đình ông Nguyễn Văn Ba ở thôn Liên Trung, xã Nam Hà trồng 1,2 ha dâu, mỗi tháng nuôi 6 hộp trứng, lãi khoảng 25 triệu đồng/tháng.

Năm 2024, huyện phấn đấu trồng mới và cải tạo 150 ha dâu; đến năm 2025 diện tích dâu toàn huyện đạt 3.000 ha, trong đó 100% diện tích sử dụng giống dâu mới.

Lượt xem: 356
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("Chín tháng năm 2024", "2024-01-01", "2024-09-30")
NOW = P("hiện", None, "2024-10-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
DT = "diện tích dâu"

FIGS = [
    F("đạt 2.860 ha", "2.860", 2860, "measure", "ha", "diện tích dâu toàn huyện", ASOF,
      change=C("increase", 7.5, "%", "cuối năm 2023")),
    F("chiếm trên 90%", "90", 90, "percent", "%", "diện tích dâu giống mới S7-CB, VA-201", ASOF, approx="over"),
    F("Nam Hà (620 ha)", "620", 620, "measure", "ha", DT, I(ASOF)),
    F("Phúc Thọ (540 ha)", "540", 540, "measure", "ha", DT, I(ASOF)),
    F("Tân Thanh (480 ha)", "480", 480, "measure", "ha", DT, I(ASOF)),
    F("Đan Phượng (395 ha)", "395", 395, "measure", "ha", DT, I(ASOF)),
    F("nuôi được 95.000 hộp", "95.000", 95000, "count", "hộp trứng tằm", "hộp trứng tằm nuôi được", M9),
    F("khoảng 3.700 tấn", "3.700", 3700, "measure", "tấn", "sản lượng kén", M9, approx="about",
      change=C("increase", 420, "tấn", "cùng kỳ")),
    F("từ 38 đến 42 kg/hộp", "38", 38, "measure", "kg/hộp", "năng suất kén bình quân", I(M9), value_max=42),
    F("180.000-195.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá kén", I(M9), value_max=195000),
    F("từ 250 đến 300 triệu đồng/năm", "250", 250e6, "money", "đồng/ha/năm", "thu nhập mỗi ha dâu", I(M9),
      value_max=300e6),
    F("có 4.120 hộ", "4.120", 4120, "count", "hộ", "hộ trồng dâu nuôi tằm", NOW),
    F("36 cơ sở", "36", 36, "count", "cơ sở", "cơ sở nuôi tằm con", NOW),
    F("2 nhà máy", "2", 2, "count", "nhà máy", "nhà máy ươm tơ", NOW),
    F("450 tấn kén/năm", "450", 450, "measure", "tấn/năm", "tổng công suất nhà máy ươm tơ", NOW),
    F("trồng 1,2 ha dâu", "1,2", 1.2, "measure", "ha", "diện tích dâu của gia đình ông Nguyễn Văn Ba", I(NOW)),
    F("nuôi 6 hộp trứng", "6", 6, "measure", "hộp trứng/tháng", "hộp trứng nuôi mỗi tháng của gia đình ông Nguyễn Văn Ba",
      I(NOW)),
    F("khoảng 25 triệu đồng/tháng", "25", 25e6, "money", "đồng/tháng", "lãi của gia đình ông Nguyễn Văn Ba", I(NOW),
      approx="about"),
    F("cải tạo 150 ha", "150", 150, "measure", "ha", "diện tích dâu trồng mới và cải tạo", Y24, status="target"),
    F("đạt 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích dâu toàn huyện", TO25, status="target"),
    F("trong đó 100%", "100", 100, "percent", "%", "diện tích sử dụng giống dâu mới", TO25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Lâm Hà (Lâm Đồng): dâu tằm 9 tháng 2024. Location is the district; commune items (Nam Hà ...) stay Lâm Hà.",
    "'Chín tháng năm 2024' = 2024-01-01..2024-09-30 (the number word is part of the period, not a figure).",
    "Commune list after 'là' adds to 2.035 ≠ 2.860: no total. 'chiếm trên 90%' and 'trong đó 100%' are shares of a sub-part: own percent figures.",
    "'hiện' = as of the dateline. A household's area, eggs per month and profit are facts (required); 'mỗi tháng nuôi 6 hộp trứng' is a rate (measure, hộp trứng/tháng).",
    "Distractors: dateline time 10:05, 'S7-CB', 'VA-201', 'Lượt xem: 356', 'Nguyễn Văn Ba'.",
]

emit("p907-2", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Lâm Hà")

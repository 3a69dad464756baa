from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐĂK HÀ - TỈNH KON TUM
Kinh tế | Nông nghiệp - Nông thôn

Đăk Hà đẩy mạnh tái canh cà phê, phát triển hồ tiêu bền vững
Lượt xem: 412

Năm 2024, huyện Đăk Hà được UBND tỉnh giao chỉ tiêu tái canh 600 ha cà phê. Từ đầu năm đến nay, toàn huyện đã trồng tái canh 534 ha, đạt 89% chỉ tiêu; riêng quý III/2024 trồng được 186 ha, cao gấp 1,4 lần quý III/2023.

Hiện nay, tổng diện tích cà phê của huyện là 12.980 ha, trong đó diện tích kinh doanh 11.240 ha. Diện tích già cỗi, năng suất thấp cần tái canh còn khoảng 1.150 ha, tập trung ở các xã Hà Mòn, Đăk La, Đăk Mar và thị trấn Đăk Hà.

Năng suất cà phê bình quân năm 2023 đạt 3,4 tấn/ha, sản lượng 38.200 tấn; năm 2024 ước đạt 39.500 tấn. Giá cà phê nhân tại địa phương tháng 10/2024 ở mức 115.000-117.000 đồng/kg, tăng gần 60% so với cùng kỳ.

Đối với cây hồ tiêu, huyện hiện có 1.286 ha, giảm 85 ha so với năm 2022 do chuyển đổi sang cây ăn quả. Giá tiêu đen 9 tháng năm 2024 bình quân đạt 138.000 đồng/kg.

Về vốn, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện đã cho 245 hộ đồng bào dân tộc thiểu số vay 9,8 tỷ đồng để tái canh, mức vay tối đa 100 triệu đồng/hộ, thời hạn đến 60 tháng.

Huyện phấn đấu đến năm 2025 tái canh toàn bộ diện tích cà phê già cỗi, nâng năng suất bình quân lên 3,8 tấn/ha, giá trị thu nhập trên 1 ha cà phê đạt trên 250 triệu đồng.

Mọi chi tiết xin liên hệ Phòng Nông nghiệp và PTNT huyện Đăk Hà, số 158 đường Hùng Vương, thị trấn Đăk Hà. ĐT: 0260.3820.126.
"""

y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ytd = P("Từ đầu năm đến nay", "2024-01-01", None)
to25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tái canh 600 ha", "600", 600, "measure", "ha", "chỉ tiêu tái canh cà phê", status="target", period=y24),
    F("canh 534 ha", "534", 534, "measure", "ha", "diện tích trồng tái canh", percent=89, period=ytd),
    F("được 186 ha", "186", 186, "measure", "ha", "diện tích trồng tái canh",
      change={"direction": "increase", "value": 1.4, "unit": "lần", "baseline": "quý III/2023"},
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("là 12.980 ha", "12.980", 12980, "measure", "ha", "tổng diện tích cà phê"),
    F("kinh doanh 11.240 ha", "11.240", 11240, "measure", "ha", "diện tích cà phê kinh doanh", total=12980),
    F("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích già cỗi, năng suất thấp cần tái canh", approx="about"),
    F("đạt 3,4 tấn/ha", "3,4", 3.4, "measure", "tấn/ha", "năng suất cà phê bình quân",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("sản lượng 38.200 tấn", "38.200", 38200, "measure", "tấn", "sản lượng cà phê",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ước đạt 39.500 tấn", "39.500", 39500, "measure", "tấn", "sản lượng cà phê", status="estimate",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("mức 115.000-117.000", "115.000", 115000, "money", "đồng/kg", "giá cà phê nhân", value_max=117000,
      change={"direction": "increase", "value": 60, "unit": "%", "approx": "nearly", "baseline": "cùng kỳ"},
      period=P("tháng 10/2024", "2024-10-01", "2024-10-31")),
    F("có 1.286 ha", "1.286", 1286, "measure", "ha", "diện tích hồ tiêu",
      change={"direction": "decrease", "value": 85, "unit": "ha", "baseline": "năm 2022"}),
    F("đạt 138.000 đồng/kg", "138.000", 138000, "money", "đồng/kg", "giá tiêu đen bình quân",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("cho 245 hộ", "245", 245, "count", "hộ", "hộ đồng bào dân tộc thiểu số vay vốn tái canh"),
    F("vay 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", "vốn vay để tái canh"),
    F("tối đa 100 triệu đồng/hộ", "100", 100000000, "money", "đồng/hộ", "mức vay", approx="at_most"),
    F("đến 60 tháng", "60", 60, "measure", "tháng", "thời hạn vay", approx="at_most", optional=True),
    F("lên 3,8 tấn/ha", "3,8", 3.8, "measure", "tấn/ha", "năng suất bình quân", status="target", period=to25),
    F("đạt trên 250 triệu đồng", "250", 250000000, "money", "đồng", "giá trị thu nhập trên 1 ha cà phê",
      approx="over", status="target", period=to25),
]

COMMENTS = [
    "District portal (Cổng TTĐT huyện Đăk Hà, Kon Tum); no date anywhere, only 'Lượt xem: 412': published null.",
    "'Từ đầu năm đến nay' takes the year of 'Năm 2024' (earlier in the article) and, with no dateline, has end null.",
    "'giao chỉ tiêu tái canh 600 ha' = target figure; '534 ha, đạt 89% chỉ tiêu' → percent 89 (no target attribute: the plan is a figure of its own, as in h23).",
    "'cao gấp 1,4 lần quý III/2023' = change of 186 ha (lần). 'trong đó diện tích kinh doanh' → total 12.980; the next sentence (già cỗi) has no cue: no total.",
    "'giá trị thu nhập trên 1 ha cà phê đạt trên 250 triệu đồng': '1 ha' is the rate denominator (not a figure); money in đồng, over, target.",
    "'mức vay tối đa 100 triệu đồng/hộ' at_most; 'thời hạn đến 60 tháng' (loan term) optional.",
    "Distractors: 'Lượt xem: 412', commune and township names, address 'số 158 đường Hùng Vương', phone 0260.3820.126.",
]

build("p427-8", TEXT, FIGS, COMMENTS, published=None, location="Đăk Hà")

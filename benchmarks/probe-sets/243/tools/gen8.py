from lib import *

text = """Kinh tế

Ngành sợi, dệt Đồng Nai phục hồi đơn hàng

(ĐN) - Theo Cục Thống kê tỉnh, quý III/2024, sản lượng sợi của các doanh nghiệp trên địa bàn tỉnh đạt 128.600 tấn, tăng 14,7% so với quý II và tăng 9,2% so với cùng kỳ năm trước; vải thành phẩm đạt 95,3 triệu mét.

Từ đầu năm đến nay, kim ngạch xuất khẩu xơ, sợi dệt của tỉnh ước đạt 1,23 tỷ USD, tăng 18,5% so với cùng kỳ; hàng dệt may 2,96 tỷ USD và giày dép 3,74 tỷ USD.

Tính đến 30/9, toàn tỉnh có 64 dự án FDI trong lĩnh vực sợi, dệt nhuộm với tổng vốn đăng ký hơn 4,1 tỷ USD, trong đó huyện Nhơn Trạch có 38 dự án, huyện Trảng Bom 11 dự án, thành phố Biên Hòa 7 dự án. Các dự án mới chủ yếu đầu tư vào Khu công nghiệp Nhơn Trạch 5 và Khu công nghiệp Giang Điền, gần Quốc lộ 51.

Đại diện Công ty TNHH Hyosung Đồng Nai cho biết, nhà máy hiện vận hành 100% công suất, đơn hàng đã kín đến hết quý I/2025. Một doanh nghiệp sợi khác tại huyện Long Thành cho biết sản lượng sợi xuất khẩu sang Trung Quốc và Thổ Nhĩ Kỳ chiếm khoảng 70% tổng sản lượng của công ty.

Tuy vậy, ngành sợi đang thiếu khoảng 3.000 lao động kỹ thuật; thu nhập bình quân của công nhân ngành sợi đạt 9,2 triệu đồng/người/tháng, cao hơn 4,5% so với năm 2023.

Năm 2025, tỉnh dự kiến thu hút thêm 5-6 dự án sợi, dệt có công nghệ hiện đại, tổng vốn khoảng 500 triệu USD, ưu tiên các dự án sử dụng năng lượng tái tạo.

Hoàng Lộc
"""

Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", None)
A30 = per("Tính đến 30/9", None, "2024-09-30")
A30i = per("Tính đến 30/9", None, "2024-09-30", inh=True)
Q3i = per("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
DA = "dự án FDI trong lĩnh vực sợi, dệt nhuộm"
figs = [
    fig("đạt 128.600 tấn", "128.600", 128600, "measure", "tấn", "sản lượng sợi của các doanh nghiệp", Q3,
        change=chg("increase", 14.7, baseline="quý II")),
    fig("tăng 9,2% so với", "9,2", 9.2, "percent", "%", "sản lượng sợi so với cùng kỳ năm trước", Q3, optional=True),
    fig("đạt 95,3 triệu mét", "95,3", 95.3e6, "measure", "mét", "vải thành phẩm", Q3),
    fig("ước đạt 1,23 tỷ USD", "1,23", 1.23e9, "money", "USD", "kim ngạch xuất khẩu xơ, sợi dệt", YTD,
        change=chg("increase", 18.5, baseline="cùng kỳ"), status="estimate"),
    fig("dệt may 2,96 tỷ USD", "2,96", 2.96e9, "money", "USD", "kim ngạch xuất khẩu hàng dệt may", YTD, status="estimate"),
    fig("giày dép 3,74 tỷ USD", "3,74", 3.74e9, "money", "USD", "kim ngạch xuất khẩu giày dép", YTD, status="estimate"),
    fig("có 64 dự án", "64", 64, "count", "dự án", DA, A30),
    fig("hơn 4,1 tỷ USD", "4,1", 4.1e9, "money", "USD", "tổng vốn đăng ký", A30, approx="over"),
    fig("có 38 dự án", "38", 38, "count", "dự án", DA, A30, total=64, location="Nhơn Trạch"),
    fig("Trảng Bom 11 dự án", "11", 11, "count", "dự án", DA, A30, total=64, location="Trảng Bom"),
    fig("Biên Hòa 7 dự án", "7", 7, "count", "dự án", DA, A30, total=64, location="Biên Hòa"),
    fig("vận hành 100% công suất", "100", 100, "percent", "%", "công suất vận hành nhà máy", Q3i),
    fig("khoảng 70% tổng", "70", 70, "percent", "%", "sản lượng sợi xuất khẩu sang Trung Quốc và Thổ Nhĩ Kỳ", Q3i,
        approx="about", location="Long Thành"),
    fig("khoảng 3.000 lao động", "3.000", 3000, "count", "lao động", "lao động kỹ thuật ngành sợi còn thiếu", Q3i,
        approx="about"),
    fig("đạt 9,2 triệu đồng", "9,2", 9.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của công nhân ngành sợi",
        Q3i, change=chg("increase", 4.5, baseline="năm 2023")),
    fig("thêm 5-6 dự án", "5", 5, "count", "dự án", "dự án sợi, dệt có công nghệ hiện đại thu hút thêm", Y25,
        value_max=6, status="forecast"),
    fig("khoảng 500 triệu USD", "500", 500e6, "money", "USD", "tổng vốn", Y25, approx="about", status="forecast"),
]
emit("p243-8", text, [
    "Báo Đồng Nai (Party newspaper, tag '(ĐN)'): yarn and weaving, Q3/2024; no dateline, byline at the end, so no 'published'.",
    "Two changes on 128.600 tấn: the first ('so với quý II') is the attribute, the second (9,2% so với cùng kỳ) an optional percent figure.",
    "'Từ đầu năm đến nay' without 'published' starts 2024-01-01 (year of the nearest earlier period) and has no end.",
    "'Tính đến 30/9' takes 2024. District parts after 'trong đó' have total 64 and their district as location.",
    "'cao hơn 4,5% so với năm 2023' is the change of 9,2 triệu. Distractors: 'Nhơn Trạch 5', 'Quốc lộ 51', 'Hyosung Đồng Nai', 'quý I/2025'.",
], figs, location="Đồng Nai")

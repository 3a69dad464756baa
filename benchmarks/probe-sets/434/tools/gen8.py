from lib import F, P, C, T, emit

TEXT = """BÁO ĐỒNG THÁP
Kinh tế - Nông nghiệp

Nông sản "lên sàn", nông dân tăng thu nhập

Năm 2023, toàn tỉnh Đồng Tháp có 5.862 nông dân được cấp tài khoản bán hàng trên sàn thương mại điện tử, tăng 37,2% so với năm 2022. Tính đến ngày 15/8/2024, toàn tỉnh có 7.807 tài khoản, tăng 1.945 tài khoản so với cuối năm 2023.

Theo Sở Công Thương, 7 tháng đầu năm 2024, doanh thu bán nông sản qua sàn thương mại điện tử và mạng xã hội ước đạt 428 tỷ đồng, tăng 52,6% so với cùng kỳ, chiếm khoảng 3,1% tổng mức bán lẻ hàng nông sản của tỉnh. Các huyện có tốc độ tăng doanh thu cao là Lấp Vò (tăng 74,5%), Tháp Mười (68,2%) và Châu Thành (61,9%).

Sản phẩm bán chạy nhất là xoài cát Hòa Lộc, sen, hạt sen sấy với giá từ 45.000 đến 120.000 đồng/kg; nhiều hộ có thu nhập thêm 8-10 triệu đồng mỗi tháng. Chị Lê Thị Mai ở ấp 3, xã Mỹ Xương (huyện Cao Lãnh) cho biết mỗi tháng bán được khoảng 600 kg xoài qua livestream.

Hội Nông dân tỉnh cho biết, từ đầu năm đến nay đã mở 28 lớp tập huấn "Nông dân số" cho 1.120 hội viên, vượt 12% kế hoạch. Bưu điện tỉnh đã hỗ trợ đưa 312 sản phẩm của 145 hợp tác xã, cơ sở sản xuất lên sàn Postmart.vn.

Năm 2024, tỉnh phấn đấu hỗ trợ 100% hợp tác xã nông nghiệp tham gia sàn thương mại điện tử, có trên 9.000 nông dân có tài khoản bán hàng trực tuyến; đến năm 2025 là 12.000 tài khoản.

Thanh Tâm
22/8/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 15/8/2024", None, "2024-08-15")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7_I = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-08-22")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
GR = "tốc độ tăng doanh thu bán nông sản qua sàn thương mại điện tử"

FIGS = [
    F("có 5.862 nông dân", "5.862", 5862, "count", "nông dân",
      "nông dân được cấp tài khoản bán hàng trên sàn thương mại điện tử", Y23,
      change=C("increase", 37.2, "%", "năm 2022")),
    F("có 7.807 tài khoản", "7.807", 7807, "count", "tài khoản", "tài khoản bán hàng trên sàn thương mại điện tử", ASOF,
      change=C("increase", 1945, "tài khoản", "cuối năm 2023")),
    F("ước đạt 428 tỷ đồng", "428", 428000000000, "money", "đồng",
      "doanh thu bán nông sản qua sàn thương mại điện tử và mạng xã hội", M7,
      change=C("increase", 52.6, "%", "cùng kỳ"), percent=3.1, status="estimate"),
    F("Lấp Vò (tăng 74,5%)", "74,5", 74.5, "percent", "%", GR, M7_I, location="Lấp Vò"),
    F("Tháp Mười (68,2%)", "68,2", 68.2, "percent", "%", GR, M7_I, location="Tháp Mười"),
    F("Châu Thành (61,9%)", "61,9", 61.9, "percent", "%", GR, M7_I, location="Châu Thành"),
    F("từ 45.000 đến 120.000", "45.000", 45000, "money", "đồng/kg", "giá bán nông sản trên sàn", value_max=120000),
    F("thêm 8-10 triệu", "8", 8000000, "money", "đồng/tháng", "thu nhập thêm của hộ", value_max=10000000),
    F("khoảng 600 kg", "600", 600, "measure", "kg", "xoài bán qua livestream mỗi tháng", approx="about",
      location="Cao Lãnh"),
    F("28 lớp tập huấn", "28", 28, "count", "lớp tập huấn", "lớp tập huấn \"Nông dân số\"", YTD),
    F("cho 1.120 hội viên", "1.120", 1120, "count", "hội viên", "hội viên được tập huấn \"Nông dân số\"", YTD,
      change=C("increase", 12, "%", "kế hoạch")),
    F("312 sản phẩm", "312", 312, "count", "sản phẩm", "sản phẩm được hỗ trợ đưa lên sàn Postmart.vn"),
    F("145 hợp tác xã", "145", 145, "count", "hợp tác xã, cơ sở sản xuất", "hợp tác xã, cơ sở sản xuất có sản phẩm trên sàn Postmart.vn"),
    F("trên 9.000 nông dân", "9.000", 9000, "count", "nông dân", "nông dân có tài khoản bán hàng trực tuyến", Y24,
      approx="over", status="target"),
    F("là 12.000 tài khoản", "12.000", 12000, "count", "tài khoản", "tài khoản bán hàng trực tuyến của nông dân", T25,
      status="target"),
    F("hỗ trợ 100% hợp tác xã", "100", 100, "percent", "%", "hợp tác xã nông nghiệp tham gia sàn thương mại điện tử", Y24,
      status="target"),
]

COMMENTS = [
    "Báo Đồng Tháp (provincial Party newspaper): farmers' e-commerce accounts and online sales. The bare date '22/8/2024' at the end",
    "(after the byline) is the article's date. Distractors: 'ấp 3' (a hamlet's name), 'xã Mỹ Xương', 'xoài cát Hòa Lộc' (a product name),",
    "'năm 2022', 'cuối năm 2023', 'cùng kỳ' (baselines). 'ước đạt 428 tỷ …, tăng 52,6% …, chiếm khoảng 3,1%': change and percent of 428 tỷ.",
    "District growth list: each rate is the claim ('Lấp Vò (tăng 74,5%)'), so percent figures with no change, district as location.",
    "Price range 45.000–120.000 đồng/kg; '8-10 triệu đồng mỗi tháng' a range with the multiplier on both ends (unit đồng/tháng, no period).",
    "The anecdote '600 kg' is a figure; xã Mỹ Xương is a commune, so location is the district Cao Lãnh.",
    "'vượt 12% kế hoạch' is a gap to plan: the change of 1.120 hội viên (baseline kế hoạch). 'từ đầu năm đến nay' ends at 22/8/2024.",
    "'Năm 2024, tỉnh phấn đấu … 100% …, trên 9.000 …; đến năm 2025 là 12.000 …': targets; 12.000 takes 'đến năm 2025'. 'Postmart.vn' is a name.",
]

emit("p434-8", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Đồng Tháp")

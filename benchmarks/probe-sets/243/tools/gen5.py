from lib import *

text = """BỘ CÔNG THƯƠNG
Tin tức > Hoạt động của ngành

Xuất khẩu dệt may năm 2024 ước đạt 44 tỷ USD, mục tiêu 47-48 tỷ USD năm 2025

Năm 2024, kim ngạch xuất khẩu hàng dệt may của Việt Nam ước đạt 44 tỷ USD, tăng 11,3% so với năm 2023; trong đó hàng may mặc đạt 37 tỷ USD, xơ sợi 4,4 tỷ USD, vải và nguyên phụ liệu khoảng 2,6 tỷ USD. Thặng dư thương mại của ngành đạt khoảng 20,4 tỷ USD.

Về thị trường, Hoa Kỳ tiếp tục là thị trường xuất khẩu lớn nhất với 16,15 tỷ USD, chiếm 36,7%; tiếp đến là Nhật Bản 4,57 tỷ USD, EU 4,38 tỷ USD và Hàn Quốc 3,26 tỷ USD. Xuất khẩu sang Trung Quốc đạt 2,1 tỷ USD, giảm 3,1%. Việt Nam hiện đứng thứ 3 thế giới về xuất khẩu hàng dệt may.

Về sản xuất, chỉ số sản xuất ngành dệt năm 2024 tăng 8,7%, ngành trang phục tăng 10,2%; sản lượng sợi toàn ngành đạt 2,05 triệu tấn. Toàn ngành có hơn 7.000 doanh nghiệp, thu hút gần 3 triệu lao động, chiếm khoảng 18% lao động khu vực công nghiệp. Nhiều doanh nghiệp lớn như Tổng Công ty May 10, Tổng Công ty Việt Tiến, Tổng Công ty 28 đã có đơn hàng đến hết quý II/2025.

Theo Chiến lược phát triển ngành Dệt May và Da Giày Việt Nam đến năm 2030, tầm nhìn đến năm 2035 (Quyết định số 1643/QĐ-TTg), giai đoạn 2021-2030 kim ngạch xuất khẩu dệt may phấn đấu tăng bình quân từ 6,8% đến 7% mỗi năm.

Năm 2025, Hiệp hội Dệt May Việt Nam (VITAS) đặt mục tiêu kim ngạch xuất khẩu đạt từ 47 đến 48 tỷ USD, tăng khoảng 7% so với năm 2024.

Vụ Công nghiệp
06/01/2025
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = per("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
XK = "kim ngạch xuất khẩu hàng dệt may sang "
figs = [
    fig("ước đạt 44 tỷ USD, mục", "44", 44e9, "money", "USD", "xuất khẩu dệt may",
        per("năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    fig("mục tiêu 47-48 tỷ USD", "47", 47e9, "money", "USD", "xuất khẩu dệt may",
        per("năm 2025", "2025-01-01", "2025-12-31"), value_max=48e9, status="target"),
    fig("ước đạt 44 tỷ USD, tăng", "44", 44e9, "money", "USD", "kim ngạch xuất khẩu hàng dệt may", Y24,
        change=chg("increase", 11.3, baseline="năm 2023"), status="estimate"),
    fig("may mặc đạt 37 tỷ USD", "37", 37e9, "money", "USD", "kim ngạch xuất khẩu hàng may mặc", Y24,
        total=44e9, status="estimate"),
    fig("xơ sợi 4,4 tỷ USD", "4,4", 4.4e9, "money", "USD", "kim ngạch xuất khẩu xơ sợi", Y24,
        total=44e9, status="estimate"),
    fig("khoảng 2,6 tỷ USD", "2,6", 2.6e9, "money", "USD", "kim ngạch xuất khẩu vải và nguyên phụ liệu", Y24,
        total=44e9, approx="about", status="estimate"),
    fig("khoảng 20,4 tỷ USD", "20,4", 20.4e9, "money", "USD", "thặng dư thương mại của ngành", Y24i, approx="about"),
    fig("với 16,15 tỷ USD", "16,15", 16.15e9, "money", "USD", XK + "Hoa Kỳ", Y24i, percent=36.7),
    fig("Nhật Bản 4,57 tỷ USD", "4,57", 4.57e9, "money", "USD", XK + "Nhật Bản", Y24i),
    fig("EU 4,38 tỷ USD", "4,38", 4.38e9, "money", "USD", XK + "EU", Y24i),
    fig("Hàn Quốc 3,26 tỷ USD", "3,26", 3.26e9, "money", "USD", XK + "Hàn Quốc", Y24i),
    fig("đạt 2,1 tỷ USD", "2,1", 2.1e9, "money", "USD", "xuất khẩu hàng dệt may sang Trung Quốc", Y24i,
        change=chg("decrease", 3.1)),
    fig("đứng thứ 3 thế giới", "3", 3, "rank", "hạng", "xuất khẩu hàng dệt may", Y24i),
    fig("dệt năm 2024 tăng 8,7%", "8,7", 8.7, "percent", "%", "chỉ số sản xuất ngành dệt",
        per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("trang phục tăng 10,2%", "10,2", 10.2, "percent", "%", "chỉ số sản xuất ngành trang phục",
        per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("đạt 2,05 triệu tấn", "2,05", 2.05e6, "measure", "tấn", "sản lượng sợi toàn ngành",
        per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("hơn 7.000 doanh nghiệp", "7.000", 7000, "count", "doanh nghiệp", "doanh nghiệp dệt may", Y24i, approx="over"),
    fig("gần 3 triệu lao động", "3", 3e6, "count", "lao động", "lao động ngành dệt may", Y24i, approx="nearly",
        percent=18),
    fig("từ 6,8% đến 7%", "6,8", 6.8, "percent", "%", "tăng bình quân kim ngạch xuất khẩu dệt may mỗi năm",
        per("giai đoạn 2021-2030", "2021-01-01", "2030-12-31"), value_max=7, status="target"),
    fig("từ 47 đến 48 tỷ USD", "47", 47e9, "money", "USD", "kim ngạch xuất khẩu",
        per("Năm 2025", "2025-01-01", "2025-12-31"), value_max=48e9,
        change=chg("increase", 7, baseline="năm 2024", approx="about"), status="target"),
]
emit("p243-5", text, [
    "Bộ Công Thương (ministry site): national textile and garment exports 2024, markets, production, 2025 targets. Bare date at the end.",
    "Distractors: 'Quyết định số 1643/QĐ-TTg', 'đến năm 2030, tầm nhìn đến năm 2035' (strategy name), 'Tổng Công ty May 10',",
    "'Tổng Công ty 28', 'quý II/2025' (order horizon), '06/01/2025'. Headline figures are figures (estimate and target).",
    "Parts after 'trong đó' have total 44 tỷ and keep 'ước'. Market list: no part cue, so no total; trade partners are not locations.",
    "'chiếm khoảng 18%' is the percent of 3 triệu lao động. 'từ 6,8% đến 7% mỗi năm' under 'phấn đấu' in 'giai đoạn 2021-2030' is a target.",
], figs, published="2025-01-06", location="Việt Nam")

from lib import *

text = """Cổng Thông tin điện tử tỉnh Nam Định
Trang chủ > Kinh tế > Công nghiệp - Thương mại

Ngành dệt may Nam Định: 9 tháng xuất khẩu ước đạt 1,62 tỷ USD
Cập nhật: 15/10/2024 08:20 | Lượt xem: 2.315

Theo báo cáo của Sở Công Thương, 9 tháng năm 2024, chỉ số sản xuất ngành dệt tăng 12,4% và ngành may mặc tăng 9,8% so với cùng kỳ năm 2023. Sản lượng vải các loại ước đạt 168,5 triệu m2, tăng 7,2%; quần áo may sẵn khoảng 215 triệu sản phẩm; sợi các loại 41.300 tấn.

Kim ngạch xuất khẩu hàng dệt may 9 tháng ước đạt 1,62 tỷ USD, tăng 15,3% so với cùng kỳ, bằng 78,6% kế hoạch năm (kế hoạch 2,06 tỷ USD). Trong đó, xuất khẩu sang Hoa Kỳ đạt 712 triệu USD, chiếm 44%; EU 298 triệu USD; Nhật Bản 187 triệu USD; Hàn Quốc 146 triệu USD, tăng 21% so với cùng kỳ.

Tính đến 30/9/2024, toàn tỉnh có 512 doanh nghiệp dệt may đang hoạt động, thu hút hơn 86.000 lao động, chiếm gần 38% lao động khu vực công nghiệp. Các doanh nghiệp tập trung chủ yếu tại thành phố Nam Định (112 doanh nghiệp), huyện Nghĩa Hưng (74 doanh nghiệp), Hải Hậu (68 doanh nghiệp) và Giao Thủy (45 doanh nghiệp). Riêng Cụm công nghiệp Xuân Tiến 2 đã lấp đầy diện tích đất công nghiệp.

Thu nhập bình quân 9 tháng của người lao động ngành dệt may đạt 8,1 triệu đồng/người/tháng, tăng khoảng 6% so với cùng kỳ năm 2023.

Thực hiện Kế hoạch số 128/KH-UBND của UBND tỉnh, cả năm 2024 tỉnh phấn đấu kim ngạch xuất khẩu dệt may đạt trên 2,1 tỷ USD; đến năm 2025 thu hút thêm từ 5.000 đến 7.000 lao động vào Khu công nghiệp Dệt may Rạng Đông.

Sở Công Thương Nam Định - Số 2 Vị Xuyên, TP Nam Định. ĐT: 0228.3849.255
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q9 = per("9 tháng", "2024-01-01", "2024-09-30")
Q9i = per("9 tháng", "2024-01-01", "2024-09-30", inh=True)
A30 = per("Tính đến 30/9/2024", None, "2024-09-30")
A30i = per("Tính đến 30/9/2024", None, "2024-09-30", inh=True)
XK = "kim ngạch xuất khẩu hàng dệt may sang "
figs = [
    fig("xuất khẩu ước đạt 1,62 tỷ USD", "1,62", 1.62e9, "money", "USD", "xuất khẩu ngành dệt may",
        per("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    fig("ngành dệt tăng 12,4%", "12,4", 12.4, "percent", "%", "chỉ số sản xuất ngành dệt", P9),
    fig("may mặc tăng 9,8%", "9,8", 9.8, "percent", "%", "chỉ số sản xuất ngành may mặc", P9),
    fig("ước đạt 168,5 triệu m2", "168,5", 168.5e6, "measure", "m2", "sản lượng vải các loại", P9i,
        change=chg("increase", 7.2), status="estimate"),
    fig("khoảng 215 triệu sản phẩm", "215", 215e6, "count", "sản phẩm", "quần áo may sẵn", P9i,
        approx="about", status="estimate"),
    fig("sợi các loại 41.300 tấn", "41.300", 41300, "measure", "tấn", "sợi các loại", P9i, status="estimate"),
    fig("9 tháng ước đạt 1,62 tỷ USD", "1,62", 1.62e9, "money", "USD", "kim ngạch xuất khẩu hàng dệt may", Q9,
        percent=78.6, change=chg("increase", 15.3, baseline="cùng kỳ"), target=tgt(2.06e9, "USD"), status="estimate"),
    fig("Hoa Kỳ đạt 712 triệu USD", "712", 712e6, "money", "USD", XK + "Hoa Kỳ", Q9i,
        total=1.62e9, percent=44, status="estimate"),
    fig("EU 298 triệu USD", "298", 298e6, "money", "USD", XK + "EU", Q9i, total=1.62e9, status="estimate"),
    fig("Nhật Bản 187 triệu USD", "187", 187e6, "money", "USD", XK + "Nhật Bản", Q9i, total=1.62e9, status="estimate"),
    fig("Hàn Quốc 146 triệu USD", "146", 146e6, "money", "USD", XK + "Hàn Quốc", Q9i, total=1.62e9,
        change=chg("increase", 21, baseline="cùng kỳ"), status="estimate"),
    fig("có 512 doanh nghiệp", "512", 512, "count", "doanh nghiệp", "doanh nghiệp dệt may đang hoạt động", A30),
    fig("hơn 86.000 lao động", "86.000", 86000, "count", "lao động", "lao động doanh nghiệp dệt may", A30,
        approx="over", percent=38),
    fig("Nam Định (112 doanh nghiệp)", "112", 112, "count", "doanh nghiệp", "doanh nghiệp dệt may", A30i),
    fig("Nghĩa Hưng (74 doanh nghiệp)", "74", 74, "count", "doanh nghiệp", "doanh nghiệp dệt may", A30i,
        location="Nghĩa Hưng"),
    fig("Hải Hậu (68 doanh nghiệp)", "68", 68, "count", "doanh nghiệp", "doanh nghiệp dệt may", A30i,
        location="Hải Hậu"),
    fig("Giao Thủy (45 doanh nghiệp)", "45", 45, "count", "doanh nghiệp", "doanh nghiệp dệt may", A30i,
        location="Giao Thủy"),
    fig("đạt 8,1 triệu đồng", "8,1", 8.1e6, "money", "đồng/người/tháng",
        "thu nhập bình quân của người lao động ngành dệt may", Q9,
        change=chg("increase", 6, baseline="cùng kỳ năm 2023", approx="about")),
    fig("trên 2,1 tỷ USD", "2,1", 2.1e9, "money", "USD", "kim ngạch xuất khẩu dệt may",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    fig("từ 5.000 đến 7.000 lao động", "5.000", 5000, "count", "lao động", "lao động thu hút thêm vào Khu công nghiệp Dệt may Rạng Đông",
        per("đến năm 2025", None, "2025-12-31"), value_max=7000, status="target"),
]
emit("p243-1", text, [
    "Cổng TTĐT tỉnh Nam Định (province portal): textile and garment industry, 9 months 2024. 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem'.",
    "Distractors: 'Lượt xem: 2.315', 'Kế hoạch số 128/KH-UBND', 'Cụm công nghiệp Xuân Tiến 2', 'Số 2 Vị Xuyên', phone 0228.3849.255.",
    "'bằng 78,6% kế hoạch năm (kế hoạch 2,06 tỷ USD)': 78,6 is the percent and 2,06 tỷ the target of 1,62 tỷ (no figure of its own).",
    "Markets after 'Trong đó' are parts of 1,62 tỷ (total) and keep the estimate status; a trade partner is not a location.",
    "revised: headline subject 'kim ngạch xuất khẩu ngành dệt may' -> 'xuất khẩu ngành dệt may' ('kim ngạch' is not in the headline).",
    "The district list gives locations; no total (no part cue, parts do not add up to 512). Headline '9 tháng' takes the year of 'published'.",
], figs, published="2024-10-15", location="Nam Định")

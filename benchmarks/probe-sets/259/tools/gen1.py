from lib import emit, fig, per, inh, chg, tgt

TEXT = """Cổng Thông tin điện tử tỉnh Bình Dương
Trang chủ » Kinh tế » Công nghiệp - Thương mại

Xuất khẩu gỗ và sản phẩm gỗ phục hồi mạnh trong 9 tháng năm 2024
Cập nhật: 08/10/2024 09:15 | Lượt xem: 1.274

(BDG) - Theo Sở Công Thương, 9 tháng năm 2024, kim ngạch xuất khẩu gỗ và sản phẩm gỗ của tỉnh đạt 4,87 tỷ USD, tăng 21,6% so với cùng kỳ năm 2023, chiếm 19,3% tổng kim ngạch xuất khẩu toàn tỉnh. Trong đó, đồ gỗ nội thất đạt 3,92 tỷ USD; ván ghép, gỗ dán và dăm gỗ đạt khoảng 610 triệu USD. Riêng quý III/2024, kim ngạch ước đạt 1,82 tỷ USD, tăng 27,4% so với quý II.

Về thị trường, Hoa Kỳ tiếp tục là thị trường lớn nhất với 2,9 tỷ USD, chiếm 59,5%; tiếp đến là Nhật Bản (412 triệu USD), EU (365 triệu USD) và Hàn Quốc (218 triệu USD). Xuất khẩu sang Trung Quốc giảm 8,2% do sức mua yếu.

Hiện toàn tỉnh có 1.186 doanh nghiệp chế biến gỗ đang hoạt động, trong đó 472 doanh nghiệp có vốn đầu tư trực tiếp nước ngoài; khối FDI đóng góp gần 65% kim ngạch xuất khẩu của ngành. Các doanh nghiệp tập trung nhiều nhất tại thành phố Tân Uyên (318 doanh nghiệp), thành phố Thuận An (254 doanh nghiệp) và huyện Bắc Tân Uyên (197 doanh nghiệp). Tính đến 30/9/2024, đã có 236 doanh nghiệp được cấp chứng chỉ chuỗi hành trình FSC-CoC, tăng 31 doanh nghiệp so với cuối năm 2023.

Theo Kế hoạch số 4127/KH-UBND của UBND tỉnh, năm 2024 Bình Dương phấn đấu kim ngạch xuất khẩu gỗ và sản phẩm gỗ đạt 6,5 tỷ USD; đến năm 2030, 100% gỗ nguyên liệu đầu vào của doanh nghiệp có nguồn gốc hợp pháp.

Doanh nghiệp cần hỗ trợ thủ tục xuất xứ, chứng nhận gỗ hợp pháp liên hệ Phòng Quản lý Xuất nhập khẩu, Tầng 9, tháp A, Trung tâm Hành chính tập trung tỉnh; đường dây nóng 0274.3822.416.
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KN = "kim ngạch xuất khẩu gỗ và sản phẩm gỗ"
FIGS = [
    fig("đạt 4,87 tỷ USD", "4,87", 4.87e9, "money", "USD", KN, P9,
        percent=19.3, change=chg("increase", 21.6, baseline="cùng kỳ năm 2023")),
    fig("đạt 3,92 tỷ USD", "3,92", 3.92e9, "money", "USD", "kim ngạch xuất khẩu đồ gỗ nội thất", inh(P9),
        total=4.87e9),
    fig("khoảng 610 triệu USD", "610", 6.1e8, "money", "USD", "kim ngạch xuất khẩu ván ghép, gỗ dán và dăm gỗ",
        inh(P9), approx="about", total=4.87e9),
    fig("ước đạt 1,82 tỷ USD", "1,82", 1.82e9, "money", "USD", KN,
        per("quý III/2024", "2024-07-01", "2024-09-30"), status="estimate",
        change=chg("increase", 27.4, baseline="quý II")),
    fig("với 2,9 tỷ USD", "2,9", 2.9e9, "money", "USD", "kim ngạch xuất khẩu gỗ sang Hoa Kỳ", inh(P9), percent=59.5),
    fig("Nhật Bản (412 triệu USD)", "412", 4.12e8, "money", "USD", "kim ngạch xuất khẩu gỗ sang Nhật Bản", inh(P9)),
    fig("EU (365 triệu USD)", "365", 3.65e8, "money", "USD", "kim ngạch xuất khẩu gỗ sang EU", inh(P9)),
    fig("Hàn Quốc (218 triệu USD)", "218", 2.18e8, "money", "USD", "kim ngạch xuất khẩu gỗ sang Hàn Quốc", inh(P9)),
    fig("giảm 8,2%", "8,2", 8.2, "percent", "%", "xuất khẩu gỗ sang Trung Quốc giảm", inh(P9)),
    fig("có 1.186 doanh nghiệp", "1.186", 1186, "count", "doanh nghiệp", "doanh nghiệp chế biến gỗ đang hoạt động"),
    fig("trong đó 472 doanh nghiệp", "472", 472, "count", "doanh nghiệp",
        "doanh nghiệp chế biến gỗ có vốn đầu tư trực tiếp nước ngoài", total=1186),
    fig("gần 65%", "65", 65, "percent", "%", "tỷ trọng kim ngạch xuất khẩu của ngành do khối FDI đóng góp",
        approx="nearly"),
    fig("Tân Uyên (318 doanh nghiệp)", "318", 318, "count", "doanh nghiệp", "doanh nghiệp chế biến gỗ",
        location="Tân Uyên"),
    fig("Thuận An (254 doanh nghiệp)", "254", 254, "count", "doanh nghiệp", "doanh nghiệp chế biến gỗ",
        location="Thuận An"),
    fig("Bắc Tân Uyên (197 doanh nghiệp)", "197", 197, "count", "doanh nghiệp", "doanh nghiệp chế biến gỗ",
        location="Bắc Tân Uyên"),
    fig("có 236 doanh nghiệp", "236", 236, "count", "doanh nghiệp",
        "doanh nghiệp được cấp chứng chỉ chuỗi hành trình FSC-CoC",
        per("Tính đến 30/9/2024", None, "2024-09-30"),
        change=chg("increase", 31, unit="doanh nghiệp", baseline="cuối năm 2023")),
    fig("đạt 6,5 tỷ USD", "6,5", 6.5e9, "money", "USD", KN, per("năm 2024", "2024-01-01", "2024-12-31"),
        status="target"),
    fig("100% gỗ nguyên liệu", "100", 100, "percent", "%",
        "gỗ nguyên liệu đầu vào của doanh nghiệp có nguồn gốc hợp pháp", per("đến năm 2030", None, "2030-12-31"),
        status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Dương: xuất khẩu gỗ 9 tháng năm 2024 — lead figure with change and share, 'Trong đó' parts, quarter estimate,",
    "market list (trade partners keep location Bình Dương; partner in the subject), district list (location = district), FDI part, FSC-CoC count, targets.",
    "Dateline 'Cập nhật: 08/10/2024 09:15' with a view counter after it ('Lượt xem: 1.274' = furniture).",
    "Distractors: 'Kế hoạch số 4127/KH-UBND', 'Tầng 9', phone 0274.3822.416, '9 tháng năm 2024' in the headline (a period).",
    "'Xuất khẩu sang Trung Quốc giảm 8,2%': a rate that is the claim (percent figure, no change). 'gần 65%' (FDI share) has no base count: a percent figure.",
    "'tăng 31 doanh nghiệp so với cuối năm 2023' is the change of the 236. 'Riêng quý III' is no part-of cue: no total.",
    "'năm 2024 ... phấn đấu ... 6,5 tỷ USD' and 'đến năm 2030, 100% ...' continue the 'phấn đấu' clause: target.",
]

emit("p259-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Dương")

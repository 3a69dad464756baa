from lib import emit, fig, per, inh, ch

TEXT = """Xe thư viện lưu động mang sách lên bản

(Baonghean.vn) - Từ đầu năm đến nay, xe thư viện lưu động của Thư viện tỉnh Nghệ An đã thực hiện 38 chuyến đến các trường học ở 7 huyện miền núi, phục vụ hơn 21.600 lượt học sinh với khoảng 64.000 lượt sách, báo được luân chuyển.

Mỗi chuyến xe mang theo từ 2.500 đến 3.000 cuốn sách, 10 máy tính bảng và thiết bị trình chiếu, theo Quốc lộ 7 và Quốc lộ 48 lên các xã biên giới. Các huyện được phục vụ nhiều nhất lần lượt là Kỳ Sơn, Tương Dương và Quế Phong với 8, 7 và 6 chuyến.

Tại Trường PTDTBT THCS Mường Lống (huyện Kỳ Sơn), cách trung tâm huyện hơn 40 km, có tới 92% học sinh lần đầu được tiếp cận thư viện điện tử. Cô giáo Lô Thị Mai cho biết, sau mỗi chuyến xe, số học sinh đến phòng đọc của trường tăng gần gấp 3 lần.

Theo bà Nguyễn Thị Thu, Giám đốc Thư viện tỉnh, chương trình được Quỹ Hỗ trợ phát triển văn hóa đọc tài trợ 2,4 tỷ đồng cho giai đoạn 2023-2025; chi phí bình quân mỗi chuyến khoảng 18 triệu đồng. Năm 2023, xe thực hiện 52 chuyến, nhiều hơn 11 chuyến so với năm 2022, phục vụ 29.300 lượt học sinh, đạt 104,6% kế hoạch.

Tỉnh phấn đấu đến năm 2025 có 2 xe thư viện lưu động, mỗi năm thực hiện ít nhất 80 chuyến, nâng tỷ lệ trường học vùng khó khăn có thư viện đạt chuẩn lên 70%. Bạn đọc có nhu cầu mời xe về trường liên hệ số điện thoại 0238.3844.659.

Thanh Thủy
20/05/2024
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-20")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("thực hiện 38 chuyến", "38", 38, "count", "chuyến", "chuyến xe thư viện lưu động đến các trường học", YTD),
    fig("ở 7 huyện", "7", 7, "count", "huyện miền núi", "huyện miền núi có trường học được xe phục vụ", YTD),
    fig("hơn 21.600 lượt", "21.600", 21600, "count", "lượt học sinh", "lượt học sinh được phục vụ", YTD,
        approx="over"),
    fig("khoảng 64.000 lượt", "64.000", 64000, "count", "lượt sách, báo", "lượt sách, báo được luân chuyển", YTD,
        approx="about"),
    fig("từ 2.500 đến", "2.500", 2500, "count", "cuốn sách", "cuốn sách mỗi chuyến xe mang theo", value_max=3000),
    fig("10 máy tính bảng", "10", 10, "count", "máy tính bảng", "máy tính bảng mỗi chuyến xe mang theo"),
    fig("với 8, 7", "8", 8, "count", "chuyến", "chuyến xe thư viện lưu động phục vụ", inh(YTD), location="Kỳ Sơn"),
    fig("8, 7 và", "7", 7, "count", "chuyến", "chuyến xe thư viện lưu động phục vụ", inh(YTD), location="Tương Dương"),
    fig("và 6 chuyến", "6", 6, "count", "chuyến", "chuyến xe thư viện lưu động phục vụ", inh(YTD), location="Quế Phong"),
    fig("hơn 40 km", "40", 40, "measure", "km", "khoảng cách từ trường đến trung tâm huyện", approx="over",
        location="Kỳ Sơn"),
    fig("tới 92% học sinh", "92", 92, "percent", "%", "học sinh lần đầu được tiếp cận thư viện điện tử",
        location="Kỳ Sơn"),
    fig("gần gấp 3 lần", "3", 3, "multiple", "lần", "số học sinh đến phòng đọc của trường tăng", approx="nearly",
        location="Kỳ Sơn"),
    fig("tài trợ 2,4 tỷ đồng", "2,4", 2400000000, "money", "đồng",
        "kinh phí Quỹ Hỗ trợ phát triển văn hóa đọc tài trợ", per("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")),
    fig("khoảng 18 triệu đồng", "18", 18000000, "money", "đồng", "chi phí bình quân mỗi chuyến", approx="about"),
    fig("thực hiện 52 chuyến", "52", 52, "count", "chuyến", "chuyến xe thư viện lưu động", Y23,
        change=ch("increase", 11, "chuyến", baseline="năm 2022")),
    fig("phục vụ 29.300 lượt", "29.300", 29300, "count", "lượt học sinh", "lượt học sinh được phục vụ", Y23,
        percent=104.6),
    fig("có 2 xe", "2", 2, "count", "xe thư viện lưu động", "xe thư viện lưu động", T25, status="target"),
    fig("ít nhất 80 chuyến", "80", 80, "count", "chuyến", "chuyến xe thực hiện mỗi năm", T25,
        approx="at_least", status="target"),
    fig("lên 70%", "70", 70, "percent", "%", "tỷ lệ trường học vùng khó khăn có thư viện đạt chuẩn", T25,
        status="target"),
]

emit("p538-5", TEXT, [
    "Báo Nghệ An (Party newspaper): mobile library bus to mountain schools. Byline 'Thanh Thủy' and bare date '20/05/2024' at the end.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. dateline. 'Quốc lộ 7', 'Quốc lộ 48', 'Trường PTDTBT THCS', phone are no figures.",
    "'lần lượt … 8, 7 và 6 chuyến': each item a figure, location the district in order, list period inherited from the lead.",
    "The Mường Lống school is in huyện Kỳ Sơn, so its figures take location Kỳ Sơn. 'tăng gần gấp 3 lần' with no base figure",
    "in its clause stands as the claim: multiple. 'nhiều hơn 11 chuyến so với năm 2022' is the change of 52 chuyến;",
    "'đạt 104,6% kế hoạch' is the percent of 29.300 lượt. 'giai đoạn 2023-2025' is the funding period of 2,4 tỷ đồng.",
], FIGS, published="2024-05-20", location="Nghệ An")

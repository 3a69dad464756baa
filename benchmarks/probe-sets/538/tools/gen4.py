from lib import emit, fig, per, inh, ch

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Thư viện
Ngày đăng: 18/04/2024 | Lượt xem: 2.035

Cả nước có gần 17.000 thư viện công cộng và thư viện cộng đồng

Theo Vụ Thư viện, tính đến hết năm 2023, cả nước có 63 thư viện cấp tỉnh, 621 thư viện cấp huyện, 3.560 thư viện cấp xã và khoảng 12.300 thư viện, tủ sách cộng đồng. Tổng vốn tài liệu của hệ thống thư viện công cộng đạt hơn 48,6 triệu bản, tăng 3,2% so với năm 2022, bình quân 0,48 bản/người; các thư viện đã số hóa khoảng 126 triệu trang tài liệu.

Năm 2023, hệ thống thư viện công cộng phục vụ hơn 26 triệu lượt bạn đọc, luân chuyển 61,5 triệu lượt tài liệu. Các địa phương có số lượt bạn đọc lớn là Hà Nội (1,84 triệu lượt), TP. Hồ Chí Minh (1,62 triệu lượt) và Nghệ An (926.000 lượt).

Đến nay, 54/63 thư viện cấp tỉnh đã có dịch vụ thư viện số; 42 tỉnh, thành phố được trang bị xe thư viện lưu động đa phương tiện, trong đó 9 xe được trang bị mới trong năm 2023.

Theo Đề án phát triển văn hóa đọc trong cộng đồng, phấn đấu đến năm 2025 bình quân mỗi người dân đọc 4 cuốn sách/năm và 50% dân số được tiếp cận dịch vụ thư viện; đến năm 2030, tỷ lệ này đạt 60%.

Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 (21/4/2024), dự kiến cả nước có khoảng 1.200 hoạt động, thu hút 4,5 triệu lượt người tham gia; kinh phí xã hội hóa dự kiến trên 35 tỷ đồng.

Liên hệ: Vụ Thư viện, số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231.
"""

END23 = per("tính đến hết năm 2023", end="2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NAY = per("Đến nay", end="2024-04-18")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("gần 17.000 thư viện", "17.000", 17000, "count", "thư viện",
        "thư viện công cộng và thư viện cộng đồng", approx="nearly"),
    fig("có 63 thư viện", "63", 63, "count", "thư viện cấp tỉnh", "thư viện cấp tỉnh", END23),
    fig("621 thư viện", "621", 621, "count", "thư viện cấp huyện", "thư viện cấp huyện", END23),
    fig("3.560 thư viện", "3.560", 3560, "count", "thư viện cấp xã", "thư viện cấp xã", END23),
    fig("khoảng 12.300 thư viện", "12.300", 12300, "count", "thư viện, tủ sách cộng đồng",
        "thư viện, tủ sách cộng đồng", END23, approx="about"),
    fig("hơn 48,6 triệu bản", "48,6", 48600000, "count", "bản",
        "tổng vốn tài liệu của hệ thống thư viện công cộng", approx="over",
        change=ch("increase", 3.2, baseline="năm 2022")),
    fig("bình quân 0,48 bản/người", "0,48", 0.48, "measure", "bản/người",
        "vốn tài liệu bình quân đầu người"),
    fig("khoảng 126 triệu trang", "126", 126000000, "count", "trang", "trang tài liệu các thư viện đã số hóa",
        approx="about"),
    fig("hơn 26 triệu lượt", "26", 26000000, "count", "lượt bạn đọc",
        "lượt bạn đọc hệ thống thư viện công cộng phục vụ", Y23, approx="over"),
    fig("luân chuyển 61,5 triệu lượt", "61,5", 61500000, "count", "lượt tài liệu", "lượt tài liệu luân chuyển", Y23),
    fig("Hà Nội (1,84 triệu lượt)", "1,84", 1840000, "count", "lượt", "lượt bạn đọc", inh(Y23), location="Hà Nội"),
    fig("Minh (1,62 triệu lượt)", "1,62", 1620000, "count", "lượt", "lượt bạn đọc", inh(Y23),
        location="TP. Hồ Chí Minh"),
    fig("Nghệ An (926.000 lượt)", "926.000", 926000, "count", "lượt", "lượt bạn đọc", inh(Y23), location="Nghệ An"),
    fig("54/63 thư viện", "54", 54, "count", "thư viện cấp tỉnh", "thư viện cấp tỉnh có dịch vụ thư viện số", NAY,
        total=63),
    fig("42 tỉnh", "42", 42, "count", "tỉnh, thành phố",
        "tỉnh, thành phố được trang bị xe thư viện lưu động đa phương tiện", NAY),
    fig("9 xe", "9", 9, "count", "xe", "xe thư viện lưu động được trang bị mới",
        per("trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("đọc 4 cuốn sách/năm", "4", 4, "measure", "cuốn sách/năm", "bình quân mỗi người dân đọc", T25,
        status="target"),
    fig("50% dân số", "50", 50, "percent", "%", "dân số được tiếp cận dịch vụ thư viện", T25, status="target"),
    fig("đạt 60%", "60", 60, "percent", "%", "tỷ lệ dân số được tiếp cận dịch vụ thư viện",
        per("đến năm 2030", end="2030-12-31"), status="target"),
    fig("khoảng 1.200 hoạt động", "1.200", 1200, "count", "hoạt động",
        "hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam", approx="about", status="forecast"),
    fig("thu hút 4,5 triệu lượt", "4,5", 4500000, "count", "lượt người", "lượt người tham gia",
        status="forecast"),
    fig("trên 35 tỷ đồng", "35", 35000000000, "money", "đồng", "kinh phí xã hội hóa", approx="over",
        status="forecast"),
]

emit("p538-4", TEXT, [
    "Ministry site (Bộ VHTTDL, Vụ Thư viện), 'Ngày đăng: 18/04/2024 | Lượt xem: 2.035': national public library system 2023.",
    "Location Việt Nam (cả nước); provinces in the 'lượt bạn đọc' list go to location; the contact address in Hà Nội does not.",
    "'9 xe' after 'trong đó' counts xe, the whole 42 counts tỉnh, thành phố: no total. 54/63 total 63.",
    "Headline 'gần 17.000' has no period. 'Đến nay' = as of the dateline. 'lần thứ 3', '(21/4/2024)', phone, address are no figures.",
    "'dự kiến' governs the whole last sentence (forecast), including the clause after ';'.",
    "'0,48 bản/người' and '4 cuốn sách/năm' are rates (measure, denominator in unit).",
], FIGS, published="2024-04-18", location="Việt Nam")

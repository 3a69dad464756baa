from lib import fig, period, inh, change, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ » Tin tức » Lao động - Tiền lương

Thưởng Tết Nguyên đán bình quân 5,53 triệu đồng/người

Ngày đăng: 17/01/2024 | Lượt xem: 3.415

Bộ Lao động - Thương binh và Xã hội vừa có báo cáo nhanh về tình hình tiền lương, thưởng Tết năm 2024 trên cơ sở tổng hợp số liệu của 63/63 tỉnh, thành phố.

Theo đó, tiền lương bình quân của người lao động năm 2023 ước đạt 8,15 triệu đồng/người/tháng, tăng 6,1% so với năm 2022. Mức thưởng Tết Nguyên đán Giáp Thìn bình quân là 5,53 triệu đồng/người, giảm 1,4% so với năm trước.

Mức thưởng Tết cao nhất thuộc về một doanh nghiệp FDI tại TP Hồ Chí Minh với 1,81 tỷ đồng/người; tiếp đến là Hà Nội 860 triệu đồng/người, Đà Nẵng 450 triệu đồng/người, Bình Dương 377 triệu đồng/người.

Theo loại hình, thưởng Tết bình quân ở doanh nghiệp nhà nước, doanh nghiệp FDI và doanh nghiệp dân doanh lần lượt là 6,98 triệu đồng, 6,09 triệu đồng và 5,01 triệu đồng/người.

Về nợ lương, tính đến hết năm 2023, cả nước có 233 doanh nghiệp nợ lương, tăng 1,5 lần so với năm 2022, ảnh hưởng đến khoảng 59.000 lao động, số tiền nợ hơn 245 tỷ đồng; tập trung chủ yếu ở ngành dệt may, da giày, chế biến gỗ. Hơn 99,5% doanh nghiệp đã xây dựng kế hoạch trả lương trước Tết.

Bộ đề nghị các địa phương phấn đấu đến ngày 6/2/2024 (26 tháng Chạp) giải quyết dứt điểm 100% trường hợp nợ lương; thực hiện nghiêm Chỉ thị số 24/CT-TTg và kịp thời báo cáo qua đường dây nóng 024.3826.9535.

Địa chỉ: số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
END23 = period("tính đến hết năm 2023", end="2023-12-31")
DL = period("đến ngày 6/2/2024", end="2024-02-06")

F = [
    fig("bình quân 5,53 triệu đồng/người\n", "5,53", 5_530_000, "money", "đồng/người", "Thưởng Tết Nguyên đán bình quân"),
    fig("63/63", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có số liệu tổng hợp về tiền lương, thưởng Tết", Y24,
        total=63),
    fig("ước đạt 8,15 triệu", "8,15", 8_150_000, "money", "đồng/người/tháng", "tiền lương bình quân của người lao động", Y23,
        status="estimate", change=change("increase", 6.1, baseline="năm 2022")),
    fig("là 5,53 triệu", "5,53", 5_530_000, "money", "đồng/người", "Mức thưởng Tết Nguyên đán Giáp Thìn bình quân",
        change=change("decrease", 1.4, baseline="năm trước")),
    fig("với 1,81 tỷ", "1,81", 1_810_000_000, "money", "đồng/người", "Mức thưởng Tết cao nhất", location="TP Hồ Chí Minh"),
    fig("Hà Nội 860 triệu", "860", 860_000_000, "money", "đồng/người", "Mức thưởng Tết cao nhất", location="Hà Nội"),
    fig("Đà Nẵng 450 triệu", "450", 450_000_000, "money", "đồng/người", "Mức thưởng Tết cao nhất", location="Đà Nẵng"),
    fig("Bình Dương 377 triệu", "377", 377_000_000, "money", "đồng/người", "Mức thưởng Tết cao nhất", location="Bình Dương"),
    fig("là 6,98 triệu", "6,98", 6_980_000, "money", "đồng/người", "thưởng Tết bình quân ở doanh nghiệp nhà nước"),
    fig("6,09 triệu", "6,09", 6_090_000, "money", "đồng/người", "thưởng Tết bình quân ở doanh nghiệp FDI"),
    fig("5,01 triệu", "5,01", 5_010_000, "money", "đồng/người", "thưởng Tết bình quân ở doanh nghiệp dân doanh"),
    fig("có 233 doanh nghiệp", "233", 233, "count", "doanh nghiệp", "doanh nghiệp nợ lương", END23,
        change=change("increase", 1.5, "lần", "năm 2022")),
    fig("khoảng 59.000 lao động", "59.000", 59000, "count", "lao động", "lao động bị ảnh hưởng do nợ lương", END23, approx="about"),
    fig("hơn 245 tỷ", "245", 245_000_000_000, "money", "đồng", "số tiền nợ lương", END23, approx="over"),
    fig("Hơn 99,5%", "99,5", 99.5, "percent", "%", "doanh nghiệp đã xây dựng kế hoạch trả lương trước Tết", inh(END23), approx="over"),
    fig("dứt điểm 100%", "100", 100, "percent", "%", "trường hợp nợ lương được giải quyết dứt điểm", DL, status="target"),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH), 17/01/2024: national wages 2023, Tết 2024 bonus by province and ownership, wage arrears end-2023.",
    "Distractors: Ngày đăng, Lượt xem 3.415, '26 tháng Chạp' (lunar date), Chỉ thị số 24/CT-TTg, hotline 024.3826.9535, số 12 Ngô Quyền.",
    "Top-bonus list: each item a figure with its province as location (the first via 'tại TP Hồ Chí Minh'). 'lần lượt' list: three figures, the",
    "ownership type is in the subject; 'triệu đồng' items get the list's unit đồng/người. 'tăng 1,5 lần so với năm 2022' is the change of 233.",
    "63/63 tỉnh, thành phố: count with total 63, in the sentence naming 'năm 2024'. '6/2/2024 … 100%' is a target with an as-of deadline.",
]

write("p486-4", TEXT, NOTES, F, published="2024-01-17", location="Việt Nam")

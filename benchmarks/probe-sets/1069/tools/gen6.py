"""p1069-6: national newspaper (VnExpress style), TP HCM hazardous medical waste 2024, central treatment plant."""
from lib import fig, write, P, inh, CH, TG

TEXT = """Thời sự > Môi trường
Thứ năm, 16/1/2025, 06:30 (GMT+7)

Mỗi ngày TP HCM thải ra hơn 32 tấn chất thải y tế nguy hại

Năm 2024, lượng chất thải y tế nguy hại được thu gom trên địa bàn TP HCM khoảng 11.800 tấn, tăng 9% so với năm 2023; bình quân mỗi ngày thành phố phát sinh hơn 32 tấn, chiếm khoảng 25% lượng chất thải y tế nguy hại cả nước. Lượng chất thải này gấp khoảng 1,4 lần năm 2019.

Toàn thành phố có hơn 14.000 cơ sở y tế phát sinh chất thải, gồm 162 bệnh viện, khoảng 11.200 phòng khám và gần 2.700 nhà thuốc, cơ sở dịch vụ y tế khác. Toàn bộ chất thải được Công ty TNHH MTV Môi trường đô thị thu gom bằng 86 xe chuyên dụng, đưa về khu xử lý tập trung của thành phố. Khu xử lý có 4 lò đốt với tổng công suất 35 tấn/ngày và một dây chuyền hấp tiệt trùng công suất 7 tấn/ngày; các lò đốt đang chạy ở mức gần 92% công suất.

Đơn giá thu gom, vận chuyển và xử lý hiện là 9.750 đồng/kg; mỗi bệnh viện tuyến thành phố chi từ 150 đến 400 triệu đồng mỗi tháng cho khoản này.

Ông Nguyễn Văn Hai, Phó giám đốc Sở Tài nguyên và Môi trường, cho biết theo quy hoạch, đến năm 2030 thành phố phải nâng tổng công suất xử lý chất thải y tế lên 60 tấn/ngày. Dự kiến trong năm 2025, nhà máy lắp thêm 2 lò đốt, công suất 7 tấn/ngày mỗi lò, vốn đầu tư khoảng 230 tỷ đồng.

Theo ông Hai, nhiều phòng khám tư nhân nhỏ lẻ ở quận 8, quận 12 vẫn chưa ký hợp đồng thu gom; trong quý IV/2024, thanh tra sở đã xử phạt 17 cơ sở với tổng số tiền hơn 640 triệu đồng.

Lê Tuyết
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    fig("ra hơn 32 tấn", "32", "measure", "tấn/ngày", "chất thải y tế nguy hại thải ra mỗi ngày", approx="over"),
    fig("khoảng 11.800 tấn", "11.800", "measure", "tấn", "chất thải y tế nguy hại được thu gom", Y24, approx="about",
        change=CH("increase", 9, "%", "năm 2023")),
    fig("sinh hơn 32 tấn", "32", "measure", "tấn/ngày", "chất thải y tế nguy hại phát sinh bình quân mỗi ngày", Y24,
        approx="over", percent=25),
    fig("gấp khoảng 1,4 lần", "1,4", "multiple", "lần", "lượng chất thải y tế nguy hại so với năm 2019", approx="about"),
    fig("hơn 14.000 cơ sở y tế", "14.000", "count", "cơ sở y tế", "cơ sở y tế phát sinh chất thải", approx="over"),
    fig("gồm 162 bệnh viện", "162", "count", "bệnh viện", "bệnh viện", total=14000),
    fig("khoảng 11.200 phòng khám", "11.200", "count", "phòng khám", "phòng khám", approx="about", total=14000),
    fig("gần 2.700 nhà thuốc", "2.700", "count", "nhà thuốc", "nhà thuốc, cơ sở dịch vụ y tế khác", approx="nearly",
        total=14000),
    fig("bằng 86 xe chuyên dụng", "86", "count", "xe chuyên dụng", "xe chuyên dụng thu gom chất thải"),
    fig("có 4 lò đốt", "4", "count", "lò đốt", "lò đốt của khu xử lý tập trung"),
    fig("tổng công suất 35 tấn/ngày", "35", "measure", "tấn/ngày", "tổng công suất lò đốt"),
    fig("và một dây chuyền", "một", "count", "dây chuyền hấp tiệt trùng", "dây chuyền hấp tiệt trùng", optional=True),
    fig("tiệt trùng công suất 7 tấn/ngày;", "7", "measure", "tấn/ngày", "công suất dây chuyền hấp tiệt trùng"),
    fig("gần 92% công suất", "92", "percent", "%", "mức công suất các lò đốt đang chạy", approx="nearly"),
    fig("là 9.750 đồng/kg", "9.750", "money", "đồng/kg", "đơn giá thu gom, vận chuyển và xử lý"),
    fig("từ 150 đến 400 triệu đồng", "150", "money", "đồng/tháng", "chi phí xử lý chất thải của mỗi bệnh viện tuyến thành phố",
        mult=1e6, value_max=400000000),
    fig("lên 60 tấn/ngày", "60", "measure", "tấn/ngày", "tổng công suất xử lý chất thải y tế",
        P("đến năm 2030", None, "2030-12-31"), status="target"),
    fig("thêm 2 lò đốt", "2", "count", "lò đốt", "lò đốt lắp thêm", Y25, status="forecast"),
    fig("7 tấn/ngày mỗi lò", "7", "measure", "tấn/ngày", "công suất mỗi lò đốt lắp thêm", Y25, status="forecast"),
    fig("khoảng 230 tỷ đồng", "230", "money", "đồng", "vốn đầu tư lắp thêm lò đốt", Y25, mult=1e9, approx="about",
        status="forecast"),
    fig("xử phạt 17 cơ sở", "17", "count", "cơ sở", "cơ sở bị xử phạt", P("trong quý IV/2024", "2024-10-01", "2024-12-31")),
    fig("hơn 640 triệu đồng", "640", "money", "đồng", "tổng số tiền xử phạt", P("trong quý IV/2024", "2024-10-01", "2024-12-31"),
        mult=1e6, approx="over"),
]
NOTES = [
    "National newspaper (VnExpress style, invented): TP HCM hazardous medical waste 2024.",
    "Not figures: dateline 'Thứ năm, 16/1/2025, 06:30 (GMT+7)', 'Ông Nguyễn Văn Hai' / 'ông Hai' (name), quận 8, quận 12, 'năm 2019' (baseline).",
    "'chiếm khoảng 25% ... cả nước' is the percent of 'hơn 32 tấn' (approx of the share not scored). 'Lượng chất thải này gấp khoảng 1,4 lần năm 2019' stands as its own sentence: a multiple.",
    "'gồm' parts get the whole 14.000. 'mỗi tháng' makes đồng/tháng. 'theo quy hoạch, đến năm 2030 ... phải nâng ... lên 60 tấn/ngày' is a target.",
    "'một dây chuyền hấp tiệt trùng': 'một' may be read as a count or as the article 'a': optional.",
    "Location: TP Hồ Chí Minh throughout (the 25% share is the city's, of the national total).",
]
write("p1069-6", TEXT, FIGS, NOTES, published="2025-01-16", location="Hồ Chí Minh")

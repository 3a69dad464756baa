"""p665-8: Báo An Giang (provincial newspaper) — seizures of smuggled cigarettes in packs, Q1/2024, by force and by locality."""
from lib import per, inh, chg, tgt, fig, emit

TEXT = """BÁO AN GIANG ĐIỆN TỬ
Kinh tế > Thị trường
Thứ Năm, 18/04/2024 - 08:30

Quý I/2024: Thu giữ hơn 86.000 bao thuốc lá nhập lậu

(BAG) - Theo Ban Chỉ đạo 389 tỉnh An Giang, trong quý I/2024, các lực lượng chức năng đã phát hiện, bắt giữ 214 vụ vận chuyển, buôn bán thuốc lá điếu nhập lậu, tăng 18 vụ so với cùng kỳ; thu giữ 86.420 bao, tăng 12,6% so với cùng kỳ năm 2023.

Trong đó, Bộ đội Biên phòng tỉnh bắt giữ 97 vụ, thu giữ 41.350 bao; Công an tỉnh bắt giữ 72 vụ, thu giữ 28.900 bao; Cục Quản lý thị trường bắt giữ 45 vụ, thu giữ 16.170 bao. Tổng trị giá hàng vi phạm ước khoảng 1.730,5 triệu đồng.

Các địa bàn trọng điểm là thị xã Tân Châu, huyện An Phú và thị xã Tịnh Biên, với số thuốc lá thu giữ lần lượt là 32.600 bao, 21.480 bao và 14.950 bao. Thuốc lá lậu chủ yếu được vận chuyển bằng đường thủy trên sông Hậu, sông Tiền và đường bộ qua Quốc lộ 91.

Giá bán thuốc lá lậu tại khu vực biên giới chỉ từ 8.000 đến 12.000 đồng/bao, rẻ hơn khoảng 40% so với thuốc lá sản xuất trong nước cùng phân khúc. Từ ngày 15/4 đến 15/7/2024, tỉnh mở đợt cao điểm với 35 tổ tuần tra, kiểm soát cơ động tại các tuyến biên giới.

Năm 2024, An Giang phấn đấu giảm ít nhất 20% số vụ vận chuyển thuốc lá lậu so với năm 2023. Người dân phát hiện hành vi buôn lậu xin báo qua đường dây nóng 0296.3852.114.

NGỌC BÌNH"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
SEIZED = "số thuốc lá thu giữ"

FIGS = [
    fig("hơn 86.000 bao", "86.000", 86000, "count", "bao", "thuốc lá nhập lậu thu giữ",
        per("Quý I/2024", "2024-01-01", "2024-03-31"), approx="over"),
    fig("bắt giữ 214 vụ", "214", 214, "count", "vụ", "vụ vận chuyển, buôn bán thuốc lá điếu nhập lậu phát hiện, bắt giữ", Q1,
        change=chg("increase", 18, "vụ", "cùng kỳ")),
    fig("thu giữ 86.420 bao", "86.420", 86420, "count", "bao", "thuốc lá điếu nhập lậu thu giữ", Q1,
        change=chg("increase", 12.6, "%", "cùng kỳ năm 2023")),
    fig("bắt giữ 97 vụ", "97", 97, "count", "vụ", "vụ Bộ đội Biên phòng tỉnh bắt giữ", inh(Q1), total=214),
    fig("thu giữ 41.350 bao", "41.350", 41350, "count", "bao", "thuốc lá Bộ đội Biên phòng tỉnh thu giữ", inh(Q1), total=86420),
    fig("bắt giữ 72 vụ", "72", 72, "count", "vụ", "vụ Công an tỉnh bắt giữ", inh(Q1), total=214),
    fig("thu giữ 28.900 bao", "28.900", 28900, "count", "bao", "thuốc lá Công an tỉnh thu giữ", inh(Q1), total=86420),
    fig("bắt giữ 45 vụ", "45", 45, "count", "vụ", "vụ Cục Quản lý thị trường bắt giữ", inh(Q1), total=214),
    fig("thu giữ 16.170 bao", "16.170", 16170, "count", "bao", "thuốc lá Cục Quản lý thị trường thu giữ", inh(Q1), total=86420),
    fig("khoảng 1.730,5 triệu", "1.730,5", 1730.5e6, "money", "đồng", "Tổng trị giá hàng vi phạm", inh(Q1),
        approx="about", status="estimate"),
    fig("là 32.600 bao", "32.600", 32600, "count", "bao", SEIZED, inh(Q1), location="Tân Châu"),
    fig("21.480 bao", "21.480", 21480, "count", "bao", SEIZED, inh(Q1), location="An Phú"),
    fig("14.950 bao", "14.950", 14950, "count", "bao", SEIZED, inh(Q1), location="Tịnh Biên"),
    fig("từ 8.000 đến", "8.000", 8000, "money", "đồng/bao", "Giá bán thuốc lá lậu tại khu vực biên giới", value_max=12000,
        change=chg("decrease", 40, "%", "thuốc lá sản xuất trong nước cùng phân khúc", approx="about")),
    fig("với 35 tổ", "35", 35, "count", "tổ tuần tra, kiểm soát cơ động", "tổ tuần tra, kiểm soát cơ động",
        per("Từ ngày 15/4 đến 15/7/2024", "2024-04-15", "2024-07-15")),
    fig("ít nhất 20%", "20", 20, "percent", "%", "số vụ vận chuyển thuốc lá lậu giảm",
        per("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Báo An Giang (invented provincial newspaper, '(BAG)' tag, dateline 'Thứ Năm, 18/04/2024 - 08:30'): thuốc lá điếu nhập lậu quý I/2024.",
    "Distractors: 'Ban Chỉ đạo 389' (a name), 'Quốc lộ 91', '15/4', '15/7/2024' (period only), hotline '0296.3852.114', byline.",
    "The 'Trong đó' paragraph follows the sentence with 214 vụ and 86.420 bao: vụ parts take 214, bao parts 86.420 (the parts add up).",
    "'1.730,5 triệu đồng' = 1.730.500.000 đồng, estimate (ước khoảng). The 'lần lượt' localities are locations; no part-of cue, no total.",
    "'rẻ hơn khoảng 40% so với …' after the price range is that figure's change (decrease, about). 'giảm ít nhất 20% … so với năm 2023'",
    "after 'phấn đấu' is a target rate that is itself the claim (percent, no change).",
]

if __name__ == "__main__":
    emit("p665-8", TEXT, COMMENTS, FIGS, published="2024-04-18", location="An Giang")

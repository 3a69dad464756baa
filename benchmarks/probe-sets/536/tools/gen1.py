"""p536-1: province portal (Quảng Trị), Tết Giáp Thìn 2024 gifts for người có công."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Quảng Trị: Hơn 49.000 suất quà Tết đến với người có công

Cập nhật: 30/01/2024 15:20 | Lượt xem: 1.482

Theo Sở Lao động - Thương binh và Xã hội, dịp Tết Nguyên đán Giáp Thìn 2024, toàn tỉnh chuẩn bị 49.316 suất quà tặng người có công với cách mạng và thân nhân, với tổng kinh phí hơn 22,6 tỷ đồng, tăng 8,4% so với Tết Quý Mão năm 2023.

Trong đó, quà của Chủ tịch nước là 27.540 suất với kinh phí 8.385,6 triệu đồng, gồm hai mức 300.000 đồng/suất và 600.000 đồng/suất; quà của tỉnh là 21.776 suất, mức quà cho thương binh, bệnh binh suy giảm khả năng lao động từ 81% trở lên và cho các đối tượng còn lại lần lượt là 1.000.000 đồng/suất và 500.000 đồng/suất.

Quà được phân bổ nhiều nhất tại các huyện Hải Lăng (7.215 suất), Triệu Phong (6.930 suất), Gio Linh (5.482 suất) và Vĩnh Linh (5.106 suất). Tính đến ngày 29/01/2024, các địa phương đã chi trả 46.870 suất, đạt 95% tổng số quà; phấn đấu hoàn thành việc trao quà trước ngày 05/02/2024.

Dịp này, lãnh đạo tỉnh chia thành 9 đoàn đến thăm, chúc Tết 3 Mẹ Việt Nam Anh hùng còn sống, 12 cơ sở nuôi dưỡng, điều dưỡng người có công và khoảng 1.150 thương binh nặng đang điều trị tại gia đình; đồng thời dâng hương tại Nghĩa trang liệt sĩ quốc gia Trường Sơn và Nghĩa trang liệt sĩ quốc gia Đường 9.

Mọi thắc mắc về chế độ quà Tết, người dân liên hệ đường dây nóng của Sở qua số 0233.3852.471 trong giờ hành chính.

Cổng thông tin điện tử tỉnh Quảng Trị - Địa chỉ: 45 Hùng Vương, TP. Đông Hà
"""

ASOF = per("Tính đến ngày 29/01/2024", end="2024-01-29")
F = [
    fig("Hơn 49.000 suất", "49.000", 49000, "count", "suất quà",
        "suất quà Tết đến với người có công", approx="over"),
    fig("chuẩn bị 49.316 suất", "49.316", 49316, "count", "suất quà",
        "suất quà tặng người có công với cách mạng và thân nhân"),
    fig("hơn 22,6 tỷ đồng", "22,6", 22600000000, "money", "đồng",
        "tổng kinh phí quà tặng người có công", approx="over",
        change=chg("increase", 8.4, baseline="Tết Quý Mão năm 2023")),
    fig("là 27.540 suất", "27.540", 27540, "count", "suất",
        "quà của Chủ tịch nước", total=49316),
    fig("kinh phí 8.385,6 triệu đồng", "8.385,6", 8385600000, "money", "đồng",
        "kinh phí quà của Chủ tịch nước", total=22600000000),
    fig("gồm hai mức", "hai", 2, "count", "mức",
        "mức quà của Chủ tịch nước", optional=True),
    fig("mức 300.000 đồng/suất", "300.000", 300000, "money", "đồng/suất",
        "mức quà của Chủ tịch nước"),
    fig("và 600.000 đồng/suất", "600.000", 600000, "money", "đồng/suất",
        "mức quà của Chủ tịch nước"),
    fig("là 21.776 suất", "21.776", 21776, "count", "suất",
        "quà của tỉnh", total=49316),
    fig("từ 81% trở lên", "81", 81, "percent", "%",
        "suy giảm khả năng lao động của thương binh, bệnh binh", approx="at_least", optional=True),
    fig("là 1.000.000 đồng/suất", "1.000.000", 1000000, "money", "đồng/suất",
        "mức quà của tỉnh cho thương binh, bệnh binh suy giảm khả năng lao động từ 81% trở lên"),
    fig("và 500.000 đồng/suất", "500.000", 500000, "money", "đồng/suất",
        "mức quà của tỉnh cho các đối tượng còn lại"),
    fig("Hải Lăng (7.215 suất)", "7.215", 7215, "count", "suất",
        "quà Tết được phân bổ", location="Hải Lăng"),
    fig("Triệu Phong (6.930 suất)", "6.930", 6930, "count", "suất",
        "quà Tết được phân bổ", location="Triệu Phong"),
    fig("Gio Linh (5.482 suất)", "5.482", 5482, "count", "suất",
        "quà Tết được phân bổ", location="Gio Linh"),
    fig("Vĩnh Linh (5.106 suất)", "5.106", 5106, "count", "suất",
        "quà Tết được phân bổ", location="Vĩnh Linh"),
    fig("chi trả 46.870 suất", "46.870", 46870, "count", "suất",
        "suất quà các địa phương đã chi trả", ASOF, percent=95),
    fig("chia thành 9 đoàn", "9", 9, "count", "đoàn",
        "đoàn lãnh đạo tỉnh thăm, chúc Tết"),
    fig("Tết 3 Mẹ", "3", 3, "count", "Mẹ Việt Nam Anh hùng",
        "Mẹ Việt Nam Anh hùng còn sống được thăm, chúc Tết"),
    fig("12 cơ sở nuôi dưỡng", "12", 12, "count", "cơ sở",
        "cơ sở nuôi dưỡng, điều dưỡng người có công được thăm, chúc Tết"),
    fig("khoảng 1.150 thương binh", "1.150", 1150, "count", "thương binh",
        "thương binh nặng đang điều trị tại gia đình được thăm, chúc Tết", approx="about"),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Trị: quà Tết Giáp Thìn 2024 cho người có công (Sở LĐ-TB&XH). Dateline 'Cập nhật: 30/01/2024 15:20'.",
    "Distractors: 'Lượt xem: 1.482', 'Đường 9' (cemetery name), phone 0233.3852.471, address 45 Hùng Vương, dates 29/01 and 05/02/2024.",
    "'Tết Nguyên đán Giáp Thìn 2024' is an occasion, not a period phrase: figures without a stated period get none (unscored).",
    "'Trong đó' parts (27.540 + 21.776 = 49.316) take the whole; the Chủ tịch nước gift money 8.385,6 triệu is a part of tổng kinh phí 22,6 tỷ",
    "(revised after the first run: the cue follows that money whole, same thing, same period; the first gold left it without total); the gift levels are money rates 'đồng/suất'; 'từ 81% trở lên' is an",
    "eligibility threshold (optional), as is 'gồm hai mức' (how many gift levels, a number word). District items take the district as location; they follow no cue and do not add up: no total.",
]

write("p536-1", TEXT, NOTES, F, published="2024-01-30", location="Quảng Trị")

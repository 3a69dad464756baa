"""p1258-8: news agency (TTXVN): Giải vô địch Vovinam Đông Nam Á 2024 in Cần Thơ; Vietnam team results and SEA Games target."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Thể thao | 26/11/2024 21:05

Đội tuyển Việt Nam dẫn đầu Giải vô địch Vovinam Đông Nam Á 2024

Cần Thơ (TTXVN) - Tối 25/11, tại Nhà thi đấu đa năng thành phố Cần Thơ (số 2 đường Lê Lợi, quận Ninh Kiều), Giải vô địch Vovinam Đông Nam Á lần thứ 3 năm 2024 đã bế mạc.

Sau 5 ngày thi đấu, giải quy tụ 318 vận động viên của 9 quốc gia, tranh tài ở 41 nội dung, gồm 23 nội dung quyền và 18 nội dung đối kháng. Đội tuyển Việt Nam giành 19 huy chương vàng, 11 huy chương bạc và 6 huy chương đồng, xếp thứ nhất toàn đoàn, vượt chỉ tiêu 15 huy chương vàng đặt ra trước giải. Riêng vận động viên Nguyễn Thị Hoài Thu giành 2 huy chương vàng ở nội dung song luyện và đa luyện.

Thành phố Cần Thơ chi khoảng 4,2 tỷ đồng cho công tác tổ chức; giải thu hút hơn 12.000 lượt khán giả, trong đó gần 3.500 lượt là học sinh.

Theo ông Trần Minh Đức, Phó Chủ tịch Liên đoàn Vovinam Việt Nam, năm 2024 đội tuyển quốc gia có 24 tuyển thủ tập trung tại Trung tâm Huấn luyện thể thao quốc gia TP Hồ Chí Minh, tiền ăn 320.000 đồng/người/ngày. Tại SEA Games 33 diễn ra tháng 12/2025 ở Thái Lan, đội tuyển đặt mục tiêu giành từ 6 đến 8 huy chương vàng.

Minh Khôi (TTXVN)

Tin cùng chuyên mục:
- Khai mạc Giải Vovinam các câu lạc bộ mạnh toàn quốc lần thứ 12
- Võ cổ truyền Việt Nam hướng tới Olympic
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
DEC = per("tháng 12/2025", "2025-12-01", "2025-12-31")
CT = "Cần Thơ"

FIGS = [
    fig("quy tụ 318 vận động viên", "318", 318, "count", "vận động viên", subject="vận động viên tham dự giải",
        location=CT),
    fig("của 9 quốc gia", "9", 9, "count", "quốc gia", subject="quốc gia có vận động viên tham dự giải",
        location=CT),
    fig("ở 41 nội dung", "41", 41, "count", "nội dung", subject="nội dung thi đấu", location=CT),
    fig("gồm 23 nội dung", "23", 23, "count", "nội dung", total=41, subject="nội dung quyền", location=CT),
    fig("18 nội dung", "18", 18, "count", "nội dung", total=41, subject="nội dung đối kháng", location=CT),
    fig("giành 19 huy chương", "19", 19, "count", "huy chương vàng", target=tgt(15, "huy chương vàng", True),
        subject="huy chương vàng đội tuyển Việt Nam giành"),
    fig("11 huy chương bạc", "11", 11, "count", "huy chương bạc", subject="huy chương bạc đội tuyển Việt Nam giành"),
    fig("6 huy chương đồng", "6", 6, "count", "huy chương đồng", subject="huy chương đồng đội tuyển Việt Nam giành"),
    fig("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="xếp hạng toàn đoàn của đội tuyển Việt Nam"),
    fig("giành 2 huy chương", "2", 2, "count", "huy chương vàng",
        subject="huy chương vàng vận động viên Nguyễn Thị Hoài Thu giành"),
    fig("khoảng 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="about",
        subject="kinh phí Cần Thơ chi cho công tác tổ chức", location=CT),
    fig("hơn 12.000 lượt", "12.000", 12000, "count", "lượt khán giả", approx="over",
        subject="lượt khán giả giải thu hút", location=CT),
    fig("gần 3.500 lượt", "3.500", 3500, "count", "lượt", approx="nearly", total=12000,
        subject="lượt khán giả là học sinh", location=CT),
    fig("có 24 tuyển thủ", "24", 24, "count", "tuyển thủ", subject="tuyển thủ đội tuyển quốc gia tập trung",
        period=Y24),
    fig("ăn 320.000 đồng", "320.000", 320000, "money", "đồng/người/ngày", subject="tiền ăn của tuyển thủ",
        period=Y24),
    fig("từ 6 đến 8", "6", 6, "count", "huy chương vàng", value_max=8, status="target",
        subject="huy chương vàng đội tuyển đặt mục tiêu giành tại SEA Games 33", period=DEC),
]

NOTES = [
    "News agency (TTXVN): 'TTXVN | Thể thao | 26/11/2024 21:05', place-and-agency lead 'Cần Thơ (TTXVN) -', byline, same-section links.",
    "Distractors: 21:05, 'Tối 25/11', 'số 2 đường Lê Lợi', 'lần thứ 3', 'SEA Games 33', 'lần thứ 12', 'Đông Nam Á 2024' (a name),",
    "'Sau 5 ngày thi đấu' (a duration that only locates the event).",
    "Location: the national team's figures (medals, rank, squad, food allowance, SEA Games target) → Việt Nam (default); the tournament",
    "held in Cần Thơ (athletes, countries, events, spending, spectators) → Cần Thơ. Borderline: a reader may take the tournament's",
    "figures as national; the host city is what they describe here.",
    "'vượt chỉ tiêu 15 huy chương vàng đặt ra trước giải' → target 15 (met) of the 19 gold medals.",
    "'gồm 23 ... và 18 ...' → total 41; 'trong đó gần 3.500 lượt là học sinh' → total 12.000.",
    "The tournament figures have no period phrase of their own (the year stands only in the tournament's name).",
    "'năm 2024 ... 24 tuyển thủ ..., tiền ăn 320.000 đồng/người/ngày' → period 2024. 'tháng 12/2025' → the SEA Games target's period.",
]

if __name__ == "__main__":
    write("p1258-8", TEXT, NOTES, FIGS, published="2024-11-26", location="Việt Nam")

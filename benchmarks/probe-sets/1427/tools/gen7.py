"""p1427-7: news agency (TTXVN): an online cockfighting-betting ring run from An Giang; national 2024 figures."""
from lib import fig, per, inh, chg, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Tin tức | Xã hội | Pháp luật

Triệt phá đường dây cá cược đá gà qua mạng giao dịch hơn 1.200 tỷ đồng

27/12/2024 15:05

Hà Nội (TTXVN) - Ngày 27/12, Cục Cảnh sát hình sự (C02), Bộ Công an cho biết đã phối hợp Công an tỉnh An Giang triệt phá một đường dây tổ chức đánh bạc bằng hình thức cá cược đá gà qua mạng do nhóm đối tượng tại tỉnh An Giang điều hành, bắt giữ 26 đối tượng, gồm 4 đối tượng cầm đầu và 22 đối tượng quản lý tài khoản, chuyển tiền.

Theo cơ quan điều tra, từ tháng 3/2023 đến tháng 10/2024, đường dây phát trực tiếp các trận đá gà từ trường gà bên kia biên giới qua trang web "daga88", thu hút khoảng 45.000 tài khoản tham gia cá cược. Tổng số tiền giao dịch ước tính hơn 1.200 tỷ đồng. Đường dây hưởng lợi bất chính khoảng 96 tỷ đồng, tương đương 8% tổng tiền cược.

Khi khám xét, lực lượng chức năng thu giữ 3,2 tỷ đồng, 120.000 USD, 58 điện thoại di động, 14 máy tính; phong tỏa 217 tài khoản ngân hàng với số dư gần 40 tỷ đồng.

Theo Bộ Công an, năm 2024, Công an cả nước đã phát hiện, xử lý 1.846 vụ đánh bạc bằng hình thức đá gà với 14.602 đối tượng, tăng 6,3% số vụ so với năm 2023. Trong đó, 27 vụ tổ chức cá cược qua mạng, gấp 2,5 lần năm trước. Dẫn đầu cả nước về số vụ đá gà là An Giang (164 vụ), Đồng Tháp (151 vụ) và Tây Ninh (137 vụ).

Bộ Công an khuyến cáo người dân không tham gia cá cược đá gà dưới mọi hình thức; khi phát hiện dấu hiệu vi phạm, báo ngay cho cơ quan Công an gần nhất hoặc qua đường dây nóng 069.2342.604.

Thanh Hà (TTXVN)
"""

RING = per("từ tháng 3/2023 đến tháng 10/2024", "2023-03-01", "2024-10-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
AG = "An Giang"

FIGS = [
    fig("mạng giao dịch hơn 1.200", "1.200", 1.2e12, "money", "đồng", approx="over",
        subject="tiền giao dịch của đường dây cá cược đá gà qua mạng", location=AG),
    fig("phá một đường dây", "một", 1, "count", "đường dây", subject="đường dây đánh bạc bị triệt phá", location=AG,
        optional=True),
    fig("bắt giữ 26 đối tượng", "26", 26, "count", "đối tượng", subject="đối tượng bị bắt giữ", location=AG),
    fig("gồm 4 đối tượng", "4", 4, "count", "đối tượng", total=26, subject="đối tượng cầm đầu", location=AG),
    fig("và 22 đối tượng", "22", 22, "count", "đối tượng", total=26,
        subject="đối tượng quản lý tài khoản, chuyển tiền", location=AG),
    fig("khoảng 45.000 tài khoản", "45.000", 45000, "count", "tài khoản", approx="about",
        subject="tài khoản tham gia cá cược", period=RING, location=AG),
    fig("ước tính hơn 1.200", "1.200", 1.2e12, "money", "đồng", approx="over", status="estimate",
        subject="tổng số tiền giao dịch", period=inh(RING), location=AG),
    fig("khoảng 96 tỷ", "96", 96e9, "money", "đồng", approx="about", percent=8,
        subject="tiền đường dây hưởng lợi bất chính", period=inh(RING), location=AG),
    fig("thu giữ 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", subject="tiền thu giữ khi khám xét", location=AG),
    fig("120.000 USD", "120.000", 120000, "money", "USD", subject="ngoại tệ thu giữ khi khám xét", location=AG),
    fig("58 điện thoại", "58", 58, "count", "điện thoại di động", subject="điện thoại di động thu giữ", location=AG),
    fig("14 máy tính", "14", 14, "count", "máy tính", subject="máy tính thu giữ", location=AG),
    fig("phong tỏa 217 tài khoản", "217", 217, "count", "tài khoản ngân hàng",
        subject="tài khoản ngân hàng bị phong tỏa", location=AG),
    fig("gần 40 tỷ", "40", 40e9, "money", "đồng", approx="nearly", subject="số dư tài khoản ngân hàng bị phong tỏa",
        location=AG),
    fig("xử lý 1.846 vụ", "1.846", 1846, "count", "vụ", change=chg("increase", 6.3, "%", "năm 2023"),
        subject="vụ đánh bạc bằng hình thức đá gà phát hiện, xử lý", period=Y24),
    fig("với 14.602 đối tượng", "14.602", 14602, "count", "đối tượng",
        subject="đối tượng đánh bạc bằng hình thức đá gà", period=Y24),
    fig("Trong đó, 27 vụ", "27", 27, "count", "vụ", total=1846, change=chg("increase", 2.5, "lần", "năm trước"),
        subject="vụ tổ chức cá cược qua mạng", period=inh(Y24)),
    fig("(164 vụ)", "164", 164, "count", "vụ", subject="số vụ đá gà", period=inh(Y24), location="An Giang"),
    fig("(151 vụ)", "151", 151, "count", "vụ", subject="số vụ đá gà", period=inh(Y24), location="Đồng Tháp"),
    fig("(137 vụ)", "137", 137, "count", "vụ", subject="số vụ đá gà", period=inh(Y24), location="Tây Ninh"),
]

NOTES = [
    "News agency (TTXVN): header, '27/12/2024 15:05', 'Hà Nội (TTXVN) -', byline 'Thanh Hà (TTXVN)'.",
    "Distractors: 15:05, 'Ngày 27/12' (announcement date), '(C02)', 'daga88' (a site name), hotline 069.2342.604.",
    "The ring is run from An Giang: its figures are located in An Giang; national figures of Bộ Công an are Việt Nam (default).",
    "'triệt phá một đường dây': 'một' may be read as the article 'a' or as a count of rings: optional.",
    "Headline and body both give 'hơn 1.200 tỷ đồng': two figures (the body one is 'ước tính' → estimate).",
    "'gồm 4 ... và 22 ...' → total 26. 'khoảng 96 tỷ đồng, tương đương 8%' → percent attribute 8 (a new sentence: actual, not estimate).",
    "'tăng 6,3% số vụ so với năm 2023' belongs to the 1.846 vụ ('số vụ'), not to the 14.602 đối tượng before it.",
    "'Trong đó, 27 vụ ..., gấp 2,5 lần năm trước' → total 1.846, change increase 2.5 lần (baseline năm trước).",
    "'Dẫn đầu cả nước về số vụ đá gà là An Giang (164 vụ), ...': list items, provinces go to location; period inherited 'năm 2024'.",
    "The ring's arrest and seizure figures get no period ('Ngày 27/12' is the day of the announcement).",
]

if __name__ == "__main__":
    write("p1427-7", TEXT, NOTES, FIGS, published="2024-12-27", location="Việt Nam")

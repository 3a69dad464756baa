"""p1321-5: national newspaper: travel businesses and guide cards nationwide at 31/12/2024, province list, 2025 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Du lịch › Tin tức

Cả nước có hơn 4.100 doanh nghiệp lữ hành quốc tế

Thứ năm, 9/1/2025, 14:20 (GMT+7)

Số doanh nghiệp lữ hành quốc tế tăng gần 13% trong năm 2024, trong khi số thẻ hướng dẫn viên còn hiệu lực đã vượt mốc 40.000.

Theo Cục Du lịch Quốc gia Việt Nam, tính đến ngày 31/12/2024, cả nước có 4.128 doanh nghiệp kinh doanh dịch vụ lữ hành quốc tế, tăng 12,8% so với cuối năm 2023, và khoảng 2.300 doanh nghiệp lữ hành nội địa. Hà Nội và TP HCM dẫn đầu với lần lượt 1.652 và 1.187 doanh nghiệp lữ hành quốc tế; tiếp đến là Đà Nẵng (263 doanh nghiệp), Khánh Hòa (158 doanh nghiệp).

Cả nước có 40.516 thẻ hướng dẫn viên còn hiệu lực, gồm 23.874 thẻ quốc tế, 15.902 thẻ nội địa và 740 thẻ tại điểm. Tiếng Anh vẫn là ngôn ngữ phổ biến nhất với hơn 14.000 hướng dẫn viên, tiếng Trung khoảng 4.600 người; trong khi hướng dẫn viên tiếng Ả Rập cả nước chỉ có khoảng ba chục người.

Trong năm 2024, Cục đã cấp mới 5.420 thẻ hướng dẫn viên, thu hồi 73 thẻ; 41 doanh nghiệp bị thu hồi giấy phép kinh doanh dịch vụ lữ hành quốc tế, phần lớn do không duy trì mức ký quỹ 500 triệu đồng theo Nghị định số 168/2017/NĐ-CP.

"Khoảng 30% doanh nghiệp lữ hành quốc tế hiện vẫn hoạt động cầm chừng, chủ yếu là doanh nghiệp nhỏ chỉ có từ 3 đến 5 nhân viên", ông Lê Quang Thịnh, Phó Chủ tịch Hiệp hội Lữ hành Việt Nam (VISTA), nhận định.

Năm 2025, ngành du lịch đặt mục tiêu đón 22-23 triệu lượt khách quốc tế và 120-130 triệu lượt khách nội địa.

Thanh Hương
"""

ASOF = per("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
DNQT = "doanh nghiệp lữ hành quốc tế"

FIGS = [
    fig("hơn 4.100", "4.100", 4100, "count", "doanh nghiệp", approx="over", subject=DNQT),
    fig("tăng gần 13%", "13", 13, "percent", "%", approx="nearly", subject="số doanh nghiệp lữ hành quốc tế",
        period=Y24),
    fig("mốc 40.000", "40.000", 40000, "count", "thẻ", approx="over",
        subject="thẻ hướng dẫn viên còn hiệu lực"),
    fig("có 4.128 doanh nghiệp", "4.128", 4128, "count", "doanh nghiệp",
        change=chg("increase", 12.8, "%", "cuối năm 2023"),
        subject="doanh nghiệp kinh doanh dịch vụ lữ hành quốc tế", period=ASOF),
    fig("khoảng 2.300 doanh nghiệp", "2.300", 2300, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp lữ hành nội địa", period=ASOF),
    fig("lần lượt 1.652", "1.652", 1652, "count", "doanh nghiệp", subject=DNQT, period=inh(ASOF),
        location="Hà Nội"),
    fig("và 1.187 doanh nghiệp", "1.187", 1187, "count", "doanh nghiệp", subject=DNQT, period=inh(ASOF),
        location="TP Hồ Chí Minh"),
    fig("(263 doanh nghiệp)", "263", 263, "count", "doanh nghiệp", subject=DNQT, period=inh(ASOF),
        location="Đà Nẵng"),
    fig("(158 doanh nghiệp)", "158", 158, "count", "doanh nghiệp", subject=DNQT, period=inh(ASOF),
        location="Khánh Hòa"),
    fig("có 40.516 thẻ", "40.516", 40516, "count", "thẻ", subject="thẻ hướng dẫn viên còn hiệu lực",
        period=inh(ASOF)),
    fig("gồm 23.874 thẻ", "23.874", 23874, "count", "thẻ", total=40516, subject="thẻ quốc tế",
        period=inh(ASOF)),
    fig("15.902 thẻ", "15.902", 15902, "count", "thẻ", total=40516, subject="thẻ nội địa", period=inh(ASOF)),
    fig("và 740 thẻ", "740", 740, "count", "thẻ", total=40516, subject="thẻ tại điểm", period=inh(ASOF)),
    fig("hơn 14.000 hướng dẫn viên", "14.000", 14000, "count", "hướng dẫn viên", approx="over",
        subject="hướng dẫn viên tiếng Anh"),
    fig("khoảng 4.600 người", "4.600", 4600, "count", "người", approx="about",
        subject="hướng dẫn viên tiếng Trung"),
    fig("khoảng ba chục người", "ba chục", 30, "count", "người", approx="about",
        subject="hướng dẫn viên tiếng Ả Rập"),
    fig("cấp mới 5.420 thẻ", "5.420", 5420, "count", "thẻ", subject="thẻ hướng dẫn viên cấp mới", period=Y24b),
    fig("thu hồi 73 thẻ", "73", 73, "count", "thẻ", subject="thẻ hướng dẫn viên thu hồi", period=Y24b),
    fig("41 doanh nghiệp", "41", 41, "count", "doanh nghiệp",
        subject="doanh nghiệp bị thu hồi giấy phép kinh doanh dịch vụ lữ hành quốc tế", period=Y24b),
    fig("ký quỹ 500 triệu", "500", 500e6, "money", "đồng", subject="mức ký quỹ"),
    fig("Khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="doanh nghiệp lữ hành quốc tế hoạt động cầm chừng"),
    fig("từ 3 đến 5 nhân viên", "3", 3, "count", "nhân viên", value_max=5,
        subject="nhân viên của doanh nghiệp nhỏ"),
    fig("đón 22-23 triệu", "22", 22e6, "count", "lượt khách", value_max=23e6, status="target",
        subject="lượt khách quốc tế", period=Y25),
    fig("và 120-130 triệu", "120", 120e6, "count", "lượt khách", value_max=130e6, status="target",
        subject="lượt khách nội địa", period=Y25),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 9/1/2025, 14:20 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 14:20, '(GMT+7)', 'tính đến ngày 31/12/2024', 'cuối năm 2023', Nghị định số 168/2017/NĐ-CP, 'phần lớn', 'nhất'.",
    "Location Việt Nam (Cục Du lịch Quốc gia: national totals); the 'lần lượt' and bracket list items are located in their province/city.",
    "Headline 'hơn 4.100' and sapo 'tăng gần 13% trong năm 2024' (a growth rate as the claim: percent, no change) and 'vượt mốc 40.000' (over).",
    "The as-of date 31/12/2024 is inherited by the list sentence and the card paragraph (not scored). 'gồm' parts → total 40.516.",
    "'khoảng ba chục người' = 30 (number word, about). 'mức ký quỹ 500 triệu đồng' is a standing requirement: money, no period.",
    "'22-23 triệu', '120-130 triệu': ranges with the multiplier after the second number; 'đặt mục tiêu' → target.",
]

if __name__ == "__main__":
    write("p1321-5", TEXT, NOTES, FIGS, published="2025-01-09", location="Việt Nam")

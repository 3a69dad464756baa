"""p1249-6: national newspaper (VnExpress-like dateline): golden pompano price slump in Cát Hải, Hải Phòng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 11/11/2024, 06:00 (GMT+7)

Cá chim vây vàng rớt giá, người nuôi Cát Bà lỗ nặng

Giá cá chim vây vàng tại lồng ở Hải Phòng giảm còn 65.000-70.000 đồng/kg, thấp nhất trong 5 năm, trong khi chi phí nuôi tăng khoảng 15%.

Anh Vũ Đức Thắng, chủ bè cá ở vịnh Lan Hạ, huyện Cát Hải, có 24 ô lồng với khoảng 60.000 con cá chim vây vàng đến lứa xuất bán. "Giá thành nuôi mỗi kg cá khoảng 72.000 đồng, bán 68.000 đồng là lỗ 4.000 đồng mỗi kg", anh nói. Từ đầu tháng 10 đến nay, anh mới bán được hơn 6 tấn, chưa bằng 25% sản lượng.

Theo Phòng Kinh tế huyện Cát Hải, toàn huyện có 312 hộ nuôi cá lồng bè với khoảng 5.400 ô lồng; sản lượng cá chim vây vàng năm nay dự kiến đạt 3.200 tấn, gấp đôi năm 2022. Giá cá hiện chỉ bằng khoảng 55% so với tháng 2/2023, khi cá chim loại 500-600 g/con được thương lái thu mua tới 125.000 đồng/kg.

Nguyên nhân chính là nguồn cung tăng nhanh. Sản lượng cá chim vây vàng cả nước hiện khoảng 12.000 tấn mỗi năm, trong khi xuất khẩu chỉ chiếm chưa tới 20%. Ông Nguyễn Quang Vinh, Phó Chủ tịch Hiệp hội Nuôi biển Hải Phòng, cho rằng người nuôi nên giảm mật độ thả, hiện phổ biến ở mức 15-20 con/m3, và liên kết với doanh nghiệp chế biến.

Từ tháng 10, thành phố hỗ trợ 50% lãi suất vay vốn cho các hộ nuôi bị thiệt hại.

Lê Tân
"""

CH = "Cát Hải"
YTD = per("Từ đầu tháng 10 đến nay", "2024-10-01", "2024-11-11")
YN = per("năm nay", "2024-01-01", "2024-12-31")
F23 = per("tháng 2/2023", "2023-02-01", "2023-02-28")

FIGS = [
    fig("còn 65.000-70.000", "65.000", 65000, "money", "đồng/kg", value_max=70000,
        subject="giá cá chim vây vàng tại lồng", location="Hải Phòng"),
    fig("tăng khoảng 15%", "15", 15, "percent", "%", approx="about", subject="chi phí nuôi",
        location="Hải Phòng"),
    fig("có 24 ô lồng", "24", 24, "count", "ô lồng", subject="ô lồng của anh Vũ Đức Thắng"),
    fig("khoảng 60.000 con", "60.000", 60000, "count", "con", approx="about",
        subject="cá chim vây vàng đến lứa xuất bán"),
    fig("khoảng 72.000 đồng", "72.000", 72000, "money", "đồng/kg", approx="about",
        subject="giá thành nuôi mỗi kg cá"),
    fig("bán 68.000 đồng", "68.000", 68000, "money", "đồng/kg", subject="giá bán"),
    fig("lỗ 4.000 đồng", "4.000", 4000, "money", "đồng/kg", subject="lỗ mỗi kg"),
    fig("hơn 6 tấn", "6", 6, "measure", "tấn", approx="over", percent=25, subject="cá anh bán được",
        period=YTD),
    fig("có 312 hộ", "312", 312, "count", "hộ", subject="hộ nuôi cá lồng bè"),
    fig("khoảng 5.400 ô lồng", "5.400", 5400, "count", "ô lồng", approx="about", subject="ô lồng nuôi cá"),
    fig("đạt 3.200 tấn", "3.200", 3200, "measure", "tấn", status="forecast",
        change=chg("increase", 2, "lần", "năm 2022"), subject="sản lượng cá chim vây vàng", period=YN),
    fig("khoảng 55%", "55", 55, "percent", "%", approx="about", subject="giá cá"),
    fig("loại 500-600 g/con", "500", 500, "measure", "g/con", value_max=600, subject="cỡ cá chim loại"),
    fig("tới 125.000", "125.000", 125000, "money", "đồng/kg", subject="giá thương lái thu mua cá chim",
        period=F23),
    fig("khoảng 12.000 tấn", "12.000", 12000, "measure", "tấn/năm", approx="about",
        subject="sản lượng cá chim vây vàng cả nước", location="Việt Nam"),
    fig("chưa tới 20%", "20", 20, "percent", "%", approx="under", subject="tỷ trọng xuất khẩu",
        location="Việt Nam"),
    fig("mức 15-20 con/m3", "15", 15, "measure", "con/m3", value_max=20, subject="mật độ thả",
        location="Hải Phòng"),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", subject="hỗ trợ lãi suất vay vốn cho các hộ nuôi bị thiệt hại",
        location="Hải Phòng"),
]

NOTES = [
    "National newspaper: 'Thứ hai, 11/11/2024, 06:00 (GMT+7)' (published), sapo, quote, byline at the end.",
    "Location: Cát Hải (default) for the farmer and the district; sapo price and city measures Hải Phòng; national supply Việt Nam.",
    "'thấp nhất trong 5 năm' is a duration, not a figure. 'chi phí nuôi tăng khoảng 15%' is a growth rate as the claim (percent, no change).",
    "'bán 68.000 đồng' and 'lỗ 4.000 đồng mỗi kg' stand in the quote about 'mỗi kg': unit 'đồng/kg'. 'chưa bằng 25% sản lượng' → percent 25 of 'hơn 6 tấn'.",
    "'gấp đôi năm 2022' → change increase 2 lần, baseline năm 2022. 'năm nay' → 2024 (published). 'Từ đầu tháng 10 đến nay' ends at the dateline.",
    "'Giá cá hiện chỉ bằng khoảng 55% so với tháng 2/2023' is a percent figure (no amount before it); 'tháng 2/2023' is its baseline, so no period;",
    "the 125.000 đồng/kg of 'khi … tháng 2/2023' takes tháng 2/2023. '12.000 tấn mỗi năm' → 'tấn/năm'. 'Từ tháng 10' dates the support start: no period.",
    "Revised after the first run: the 55% subject is the indicator 'giá cá' only; the baseline 'so với tháng 2/2023' is not part of it (FIGURES.md: the subject names the indicator).",
    "Distractors: 06:00, (GMT+7), 'trong 5 năm', 'Từ tháng 10', 'tháng 2/2023' as baseline.",
]

if __name__ == "__main__":
    write("p1249-6", TEXT, NOTES, FIGS, published="2024-11-11", location=CH)

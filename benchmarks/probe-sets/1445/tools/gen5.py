"""p1445-5: national newspaper: smart parcel lockers nationwide, e-commerce parcels, a locker operator's plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Thương mại điện tử
Thứ hai, 10/3/2025, 09:20 (GMT+7)

Tủ nhận hàng thông minh nở rộ theo đà thương mại điện tử

Số tủ giao nhận hàng thông minh trên cả nước đã vượt mốc 4.000, khi các sàn và hãng vận chuyển tìm cách giảm chi phí giao hàng chặng cuối.

Theo số liệu của Hiệp hội Thương mại điện tử Việt Nam, tính đến cuối tháng 2/2025, cả nước có khoảng 4.150 tủ giao nhận hàng thông minh với gần 210.000 ô tủ, do 11 doanh nghiệp vận hành. Trong đó, TP HCM có 1.670 tủ, Hà Nội 1.320 tủ, số còn lại phân bố tại 27 tỉnh, thành phố.

Năm 2024, các doanh nghiệp bưu chính phát khoảng 2,4 tỷ bưu gửi, tăng 28% so với năm 2023; trong đó hàng thương mại điện tử chiếm hơn 80%. Tuy nhiên, chỉ khoảng 2-3% số bưu gửi được giao qua tủ. Hiệp hội đề xuất mục tiêu đến năm 2030 nâng tỷ lệ này lên 15-20%.

Ông Lê Quang Vinh, Giám đốc Công ty cổ phần Công nghệ Giao vận BoxGo, cho biết chi phí giao mỗi đơn qua tủ chỉ khoảng 6.000-8.000 đồng, thấp hơn khoảng 50% so với giao tận tay. Năm nay, BoxGo dự kiến đầu tư thêm 800 tủ, nâng mạng lưới lên 2.000 tủ, tổng vốn khoảng 120 tỷ đồng.

Theo Bộ Công Thương, quy mô thị trường thương mại điện tử bán lẻ năm 2024 đạt khoảng 25 tỷ USD, đứng thứ 3 Đông Nam Á; bình quân mỗi ngày có 6,5 triệu đơn hàng cần giao.

Minh Tâm
"""

ASOF = per("tính đến cuối tháng 2/2025", None, "2025-02-28")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
NOW = per("Năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    fig("vượt mốc 4.000", "4.000", 4000, "count", "tủ", approx="over",
        subject="số tủ giao nhận hàng thông minh trên cả nước"),
    fig("khoảng 4.150 tủ", "4.150", 4150, "count", "tủ", approx="about",
        subject="tủ giao nhận hàng thông minh", period=ASOF),
    fig("gần 210.000 ô", "210.000", 210000, "count", "ô tủ", approx="nearly", subject="ô tủ", period=ASOF),
    fig("do 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", subject="doanh nghiệp vận hành tủ",
        period=ASOF),
    fig("HCM có 1.670 tủ", "1.670", 1670, "count", "tủ", total=4150,
        subject="tủ giao nhận hàng thông minh", period=inh(ASOF), location="TP Hồ Chí Minh"),
    fig("Hà Nội 1.320 tủ", "1.320", 1320, "count", "tủ", total=4150,
        subject="tủ giao nhận hàng thông minh", period=inh(ASOF), location="Hà Nội"),
    fig("tại 27 tỉnh", "27", 27, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có số tủ còn lại",
        period=inh(ASOF)),
    fig("khoảng 2,4 tỷ", "2,4", 2.4e9, "count", "bưu gửi", approx="about",
        change=chg("increase", 28, "%", "năm 2023"), subject="bưu gửi các doanh nghiệp bưu chính phát",
        period=Y24),
    fig("chiếm hơn 80%", "80", 80, "percent", "%", approx="over",
        subject="tỷ lệ hàng thương mại điện tử trong bưu gửi", period=Y24),
    fig("khoảng 2-3%", "2", 2, "percent", "%", value_max=3, approx="about",
        subject="tỷ lệ bưu gửi được giao qua tủ", period=inh(Y24)),
    fig("lên 15-20%", "15", 15, "percent", "%", value_max=20, status="target",
        subject="tỷ lệ bưu gửi được giao qua tủ", period=T30),
    fig("khoảng 6.000-8.000", "6.000", 6000, "money", "đồng/đơn", value_max=8000, approx="about",
        change=chg("decrease", 50, "%", "giao tận tay", approx="about"), subject="chi phí giao mỗi đơn qua tủ"),
    fig("thêm 800 tủ", "800", 800, "count", "tủ", status="forecast", subject="tủ BoxGo đầu tư thêm",
        period=NOW),
    fig("lên 2.000 tủ", "2.000", 2000, "count", "tủ", status="forecast", subject="mạng lưới tủ của BoxGo",
        period=NOW),
    fig("khoảng 120 tỷ", "120", 120e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn đầu tư tủ của BoxGo", period=NOW),
    fig("khoảng 25 tỷ", "25", 25e9, "money", "USD", approx="about",
        subject="quy mô thị trường thương mại điện tử bán lẻ", period=Y24b),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="quy mô thị trường thương mại điện tử bán lẻ",
        period=Y24b),
    fig("có 6,5 triệu", "6,5", 6.5e6, "measure", "đơn hàng/ngày", subject="đơn hàng cần giao mỗi ngày",
        period=Y24b),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 10/3/2025, 09:20 (GMT+7)' (published), sapo with a figure, byline at the end.",
    "Distractors: 09:20, '(GMT+7)', 'tháng 2/2025' (as-of date), baselines 'năm 2023', 'Đông Nam Á' (field of a rank).",
    "'tính đến cuối tháng 2/2025' → as-of 2025-02-28; 'Trong đó' city parts after a sentence break take total 4.150, place = the city.",
    "'trong đó hàng thương mại điện tử chiếm hơn 80%' is a percent figure (the part has no amount). 'nâng tỷ lệ này lên 15-20%' →",
    "target with the subject the pronoun points back to. 'chi phí giao mỗi đơn' → unit đồng/đơn; 'thấp hơn khoảng 50% so với giao tận tay' → change.",
    "'Năm nay' = 2025 (dateline); 'dự kiến' governs the three BoxGo clauses (forecast). 'bình quân mỗi ngày có 6,5 triệu đơn hàng' → rate đơn hàng/ngày.",
]

if __name__ == "__main__":
    write("p1445-5", TEXT, NOTES, FIGS, published="2025-03-10", location="Việt Nam")

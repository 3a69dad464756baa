"""p1434-6: national newspaper: iron ore miners hit by falling prices (Văn Yên, Yên Bái; Lào Cai; national and world figures)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Hàng hóa
Thứ hai, 16/9/2024, 07:30 (GMT+7)

Doanh nghiệp mỏ sắt lao đao vì giá quặng giảm

Giá quặng sắt giảm sâu khiến nhiều mỏ ở Yên Bái, Lào Cai phải hạ sản lượng, cho công nhân nghỉ luân phiên.

Tại mỏ sắt Làng Cọ, huyện Văn Yên (Yên Bái), Công ty cổ phần Khoáng sản và Luyện kim Tây Bắc chỉ còn vận hành một trong ba dây chuyền tuyển. 8 tháng đầu năm nay, doanh nghiệp bán được 410.000 tấn quặng tinh, giảm khoảng 25% so với cùng kỳ. Giá bán bình quân còn 1,45 triệu đồng/tấn, thấp hơn 320.000 đồng so với đầu năm.

"Chi phí vận chuyển từ mỏ ra ga Yên Bái đã cao gấp 1,5 lần năm 2021, nhiều tháng chúng tôi bán dưới giá thành", ông Trần Quốc Hưng, Giám đốc công ty, nói. Doanh nghiệp đã cho gần 300 trong tổng số 820 công nhân nghỉ luân phiên, mỗi người được hỗ trợ 3 triệu đồng/tháng.

Theo Hiệp hội Thép Việt Nam (VSA), các nhà máy luyện gang trong nước cần khoảng 20 triệu tấn quặng sắt mỗi năm, trong đó hơn 70% phải nhập khẩu. Giá quặng sắt loại 62% Fe trên thị trường thế giới hiện quanh mức 92 USD/tấn, thấp nhất kể từ tháng 11/2022 và giảm khoảng 30% so với đầu năm.

Tại Lào Cai, 5 trong số 7 mỏ sắt đã giảm công suất xuống còn 50-60%. Nhiều chuyên gia dự báo đến quý II/2025, giá quặng khó vượt 100 USD/tấn.

Thanh Hằng
"""

M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
Q2 = per("đến quý II/2025", None, "2025-06-30")
VY = "Văn Yên"
VN = "Việt Nam"

FIGS = [
    fig("một trong ba", "một", 1, "count", "dây chuyền", total=3,
        subject="dây chuyền tuyển công ty còn vận hành", location=VY),
    fig("được 410.000 tấn", "410.000", 410000, "measure", "tấn",
        change=chg("decrease", 25, "%", "cùng kỳ", approx="about"),
        subject="quặng tinh doanh nghiệp bán được", period=M8, location=VY),
    fig("còn 1,45 triệu", "1,45", 1.45e6, "money", "đồng/tấn",
        change=chg("decrease", 320000, "đồng", "đầu năm"),
        subject="giá bán bình quân", location=VY),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
        subject="chi phí vận chuyển từ mỏ ra ga Yên Bái", location=VY),
    fig("gần 300 trong", "300", 300, "count", "công nhân", approx="nearly", total=820,
        subject="công nhân nghỉ luân phiên", location=VY),
    fig("hỗ trợ 3 triệu", "3", 3e6, "money", "đồng/tháng", subject="hỗ trợ mỗi công nhân nghỉ luân phiên",
        location=VY),
    fig("khoảng 20 triệu", "20", 20e6, "measure", "tấn/năm", approx="about",
        subject="quặng sắt các nhà máy luyện gang trong nước cần", location=VN),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over", subject="tỷ lệ quặng sắt phải nhập khẩu", location=VN),
    fig("loại 62% Fe", "62", 62, "percent", "%", optional=True, subject="hàm lượng sắt của quặng"),
    fig("mức 92 USD/tấn", "92", 92, "money", "USD/tấn", approx="about",
        change=chg("decrease", 30, "%", "đầu năm", approx="about"),
        subject="giá quặng sắt loại 62% Fe trên thị trường thế giới"),
    fig("5 trong số 7", "5", 5, "count", "mỏ", total=7, subject="mỏ sắt đã giảm công suất",
        location="Lào Cai"),
    fig("còn 50-60%", "50", 50, "percent", "%", value_max=60, subject="công suất của các mỏ sắt",
        location="Lào Cai"),
    fig("vượt 100 USD/tấn", "100", 100, "money", "USD/tấn", approx="at_most", status="forecast",
        subject="giá quặng", period=Q2),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 16/9/2024, 07:30 (GMT+7)', sapo, a quote, byline at the end. No default location.",
    "Distractors: 07:30, '(GMT+7)', 'tháng 11/2022' (a date), 'năm 2021' and 'đầu năm' (baselines), 'quý II/2025' (a period).",
    "The Làng Cọ mine passage (paragraphs 2-3) is located in huyện Văn Yên; VSA's demand and import share are national (Việt Nam).",
    "'một trong ba dây chuyền' is a count of operating lines with total 3 (a real quantity here, not 'one of the N' membership).",
    "'8 tháng đầu năm nay' takes the year of the dateline (2024). 'thấp hơn 320.000 đồng so với đầu năm' → change in đồng.",
    "'cao gấp 1,5 lần năm 2021' with no base amount: a multiple figure (the claim itself).",
    "'gần 300 trong tổng số 820 công nhân' → total 820. 'mỗi người được hỗ trợ 3 triệu đồng/tháng' → unit as written, đồng/tháng.",
    "'62% Fe' is the grade in the name of the benchmark product: optional. World-market prices name no province and are not",
    "national figures: location null (the article has no default place). 'quanh mức' → about.",
    "'dự báo đến quý II/2025, giá quặng khó vượt 100 USD/tấn' → forecast; 'khó vượt' (will hardly exceed) read as at_most; as-of period",
    "end 2025-06-30 (like 'tính đến tháng 8/2022').",
]

if __name__ == "__main__":
    write("p1434-6", TEXT, NOTES, FIGS, published="2024-09-16")

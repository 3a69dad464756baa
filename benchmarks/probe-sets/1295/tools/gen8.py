"""p1295-8: news agency (TTXVN): site banner, 'dd/mm/yyyy hh:mm', place + '(TTXVN) -' lead, byline, related links."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Nông nghiệp
25/01/2024 11:15

Vườn vú sữa Lái Thiêu thu hẹp, nhà vườn chuyển sang làm du lịch

Bình Dương (TTXVN) - Từ hơn 1.000 ha năm 2005, diện tích vú sữa tại thành phố Thuận An hiện chỉ còn khoảng 150 ha, giảm hơn 85%. Nhiều vườn ven Quốc lộ 13 đã nhường chỗ cho khu dân cư, nhà xưởng.

Ông Trần Văn Bảy, chủ vườn vú sữa rộng 2,5 ha ở phường Bình Nhâm, cho biết vườn có khoảng 400 cây, nhiều cây trên 40 năm tuổi. Dịp Tết Nguyên đán, vườn đón 150-200 khách mỗi ngày; giá vé tham quan 50.000 đồng/người, vú sữa hái tại vườn bán 60.000 đồng/kg.

Theo UBND thành phố Thuận An, năm 2023 thành phố có 37 vườn vú sữa kết hợp du lịch, đón khoảng 45.000 lượt khách, tăng 20% so với năm 2022. Năm 2024, thành phố dự kiến hỗ trợ 12 nhà vườn cải tạo vườn, mỗi vườn tối đa 30 triệu đồng.

Toàn tỉnh Bình Dương hiện còn khoảng 620 ha vú sữa, chủ yếu ở các huyện Bàu Bàng, Phú Giáo, trong đó vú sữa Hoàng Kim khoảng 110 ha. Năm 2023, hai doanh nghiệp trên địa bàn đã xuất khẩu thử nghiệm ba lô vú sữa sang Hà Lan, tổng cộng 18 tấn, giá bình quân 4,1 USD/kg.

Chí Tưởng (TTXVN)

Tin liên quan:
- Bình Dương: Lễ hội trái cây Lái Thiêu lần thứ 7
- Giá vú sữa Tết Giáp Thìn tăng nhẹ
"""

Y05 = per("năm 2005", "2005-01-01", "2005-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TA = "Thuận An"

FIGS = [
    fig("Từ hơn 1.000 ha", "1.000", 1000, "measure", "ha", approx="over",
        subject="diện tích vú sữa tại thành phố Thuận An", period=Y05, location=TA),
    fig("khoảng 150 ha", "150", 150, "measure", "ha", approx="about", change=chg("decrease", 85, "%", approx="over"),
        subject="diện tích vú sữa tại thành phố Thuận An", location=TA),
    fig("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích vườn vú sữa của ông Trần Văn Bảy", location=TA),
    fig("khoảng 400 cây", "400", 400, "count", "cây", approx="about", subject="cây vú sữa trong vườn", location=TA),
    fig("trên 40 năm", "40", 40, "measure", "năm", approx="over", subject="tuổi cây vú sữa", location=TA,
        optional=True),
    fig("đón 150-200 khách", "150", 150, "measure", "khách/ngày", value_max=200,
        subject="khách vườn đón mỗi ngày dịp Tết Nguyên đán", location=TA),
    fig("50.000 đồng/người", "50.000", 50000, "money", "đồng/người", subject="giá vé tham quan", location=TA),
    fig("60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", subject="giá vú sữa hái tại vườn", location=TA),
    fig("có 37 vườn", "37", 37, "count", "vườn", subject="vườn vú sữa kết hợp du lịch", period=Y23, location=TA),
    fig("khoảng 45.000 lượt", "45.000", 45000, "count", "lượt khách", approx="about",
        change=chg("increase", 20, "%", "năm 2022"), subject="lượt khách các vườn đón", period=Y23, location=TA),
    fig("hỗ trợ 12 nhà vườn", "12", 12, "count", "nhà vườn", status="forecast",
        subject="nhà vườn được hỗ trợ cải tạo vườn", period=Y24, location=TA),
    fig("tối đa 30 triệu", "30", 30e6, "money", "đồng/vườn", approx="at_most", status="forecast",
        subject="mức hỗ trợ mỗi vườn", period=Y24, location=TA),
    fig("khoảng 620 ha", "620", 620, "measure", "ha", approx="about", subject="diện tích vú sữa toàn tỉnh"),
    fig("khoảng 110 ha", "110", 110, "measure", "ha", approx="about", total=620, subject="diện tích vú sữa Hoàng Kim"),
    fig("hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp", subject="doanh nghiệp xuất khẩu thử nghiệm vú sữa sang Hà Lan",
        period=Y23b),
    fig("ba lô", "ba", 3, "count", "lô", subject="lô vú sữa xuất khẩu thử nghiệm sang Hà Lan", period=Y23b),
    fig("tổng cộng 18 tấn", "18", 18, "measure", "tấn", subject="tổng khối lượng vú sữa xuất khẩu thử nghiệm",
        period=Y23b),
    fig("4,1 USD/kg", "4,1", 4.1, "money", "USD/kg", subject="giá bình quân", period=Y23b),
]

NOTES = [
    "News agency (TTXVN): site banner, '25/01/2024 11:15' (published), lead 'Bình Dương (TTXVN) -', byline, related links.",
    "Distractors: time 11:15, 'Quốc lộ 13', 'Trần Văn Bảy' (a name), 'lần thứ 7', 'Tết Giáp Thìn'.",
    "Thuận An passages (the city, a farm in phường Bình Nhâm, the city's tourism orchards) → Thuận An; province totals → Bình Dương.",
    "'Từ hơn 1.000 ha năm 2005' → period 2005; 'hiện chỉ còn khoảng 150 ha, giảm hơn 85%' → change decrease 85 %, approx over, no baseline.",
    "Optional: 'nhiều cây trên 40 năm tuổi' (the age that qualifies the trees; a reader may or may not count it).",
    "'150-200 khách mỗi ngày' is a daily rate (measure, khách/ngày). 'mỗi vườn tối đa 30 triệu đồng' → at_most, unit đồng/vườn,",
    "and continues the 'dự kiến' clause → forecast with the 12 gardens.",
    "'trong đó vú sữa Hoàng Kim khoảng 110 ha' → part of 620 ha. 'hai doanh nghiệp', 'ba lô' are number words.",
]

if __name__ == "__main__":
    write("p1295-8", TEXT, NOTES, FIGS, published="2024-01-25", location="Bình Dương")

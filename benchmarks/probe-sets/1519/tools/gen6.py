"""p1519-6: national newspaper: artificial-flower shops and workshops in TP HCM before Tết Ất Tỵ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ hai, 13/1/2025, 09:12 (GMT+7)

Hoa giả hút khách dịp Tết, giá tăng 10-15%

Nhu cầu trang trí nhà cửa, văn phòng dịp Tết Ất Tỵ khiến các cửa hàng hoa giả, hoa lụa ở TP HCM bán chạy, nhiều mẫu đào, mai lụa tăng giá 10-15% so với năm trước.

Tại cửa hàng Hoa lụa Minh Châu trên đường Hải Thượng Lãn Ông (quận 5), chị Lý Mỹ Châu cho biết từ đầu tháng 12/2024 đến nay cửa hàng bán được khoảng 3.500 cành mai, đào lụa, gấp đôi cùng kỳ. Một cành mai lụa cao 1,8 m có giá 850.000-1,2 triệu đồng, chậu lan hồ điệp lụa 10 cành giá 1,5 triệu đồng.

Theo các tiểu thương, khoảng 70% hoa giả bán tại TP HCM được nhập từ Trung Quốc, phần còn lại do các cơ sở trong nước làm. Năm 2024, thành phố có 46 cơ sở sản xuất hoa lụa đăng ký kinh doanh, chủ yếu ở quận 8, quận 12 và huyện Hóc Môn, doanh thu toàn ngành ước khoảng 420 tỷ đồng.

Ông Phan Văn Tài, chủ một xưởng hoa lụa ở huyện Hóc Môn, cho biết xưởng có 25 công nhân, mùa Tết phải thuê thêm 10-12 người, trả công 350.000 đồng/ngày. "Năm nay chúng tôi dự kiến xuất xưởng 60.000 sản phẩm, tăng 20% so với năm 2024", ông Tài nói.

Theo Hội Sinh vật cảnh TP HCM, sức mua hoa trang trí Tết năm nay dự báo tăng 15-20%, trong đó hoa giả chiếm khoảng 35% doanh số, phần lớn là mai, đào và lan.

Ngọc Ánh

Xem thêm:
- Chợ hoa Tết Ất Tỵ 2025 mở từ ngày 23 tháng Chạp
- Giá vàng hôm nay 13/1
"""

FROM_DEC = per("từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-13")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW25 = per("Năm nay", "2025-01-01", "2025-12-31")
NOW25b = per("năm nay", "2025-01-01", "2025-12-31")
HM = "Hóc Môn"
Q5 = "Quận 5"

FIGS = [
    fig("giá tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá hoa giả"),
    fig("tăng giá 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá nhiều mẫu đào, mai lụa"),
    fig("khoảng 3.500 cành", "3.500", 3500, "count", "cành", approx="about",
        change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="cành mai, đào lụa cửa hàng bán được", period=FROM_DEC, location=Q5),
    fig("cao 1,8 m", "1,8", 1.8, "measure", "m", subject="chiều cao cành mai lụa", location=Q5, optional=True),
    fig("giá 850.000-1,2", "850.000", 850000, "money", "đồng/cành", value_max=1.2e6,
        subject="giá cành mai lụa cao 1,8 m", location=Q5),
    fig("lụa 10 cành", "10", 10, "count", "cành", subject="cành của chậu lan hồ điệp lụa", location=Q5, optional=True),
    fig("giá 1,5 triệu", "1,5", 1.5e6, "money", "đồng/chậu", subject="giá chậu lan hồ điệp lụa 10 cành", location=Q5),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ hoa giả bán tại TP HCM được nhập từ Trung Quốc"),
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở sản xuất hoa lụa đăng ký kinh doanh", period=Y24),
    fig("ước khoảng 420 tỷ", "420", 420e9, "money", "đồng", approx="about", status="estimate",
        subject="doanh thu toàn ngành", period=Y24),
    fig("có 25 công nhân", "25", 25, "count", "công nhân", subject="công nhân của xưởng", location=HM),
    fig("thêm 10-12 người", "10", 10, "count", "người", value_max=12,
        subject="người xưởng thuê thêm mùa Tết", location=HM),
    fig("công 350.000 đồng", "350.000", 350000, "money", "đồng/ngày", subject="tiền công", location=HM),
    fig("xuất xưởng 60.000", "60.000", 60000, "count", "sản phẩm", status="forecast",
        change=chg("increase", 20, "%", "năm 2024"),
        subject="sản phẩm xưởng xuất xưởng", period=NOW25, location=HM),
    fig("dự báo tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="sức mua hoa trang trí Tết", period=NOW25b),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", status="forecast",
        subject="tỷ trọng hoa giả trong doanh số hoa trang trí Tết", period=NOW25b),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 13/1/2025, 09:12 (GMT+7)', headline, sapo, byline 'Ngọc Ánh', 'Xem thêm' links.",
    "Distractors: 09:12, '(GMT+7)', 'quận 5', 'quận 8, quận 12', 'Tết Ất Tỵ 2025', '23 tháng Chạp' and '13/1' in link titles,",
    "'Một cành mai lụa' (the article 'một', not a count), the baseline 'năm 2024'.",
    "Location TP HCM by default; the Hóc Môn workshop's figures take Hóc Môn. The association's forecast is the city's.",
    "revised after the first run: the Minh Châu shop '(quận 5)' is placed in a district, so its figures take Quận 5, as the Hóc Môn",
    "workshop's take Hóc Môn (spec: the province, city or district the figure describes); the '5' itself is still no figure.",
    "Headline 'giá tăng 10-15%' and sapo 'tăng giá 10-15% so với năm trước' are growth rates as the claim: percent figures with a range, no change;",
    "no period ('năm trước' is only a baseline).",
    "'từ đầu tháng 12/2024 đến nay' → 2024-12-01 .. dateline 2025-01-13. 'gấp đôi cùng kỳ' → change increase 2 lần, baseline cùng kỳ.",
    "Optional: the product specs 'cao 1,8 m' and 'chậu lan hồ điệp lụa 10 cành' (describe the item priced, like the model's 'chai 330 ml').",
    "'850.000-1,2 triệu đồng' → 850 000 .. 1 200 000 đồng/cành. 'Năm nay' in a 2025 article → 2025; 'dự kiến' → forecast with its change.",
    "'dự báo tăng 15-20%, trong đó hoa giả chiếm khoảng 35%' → both forecast ('trong đó' continues the clause); 35% is a percent figure.",
]

if __name__ == "__main__":
    write("p1519-6", TEXT, NOTES, FIGS, published="2025-01-13", location="TP Hồ Chí Minh")

"""p1527-6: national newspaper: a Cần Thơ start-up exporting coconut-shell bowls."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """Kinh doanh › Khởi nghiệp
Thứ năm, 21/11/2024, 09:45 (GMT+7)

Chàng trai miền Tây đưa bát gáo dừa sang 12 nước

Từ số vốn ban đầu 50 triệu đồng, sau 5 năm, doanh nghiệp của Phạm Minh Khoa ở Cần Thơ đã xuất khẩu bát gáo dừa sang 12 quốc gia, doanh thu năm ngoái khoảng 9 tỷ đồng.

Năm 2019, sau khi tốt nghiệp đại học, Khoa thuê xưởng nhỏ khoảng 80 m2 ở quê nhà Cần Thơ, cùng 4 người thợ bắt đầu làm bát từ gáo dừa mua ở Bến Tre, Trà Vinh. "Lô hàng đầu tiên chỉ có 2.000 chiếc bát gửi sang Úc, tôi lỗ mất 20 triệu đồng vì hàng bị mốc", Khoa kể.

Hiện Công ty TNHH Coco Mộc Việt của Khoa có 46 công nhân, mỗi tháng xuất khoảng 60.000 bát và hơn 200.000 muỗng, nĩa gáo dừa. Năm 2023, doanh thu đạt 9,2 tỷ đồng, gấp đôi năm 2021; 85% sản lượng được xuất khẩu sang Mỹ, Canada, Đức, Nhật Bản.

Mỗi chiếc bát được bán cho đối tác với giá 1,5-2 USD, cao gấp 4 lần bát gáo dừa thô. Để đạt chứng nhận FDA của Mỹ và LFGB của Đức, công ty đã đầu tư hơn 1,2 tỷ đồng cho máy móc và phòng kiểm nghiệm.

"Gáo dừa ở miền Tây bị bỏ đi rất nhiều, đó là nguồn nguyên liệu gần như miễn phí", Khoa nói. Năm 2025, công ty dự kiến mở thêm một xưởng tại Bến Tre với khoảng 30 lao động, nâng sản lượng lên 100.000 bát/tháng.

Hoàng Nam
"""

LY = year("năm ngoái", 2023)
Y19 = year("Năm 2019", 2019)
Y23 = year("Năm 2023", 2023)
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("sang 12 nước", "12", 12, "count", "nước", subject="nước chàng trai miền Tây đưa bát gáo dừa sang"),
    F("ban đầu 50 triệu", "50", 50e6, "money", "đồng", subject="số vốn ban đầu"),
    F("sang 12 quốc gia", "12", 12, "count", "quốc gia", subject="quốc gia doanh nghiệp xuất khẩu bát gáo dừa sang"),
    F("khoảng 9 tỷ", "9", 9e9, "money", "đồng", approx="about", subject="doanh thu", period=LY),
    F("khoảng 80 m2", "80", 80, "measure", "m2", approx="about", subject="diện tích xưởng thuê", period=Y19),
    F("cùng 4 người", "4", 4, "count", "người thợ", subject="người thợ cùng làm bát", period=Y19),
    F("có 2.000 chiếc", "2.000", 2000, "count", "chiếc bát", subject="bát lô hàng đầu tiên"),
    F("mất 20 triệu", "20", 20e6, "money", "đồng", subject="tiền lỗ lô hàng đầu tiên"),
    F("có 46 công nhân", "46", 46, "count", "công nhân", subject="công nhân Công ty TNHH Coco Mộc Việt"),
    F("khoảng 60.000 bát", "60.000", 60000, "count", "bát", approx="about", subject="bát công ty xuất mỗi tháng"),
    F("hơn 200.000 muỗng", "200.000", 200000, "count", "muỗng, nĩa", approx="over",
      subject="muỗng, nĩa gáo dừa công ty xuất mỗi tháng"),
    F("đạt 9,2 tỷ", "9,2", 9.2e9, "money", "đồng", change=chg("increase", 2, "lần", "năm 2021"),
      subject="doanh thu", period=Y23),
    F("; 85%", "85", 85, "percent", "%", subject="tỷ lệ sản lượng được xuất khẩu", period=Y23),
    F("giá 1,5-2 USD", "1,5", 1.5, "money", "USD", value_max=2,
      change=chg("increase", 4, "lần", "bát gáo dừa thô"), subject="giá bán mỗi chiếc bát cho đối tác"),
    F("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over",
      subject="vốn đầu tư cho máy móc và phòng kiểm nghiệm"),
    F("thêm một xưởng", "một", 1, "count", "xưởng", status="forecast", subject="xưởng công ty mở thêm",
      period=Y25, location="Bến Tre"),
    F("khoảng 30 lao động", "30", 30, "count", "lao động", approx="about", status="forecast",
      subject="lao động của xưởng mới", period=Y25, location="Bến Tre"),
    F("lên 100.000 bát/tháng", "100.000", 100000, "measure", "bát/tháng", status="forecast",
      subject="sản lượng", period=Y25),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 21/11/2024, 09:45 (GMT+7)' (published), headline, sapo, quotes, byline at the end.",
    "The company is in Cần Thơ → location Cần Thơ; shells 'mua ở Bến Tre, Trà Vinh' and export markets do not move it. The planned workshop 'tại Bến Tre' and its workers → Bến Tre (borderline).",
    "'sau 5 năm' is a duration that only locates the story in time: not a figure. 'năm ngoái' → 2023 (published 2024).",
    "'Năm 2019, ... khoảng 80 m2 ..., cùng 4 người thợ' → period 2019; the quoted first shipment and loss carry no period.",
    "'gấp đôi năm 2021' → change 2 lần; 'cao gấp 4 lần bát gáo dừa thô' → change 4 lần on the price. '; 85% sản lượng' → a percent figure of its own, period 2023 (same sentence).",
    "'Mỗi chiếc bát ... 1,5-2 USD' → unit USD, 'mỗi chiếc bát' in the subject; '100.000 bát/tháng' is a slash rate → measure, unit bát/tháng.",
    "'Năm 2025, công ty dự kiến mở thêm một xưởng ... khoảng 30 lao động, nâng sản lượng lên ...' → forecast, 2025.",
    "Distractors: '(GMT+7)', 09:45, 'FDA', 'LFGB', 'sau 5 năm', baseline 'năm 2021'.",
]

if __name__ == "__main__":
    write("p1527-6", TEXT, NOTES, FIGS, published="2024-11-21", location="Cần Thơ")

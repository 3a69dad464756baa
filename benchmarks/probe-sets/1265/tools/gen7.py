"""p1265-7: news agency (TTXVN): preserving the Cái Răng floating market, Cần Thơ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ Sáu, 22/3/2024 - 10:15

Bảo tồn chợ nổi Cái Răng trước nguy cơ mai một

Cần Thơ (TTXVN) - Theo Sở Văn hóa, Thể thao và Du lịch TP Cần Thơ, hiện chợ nổi Cái Răng (quận Cái Răng) chỉ còn khoảng 300 ghe, xuồng thường xuyên buôn bán, giảm khoảng 45% so với năm 2016, khi chợ có hơn 550 ghe, xuồng.

Ông Huỳnh Văn Tám, người có hơn 40 năm buôn bán trái cây trên chợ nổi, cho biết mỗi ghe phải nộp phí neo đậu 10.000 đồng/ngày, trong khi hàng bán chậm.

Tính đến hết tháng 2/2024, quận Cái Răng có 1.320 hộ thương hồ, trong đó khoảng 400 hộ sống trên ghe. Năm 2023, chợ nổi đón khoảng 620.000 lượt khách, trong đó hơn 210.000 lượt khách quốc tế; doanh thu du lịch chợ nổi đạt khoảng 180 tỷ đồng. Quý I/2024, lượng khách đến chợ nổi ước đạt 190.000 lượt, tăng 12% so với cùng kỳ.

Chợ nổi Cái Răng từng được một trang du lịch quốc tế xếp thứ 3 trong 10 chợ nổi hấp dẫn nhất châu Á. Toàn thành phố Cần Thơ năm 2023 đón 8,9 triệu lượt khách, tăng 19% so với năm 2022.

Để giữ chân thương hồ, TP Cần Thơ triển khai đề án bảo tồn chợ nổi với tổng kinh phí dự kiến khoảng 1.100 tỷ đồng đến năm 2030. Theo đề án, thành phố phấn đấu đến năm 2025 hoàn thành bến neo đậu cho 500 ghe và nâng mức hỗ trợ phí neo đậu lên 3 triệu đồng/hộ/năm.

Thanh Liêm (TTXVN)

Từ khóa: chợ nổi, Cái Răng, du lịch Cần Thơ

Tin liên quan:
- Cần Thơ khởi công nâng cấp Quốc lộ 91B đoạn qua quận Bình Thủy
"""

Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
ASOF = per("Tính đến hết tháng 2/2024", None, "2024-02-29")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
T30 = per("đến năm 2030", None, "2030-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
CR, CT = "Cái Răng", "Cần Thơ"

FIGS = [
    fig("khoảng 300 ghe", "300", 300, "count", "ghe, xuồng", approx="about",
        change=chg("decrease", 45, "%", "năm 2016", approx="about"),
        subject="ghe, xuồng thường xuyên buôn bán tại chợ nổi Cái Răng", location=CR),
    fig("hơn 550 ghe", "550", 550, "count", "ghe, xuồng", approx="over", subject="ghe, xuồng của chợ",
        period=Y16, location=CR),
    fig("hơn 40 năm", "40", 40, "measure", "năm", approx="over", subject="thời gian ông Tám buôn bán trên chợ nổi",
        location=CR, optional=True),
    fig("neo đậu 10.000", "10.000", 10000, "money", "đồng/ngày", subject="phí neo đậu mỗi ghe", location=CR),
    fig("có 1.320 hộ", "1.320", 1320, "count", "hộ thương hồ", subject="hộ thương hồ", period=ASOF, location=CR),
    fig("khoảng 400 hộ", "400", 400, "count", "hộ", approx="about", total=1320, subject="hộ sống trên ghe",
        period=ASOF, location=CR),
    fig("khoảng 620.000 lượt", "620.000", 620000, "count", "lượt khách", approx="about",
        subject="lượt khách chợ nổi đón", period=Y23, location=CR),
    fig("hơn 210.000 lượt", "210.000", 210000, "count", "lượt khách quốc tế", approx="over", total=620000,
        subject="lượt khách quốc tế", period=Y23, location=CR),
    fig("khoảng 180 tỷ", "180", 180e9, "money", "đồng", approx="about", subject="doanh thu du lịch chợ nổi",
        period=Y23, location=CR),
    fig("ước đạt 190.000", "190.000", 190000, "count", "lượt", status="estimate",
        change=chg("increase", 12, "%", "cùng kỳ"), subject="lượng khách đến chợ nổi", period=Q1, location=CR),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", total=10,
        subject="chợ nổi Cái Răng trong các chợ nổi hấp dẫn nhất châu Á", location=CR),
    fig("đón 8,9 triệu", "8,9", 8.9e6, "count", "lượt khách", change=chg("increase", 19, "%", "năm 2022"),
        subject="lượt khách thành phố Cần Thơ đón", period=Y23b, location=CT),
    fig("khoảng 1.100 tỷ", "1.100", 1100e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí đề án bảo tồn chợ nổi", period=T30, location=CT),
    fig("cho 500 ghe", "500", 500, "count", "ghe", status="target", subject="bến neo đậu cho ghe",
        period=T25, location=CT),
    fig("lên 3 triệu", "3", 3e6, "money", "đồng/hộ/năm", status="target", subject="mức hỗ trợ phí neo đậu",
        period=T25, location=CT),
]

NOTES = [
    "News agency (TTXVN): dateline 'Thứ Sáu, 22/3/2024 - 10:15', headline, 'Cần Thơ (TTXVN) -', byline 'Thanh Liêm (TTXVN)', keywords.",
    "Location: the market passage is placed in quận Cái Răng ('chợ nổi Cái Răng (quận Cái Răng)'); city figures (8,9 triệu lượt, the plan) are Cần Thơ.",
    "'khoảng 300 ghe ..., giảm khoảng 45% so với năm 2016' → change decrease 45% (about); 'hiện' gives no period.",
    "'khi chợ có hơn 550 ghe' → period năm 2016 (same sentence; 'khi' refers back to it).",
    "Optional: 'hơn 40 năm' (a trader's years). 'xếp thứ 3 trong 10 chợ nổi' → rank 3, total 10 (as h04 'xếp hạng 25/63' → total 63; 'trong N' = 'trong số N').",
    "revised after the first run: total 10 added to the rank, and the optional figure '10 chợ nổi' removed (it is the rank's whole, an attribute).",
    "'Tính đến hết tháng 2/2024' → as-of 2024-02-29 (leap year). 'trong đó khoảng 400 hộ' → total 1320; 'trong đó hơn 210.000 lượt khách quốc tế' → total 620000.",
    "'Quý I/2024 ... ước đạt 190.000 lượt, tăng 12% so với cùng kỳ' → estimate, change 12%.",
    "'tổng kinh phí dự kiến khoảng 1.100 tỷ đồng đến năm 2030' → forecast, about, end 2030-12-31.",
    "'phấn đấu đến năm 2025 ... 500 ghe và ... lên 3 triệu đồng/hộ/năm' → both targets, end 2025-12-31.",
    "Distractors: 10:15, 'năm 2016' and 'năm 2022' (baselines), 'Quốc lộ 91B' in a related link, the dateline.",
]

if __name__ == "__main__":
    write("p1265-7", TEXT, NOTES, FIGS, published="2024-03-22", location="Cần Thơ")

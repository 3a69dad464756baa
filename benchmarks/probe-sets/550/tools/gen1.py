"""p550-1: Quảng Ninh province portal, tourism in the first six months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế > Du lịch

Quảng Ninh đón gần 10,3 triệu lượt khách trong 6 tháng đầu năm 2024

Cập nhật: 05/07/2024 16:20 | Lượt xem: 3.482

6 tháng đầu năm 2024, toàn tỉnh ước đón gần 10,3 triệu lượt khách, tăng 12,6% so với cùng kỳ năm 2023, đạt 58,9% kế hoạch năm. Trong đó, khách quốc tế ước đạt 1,52 triệu lượt, tăng 2,1 lần so với cùng kỳ; khách lưu trú ước khoảng 4,6 triệu lượt. Tổng thu từ khách du lịch ước đạt 25.480 tỷ đồng, tăng 18,3%.

Các địa phương đón nhiều khách nhất gồm TP Hạ Long (5,1 triệu lượt), TP Cẩm Phả (1,2 triệu lượt), TP Móng Cái (980.000 lượt), huyện Vân Đồn (870.000 lượt) và huyện Cô Tô (215.000 lượt). Riêng Vịnh Hạ Long đón 2,35 triệu lượt khách tham quan, doanh thu bán vé đạt 642 tỷ đồng.

Toàn tỉnh hiện có 1.752 cơ sở lưu trú với 41.230 buồng, trong đó 186 cơ sở được xếp hạng từ 3 đến 5 sao. Công suất sử dụng buồng bình quân đạt 62,4%; dịp cao điểm tháng 6, tại TP Hạ Long đạt từ 85 đến 90%. Chi tiêu bình quân của khách quốc tế khoảng 2,3 triệu đồng/người/ngày.

Chương trình Carnaval Hạ Long 2024 diễn ra tối ngày 27/4 trên đường Trần Quốc Nghiễn đã thu hút khoảng 150.000 lượt người xem.

Năm 2024, tỉnh phấn đấu đón 17,5 triệu lượt khách, trong đó 3 triệu lượt khách quốc tế; tổng thu từ khách du lịch đạt 45.000 tỷ đồng, theo Quyết định số 1625/QĐ-UBND. Đường dây nóng hỗ trợ du khách: 0203.3628.555.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Quảng Ninh đón gần 10,3 triệu", "10,3", 10300000, "count", "lượt khách", approx="nearly",
      subject="lượt khách", period=H1),
    F("ước đón gần 10,3 triệu lượt khách, tăng", "10,3", 10300000, "count", "lượt khách", approx="nearly",
      percent=58.9, change=CH("increase", 12.6, baseline="cùng kỳ năm 2023"), status="estimate",
      subject="lượt khách toàn tỉnh đón", period=H1),
    F("ước đạt 1,52 triệu lượt", "1,52", 1520000, "count", "lượt", total=10300000,
      change=CH("increase", 2.1, "lần", baseline="cùng kỳ"), status="estimate", subject="khách quốc tế", period=I(H1)),
    F("ước khoảng 4,6 triệu lượt", "4,6", 4600000, "count", "lượt", approx="about", total=10300000,
      status="estimate", subject="khách lưu trú", period=I(H1)),
    F("ước đạt 25.480 tỷ đồng", "25.480", 25480e9, "money", "đồng", change=CH("increase", 18.3),
      status="estimate", subject="tổng thu từ khách du lịch", period=I(H1)),
    F("Hạ Long (5,1 triệu lượt)", "5,1", 5100000, "count", "lượt", subject="lượt khách các địa phương đón",
      period=I(H1), location="Hạ Long"),
    F("Cẩm Phả (1,2 triệu lượt)", "1,2", 1200000, "count", "lượt", subject="lượt khách các địa phương đón",
      period=I(H1), location="Cẩm Phả"),
    F("Móng Cái (980.000 lượt)", "980.000", 980000, "count", "lượt", subject="lượt khách các địa phương đón",
      period=I(H1), location="Móng Cái"),
    F("Vân Đồn (870.000 lượt)", "870.000", 870000, "count", "lượt", subject="lượt khách các địa phương đón",
      period=I(H1), location="Vân Đồn"),
    F("Cô Tô (215.000 lượt)", "215.000", 215000, "count", "lượt", subject="lượt khách các địa phương đón",
      period=I(H1), location="Cô Tô"),
    F("đón 2,35 triệu lượt khách tham quan", "2,35", 2350000, "count", "lượt khách",
      subject="lượt khách tham quan Vịnh Hạ Long", period=I(H1)),
    F("đạt 642 tỷ đồng", "642", 642e9, "money", "đồng", subject="doanh thu bán vé tham quan Vịnh Hạ Long",
      period=I(H1)),
    F("có 1.752 cơ sở lưu trú", "1.752", 1752, "count", "cơ sở lưu trú", subject="cơ sở lưu trú"),
    F("với 41.230 buồng", "41.230", 41230, "count", "buồng", subject="buồng lưu trú"),
    F("trong đó 186 cơ sở", "186", 186, "count", "cơ sở", total=1752,
      subject="cơ sở lưu trú được xếp hạng từ 3 đến 5 sao"),
    F("từ 3 đến 5 sao", "3", 3, "measure", "sao", value_max=5, optional=True),
    F("bình quân đạt 62,4%", "62,4", 62.4, "percent", "%", subject="công suất sử dụng buồng bình quân",
      period=I(H1)),
    F("đạt từ 85 đến 90%", "85", 85, "percent", "%", value_max=90,
      subject="công suất sử dụng buồng dịp cao điểm", period=P("tháng 6", "2024-06-01", "2024-06-30"),
      location="Hạ Long"),
    F("khoảng 2,3 triệu đồng/người/ngày", "2,3", 2300000, "money", "đồng/người/ngày", approx="about",
      subject="chi tiêu bình quân của khách quốc tế"),
    F("khoảng 150.000 lượt người xem", "150.000", 150000, "count", "lượt người", approx="about",
      subject="lượt người xem Carnaval Hạ Long 2024", period=P("ngày 27/4", "2024-04-27", "2024-04-27")),
    F("phấn đấu đón 17,5 triệu lượt khách", "17,5", 17500000, "count", "lượt khách", status="target",
      subject="lượt khách", period=Y),
    F("trong đó 3 triệu lượt khách quốc tế", "3", 3000000, "count", "lượt khách quốc tế", total=17500000,
      status="target", subject="lượt khách quốc tế", period=Y),
    F("đạt 45.000 tỷ đồng", "45.000", 45000e9, "money", "đồng", status="target",
      subject="tổng thu từ khách du lịch", period=Y),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ninh: du lịch 6 tháng đầu năm 2024 (khách, khách quốc tế, tổng thu, địa phương, buồng, công suất, Carnaval, kế hoạch 2024).",
    "Headline and lead state the same 10,3 triệu; both are figures (cf. h20). 'đạt 58,9% kế hoạch năm' is the lead figure's percent.",
    "'tăng 2,1 lần so với cùng kỳ' after a figure is its change (unit lần). Trong đó parts (1,52 triệu; 4,6 triệu after ';') take the lead's whole.",
    "District list in brackets after 'gồm' with no whole before the cue: no total; places go to location. Vịnh Hạ Long is a site, not a district: location stays Quảng Ninh.",
    "'186 cơ sở' after 'trong đó' counts cơ sở: its whole is 1.752 cơ sở (not 41.230 buồng just before the cue). '3 đến 5 sao' is a hotel class: optional.",
    "Distractors: 'Lượt xem: 3.482', 'Carnaval Hạ Long 2024', 'ngày 27/4', 'Quyết định số 1625/QĐ-UBND', hotline 0203.3628.555.",
]

if __name__ == "__main__":
    emit("p550-1", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Quảng Ninh")

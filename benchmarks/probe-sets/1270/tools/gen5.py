"""p1270-5: provincial Party newspaper (Báo Bình Định, tag '(BĐ) -'): births and visitors at a semi-wild park in Quy Nhơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH ĐỊNH ĐIỆN TỬ
Kinh tế | Du lịch

Công viên động vật Phương Mai đón thêm 38 cá thể thú non

Thứ Ba, 23/07/2024 | 07:30

(BĐ) - Từ đầu năm đến nay, Công viên động vật bán hoang dã Phương Mai (xã Nhơn Lý, TP Quy Nhơn) đã có 38 cá thể thú non chào đời, nhiều nhất từ trước tới nay. Lượng khách tham quan 6 tháng đầu năm tăng mạnh, đạt gần 215.000 lượt.

Ông Trần Văn Khải, Giám đốc công viên, cho biết trong số 38 cá thể mới sinh có 11 con hươu sao, 9 con ngựa vằn, 6 con linh dương và 2 con hươu cao cổ; tỷ lệ nuôi sống đạt 94,7%.

Hiện công viên rộng hơn 120 ha, trong đó khu safari đi xe ngắm thú rộng 65 ha; đàn thú gồm 1.860 cá thể thuộc 96 loài.

6 tháng đầu năm 2024, công viên đón gần 215.000 lượt khách, tăng 32,6% so với cùng kỳ, trong đó khách quốc tế chiếm 21%; doanh thu đạt 74 tỷ đồng. Giá vé trọn gói gồm xe tham quan là 350.000 đồng/vé người lớn và 250.000 đồng/vé trẻ em.

Theo Sở Du lịch, công viên hiện đứng thứ 3 trong số các điểm tham quan thu hút đông khách nhất tỉnh. Năm 2024, đơn vị phấn đấu đón 450.000 lượt khách; dự kiến nhập thêm khoảng 120 cá thể từ Nam Phi và đầu tư 25 tỷ đồng xây khu nuôi hổ Bengal rộng 2 ha.

HOÀNG LAN

Tin liên quan:
- Quy Nhơn: Khai trương tuyến xe buýt số 6 đi Nhơn Lý
- Nhơn Lý tổ chức Lễ hội Cầu ngư năm 2024
"""

QN = "Quy Nhơn"
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-23")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thêm 38 cá thể", "38", 38, "count", "cá thể", subject="cá thể thú non Công viên động vật Phương Mai đón thêm"),
    fig("có 38 cá thể", "38", 38, "count", "cá thể", subject="cá thể thú non chào đời", period=YTD),
    fig("đạt gần 215.000", "215.000", 215000, "count", "lượt", approx="nearly", subject="lượng khách tham quan",
        period=H1),
    fig("trong số 38", "38", 38, "count", "cá thể", subject="cá thể mới sinh", optional=True),
    fig("11 con", "11", 11, "count", "con", total=38, subject="hươu sao", period=inh(YTD)),
    fig("9 con", "9", 9, "count", "con", total=38, subject="ngựa vằn", period=inh(YTD)),
    fig("6 con", "6", 6, "count", "con", total=38, subject="linh dương", period=inh(YTD)),
    fig("2 con hươu", "2", 2, "count", "con", total=38, subject="hươu cao cổ", period=inh(YTD)),
    fig("đạt 94,7%", "94,7", 94.7, "percent", "%", subject="tỷ lệ nuôi sống", period=inh(YTD)),
    fig("hơn 120 ha", "120", 120, "measure", "ha", approx="over", subject="diện tích công viên"),
    fig("rộng 65 ha", "65", 65, "measure", "ha", total=120, subject="khu safari đi xe ngắm thú"),
    fig("1.860 cá thể", "1.860", 1860, "count", "cá thể", subject="đàn thú"),
    fig("thuộc 96 loài", "96", 96, "count", "loài", subject="loài của đàn thú"),
    fig("đón gần 215.000", "215.000", 215000, "count", "lượt khách", approx="nearly",
        change=chg("increase", 32.6, "%", "cùng kỳ"), subject="lượt khách công viên đón", period=H1b),
    fig("chiếm 21%", "21", 21, "percent", "%", subject="khách quốc tế trong lượt khách", period=H1b),
    fig("đạt 74 tỷ", "74", 74e9, "money", "đồng", subject="doanh thu", period=H1b),
    fig("350.000 đồng/vé", "350.000", 350000, "money", "đồng/vé", subject="giá vé trọn gói người lớn"),
    fig("250.000 đồng/vé", "250.000", 250000, "money", "đồng/vé", subject="giá vé trọn gói trẻ em"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="điểm tham quan thu hút đông khách nhất tỉnh"),
    fig("đón 450.000 lượt", "450.000", 450000, "count", "lượt khách", status="target",
        subject="lượt khách đơn vị phấn đấu đón", period=Y24),
    fig("khoảng 120 cá thể", "120", 120, "count", "cá thể", approx="about", status="forecast",
        subject="cá thể nhập thêm từ Nam Phi", period=Y24),
    fig("tư 25 tỷ", "25", 25e9, "money", "đồng", status="forecast", subject="vốn đầu tư xây khu nuôi hổ Bengal",
        period=Y24),
    fig("rộng 2 ha", "2", 2, "measure", "ha", status="forecast", subject="diện tích khu nuôi hổ Bengal",
        period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Định): 'Thứ Ba, 23/07/2024 | 07:30' (published), tag '(BĐ) -', sapo, byline HOÀNG LAN, related links.",
    "The park is in xã Nhơn Lý, TP Quy Nhơn: location Quy Nhơn throughout (the rank among the province's attractions included).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-23; '6 tháng đầu năm' (no year) -> 2024 from published.",
    "'trong số 38 cá thể mới sinh có 11 ..., 9 ..., 6 ... và 2 ...' -> total 38 ('trong số N'), the parts need not add up; the repeated 38 is optional.",
    "'rộng hơn 120 ha, trong đó khu safari ... rộng 65 ha' -> total 120. 'trong đó khách quốc tế chiếm 21%' is a percent figure of its own.",
    "'tăng 32,6% so với cùng kỳ' -> change of the 215.000 in the body. 'doanh thu đạt 74 tỷ' after ';' keeps the sentence's period.",
    "'phấn đấu' -> target (450.000); after ';' 'dự kiến' -> forecast for 120 cá thể, 25 tỷ and the 2 ha enclosure. Nam Phi is a source country, not a location.",
    "Distractors: 23/07/2024 | 07:30, 'xe buýt số 6', 'hổ Bengal', 'Lễ hội Cầu ngư năm 2024' in a link title.",
]

if __name__ == "__main__":
    write("p1270-5", TEXT, NOTES, FIGS, published="2024-07-23", location=QN)

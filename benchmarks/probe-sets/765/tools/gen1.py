"""p765-1: province portal (Kiên Giang), Vinpearl Safari Phú Quốc, first half of 2024."""
from lib import F, P, inh, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Kiên Giang
Trang chủ > Tin tức - Sự kiện > Du lịch

Vinpearl Safari Phú Quốc đón hơn 412 nghìn lượt khách trong 6 tháng đầu năm

Cập nhật: 15/07/2024 08:30
Lượt xem: 1.874

Theo báo cáo của Sở Du lịch, 6 tháng đầu năm 2024, Vinpearl Safari Phú Quốc đón hơn 412 nghìn lượt khách, tăng 27,4% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 236 nghìn lượt, chiếm 57,3%. Doanh thu từ hoạt động tham quan ước đạt 318,6 tỷ đồng, tăng 21% so với cùng kỳ.

Vườn thú bán hoang dã nằm tại xã Gành Dầu, TP. Phú Quốc, trên diện tích khoảng 380 ha. Hiện vườn nuôi dưỡng hơn 3.000 cá thể thuộc 150 loài động vật, trong đó có 38 loài nằm trong Sách Đỏ Việt Nam và Phụ lục I của CITES. Từ đầu năm đến nay, đơn vị đã nhân giống thành công 126 cá thể, gồm 9 cá thể hươu cao cổ, 14 cá thể linh dương và 103 cá thể chim các loại; tỷ lệ con non sống sót đạt 92,5%.

Vườn mở cửa từ 9h00 đến 16h00 hằng ngày. Giá vé người lớn là 650.000 đồng/lượt, vé trẻ em cao từ 1 m đến 1,4 m là 490.000 đồng/lượt; trẻ em cao dưới 1 m được miễn phí.

Ông Trần Văn Hùng, Phó Giám đốc Sở Du lịch cho biết, theo Quyết định số 1564/QĐ-UBND ngày 20/6/2023 của UBND tỉnh, năm 2024 tỉnh phấn đấu Vinpearl Safari đón 850 nghìn lượt khách; đến năm 2025 đạt khoảng 1 triệu lượt khách/năm. Tỉnh cũng dự kiến hỗ trợ 2,5 tỷ đồng cho chương trình thả 40 cá thể hươu sao về Vườn quốc gia Phú Quốc trong quý IV/2024.

Sở Du lịch Kiên Giang, số 16 Lý Thường Kiệt, TP. Rạch Giá; điện thoại 0297.3862.177.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("hơn 412 nghìn lượt khách trong", "412", 412000, "count", "lượt khách", approx="over",
      subject="lượt khách Vinpearl Safari Phú Quốc đón", period=H1),
    F("đón hơn 412 nghìn lượt khách, tăng", "412", 412000, "count", "lượt khách", approx="over",
      change=CH("increase", 27.4, baseline="cùng kỳ năm 2023"),
      subject="lượt khách Vinpearl Safari Phú Quốc đón", period=H),
    F("khoảng 236 nghìn lượt", "236", 236000, "count", "lượt", approx="about", total=412000, percent=57.3,
      subject="lượt khách quốc tế", period=H),
    F("ước đạt 318,6 tỷ đồng", "318,6", 318.6e9, "money", "đồng", status="estimate",
      change=CH("increase", 21, baseline="cùng kỳ"),
      subject="doanh thu từ hoạt động tham quan", period=inh(H)),
    F("khoảng 380 ha", "380", 380, "measure", "ha", approx="about", subject="diện tích vườn thú bán hoang dã"),
    F("hơn 3.000 cá thể", "3.000", 3000, "count", "cá thể", approx="over",
      subject="cá thể động vật vườn nuôi dưỡng"),
    F("thuộc 150 loài", "150", 150, "count", "loài", subject="loài động vật vườn nuôi dưỡng"),
    F("có 38 loài", "38", 38, "count", "loài", total=150,
      subject="loài nằm trong Sách Đỏ Việt Nam và Phụ lục I của CITES"),
    F("thành công 126 cá thể", "126", 126, "count", "cá thể", subject="cá thể nhân giống thành công", period=YTD),
    F("9 cá thể hươu cao cổ", "9", 9, "count", "cá thể", total=126,
      subject="cá thể hươu cao cổ nhân giống thành công", period=YTD),
    F("14 cá thể linh dương", "14", 14, "count", "cá thể", total=126,
      subject="cá thể linh dương nhân giống thành công", period=YTD),
    F("103 cá thể chim", "103", 103, "count", "cá thể", total=126,
      subject="cá thể chim các loại nhân giống thành công", period=YTD),
    F("đạt 92,5%", "92,5", 92.5, "percent", "%", subject="tỷ lệ con non sống sót", period=YTD),
    F("là 650.000 đồng/lượt", "650.000", 650000, "money", "đồng/lượt", subject="giá vé người lớn"),
    F("từ 1 m đến 1,4 m", "1", 1, "measure", "m", value_max=1.4, subject="chiều cao trẻ em mua vé trẻ em",
      optional=True),
    F("là 490.000 đồng/lượt", "490.000", 490000, "money", "đồng/lượt",
      subject="giá vé trẻ em cao từ 1 m đến 1,4 m"),
    F("dưới 1 m", "1", 1, "measure", "m", approx="under", subject="chiều cao trẻ em được miễn phí",
      optional=True),
    F("đón 850 nghìn lượt khách", "850", 850000, "count", "lượt khách", status="target",
      subject="lượt khách Vinpearl Safari đón", period=Y24),
    F("khoảng 1 triệu lượt khách/năm", "1", 1000000, "measure", "lượt khách/năm", approx="about",
      status="target", subject="lượt khách Vinpearl Safari đón mỗi năm", period=T25),
    F("hỗ trợ 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", status="forecast",
      subject="kinh phí hỗ trợ chương trình thả hươu sao", period=Q4),
    F("thả 40 cá thể", "40", 40, "count", "cá thể", status="forecast",
      subject="cá thể hươu sao thả về Vườn quốc gia Phú Quốc", period=Q4),
]

COMMENTS = [
    "Kiên Giang province portal: Vinpearl Safari Phú Quốc, visitors and revenue 6 tháng đầu năm 2024, animals, breeding, tickets, targets.",
    "Location: every figure describes the safari park (or the Phú Quốc national park) in TP. Phú Quốc, a district-level city named in",
    "the text, so Phú Quốc rather than the province (FIGURES.md: the city or district the figure describes, e.g. Đà Lạt).",
    "Headline '6 tháng đầu năm' has no year: takes 2024 from the dateline. 'Từ đầu năm đến nay' ends at the dateline 2024-07-15.",
    "Distractors: Lượt xem 1.874, 9h00/16h00, Quyết định số 1564/QĐ-UBND ngày 20/6/2023, Phụ lục I, số 16 Lý Thường Kiệt, phone.",
    "revised after the first run: subject of 490.000 đồng/lượt now keeps the qualifier the sentence names ('cao từ 1 m đến 1,4 m').",
    "Ticket height thresholds (1 m-1,4 m, dưới 1 m) are optional.",
]

if __name__ == "__main__":
    emit("p765-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Phú Quốc")

"""p1049-6: national newspaper, TP Hồ Chí Minh drama stages after Tết 2025."""
from lib import F, P, I, C, T, build

TEXT = """Giải trí › Sân khấu
Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Sân khấu kịch TP HCM hút khán giả sau Tết

Nhiều sân khấu kịch kín ghế trong các suất cuối tuần, giá vé phổ biến 250.000-400.000 đồng.

Theo Sở Văn hóa và Thể thao TP Hồ Chí Minh, trong hai tháng đầu năm, các đơn vị nghệ thuật trên địa bàn tổ chức hơn 1.150 suất diễn, thu hút khoảng 410.000 lượt khán giả. Doanh thu bán vé ước đạt 96 tỷ đồng, tăng 22% so với cùng kỳ năm 2024. Riêng dịp Tết Nguyên đán Ất Tỵ, từ mùng 1 đến mùng 10, các sân khấu diễn 214 suất, nhiều suất bán hết vé trước một tuần. Lượng khán giả đến rạp dịp này gấp 1,5 lần ngày thường.

Ở sân khấu của Nhà hát Kịch thành phố (số 30 Trần Hưng Đạo, quận 1), mỗi suất có 420 ghế; tỷ lệ lấp đầy bình quân đạt 92%, có tuần đạt 100%. Nghệ sĩ Ưu tú Trần Minh Khoa, giám đốc sân khấu, cho biết chi phí dàn dựng một vở mới khoảng 1,2-1,5 tỷ đồng, còn tiền thuê rạp, cát-xê và kỹ thuật khoảng 60-80 triệu đồng/suất. "Khán giả trẻ tăng rõ, chiếm khoảng 40% lượng vé bán qua mạng", ông nói.

Năm 2024, TP HCM có 36 đơn vị nghệ thuật, trong đó 4 đơn vị công lập và 32 đơn vị ngoài công lập, tổ chức hơn 6.800 suất diễn với khoảng 2,1 triệu lượt khán giả. Sở dự kiến năm 2025 số suất diễn tăng khoảng 10%, đồng thời hỗ trợ 5 tỷ đồng cho các dự án sân khấu phục vụ học sinh.

Hà Thu
"""

M2 = P("hai tháng đầu năm", "2025-01-01", "2025-02-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("phổ biến 250.000-400.000 đồng", "250.000", 250000, "money", "đồng", "giá vé phổ biến",
      value_max=400000),
    F("hơn 1.150 suất diễn", "1.150", 1150, "count", "suất diễn",
      "suất diễn của các đơn vị nghệ thuật trên địa bàn", M2, approx="over"),
    F("khoảng 410.000 lượt khán giả", "410.000", 410000, "count", "lượt khán giả",
      "lượt khán giả", M2, approx="about"),
    F("ước đạt 96 tỷ đồng", "96", 96000000000, "money", "đồng", "doanh thu bán vé", I(M2),
      status="estimate", change=C("increase", 22, "%", "cùng kỳ năm 2024")),
    F("diễn 214 suất", "214", 214, "count", "suất", "suất diễn dịp Tết Nguyên đán Ất Tỵ"),
    F("trước một tuần", "một", 1, "measure", "tuần", "thời gian bán hết vé trước suất diễn", optional=True),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "lượng khán giả đến rạp dịp Tết so với ngày thường"),
    F("có 420 ghế", "420", 420, "count", "ghế", "ghế mỗi suất tại sân khấu của Nhà hát Kịch thành phố"),
    F("bình quân đạt 92%", "92", 92, "percent", "%", "tỷ lệ lấp đầy bình quân"),
    F("tuần đạt 100%", "100", 100, "percent", "%", "tỷ lệ lấp đầy có tuần"),
    F("khoảng 1,2-1,5 tỷ đồng", "1,2", 1200000000, "money", "đồng", "chi phí dàn dựng một vở mới",
      value_max=1500000000, approx="about"),
    F("khoảng 60-80 triệu đồng/suất", "60", 60000000, "money", "đồng/suất",
      "tiền thuê rạp, cát-xê và kỹ thuật", value_max=80000000, approx="about"),
    F("khoảng 40% lượng vé", "40", 40, "percent", "%", "khán giả trẻ trong lượng vé bán qua mạng",
      approx="about"),
    F("có 36 đơn vị", "36", 36, "count", "đơn vị nghệ thuật", "đơn vị nghệ thuật", Y24),
    F("trong đó 4 đơn vị", "4", 4, "count", "đơn vị", "đơn vị nghệ thuật công lập", Y24, total=36),
    F("32 đơn vị ngoài", "32", 32, "count", "đơn vị", "đơn vị nghệ thuật ngoài công lập", Y24, total=36),
    F("hơn 6.800 suất diễn", "6.800", 6800, "count", "suất diễn", "suất diễn", Y24, approx="over"),
    F("khoảng 2,1 triệu lượt", "2,1", 2100000, "count", "lượt khán giả", "lượt khán giả", Y24,
      approx="about"),
    F("tăng khoảng 10%", "10", 10, "percent", "%", "tăng số suất diễn", Y25,
      approx="about", status="forecast"),
    F("hỗ trợ 5 tỷ đồng", "5", 5000000000, "money", "đồng",
      "hỗ trợ các dự án sân khấu phục vụ học sinh", Y25, status="forecast"),
]

NOTES = [
    "National online newspaper style (dateline 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)', byline at the end).",
    "Location: TP Hồ Chí Minh throughout (written 'TP HCM' and once in full); 'quận 1' is part of an address.",
    "Distractors: '07:30 (GMT+7)', 'Tết Nguyên đán Ất Tỵ', 'từ mùng 1 đến mùng 10' (lunar dates), 'trước một tuần',",
    "'số 30 Trần Hưng Đạo, quận 1', 'hai tháng đầu năm' (a period, its year 2025 from the dateline).",
    "'gấp 1,5 lần ngày thường' stands as its own sentence: a multiple. The Tết window has no calendar date: no period.",
    "'trước một tuần' (tickets sold out a week ahead) is a duration a reader may or may not record: optional.",
    "'tăng khoảng 10%' of the number of shows in 2025 is a forecast rate with no base amount: percent figure.",
    "The dàn dựng cost and the per-show cost are ranges under 'khoảng' (approx about).",
]

if __name__ == "__main__":
    build("p1049-6", TEXT, FIGS, NOTES, published="2025-03-16", location="TP Hồ Chí Minh")

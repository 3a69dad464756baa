from lib import F, P, C, T, build

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Bình
Tín dụng chính sách xã hội 9 tháng năm 2024: dư nợ đạt hơn 5.870 tỷ đồng
Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.316

(QBP) - Chiều 7/10, Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội (NHCSXH) tỉnh tổ chức phiên họp quý III/2024.

Theo báo cáo, tính đến ngày 30/9/2024, tổng nguồn vốn của Chi nhánh NHCSXH tỉnh đạt 5.912 tỷ đồng, tăng 386 tỷ đồng so với đầu năm. Trong đó, nguồn vốn ủy thác từ ngân sách địa phương đạt 498,6 tỷ đồng, chiếm 8,4% tổng nguồn vốn; riêng 9 tháng năm 2024, ngân sách tỉnh và các huyện, thị xã, thành phố đã bổ sung 62,5 tỷ đồng.

Tổng dư nợ đạt 5.874 tỷ đồng, tăng 6,8% so với đầu năm, đạt 98,2% kế hoạch Trung ương giao, với 91.450 khách hàng đang còn dư nợ. Doanh số cho vay 9 tháng đạt 1.426 tỷ đồng, giúp hơn 27.000 lượt hộ nghèo, hộ cận nghèo và các đối tượng chính sách khác tiếp cận vốn; doanh số thu nợ đạt 1.052 tỷ đồng.

Nguồn vốn tín dụng chính sách đã góp phần giúp 1.318 hộ vượt qua ngưỡng nghèo, tạo việc làm cho 3.640 lao động, trong đó có 412 lao động đi làm việc có thời hạn ở nước ngoài; xây dựng 8.905 công trình nước sạch và vệ sinh môi trường nông thôn; hỗ trợ 1.127 học sinh, sinh viên có hoàn cảnh khó khăn vay vốn học tập.

Chất lượng tín dụng tiếp tục được giữ vững: nợ quá hạn và nợ khoanh chiếm 0,16% tổng dư nợ, giảm 0,03% so với cuối năm 2023. Toàn tỉnh duy trì 2.547 tổ tiết kiệm và vay vốn, 151 điểm giao dịch xã.

Phát biểu kết luận, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các địa phương tiếp tục cân đối ngân sách, phấn đấu trong năm 2024 bổ sung nguồn vốn ủy thác đạt 80 tỷ đồng theo Nghị quyết số 21/2023/NQ-HĐND; tổng dư nợ tăng trưởng từ 8% đến 9%. Liên hệ: số 12 đường Quang Trung, TP Đồng Hới; ĐT: 0232.3822.556.
"""

HEADER = """Province portal (Cổng TTĐT tỉnh Quảng Bình): NHCSXH chi nhánh tỉnh, results to 30/9/2024 at the quarter-III board meeting.
Dateline 'Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.316' (counter is furniture). Distractors: 'Chiều 7/10', 'quý III/2024' (meeting), Nghị quyết số
21/2023/NQ-HĐND, 'số 12 đường Quang Trung', phone 0232.3822.556.
'Trong đó, nguồn vốn ủy thác ... 498,6 tỷ' is a part of 5.912 tỷ (total) with share 8,4%. 'riêng 9 tháng ... bổ sung 62,5 tỷ' is a flow, not a part of the stock.
5.874 tỷ: change 6,8% (so với đầu năm) and percent 98,2% (of plan). 412 lao động after 'trong đó' is a part of 3.640 lao động.
0,16% is a share with no base amount (percent figure); 'giảm 0,03% so với cuối năm 2023' is its change. Targets after 'phấn đấu' carry status target.
Periods: the as-of date 'tính đến ngày 30/9/2024' is inherited by the next sentences of its paragraph and the totals paragraph; '9 tháng' (year from context) is scored where it stands."""

D30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
D30i = P("tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("dư nợ đạt hơn 5.870 tỷ đồng", "5.870", 5870e9, "money", "đồng", "dư nợ tín dụng chính sách xã hội",
      approx="over", period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("đạt 5.912 tỷ đồng", "5.912", 5912e9, "money", "đồng", "tổng nguồn vốn của Chi nhánh NHCSXH tỉnh",
      change=C("increase", 386e9, "đồng", "đầu năm"), period=D30),
    F("đạt 498,6 tỷ đồng", "498,6", 498.6e9, "money", "đồng", "nguồn vốn ủy thác từ ngân sách địa phương",
      total=5912e9, percent=8.4, period=D30i),
    F("bổ sung 62,5 tỷ đồng", "62,5", 62.5e9, "money", "đồng",
      "ngân sách tỉnh và các huyện, thị xã, thành phố bổ sung", period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("Tổng dư nợ đạt 5.874 tỷ đồng", "5.874", 5874e9, "money", "đồng", "tổng dư nợ",
      change=C("increase", 6.8, "%", "đầu năm"), percent=98.2, period=D30i),
    F("91.450 khách hàng", "91.450", 91450, "count", "khách hàng", "khách hàng đang còn dư nợ", period=D30i),
    F("đạt 1.426 tỷ đồng", "1.426", 1426e9, "money", "đồng", "doanh số cho vay", period=M9),
    F("hơn 27.000 lượt hộ", "27.000", 27000, "count", "lượt hộ",
      "lượt hộ nghèo, hộ cận nghèo và các đối tượng chính sách khác tiếp cận vốn", approx="over", period=M9),
    F("đạt 1.052 tỷ đồng", "1.052", 1052e9, "money", "đồng", "doanh số thu nợ", period=M9),
    F("giúp 1.318 hộ", "1.318", 1318, "count", "hộ", "hộ vượt qua ngưỡng nghèo", period=M9i),
    F("cho 3.640 lao động", "3.640", 3640, "count", "lao động", "lao động được tạo việc làm", period=M9i),
    F("có 412 lao động", "412", 412, "count", "lao động", "lao động đi làm việc có thời hạn ở nước ngoài",
      total=3640, period=M9i),
    F("8.905 công trình", "8.905", 8905, "count", "công trình", "công trình nước sạch và vệ sinh môi trường nông thôn",
      period=M9i),
    F("1.127 học sinh", "1.127", 1127, "count", "học sinh, sinh viên",
      "học sinh, sinh viên có hoàn cảnh khó khăn vay vốn học tập", period=M9i),
    F("chiếm 0,16% tổng dư nợ", "0,16", 0.16, "percent", "%", "nợ quá hạn và nợ khoanh trong tổng dư nợ",
      change=C("decrease", 0.03, "%", "cuối năm 2023"), period=D30i),
    F("2.547 tổ", "2.547", 2547, "count", "tổ tiết kiệm và vay vốn", "tổ tiết kiệm và vay vốn", period=D30i),
    F("151 điểm giao dịch", "151", 151, "count", "điểm giao dịch xã", "điểm giao dịch xã", period=D30i),
    F("đạt 80 tỷ đồng", "80", 80e9, "money", "đồng", "nguồn vốn ủy thác bổ sung", status="target", period=Y24),
    F("từ 8% đến 9%", "8", 8, "percent", "%", "tổng dư nợ tăng trưởng", value_max=9, status="target", period=Y24),
]

build("p239-1", TEXT, HEADER, FIGS, published="2024-10-08", location="Quảng Bình")

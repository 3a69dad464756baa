from lib import F, P, C, T, build

TEXT = """BÁO ĐIỆN TỬ CHÍNH PHỦ
Chính sách - Tín dụng
Thứ Hai, 15/01/2024 10:12 (GMT+7)

Tín dụng chính sách xã hội: Năm 2023 hơn 2,3 triệu lượt hộ được vay vốn

(Chinhphu.vn) - Sáng 14/1, tại Hà Nội, Ngân hàng Chính sách xã hội (NHCSXH) tổ chức Hội nghị tổng kết hoạt động năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, tổng nguồn vốn của NHCSXH đạt 345.620 tỷ đồng, tăng 11,4% so với năm 2022; trong đó nguồn vốn ngân sách địa phương ủy thác đạt 41.350 tỷ đồng, chiếm 12% tổng nguồn vốn, tăng 6.820 tỷ đồng so với năm trước. 63/63 tỉnh, thành phố đã bố trí ngân sách ủy thác sang NHCSXH.

Tổng dư nợ các chương trình tín dụng chính sách đạt 328.910 tỷ đồng, tăng 10,6% so với năm 2022, với gần 6,8 triệu hộ nghèo và đối tượng chính sách còn dư nợ. Doanh số cho vay cả năm đạt trên 103 nghìn tỷ đồng, giúp hơn 2,3 triệu lượt hộ được vay vốn.

Vốn tín dụng chính sách năm 2023 đã góp phần giúp gần 190.000 hộ vượt qua ngưỡng nghèo; thu hút, tạo việc làm cho khoảng 445.000 lao động; hơn 46.000 học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn học tập; xây dựng gần 1,1 triệu công trình nước sạch, vệ sinh môi trường nông thôn.

Nợ quá hạn và nợ khoanh chỉ chiếm 0,24% tổng dư nợ. Cả nước hiện có 10.950 điểm giao dịch xã và khoảng 168.000 tổ tiết kiệm và vay vốn; 99,6% số tổ xếp loại tốt và khá.

Tính chung giai đoạn 2021-2023, NHCSXH đã cho vay hơn 7,1 triệu lượt hộ với tổng số tiền khoảng 280 nghìn tỷ đồng.

Năm 2024, NHCSXH đặt mục tiêu tăng trưởng tín dụng từ 10% đến 12%; tỷ lệ nợ quá hạn và nợ khoanh dưới 0,3% tổng dư nợ.

Phát biểu chỉ đạo, Phó Thủ tướng đề nghị tiếp tục thực hiện hiệu quả Chỉ thị số 40-CT/TW và Kết luận số 06-KL/TW của Ban Bí thư, ưu tiên nguồn lực cho 74 huyện nghèo và các xã đặc biệt khó khăn. Đường dây nóng của NHCSXH: 1800 1567.

Thanh Hương
"""

HEADER = """National press (Báo điện tử Chính phủ), dateline 'Thứ Hai, 15/01/2024 10:12 (GMT+7)'; national figures, location Việt Nam.
Distractors: 'Sáng 14/1', 'tại Hà Nội' (venue: not the location), Chỉ thị số 40-CT/TW, Kết luận số 06-KL/TW, hotline 1800 1567, (GMT+7).
'; trong đó ... 41.350 tỷ' is a part of 345.620 tỷ, with share 12% and its own change +6.820 tỷ. '63/63 tỉnh, thành phố' total 63.
'cả năm' is 2023 (the nearest earlier year). 'hơn 2,3 triệu lượt hộ' occurs in title and body: both figures.
'nghìn tỷ' multiplies by 10^12. '74 huyện nghèo' is a fact (count) in an instruction: optional. 'hiện' gives no period."""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
CN = P("cả năm", "2023-01-01", "2023-12-31")
GD = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Năm 2023 hơn 2,3 triệu lượt hộ", "2,3", 2.3e6, "count", "lượt hộ", "lượt hộ được vay vốn", approx="over",
      period=Y23),
    F("đạt 345.620 tỷ đồng", "345.620", 345620e9, "money", "đồng", "tổng nguồn vốn của NHCSXH",
      change=C("increase", 11.4, "%", "năm 2022"), period=Y23),
    F("đạt 41.350 tỷ đồng", "41.350", 41350e9, "money", "đồng", "nguồn vốn ngân sách địa phương ủy thác",
      total=345620e9, percent=12, change=C("increase", 6820e9, "đồng", "năm trước"), period=Y23),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố bố trí ngân sách ủy thác sang NHCSXH",
      total=63, period=Y23i),
    F("đạt 328.910 tỷ đồng", "328.910", 328910e9, "money", "đồng", "tổng dư nợ các chương trình tín dụng chính sách",
      change=C("increase", 10.6, "%", "năm 2022"), period=Y23i),
    F("gần 6,8 triệu hộ", "6,8", 6.8e6, "count", "hộ", "hộ nghèo và đối tượng chính sách còn dư nợ", approx="nearly",
      period=Y23i),
    F("trên 103 nghìn tỷ đồng", "103", 103e12, "money", "đồng", "doanh số cho vay", approx="over", period=CN),
    F("giúp hơn 2,3 triệu lượt hộ", "2,3", 2.3e6, "count", "lượt hộ", "lượt hộ được vay vốn", approx="over", period=CN),
    F("gần 190.000 hộ", "190.000", 190000, "count", "hộ", "hộ vượt qua ngưỡng nghèo", approx="nearly",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 445.000 lao động", "445.000", 445000, "count", "lao động", "lao động được tạo việc làm", approx="about",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 46.000 học sinh", "46.000", 46000, "count", "học sinh, sinh viên",
      "học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn học tập", approx="over",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 1,1 triệu công trình", "1,1", 1.1e6, "count", "công trình",
      "công trình nước sạch, vệ sinh môi trường nông thôn", approx="nearly",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("chiếm 0,24%", "0,24", 0.24, "percent", "%", "nợ quá hạn và nợ khoanh trong tổng dư nợ", period=Y23i),
    F("10.950 điểm", "10.950", 10950, "count", "điểm giao dịch xã", "điểm giao dịch xã"),
    F("khoảng 168.000 tổ", "168.000", 168000, "count", "tổ tiết kiệm và vay vốn", "tổ tiết kiệm và vay vốn",
      approx="about"),
    F("99,6% số tổ", "99,6", 99.6, "percent", "%", "số tổ xếp loại tốt và khá"),
    F("hơn 7,1 triệu lượt hộ", "7,1", 7.1e6, "count", "lượt hộ", "lượt hộ được cho vay", approx="over", period=GD),
    F("khoảng 280 nghìn tỷ đồng", "280", 280e12, "money", "đồng", "tổng số tiền cho vay", approx="about", period=GD),
    F("từ 10% đến 12%", "10", 10, "percent", "%", "tăng trưởng tín dụng", value_max=12, status="target", period=Y24),
    F("dưới 0,3%", "0,3", 0.3, "percent", "%", "tỷ lệ nợ quá hạn và nợ khoanh trong tổng dư nợ", approx="under",
      status="target", period=Y24),
    F("cho 74 huyện", "74", 74, "count", "huyện nghèo", "huyện nghèo", optional=True),
]

build("p239-5", TEXT, HEADER, FIGS, published="2024-01-15", location="Việt Nam")

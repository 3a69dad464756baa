from decimal import Decimal as D
from lib import F, P, write
def ty(x): return int(D(str(x)) * 10**9)
def tr(x): return int(D(str(x)) * 10**6)

A = """NHCSXH tỉnh Quảng Bình: Dư nợ tín dụng chính sách đạt trên 5.230 tỷ đồng
Cập nhật: 12/07/2024 09:15
Lượt xem: 2.315

Sáng 11/7, Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội (NHCSXH) tỉnh Quảng Bình tổ chức phiên họp thường kỳ quý II/2024, đánh giá kết quả hoạt động 6 tháng đầu năm và triển khai nhiệm vụ những tháng cuối năm.

Theo báo cáo, tính đến ngày 30/6/2024, tổng nguồn vốn của chi nhánh đạt 5.318 tỷ đồng, tăng 286 tỷ đồng so với đầu năm; trong đó nguồn vốn nhận ủy thác từ ngân sách địa phương đạt 612 tỷ đồng, chiếm 11,5% tổng nguồn vốn. Tổng dư nợ đạt trên 5.230 tỷ đồng, tăng 5,6% so với đầu năm, với 98.412 khách hàng còn dư nợ.

Trong 6 tháng đầu năm, doanh số cho vay đạt 1.046 tỷ đồng với 21.350 lượt khách hàng được vay vốn; doanh số thu nợ đạt 768 tỷ đồng. Vốn tín dụng chính sách đã giúp 1.820 hộ vượt qua ngưỡng nghèo, tạo việc làm cho khoảng 4.600 lao động và xây dựng gần 9.000 công trình nước sạch, vệ sinh môi trường nông thôn.

Dư nợ một số chương trình lớn: cho vay hộ nghèo 1.102 tỷ đồng, hộ cận nghèo 968 tỷ đồng, hộ mới thoát nghèo 455 tỷ đồng, giải quyết việc làm 1.214 tỷ đồng.

Chất lượng tín dụng tiếp tục được giữ vững: nợ quá hạn là 4,7 tỷ đồng, chiếm 0,09% tổng dư nợ; 8/8 huyện, thị xã, thành phố có tỷ lệ nợ quá hạn dưới 0,1%. Toàn tỉnh hiện có 2.986 Tổ tiết kiệm và vay vốn hoạt động tại 145 xã, phường, thị trấn.

Thực hiện Quyết định số 1038/QĐ-UBND của UBND tỉnh, năm 2024 chi nhánh phấn đấu dư nợ tăng trưởng từ 8% đến 10%, tỷ lệ nợ quá hạn dưới 0,1% và giải ngân hết 95 tỷ đồng vốn ngân sách tỉnh ủy thác bổ sung.
"""

Y24 = ("2024-01-01", "2024-12-31")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
ASOF_I = P("tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_I = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
T24 = P("năm 2024", *Y24)
figs = [
    F("đạt trên 5.230 tỷ đồng\nCập", "5.230", ty(5230), "money", "đồng", "dư nợ tín dụng chính sách", approx="over"),
    F("đạt 5.318 tỷ đồng", "5.318", ty(5318), "money", "đồng", "tổng nguồn vốn của chi nhánh",
      change={"direction": "increase", "value": ty(286), "unit": "đồng", "baseline": "đầu năm"}, period=ASOF),
    F("đạt 612 tỷ đồng", "612", ty(612), "money", "đồng", "nguồn vốn nhận ủy thác từ ngân sách địa phương",
      total=ty(5318), percent=11.5, period=ASOF),
    F("Tổng dư nợ đạt trên 5.230 tỷ đồng", "5.230", ty(5230), "money", "đồng", "Tổng dư nợ", approx="over",
      change={"direction": "increase", "value": 5.6, "unit": "%", "baseline": "đầu năm"}, period=ASOF_I),
    F("với 98.412 khách hàng", "98.412", 98412, "count", "khách hàng", "khách hàng còn dư nợ", period=ASOF_I),
    F("đạt 1.046 tỷ đồng", "1.046", ty(1046), "money", "đồng", "doanh số cho vay", period=H1),
    F("với 21.350 lượt khách hàng", "21.350", 21350, "count", "lượt khách hàng", "lượt khách hàng được vay vốn", period=H1),
    F("đạt 768 tỷ đồng", "768", ty(768), "money", "đồng", "doanh số thu nợ", period=H1),
    F("giúp 1.820 hộ", "1.820", 1820, "count", "hộ", "hộ vượt qua ngưỡng nghèo", period=H1_I),
    F("khoảng 4.600 lao động", "4.600", 4600, "count", "lao động", "lao động được tạo việc làm", approx="about", period=H1_I),
    F("gần 9.000 công trình", "9.000", 9000, "count", "công trình", "công trình nước sạch, vệ sinh môi trường nông thôn", approx="nearly", period=H1_I),
    F("hộ nghèo 1.102 tỷ đồng", "1.102", ty(1102), "money", "đồng", "dư nợ cho vay hộ nghèo", period=ASOF_I),
    F("cận nghèo 968 tỷ đồng", "968", ty(968), "money", "đồng", "dư nợ cho vay hộ cận nghèo", period=ASOF_I),
    F("thoát nghèo 455 tỷ đồng", "455", ty(455), "money", "đồng", "dư nợ cho vay hộ mới thoát nghèo", period=ASOF_I),
    F("việc làm 1.214 tỷ đồng", "1.214", ty(1214), "money", "đồng", "dư nợ cho vay giải quyết việc làm", period=ASOF_I),
    F("là 4,7 tỷ đồng", "4,7", ty(4.7), "money", "đồng", "nợ quá hạn", percent=0.09, period=ASOF_I),
    F("8/8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có tỷ lệ nợ quá hạn dưới 0,1%", total=8, period=ASOF_I),
    F("hạn dưới 0,1%. Toàn", "0,1", 0.1, "percent", "%", "tỷ lệ nợ quá hạn", approx="under", optional=True),
    F("có 2.986 Tổ", "2.986", 2986, "count", "Tổ tiết kiệm và vay vốn", "Tổ tiết kiệm và vay vốn hoạt động", period=ASOF_I),
    F("tại 145 xã", "145", 145, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có Tổ tiết kiệm và vay vốn", period=ASOF_I),
    F("từ 8% đến 10%", "8", 8, "percent", "%", "dư nợ tăng trưởng", value_max=10, status="target", period=T24),
    F("hạn dưới 0,1% và", "0,1", 0.1, "percent", "%", "tỷ lệ nợ quá hạn", approx="under", status="target", period=T24),
    F("hết 95 tỷ đồng", "95", ty(95), "money", "đồng", "vốn ngân sách tỉnh ủy thác bổ sung giải ngân", status="target", period=T24),
]
write(1, A, figs, [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): NHCSXH tỉnh, results of the first half of 2024. 'Cập nhật: 12/07/2024 09:15' + 'Lượt xem: 2.315'.",
    "Distractors: 'Lượt xem: 2.315', 'Sáng 11/7', 'phiên họp thường kỳ quý II/2024' (meeting label), 'Quyết định số 1038/QĐ-UBND'.",
    "The headline figure has no period. Stocks take the as-of date 'tính đến ngày 30/6/2024'; sentences after it inherit it (not scored).",
    "'trong đó ... 612 tỷ đồng, chiếm 11,5%': part of the 5.318 tỷ whole, with its share. The programme list after ':' has no whole figure before the cue: no total.",
    "'8/8 huyện ... dưới 0,1%': count with total 8; the threshold 0,1% is optional. Targets for 2024: 'phấn đấu' governs the whole last sentence.",
], published="2024-07-12", location="Quảng Bình")

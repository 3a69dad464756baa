from decimal import Decimal as D
from lib import F, P, write
def ty(x): return int(D(str(x)) * 10**9)
def tr(x): return int(D(str(x)) * 10**6)

A = """Kinh tế - Thứ Tư, 17/1/2024, 16:42 (GMT+7)

Dư nợ tín dụng chính sách vượt 330.000 tỷ đồng

Năm 2023, tổng nguồn vốn của Ngân hàng Chính sách xã hội (NHCSXH) đạt 346.420 tỷ đồng, tăng 35.180 tỷ đồng so với năm 2022; tổng dư nợ đạt 330.580 tỷ đồng, tăng 11,3%, với hơn 6,8 triệu hộ nghèo và đối tượng chính sách còn dư nợ.

Thông tin được đưa ra tại hội nghị tổng kết hoạt động năm 2023 của NHCSXH diễn ra chiều 16/1 tại Hà Nội. Trong năm, doanh số cho vay đạt 106.870 tỷ đồng với gần 2,1 triệu lượt hộ được vay vốn; doanh số thu nợ đạt 72.410 tỷ đồng. Vốn tín dụng chính sách đã góp phần giúp khoảng 172.000 hộ vượt qua ngưỡng nghèo, tạo việc làm cho trên 430.000 lao động, hỗ trợ xây dựng 38.500 căn nhà ở cho hộ nghèo và đối tượng chính sách.

Riêng chương trình cho vay theo Nghị quyết số 11/NQ-CP, ngân hàng đã giải ngân 37.420 tỷ đồng, đạt 97,8% kế hoạch.

Nợ quá hạn và nợ khoanh chiếm 0,26% tổng dư nợ. Cả nước có 161.200 Tổ tiết kiệm và vay vốn, trong đó 94,3% tổ xếp loại tốt.

Các địa phương có dư nợ lớn nhất là Thanh Hóa (14.120 tỷ đồng), Nghệ An (13.560 tỷ đồng) và Hà Nội (11.870 tỷ đồng). Điện Biên và Lai Châu có tỷ lệ nợ quá hạn thấp nhất, lần lượt là 0,03% và 0,04%.

Năm 2024, NHCSXH được giao kế hoạch tăng trưởng tín dụng khoảng 10%; ngân hàng phấn đấu giữ tỷ lệ nợ quá hạn và nợ khoanh dưới 0,3%, huy động tiền gửi dân cư tăng 15% so với năm 2023.

Người dân cần tư vấn có thể gọi đường dây nóng 1900 1511.

Hoàng Yến
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
TN = P("Trong năm", "2023-01-01", "2023-12-31")
TN_I = P("Trong năm", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("vượt 330.000 tỷ đồng", "330.000", ty(330000), "money", "đồng", "Dư nợ tín dụng chính sách", approx="over"),
    F("đạt 346.420 tỷ đồng", "346.420", ty(346420), "money", "đồng", "tổng nguồn vốn của Ngân hàng Chính sách xã hội",
      change={"direction": "increase", "value": ty(35180), "unit": "đồng", "baseline": "năm 2022"}, period=Y23),
    F("đạt 330.580 tỷ đồng", "330.580", ty(330580), "money", "đồng", "tổng dư nợ",
      change={"direction": "increase", "value": 11.3, "unit": "%"}, period=Y23),
    F("hơn 6,8 triệu hộ", "6,8", 6800000, "count", "hộ", "hộ nghèo và đối tượng chính sách còn dư nợ", approx="over", period=Y23),
    F("đạt 106.870 tỷ đồng", "106.870", ty(106870), "money", "đồng", "doanh số cho vay", period=TN),
    F("gần 2,1 triệu lượt hộ", "2,1", 2100000, "count", "lượt hộ", "lượt hộ được vay vốn", approx="nearly", period=TN),
    F("đạt 72.410 tỷ đồng", "72.410", ty(72410), "money", "đồng", "doanh số thu nợ", period=TN),
    F("khoảng 172.000 hộ", "172.000", 172000, "count", "hộ", "hộ vượt qua ngưỡng nghèo", approx="about", period=TN_I),
    F("trên 430.000 lao động", "430.000", 430000, "count", "lao động", "lao động được tạo việc làm", approx="over", period=TN_I),
    F("dựng 38.500 căn nhà", "38.500", 38500, "count", "căn nhà", "căn nhà ở cho hộ nghèo và đối tượng chính sách", period=TN_I),
    F("giải ngân 37.420 tỷ đồng", "37.420", ty(37420), "money", "đồng", "cho vay theo Nghị quyết số 11/NQ-CP giải ngân", percent=97.8, period=Y23_I),
    F("chiếm 0,26%", "0,26", 0.26, "percent", "%", "Nợ quá hạn và nợ khoanh", period=Y23_I),
    F("có 161.200 Tổ", "161.200", 161200, "count", "Tổ tiết kiệm và vay vốn", "Tổ tiết kiệm và vay vốn", period=Y23_I),
    F("94,3% tổ", "94,3", 94.3, "percent", "%", "tổ xếp loại tốt", period=Y23_I),
    F("Thanh Hóa (14.120 tỷ đồng)", "14.120", ty(14120), "money", "đồng", "dư nợ", period=Y23_I, location="Thanh Hóa"),
    F("Nghệ An (13.560 tỷ đồng)", "13.560", ty(13560), "money", "đồng", "dư nợ", period=Y23_I, location="Nghệ An"),
    F("Hà Nội (11.870 tỷ đồng)", "11.870", ty(11870), "money", "đồng", "dư nợ", period=Y23_I, location="Hà Nội"),
    F("là 0,03%", "0,03", 0.03, "percent", "%", "tỷ lệ nợ quá hạn", period=Y23_I, location="Điện Biên"),
    F("và 0,04%", "0,04", 0.04, "percent", "%", "tỷ lệ nợ quá hạn", period=Y23_I, location="Lai Châu"),
    F("khoảng 10%", "10", 10, "percent", "%", "tăng trưởng tín dụng", approx="about", status="target", period=Y24),
    F("dưới 0,3%", "0,3", 0.3, "percent", "%", "tỷ lệ nợ quá hạn và nợ khoanh", approx="under", status="target", period=Y24),
    F("tăng 15%", "15", 15, "percent", "%", "huy động tiền gửi dân cư", status="target", period=Y24),
]
write(4, A, figs, [
    "National press (online newspaper, 'Kinh tế - Thứ Tư, 17/1/2024, 16:42 (GMT+7)', byline at the end): NHCSXH nationwide results of 2023, plan for 2024.",
    "Location Việt Nam (a national bank's totals); the province list items go to location. The venue 'tại Hà Nội' is not a location of the national figures.",
    "Distractors: '(GMT+7)', 'chiều 16/1', 'Nghị quyết số 11/NQ-CP', hotline '1900 1511'. 'Trong năm' = 2023 (nearest earlier year).",
    "'tăng 11,3%' without baseline is the dư nợ's change. 'trong đó 94,3% tổ' is a percent: no total (as shared h01). 'đạt 97,8% kế hoạch' is 37.420 tỷ's percent.",
    "2024: 'được giao kế hoạch ... khoảng 10%' and 'phấn đấu ...' are targets; 'tăng 15% so với năm 2023' is a growth rate as the claim: percent, no change.",
], published="2024-01-17", location="Việt Nam")

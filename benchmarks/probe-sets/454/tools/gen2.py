from decimal import Decimal as D
from lib import F, P, write
def ty(x): return int(D(str(x)) * 10**9)
def tr(x): return int(D(str(x)) * 10**6)

A = """Hương Khê: Hơn 38 tỷ đồng vốn chính sách đến với người dân trong 9 tháng
Thứ Hai, 07/10/2024 - 15:20

Theo Phòng giao dịch Ngân hàng Chính sách xã hội (NHCSXH) huyện Hương Khê, 9 tháng năm 2024, doanh số cho vay trên địa bàn đạt 38,6 tỷ đồng, tăng 12,4% so với cùng kỳ, với 1.043 lượt hộ được vay vốn. Doanh số thu nợ đạt 27,9 tỷ đồng.

Đến 30/9/2024, tổng dư nợ đạt 612,4 tỷ đồng với 11.286 hộ còn dư nợ, dư nợ bình quân 54,3 triệu đồng/hộ. Trong đó, dư nợ cho vay hộ nghèo 118,2 tỷ đồng, hộ cận nghèo 96,5 tỷ đồng, hộ mới thoát nghèo 74,8 tỷ đồng, học sinh sinh viên có hoàn cảnh khó khăn 21,3 tỷ đồng.

Nợ quá hạn toàn huyện chỉ còn 312 triệu đồng, chiếm 0,05% tổng dư nợ; 19/21 xã, thị trấn không có nợ quá hạn.

Toàn huyện hiện có 214 Tổ tiết kiệm và vay vốn (TK&VV), trong đó 196 tổ xếp loại tốt (chiếm 91,6%), 15 tổ loại khá và 3 tổ loại trung bình. Dư nợ ủy thác qua 4 tổ chức hội, đoàn thể chiếm 99,8% tổng dư nợ. Tiền gửi tiết kiệm của tổ viên đạt 24,7 tỷ đồng, tăng 3,1 tỷ đồng so với đầu năm.

Ông Nguyễn Văn Hùng, Giám đốc Phòng giao dịch cho biết, dự kiến đến 31/12/2024 tổng dư nợ đạt khoảng 628 tỷ đồng, tăng 2,5% so với thời điểm 30/9. Người dân có nhu cầu vay vốn liên hệ Phòng giao dịch tại số 12 đường Hà Huy Tập, thị trấn Hương Khê hoặc qua số điện thoại 0239.3871.215 để được hướng dẫn.

Thanh Hà - Phòng giao dịch NHCSXH huyện Hương Khê
"""

Y9 = P("9 tháng", "2024-01-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9_I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
AS = P("Đến 30/9/2024", None, "2024-09-30")
AS_I = P("Đến 30/9/2024", None, "2024-09-30", inherited=True)
F24 = P("đến 31/12/2024", None, "2024-12-31")
TOT = ty(612.4)
figs = [
    F("Hơn 38 tỷ đồng", "38", ty(38), "money", "đồng", "vốn chính sách đến với người dân", approx="over", period=Y9),
    F("đạt 38,6 tỷ đồng", "38,6", ty(38.6), "money", "đồng", "doanh số cho vay",
      change={"direction": "increase", "value": 12.4, "unit": "%", "baseline": "cùng kỳ"}, period=N9),
    F("với 1.043 lượt hộ", "1.043", 1043, "count", "lượt hộ", "lượt hộ được vay vốn", period=N9),
    F("đạt 27,9 tỷ đồng", "27,9", ty(27.9), "money", "đồng", "Doanh số thu nợ", period=N9_I),
    F("đạt 612,4 tỷ đồng", "612,4", TOT, "money", "đồng", "tổng dư nợ", period=AS),
    F("với 11.286 hộ", "11.286", 11286, "count", "hộ", "hộ còn dư nợ", period=AS),
    F("bình quân 54,3 triệu đồng/hộ", "54,3", tr(54.3), "money", "đồng/hộ", "dư nợ bình quân", period=AS),
    F("hộ nghèo 118,2 tỷ đồng", "118,2", ty(118.2), "money", "đồng", "dư nợ cho vay hộ nghèo", total=TOT, period=AS_I),
    F("cận nghèo 96,5 tỷ đồng", "96,5", ty(96.5), "money", "đồng", "dư nợ cho vay hộ cận nghèo", total=TOT, period=AS_I),
    F("thoát nghèo 74,8 tỷ đồng", "74,8", ty(74.8), "money", "đồng", "dư nợ cho vay hộ mới thoát nghèo", total=TOT, period=AS_I),
    F("khó khăn 21,3 tỷ đồng", "21,3", ty(21.3), "money", "đồng", "dư nợ cho vay học sinh sinh viên có hoàn cảnh khó khăn", total=TOT, period=AS_I),
    F("còn 312 triệu đồng", "312", tr(312), "money", "đồng", "Nợ quá hạn", percent=0.05, period=AS_I),
    F("19/21 xã", "19", 19, "count", "xã, thị trấn", "xã, thị trấn không có nợ quá hạn", total=21, period=AS_I),
    F("có 214 Tổ", "214", 214, "count", "Tổ tiết kiệm và vay vốn", "Tổ tiết kiệm và vay vốn (TK&VV)", period=AS_I),
    F("196 tổ xếp loại tốt", "196", 196, "count", "tổ", "tổ xếp loại tốt", total=214, percent=91.6, period=AS_I),
    F("15 tổ loại khá", "15", 15, "count", "tổ", "tổ loại khá", total=214, period=AS_I),
    F("3 tổ loại trung bình", "3", 3, "count", "tổ", "tổ loại trung bình", total=214, period=AS_I),
    F("qua 4 tổ chức", "4", 4, "count", "tổ chức hội, đoàn thể", "tổ chức hội, đoàn thể nhận ủy thác", optional=True),
    F("chiếm 99,8% tổng dư nợ", "99,8", 99.8, "percent", "%", "Dư nợ ủy thác qua tổ chức hội, đoàn thể", period=AS_I),
    F("đạt 24,7 tỷ đồng", "24,7", ty(24.7), "money", "đồng", "Tiền gửi tiết kiệm của tổ viên",
      change={"direction": "increase", "value": ty(3.1), "unit": "đồng", "baseline": "đầu năm"}, period=AS_I),
    F("khoảng 628 tỷ đồng", "628", ty(628), "money", "đồng", "tổng dư nợ", approx="about", status="forecast",
      change={"direction": "increase", "value": 2.5, "unit": "%", "baseline": "thời điểm 30/9"}, period=F24),
]
write(2, A, figs, [
    "Cổng TTĐT huyện Hương Khê (district portal, Hà Tĩnh): PGD NHCSXH huyện, 9 months of 2024. Dateline 'Thứ Hai, 07/10/2024 - 15:20', byline at the end.",
    "Distractors: address 'số 12 đường Hà Huy Tập', phone '0239.3871.215', 'thời điểm 30/9' (change baseline), the dateline.",
    "Location: the district (Hương Khê) for all figures. Headline '9 tháng' takes the year of published (2024).",
    "'Trong đó' after the 612,4 tỷ whole: the programme balances get total 612,4 tỷ; '214 Tổ ..., trong đó 196/15/3 tổ': total 214, '(chiếm 91,6%)' is 196's percent.",
    "'4 tổ chức hội, đoàn thể' is structure: optional. 'dự kiến' gives forecast; 'tăng 2,5% so với thời điểm 30/9' is its change.",
], published="2024-10-07", location="Hương Khê")

"""p1087-8: Báo Cao Bằng online, chợ trâu bò Nà Giàng (Hà Quảng), 11 months of 2023; headline figure, (BCB) tag."""
from lib import F, make, period, inherit, change

TEXT = """Kinh tế | Nông nghiệp
Thứ Sáu, 08/12/2023 | 15:40

Hơn 9.000 con trâu, bò giao dịch tại chợ Nà Giàng trong 11 tháng

(BCB) - 11 tháng năm 2023, chợ trâu, bò Nà Giàng (xã Phù Ngọc, huyện Hà Quảng) đã tổ chức 66 phiên, giao dịch 9.146 con trâu, bò, trong đó trâu 3.862 con, bò 5.284 con; tổng giá trị giao dịch ước đạt 312 tỷ đồng, bình quân khoảng 4,7 tỷ đồng/phiên.

Chợ họp vào các ngày 4, 9, 14, 19, 24 và 29 âm lịch hằng tháng, cách Tỉnh lộ 210 không xa. Bình quân mỗi phiên có 130-150 con, phiên đông nhất có 320 con. Giá trâu dao động từ 30-60 triệu đồng/con, bò từ 20-40 triệu đồng/con; trâu, bò được thương lái mua chủ yếu đưa về các tỉnh Thái Nguyên, Bắc Giang và Hà Nội. Theo ông Nông Văn Hùng, Trưởng Ban quản lý chợ, giá trâu, bò năm nay thấp hơn khoảng 10% so với năm 2022.

Năm 2023, UBND huyện Hà Quảng giao Ban quản lý chợ thu phí 30.000 đồng/con; tính đến 30/11, số phí thu được đạt 274,38 triệu đồng, vượt 9,8% kế hoạch năm.

Trạm Chăn nuôi và Thú y huyện phối hợp với Đội Quản lý thị trường số 3 kiểm tra lâm sàng 8.720 con, chiếm 95,3% số trâu, bò vào chợ; tiêm phòng viêm da nổi cục cho 1.150 con; không phát hiện ổ dịch nào tại chợ.

Năm 2024, huyện phấn đấu thu phí đạt 320 triệu đồng, đồng thời dự kiến đầu tư 4,5 tỷ đồng xây dựng khu chuồng trại có mái che rộng 2.000 m2.

Thu Hà
"""

M11h = period("11 tháng", "2023-01-01", "2023-11-30")
M11 = period("11 tháng năm 2023", "2023-01-01", "2023-11-30")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
TO = period("tính đến 30/11", None, "2023-11-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 9.000 con", "9.000", 9000, "count", "con", "trâu, bò giao dịch tại chợ Nà Giàng", M11h, approx="over"),
    F("tổ chức 66 phiên", "66", 66, "count", "phiên", "phiên chợ tổ chức", M11),
    F("giao dịch 9.146 con", "9.146", 9146, "count", "con", "trâu, bò giao dịch", M11),
    F("trâu 3.862 con", "3.862", 3862, "count", "con", "trâu giao dịch", M11, total=9146),
    F("bò 5.284 con", "5.284", 5284, "count", "con", "bò giao dịch", M11, total=9146),
    F("ước đạt 312 tỷ đồng", "312", 312e9, "money", "đồng", "tổng giá trị giao dịch", M11, status="estimate"),
    F("khoảng 4,7 tỷ đồng/phiên", "4,7", 4.7e9, "money", "đồng/phiên", "giá trị giao dịch bình quân mỗi phiên", M11,
      approx="about", status="estimate"),
    F("có 130-150 con", "130", 130, "measure", "con/phiên", "trâu, bò bình quân mỗi phiên", inherit(M11), value_max=150),
    F("có 320 con", "320", 320, "count", "con", "trâu, bò phiên đông nhất", inherit(M11)),
    F("từ 30-60 triệu", "30", 30e6, "money", "đồng/con", "giá trâu", value_max=60e6),
    F("từ 20-40 triệu", "20", 20e6, "money", "đồng/con", "giá bò", value_max=40e6),
    F("khoảng 10% so", "10", 10, "percent", "%", "giá trâu, bò thấp hơn so với năm 2022",
      period("năm nay", "2023-01-01", "2023-12-31"), approx="about"),
    F("phí 30.000 đồng/con", "30.000", 30000, "money", "đồng/con", "mức thu phí", Y23),
    F("đạt 274,38 triệu đồng", "274,38", 274.38e6, "money", "đồng", "số phí thu được", TO,
      change=change("increase", 9.8, "%", "kế hoạch năm")),
    F("lâm sàng 8.720 con", "8.720", 8720, "count", "con", "trâu, bò được kiểm tra lâm sàng", inherit(M11), percent=95.3),
    F("cho 1.150 con", "1.150", 1150, "count", "con", "trâu, bò được tiêm phòng viêm da nổi cục", inherit(M11)),
    F("đạt 320 triệu đồng", "320", 320e6, "money", "đồng", "thu phí", Y24, status="target"),
    F("tư 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "vốn đầu tư xây dựng khu chuồng trại có mái che", Y24,
      status="forecast"),
    F("rộng 2.000 m2", "2.000", 2000, "measure", "m2", "diện tích khu chuồng trại có mái che", Y24, status="forecast"),
]

make("p1087-8", TEXT, FIGS, published="2023-12-08", location="Hà Quảng", notes=[
    "Báo Cao Bằng online, (BCB) tag: chợ trâu, bò Nà Giàng (xã Phù Ngọc, huyện Hà Quảng), 11 months of 2023; headline figure.",
    "All figures are the market's: location Hà Quảng (district named); destination provinces (Thái Nguyên, Bắc Giang, Hà Nội) are not places of figures.",
    "Year-less headline '11 tháng' takes 2023 (dateline). 'vượt 9,8% kế hoạch năm' is a gap to plan: change with that baseline.",
    "The inspection and vaccination sentence has no period phrase: 11 tháng năm 2023 inherited.",
    "Distractors: lunar market days 4, 9, 14, 19, 24, 29; Tỉnh lộ 210; Đội Quản lý thị trường số 3; dateline Thứ Sáu 15:40.",
])

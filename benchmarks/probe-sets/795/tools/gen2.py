"""p795-2: district portal (Tri Tôn, An Giang), chợ bò Lương Phi, quý I/2024."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRI TÔN
Trang chủ > Tin tức > Kinh tế - Nông nghiệp
Chợ bò Lương Phi nhộn nhịp sau Tết
Thứ Năm, 14/03/2024 - 10:20

Quý I/2024, chợ gia súc xã Lương Phi – chợ bò lớn nhất huyện Tri Tôn – đã tiếp nhận 4.120 con bò đưa về giao dịch, tăng 460 con so với cùng kỳ năm 2023. Chợ họp 3 phiên mỗi tuần vào thứ Hai, thứ Tư và thứ Sáu, bình quân 330 con/phiên; phiên đông nhất ngày 26/02 có gần 600 con.

Theo Ban quản lý chợ, lượng bò bán ra ước đạt khoảng 3.500 con, chiếm hơn 85% số bò đưa về chợ. Bò thịt loại 1 có giá từ 72.000 đến 78.000 đồng/kg hơi, giảm khoảng 5.000 đồng/kg so với cuối năm 2023; bò giống từ 18-22 triệu đồng/con. Thương lái chủ yếu đến từ Long An, Tiền Giang, Bình Dương và TP. Hồ Chí Minh, mỗi chuyến xe tải chở 12-15 con.

Ông Chau Sóc Kha, Trưởng Ban quản lý chợ, cho biết phí vào chợ hiện là 30.000 đồng/con, phí trông giữ xe tải 50.000 đồng/lượt. Từ đầu năm đến nay, chợ thu được 118,6 triệu đồng, trong đó nộp ngân sách xã 83 triệu đồng.

Chợ hiện có diện tích 0,8 ha, vào mùa cao điểm thường xuyên quá tải. Năm 2024, UBND huyện bố trí 4,6 tỷ đồng nâng cấp chợ; dự kiến mở rộng diện tích lên 1,2 ha, xây mới 2 dãy chuồng trại với sức chứa 800 con, lắp đặt cân điện tử 5 tấn và khu khử trùng tiêu độc. Công trình dự kiến hoàn thành trong quý III/2024, nâng số bò giao dịch lên 1.000 con/tuần.

Ngọc Hân
Địa chỉ: ấp Ba Xoài, xã Lương Phi, Tỉnh lộ 948, huyện Tri Tôn, tỉnh An Giang. Điện thoại: 0296.3874.215
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
DAY = P("ngày 26/02", "2024-02-26", "2024-02-26")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiếp nhận 4.120 con", "4.120", 4120, "count", "con", "bò đưa về giao dịch tại chợ gia súc xã Lương Phi", Q1,
      change=C("increase", 460, "con", "cùng kỳ năm 2023")),
    F("họp 3 phiên", "3", 3, "count", "phiên", "phiên chợ mỗi tuần", optional=True),
    F("330 con/phiên", "330", 330, "measure", "con/phiên", "bò giao dịch bình quân mỗi phiên", I(Q1)),
    F("gần 600 con", "600", 600, "count", "con", "bò về chợ phiên đông nhất", DAY, approx="nearly"),
    F("khoảng 3.500 con", "3.500", 3500, "count", "con", "bò bán ra", I(Q1), approx="about", percent=85,
      status="estimate"),
    F("từ 72.000 đến 78.000", "72.000", 72000, "money", "đồng/kg", "giá bò thịt loại 1", value_max=78000,
      change=C("decrease", 5000, "đồng/kg", "cuối năm 2023", approx="about")),
    F("18-22 triệu", "18", 18000000, "money", "đồng/con", "giá bò giống", value_max=22000000),
    F("chở 12-15 con", "12", 12, "count", "con", "bò mỗi chuyến xe tải chở", value_max=15),
    F("30.000 đồng/con", "30.000", 30000, "money", "đồng/con", "phí vào chợ"),
    F("50.000 đồng/lượt", "50.000", 50000, "money", "đồng/lượt", "phí trông giữ xe tải"),
    F("118,6 triệu", "118,6", 118600000, "money", "đồng", "tiền chợ thu được", YTD),
    F("83 triệu", "83", 83000000, "money", "đồng", "tiền chợ nộp ngân sách xã", YTD, total=118600000),
    F("diện tích 0,8 ha", "0,8", 0.8, "measure", "ha", "diện tích chợ hiện có"),
    F("bố trí 4,6 tỷ", "4,6", 4600000000, "money", "đồng", "kinh phí UBND huyện bố trí nâng cấp chợ", Y24),
    F("lên 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích chợ sau mở rộng", Y24, status="forecast"),
    F("xây mới 2 dãy", "2", 2, "count", "dãy chuồng trại", "dãy chuồng trại xây mới", Y24, status="forecast"),
    F("sức chứa 800 con", "800", 800, "count", "con", "sức chứa chuồng trại", Y24, status="forecast"),
    F("cân điện tử 5 tấn", "5", 5, "measure", "tấn", "tải trọng cân điện tử", status="forecast", optional=True),
    F("1.000 con/tuần", "1.000", 1000, "measure", "con/tuần", "bò giao dịch mỗi tuần sau nâng cấp", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Tri Tôn (An Giang): chợ bò xã Lương Phi quý I/2024, giá, phí, nâng cấp chợ. Location: the district.",
    "'3 phiên mỗi tuần' is structure (optional); weekdays are names. 'ngày 26/02' is the date of the busiest session (a one-day period).",
    "'chiếm hơn 85%' is the share of 3.500 con (percent attribute); '83 triệu' follows 'trong đó' after 118,6 triệu (total).",
    "'dự kiến' governs 1,2 ha, 2 dãy, 800 con and the spec of the scale (5 tấn, optional); 'quý III/2024' is a completion date, not a period.",
    "Distractors: Tỉnh lộ 948, phone 0296.3874.215, 10:20, ấp Ba Xoài.",
]

write("p795-2", TEXT, FIGS, COMMENTS, published="2024-03-14", location="Tri Tôn")

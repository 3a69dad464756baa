from lib import *

TEXT = """An Giang siết chặt quản lý khai thác cát, sỏi lòng sông
Cập nhật: 08/10/2024 15:20
Lượt xem: 2.317

Theo báo cáo của Sở Tài nguyên và Môi trường, 9 tháng năm 2024, toàn tỉnh có 21 giấy phép khai thác cát, sỏi lòng sông còn hiệu lực, với tổng trữ lượng được phép khai thác khoảng 18,6 triệu m³ và tổng công suất 3,2 triệu m³/năm. Trong 9 tháng, sản lượng khai thác thực tế ước đạt 2,15 triệu m³, bằng 67,2% công suất cấp phép, giảm 8,5% so với cùng kỳ năm 2023.

Tổng thu ngân sách từ hoạt động khai thác cát đạt 46,8 tỷ đồng, trong đó tiền cấp quyền khai thác khoáng sản 19,3 tỷ đồng, thuế tài nguyên 21,7 tỷ đồng, phí bảo vệ môi trường 5,8 tỷ đồng.

Sản lượng khai thác tập trung ở các địa phương ven sông Tiền, sông Hậu: thị xã Tân Châu 620.000 m³, huyện Chợ Mới 540.000 m³, huyện An Phú 410.000 m³ và huyện Phú Tân 305.000 m³. Các mỏ còn lại chủ yếu phục vụ san lấp mặt bằng tại chỗ.

Về công tác kiểm tra, xử lý vi phạm, từ đầu năm đến nay lực lượng chức năng đã phát hiện, xử lý 74 vụ khai thác cát trái phép, tăng 11 vụ so với cùng kỳ; xử phạt vi phạm hành chính hơn 2,9 tỷ đồng, tịch thu 19 phương tiện và gần 3.400 m³ cát. Trong số 74 vụ, có 52 vụ do Công an tỉnh phát hiện (chiếm 70,3%), còn lại do Bộ đội Biên phòng và UBND cấp huyện phát hiện.

Thực hiện Quyết định số 2157/QĐ-UBND ngày 12/12/2023 của UBND tỉnh, năm 2025 tỉnh phấn đấu giảm ít nhất 20% số vụ khai thác cát trái phép so với năm 2024, đồng thời đưa tỷ lệ mỏ cát lắp đặt camera giám sát đạt 100%. Người dân phát hiện hành vi khai thác trái phép có thể báo qua đường dây nóng 0296.3852.145 hoặc trực tiếp tại trụ sở Sở, số 828 Trần Hưng Đạo, TP Long Xuyên.
"""

P9 = dict(text="9 tháng năm 2024", start="2024-01-01", end="2024-09-30")
P9i = dict(P9, inherited=True)
PT9 = dict(text="Trong 9 tháng", start="2024-01-01", end="2024-09-30")
PD = dict(text="từ đầu năm đến nay", start="2024-01-01", end="2024-10-08")
PDi = dict(PD, inherited=True)
P25 = dict(text="năm 2025", start="2025-01-01", end="2025-12-31")
T = 46.8e9

F = [
    fig("có 21 giấy phép", "21", 21, "count", "giấy phép", "giấy phép khai thác cát, sỏi lòng sông còn hiệu lực", P9),
    fig("khoảng 18,6 triệu m³", "18,6", 18.6e6, "measure", "m³", "tổng trữ lượng được phép khai thác", P9, approx="about"),
    fig("công suất 3,2 triệu m³/năm", "3,2", 3.2e6, "measure", "m³/năm", "tổng công suất", P9),
    fig("ước đạt 2,15 triệu m³", "2,15", 2.15e6, "measure", "m³", "sản lượng khai thác thực tế", PT9,
        percent=67.2, change=chg("decrease", 8.5, baseline="cùng kỳ năm 2023"), status="estimate"),
    fig("cát đạt 46,8 tỷ đồng", "46,8", T, "money", "đồng", "tổng thu ngân sách từ hoạt động khai thác cát", P9i),
    fig("khoáng sản 19,3 tỷ đồng", "19,3", 19.3e9, "money", "đồng", "tiền cấp quyền khai thác khoáng sản", P9i, total=T),
    fig("tài nguyên 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "thuế tài nguyên", P9i, total=T),
    fig("môi trường 5,8 tỷ đồng", "5,8", 5.8e9, "money", "đồng", "phí bảo vệ môi trường", P9i, total=T),
    fig("Tân Châu 620.000 m³", "620.000", 620000, "measure", "m³", "sản lượng khai thác", P9i, location="Tân Châu"),
    fig("Chợ Mới 540.000 m³", "540.000", 540000, "measure", "m³", "sản lượng khai thác", P9i, location="Chợ Mới"),
    fig("An Phú 410.000 m³", "410.000", 410000, "measure", "m³", "sản lượng khai thác", P9i, location="An Phú"),
    fig("Phú Tân 305.000 m³", "305.000", 305000, "measure", "m³", "sản lượng khai thác", P9i, location="Phú Tân"),
    fig("xử lý 74 vụ", "74", 74, "count", "vụ", "vụ khai thác cát trái phép", PD,
        change=chg("increase", 11, unit="vụ", baseline="cùng kỳ")),
    fig("hơn 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "xử phạt vi phạm hành chính", PD, approx="over"),
    fig("tịch thu 19 phương tiện", "19", 19, "count", "phương tiện", "phương tiện tịch thu", PD),
    fig("gần 3.400 m³", "3.400", 3400, "measure", "m³", "cát tịch thu", PD, approx="nearly"),
    fig("Trong số 74 vụ", "74", 74, "count", "vụ", "vụ khai thác cát trái phép", PDi, optional=True),
    fig("có 52 vụ", "52", 52, "count", "vụ", "vụ do Công an tỉnh phát hiện", PDi, total=74, percent=70.3),
    fig("ít nhất 20%", "20", 20, "percent", "%", "giảm số vụ khai thác cát trái phép", P25, approx="at_least", status="target"),
    fig("đạt 100%", "100", 100, "percent", "%", "tỷ lệ mỏ cát lắp đặt camera giám sát", P25, status="target"),
]

write("p440-1", TEXT, [
    "Cổng TTĐT tỉnh An Giang (province portal): river-sand licences, reserves, output, revenue and enforcement, 9 months 2024.",
    "Dateline 'Cập nhật: 08/10/2024 15:20'. Distractors: 'Lượt xem: 2.317', Quyết định số 2157/QĐ-UBND ngày 12/12/2023, hotline 0296.3852.145, address số 828.",
    "Revenue parts after 'trong đó' take total 46,8 tỷ. District list after ':' follows no figure in its sentence, so no total; districts go to location.",
    "'từ đầu năm đến nay' runs 2024-01-01 to the dateline. 'tăng 11 vụ so với cùng kỳ' is the change of 74 vụ (unit vụ).",
    "'Trong số 74 vụ' restates the earlier count: optional. 'chiếm 70,3%' is the percent of 52 vụ, total 74.",
], F, published="2024-10-08", location="An Giang")

from lib import *

text = """
BÁO NGHỆ AN
Kinh tế | Nông nghiệp

Nghệ An đẩy mạnh cải tạo đàn bò, hướng tới chăn nuôi hàng hóa

Xuân Hoàng  09/09/2024 07:30

(Baonghean.vn) - Sau hơn 3 năm thực hiện Đề án phát triển chăn nuôi giai đoạn 2021-2025, đàn bò của Nghệ An không chỉ tăng về số lượng mà chất lượng giống cũng được cải thiện rõ rệt.

Theo Sở Nông nghiệp và Phát triển nông thôn, đến tháng 6/2024, tổng đàn bò toàn tỉnh có khoảng 497.000 con, tăng 2,8% so với năm 2021; trong đó bò lai chiếm 52,6%, tăng 7,1 điểm phần trăm. Đàn bò sữa đạt 68.700 con, tập trung chủ yếu tại Nghĩa Đàn (45.200 con), thị xã Thái Hòa (9.850 con) và Quỳnh Lưu (6.300 con); sản lượng sữa tươi năm 2023 đạt 316.000 tấn, đứng đầu cả nước.

Để nâng cao tầm vóc đàn bò thịt, giai đoạn 2021-2025 tỉnh hỗ trợ 65.000 liều tinh bò thịt cao sản (BBB, Charolais, Droughtmaster) cho các huyện miền núi; riêng 8 tháng năm 2024 đã phối được 14.320 con, vượt 9,2% kế hoạch. Theo Nghị quyết số 17/2021/NQ-HĐND của HĐND tỉnh, mỗi con bò đực giống được hỗ trợ 15 triệu đồng.

Theo đánh giá của ngành chuyên môn, bê lai BBB lúc 12 tháng tuổi đạt trọng lượng 300-350 kg, giá bán cao hơn bò địa phương cùng độ tuổi từ 8 đến 10 triệu đồng/con. Nhiều hộ ở huyện Tân Kỳ đã chuyển sang nuôi bò vỗ béo quy mô 20-50 con, lợi nhuận đạt 120-150 triệu đồng/hộ/năm.

Diện tích trồng cỏ toàn tỉnh hiện đạt 10.420 ha, tăng gần 1.200 ha so với năm 2020; riêng Công ty CP Thực phẩm sữa TH có khoảng 2.500 ha cỏ và ngô sinh khối.

Mục tiêu đến năm 2025, tỷ lệ bò lai toàn tỉnh đạt trên 60%, đàn bò sữa đạt 80.000 con; đến năm 2030, sản lượng sữa tươi đạt khoảng 450.000 tấn/năm.
"""

T6 = P("đến tháng 6/2024", None, "2024-06-30")
T6i = P("đến tháng 6/2024", None, "2024-06-30", inherited=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("khoảng 497.000 con", "497.000", 497000, "count", "con", "tổng đàn bò", approx="about",
      change=C("increase", 2.8, "%", "năm 2021"), period=T6),
    F("chiếm 52,6%", "52,6", 52.6, "percent", "%", "bò lai", change=C("increase", 7.1, "điểm phần trăm"), period=T6),
    F("đạt 68.700 con", "68.700", 68700, "count", "con", "đàn bò sữa", period=T6i),
    F("(45.200 con)", "45.200", 45200, "count", "con", "đàn bò sữa", location="Nghĩa Đàn", period=T6i),
    F("(9.850 con)", "9.850", 9850, "count", "con", "đàn bò sữa", location="Thái Hòa", period=T6i),
    F("(6.300 con)", "6.300", 6300, "count", "con", "đàn bò sữa", location="Quỳnh Lưu", period=T6i),
    F("đạt 316.000 tấn", "316.000", 316000, "measure", "tấn", "sản lượng sữa tươi", period=Y23),
    F("hỗ trợ 65.000 liều", "65.000", 65000, "count", "liều", "liều tinh bò thịt cao sản hỗ trợ cho các huyện miền núi", period=G),
    F("được 14.320 con", "14.320", 14320, "count", "con", "bò được phối tinh bò thịt cao sản",
      change=C("increase", 9.2, "%", "kế hoạch"), period=M8),
    F("hỗ trợ 15 triệu đồng", "15", 15000000, "money", "đồng", "mức hỗ trợ mỗi con bò đực giống"),
    F("lúc 12 tháng tuổi", "12", 12, "measure", "tháng tuổi", "tuổi bê lai BBB", optional=True),
    F("300-350 kg", "300", 300, "measure", "kg", "trọng lượng bê lai BBB lúc 12 tháng tuổi", value_max=350),
    F("từ 8 đến 10 triệu đồng/con", "8", 8000000, "money", "đồng/con",
      "giá bán bê lai BBB cao hơn bò địa phương cùng độ tuổi", value_max=10000000),
    F("quy mô 20-50 con", "20", 20, "count", "con", "quy mô nuôi bò vỗ béo", value_max=50, location="Tân Kỳ"),
    F("120-150 triệu đồng/hộ/năm", "120", 120000000, "money", "đồng/hộ/năm", "lợi nhuận nuôi bò vỗ béo",
      value_max=150000000, location="Tân Kỳ"),
    F("đạt 10.420 ha", "10.420", 10420, "measure", "ha", "diện tích trồng cỏ toàn tỉnh",
      change=C("increase", 1200, "ha", "năm 2020", approx="nearly")),
    F("khoảng 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích cỏ và ngô sinh khối của Công ty CP Thực phẩm sữa TH", approx="about"),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ bò lai toàn tỉnh", approx="over", status="target", period=Y25),
    F("đạt 80.000 con", "80.000", 80000, "count", "con", "đàn bò sữa", status="target", period=Y25),
    F("khoảng 450.000 tấn/năm", "450.000", 450000, "measure", "tấn/năm", "sản lượng sữa tươi", approx="about",
      status="target", period=Y30),
]

build("p313-3", [
    "Báo Nghệ An (Party newspaper): beef and dairy herd, crossbred share, dairy districts, beef-semen programme, BBB calf weights and price gap,",
    "grass area, 2025/2030 targets. Byline + bare 'dd/mm/yyyy hh:mm' dateline. Distractors: 'hơn 3 năm' (duration), giai đoạn 2021-2025 in the",
    "plan's name, Nghị quyết số 17/2021/NQ-HĐND, breed names, 'đứng đầu cả nước' (rank without a number, not annotated).",
    "'bò lai chiếm 52,6%' has no count of its own: a percent figure (not a share attribute of 497.000), carrying 'tăng 7,1 điểm phần trăm'.",
    "District list in brackets after 'tập trung chủ yếu tại' (no part-of cue): no total; district → location. 'vượt 9,2% kế hoạch' = change vs plan.",
    "'cao hơn bò địa phương … từ 8 đến 10 triệu đồng/con' has no base figure to attach to: a money figure of its own. '12 tháng tuổi' (age) optional.",
], text, figs, location="Nghệ An", published="2024-09-09")

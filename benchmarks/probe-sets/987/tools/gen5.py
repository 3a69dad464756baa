"""p987-5: Báo Hải Dương (provincial Party paper), freshwater pearl mussels in thị xã Kinh Môn; byline + bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Nuôi trai lấy ngọc nước ngọt ở Kinh Môn

Từ vài ao thử nghiệm, đến nay thị xã Kinh Môn đã có 17 hộ và một hợp tác xã nuôi trai lấy ngọc nước ngọt với tổng diện tích gần 24 ha mặt nước, nhiều ao nằm ven Quốc lộ 17B.

Hợp tác xã Dịch vụ nông nghiệp An Sinh (phường An Sinh) là đơn vị đi đầu. Năm 2023, hợp tác xã thả nuôi 45.000 con trai cánh, thu hoạch khoảng 9.800 viên ngọc, doanh thu đạt 2,3 tỷ đồng, lãi gần 900 triệu đồng. Theo ông Nguyễn Văn Tư, Giám đốc hợp tác xã, sau 18-24 tháng cấy nhân, trai cho bình quân 10-20 viên ngọc/con. Trai giống được mua với giá 25.000 đồng/con. Giá ngọc trai nước ngọt thô từ 40.000 đến 120.000 đồng/viên tùy kích cỡ; ngọc đã chế tác thành vòng cổ bán với giá 1,5-3 triệu đồng/chiếc.

Toàn thị xã hiện có khoảng 210.000 con trai đang nuôi. Sản lượng năm 2023 đạt hơn 41.000 viên ngọc, giá trị ước 6,8 tỷ đồng, tăng 2,1 lần so với năm 2021. Thu nhập của người nuôi trai bình quân 8-10 triệu đồng/người/tháng, cao hơn 35% so với trồng lúa.

Theo Nghị quyết số 08/2021/NQ-HĐND, giai đoạn 2021-2025 tỉnh hỗ trợ 50% kinh phí mua trai giống, tối đa 30 triệu đồng/hộ. Thị xã đặt mục tiêu đến năm 2025 mở rộng diện tích nuôi trai lên 40 ha, hình thành 2 điểm du lịch trải nghiệm gắn với làng nghề. Khó khăn hiện nay là nguồn vốn: để cải tạo một ha ao nuôi trai cần trên 300 triệu đồng, trong khi nhiều hộ chỉ vay được dưới 100 triệu đồng.

MINH TUẤN
26/3/2024
"""

NOW = P("đến nay", None, "2024-03-26")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đã có 17 hộ", "17", 17, "count", "hộ", "hộ nuôi trai lấy ngọc nước ngọt", NOW),
    F("và một hợp tác xã", "một", 1, "count", "hợp tác xã", "hợp tác xã nuôi trai lấy ngọc nước ngọt", NOW),
    F("gần 24 ha", "24", 24, "measure", "ha", "diện tích mặt nước nuôi trai lấy ngọc nước ngọt", NOW, approx="nearly"),
    F("thả nuôi 45.000 con", "45.000", 45000, "count", "con", "trai cánh hợp tác xã thả nuôi", Y23),
    F("khoảng 9.800 viên", "9.800", 9800, "count", "viên ngọc", "ngọc hợp tác xã thu hoạch", Y23, approx="about"),
    F("đạt 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "doanh thu của hợp tác xã", Y23),
    F("lãi gần 900 triệu", "900", 900e6, "money", "đồng", "lãi của hợp tác xã", Y23, approx="nearly"),
    F("sau 18-24 tháng", "18", 18, "measure", "tháng", "thời gian nuôi sau cấy nhân", value_max=24, optional=True),
    F("bình quân 10-20 viên", "10", 10, "measure", "viên ngọc/con", "số viên ngọc mỗi con trai cho", value_max=20),
    F("25.000 đồng/con", "25.000", 25000, "money", "đồng/con", "giá trai giống"),
    F("từ 40.000 đến 120.000", "40.000", 40000, "money", "đồng/viên", "giá ngọc trai nước ngọt thô",
      value_max=120000),
    F("giá 1,5-3 triệu", "1,5", 1.5e6, "money", "đồng/chiếc", "giá vòng cổ ngọc trai chế tác", value_max=3e6),
    F("khoảng 210.000 con", "210.000", 210000, "count", "con", "trai đang nuôi", approx="about"),
    F("hơn 41.000 viên", "41.000", 41000, "count", "viên ngọc", "sản lượng ngọc trai",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("ước 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "giá trị sản lượng ngọc trai",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate",
      change=C("increase", 2.1, "lần", "năm 2021")),
    F("bình quân 8-10 triệu", "8", 8e6, "money", "đồng/người/tháng", "thu nhập của người nuôi trai", value_max=10e6,
      change=C("increase", 35, baseline="trồng lúa")),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "hỗ trợ kinh phí mua trai giống",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), location="Hải Dương"),
    F("tối đa 30 triệu", "30", 30e6, "money", "đồng/hộ", "mức hỗ trợ kinh phí mua trai giống",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="at_most", location="Hải Dương"),
    F("lên 40 ha", "40", 40, "measure", "ha", "diện tích nuôi trai", T25, status="target"),
    F("hình thành 2 điểm", "2", 2, "count", "điểm du lịch trải nghiệm", "điểm du lịch trải nghiệm gắn với làng nghề",
      T25, status="target"),
    F("trên 300 triệu", "300", 300e6, "money", "đồng", "vốn cải tạo một ha ao nuôi trai", approx="over"),
    F("dưới 100 triệu", "100", 100e6, "money", "đồng", "vốn vay của nhiều hộ", approx="under"),
]

NOTES = [
    "Báo Hải Dương: trai lấy ngọc nước ngọt ở thị xã Kinh Môn; byline MINH TUẤN and bare date 26/3/2024 at the end.",
    "'đến nay' = as of the published date. 'một hợp tác xã' is a count (number word). Location Kinh Môn (town);",
    "the province's support (50%, tối đa 30 triệu đồng/hộ) is Hải Dương. 'tăng 2,1 lần so với năm 2021' is the change of 6,8 tỷ;",
    "'cao hơn 35% so với trồng lúa' the change of the income range. '18-24 tháng' (culture time) optional.",
    "'10-20 viên ngọc/con' is a rate (measure, like bác sĩ/1 vạn dân). Sentences with 'hiện' get no period. Distractors: Quốc lộ 17B, Nguyễn Văn Tư, Nghị quyết số 08/2021/NQ-HĐND, 26/3/2024.",
]

write("p987-5", TEXT, FIGS, NOTES, published="2024-03-26", location="Kinh Môn")

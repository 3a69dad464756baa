"""p1012-4: ministry site (Bộ NN&PTNT), national picture of buoy replacement, 2023-2024."""
from lib import fig, period, inherit, change, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Thủy sản
22/03/2024 15:30

Đẩy mạnh thay thế phao xốp trong nuôi trồng thủy sản trên biển

Theo Cục Thủy sản, năm 2023 diện tích nuôi biển cả nước đạt 52.600 ha, tăng 6,8% so với năm 2022; sản lượng ước đạt 850.000 tấn. Cả nước có khoảng 298.000 ô lồng nuôi trên biển, trong đó lồng truyền thống chiếm gần 88%.

Đến hết năm 2023, 16/28 tỉnh, thành phố ven biển đã ban hành chính sách hỗ trợ người nuôi chuyển đổi vật liệu nổi. Cả nước đã thay thế khoảng 3,4 triệu quả phao xốp, chiếm 61% số phao xốp sử dụng trong nuôi biển. Các địa phương dẫn đầu lần lượt là Quảng Ninh (1,69 triệu quả), Khánh Hòa (520.000 quả), Phú Yên (140.300 quả) và Hải Phòng (118.000 quả).

Đại diện Cục Thủy sản cho biết, phao HDPE có giá 200.000-350.000 đồng/quả, trong khi phao xốp chỉ khoảng 60.000-80.000 đồng/quả; song phao HDPE có tuổi thọ 10-15 năm và có thể tái chế. Việc thay phao giúp giảm khoảng 70% rác thải nhựa phát sinh từ lồng bè.

Theo Quyết định số 1664/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2030 diện tích nuôi trồng thủy sản trên biển đạt 300.000 ha, sản lượng 1,45 triệu tấn. Cục Thủy sản đặt mục tiêu đến năm 2025 có 100% lồng bè sử dụng vật liệu nổi đạt quy chuẩn. Dự kiến năm 2024, cả nước sẽ thay thế thêm khoảng 1,5 triệu quả phao xốp.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
END23 = period("Đến hết năm 2023", None, "2023-12-31")
LIST = "phao xốp đã thay thế"

F = [
    fig("đạt 52.600 ha", "52.600", 52600, "measure", "ha", "diện tích nuôi biển", Y23,
        change=change("increase", 6.8, "%", "năm 2022")),
    fig("ước đạt 850.000 tấn", "850.000", 850000, "measure", "tấn", "sản lượng nuôi biển", Y23, status="estimate"),
    fig("khoảng 298.000 ô lồng", "298.000", 298000, "count", "ô lồng", "ô lồng nuôi trên biển", inherit(Y23), approx="about"),
    fig("chiếm gần 88%", "88", 88, "percent", "%", "lồng truyền thống trong tổng số ô lồng nuôi trên biển", inherit(Y23),
        approx="nearly"),
    fig("16/28 tỉnh", "16", 16, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển đã ban hành chính sách hỗ trợ chuyển đổi vật liệu nổi",
        END23, total=28),
    fig("khoảng 3,4 triệu quả", "3,4", 3.4e6, "count", "quả phao xốp", LIST, inherit(END23), approx="about", percent=61),
    fig("Quảng Ninh (1,69 triệu quả)", "1,69", 1.69e6, "count", "quả", LIST, inherit(END23), location="Quảng Ninh"),
    fig("Khánh Hòa (520.000 quả)", "520.000", 520000, "count", "quả", LIST, inherit(END23), location="Khánh Hòa"),
    fig("Phú Yên (140.300 quả)", "140.300", 140300, "count", "quả", LIST, inherit(END23), location="Phú Yên"),
    fig("Hải Phòng (118.000 quả)", "118.000", 118000, "count", "quả", LIST, inherit(END23), location="Hải Phòng"),
    fig("giá 200.000-350.000", "200.000", 200000, "money", "đồng/quả", "giá phao HDPE", value_max=350000),
    fig("khoảng 60.000-80.000", "60.000", 60000, "money", "đồng/quả", "giá phao xốp", value_max=80000, approx="about"),
    fig("tuổi thọ 10-15 năm", "10", 10, "measure", "năm", "tuổi thọ phao HDPE", value_max=15),
    fig("giảm khoảng 70%", "70", 70, "percent", "%", "rác thải nhựa phát sinh từ lồng bè", approx="about"),
    fig("đạt 300.000 ha", "300.000", 300000, "measure", "ha", "diện tích nuôi trồng thủy sản trên biển",
        period("đến năm 2030", None, "2030-12-31"), status="target"),
    fig("1,45 triệu tấn", "1,45", 1.45e6, "measure", "tấn", "sản lượng nuôi trồng thủy sản trên biển",
        period("đến năm 2030", None, "2030-12-31"), status="target"),
    fig("có 100% lồng bè", "100", 100, "percent", "%", "lồng bè sử dụng vật liệu nổi đạt quy chuẩn",
        period("đến năm 2025", None, "2025-12-31"), status="target"),
    fig("khoảng 1,5 triệu quả", "1,5", 1.5e6, "count", "quả phao xốp", "phao xốp thay thế thêm",
        period("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national marine farming area/output 2023, cages, provinces with policies, buoys replaced, prices, targets.",
    "'trong đó lồng truyền thống chiếm gần 88%' is a share with no count: a percent figure of its own (no total).",
    "'lần lượt là Quảng Ninh (1,69 triệu quả), …' a ranking list sharing the indicator; items are locations; no total (they do not add up).",
    "'16/28 tỉnh, thành phố' is a count of provinces: location Việt Nam. 'sản lượng ước đạt' continues the năm 2023 sentence: estimate.",
    "Distractors: 15:30, Quyết định số 1664/QĐ-TTg, Số 2 Ngọc Hà, 024.3846.8161, năm 2022 (baseline).",
]

write(4, TEXT, F, NOTES, published="2024-03-22", location="Việt Nam")

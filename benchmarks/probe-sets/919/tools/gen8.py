"""p919-8: provincial newspaper online (Báo Bạc Liêu, tag (BL)), shallot harvest in Vĩnh Trạch Đông, 2025."""
from lib import P, I, C, fig, build

TEXT = """Kinh tế
Vĩnh Trạch Đông thu gần 90 tỷ đồng từ cây hành tím
Cập nhật lúc 15:30, Thứ ba, 18/02/2025

(BL) - Vụ hành tím năm nay, nông dân xã Vĩnh Trạch Đông (TP. Bạc Liêu) xuống giống 520 ha, tăng 35 ha so với năm trước. Đến nay, bà con đã thu hoạch được hơn 80% diện tích. Năng suất bình quân 22 tấn/ha, có nơi đạt 28 tấn/ha; sản lượng ước đạt 11.440 tấn. Toàn xã hiện có khoảng 1.150 hộ trồng hành tím.

Đầu vụ, giá hành tím tươi dao động 7.000-8.000 đồng/kg, hiện tăng lên 10.000 đồng/kg. Với giá này, tổng doanh thu ước đạt 88,5 tỷ đồng. Sau khi trừ chi phí khoảng 120 triệu đồng/ha, nông dân lãi 45-55 triệu đồng/ha.

Ông Lâm Văn Tư, Giám đốc HTX Hành tím Vĩnh Trạch Đông (ấp Giồng Giữa A) cho biết, HTX có 45 thành viên, năm nay ký hợp đồng bao tiêu 600 tấn hành tím cho 2 doanh nghiệp xuất khẩu sang Malaysia, Singapore.

Theo Sở Nông nghiệp và PTNT, năm 2024 toàn tỉnh có 1.650 ha hành tím, sản lượng 34.600 tấn; xuất khẩu khoảng 1.200 tấn, chiếm 3,5% sản lượng. Năm 2025, tỉnh phấn đấu nâng diện tích lên 1.800 ha, trong đó 300 ha sản xuất theo hướng hữu cơ, theo Nghị quyết số 05/2024/NQ-HĐND.

Hành tím được trồng trên nền đất giồng cát dọc Quốc lộ 1A, cách trung tâm thành phố khoảng 10 km.

Tin, ảnh: NGỌC HÂN
"""

Y = P("Vụ hành tím năm nay", "2025-01-01", "2025-12-31")
Y2 = P("năm nay", "2025-01-01", "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("thu gần 90 tỷ đồng", "90", 90e9, "money", "đồng", "doanh thu từ cây hành tím", approx="nearly"),
    fig("xuống giống 520 ha", "520", 520, "measure", "ha", "diện tích hành tím xuống giống", Y,
        change=C("increase", 35, "ha", "năm trước")),
    fig("hơn 80% diện tích", "80", 80, "percent", "%", "diện tích hành tím đã thu hoạch",
        P("Đến nay", None, "2025-02-18"), approx="over"),
    fig("bình quân 22 tấn/ha", "22", 22, "measure", "tấn/ha", "năng suất hành tím bình quân", I(Y)),
    fig("đạt 28 tấn/ha", "28", 28, "measure", "tấn/ha", "năng suất hành tím có nơi", I(Y)),
    fig("ước đạt 11.440 tấn", "11.440", 11440, "measure", "tấn", "sản lượng hành tím", I(Y), status="estimate"),
    fig("khoảng 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ trồng hành tím xã Vĩnh Trạch Đông", approx="about"),
    fig("7.000-8.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", "giá hành tím tươi đầu vụ", value_max=8000),
    fig("lên 10.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá hành tím tươi hiện nay"),
    fig("ước đạt 88,5 tỷ đồng", "88,5", 88.5e9, "money", "đồng", "tổng doanh thu hành tím", I(Y),
        status="estimate"),
    fig("khoảng 120 triệu đồng/ha", "120", 120e6, "money", "đồng/ha", "chi phí sản xuất hành tím",
        approx="about"),
    fig("lãi 45-55 triệu đồng/ha", "45", 45e6, "money", "đồng/ha", "lãi của nông dân trồng hành tím",
        value_max=55e6),
    fig("có 45 thành viên", "45", 45, "count", "thành viên", "thành viên HTX Hành tím Vĩnh Trạch Đông"),
    fig("bao tiêu 600 tấn", "600", 600, "measure", "tấn", "hành tím ký hợp đồng bao tiêu", Y2),
    fig("cho 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu bao tiêu hành tím", Y2),
    fig("có 1.650 ha", "1.650", 1650, "measure", "ha", "diện tích hành tím", Y24),
    fig("sản lượng 34.600 tấn", "34.600", 34600, "measure", "tấn", "sản lượng hành tím", Y24),
    fig("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", "hành tím xuất khẩu", Y24, approx="about",
        percent=3.5),
    fig("lên 1.800 ha", "1.800", 1800, "measure", "ha", "diện tích hành tím", Y25, status="target"),
    fig("trong đó 300 ha", "300", 300, "measure", "ha", "diện tích hành tím sản xuất theo hướng hữu cơ", Y25,
        status="target", total=1800),
    fig("khoảng 10 km", "10", 10, "measure", "km", "khoảng cách vùng trồng hành tím đến trung tâm thành phố",
        approx="about", optional=True),
]

NOTES = [
    "Báo Bạc Liêu online, tag '(BL) -', headline figure; dateline 'Cập nhật lúc 15:30, Thứ ba, 18/02/2025'.",
    "Xã Vĩnh Trạch Đông lies in TP. Bạc Liêu: location 'Bạc Liêu' for both commune and province figures.",
    "'năm nay' = 2025; 'Đến nay' = as of the dateline. 'tăng lên 10.000 đồng/kg' states the new level: no change.",
    "Not figures: 'Lâm Văn Tư' (name), 'ấp Giồng Giữa A', 'Quốc lộ 1A', 'Nghị quyết số 05/2024/NQ-HĐND', '(BL)', 15:30.",
    "'khoảng 10 km' (distance to the city centre, description of the place) optional.",
]

build(8, TEXT, FIGS, published="2025-02-18", location="Bạc Liêu", notes=NOTES)

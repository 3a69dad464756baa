"""p904-8: provincial newspaper online (Báo Phú Thọ), headline figure, (BPT) tag: làng trống Thanh Đình, Việt Trì, 2025."""
from lib import F, write, period, inherit, change, target

TEXT = """
BÁO PHÚ THỌ ĐIỆN TỬ
Kinh tế

Làng trống Thanh Đình thu gần 20 tỷ đồng mỗi năm
Cập nhật: 09:10, 04/04/2025

(BPT) - Những ngày trước Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Ất Tỵ 2025, làng nghề trống Thanh Đình (xã Thanh Đình, TP Việt Trì) nhộn nhịp hơn hẳn. Từ đầu tháng 3/2025 đến nay, các cơ sở trong làng đã giao hơn 1.350 chiếc trống hội cho các đoàn rước và đình, đền trong tỉnh, tăng 25% so với cùng kỳ năm 2024.

Theo UBND xã Thanh Đình, năm 2024 làng trống sản xuất 6.800 chiếc trống các loại, doanh thu gần 20 tỷ đồng, lợi nhuận bình quân khoảng 25-30% doanh thu. Trong đó, trống trường học là 3.900 chiếc, trống hội và trống đình 2.100 chiếc, còn lại là trống lân và trống biểu diễn.

Làng hiện có 19 cơ sở và 74 hộ làm trống, thu hút 260 lao động, trong đó 35 lao động là người cao tuổi. Thu nhập bình quân của thợ làm trống đạt 7,5 triệu đồng/người/tháng; thợ lành nghề 10-12 triệu đồng/người/tháng. Giá mỗi chiếc trống hội mặt 1 m từ 25 đến 30 triệu đồng. Giá da trâu nguyên liệu hiện khoảng 68.000 đồng/kg, tăng 10% so với đầu năm 2024.

Năm 2025, xã đặt mục tiêu doanh thu từ nghề trống đạt 22 tỷ đồng, có thêm 2 sản phẩm đạt chuẩn OCOP. Dự kiến trong năm 2025, khu trưng bày trống trên đường Hùng Vương sẽ đón khoảng 5.000 lượt khách.

Mai Lan
"""

SINCE = period("Từ đầu tháng 3/2025 đến nay", "2025-03-01", "2025-04-04")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
Y25f = period("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thu gần 20 tỷ đồng mỗi năm", "20", 20e9, "money", "đồng/năm", "doanh thu làng trống Thanh Đình",
      approx="nearly"),
    F("hơn 1.350 chiếc", "1.350", 1350, "count", "chiếc trống hội", "trống hội đã giao", SINCE, approx="over",
      change=change("increase", 25, "%", "cùng kỳ năm 2024")),
    F("sản xuất 6.800 chiếc", "6.800", 6800, "count", "chiếc trống", "trống các loại sản xuất", Y24),
    F("doanh thu gần 20 tỷ đồng", "20", 20e9, "money", "đồng", "doanh thu làng trống", Y24, approx="nearly"),
    F("khoảng 25-30%", "25", 25, "percent", "%", "lợi nhuận bình quân trên doanh thu", Y24, value_max=30,
      approx="about"),
    F("là 3.900 chiếc", "3.900", 3900, "count", "chiếc", "trống trường học", inherit(Y24), total=6800),
    F("đình 2.100 chiếc", "2.100", 2100, "count", "chiếc", "trống hội và trống đình", inherit(Y24), total=6800),
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở làm trống"),
    F("và 74 hộ", "74", 74, "count", "hộ", "hộ làm trống"),
    F("thu hút 260 lao động", "260", 260, "count", "lao động", "lao động làm trống"),
    F("35 lao động", "35", 35, "count", "lao động", "lao động là người cao tuổi", total=260),
    F("đạt 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của thợ làm trống"),
    F("nghề 10-12 triệu", "10", 10e6, "money", "đồng/người/tháng", "thu nhập của thợ lành nghề", value_max=12e6),
    F("mặt 1 m", "1", 1, "measure", "m", "mặt trống hội", optional=True),
    F("từ 25 đến 30 triệu", "25", 25e6, "money", "đồng", "giá mỗi chiếc trống hội", value_max=30e6),
    F("khoảng 68.000 đồng/kg", "68.000", 68000, "money", "đồng/kg", "giá da trâu nguyên liệu", approx="about",
      change=change("increase", 10, "%", "đầu năm 2024")),
    F("đạt 22 tỷ đồng", "22", 22e9, "money", "đồng", "doanh thu từ nghề trống", Y25, status="target"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP", Y25, status="target"),
    F("khoảng 5.000 lượt khách", "5.000", 5000, "count", "lượt khách", "lượt khách đến khu trưng bày trống", Y25f,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Phú Thọ điện tử, `(BPT) -`: làng trống Thanh Đình (xã Thanh Đình, TP Việt Trì) before Giỗ Tổ 2025; headline figure `gần 20 tỷ đồng mỗi năm`.",
    "Location is the city (Việt Trì). The headline figure is a yearly amount (unit đồng/năm, no period); the body's 2024 revenue is its own figure.",
    "`Trong đó` parts (next sentence) take the 6.800 drums as whole and inherit năm 2024; `trong đó 35 lao động` takes the 260.",
    "Not figures: năm Ất Tỵ 2025, đường Hùng Vương, 09:10, `mỗi chiếc`. Optional: `mặt 1 m`.",
]

write(8, TEXT, FIGS, COMMENTS, published="2025-04-04", location="Việt Trì")

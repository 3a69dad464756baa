import sys
from lib import F, P, I, CH, TG, emit

TEXT = """Người nuôi cá mú lồng ở Kiên Hải gặp khó vì giá giảm

(BKG) - Những tháng đầu năm nay, giá cá mú thương phẩm giảm mạnh khiến nhiều hộ nuôi cá lồng bè trên biển ở huyện Kiên Hải lao đao.

Theo Phòng Nông nghiệp và PTNT huyện Kiên Hải, toàn huyện hiện có 412 hộ nuôi với 5.860 lồng, tổng thể tích khoảng 268.000 m³. Trong đó, xã Lại Sơn có 2.340 lồng, xã Hòn Tre 1.925 lồng, xã An Sơn 1.110 lồng và xã Nam Du 485 lồng. Sản lượng cá nuôi lồng năm 2023 đạt 1.480 tấn, trong đó cá mú chiếm khoảng 65%.

Hiện giá cá mú đỏ tại lồng chỉ còn 300.000 - 330.000 đồng/kg, giảm gần 40% so với cùng kỳ năm 2023; cá mú cọp từ 150.000 đến 170.000 đồng/kg. Với giá này, người nuôi lỗ từ 30.000 - 50.000 đồng/kg.

Ông Danh Hùng, ngụ ấp Bãi Nhà A, xã Lại Sơn, chủ 24 lồng nuôi, cho biết: “Tôi đang có khoảng 6 tấn cá mú đến kỳ thu hoạch nhưng thương lái trả giá thấp quá, bán thì lỗ mà giữ lại thì tốn thêm tiền thức ăn”.

Bên cạnh đó, đợt dông lốc cuối tháng 8/2023 làm 37 lồng bị hư hỏng, thiệt hại khoảng 1,2 tỷ đồng. Ngân hàng Chính sách xã hội huyện đã cho 96 hộ nuôi vay với dư nợ 14,5 tỷ đồng.

Năm 2024, huyện phấn đấu chuyển đổi 1.000 lồng gỗ sang lồng nhựa HDPE và nâng tỷ lệ hộ nuôi có ghi chép nhật ký lên 70%.

NGỌC TRÂM
18/03/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T8 = P("cuối tháng 8/2023", "2023-08-01", "2023-08-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 412 hộ", "412", 412, "count", "hộ", "hộ nuôi"),
    F("với 5.860 lồng", "5.860", 5860, "count", "lồng", "lồng nuôi"),
    F("khoảng 268.000 m³", "268.000", 268000, "measure", "m³", "tổng thể tích lồng nuôi", approx="about"),
    F("có 2.340 lồng", "2.340", 2340, "count", "lồng", "lồng nuôi", total=5860),
    F("Tre 1.925 lồng", "1.925", 1925, "count", "lồng", "lồng nuôi", total=5860),
    F("Sơn 1.110 lồng", "1.110", 1110, "count", "lồng", "lồng nuôi", total=5860),
    F("Du 485 lồng", "485", 485, "count", "lồng", "lồng nuôi", total=5860),
    F("đạt 1.480 tấn", "1.480", 1480, "measure", "tấn", "sản lượng cá nuôi lồng", Y23),
    F("khoảng 65%", "65", 65, "percent", "%", "tỷ trọng cá mú trong sản lượng cá nuôi lồng", Y23, approx="about"),
    F("300.000 - 330.000", "300.000", 300000, "money", "đồng/kg", "giá cá mú đỏ tại lồng", value_max=330000,
      change=CH("decrease", 40, baseline="cùng kỳ năm 2023", approx="nearly")),
    F("từ 150.000 đến 170.000", "150.000", 150000, "money", "đồng/kg", "giá cá mú cọp", value_max=170000),
    F("từ 30.000 - 50.000", "30.000", 30000, "money", "đồng/kg", "mức lỗ của người nuôi", value_max=50000),
    F("chủ 24 lồng", "24", 24, "count", "lồng", "lồng nuôi của ông Danh Hùng"),
    F("khoảng 6 tấn", "6", 6, "measure", "tấn", "cá mú đến kỳ thu hoạch", approx="about"),
    F("làm 37 lồng", "37", 37, "count", "lồng", "lồng bị hư hỏng do dông lốc", T8),
    F("khoảng 1,2 tỷ", "1,2", 1200000000, "money", "đồng", "thiệt hại do dông lốc", T8, approx="about"),
    F("cho 96 hộ", "96", 96, "count", "hộ", "hộ nuôi được Ngân hàng Chính sách xã hội cho vay"),
    F("dư nợ 14,5 tỷ", "14,5", 14500000000, "money", "đồng", "dư nợ cho vay hộ nuôi"),
    F("chuyển đổi 1.000 lồng", "1.000", 1000, "count", "lồng", "lồng gỗ chuyển đổi sang lồng nhựa HDPE", Y24,
      status="target"),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ hộ nuôi có ghi chép nhật ký", Y24, status="target"),
]

COMMENTS = [
    "Báo Kiên Giang (Party newspaper, tag BKG, byline and date at the end): grouper cage farming in Kiên Hải district, prices, losses, credit.",
    "Every figure is about Kiên Hải district; communes in the 'Trong đó' list stay 'Kiên Hải' and take the 5.860 whole (they add up).",
    "'cá mú chiếm khoảng 65%' has no cá mú amount, so it is a percent figure of its own. 'Hiện' gives no period.",
    "'cùng kỳ năm 2023' is a change baseline, not a period. Quoted farmer figures (24 lồng, 6 tấn) are figures.",
    "revised after the first scoring: 412 hộ subject was 'hộ nuôi cá lồng bè trên biển' (words from the lead); the spec's subject is",
    "the indicator as its own sentence names it ('412 hộ nuôi'), so now 'hộ nuôi'.",
    "Distractors: ấp Bãi Nhà A, the date line 18/03/2024.",
]

if __name__ == "__main__":
    sys.exit(1 if emit("p619-5", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Kiên Hải") else 0)

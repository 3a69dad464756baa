"""p1246-5: Party newspaper (Báo Quảng Nam, QNO): bí đỏ hồ lô in huyện Đại Lộc; province area, rank, OCOP target."""
from lib import fig, per, inh, year, chg, write

TEXT = """BÁO QUẢNG NAM
Thời sự | Kinh tế | Nông nghiệp - Nông thôn | Xã hội

Chủ nhật, 21/04/2024 - 07:15

Bí đỏ hồ lô giúp nông dân Đại Lộc tăng thu nhập

Năm nay, nông dân huyện Đại Lộc xuống giống hơn 260 ha bí đỏ hồ lô trên chân đất lúa kém hiệu quả. Với giá bán ổn định, mỗi héc-ta bí cho lãi gần gấp đôi trồng lúa.

(QNO) - Ông Lê Văn Ba ở thôn Tích Phú, xã Đại Hồng trồng 5 sào bí đỏ hồ lô. Theo ông Ba, mỗi sào (500 m2) thu khoảng 1,5 tấn quả; với giá 11.000 đồng/kg, trừ chi phí, ông lãi từ 8 đến 10 triệu đồng/sào, cao gấp đôi trồng lúa.

Theo Phòng Nông nghiệp và PTNT huyện Đại Lộc, năng suất bí đỏ bình quân vụ này đạt 28 tấn/ha, sản lượng ước đạt 7.300 tấn. Huyện có 3 cơ sở thu mua và 1 tổ hợp tác (Tổ hợp tác bí đỏ Đại Hồng 2) liên kết bao tiêu 85 ha, chiếm gần 33% diện tích.

Chị Trần Thị Sáu, chủ cơ sở thu mua Sáu Hồng ở thị trấn Ái Nghĩa, cho biết mỗi ngày cơ sở xuất đi Đà Nẵng, TP Hồ Chí Minh khoảng 15 tấn bí, thuê ba chục lao động phân loại, đóng gói.

Toàn tỉnh Quảng Nam năm 2024 có khoảng 1.150 ha bí đỏ, tăng 90 ha so với năm 2023; Đại Lộc đứng thứ hai toàn tỉnh về diện tích, sau huyện Thăng Bình. Tỉnh đặt mục tiêu đến năm 2025 có ít nhất 2 sản phẩm bí đỏ đạt OCOP 3 sao trở lên.

VĂN SỰ

Bình luận (0)
Tin liên quan:
- Đại Lộc: Hội thi nhà nông giỏi lần thứ 4
- Duy Xuyên ra mắt tổ hợp tác trồng rau an toàn
"""

NOW = year("Năm nay", 2024)
Y24 = year("năm 2024", 2024)
T25 = per("đến năm 2025", None, "2025-12-31")
DL = "Đại Lộc"

FIGS = [
    fig("hơn 260 ha", "260", 260, "measure", "ha", approx="over", subject="diện tích bí đỏ hồ lô xuống giống",
        period=NOW, location=DL),
    fig("gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly", subject="lãi mỗi héc-ta bí so với trồng lúa",
        location=DL),
    fig("trồng 5 sào", "5", 5, "measure", "sào", subject="diện tích bí đỏ hồ lô ông Lê Văn Ba trồng", location=DL),
    fig("(500 m2)", "500", 500, "measure", "m2", subject="diện tích mỗi sào", location=DL, optional=True),
    fig("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn/sào", approx="about", subject="sản lượng bí mỗi sào",
        location=DL),
    fig("giá 11.000 đồng/kg", "11.000", 11000, "money", "đồng/kg", subject="giá bí đỏ hồ lô", location=DL),
    fig("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/sào", value_max=10e6,
        change=chg("increase", 2, "lần", "trồng lúa"), subject="lãi trồng bí đỏ", location=DL),
    fig("đạt 28 tấn/ha", "28", 28, "measure", "tấn/ha", subject="năng suất bí đỏ bình quân", location=DL),
    fig("ước đạt 7.300 tấn", "7.300", 7300, "measure", "tấn", status="estimate", subject="sản lượng bí đỏ",
        location=DL),
    fig("có 3 cơ sở", "3", 3, "count", "cơ sở thu mua", subject="cơ sở thu mua bí đỏ", location=DL),
    fig("và 1 tổ hợp tác", "1", 1, "count", "tổ hợp tác", subject="tổ hợp tác liên kết bao tiêu", location=DL),
    fig("bao tiêu 85 ha", "85", 85, "measure", "ha", percent=33, subject="diện tích liên kết bao tiêu",
        location=DL),
    fig("khoảng 15 tấn", "15", 15, "measure", "tấn/ngày", approx="about",
        subject="bí cơ sở thu mua Sáu Hồng xuất đi mỗi ngày", location=DL),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động",
        subject="lao động cơ sở thuê phân loại, đóng gói", location=DL),
    fig("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", approx="about",
        change=chg("increase", 90, "ha", "năm 2023"), subject="diện tích bí đỏ toàn tỉnh", period=Y24),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="diện tích bí đỏ", period=Y24, location=DL),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm bí đỏ đạt OCOP 3 sao trở lên", period=T25),
]

NOTES = [
    "Party newspaper (Báo Quảng Nam): menu, 'Chủ nhật, 21/04/2024 - 07:15' (published), headline, sapo, tag '(QNO) -', byline 'VĂN SỰ', comments, related links.",
    "Đại Lộc passage: all farm, district and buyer figures → location Đại Lộc (xã Đại Hồng, thị trấn Ái Nghĩa are in it); province total → Quảng Nam.",
    "'gần gấp đôi trồng lúa' in the sapo stands alone as the claim → multiple 2 lần, nearly. In the body 'cao gấp đôi trồng lúa' follows the profit → change 2 lần.",
    "'mỗi sào (500 m2)' defines the unit: optional. 'mỗi sào thu khoảng 1,5 tấn' → tấn/sào; 'mỗi ngày ... khoảng 15 tấn' → tấn/ngày. 'ba chục lao động' = 30.",
    "'chiếm gần 33% diện tích' → percent 33 of the 85 ha. 'vụ này' is no datable period. 'Đại Lộc đứng thứ hai toàn tỉnh' continues the 'năm 2024' sentence.",
    "Names with numbers are not figures: 'ông Lê Văn Ba', 'ông Ba', 'Chị Trần Thị Sáu', 'Sáu Hồng', 'Tổ hợp tác bí đỏ Đại Hồng 2', 'OCOP 3 sao', 'Bình luận (0)', 'lần thứ 4'.",
]

if __name__ == "__main__":
    write("p1246-5", TEXT, NOTES, FIGS, published="2024-04-21", location="Quảng Nam")

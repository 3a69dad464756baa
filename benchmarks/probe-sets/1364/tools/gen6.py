"""p1364-6: national newspaper (weekday dateline with GMT+7): Shan tuyết tea trees in Hoàng Su Phì (Hà Giang) recognised."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự | Kinh doanh | Du lịch | Khoa học | Đời sống
Du lịch > Điểm đến

Chè Shan tuyết trăm tuổi ở Hà Giang thành Cây Di sản

Thứ bảy, 12/10/2024, 07:00 (GMT+7)

Quần thể 420 cây chè Shan tuyết cổ thụ ở xã Nậm Ty vừa được công nhận Cây Di sản Việt Nam, giúp giá chè búp tươi tăng gấp đôi.

Quần thể nằm ở thôn Lùng Khảo, xã Nậm Ty, huyện Hoàng Su Phì, ở độ cao khoảng 1.300 m so với mực nước biển. Cây lớn nhất cao gần 12 m, chu vi gốc 2,8 m, được các nhà khoa học ước tính hơn 400 năm tuổi.

Ông Sìn Văn Chảo, 58 tuổi, có 36 cây chè cổ thụ trong quần thể. Mỗi cây cho thu hoạch 15-20 kg búp tươi mỗi năm. "Năm ngoái gia đình tôi thu khoảng 180 triệu đồng từ chè, năm nay thương lái trả cao hơn nên dự kiến thu hơn 300 triệu", ông Chảo nói.

Theo UBND huyện Hoàng Su Phì, sau khi được công nhận, chè búp tươi từ cây cổ thụ được thu mua với giá 40.000-50.000 đồng/kg, gấp khoảng 4 lần chè thường; chè thành phẩm bán với giá 1,2-1,5 triệu đồng/kg.

Toàn huyện có hơn 5.600 ha chè, trong đó khoảng 70% là chè Shan tuyết. Năm nay, xã Nậm Ty đón hàng nghìn lượt khách đến tham quan quần thể chè cổ, gấp đôi năm 2023.

Theo Hội Bảo vệ Thiên nhiên và Môi trường Việt Nam, cả nước hiện có 6 quần thể chè Shan tuyết được công nhận Cây Di sản Việt Nam, ở Hà Giang, Yên Bái, Lào Cai và Sơn La, với tổng cộng hơn 2.100 cây.

Thanh Hà

Chia sẻ | Bình luận (12)
"""

LAST = per("Năm ngoái", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
NOW2 = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("trăm tuổi", "trăm", 100, "measure", "năm", optional=True),
    fig("Quần thể 420 cây", "420", 420, "count", "cây", subject="quần thể chè Shan tuyết cổ thụ"),
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="giá chè búp tươi"),
    fig("khoảng 1.300 m", "1.300", 1300, "measure", "m", approx="about", subject="độ cao của quần thể"),
    fig("gần 12 m", "12", 12, "measure", "m", approx="nearly", subject="chiều cao cây lớn nhất"),
    fig("gốc 2,8 m", "2,8", 2.8, "measure", "m", subject="chu vi gốc cây lớn nhất"),
    fig("hơn 400 năm", "400", 400, "measure", "năm", approx="over", status="estimate", subject="tuổi cây lớn nhất"),
    fig("58 tuổi", "58", 58, "measure", "tuổi", optional=True),
    fig("có 36 cây", "36", 36, "count", "cây", subject="cây chè cổ thụ của ông Sìn Văn Chảo"),
    fig("15-20 kg", "15", 15, "measure", "kg/cây/năm", value_max=20, subject="búp tươi thu hoạch mỗi cây"),
    fig("khoảng 180 triệu", "180", 180e6, "money", "đồng", approx="about", subject="thu nhập từ chè của gia đình",
        period=LAST),
    fig("hơn 300 triệu", "300", 300e6, "money", "đồng", approx="over", status="forecast",
        subject="thu nhập từ chè của gia đình", period=NOW),
    fig("giá 40.000-50.000", "40.000", 40000, "money", "đồng/kg", value_max=50000,
        change=chg("increase", 4, "lần", "chè thường", approx="about"), subject="giá thu mua chè búp tươi từ cây cổ thụ"),
    fig("1,2-1,5 triệu", "1,2", 1.2e6, "money", "đồng/kg", value_max=1.5e6, subject="giá chè thành phẩm"),
    fig("hơn 5.600 ha", "5.600", 5600, "measure", "ha", approx="over", subject="diện tích chè toàn huyện"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="chè Shan tuyết trong diện tích chè"),
    fig("hàng nghìn lượt", "hàng nghìn", 1000, "count", "lượt khách", approx="about",
        change=chg("increase", 2, "lần", "năm 2023"), subject="lượt khách đến tham quan quần thể chè cổ", period=NOW2),
    fig("có 6 quần thể", "6", 6, "count", "quần thể", subject="quần thể chè Shan tuyết được công nhận Cây Di sản Việt Nam",
        location="Việt Nam"),
    fig("hơn 2.100 cây", "2.100", 2100, "count", "cây", approx="over", subject="cây chè Shan tuyết trong các quần thể",
        location="Việt Nam"),
]

NOTES = [
    "National newspaper: section menu, 'Thứ bảy, 12/10/2024, 07:00 (GMT+7)' (published), sapo, quote, byline, 'Bình luận (12)'.",
    "Distractors: '(GMT+7)', '07:00', 'Bình luận (12)' (comment count), baseline 'năm 2023'. Optional: 'trăm tuổi' (an idiom for",
    "'very old' in the headline) and '58 tuổi' (a person's age in an apposition).",
    "Location: the quần thể is in xã Nậm Ty, huyện Hoàng Su Phì → Hoàng Su Phì (also for the sapo, which names only the commune);",
    "'cả nước hiện có 6 quần thể ... hơn 2.100 cây' → Việt Nam (a list of provinces after a national count does not make it provincial).",
    "'tăng gấp đôi' standing as the claim → multiple 2. 'gấp khoảng 4 lần chè thường', 'gấp đôi năm 2023' after a figure → change in lần.",
    "'Năm ngoái' = 2023, 'năm nay' = 2024 (published). 'dự kiến thu hơn 300 triệu' → forecast; 'ước tính hơn 400 năm tuổi' → estimate.",
    "'Mỗi cây ... 15-20 kg búp tươi mỗi năm' → unit kg/cây/năm. 'trong đó khoảng 70% là chè Shan tuyết' → a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1364-6", TEXT, NOTES, FIGS, published="2024-10-12", location="Hoàng Su Phì")

"""p1329-8: radio/TV site (Đài PT-TH Hậu Giang): farmers in Long Mỹ sell fresh paddy at the field."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """HGTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẬU GIANG
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Nông dân Long Mỹ bán lúa tươi ngay tại ruộng

05/04/2025 - 18:30 | Nông nghiệp

(HGTV) - Vụ lúa Đông Xuân 2024-2025, huyện Long Mỹ xuống giống 11.560 ha, đến nay đã thu hoạch được 95% diện tích. Năng suất bình quân đạt khoảng 7 tấn/ha, có nơi đạt 8 tấn/ha.

Thương lái thu mua lúa tươi ngay tại ruộng với giá 6.800 đồng/kg đối với lúa OM 5451, lúa Đài thơm 8 khoảng 7.300 đồng/kg. So với đầu vụ, giá lúa tăng 400-500 đồng/kg.

Chị Nguyễn Thị Bé Hai, ngụ xã Lương Tâm, cho biết: "Ruộng nhà tôi 12 công, thu được 9,6 tấn lúa tươi, bán cho thương lái hơn 65 triệu đồng. Trừ hết chi phí còn lời khoảng 30 triệu".

Theo Phòng Kinh tế huyện Long Mỹ, năm nay huyện có 3 hợp tác xã tham gia Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp với diện tích 1.250 ha. Doanh nghiệp cam kết thu mua lúa của các hợp tác xã này với giá không thấp hơn 7.000 đồng/kg. Mục tiêu đến năm 2030, diện tích tham gia đề án của huyện đạt 5.000 ha, chiếm khoảng 45% diện tích lúa.

Hồng Nhung - Minh Trí
Lượt xem: 326

Tin cùng chuyên mục:
- Hậu Giang: Giá lúa tăng nhẹ sau Tết
- Phụng Hiệp ra quân diệt chuột bảo vệ lúa Hè Thu 2025
"""

YEAR = per("năm nay", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("xuống giống 11.560 ha", "11.560", 11560, "measure", "ha",
        subject="diện tích lúa Đông Xuân 2024-2025 xuống giống"),
    fig("được 95% diện tích", "95", 95, "percent", "%", subject="diện tích lúa đã thu hoạch"),
    fig("khoảng 7 tấn/ha", "7", 7, "measure", "tấn/ha", approx="about", subject="năng suất bình quân"),
    fig("đạt 8 tấn/ha", "8", 8, "measure", "tấn/ha", subject="năng suất có nơi đạt"),
    fig("giá 6.800 đồng/kg", "6.800", 6800, "money", "đồng/kg",
        subject="giá lúa tươi OM 5451 thương lái thu mua tại ruộng"),
    fig("khoảng 7.300 đồng/kg", "7.300", 7300, "money", "đồng/kg", approx="about",
        subject="giá lúa Đài thơm 8 thương lái thu mua tại ruộng"),
    fig("tăng 400-500", "400", 400, "money", "đồng/kg", value_max=500, subject="giá lúa"),
    fig("tôi 12 công", "12", 12, "measure", "công", subject="ruộng nhà chị Nguyễn Thị Bé Hai"),
    fig("được 9,6 tấn", "9,6", 9.6, "measure", "tấn", subject="lúa tươi thu được"),
    fig("hơn 65 triệu", "65", 65e6, "money", "đồng", approx="over", subject="tiền bán lúa cho thương lái"),
    fig("khoảng 30 triệu", "30", 30e6, "money", "đồng", approx="about", subject="lời sau khi trừ chi phí"),
    fig("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã",
        subject="hợp tác xã tham gia Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao",
        period=YEAR),
    fig("một triệu héc-ta", "một", 1e6, "measure", "héc-ta", status="target",
        subject="diện tích chuyên canh lúa chất lượng cao, phát thải thấp", optional=True),
    fig("diện tích 1.250 ha", "1.250", 1250, "measure", "ha",
        subject="diện tích hợp tác xã tham gia đề án", period=YEAR),
    fig("hơn 7.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", approx="at_least",
        subject="giá doanh nghiệp cam kết thu mua lúa của các hợp tác xã"),
    fig("đạt 5.000 ha", "5.000", 5000, "measure", "ha", status="target", percent=45,
        subject="diện tích tham gia đề án của huyện", period=T30),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hậu Giang, HGTV): channel banner, menu, '05/04/2025 - 18:30 | Nông nghiệp', tag '(HGTV) -', bylines,",
    "'Lượt xem: 326', related links. Place: huyện Long Mỹ.",
    "Distractors: 18:30, 'Lượt xem: 326', OM 5451, Đài thơm 8, the name 'Bé Hai', 'vụ Đông Xuân 2024-2025', 'Hè Thu 2025' in a link.",
    "'Đề án ... một triệu héc-ta ...' is a programme name that also states a national target size: optional.",
    "'So với đầu vụ, giá lúa tăng 400-500 đồng/kg': a rise with no base price is itself the claim → money figure, no change object.",
    "'không thấp hơn 7.000 đồng/kg' = 'không dưới' → at_least. 'lời khoảng 30 triệu' is money in đồng (unit implied).",
    "'12 công' (local area unit) is a measure. 'năm nay' → 2025 (published). 'Mục tiêu đến năm 2030' → target, end 2030-12-31;",
    "'chiếm khoảng 45%' is the percent attribute of 5.000 ha.",
]

if __name__ == "__main__":
    write("p1329-8", TEXT, NOTES, FIGS, published="2025-04-05", location="Long Mỹ")

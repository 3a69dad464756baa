"""p919-6: national newspaper, garlic on the Đồng Văn plateau (Hà Giang), 2024."""
from lib import P, I, C, fig, build

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 6/7/2024, 08:15 (GMT+7)
Tỏi Đồng Văn được mùa, giá tăng gấp rưỡi

Nông dân cao nguyên đá Hà Giang thu hoạch hơn 1.900 tấn tỏi, giá bán tại vườn cao gấp rưỡi năm ngoái.

Tại huyện Đồng Văn, năm nay bà con trồng 215 ha tỏi, tăng 20 ha so với năm 2023, tập trung ở các xã Sà Phìn, Sủng Là, Lũng Cú dọc Quốc lộ 4C. Năng suất đạt 55-60 tạ/ha, sản lượng ước đạt 1.240 tấn.

Ông Vàng Mí Lử, Chủ tịch UBND xã Sủng Là, cho biết toàn xã có 312 hộ trồng tỏi trên diện tích 48 ha. Mỗi hộ thu trung bình 40-50 triệu đồng từ cây tỏi mỗi vụ. Năm 2023, xã có 27 hộ thoát nghèo nhờ trồng tỏi. "Trước đây tỏi chủ yếu để ăn, nay đã thành hàng hóa", ông nói.

Hiện tỏi khô Đồng Văn được thương lái thu mua 80.000-100.000 đồng/kg; tỏi cô đơn đóng hộp bán lẻ 250.000 đồng/kg. Từ đầu năm đến nay, các hợp tác xã ở Đồng Văn đã tiêu thụ hơn 300 tấn tỏi qua sàn thương mại điện tử, gấp 3 lần cả năm 2023.

Theo Sở Nông nghiệp và PTNT Hà Giang, toàn tỉnh có khoảng 350 ha tỏi, trong đó các huyện Đồng Văn, Mèo Vạc, Yên Minh và Quản Bạ chiếm tới 92%. Tính đến 30/6/2024, tỉnh có 6 sản phẩm từ tỏi đạt chuẩn OCOP. Hà Giang đặt mục tiêu đến năm 2025 nâng diện tích tỏi lên 500 ha, sản lượng 3.000 tấn.

Hoàng Phương
"""

Y = P("năm nay", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-06")
TO25 = P("đến năm 2025", None, "2025-12-31")
DV = "Đồng Văn"

FIGS = [
    fig("giá tăng gấp rưỡi", "rưỡi", 1.5, "multiple", "lần", "giá tỏi Đồng Văn", location=DV),
    fig("hơn 1.900 tấn tỏi", "1.900", 1900, "measure", "tấn", "sản lượng tỏi thu hoạch", approx="over"),
    fig("cao gấp rưỡi năm ngoái", "rưỡi", 1.5, "multiple", "lần", "giá tỏi bán tại vườn so với năm ngoái"),
    fig("trồng 215 ha", "215", 215, "measure", "ha", "diện tích tỏi", Y, location=DV,
        change=C("increase", 20, "ha", "năm 2023")),
    fig("đạt 55-60 tạ/ha", "55", 55, "measure", "tạ/ha", "năng suất tỏi", I(Y), value_max=60, location=DV),
    fig("ước đạt 1.240 tấn", "1.240", 1240, "measure", "tấn", "sản lượng tỏi", I(Y), status="estimate",
        location=DV),
    fig("có 312 hộ", "312", 312, "count", "hộ", "hộ trồng tỏi xã Sủng Là", location=DV),
    fig("diện tích 48 ha", "48", 48, "measure", "ha", "diện tích trồng tỏi xã Sủng Là", location=DV),
    fig("40-50 triệu đồng", "40", 40e6, "money", "đồng/hộ/vụ", "thu nhập mỗi hộ từ cây tỏi", value_max=50e6,
        location=DV),
    fig("có 27 hộ thoát nghèo", "27", 27, "count", "hộ", "hộ thoát nghèo nhờ trồng tỏi xã Sủng Là",
        P("Năm 2023", "2023-01-01", "2023-12-31"), location=DV),
    fig("80.000-100.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá thu mua tỏi khô Đồng Văn",
        value_max=100000, location=DV),
    fig("lẻ 250.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá bán lẻ tỏi cô đơn đóng hộp",
        location=DV),
    fig("hơn 300 tấn", "300", 300, "measure", "tấn", "tỏi tiêu thụ qua sàn thương mại điện tử", YTD,
        approx="over", change=C("increase", 3, "lần", "cả năm 2023"), location=DV),
    fig("khoảng 350 ha", "350", 350, "measure", "ha", "diện tích tỏi", approx="about"),
    fig("chiếm tới 92%", "92", 92, "percent", "%",
        "tỷ trọng diện tích tỏi của các huyện Đồng Văn, Mèo Vạc, Yên Minh và Quản Bạ"),
    fig("có 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm từ tỏi đạt chuẩn OCOP",
        P("Tính đến 30/6/2024", None, "2024-06-30")),
    fig("lên 500 ha", "500", 500, "measure", "ha", "diện tích tỏi", TO25, status="target"),
    fig("sản lượng 3.000 tấn", "3.000", 3000, "measure", "tấn", "sản lượng tỏi", TO25, status="target"),
]

NOTES = [
    "National newspaper: garlic in Đồng Văn (Hà Giang). Dateline 'Thứ bảy, 6/7/2024, 08:15 (GMT+7)', byline at the end.",
    "'gấp rưỡi' = 1.5 times (number word): standing as the claim (headline, sapo, no base amount) it is a multiple.",
    "Đồng Văn figures (incl. xã Sủng Là, which lies in it) located Đồng Văn; provincial ones Hà Giang.",
    "'năm nay' = 2024 (dateline year). '92%' of four districts together stays Hà Giang.",
    "Not figures: 'Quốc lộ 4C', '08:15 (GMT+7)', 'Thứ bảy', 'Tính đến 30/6/2024' (a period).",
]

build(6, TEXT, FIGS, published="2024-07-06", location="Hà Giang", notes=NOTES)

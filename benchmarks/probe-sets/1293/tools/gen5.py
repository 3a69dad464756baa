"""p1293-5: national newspaper: a Trảng Bàng shrimp-salt maker selling by livestream; national figures and e-commerce."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa

Thứ sáu, 6/12/2024, 15:40 (GMT+7)

Muối tôm Tây Ninh 'cháy hàng' nhờ livestream

Mỗi tháng, cơ sở của anh Lê Văn Tâm ở thị xã Trảng Bàng (Tây Ninh) bán gần 12 tấn muối tôm qua các sàn thương mại điện tử, gấp ba lần năm 2022.

Cơ sở Muối tôm Tâm Phát khởi nghiệp năm 2016 với một chiếc chảo gang và hai lao động. Hiện cơ sở có 28 công nhân, 6 lò rang, mỗi ngày xuất xưởng khoảng 600 kg. Khoảng 70% sản lượng được bán qua livestream, phần còn lại giao cho các đại lý ở TP HCM, Bình Dương.

"Có phiên livestream chốt hơn 3.000 đơn chỉ trong hai giờ", anh Tâm nói. Giá muối tôm của cơ sở từ 25.000 đến 45.000 đồng/hũ tùy loại.

Theo Bộ Công Thương, cả nước có khoảng 600 cơ sở sản xuất muối tôm, muối ớt, trong đó Tây Ninh có 318 cơ sở. Năm 2023, sản lượng muối tôm, muối ớt cả nước ước 9.500 tấn; Tây Ninh dẫn đầu với 5.732 tấn, tiếp đến là Khánh Hòa 1.210 tấn, Bình Thuận 650 tấn.

Số liệu của một đơn vị phân tích thương mại điện tử cho thấy, 10 tháng năm 2024, doanh số mặt hàng muối chấm trên các sàn đạt khoảng 210 tỷ đồng, tăng 35% so với cùng kỳ; muối tôm xếp thứ 2 trong nhóm gia vị bán chạy nhất, sau nước mắm. Đơn vị này dự báo năm 2025 doanh số có thể đạt trên 300 tỷ đồng.

Hoàng Nam
"""

Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
VN = "Việt Nam"
LIST = "sản lượng muối tôm, muối ớt"

FIGS = [
    fig("gần 12 tấn", "12", 12, "measure", "tấn/tháng", approx="nearly",
        change=chg("increase", 3, "lần", "năm 2022"),
        subject="muối tôm cơ sở của anh Lê Văn Tâm bán qua các sàn thương mại điện tử"),
    fig("một chiếc chảo", "một", 1, "count", "chảo", subject="chảo gang khi khởi nghiệp", period=Y16,
        optional=True),
    fig("hai lao động", "hai", 2, "count", "lao động", subject="lao động khi khởi nghiệp", period=Y16),
    fig("có 28 công nhân", "28", 28, "count", "công nhân", subject="công nhân của cơ sở"),
    fig("6 lò rang", "6", 6, "count", "lò rang", subject="lò rang của cơ sở"),
    fig("khoảng 600 kg", "600", 600, "measure", "kg/ngày", approx="about",
        subject="muối tôm xuất xưởng mỗi ngày"),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about", subject="sản lượng được bán qua livestream"),
    fig("hơn 3.000 đơn", "3.000", 3000, "count", "đơn", approx="over", subject="đơn chốt trong một phiên livestream"),
    fig("từ 25.000 đến 45.000", "25.000", 25000, "money", "đồng/hũ", value_max=45000,
        subject="giá muối tôm của cơ sở"),
    fig("khoảng 600 cơ sở", "600", 600, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất muối tôm, muối ớt", location=VN),
    fig("có 318 cơ sở", "318", 318, "count", "cơ sở", total=600,
        subject="cơ sở sản xuất muối tôm, muối ớt", location="Tây Ninh"),
    fig("ước 9.500 tấn", "9.500", 9500, "measure", "tấn", status="estimate",
        subject="sản lượng muối tôm, muối ớt cả nước", period=Y23, location=VN),
    fig("với 5.732 tấn", "5.732", 5732, "measure", "tấn", subject=LIST, period=Y23, location="Tây Ninh"),
    fig("Khánh Hòa 1.210 tấn", "1.210", 1210, "measure", "tấn", subject=LIST, period=Y23, location="Khánh Hòa"),
    fig("Bình Thuận 650 tấn", "650", 650, "measure", "tấn", subject=LIST, period=Y23, location="Bình Thuận"),
    fig("khoảng 210 tỷ", "210", 210e9, "money", "đồng", approx="about",
        change=chg("increase", 35, "%", "cùng kỳ"),
        subject="doanh số mặt hàng muối chấm trên các sàn", period=M10, location=VN),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="muối tôm trong nhóm gia vị bán chạy nhất",
        period=M10, location=VN),
    fig("trên 300 tỷ", "300", 300e9, "money", "đồng", approx="over", status="forecast",
        subject="doanh số muối chấm trên các sàn", period=Y25, location=VN),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ sáu, 6/12/2024, 15:40 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 15:40, (GMT+7), the founding year 2016, baseline 'năm 2022', 'trong hai giờ' (a duration that only locates the orders).",
    "Workshop figures are located in Trảng Bàng (default). National counts and e-commerce figures: Việt Nam; '318 cơ sở' of Tây Ninh after 'trong đó' has total 600.",
    "'Mỗi tháng ... gần 12 tấn' and 'mỗi ngày ... khoảng 600 kg' are rates (tấn/tháng, kg/ngày); 'gấp ba lần năm 2022' is a change in lần.",
    "'một chiếc chảo gang' (with 'hai lao động') at the start in 2016: the pan is optional (an anecdote where 'một' reads as 'a').",
    "List 'Tây Ninh dẫn đầu với 5.732 tấn, tiếp đến là Khánh Hòa 1.210 tấn, Bình Thuận 650 tấn': subject = the list's indicator, place = location;",
    "the list clause after ';' has its own verb and no 'ước': actual. 'dự báo năm 2025 ... trên 300 tỷ đồng': forecast, over.",
]

if __name__ == "__main__":
    write("p1293-5", TEXT, NOTES, FIGS, published="2024-12-06", location="Trảng Bàng")

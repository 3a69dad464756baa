"""p777-2: Mai Châu district portal — Bản Lác brocade co-operative, Q1/2024 visitors and revenue."""
from lib import emit, fig, per, inh, ch

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MAI CHÂU
Trang chủ / Tin tức - Sự kiện / Kinh tế

Hợp tác xã dệt thổ cẩm Bản Lác quý I đón hơn 9.000 lượt khách

Thứ Sáu, 12/04/2024 - 15:20

Quý I/2024, Hợp tác xã dệt thổ cẩm Bản Lác (xã Chiềng Châu) đón hơn 9.000 lượt khách đến tham quan, mua sắm, trong đó có 3.650 lượt khách quốc tế. Doanh thu của hợp tác xã đạt 1,86 tỷ đồng, tăng 23% so với cùng kỳ năm trước.

Hợp tác xã hiện có 42 thành viên, tạo việc làm thường xuyên cho khoảng 120 lao động người Thái với 65 khung dệt. Mỗi tháng hợp tác xã tiêu thụ từ 1.500 đến 1.800 sản phẩm như khăn, túi, váy, áo; giá bán phổ biến 150.000-450.000 đồng/sản phẩm.

Toàn huyện hiện có 7 hợp tác xã và 12 tổ hợp tác dệt thổ cẩm với 486 khung dệt, gồm 312 khung dệt thủ công và 174 khung dệt cải tiến. Năm 2023, các cơ sở dệt trên địa bàn huyện đạt tổng doanh thu gần 12,5 tỷ đồng; thu nhập bình quân của lao động dệt 4,2 triệu đồng/người/tháng.

Tại Lễ hội Xòe Thái lần thứ 3 tổ chức tháng 3/2024, huyện đã trưng bày 250 sản phẩm thổ cẩm tiêu biểu của 18 cơ sở. Huyện đặt mục tiêu năm 2024 tổng doanh thu từ thổ cẩm đạt 14 tỷ đồng, tăng 12% so với năm 2023, có thêm 2 sản phẩm thổ cẩm đạt chuẩn OCOP.

Du khách có nhu cầu tham quan, mua sắm xin liên hệ Hợp tác xã dệt thổ cẩm Bản Lác, km 141 Quốc lộ 6, điện thoại 0218.3867.246.

Hà Thu (Trung tâm VH-TT&TH huyện)
"""

QH = per("quý I", "2024-01-01", "2024-03-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M3 = per("tháng 3/2024", "2024-03-01", "2024-03-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("quý I đón hơn 9.000 lượt khách", "9.000", 9000, "count", "lượt khách",
        "lượt khách đến Hợp tác xã dệt thổ cẩm Bản Lác", QH, approx="over"),
    fig("Châu) đón hơn 9.000 lượt khách", "9.000", 9000, "count", "lượt khách",
        "lượt khách đến tham quan, mua sắm tại Hợp tác xã dệt thổ cẩm Bản Lác", Q1, approx="over"),
    fig("có 3.650 lượt khách quốc tế", "3.650", 3650, "count", "lượt khách", "lượt khách quốc tế", Q1, total=9000),
    fig("đạt 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "doanh thu của hợp tác xã", inh(Q1),
        change=ch("increase", 23, baseline="cùng kỳ năm trước")),
    fig("có 42 thành viên", "42", 42, "count", "thành viên", "thành viên hợp tác xã"),
    fig("khoảng 120 lao động", "120", 120, "count", "lao động", "lao động người Thái có việc làm thường xuyên",
        approx="about"),
    fig("với 65 khung dệt", "65", 65, "count", "khung dệt", "khung dệt của hợp tác xã"),
    fig("từ 1.500 đến 1.800", "1.500", 1500, "count", "sản phẩm", "sản phẩm hợp tác xã tiêu thụ mỗi tháng",
        value_max=1800),
    fig("150.000-450.000", "150.000", 150000, "money", "đồng/sản phẩm", "giá bán phổ biến", value_max=450000),
    fig("có 7 hợp tác xã", "7", 7, "count", "hợp tác xã", "hợp tác xã dệt thổ cẩm"),
    fig("12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác dệt thổ cẩm"),
    fig("với 486 khung dệt", "486", 486, "count", "khung dệt", "khung dệt của các hợp tác xã, tổ hợp tác dệt thổ cẩm"),
    fig("gồm 312 khung dệt", "312", 312, "count", "khung dệt", "khung dệt thủ công", total=486),
    fig("174 khung dệt", "174", 174, "count", "khung dệt", "khung dệt cải tiến", total=486),
    fig("gần 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng", "tổng doanh thu của các cơ sở dệt", Y23,
        approx="nearly"),
    fig("dệt 4,2 triệu đồng", "4,2", 4.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động dệt", Y23),
    fig("trưng bày 250 sản phẩm", "250", 250, "count", "sản phẩm", "sản phẩm thổ cẩm tiêu biểu được trưng bày", M3),
    fig("của 18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở có sản phẩm thổ cẩm trưng bày", M3),
    fig("đạt 14 tỷ đồng", "14", 14e9, "money", "đồng", "tổng doanh thu từ thổ cẩm", Y24, status="target",
        change=ch("increase", 12, baseline="năm 2023")),
    fig("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm thổ cẩm đạt chuẩn OCOP", Y24, status="target"),
]

COMMENTS = [
    "Mai Châu district portal: Hợp tác xã dệt thổ cẩm Bản Lác, quý I/2024. Dateline 'Thứ Sáu, 12/04/2024 - 15:20' after the headline;",
    "byline at the end. Location: the district (Mai Châu) throughout; xã Chiềng Châu is a commune, not a location.",
    "Headline 'quý I' has no year and no earlier date: year of published (2024). The revenue sentence after the Quý I/2024 sentence",
    "inherits its period (not scored). 'gồm 312 … và 174' adds up to 486: totals. 'lần thứ 3', 'tháng 3/2024' (the period of the exhibition figures), 'km 141 Quốc lộ 6',",
    "the phone number and the dateline are not figures. 'Huyện đặt mục tiêu' makes both 2024 figures targets; the 12% is the 14 tỷ's change.",
]

if __name__ == "__main__":
    emit("p777-2", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Mai Châu")

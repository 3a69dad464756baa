"""p1143-6: national newspaper, cảng Mỹ Thới (TP Long Xuyên, An Giang) in rice season; national figure; byline at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Giao thông
Thứ Sáu, 15/11/2024, 06:00 (GMT+7)

Cảng sông miền Tây kín sà lan container mùa lúa gạo

Cảng Mỹ Thới ở TP Long Xuyên (An Giang) những tháng cuối năm hoạt động hết công suất, mỗi ngày đón 12-15 lượt sà lan chở gạo, thức ăn chăn nuôi đi cảng Cái Mép.

Ông Lê Minh Trí, Phó giám đốc Công ty cổ phần Cảng An Giang, đơn vị khai thác cảng, cho biết 10 tháng năm nay cảng đã bốc xếp hơn 2,7 triệu tấn hàng, trong đó gần 36.000 TEU container, tăng khoảng 22% so với cùng kỳ. Doanh thu ước đạt 165 tỷ đồng, lợi nhuận trước thuế 21 tỷ đồng.

Cảng hiện có 4 cầu cảng, tiếp nhận sà lan đến 5.000 tấn, bãi chứa 6 ha cùng 2 cẩu bờ và 6 xe nâng. Do lượng hàng tăng nhanh, từ tháng 9 cảng phải thuê thêm hai cẩu bánh lốp, giá thuê khoảng 180 triệu đồng/tháng mỗi chiếc.

Theo Sở Giao thông vận tải An Giang, toàn tỉnh có 9 cảng thủy nội địa và 182 bến hàng hóa; năm 2023 lượng hàng qua cảng, bến đạt 9,4 triệu tấn. Trên cả nước, sản lượng container vận tải thủy nội địa năm 2023 đạt khoảng 2,9 triệu TEU, trong đó An Giang chỉ chiếm chưa đến 2%.

Ông Trí cho biết, doanh nghiệp đang làm thủ tục đầu tư bến số 5 dài 120 m, dự kiến hoàn thành trong quý II/2025, nâng năng lực thông qua cảng lên ít nhất 4 triệu tấn/năm. Tỉnh cũng dự kiến kêu gọi đầu tư cảng tổng hợp Bình Long (huyện Châu Phú) giai đoạn 1 với quy mô khoảng 50 ha, đón tàu, sà lan đến 10.000 tấn.

Ngọc Tài
"""

M10 = per("10 tháng năm nay", "2024-01-01", "2024-10-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
LX = "Long Xuyên"

FIGS = [
    fig("đón 12-15 lượt", "12", 12, "measure", "lượt sà lan/ngày", value_max=15,
        subject="lượt sà lan đón mỗi ngày tại cảng Mỹ Thới", location=LX),
    fig("hơn 2,7 triệu tấn", "2,7", 2700000, "measure", "tấn", approx="over",
        subject="hàng bốc xếp tại cảng Mỹ Thới", period=M10, location=LX),
    fig("gần 36.000 TEU", "36.000", 36000, "measure", "TEU", approx="nearly",
        change=chg("increase", 22, "%", "cùng kỳ", approx="about"),
        subject="container bốc xếp tại cảng Mỹ Thới", period=M10, location=LX),
    fig("ước đạt 165 tỷ", "165", 165000000000, "money", "đồng", status="estimate",
        subject="doanh thu cảng Mỹ Thới", period=inh(M10), location=LX),
    fig("thuế 21 tỷ", "21", 21000000000, "money", "đồng", status="estimate",
        subject="lợi nhuận trước thuế cảng Mỹ Thới", period=inh(M10), location=LX),
    fig("có 4 cầu cảng", "4", 4, "count", "cầu cảng", subject="cầu cảng của cảng Mỹ Thới", location=LX),
    fig("đến 5.000 tấn", "5.000", 5000, "measure", "tấn", approx="at_most",
        subject="trọng tải sà lan cảng tiếp nhận", location=LX, optional=True),
    fig("bãi chứa 6 ha", "6", 6, "measure", "ha", subject="diện tích bãi chứa", location=LX),
    fig("cùng 2 cẩu bờ", "2", 2, "count", "cẩu bờ", subject="cẩu bờ của cảng Mỹ Thới", location=LX),
    fig("và 6 xe nâng", "6", 6, "count", "xe nâng", subject="xe nâng của cảng Mỹ Thới", location=LX),
    fig("thêm hai cẩu", "hai", 2, "count", "cẩu bánh lốp", subject="cẩu bánh lốp thuê thêm", location=LX),
    fig("khoảng 180 triệu", "180", 180000000, "money", "đồng/tháng", approx="about",
        subject="giá thuê cẩu bánh lốp mỗi chiếc", location=LX),
    fig("có 9 cảng", "9", 9, "count", "cảng", subject="cảng thủy nội địa"),
    fig("và 182 bến", "182", 182, "count", "bến", subject="bến hàng hóa"),
    fig("đạt 9,4 triệu tấn", "9,4", 9400000, "measure", "tấn", subject="lượng hàng qua cảng, bến",
        period=Y23),
    fig("khoảng 2,9 triệu TEU", "2,9", 2900000, "measure", "TEU", approx="about",
        subject="sản lượng container vận tải thủy nội địa", period=Y23, location="Việt Nam"),
    fig("chưa đến 2%", "2", 2, "percent", "%", approx="under",
        subject="tỷ trọng của An Giang trong sản lượng container vận tải thủy nội địa cả nước",
        period=Y23),
    fig("dài 120 m", "120", 120, "measure", "m", subject="chiều dài bến số 5",
        location=LX),
    fig("ít nhất 4 triệu", "4", 4000000, "measure", "tấn/năm", approx="at_least", status="forecast",
        subject="năng lực thông qua cảng Mỹ Thới", location=LX),
    fig("khoảng 50 ha", "50", 50, "measure", "ha", approx="about", status="forecast",
        subject="quy mô cảng tổng hợp Bình Long giai đoạn 1", location="Châu Phú"),
    fig("đến 10.000 tấn", "10.000", 10000, "measure", "tấn", approx="at_most", status="forecast",
        subject="trọng tải tàu, sà lan cảng Bình Long đón", location="Châu Phú", optional=True),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 15/11/2024, 06:00 (GMT+7)', byline 'Ngọc Tài' at the end. Default location An Giang;",
    "cảng Mỹ Thới is placed in TP Long Xuyên in the lead: its figures in the following paragraphs keep Long Xuyên (same port).",
    "'10 tháng năm nay' = Jan-Oct 2024. 36.000 TEU after 'trong đó' counts TEU, the whole counts tấn: no total; 'tăng khoảng 22%' is its change.",
    "'ước đạt 165 tỷ ..., lợi nhuận trước thuế 21 tỷ' continues the estimate clause -> both estimate.",
    "'Trên cả nước ... 2,9 triệu TEU' -> Việt Nam. 'trong đó An Giang chỉ chiếm chưa đến 2%': a share with no amount -> percent figure (An Giang).",
    "Distractors: time 06:00, (GMT+7), 'bến số 5', 'giai đoạn 1', 'quý II/2025' (completion date), 'từ tháng 9'. 'sà lan đến 5.000 tấn', 'đến 10.000 tấn' (vessel class) optional.",
    "Planned works ('dự kiến') -> forecast, no period given (a completion date, unscored).",
    "revised after the first run: TEU figures are kind measure (TEU is an equivalent unit of measure, a 40-foot box = 2 TEU; not a count of boxes).",
    "revised after the first run: 'bến số 5 dài 120 m' is actual: the cue 'dự kiến' stands in the next clause and does not reach back.",
]

if __name__ == "__main__":
    write("p1143-6", TEXT, NOTES, FIGS, published="2024-11-15", location="An Giang")

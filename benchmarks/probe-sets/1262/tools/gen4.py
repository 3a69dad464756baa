"""p1262-4: provincial newspaper (Báo Gia Lai, '(GLO)-'): drip irrigation for durian / coffee in huyện Chư Sê, district and province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Gia Lai điện tử > Kinh tế > Nông nghiệp

Chư Sê: Nông dân chuyển sang tưới tiết kiệm nước để ứng phó hạn hán

Thứ Năm, 14/03/2024, 07:12

Trước tình trạng khô hạn kéo dài, nhiều hộ dân ở huyện Chư Sê đã đầu tư hệ thống tưới nhỏ giọt, tưới phun mưa cho sầu riêng, cà phê và hồ tiêu, vừa tiết kiệm nước vừa giảm chi phí sản xuất.

(GLO)- Gia đình anh Rơ Châm Thoan ở thôn 3, xã Ia Blang có 3 ha sầu riêng xen cà phê. Năm 2022, anh đầu tư gần 180 triệu đồng lắp đặt hệ thống tưới nhỏ giọt. “Trước đây mỗi lần tưới phải mất 4 ngày, nay chỉ cần hai giờ bấm nút là xong. Lượng nước giảm khoảng 40%, tiền điện mỗi mùa khô giảm khoảng 6 triệu đồng”, anh Thoan chia sẻ. Năm 2023, vườn sầu riêng của gia đình cho thu hoạch 25 tấn quả, thu về hơn 1,8 tỷ đồng.

Theo Phòng Nông nghiệp và PTNT huyện Chư Sê, toàn huyện hiện có khoảng 4.200 ha cây trồng được tưới tiết kiệm nước, trong đó cà phê 2.070 ha, hồ tiêu 1.150 ha, sầu riêng 980 ha. Từ đầu năm đến nay, huyện có 320 ha cây trồng bị thiếu nước, giảm 45% so với cùng kỳ năm 2023. Nhiều hộ đã nạo vét ao, giếng dọc Quốc lộ 14 và Tỉnh lộ 665 để trữ nước.

Toàn tỉnh hiện có hơn 31.000 ha cây trồng được tưới tiết kiệm nước, chiếm khoảng 8,5% diện tích cây trồng cạn. Mục tiêu đến năm 2030, diện tích này đạt 60.000 ha.

HOÀNG NGỌC
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-03-14")
T30 = per("đến năm 2030", None, "2030-12-31")
GL = "Gia Lai"

FIGS = [
    fig("có 3 ha", "3", 3, "measure", "ha",
        subject="diện tích sầu riêng xen cà phê của gia đình anh Rơ Châm Thoan"),
    fig("gần 180 triệu", "180", 180e6, "money", "đồng", approx="nearly",
        subject="kinh phí đầu tư lắp đặt hệ thống tưới nhỏ giọt", period=Y22),
    fig("mất 4 ngày", "4", 4, "measure", "ngày",
        subject="thời gian mỗi lần tưới trước đây"),
    fig("cần hai giờ", "hai", 2, "measure", "giờ",
        subject="thời gian mỗi lần tưới hiện nay"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="lượng nước giảm"),
    fig("khoảng 6 triệu", "6", 6e6, "money", "đồng", approx="about",
        subject="tiền điện mỗi mùa khô giảm"),
    fig("hoạch 25 tấn", "25", 25, "measure", "tấn",
        subject="sầu riêng vườn của gia đình thu hoạch", period=Y23),
    fig("hơn 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="over",
        subject="tiền thu về từ vườn sầu riêng", period=Y23),
    fig("khoảng 4.200 ha", "4.200", 4200, "measure", "ha", approx="about",
        subject="cây trồng được tưới tiết kiệm nước toàn huyện"),
    fig("cà phê 2.070 ha", "2.070", 2070, "measure", "ha", total=4200,
        subject="diện tích cà phê được tưới tiết kiệm nước"),
    fig("hồ tiêu 1.150 ha", "1.150", 1150, "measure", "ha", total=4200,
        subject="diện tích hồ tiêu được tưới tiết kiệm nước"),
    fig("sầu riêng 980 ha", "980", 980, "measure", "ha", total=4200,
        subject="diện tích sầu riêng được tưới tiết kiệm nước"),
    fig("có 320 ha", "320", 320, "measure", "ha",
        change=chg("decrease", 45, "%", "cùng kỳ năm 2023"),
        subject="cây trồng bị thiếu nước", period=YTD),
    fig("hơn 31.000 ha", "31.000", 31000, "measure", "ha", approx="over", percent=8.5,
        subject="cây trồng được tưới tiết kiệm nước toàn tỉnh", location=GL),
    fig("đạt 60.000 ha", "60.000", 60000, "measure", "ha", status="target",
        subject="diện tích cây trồng được tưới tiết kiệm nước", period=T30, location=GL),
]

NOTES = [
    "Provincial newspaper (Báo Gia Lai): breadcrumb, 'Thứ Năm, 14/03/2024, 07:12', sapo, tag '(GLO)-', byline at the end.",
    "Distractors: 07:12, 'thôn 3', 'Quốc lộ 14', 'Tỉnh lộ 665', tag GLO.",
    "Default location Chư Sê (the family in xã Ia Blang and the district figures); 'Toàn tỉnh' figures → Gia Lai (GLO tag, 'Báo Gia Lai').",
    "Quoted durations '4 ngày' and 'hai giờ' are the claim (watering time before / now): measure. 'hai giờ' is a duration here, not a time of day.",
    "'Lượng nước giảm khoảng 40%' and 'tiền điện ... giảm khoảng 6 triệu đồng' have no base amount: figures of their own, no change.",
    "'khoảng 4.200 ha ..., trong đó cà phê 2.070 ha, hồ tiêu 1.150 ha, sầu riêng 980 ha' → parts with total 4200 (they add up).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-03-14; 'giảm 45% so với cùng kỳ năm 2023' is the change of 320 ha.",
    "'Mục tiêu đến năm 2030, diện tích này đạt 60.000 ha' → target; subject resolved from 'diện tích này'.",
]

if __name__ == "__main__":
    write("p1262-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Chư Sê")

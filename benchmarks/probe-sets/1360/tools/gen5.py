"""p1360-5: Party newspaper (Báo Lào Cai): Sa Pa adventure tourism, a zipline company, Fansipan climbing."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LÀO CAI ĐIỆN TỬ
Du lịch | Kinh tế | Xã hội

Sa Pa: Du lịch mạo hiểm "hút" khách dịp hè

(LCĐT) - Leo núi, đu dây zipline, vượt thác… đang trở thành lựa chọn của nhiều du khách khi đến Sa Pa. Các đơn vị lữ hành cho biết lượng đặt tour tháng 6 tăng khoảng 30% so với tháng 5.

Theo Phòng Văn hóa và Thông tin thị xã Sa Pa, 5 tháng đầu năm 2024, thị xã đón trên 1,6 triệu lượt khách, trong đó khoảng 112.000 lượt tham gia các hoạt động du lịch mạo hiểm, tăng 26% so với cùng kỳ.

Công ty TNHH Mạo hiểm Hoàng Liên vận hành tuyến zipline dài 1,1 km tại bản Cát Cát, giá vé từ 400.000 đến 550.000 đồng/người tùy khung giờ; bình quân mỗi ngày đón 180-220 khách. Ông Lò Văn Thắng, Giám đốc công ty cho biết: "Công ty có 26 nhân viên, trong đó 8 người là hướng dẫn viên có chứng chỉ cứu hộ. Năm nay, chúng tôi dự kiến đầu tư thêm hai tuyến zipline với tổng vốn khoảng 15 tỷ đồng".

Tuyến leo núi Fansipan qua Trạm Tôn (độ cao 3.143 m) thu hút khoảng 9.500 lượt khách, chiếm 8,5% khách du lịch mạo hiểm của thị xã. Các tour khởi hành từ 5 giờ 30 sáng, mỗi đoàn tối đa 12 khách.

Thị xã đặt mục tiêu đến năm 2025 có ít nhất 10 sản phẩm du lịch mạo hiểm đạt chuẩn, doanh thu từ loại hình này đạt trên 200 tỷ đồng/năm.

HOÀNG THU
18/6/2024
"""

M6 = per("tháng 6", "2024-06-01", "2024-06-30")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("tăng khoảng 30%", "30", 30, "percent", "%", approx="about", subject="lượng đặt tour", period=M6),
    fig("trên 1,6 triệu", "1,6", 1.6e6, "count", "lượt khách", approx="over",
        subject="lượt khách thị xã đón", period=M5),
    fig("khoảng 112.000 lượt", "112.000", 112000, "count", "lượt", approx="about", total=1.6e6,
        change=chg("increase", 26, "%", "cùng kỳ"),
        subject="lượt khách tham gia các hoạt động du lịch mạo hiểm", period=M5),
    fig("dài 1,1 km", "1,1", 1.1, "measure", "km", subject="chiều dài tuyến zipline tại bản Cát Cát"),
    fig("từ 400.000 đến 550.000", "400.000", 400000, "money", "đồng/người", value_max=550000,
        subject="giá vé zipline"),
    fig("đón 180-220 khách", "180", 180, "measure", "khách/ngày", value_max=220,
        subject="khách tuyến zipline đón bình quân mỗi ngày"),
    fig("có 26 nhân viên", "26", 26, "count", "nhân viên", subject="nhân viên Công ty TNHH Mạo hiểm Hoàng Liên"),
    fig("trong đó 8 người", "8", 8, "count", "người", total=26,
        subject="hướng dẫn viên có chứng chỉ cứu hộ"),
    fig("thêm hai tuyến", "hai", 2, "count", "tuyến zipline", status="forecast",
        subject="tuyến zipline công ty dự kiến đầu tư thêm", period=NN),
    fig("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn đầu tư thêm hai tuyến zipline", period=NN),
    fig("độ cao 3.143 m", "3.143", 3143, "measure", "m", subject="độ cao Fansipan"),
    fig("khoảng 9.500 lượt", "9.500", 9500, "count", "lượt khách", approx="about", percent=8.5,
        subject="lượt khách tuyến leo núi Fansipan qua Trạm Tôn", period=inh(M5)),
    fig("tối đa 12 khách", "12", 12, "measure", "khách/đoàn", approx="at_most", subject="số khách mỗi đoàn"),
    fig("ít nhất 10 sản phẩm", "10", 10, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm du lịch mạo hiểm đạt chuẩn", period=T25),
    fig("trên 200 tỷ", "200", 200e9, "money", "đồng/năm", approx="over", status="target",
        subject="doanh thu từ du lịch mạo hiểm", period=T25),
]

NOTES = [
    "Party newspaper online (Báo Lào Cai): sapo with tag '(LCĐT) -', byline 'HOÀNG THU' and bare date '18/6/2024' at the end (published).",
    "Location Sa Pa (thị xã) throughout. Distractors: 'bản Cát Cát', 'Trạm Tôn', '5 giờ 30' (a time), the dateline.",
    "Sapo 'lượng đặt tour tháng 6 tăng khoảng 30% so với tháng 5': a growth rate as the claim (percent, no change); tháng 6 takes 2024",
    "from published (no earlier year in the article).",
    "112.000 follows 'trong đó' after 1,6 triệu → total 1600000; 'tăng 26% so với cùng kỳ' is its change.",
    "'bình quân mỗi ngày đón 180-220 khách' is a rate (measure, khách/ngày). The director's quote: 26 staff 'trong đó 8 người' → total 26;",
    "'Năm nay ... dự kiến' → forecast, period 2024 (published year), for the two new lines and the 15 tỷ.",
    "'(độ cao 3.143 m)' is a fact about the world (Fansipan's height): a measure. 9.500 inherits '5 tháng đầu năm 2024' (not scored);",
    "'chiếm 8,5%' is its share. 'mỗi đoàn tối đa 12 khách' → measure khách/đoàn, at_most. 'đạt trên 200 tỷ đồng/năm' keeps '/năm'.",
]

if __name__ == "__main__":
    write("p1360-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Sa Pa")

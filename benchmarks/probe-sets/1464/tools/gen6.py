"""p1464-6: national newspaper: motorised smart curtains in TP HCM, a firm in TP Thủ Đức, national market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ năm, 21/11/2024, 10:15 (GMT+7)

Rèm điện thông minh hút khách nhà phố

Rèm tự động điều khiển bằng điện thoại từng là món đồ xa xỉ, nay được nhiều gia đình ở TP HCM lắp cho căn hộ, nhà phố.

Tại showroom của Công ty TNHH Rèm Sao Phương Nam ở số 1250 Phạm Văn Đồng, TP Thủ Đức, mỗi ngày có 30-40 khách đến xem mẫu. Ông Trần Minh Hậu, giám đốc công ty, cho biết 10 tháng đầu năm nay công ty lắp đặt hơn 2.600 bộ rèm điện, tăng 35% so với cùng kỳ, trong đó khoảng 60% cho căn hộ chung cư. Một bộ rèm điện cho cửa sổ 3 m có giá 12-18 triệu đồng, trong đó động cơ chiếm gần 45%.

"Giá động cơ nội địa hóa đã giảm khoảng 25% trong ba năm qua nên khách dễ chấp nhận hơn", ông Hậu nói. Công ty hiện có 85 nhân viên, gồm 52 thợ lắp đặt và 33 nhân viên văn phòng, kinh doanh; thu nhập bình quân của thợ lắp đặt khoảng 14 triệu đồng/tháng.

Theo Hội Trang trí Nội thất TP HCM, thành phố có khoảng 1.100 cửa hàng rèm, nhưng chưa đến 10% có dịch vụ rèm thông minh. Quy mô thị trường rèm cả nước ước khoảng 1,1 tỷ USD. Phân khúc rèm điện hiện chiếm 8-10% và được dự báo tăng trưởng 20% mỗi năm đến năm 2028.

Khảo sát của hội với 1.000 hộ gia đình cho thấy rèm xếp thứ ba trong các hạng mục nội thất được quan tâm khi sửa nhà, sau sơn tường và đèn chiếu sáng.

Hoài Thu
"""

M10 = per("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
T28 = per("đến năm 2028", None, "2028-12-31")
TD = "Thủ Đức"
VN = "Việt Nam"

FIGS = [
    fig("có 30-40 khách", "30", 30, "measure", "khách/ngày", value_max=40,
        subject="khách đến showroom xem mẫu mỗi ngày", location=TD),
    fig("hơn 2.600 bộ", "2.600", 2600, "count", "bộ", approx="over",
        change=chg("increase", 35, "%", "cùng kỳ"), subject="bộ rèm điện công ty lắp đặt", period=M10, location=TD),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ rèm điện lắp cho căn hộ chung cư", period=M10, location=TD),
    fig("Một bộ rèm", "Một", 1, "count", "bộ", optional=True, location=TD),
    fig("cửa sổ 3 m", "3", 3, "measure", "m", optional=True, location=TD),
    fig("giá 12-18 triệu", "12", 12e6, "money", "đồng/bộ", value_max=18e6,
        subject="giá một bộ rèm điện cho cửa sổ", location=TD),
    fig("chiếm gần 45%", "45", 45, "percent", "%", approx="nearly",
        subject="tỷ trọng động cơ trong giá bộ rèm điện", location=TD),
    fig("giảm khoảng 25%", "25", 25, "percent", "%", approx="about", subject="giá động cơ nội địa hóa",
        location=TD),
    fig("có 85 nhân viên", "85", 85, "count", "nhân viên", subject="nhân viên công ty", location=TD),
    fig("gồm 52 thợ", "52", 52, "count", "thợ lắp đặt", total=85, subject="thợ lắp đặt", location=TD),
    fig("và 33 nhân viên", "33", 33, "count", "nhân viên", total=85,
        subject="nhân viên văn phòng, kinh doanh", location=TD),
    fig("khoảng 14 triệu", "14", 14e6, "money", "đồng/tháng", approx="about",
        subject="thu nhập bình quân của thợ lắp đặt", location=TD),
    fig("khoảng 1.100 cửa hàng", "1.100", 1100, "count", "cửa hàng", approx="about",
        subject="cửa hàng rèm"),
    fig("chưa đến 10%", "10", 10, "percent", "%", approx="under",
        subject="tỷ lệ cửa hàng rèm có dịch vụ rèm thông minh"),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="about", status="estimate",
        subject="quy mô thị trường rèm cả nước", location=VN),
    fig("chiếm 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="tỷ trọng phân khúc rèm điện trong thị trường rèm", location=VN),
    fig("tăng trưởng 20%", "20", 20, "percent", "%", status="forecast",
        subject="tăng trưởng phân khúc rèm điện mỗi năm", period=T28, location=VN),
    fig("với 1.000 hộ", "1.000", 1000, "count", "hộ gia đình", subject="hộ gia đình được khảo sát"),
    fig("thứ ba", "ba", 3, "rank", "hạng",
        subject="rèm trong các hạng mục nội thất được quan tâm khi sửa nhà"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 21/11/2024, 10:15 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 10:15, '(GMT+7)', house number 'số 1250 Phạm Văn Đồng', duration 'trong ba năm qua'.",
    "The firm's passage (TP Thủ Đức) → location Thủ Đức; the association's city counts → TP Hồ Chí Minh (default);",
    "the national market sentence ('cả nước') and the next sentence continuing it (rèm điện share and forecast) → Việt Nam.",
    "'10 tháng đầu năm nay' = Jan-Oct 2024. 'mỗi ngày có 30-40 khách' is a rate (khách/ngày, measure, range).",
    "'Một bộ rèm điện ... có giá 12-18 triệu đồng': 'Một bộ' is the price's denominator (đồng/bộ); 'Một' and 'cửa sổ 3 m' (a size) are optional.",
    "Percents with no amount of their own ('trong đó khoảng 60% cho căn hộ', 'động cơ chiếm gần 45%', 'chưa đến 10% có ...') are figures.",
    "'giảm khoảng 25% trong ba năm qua': a rate as the claim; 'ba năm qua' is a duration, not a figure, and gives no dated period.",
    "'ước khoảng' → estimate + about. 'được dự báo tăng trưởng 20% mỗi năm đến năm 2028' → forecast, end 2028-12-31.",
    "'rèm xếp thứ ba' → rank 3; the survey of households is city-level (the association of TP HCM).",
]

if __name__ == "__main__":
    write("p1464-6", TEXT, NOTES, FIGS, published="2024-11-21", location="TP Hồ Chí Minh")

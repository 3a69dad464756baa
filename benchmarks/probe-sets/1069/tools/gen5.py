"""p1069-5: Báo Cần Thơ (Party paper), overloaded incinerator at the Cờ Đỏ district health centre, 2023."""
from lib import fig, write, P, inh, CH, TG

TEXT = """BÁO CẦN THƠ - Xã hội - Y tế

Lò đốt quá tải, chất thải y tế tồn đọng

Lò đốt chất thải y tế của Trung tâm Y tế huyện Cờ Đỏ được đầu tư từ năm 2012 với công suất thiết kế 25 kg/giờ, nay phải tiếp nhận chất thải của 10 trạm y tế xã, thị trấn và 2 phòng khám đa khoa khu vực.

Theo ông Trần Văn Bảy, Trưởng khoa Kiểm soát nhiễm khuẩn, mỗi ngày lò phải đốt khoảng 180 kg chất thải lây nhiễm, cao hơn 20% so với năm 2022, trong khi thời gian vận hành chỉ 6-7 giờ/ngày. Do lò xuống cấp, nhiệt độ buồng đốt thứ cấp nhiều lúc chỉ đạt khoảng 850°C, thấp hơn mức tối thiểu 1.050°C theo quy chuẩn; khói thải ảnh hưởng đến khoảng 40 hộ dân sống dọc Quốc lộ 91B.

Năm 2023, Trung tâm đã hợp đồng với một doanh nghiệp môi trường vận chuyển một phần chất thải về khu xử lý tập trung của thành phố, đơn giá 11.800 đồng/kg. Tính đến cuối tháng 10/2023, đơn vị đã chuyển đi hơn 8,6 tấn, chi phí gần 102 triệu đồng.

Theo Sở Y tế, toàn thành phố hiện có 9 cụm xử lý chất thải y tế đặt tại các quận, huyện, xử lý bình quân 2,4 tấn/ngày. Năm 2024, Sở dự kiến đầu tư thay thế 3 lò đốt đã hết khấu hao bằng công nghệ hấp vi sóng, tổng vốn khoảng 9 tỷ đồng; mục tiêu đến năm 2025 không còn cơ sở y tế nào xử lý chất thải bằng lò đốt thủ công. Trước mắt, Trung tâm Y tế huyện Cờ Đỏ được bổ sung 1 xe chuyên dụng để chở chất thải về cụm xử lý quận Ô Môn, cách khoảng 25 km.

Bác sĩ Bảy cho biết, nếu có thêm kinh phí, đơn vị sẽ đề xuất xây dựng nhà lưu giữ chất thải mới rộng 30 m2 theo Thông tư số 20/2021/TT-BYT.

HOÀNG LAN
24/11/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
O23 = P("Tính đến cuối tháng 10/2023", None, "2023-10-31")
FIGS = [
    fig("công suất thiết kế 25 kg/giờ", "25", "measure", "kg/giờ", "công suất thiết kế lò đốt chất thải y tế"),
    fig("của 10 trạm y tế", "10", "count", "trạm y tế", "trạm y tế xã, thị trấn gửi chất thải về lò đốt"),
    fig("và 2 phòng khám", "2", "count", "phòng khám đa khoa khu vực", "phòng khám đa khoa khu vực gửi chất thải về lò đốt"),
    fig("khoảng 180 kg", "180", "measure", "kg/ngày", "chất thải lây nhiễm lò phải đốt mỗi ngày", approx="about",
        change=CH("increase", 20, "%", "năm 2022")),
    fig("chỉ 6-7 giờ/ngày", "6", "measure", "giờ/ngày", "thời gian vận hành lò đốt", value_max=7),
    fig("khoảng 850°C", "850", "measure", "°C", "nhiệt độ buồng đốt thứ cấp", approx="about"),
    fig("mức tối thiểu 1.050°C", "1.050", "measure", "°C", "nhiệt độ tối thiểu buồng đốt thứ cấp theo quy chuẩn",
        optional=True),
    fig("khoảng 40 hộ dân", "40", "count", "hộ dân", "hộ dân bị ảnh hưởng bởi khói thải", approx="about"),
    fig("đơn giá 11.800 đồng/kg", "11.800", "money", "đồng/kg", "đơn giá vận chuyển chất thải về khu xử lý tập trung", Y23),
    fig("hơn 8,6 tấn", "8,6", "measure", "tấn", "chất thải đã chuyển đi", O23, approx="over"),
    fig("gần 102 triệu đồng", "102", "money", "đồng", "chi phí vận chuyển chất thải", O23, mult=1e6, approx="nearly"),
    fig("có 9 cụm xử lý", "9", "count", "cụm xử lý", "cụm xử lý chất thải y tế", location="Cần Thơ"),
    fig("bình quân 2,4 tấn/ngày", "2,4", "measure", "tấn/ngày", "chất thải y tế các cụm xử lý bình quân",
        location="Cần Thơ"),
    fig("thay thế 3 lò đốt", "3", "count", "lò đốt", "lò đốt hết khấu hao được thay thế bằng công nghệ hấp vi sóng",
        P("Năm 2024", "2024-01-01", "2024-12-31"), status="forecast", location="Cần Thơ"),
    fig("khoảng 9 tỷ đồng", "9", "money", "đồng", "tổng vốn thay thế lò đốt", P("Năm 2024", "2024-01-01", "2024-12-31"),
        mult=1e9, approx="about", status="forecast", location="Cần Thơ"),
    fig("bổ sung 1 xe chuyên dụng", "1", "count", "xe chuyên dụng", "xe chuyên dụng chở chất thải được bổ sung"),
    fig("khoảng 25 km", "25", "measure", "km", "khoảng cách đến cụm xử lý quận Ô Môn", approx="about"),
    fig("rộng 30 m2", "30", "measure", "m2", "diện tích nhà lưu giữ chất thải đề xuất xây dựng", optional=True),
]
NOTES = [
    "Báo Cần Thơ (invented): overloaded incinerator of the Cờ Đỏ district health centre; byline and bare date at the end.",
    "Not figures: 'từ năm 2012', person 'Trần Văn Bảy' / 'Bác sĩ Bảy', Quốc lộ 91B, Thông tư số 20/2021/TT-BYT, quận Ô Môn, 'đến năm 2025' (no number figure).",
    "'thấp hơn mức tối thiểu 1.050°C': a threshold, not a gap (no change on 850°C); optional. '30 m2' is a wished-for building's size: optional.",
    "'mỗi ngày ... khoảng 180 kg' = kg/ngày. 'cao hơn 20% so với năm 2022' is its change.",
    "Location: Cờ Đỏ for the health centre's figures; Cần Thơ for the city's clusters and the Sở's 2024 plan.",
]
write("p1069-5", TEXT, FIGS, NOTES, published="2023-11-24", location="Cờ Đỏ")

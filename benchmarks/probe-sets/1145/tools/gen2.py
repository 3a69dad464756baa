"""p1145-2: Bắc Yên district portal (Sơn La): Tà Xùa trekking, cooperative in bản Mống Vàng, safety works, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẮC YÊN - TỈNH SƠN LA
Tin hoạt động | Kinh tế - Xã hội | Du lịch

Bắc Yên siết chặt an toàn tại các điểm trekking Tà Xùa

Thứ Năm, 20/03/2025 - 14:05

Năm 2024, xã Tà Xùa và xã Háng Đồng đón hơn 52.000 lượt khách đến săn mây, trekking "sống lưng khủng long", tăng gần 30% so với năm 2023; tổng thu từ du lịch ước đạt 46 tỷ đồng. Xã Tà Xùa cách trung tâm huyện khoảng 17 km, đường lên đỉnh nhiều đoạn dốc, vách đá dựng đứng.

Tại bản Mống Vàng, Hợp tác xã Du lịch cộng đồng Tà Xùa hiện có 27 thành viên, trong đó 11 người đã được cấp thẻ hướng dẫn viên du lịch tại điểm. Mỗi tháng, hợp tác xã đón khoảng 600 lượt khách; thu nhập của thành viên từ 4 đến 6 triệu đồng/người/tháng. Giá thuê porter dẫn đường lên đỉnh Tà Xùa là 300.000 đồng/ngày, khách đi nhóm từ hai người trở lên.

Để bảo đảm an toàn, UBND huyện đã lắp đặt 45 biển cảnh báo và 1,2 km lan can bảo vệ tại các đoạn sống lưng khủng long; thành lập 2 tổ cứu hộ với 16 thành viên. Trong năm, các tổ cứu hộ đã hỗ trợ 23 trường hợp du khách gặp sự cố, trong đó 5 trường hợp bị trượt ngã phải đưa đi cấp cứu. Tổng kinh phí đầu tư các hạng mục an toàn gần 1,8 tỷ đồng.

Năm 2025, huyện dự kiến đón 60.000 lượt khách đến Tà Xùa, Háng Đồng; phấn đấu 100% cơ sở kinh doanh dịch vụ trekking mua bảo hiểm cho khách. Du khách cần hỗ trợ liên hệ đường dây nóng 0212.3860.115 (Phòng Văn hóa và Thông tin huyện).

Thu Hằng - Trung tâm Truyền thông và Văn hóa huyện
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 52.000 lượt khách", "52.000", 52000, "count", "lượt khách", approx="over",
        change=chg("increase", 30, "%", "năm 2023", approx="nearly"),
        subject="lượt khách đến săn mây, trekking sống lưng khủng long tại xã Tà Xùa và xã Háng Đồng", period=Y24),
    fig("ước đạt 46 tỷ", "46", 46000000000, "money", "đồng", status="estimate",
        subject="tổng thu từ du lịch", period=Y24),
    fig("khoảng 17 km", "17", 17, "measure", "km", approx="about",
        subject="khoảng cách từ xã Tà Xùa đến trung tâm huyện"),
    fig("có 27 thành viên", "27", 27, "count", "thành viên",
        subject="thành viên Hợp tác xã Du lịch cộng đồng Tà Xùa"),
    fig("trong đó 11 người", "11", 11, "count", "người", total=27,
        subject="thành viên hợp tác xã được cấp thẻ hướng dẫn viên du lịch tại điểm"),
    fig("khoảng 600 lượt", "600", 600, "measure", "lượt khách/tháng", approx="about",
        subject="lượt khách hợp tác xã đón mỗi tháng"),
    fig("từ 4 đến 6 triệu", "4", 4000000, "money", "đồng/người/tháng", value_max=6000000,
        subject="thu nhập của thành viên hợp tác xã"),
    fig("là 300.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày",
        subject="giá thuê porter dẫn đường lên đỉnh Tà Xùa"),
    fig("từ hai người", "hai", 2, "count", "người", approx="at_least", optional=True,
        subject="khách mỗi nhóm thuê porter"),
    fig("lắp đặt 45 biển", "45", 45, "count", "biển cảnh báo", subject="biển cảnh báo đã lắp đặt"),
    fig("1,2 km lan can", "1,2", 1.2, "measure", "km", subject="lan can bảo vệ tại các đoạn sống lưng khủng long"),
    fig("thành lập 2 tổ", "2", 2, "count", "tổ cứu hộ", subject="tổ cứu hộ được thành lập"),
    fig("với 16 thành viên", "16", 16, "count", "thành viên", subject="thành viên các tổ cứu hộ"),
    fig("hỗ trợ 23 trường hợp", "23", 23, "count", "trường hợp",
        subject="trường hợp du khách gặp sự cố được tổ cứu hộ hỗ trợ", period=IN_YEAR),
    fig("trong đó 5 trường hợp", "5", 5, "count", "trường hợp", total=23,
        subject="trường hợp du khách bị trượt ngã phải đưa đi cấp cứu", period=IN_YEAR),
    fig("gần 1,8 tỷ", "1,8", 1800000000, "money", "đồng", approx="nearly",
        subject="tổng kinh phí đầu tư các hạng mục an toàn"),
    fig("dự kiến đón 60.000", "60.000", 60000, "count", "lượt khách", status="forecast",
        subject="lượt khách đến Tà Xùa, Háng Đồng", period=Y25),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở kinh doanh dịch vụ trekking mua bảo hiểm cho khách", period=Y25),
]

NOTES = [
    "District portal (huyện Bắc Yên, Sơn La): Tà Xùa trekking, 2024; 'Thứ Năm, 20/03/2025 - 14:05', byline at the end.",
    "Default location Bắc Yên (the district portal; communes Tà Xùa, Háng Đồng, bản Mống Vàng lie in it).",
    "Distractors: phone 0212.3860.115, time 14:05, dateline. 'từ hai người trở lên' is a booking condition (optional).",
    "'Trong năm' in the rescue paragraph is the report year 2024 (stated in the sentence). 'Mỗi tháng ... khoảng 600 lượt khách' is a rate (measure).",
    "The cooperative passage has no period ('hiện có', 'Mỗi tháng'); the safety investment sentence has none either (works built over time).",
]

if __name__ == "__main__":
    write("p1145-2", TEXT, NOTES, FIGS, published="2025-03-20", location="Bắc Yên")

"""p1145-6: national newspaper: two trekkers lost on Tà Chì Nhù (Trạm Tấu, Yên Bái) rescued; district figures, rules and fees."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Xã hội
Thứ bảy, 14/12/2024, 08:15 (GMT+7)

Tìm thấy hai du khách lạc trên đỉnh Tà Chì Nhù

Yên Bái - Hai du khách quê Hà Nội tự leo đỉnh Tà Chì Nhù (cao 2.979 m) mà không thuê người dẫn đường đã bị lạc, được lực lượng cứu hộ tìm thấy sau hơn 30 giờ tìm kiếm.

Theo Ban Chỉ huy Quân sự huyện Trạm Tấu, anh N.V.T. (27 tuổi) và anh L.Q.H. (31 tuổi) xuất phát từ xã Xà Hồ lúc 6h sáng 12/12, đến tối vẫn không liên lạc được với gia đình. UBND huyện đã huy động 45 người, gồm 12 cán bộ công an, 18 dân quân và 15 người dân địa phương thông thạo địa hình, chia làm 4 nhóm tìm kiếm trong đêm. Khoảng 14h ngày 13/12, hai du khách được phát hiện ở độ cao khoảng 2.400 m, một người bị trật khớp chân.

Theo Phòng Văn hóa và Thông tin huyện Trạm Tấu, 11 tháng năm 2024, hai tuyến trekking Tà Chì Nhù và Lùng Cúng đón khoảng 18.500 lượt khách, gấp 1,5 lần cùng kỳ năm trước; từ đầu năm, lực lượng chức năng đã 4 lần tổ chức tìm kiếm du khách đi lạc.

Theo quy định của huyện, khách leo Tà Chì Nhù phải đăng ký tại trạm kiểm soát, mua bảo hiểm và thuê porter là người địa phương với giá 500.000-700.000 đồng/ngày; nhóm đi tự do không có người dẫn đường có thể bị phạt từ 1 đến 3 triệu đồng. Giá vé tham quan là 50.000 đồng/lượt.

Ông Giàng A Chư, một porter ở xã Xà Hồ, cho biết mùa cao điểm từ tháng 10 đến tháng 3 năm sau, mỗi tháng ông dẫn 5-6 đoàn. "Nhiều bạn trẻ xem video trên mạng rồi tự đi, gặp sương mù là mất phương hướng ngay", ông nói.

Phạm Linh
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
YTD = per("từ đầu năm", "2024-01-01", "2024-12-14")
TT = "Trạm Tấu"

FIGS = [
    fig("Tìm thấy hai du khách", "hai", 2, "count", "du khách",
        subject="du khách lạc trên đỉnh Tà Chì Nhù được tìm thấy", location=TT),
    fig("Hai du khách quê", "Hai", 2, "count", "du khách",
        subject="du khách tự leo đỉnh Tà Chì Nhù bị lạc", location=TT),
    fig("cao 2.979 m", "2.979", 2979, "measure", "m", subject="độ cao đỉnh Tà Chì Nhù", location=TT),
    fig("hơn 30 giờ", "30", 30, "measure", "giờ", approx="over", subject="thời gian tìm kiếm", location=TT),
    fig("(27 tuổi)", "27", 27, "measure", "tuổi", optional=True, subject="tuổi du khách", location=TT),
    fig("(31 tuổi)", "31", 31, "measure", "tuổi", optional=True, subject="tuổi du khách", location=TT),
    fig("huy động 45 người", "45", 45, "count", "người", subject="người được huy động tìm kiếm", location=TT),
    fig("12 cán bộ", "12", 12, "count", "cán bộ công an", total=45,
        subject="cán bộ công an được huy động tìm kiếm", location=TT),
    fig("18 dân quân", "18", 18, "count", "dân quân", total=45,
        subject="dân quân được huy động tìm kiếm", location=TT),
    fig("15 người dân", "15", 15, "count", "người dân", total=45,
        subject="người dân địa phương thông thạo địa hình được huy động tìm kiếm", location=TT),
    fig("chia làm 4 nhóm", "4", 4, "count", "nhóm", subject="nhóm tìm kiếm", location=TT),
    fig("13/12, hai du khách", "hai", 2, "count", "du khách", optional=True,
        subject="du khách được phát hiện", location=TT),
    fig("khoảng 2.400 m", "2.400", 2400, "measure", "m", approx="about",
        subject="độ cao nơi phát hiện du khách", location=TT),
    fig("một người bị", "một", 1, "count", "người", subject="du khách bị trật khớp chân", location=TT),
    fig("hai tuyến trekking", "hai", 2, "count", "tuyến trekking", optional=True, location=TT),
    fig("khoảng 18.500 lượt", "18.500", 18500, "count", "lượt khách", approx="about",
        change=chg("increase", 1.5, "lần", "cùng kỳ năm trước"),
        subject="lượt khách hai tuyến trekking Tà Chì Nhù và Lùng Cúng", period=M11, location=TT),
    fig("đã 4 lần", "4", 4, "count", "lần", subject="lần tổ chức tìm kiếm du khách đi lạc", period=YTD, location=TT),
    fig("500.000-700.000", "500.000", 500000, "money", "đồng/ngày", value_max=700000,
        subject="giá thuê porter là người địa phương", location=TT),
    fig("từ 1 đến 3 triệu", "1", 1000000, "money", "đồng", value_max=3000000,
        subject="mức phạt nhóm đi tự do không có người dẫn đường", location=TT),
    fig("là 50.000 đồng/lượt", "50.000", 50000, "money", "đồng/lượt", subject="giá vé tham quan Tà Chì Nhù",
        location=TT),
    fig("dẫn 5-6 đoàn", "5", 5, "measure", "đoàn/tháng", value_max=6,
        subject="đoàn ông Giàng A Chư dẫn mỗi tháng mùa cao điểm", location=TT),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 14/12/2024, 08:15 (GMT+7)', lead tag 'Yên Bái -', byline at the end. Rescue in huyện Trạm Tấu.",
    "Every figure describes Trạm Tấu (the district is named; the porter lives in xã Xà Hồ of the district). Default location Yên Bái (none left).",
    "'hai du khách' in the headline and 'Hai du khách' in the lead are both counts (number words); the later 'hai du khách được phát hiện' refers back to them (optional).",
    "'45 người, gồm 12 ..., 18 ..., 15 ...' parts add up: total 45. Ages are optional; 'hai tuyến trekking' only names the two routes (optional).",
    "'gấp 1,5 lần cùng kỳ năm trước' after a count is its change. 'từ đầu năm' ends at published 2024-12-14.",
    "'mỗi tháng ông dẫn 5-6 đoàn' is a rate (đoàn/tháng) with no dated period ('mùa cao điểm từ tháng 10 đến tháng 3 năm sau' is a season).",
    "Distractors: '6h sáng 12/12', 'Khoảng 14h ngày 13/12', dateline time 08:15, 'GMT+7', initials N.V.T., L.Q.H.",
]

if __name__ == "__main__":
    write("p1145-6", TEXT, NOTES, FIGS, published="2024-12-14", location="Yên Bái")

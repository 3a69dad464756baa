"""p1436-6: national newspaper (VnExpress style): cockroach surge in TP HCM rainy season, pest-control firms overloaded."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự | Kinh doanh | Đời sống | Sức khỏe

Thứ bảy, 14/9/2024, 07:00 (GMT+7)

Gián bùng phát mùa mưa, dịch vụ diệt côn trùng quá tải

Nhiều công ty diệt côn trùng tại TP HCM nhận số đơn tăng 30-40% trong tháng 8, lịch hẹn kín đến tuần sau.

Chị Nguyễn Thị Mai, sống tại một chung cư ở TP Thủ Đức, cho biết chỉ trong một tuần chị bắt được hơn 50 con gián trong bếp. Gọi thuê dịch vụ, chị phải chờ 5 ngày mới có lịch.

Ông Phạm Quốc Bảo, giám đốc Công ty TNHH Diệt côn trùng Thịnh An, cho biết tháng 8 công ty nhận khoảng 1.200 đơn, gấp 1,5 lần tháng 5. Đội ngũ ba chục kỹ thuật viên của công ty phải làm cả chủ nhật. Giá xử lý gián cho căn hộ 2 phòng ngủ khoảng 800.000 đồng, bảo hành 3 tháng; gói phòng mối định kỳ cho nhà phố từ 5 đến 7 triệu đồng mỗi năm.

Theo Sở Y tế TP HCM, đến cuối tháng 8, thành phố có 605 cơ sở công bố đủ điều kiện cung cấp dịch vụ diệt côn trùng, diệt khuẩn, chiếm gần 29% cả nước. Tuy nhiên, khảo sát của Hội Bảo vệ người tiêu dùng thành phố cho thấy khoảng 40% hộ dân từng thuê dịch vụ qua mạng xã hội mà không kiểm tra giấy phép. Năm 2023, hội nhận 57 đơn khiếu nại liên quan, gấp đôi năm 2022.

"Gián có thể mang hơn 30 loại vi khuẩn gây bệnh, người dân không nên tự pha hóa chất đậm đặc", bác sĩ Trần Hữu Lộc, Trung tâm Kiểm soát bệnh tật thành phố, khuyến cáo.

Thu Trang
"""

AUG = per("tháng 8", "2024-08-01", "2024-08-31")
ASOF = per("đến cuối tháng 8", None, "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TD = "Thủ Đức"

FIGS = [
    fig("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="số đơn của nhiều công ty diệt côn trùng", period=AUG),
    fig("hơn 50 con", "50", 50, "count", "con gián", approx="over",
        subject="gián chị Mai bắt được trong bếp", location=TD),
    fig("chờ 5 ngày", "5", 5, "measure", "ngày", subject="thời gian chờ có lịch dịch vụ", location=TD),
    fig("khoảng 1.200 đơn", "1.200", 1200, "count", "đơn", approx="about",
        change=chg("increase", 1.5, "lần", "tháng 5"),
        subject="đơn Công ty TNHH Diệt côn trùng Thịnh An nhận", period=AUG),
    fig("ba chục kỹ thuật", "ba chục", 30, "count", "kỹ thuật viên",
        subject="đội ngũ kỹ thuật viên của công ty"),
    fig("căn hộ 2 phòng", "2", 2, "count", "phòng ngủ", optional=True, subject="phòng ngủ của căn hộ"),
    fig("khoảng 800.000", "800.000", 800000, "money", "đồng", approx="about",
        subject="giá xử lý gián cho căn hộ 2 phòng ngủ"),
    fig("bảo hành 3 tháng", "3", 3, "measure", "tháng", subject="thời gian bảo hành"),
    fig("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/năm", value_max=7e6,
        subject="giá gói phòng mối định kỳ cho nhà phố"),
    fig("có 605 cơ sở", "605", 605, "count", "cơ sở", percent=29,
        subject="cơ sở công bố đủ điều kiện cung cấp dịch vụ diệt côn trùng, diệt khuẩn", period=ASOF),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="hộ dân từng thuê dịch vụ qua mạng xã hội mà không kiểm tra giấy phép"),
    fig("nhận 57 đơn", "57", 57, "count", "đơn", change=chg("increase", 2, "lần", "năm 2022"),
        subject="đơn khiếu nại liên quan hội nhận", period=Y23),
    fig("hơn 30 loại", "30", 30, "count", "loại", approx="over",
        subject="loại vi khuẩn gây bệnh gián có thể mang", location=""),
]

NOTES = [
    "National newspaper (VnExpress style): 'Thứ bảy, 14/9/2024, 07:00 (GMT+7)', sapo, quote, byline Thu Trang.",
    "Distractors: 07:00, (GMT+7), 'chỉ trong một tuần' (a duration that only locates), 'tuần sau', 'tháng 5' as a baseline.",
    "Location TP Hồ Chí Minh (default); the resident's anecdote is in TP Thủ Đức. 'hơn 30 loại vi khuẩn' is a general fact: no place (location "" = null, overriding the default).",
    "Sapo 'số đơn tăng 30-40% trong tháng 8': a growth rate as the claim, range, no change; 'tháng 8' takes 2024 from the dateline.",
    "'gấp 1,5 lần tháng 5', 'gấp đôi năm 2022' follow a figure: changes in 'lần'. 'chiếm gần 29% cả nước' is the 605's percent.",
    "'ba chục kỹ thuật viên' = 30. 'chờ 5 ngày', 'bảo hành 3 tháng' are durations that are the claim (measures), not period locators.",
    "'căn hộ 2 phòng ngủ' names the class of flat priced: optional. 'từ 5 đến 7 triệu đồng mỗi năm' is a rate 'đồng/năm'.",
]

if __name__ == "__main__":
    write("p1436-6", TEXT, NOTES, FIGS, published="2024-09-14", location="TP Hồ Chí Minh")

"""p1572-6: national newspaper: sneaker cleaning shops in TP Hồ Chí Minh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp

Chủ nhật, 13/10/2024, 09:20 (GMT+7)

Dịch vụ vệ sinh giày sneaker hút khách

Nhiều tiệm vệ sinh giày ở TP HCM nhận 80-100 đôi mỗi ngày, khách trẻ sẵn sàng trả tới 250.000 đồng để giày trắng như mới.

Tiệm của anh Phạm Quốc Bảo trên đường Nơ Trang Long, quận Bình Thạnh, mở từ năm 2019 với hai nhân viên. Nay tiệm có 7 nhân viên, mỗi ngày nhận vệ sinh khoảng 90 đôi, cao điểm cuối tuần lên tới 150 đôi. Giá dịch vụ từ 60.000 đến 250.000 đồng một đôi, tùy chất liệu da lộn, vải canvas hay da trơn; gói phục hồi đế ố vàng có giá 180.000 đồng. Doanh thu mỗi tháng khoảng 180 triệu đồng, gấp đôi năm 2020.

"Khoảng 60% khách là sinh viên và nhân viên văn phòng trẻ", anh Bảo nói. Chị Ngọc Trâm, 24 tuổi, cho biết mỗi tháng mang 2-3 đôi giày đi giặt vì "tự giặt dễ bong keo".

Theo khảo sát của Công ty nghiên cứu thị trường Q&Me, TP HCM hiện có hơn 300 tiệm vệ sinh, chăm sóc giày, riêng 9 tháng đầu năm nay mở mới khoảng 45 tiệm. Khoảng 72% người được hỏi từng sử dụng dịch vụ này.

Trong khi đó, nghề đánh giày dạo truyền thống đang thu hẹp. Một bác thợ ở phố đi bộ Nguyễn Huệ cho biết mỗi ngày chỉ đánh được 10-15 đôi, giá 20.000 đồng/đôi, ít hơn nhiều so với trước dịch.

Theo các chủ tiệm, mở một tiệm vệ sinh giày quy mô nhỏ cần vốn từ 150 đến 200 triệu đồng cho máy sấy, tủ khử mùi và hóa chất chuyên dụng.

Thu Hà
"""

M9 = per("9 tháng đầu năm nay", "2024-01-01", "2024-09-30")
BT = "Bình Thạnh"

FIGS = [
    fig("nhận 80-100 đôi", "80", 80, "measure", "đôi/ngày", value_max=100,
        subject="giày nhiều tiệm vệ sinh giày nhận mỗi ngày"),
    fig("trả tới 250.000", "250.000", 250000, "money", "đồng",
        subject="số tiền khách trẻ sẵn sàng trả để vệ sinh giày"),
    fig("có 7 nhân viên", "7", 7, "count", "nhân viên", subject="nhân viên tiệm", location=BT),
    fig("khoảng 90 đôi", "90", 90, "measure", "đôi/ngày", approx="about",
        subject="giày tiệm nhận vệ sinh mỗi ngày", location=BT),
    fig("tới 150 đôi", "150", 150, "measure", "đôi/ngày", subject="giày tiệm nhận vệ sinh cao điểm cuối tuần",
        location=BT),
    fig("từ 60.000 đến 250.000", "60.000", 60000, "money", "đồng/đôi", value_max=250000,
        subject="giá dịch vụ vệ sinh giày", location=BT),
    fig("giá 180.000", "180.000", 180000, "money", "đồng", subject="giá gói phục hồi đế ố vàng", location=BT),
    fig("khoảng 180 triệu", "180", 180e6, "money", "đồng/tháng", approx="about",
        change=chg("increase", 2, "lần", "năm 2020"), subject="doanh thu của tiệm", location=BT),
    fig("Khoảng 60% khách", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ khách là sinh viên và nhân viên văn phòng", location=BT),
    fig("mang 2-3 đôi", "2", 2, "measure", "đôi/tháng", value_max=3, subject="giày chị Ngọc Trâm mang đi giặt mỗi tháng"),
    fig("hơn 300 tiệm", "300", 300, "count", "tiệm", approx="over", subject="tiệm vệ sinh, chăm sóc giày"),
    fig("khoảng 45 tiệm", "45", 45, "count", "tiệm", approx="about", subject="tiệm mở mới", period=M9),
    fig("Khoảng 72%", "72", 72, "percent", "%", approx="about",
        subject="người được hỏi từng sử dụng dịch vụ vệ sinh giày"),
    fig("được 10-15 đôi", "10", 10, "measure", "đôi/ngày", value_max=15,
        subject="giày thợ đánh giày dạo đánh được mỗi ngày"),
    fig("giá 20.000", "20.000", 20000, "money", "đồng/đôi", subject="giá đánh giày dạo"),
    fig("từ 150 đến 200 triệu", "150", 150e6, "money", "đồng", value_max=200e6,
        subject="vốn mở một tiệm vệ sinh giày quy mô nhỏ"),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Chủ nhật, 13/10/2024, 09:20 (GMT+7)' (published), sapo, quote, byline at the end.",
    "Distractors: 09:20, (GMT+7), 'từ năm 2019' (founding year), 'Q&Me', 'trước dịch'.",
    "Location: the default is TP Hồ Chí Minh; the shop on Nơ Trang Long, quận Bình Thạnh → Bình Thạnh for the shop's figures.",
    "'mở từ năm 2019 với hai nhân viên' → count 2 with period năm 2019 (the staff at opening); 'Nay tiệm có 7 nhân viên' → no period.",
    "'Chị Ngọc Trâm, 24 tuổi' → a person's age in apposition: optional (the spec neither lists ages as figures nor excludes them).",
    "Rates: 'mỗi ngày', 'mỗi tháng' → measure with denominators 'đôi/ngày', 'đôi/tháng', revenue 'đồng/tháng'. Price 'từ 60.000 đến 250.000 đồng một đôi' → 'đồng/đôi'.",
    "'gấp đôi năm 2020' after the revenue → change increase 2 lần, baseline năm 2020. 'tới' ('trả tới', 'lên tới') stresses size: exact, as in p1572-1.",
    "'9 tháng đầu năm nay' → 2024 (published). 'riêng 9 tháng ... mở mới khoảng 45 tiệm' has no part-of-whole cue: no total.",
    "'Khoảng 72% người được hỏi' → percent figure, no period stated.",
]

FIGS.insert(2, fig("với hai nhân viên", "hai", 2, "count", "nhân viên", subject="nhân viên tiệm khi mở",
                   period=per("năm 2019", "2019-01-01", "2019-12-31"), location=BT))
FIGS.insert(11, fig("24 tuổi", "24", 24, "measure", "tuổi", subject="tuổi chị Ngọc Trâm", optional=True))

if __name__ == "__main__":
    write("p1572-6", TEXT, NOTES, FIGS, published="2024-10-13", location="TP Hồ Chí Minh")

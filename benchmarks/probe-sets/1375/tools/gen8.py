"""p1375-8: radio/TV site (Đài PT-TH Lào Cai): Sa Pa music festival, live broadcast views, tourists Q1/2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LÀO CAI
Thời sự | Kinh tế | Văn hóa - Xã hội | Truyền hình | Phát thanh

Lễ hội âm nhạc "Sa Pa trong mây" thu hút gần 28.000 lượt khán giả

14:35 - 18/03/2025 | Lượt xem: 3.412

LCTV - Trong hai ngày 15 và 16/3, Lễ hội âm nhạc "Sa Pa trong mây" lần thứ nhất tại Quảng trường thị xã Sa Pa đã thu hút gần 28.000 lượt khán giả trực tiếp. Chương trình được truyền hình trực tiếp trên kênh LCTV và các nền tảng số với hơn 1,3 triệu lượt xem.

Lễ hội có 22 nghệ sĩ, nhóm nhạc tham gia, trong đó có 5 nhóm nhạc dân tộc Mông, Dao, Giáy của địa phương. Giá vé khu vực VIP là 1,5 triệu đồng, khu vực phổ thông 350.000 đồng; khoảng 60% số vé được bán qua kênh trực tuyến.

Theo UBND thị xã Sa Pa, trong 2 ngày diễn ra lễ hội, thị xã đón khoảng 41.500 lượt khách, tăng 35% so với cùng kỳ năm 2024; công suất phòng đạt 87%; doanh thu du lịch ước đạt 126 tỷ đồng. Quý I/2025, Sa Pa ước đón khoảng 1,02 triệu lượt khách, tăng 12,4% so với cùng kỳ, đạt 25,5% kế hoạch năm.

Năm 2025, thị xã đặt mục tiêu đón 4 triệu lượt khách và dự kiến tổ chức lễ hội âm nhạc định kỳ hai lần mỗi năm vào tháng 3 và tháng 10.

Phóng viên: Lò Thị Mai - Vàng A Sính
Bản tin Thời sự 19h45 ngày 18/3/2025

Địa chỉ: Số 068 đường Hoàng Liên, phường Cốc Lếu, TP Lào Cai
Điện thoại: 0214.3840.256
"""

FEST = per("Trong hai ngày 15 và 16/3", "2025-03-15", "2025-03-16")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("thu hút gần 28.000 lượt khán giả\n", "28.000", 28000, "count", "lượt khán giả", approx="nearly",
        subject='lượt khán giả Lễ hội âm nhạc "Sa Pa trong mây" thu hút'),
    fig("gần 28.000 lượt khán giả trực tiếp", "28.000", 28000, "count", "lượt khán giả", approx="nearly",
        period=FEST, subject="lượt khán giả trực tiếp lễ hội thu hút"),
    fig("hơn 1,3 triệu", "1,3", 1.3e6, "count", "lượt xem", approx="over", period=inh(FEST),
        subject="lượt xem chương trình truyền hình trực tiếp trên kênh LCTV và các nền tảng số"),
    fig("có 22 nghệ sĩ", "22", 22, "count", "nghệ sĩ, nhóm nhạc", subject="nghệ sĩ, nhóm nhạc tham gia lễ hội"),
    fig("có 5 nhóm nhạc", "5", 5, "count", "nhóm nhạc", total=22,
        subject="nhóm nhạc dân tộc Mông, Dao, Giáy của địa phương"),
    fig("VIP là 1,5 triệu", "1,5", 1.5e6, "money", "đồng", subject="giá vé khu vực VIP"),
    fig("phổ thông 350.000", "350.000", 350000, "money", "đồng", subject="giá vé khu vực phổ thông"),
    fig("khoảng 60% số vé", "60", 60, "percent", "%", approx="about",
        subject="số vé được bán qua kênh trực tuyến"),
    fig("khoảng 41.500", "41.500", 41500, "count", "lượt khách", approx="about", period=inh(FEST),
        change=chg("increase", 35, "%", "cùng kỳ năm 2024"), subject="lượt khách thị xã đón"),
    fig("đạt 87%", "87", 87, "percent", "%", period=inh(FEST), subject="công suất phòng"),
    fig("ước đạt 126 tỷ", "126", 126e9, "money", "đồng", status="estimate", period=inh(FEST),
        subject="doanh thu du lịch"),
    fig("khoảng 1,02 triệu", "1,02", 1.02e6, "count", "lượt khách", approx="about", status="estimate", period=Q1,
        change=chg("increase", 12.4, "%", "cùng kỳ"), percent=25.5, subject="lượt khách Sa Pa đón"),
    fig("đón 4 triệu", "4", 4e6, "count", "lượt khách", status="target", period=Y25,
        subject="lượt khách thị xã đón"),
    fig("định kỳ hai lần", "hai", 2, "measure", "lần/năm", status="forecast", period=Y25,
        subject="số lần tổ chức lễ hội âm nhạc mỗi năm", optional=True),
]

NOTES = [
    "Radio/TV site (Đài Phát thanh và Truyền hình Lào Cai): menu, '14:35 - 18/03/2025 | Lượt xem: 3.412', tag 'LCTV -', reporters, broadcast slot, footer.",
    "Distractors: 'Lượt xem: 3.412' (page counter) against the real '1,3 triệu lượt xem' of the live broadcast; 'Trong hai ngày 15 và 16/3'",
    "and 'trong 2 ngày diễn ra lễ hội' (durations that place figures in time), 'lần thứ nhất', '19h45 ngày 18/3/2025', 'Số 068', phone.",
    "Headline and body both state the 28.000 audience: two figures; the headline one has no period.",
    "'trong 2 ngày diễn ra lễ hội' points back to 15-16/3 of the first paragraph (inherited). 'ước' governs only '126 tỷ' after ';'.",
    "'Quý I/2025 ... ước đón khoảng 1,02 triệu ... tăng 12,4% ..., đạt 25,5% kế hoạch năm' → estimate, about, change, percent.",
    "'định kỳ hai lần mỗi năm' is optional: a planned frequency (measure lần/năm, forecast) that a careful annotator may skip.",
    "Default location Sa Pa (the town and its festival).",
]

if __name__ == "__main__":
    write("p1375-8", TEXT, NOTES, FIGS, published="2025-03-18", location="Sa Pa")

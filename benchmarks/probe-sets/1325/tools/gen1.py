"""p1325-1: province portal (Quảng Nam): cooking classes for tourists in Hội An, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Lớp học nấu ăn ở Hội An hút hơn 95 nghìn lượt khách

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Phòng Văn hóa và Thông tin thành phố Hội An, 9 tháng đầu năm 2024, các lớp học nấu ăn trên địa bàn thành phố đón 95.400 lượt khách, tăng 18,6% so với cùng kỳ năm 2023; trong đó khách quốc tế chiếm khoảng 87%.

Hiện Hội An có 42 cơ sở tổ chức lớp học nấu ăn cho du khách, tăng 5 cơ sở so với năm 2023, tập trung tại xã Cẩm Thanh, phường Cẩm Châu và làng rau Trà Quế. Mỗi lớp kéo dài từ 3 đến 4 giờ, gồm đi chợ, hái rau và chế biến 3-4 món như cao lầu, bánh xèo, gỏi cuốn; học phí phổ biến từ 25 đến 45 USD/người.

Cơ sở lớn nhất là Bếp Quê Hội An (số 28 Nguyễn Phúc Chu, phường Minh An) với 35 lao động, mỗi ngày tổ chức 6 lớp, mỗi lớp không quá 20 học viên. Từ đầu năm đến nay, cơ sở đón gần 11.000 lượt học viên, chiếm 11,5% lượt khách toàn thành phố.

Doanh thu từ các lớp học nấu ăn 9 tháng ước đạt 62,5 tỷ đồng, bằng 81% kế hoạch năm. Năm 2024, thành phố phấn đấu đón 130.000 lượt khách tham gia lớp học nấu ăn; đến năm 2025 có ít nhất 50 cơ sở đạt chuẩn phục vụ khách du lịch.

Tin liên quan:
- Khai mạc Tuần lễ Ẩm thực Hội An lần thứ 3
- Quyết định số 2316/QĐ-UBND công nhận điểm du lịch cộng đồng Trà Quế
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hút hơn 95 nghìn", "95", 95000, "count", "lượt khách", approx="over",
        subject="lượt khách lớp học nấu ăn ở Hội An"),
    fig("đón 95.400 lượt", "95.400", 95400, "count", "lượt khách",
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="lượt khách các lớp học nấu ăn đón", period=NINE),
    fig("chiếm khoảng 87%", "87", 87, "percent", "%", approx="about",
        subject="khách quốc tế trong lượt khách các lớp học nấu ăn", period=NINE),
    fig("có 42 cơ sở", "42", 42, "count", "cơ sở", change=chg("increase", 5, "cơ sở", "năm 2023"),
        subject="cơ sở tổ chức lớp học nấu ăn cho du khách"),
    fig("từ 3 đến 4 giờ", "3", 3, "measure", "giờ", value_max=4, subject="thời gian mỗi lớp học nấu ăn"),
    fig("chế biến 3-4 món", "3", 3, "count", "món", value_max=4, subject="món chế biến mỗi lớp"),
    fig("từ 25 đến 45 USD", "25", 25, "money", "USD/người", value_max=45, subject="học phí"),
    fig("với 35 lao động", "35", 35, "count", "lao động", subject="lao động của Bếp Quê Hội An"),
    fig("tổ chức 6 lớp", "6", 6, "measure", "lớp/ngày", subject="lớp học Bếp Quê Hội An tổ chức mỗi ngày"),
    fig("không quá 20 học viên", "20", 20, "measure", "học viên/lớp", approx="at_most",
        subject="học viên mỗi lớp"),
    fig("gần 11.000 lượt", "11.000", 11000, "count", "lượt học viên", approx="nearly", percent=11.5,
        subject="lượt học viên cơ sở đón", period=YTD),
    fig("ước đạt 62,5 tỷ", "62,5", 62.5e9, "money", "đồng", status="estimate", percent=81,
        subject="doanh thu từ các lớp học nấu ăn", period=NINE_SHORT),
    fig("đón 130.000 lượt", "130.000", 130000, "count", "lượt khách", status="target",
        subject="lượt khách tham gia lớp học nấu ăn", period=Y24),
    fig("ít nhất 50 cơ sở", "50", 50, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở đạt chuẩn phục vụ khách du lịch", period=TO25),
]

NOTES = [
    "Province portal (Quảng Nam): cooking classes in TP Hội An; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, 'số 28 Nguyễn Phúc Chu', 'lần thứ 3', Quyết định số 2316/QĐ-UBND.",
    "All figures describe TP Hội An (wards and communes named are in Hội An): location Hội An.",
    "'trong đó khách quốc tế chiếm khoảng 87%' has no base amount of its own: a percent figure (approx about), period of its sentence.",
    "'tăng 5 cơ sở so với năm 2023' is the change of 42 cơ sở; 'Hiện' gives no period.",
    "'mỗi ngày tổ chức 6 lớp', 'mỗi lớp không quá 20 học viên' are rates: measure, unit with the denominator.",
    "'gần 11.000 lượt học viên, chiếm 11,5% ...' → percent attribute 11.5; 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'bằng 81% kế hoạch năm' → percent attribute (spec: the share after 'bằng'); 'ước đạt' → estimate.",
    "'phấn đấu' governs both clauses of its sentence: 130.000 (Năm 2024) and 'ít nhất 50 cơ sở' ('đến năm 2025', start null) are targets.",
]

if __name__ == "__main__":
    write("p1325-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hội An")

"""p1280-1: city portal (Cổng TTĐT TP Cần Thơ): October 2024 spring-tide peak, flooded streets, damage, forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Triều cường vượt báo động III, hơn 40 tuyến đường nội ô bị ngập

Cập nhật: 18/10/2024 16:45 | Lượt xem: 3.128

Theo Đài Khí tượng Thủy văn TP Cần Thơ, chiều 17/10, mực nước đỉnh triều tại trạm Cần Thơ trên sông Hậu đạt 2,36 m, vượt mức báo động III 0,36 m. So với đỉnh triều cùng kỳ năm 2023, mực nước cao hơn khoảng 12 cm. Đây là đỉnh triều cao thứ 2 tại trạm Cần Thơ từ trước đến nay, chỉ sau năm 2019 (2,45 m).

Triều cường kết hợp mưa lớn khiến 43 tuyến đường tại các quận Ninh Kiều, Bình Thủy và Cái Răng bị ngập từ 0,2 đến 0,5 m, trong đó quận Ninh Kiều có 27 tuyến, nặng nhất là đường Mậu Thân, đường 30 Tháng 4 và khu dân cư 91B. Nước ngập kéo dài từ 2 đến 3 giờ, thường từ 17 giờ đến 20 giờ.

Toàn thành phố có khoảng 3.500 căn nhà bị nước tràn vào, tăng gần 1.000 căn so với đợt triều cường tháng 9. Tại huyện Phong Điền, 126 ha rau màu và 85 ha vườn cây ăn trái bị ngập; 3 đoạn bờ bao dài tổng cộng 320 m bị tràn, vỡ.

UBND thành phố đã huy động hơn 500 cán bộ, chiến sĩ cùng 12 máy bơm chìm loại BS-150, mỗi máy công suất 1.000 m3/giờ; cấp phát 15 nghìn bao cát để gia cố bờ bao. Thiệt hại ban đầu ước khoảng 4,8 tỷ đồng.

Theo dự báo, đợt triều cường rằm tháng 10 âm lịch (từ ngày 14 đến 18/11), mực nước tại trạm Cần Thơ có thể đạt 2,25-2,40 m. Người dân theo dõi thông tin qua đường dây nóng 0292.3820.114.

Tin liên quan:
- Khánh thành cống ngăn triều Cái Sơn - Hàng Bàng
- Triển khai Công điện số 12/CĐ-UBND về ứng phó triều cường
"""

D17 = per("chiều 17/10", "2024-10-17", "2024-10-17")
Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
FC = per("từ ngày 14 đến 18/11", "2024-11-14", "2024-11-18")
PD = "Phong Điền"

FIGS = [
    fig("hơn 40 tuyến", "40", 40, "count", "tuyến đường", approx="over",
        subject="tuyến đường nội ô bị ngập"),
    fig("đạt 2,36 m", "2,36", 2.36, "measure", "m",
        change=chg("increase", 0.36, "m", "mức báo động III"),
        subject="mực nước đỉnh triều tại trạm Cần Thơ", period=D17),
    fig("khoảng 12 cm", "12", 12, "measure", "cm", approx="about",
        subject="mực nước cao hơn đỉnh triều cùng kỳ năm 2023", period=inh(D17)),
    fig("cao thứ 2", "2", 2, "rank", "hạng", subject="đỉnh triều tại trạm Cần Thơ", period=inh(D17)),
    fig("(2,45 m)", "2,45", 2.45, "measure", "m", subject="đỉnh triều tại trạm Cần Thơ năm 2019", period=Y19),
    fig("khiến 43 tuyến", "43", 43, "count", "tuyến đường", subject="tuyến đường bị ngập",
        period=inh(D17)),
    fig("từ 0,2 đến 0,5 m", "0,2", 0.2, "measure", "m", value_max=0.5, subject="độ sâu ngập các tuyến đường",
        period=inh(D17)),
    fig("có 27 tuyến", "27", 27, "count", "tuyến", total=43, subject="tuyến đường bị ngập",
        period=inh(D17), location="Ninh Kiều"),
    fig("từ 2 đến 3 giờ", "2", 2, "measure", "giờ", value_max=3, subject="thời gian nước ngập kéo dài"),
    fig("khoảng 3.500 căn", "3.500", 3500, "count", "căn nhà", approx="about",
        change=chg("increase", 1000, "căn", "đợt triều cường tháng 9", approx="nearly"),
        subject="căn nhà bị nước tràn vào"),
    fig("126 ha", "126", 126, "measure", "ha", subject="diện tích rau màu bị ngập", location=PD),
    fig("85 ha", "85", 85, "measure", "ha", subject="diện tích vườn cây ăn trái bị ngập", location=PD),
    fig("3 đoạn bờ bao", "3", 3, "count", "đoạn bờ bao", subject="đoạn bờ bao bị tràn, vỡ", location=PD),
    fig("320 m", "320", 320, "measure", "m", subject="tổng chiều dài bờ bao bị tràn, vỡ", location=PD),
    fig("hơn 500 cán bộ", "500", 500, "count", "cán bộ, chiến sĩ", approx="over",
        subject="cán bộ, chiến sĩ UBND thành phố huy động"),
    fig("cùng 12 máy bơm", "12", 12, "count", "máy bơm", subject="máy bơm chìm huy động"),
    fig("1.000 m3/giờ", "1.000", 1000, "measure", "m3/giờ", subject="công suất mỗi máy bơm"),
    fig("15 nghìn bao cát", "15", 15000, "count", "bao cát", subject="bao cát cấp phát để gia cố bờ bao"),
    fig("khoảng 4,8 tỷ", "4,8", 4.8e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại ban đầu"),
    fig("2,25-2,40 m", "2,25", 2.25, "measure", "m", value_max=2.40, status="forecast",
        subject="mực nước tại trạm Cần Thơ", period=FC),
]

NOTES = [
    "City portal (Cổng TTĐT TP Cần Thơ): spring-tide peak of 17/10/2024; breadcrumb, 'Cập nhật: 18/10/2024 16:45 | Lượt xem: 3.128', related links.",
    "Distractors: 'báo động III' (an alarm level, twice), 'đường 30 Tháng 4', 'khu dân cư 91B', 'BS-150' (pump model), times '17 giờ đến 20 giờ',",
    "'tháng 9', 'rằm tháng 10 âm lịch', hotline 0292.3820.114, 'Công điện số 12/CĐ-UBND', 'Lượt xem: 3.128'.",
    "'vượt mức báo động III 0,36 m' is a gap to a reference level: a change (increase 0,36 m) of the 2,36 m, as 'vượt 5% kế hoạch' in the spec.",
    "'mực nước cao hơn khoảng 12 cm' stands alone as the claim (no base amount in its sentence): a measure figure with no change.",
    "'trong đó quận Ninh Kiều có 27 tuyến' is a part of the 43 (total), located in Ninh Kiều. Phong Điền passage: location Phong Điền.",
    "'từ 2 đến 3 giờ' is a duration of flooding (a measure); '17 giờ đến 20 giờ' are times of day (not figures).",
    "Periods: 'chiều 17/10' → 2024-10-17 (year of the dateline); later sentences of the same event inherit it (not scored).",
]

if __name__ == "__main__":
    write("p1280-1", TEXT, NOTES, FIGS, published="2024-10-18", location="Cần Thơ")

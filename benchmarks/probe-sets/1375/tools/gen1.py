"""p1375-1: province portal (Bình Định): Lễ hội âm nhạc biển Quy Nhơn 2024, audience, tickets, hotels."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Lễ hội âm nhạc biển Quy Nhơn 2024 thu hút hơn 52.000 lượt khán giả

Cập nhật: 24/06/2024 16:45 | Lượt xem: 1.238

Theo Sở Văn hóa và Thể thao, sau ba đêm diễn (21-23/6) tại Quảng trường Nguyễn Tất Thành, TP Quy Nhơn, Lễ hội âm nhạc biển Quy Nhơn 2024 đã thu hút khoảng 52.600 lượt khán giả, tăng 18,5% so với lễ hội năm 2023. Trong đó, khán giả đến từ các tỉnh, thành phố khác chiếm khoảng 40%.

Lễ hội quy tụ 14 ca sĩ, nhóm nhạc và 2 ban nhạc với hơn 60 tiết mục; mỗi đêm diễn bắt đầu lúc 19h30 và kéo dài khoảng 4 tiếng. Đêm bế mạc có phần trình diễn của ban nhạc Bến Số 9 và các ca sĩ trẻ từ cuộc thi Sao Mai 2022. Vé đêm bế mạc có giá từ 300.000 đến 800.000 đồng/vé; ban tổ chức bán được 9.450 vé, doanh thu hơn 4,2 tỷ đồng, vượt 20% kế hoạch.

Từ ngày 21 đến 23/6, công suất sử dụng phòng bình quân của các cơ sở lưu trú tại TP Quy Nhơn đạt 92%, riêng khu vực ven biển gần 100%; tổng thu từ khách du lịch của thành phố ước đạt 235 tỷ đồng, tăng 26 tỷ đồng so với cùng kỳ năm 2023.

Năm nay, tỉnh dự kiến tổ chức 12 chương trình nghệ thuật ngoài trời phục vụ du khách, gồm 4 đêm nhạc tại Quy Nhơn và 8 chương trình tại các huyện, thị xã. Mục tiêu đến năm 2025, Bình Định đón 8,5 triệu lượt khách du lịch.

Tin liên quan:
- Bình Định: Khai mạc Tuần lễ Văn hóa - Du lịch năm 2024
- Quy Nhơn đón đoàn famtrip lần thứ 3 từ TP Hồ Chí Minh
"""

FEST = per("Từ ngày 21 đến 23/6", "2024-06-21", "2024-06-23")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
BD = "Bình Định"
FESTIVAL = "Lễ hội âm nhạc biển Quy Nhơn 2024"

FIGS = [
    fig("thu hút hơn 52.000", "52.000", 52000, "count", "lượt khán giả", approx="over",
        subject=f"lượt khán giả {FESTIVAL} thu hút"),
    fig("sau ba đêm diễn", "ba", 3, "count", "đêm diễn", subject="đêm diễn của lễ hội", optional=True),
    fig("khoảng 52.600 lượt", "52.600", 52600, "count", "lượt khán giả", approx="about",
        change=chg("increase", 18.5, "%", "lễ hội năm 2023"), subject=f"lượt khán giả {FESTIVAL} thu hút"),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="khán giả đến từ các tỉnh, thành phố khác"),
    fig("quy tụ 14 ca sĩ", "14", 14, "count", "ca sĩ, nhóm nhạc", subject="ca sĩ, nhóm nhạc lễ hội quy tụ"),
    fig("và 2 ban nhạc", "2", 2, "count", "ban nhạc", subject="ban nhạc lễ hội quy tụ"),
    fig("hơn 60 tiết mục", "60", 60, "count", "tiết mục", approx="over", subject="tiết mục của lễ hội"),
    fig("khoảng 4 tiếng", "4", 4, "measure", "tiếng", approx="about", subject="thời lượng mỗi đêm diễn"),
    fig("từ 300.000 đến 800.000", "300.000", 300000, "money", "đồng/vé", value_max=800000,
        subject="giá vé đêm bế mạc"),
    fig("được 9.450 vé", "9.450", 9450, "count", "vé", subject="vé ban tổ chức bán được"),
    fig("hơn 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="over",
        change=chg("increase", 20, "%", "kế hoạch"), subject="doanh thu bán vé"),
    fig("đạt 92%", "92", 92, "percent", "%", period=FEST,
        subject="công suất sử dụng phòng bình quân của các cơ sở lưu trú"),
    fig("gần 100%", "100", 100, "percent", "%", approx="nearly", period=FEST,
        subject="công suất sử dụng phòng khu vực ven biển"),
    fig("ước đạt 235 tỷ", "235", 235e9, "money", "đồng", status="estimate",
        change=chg("increase", 26e9, "đồng", "cùng kỳ năm 2023"), period=FEST,
        subject="tổng thu từ khách du lịch của thành phố"),
    fig("tổ chức 12 chương trình", "12", 12, "count", "chương trình", status="forecast", period=NOW,
        subject="chương trình nghệ thuật ngoài trời phục vụ du khách", location=BD),
    fig("gồm 4 đêm nhạc", "4", 4, "count", "đêm nhạc", status="forecast", total=12, period=NOW,
        subject="đêm nhạc tại Quy Nhơn"),
    fig("và 8 chương trình", "8", 8, "count", "chương trình", status="forecast", total=12, period=NOW,
        subject="chương trình tại các huyện, thị xã", location=BD),
    fig("đón 8,5 triệu", "8,5", 8.5e6, "count", "lượt khách du lịch", status="target", period=TO25,
        subject="lượt khách du lịch Bình Định đón", location=BD),
]

NOTES = [
    "Province portal (Bình Định): Lễ hội âm nhạc biển Quy Nhơn 2024; breadcrumb, 'Cập nhật: 24/06/2024 16:45 | Lượt xem: 1.238', related links.",
    "Distractors: Lượt xem 1.238, '(21-23/6)' (dates, looks like a range), 19h30, 'Bến Số 9', 'Sao Mai 2022', 'năm 2024' and 'lần thứ 3' in links.",
    "The festival and its city: the festival figures are located in Quy Nhơn (default); the province's plan figures are Bình Định.",
    "'sau ba đêm diễn' is optional: a count of shows that also only places the result in time.",
    "'Từ ngày 21 đến 23/6' is a period of three days (year from the dateline); 'ước đạt' governs only the clause after ';'.",
    "'vượt 20% kế hoạch' is a change against the plan; 'tăng 26 tỷ đồng' is a change in đồng.",
    "'gồm 4 ... và 8 ...' are parts of the 12 programmes (forecast, 'Năm nay' = 2024).",
]

if __name__ == "__main__":
    write("p1375-1", TEXT, NOTES, FIGS, published="2024-06-24", location="Quy Nhơn")

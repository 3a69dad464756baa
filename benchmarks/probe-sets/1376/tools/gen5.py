"""p1376-5: provincial Party newspaper (Báo Bình Định): áo dài tailors' peak season in TP Quy Nhơn, Nov 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH ĐỊNH ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa - Văn nghệ | Du lịch

Thợ may áo dài vào mùa cao điểm

18/11/2024 | 06:45

Dịp cuối năm, nhất là trước ngày 20/11 và Tết Nguyên đán, các tiệm may áo dài ở TP Quy Nhơn tất bật với lượng đơn hàng tăng mạnh.

(BĐO) - Tiệm may Ngọc Thảo (số 214 Lê Hồng Phong, TP Quy Nhơn) có 6 thợ, nhưng từ đầu tháng 10 đến nay đã nhận hơn 900 bộ áo dài; mỗi ngày tiệm nhận 25-30 bộ, gấp đôi ngày thường. Chủ tiệm, chị Trần Thị Ngọc Thảo cho biết: "Giá may mỗi bộ từ 450.000 đồng đến 1,2 triệu đồng tùy chất liệu; khách đặt đồng phục cho giáo viên chiếm khoảng 60% đơn hàng".

Theo Phòng Kinh tế TP Quy Nhơn, thành phố hiện có 146 cơ sở may đo, trong đó 58 cơ sở chuyên may áo dài; doanh thu của các cơ sở may áo dài năm 2023 đạt khoảng 38 tỷ đồng.

Hưởng ứng phong trào "Áo dài - Di sản văn hóa Việt Nam", Hội LHPN tỉnh đã vận động hơn 12.000 hội viên đăng ký may áo dài, đạt 120% chỉ tiêu; 11/11 huyện, thị xã, thành phố thành lập đội đồng diễn áo dài.

Tại Lễ hội Áo dài Quy Nhơn lần thứ nhất tổ chức tháng 3 vừa qua, 2.024 phụ nữ mặc áo dài đồng diễn trên quảng trường Nguyễn Tất Thành, được xác lập kỷ lục Việt Nam. Năm 2025, thành phố dự kiến nâng quy mô lễ hội lên khoảng 3.000 người, kéo dài 5 ngày.

NGỌC NHI
"""

SINCE = per("từ đầu tháng 10 đến nay", "2024-10-01", "2024-11-18")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M3 = per("tháng 3 vừa qua", "2024-03-01", "2024-03-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
QN = "Quy Nhơn"
SHOP = "tiệm may Ngọc Thảo"

FIGS = [
    fig("có 6 thợ", "6", 6, "count", "thợ", subject=f"thợ của {SHOP}", location=QN),
    fig("hơn 900 bộ", "900", 900, "count", "bộ", approx="over", subject="bộ áo dài tiệm đã nhận may",
        period=SINCE, location=QN),
    fig("nhận 25-30 bộ", "25", 25, "measure", "bộ/ngày", value_max=30,
        change=chg("increase", 2, "lần", "ngày thường"), subject="bộ áo dài tiệm nhận mỗi ngày", location=QN),
    fig("từ 450.000 đồng", "450.000", 450000, "money", "đồng/bộ", value_max=1.2e6,
        subject="giá may mỗi bộ áo dài", location=QN),
    fig("khoảng 60% đơn", "60", 60, "percent", "%", approx="about",
        subject="khách đặt đồng phục cho giáo viên trong đơn hàng", location=QN),
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở may đo", location=QN),
    fig("58 cơ sở", "58", 58, "count", "cơ sở", total=146, subject="cơ sở chuyên may áo dài", location=QN),
    fig("khoảng 38 tỷ", "38", 38e9, "money", "đồng", approx="about",
        subject="doanh thu của các cơ sở may áo dài", period=Y23, location=QN),
    fig("hơn 12.000 hội viên", "12.000", 12000, "count", "hội viên", approx="over", percent=120,
        subject="hội viên đăng ký may áo dài"),
    fig("11/11 huyện", "11", 11, "count", "huyện, thị xã, thành phố", total=11,
        subject="huyện, thị xã, thành phố thành lập đội đồng diễn áo dài"),
    fig("2.024 phụ nữ", "2.024", 2024, "count", "phụ nữ",
        subject="phụ nữ mặc áo dài đồng diễn tại Lễ hội Áo dài Quy Nhơn", period=M3, location=QN),
    fig("khoảng 3.000 người", "3.000", 3000, "count", "người", approx="about", status="forecast",
        subject="quy mô lễ hội", period=Y25, location=QN),
    fig("kéo dài 5 ngày", "5", 5, "measure", "ngày", status="forecast",
        subject="thời gian lễ hội", period=Y25, location=QN),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Định điện tử): menu, '18/11/2024 | 06:45', sapo, tag '(BĐO) -', byline at the end.",
    "Distractors: 06:45, 'ngày 20/11', 'số 214 Lê Hồng Phong', 'lần thứ nhất', 'quảng trường Nguyễn Tất Thành', 'Tết'.",
    "'từ đầu tháng 10 đến nay' → 2024-10-01 .. the dateline 2024-11-18. 'tháng 3 vừa qua' → March of the dateline year.",
    "'mỗi ngày tiệm nhận 25-30 bộ, gấp đôi ngày thường' → rate (measure, bộ/ngày), range, change 2 lần ('đôi' = 2).",
    "'Giá may mỗi bộ từ 450.000 đồng đến 1,2 triệu đồng' → money range, value_max 1 200 000, unit đồng/bộ.",
    "'146 cơ sở may đo, trong đó 58 cơ sở ...' → total 146. '2.024 phụ nữ' is a count (looks like a year, is not).",
    "'đạt 120% chỉ tiêu' → percent attribute of 12.000 hội viên. '11/11 huyện, thị xã, thành phố' → total 11, province.",
    "TP Quy Nhơn figures (the shop, the city's tailors, the city's festival) → location Quy Nhơn; Hội LHPN tỉnh → Bình Định.",
    "'Năm 2025, thành phố dự kiến ...' governs both clauses (forecast); 'kéo dài 5 ngày' is the planned length (a measure).",
]

if __name__ == "__main__":
    write("p1376-5", TEXT, NOTES, FIGS, published="2024-11-18", location="Bình Định")

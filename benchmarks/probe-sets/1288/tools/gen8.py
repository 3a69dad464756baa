"""p1288-8: radio/TV site (Đài PT-TH Hòa Bình): giảo cổ lam in huyện Đà Bắc, 6 months 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """HÒA BÌNH TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÒA BÌNH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Đà Bắc: Giảo cổ lam 6 tháng thu về hơn 20 tỷ đồng

Ngày đăng: 05/08/2025 | 17:35

(HBTV) - 6 tháng đầu năm 2025, các hợp tác xã và hộ trồng giảo cổ lam ở huyện Đà Bắc đã thu hoạch 186 tấn lá khô, tăng 9,4% so với cùng kỳ năm 2024; tổng doanh thu đạt 20,7 tỷ đồng. Giá giảo cổ lam khô hiện ở mức 110.000-130.000 đồng/kg, cao hơn khoảng 15.000 đồng/kg so với năm trước.

Toàn huyện hiện có 740 ha giảo cổ lam, trong đó 520 ha trồng dưới tán rừng tại các xã Tiền Phong, Vầy Nưa, Cao Sơn. Hợp tác xã Dược liệu Suối Bớ (xã Tiền Phong) là đơn vị đi đầu với 28 thành viên, 2 xưởng sấy và một dây chuyền đóng gói trà túi lọc công suất 1.500 hộp/ngày. Năm 2024, hợp tác xã tiêu thụ 41.000 hộp trà túi lọc giảo cổ lam, đạt 102,5% kế hoạch, doanh thu 7,9 tỷ đồng, lãi ròng gần 1,2 tỷ đồng.

Ông Lò Văn Thắng, Giám đốc hợp tác xã cho biết, mỗi năm hợp tác xã tạo việc làm cho khoảng 45 lao động với thu nhập từ 5,5 đến 7 triệu đồng/người/tháng.

Huyện Đà Bắc đặt mục tiêu đến năm 2030 nâng diện tích giảo cổ lam lên 1.000 ha, giá trị sản phẩm đạt trên 80 tỷ đồng/năm; trước mắt, năm nay dự kiến trồng mới 60 ha.

Video: Quang Huy - Kỹ thuật: Minh Đức
Lượt xem: 846

Tin cùng chuyên mục:
- Hòa Bình: Khai mạc Tuần Văn hóa - Du lịch năm 2025
- Lạc Sơn: Hội thi nhà nông đua tài lần thứ 3
"""

H6 = per("6 tháng", "2025-01-01", "2025-06-30")
N6 = per("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 20 tỷ", "20", 20e9, "money", "đồng", approx="over",
        subject="giảo cổ lam thu về", period=H6),
    fig("thu hoạch 186 tấn", "186", 186, "measure", "tấn",
        change=chg("increase", 9.4, "%", "cùng kỳ năm 2024"),
        subject="lá giảo cổ lam khô các hợp tác xã và hộ trồng thu hoạch", period=N6),
    fig("đạt 20,7 tỷ", "20,7", 20.7e9, "money", "đồng", subject="tổng doanh thu giảo cổ lam", period=N6),
    fig("mức 110.000-130.000", "110.000", 110000, "money", "đồng/kg", value_max=130000,
        change=chg("increase", 15000, "đồng/kg", "năm trước", approx="about"),
        subject="giá giảo cổ lam khô"),
    fig("có 740 ha", "740", 740, "measure", "ha", subject="diện tích giảo cổ lam"),
    fig("đó 520 ha", "520", 520, "measure", "ha", total=740, subject="diện tích giảo cổ lam trồng dưới tán rừng"),
    fig("với 28 thành viên", "28", 28, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("2 xưởng sấy", "2", 2, "count", "xưởng sấy", subject="xưởng sấy của hợp tác xã"),
    fig("một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền đóng gói trà túi lọc"),
    fig("1.500 hộp/ngày", "1.500", 1500, "measure", "hộp/ngày", subject="công suất dây chuyền đóng gói trà túi lọc"),
    fig("tiêu thụ 41.000 hộp", "41.000", 41000, "count", "hộp", percent=102.5,
        subject="trà túi lọc giảo cổ lam hợp tác xã tiêu thụ", period=Y24),
    fig("doanh thu 7,9 tỷ", "7,9", 7.9e9, "money", "đồng", subject="doanh thu hợp tác xã", period=Y24),
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly", subject="lãi ròng hợp tác xã", period=Y24),
    fig("khoảng 45 lao động", "45", 45, "count", "lao động", approx="about",
        subject="lao động hợp tác xã tạo việc làm mỗi năm"),
    fig("từ 5,5 đến 7 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập lao động"),
    fig("lên 1.000 ha", "1.000", 1000, "measure", "ha", status="target",
        subject="diện tích giảo cổ lam", period=TO30),
    fig("trên 80 tỷ", "80", 80e9, "money", "đồng/năm", approx="over", status="target",
        subject="giá trị sản phẩm giảo cổ lam", period=TO30),
    fig("trồng mới 60 ha", "60", 60, "measure", "ha", status="forecast",
        subject="diện tích giảo cổ lam trồng mới", period=NOW),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hòa Bình, HBTV): menu, headline figure, 'Ngày đăng: 05/08/2025 | 17:35', tag '(HBTV) -',",
    "credits 'Video: ... - Kỹ thuật: ...', 'Lượt xem: 846', 'Tin cùng chuyên mục'.",
    "Location Đà Bắc (district of Hòa Bình) throughout; the cooperative is in xã Tiền Phong of the district.",
    "Distractors: 17:35, 'Lượt xem: 846', 'lần thứ 3', 'năm 2025' in a link.",
    "Headline '6 tháng ... hơn 20 tỷ đồng' gets the dateline year 2025. The price range has a change 'cao hơn khoảng 15.000 đồng/kg so với năm trước';",
    "'hiện' gives no period. 'đạt 102,5% kế hoạch' → percent. 'mỗi năm ... khoảng 45 lao động' is a count of jobs (no period).",
    "'mục tiêu đến năm 2030' governs both clauses → target; '; trước mắt, năm nay dự kiến' → forecast, năm nay = 2025.",
]

if __name__ == "__main__":
    write("p1288-8", TEXT, NOTES, FIGS, published="2025-08-05", location="Đà Bắc")

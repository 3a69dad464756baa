"""p1366-8: radio/TV site (Đài PT-TH Bình Định): Phú Phong cattle market before Tết, January 2025."""
from lib import fig, per, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÌNH ĐỊNH
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Video | Radio

Chợ bò Phú Phong nhộn nhịp dịp cận Tết
08/01/2025 - 17:30

(BĐTV) - Từ đầu tháng 1/2025 đến nay, lượng bò đưa về chợ bò Phú Phong, huyện Tây Sơn tăng mạnh, mỗi phiên có khoảng 1.200 con, tăng gần 30% so với ngày thường.

▶ Nghe audio (03:15)

Chợ bò Phú Phong họp 3 phiên mỗi tuần, là một trong ba chợ bò lớn nhất khu vực Nam Trung Bộ. Năm 2024, chợ giao dịch khoảng 86.000 con bò, tăng 8,5% so với năm 2023, tổng giá trị giao dịch gần 1.700 tỷ đồng. Bò từ các tỉnh Gia Lai, Kon Tum, Phú Yên được thương lái đưa về đây, sau đó bán đi các tỉnh phía Bắc và TP Hồ Chí Minh.

Theo ông Nguyễn Văn Hòa, Trưởng Ban quản lý chợ, giá bò hơi hiện dao động từ 75.000 đến 82.000 đồng/kg, cao hơn cùng kỳ năm trước khoảng 5%. Bò lai Zebu loại trên 300 kg được ưa chuộng, giá từ 24 đến 28 triệu đồng/con. Trung bình mỗi phiên, Ban quản lý thu phí khoảng 25 triệu đồng.

Toàn tỉnh Bình Định hiện có 5 chợ gia súc; tổng đàn bò năm 2024 ước đạt 298.000 con, đứng thứ nhất khu vực Nam Trung Bộ. Năm 2025, tỉnh phấn đấu tỷ lệ bò lai đạt 75%, giá trị sản xuất chăn nuôi tăng 4-4,5%; dự kiến xây dựng thêm một chợ gia súc tại huyện Phù Cát với tổng vốn khoảng 15 tỷ đồng.

Thu Hà - Quang Vinh (BĐTV)

Xem thêm:
- Lễ hội Đống Đa - Tây Sơn Xuân Ất Tỵ 2025
- Bản tin Nông nghiệp 24h ngày 07/01/2025
"""

TD = per("Từ đầu tháng 1/2025 đến nay", "2025-01-01", "2025-01-08")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TS = "Tây Sơn"
PC = "Phù Cát"

FIGS = [
    fig("khoảng 1.200 con", "1.200", 1200, "measure", "con/phiên", approx="about",
        change=chg("increase", 30, "%", "ngày thường", approx="nearly"),
        subject="bò đưa về chợ bò Phú Phong mỗi phiên", period=TD, location=TS),
    fig("họp 3 phiên", "3", 3, "measure", "phiên/tuần", subject="phiên họp của chợ bò Phú Phong mỗi tuần",
        location=TS),
    fig("trong ba chợ", "ba", 3, "count", "chợ bò", subject="chợ bò lớn nhất khu vực Nam Trung Bộ",
        location=TS, optional=True),
    fig("khoảng 86.000 con", "86.000", 86000, "count", "con bò", approx="about",
        change=chg("increase", 8.5, "%", "năm 2023"), subject="bò chợ giao dịch", period=Y24, location=TS),
    fig("gần 1.700 tỷ", "1.700", 1700e9, "money", "đồng", approx="nearly", subject="tổng giá trị giao dịch",
        period=Y24, location=TS),
    fig("từ 75.000 đến 82.000", "75.000", 75000, "money", "đồng/kg", value_max=82000,
        change=chg("increase", 5, "%", "cùng kỳ năm trước", approx="about"), subject="giá bò hơi", location=TS),
    fig("trên 300 kg", "300", 300, "measure", "kg", approx="over", subject="trọng lượng bò lai Zebu loại ưa chuộng",
        location=TS, optional=True),
    fig("từ 24 đến 28", "24", 24e6, "money", "đồng/con", value_max=28e6,
        subject="giá bò lai Zebu loại trên 300 kg", location=TS),
    fig("khoảng 25 triệu", "25", 25e6, "money", "đồng/phiên", approx="about",
        subject="phí Ban quản lý thu mỗi phiên", location=TS),
    fig("có 5 chợ", "5", 5, "count", "chợ gia súc", subject="chợ gia súc toàn tỉnh"),
    fig("ước đạt 298.000", "298.000", 298000, "count", "con", status="estimate", subject="tổng đàn bò",
        period=Y24b),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", status="estimate",
        subject="tổng đàn bò khu vực Nam Trung Bộ", period=Y24b),
    fig("đạt 75%", "75", 75, "percent", "%", status="target", subject="tỷ lệ bò lai", period=Y25),
    fig("tăng 4-4,5%", "4", 4, "percent", "%", value_max=4.5, status="target",
        subject="giá trị sản xuất chăn nuôi", period=Y25),
    fig("thêm một chợ", "một", 1, "count", "chợ gia súc", status="forecast",
        subject="chợ gia súc dự kiến xây dựng thêm", period=Y25, location=PC),
    fig("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn xây dựng chợ gia súc", period=Y25, location=PC),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Bình Định): menu, headline, '08/01/2025 - 17:30', tag '(BĐTV) -', audio player '(03:15)', reporters, 'Xem thêm'.",
    "Distractors: 17:30, (03:15), 'Bò lai Zebu', 'Xuân Ất Tỵ 2025' and 'Nông nghiệp 24h ngày 07/01/2025' in links,",
    "Gia Lai, Kon Tum, Phú Yên, TP Hồ Chí Minh (origins and destinations, not places of a figure).",
    "The market passage (chợ bò Phú Phong, huyện Tây Sơn) → Tây Sơn; the province paragraph → Bình Định; the new market → Phù Cát.",
    "'Từ đầu tháng 1/2025 đến nay' → 2025-01-01 … the dateline; 'tăng gần 30% so với ngày thường' → change (nearly).",
    "'họp 3 phiên mỗi tuần' → rate phiên/tuần. 'một trong ba chợ bò lớn nhất' (a group named in a ranking) and",
    "'loại trên 300 kg' (a weight class) are optional.",
    "'ước đạt 298.000 con, đứng thứ nhất' → the rank continues the 'ước đạt' clause: estimate; 'thứ nhất' → rank 1.",
    "'Năm 2025, tỉnh phấn đấu ...; dự kiến ...' → 75% and 4-4,5% target; một chợ and 15 tỷ forecast; all 2025.",
]

if __name__ == "__main__":
    write("p1366-8", TEXT, NOTES, FIGS, published="2025-01-08", location="Bình Định")

"""p594-8: Cần Thơ city portal — Techfest Cần Thơ 2024, startup prizes, new innovative enterprises 9 months 2024."""
from lib import fig, per, inh, year, chg, emit

TEXT = """Cổng Thông tin điện tử thành phố Cần Thơ
Tin tức > Khoa học - Công nghệ
Ngày cập nhật 22/11/2024
Bản in | Gửi email

Techfest Cần Thơ 2024 thu hút hơn 3.500 lượt khách tham quan

Ngày 21/11, tại Trung tâm Hội nghị thành phố (số 2 Hòa Bình, quận Ninh Kiều), Sở Khoa học và Công nghệ tổng kết Ngày hội khởi nghiệp đổi mới sáng tạo thành phố Cần Thơ năm 2024 (Techfest Cần Thơ 2024).

Sau 3 ngày diễn ra, sự kiện đón hơn 3.500 lượt khách với 120 gian hàng trưng bày sản phẩm; 45 cặp doanh nghiệp - nhà đầu tư được kết nối, giá trị cam kết đầu tư đạt 27,5 tỷ đồng, gấp 1,8 lần năm 2023.

Cuộc thi Startup Cần Thơ trong khuôn khổ sự kiện trao 5 giải (1 giải Nhất, 1 giải Nhì, 1 giải Ba, 2 giải Khuyến khích). Giải Nhất trị giá 30 triệu đồng thuộc về dự án bánh tráng gạo lứt của nhóm sinh viên Trường Đại học Cần Thơ (khu II, đường 3/2, quận Ninh Kiều).

Theo Sở Khoa học và Công nghệ, 9 tháng năm 2024, thành phố có 1.126 doanh nghiệp thành lập mới, trong đó 58 doanh nghiệp khởi nghiệp sáng tạo, tăng 11 doanh nghiệp so với cùng kỳ. Mật độ doanh nghiệp khởi nghiệp sáng tạo đạt 1,6 doanh nghiệp/vạn dân. Quận Ninh Kiều dẫn đầu với 31 doanh nghiệp, tiếp theo là Cái Răng (9) và Bình Thủy (7).

Năm 2025, thành phố phấn đấu có 200 dự án khởi nghiệp được hỗ trợ, tỷ lệ doanh nghiệp khởi nghiệp gọi vốn thành công từ 10 đến 15%.

Tin liên quan:
- Cần Thơ công bố Đề án 844 giai đoạn mới (15/10/2024)
- Khai mạc Techfest Cần Thơ 2024 (19/11/2024)
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = year(2025, "Năm 2025")
Y24 = year(2024)

FIGS = [
    fig("thu hút hơn 3.500 lượt khách", "3.500", 3500, "count", "lượt khách", "lượt khách tham quan Techfest Cần Thơ",
        inh(Y24), approx="over"),
    fig("đón hơn 3.500 lượt khách", "3.500", 3500, "count", "lượt khách", "lượt khách sự kiện đón",
        approx="over"),
    fig("120 gian hàng", "120", 120, "count", "gian hàng", "gian hàng trưng bày sản phẩm"),
    fig("45 cặp", "45", 45, "count", "cặp doanh nghiệp - nhà đầu tư", "cặp doanh nghiệp - nhà đầu tư được kết nối"),
    fig("đạt 27,5 tỷ đồng", "27,5", 27.5e9, "money", "đồng", "giá trị cam kết đầu tư",
        change=chg("increase", 1.8, "lần", "năm 2023")),
    fig("trao 5 giải", "5", 5, "count", "giải", "giải Cuộc thi Startup Cần Thơ"),
    fig("(1 giải Nhất", "1", 1, "count", "giải", "giải Nhất", total=5),
    fig("1 giải Nhì", "1", 1, "count", "giải", "giải Nhì", total=5),
    fig("1 giải Ba", "1", 1, "count", "giải", "giải Ba", total=5),
    fig("2 giải Khuyến khích", "2", 2, "count", "giải", "giải Khuyến khích", total=5),
    fig("trị giá 30 triệu đồng", "30", 30e6, "money", "đồng", "giải Nhất trị giá"),
    fig("có 1.126 doanh nghiệp", "1.126", 1126, "count", "doanh nghiệp", "doanh nghiệp thành lập mới", M9),
    fig("trong đó 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", "doanh nghiệp khởi nghiệp sáng tạo thành lập mới",
        M9, total=1126, change=chg("increase", 11, "doanh nghiệp", "cùng kỳ")),
    fig("đạt 1,6 doanh nghiệp", "1,6", 1.6, "measure", "doanh nghiệp/vạn dân",
        "mật độ doanh nghiệp khởi nghiệp sáng tạo", inh(M9)),
    fig("với 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp", "doanh nghiệp khởi nghiệp sáng tạo", inh(M9),
        location="Ninh Kiều"),
    fig("Cái Răng (9)", "9", 9, "count", "doanh nghiệp", "doanh nghiệp khởi nghiệp sáng tạo", inh(M9),
        location="Cái Răng"),
    fig("Bình Thủy (7)", "7", 7, "count", "doanh nghiệp", "doanh nghiệp khởi nghiệp sáng tạo", inh(M9),
        location="Bình Thủy"),
    fig("có 200 dự án", "200", 200, "count", "dự án", "dự án khởi nghiệp được hỗ trợ", Y25, status="target"),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", "tỷ lệ doanh nghiệp khởi nghiệp gọi vốn thành công", Y25,
        value_max=15, status="target"),
]

COMMENTS = [
    "Cổng TTĐT TP Cần Thơ (city portal, 'Ngày cập nhật 22/11/2024', 'Bản in | Gửi email', related-news list): Techfest Cần Thơ 2024.",
    "Not figures: 'Techfest Cần Thơ 2024' (name), 'Ngày 21/11', 'số 2 Hòa Bình', 'Sau 3 ngày diễn ra' (duration), 'Đề án 844', dates in",
    "the related-news list, the road 'đường 3/2' (not a fraction), 'khu II'. '5 giải (1 …, 1 …, 1 …, 2 …)' adds up: parts take total 5.",
    "'gấp 1,8 lần năm 2023' after 27,5 tỷ is its change (lần). '1.126 doanh nghiệp …, trong đó 58 …, tăng 11 doanh nghiệp so với cùng kỳ'",
    "→ 58 has total 1.126 and change +11 doanh nghiệp. '1,6 doanh nghiệp/vạn dân' is a rate (measure).",
    "District items (Ninh Kiều 31, Cái Răng (9), Bình Thủy (7)) → location the district, no total (no cue).",
    "The sentence with 3.500/120/45/27,5 tỷ names no period ('Sau 3 ngày' is a duration): none given.",
]

if __name__ == "__main__":
    emit("p594-8", TEXT, COMMENTS, FIGS, published="2024-11-22", location="Cần Thơ")

"""p767-4: Ministry site (Bộ Công Thương) — national household electrification, programme 2021-2025, island districts."""
from lib import fig, per, inh, ch, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Năng lượng
Ngày đăng: 22/04/2024 | Lượt xem: 2.305

Cả nước còn gần 104.000 hộ dân chưa có điện lưới quốc gia

Theo báo cáo của Cục Điện lực và Năng lượng tái tạo, tính đến hết năm 2023, 99,73% số hộ dân cả nước đã được sử dụng điện, trong đó 99,45% số hộ dân nông thôn; 100% số xã có điện lưới quốc gia, trừ 3 huyện đảo chưa thể kết nối lưới.

Trong giai đoạn 2021-2023, Chương trình cấp điện nông thôn, miền núi và hải đảo đã đóng điện cho hơn 218.000 hộ, đạt khoảng 41% mục tiêu của cả giai đoạn 2021-2025. Tổng vốn ngân sách trung ương đã bố trí là 7.950 tỷ đồng. Bình quân mỗi năm, số hộ được đóng điện gấp 1,5 lần giai đoạn 2016-2020.

Hiện cả nước còn khoảng 2.150 thôn, bản với gần 104.000 hộ chưa có điện lưới, tập trung tại 14 tỉnh miền núi phía Bắc và Tây Nguyên. Các địa phương có tỷ lệ hộ có điện thấp nhất gồm Lai Châu (95,3%), Điện Biên (95,8%) và Hà Giang (96,2%).

Đối với các huyện đảo, đến nay 9/12 huyện đảo đã được cấp điện lưới quốc gia. Dự án đưa điện ra Côn Đảo bằng cáp ngầm 110kV có tổng mức đầu tư hơn 5.200 tỷ đồng, dự kiến hoàn thành trong năm 2025.

Để hoàn thành mục tiêu đến năm 2025 có 99,9% hộ dân nông thôn có điện, tổng nhu cầu vốn còn lại ước khoảng 12.400 tỷ đồng. Theo quy định, vốn đối ứng của địa phương tối thiểu bằng 15% tổng mức đầu tư của mỗi dự án.

Thông tin liên hệ: Cục Điện lực và Năng lượng tái tạo, 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội.
"""

E23 = per("tính đến hết năm 2023", end="2023-12-31")
P2123 = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
NOW = per("đến nay", end="2024-04-22")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("còn gần 104.000 hộ dân", "104.000", 104000, "count", "hộ dân", "hộ dân chưa có điện lưới quốc gia",
        approx="nearly"),
    fig("2023, 99,73%", "99,73", 99.73, "percent", "%", "số hộ dân cả nước được sử dụng điện", E23),
    fig("trong đó 99,45%", "99,45", 99.45, "percent", "%", "số hộ dân nông thôn được sử dụng điện", E23),
    fig("100% số xã", "100", 100, "percent", "%", "số xã có điện lưới quốc gia", E23),
    fig("trừ 3 huyện đảo", "3", 3, "count", "huyện đảo", "huyện đảo chưa thể kết nối lưới", E23),
    fig("hơn 218.000 hộ", "218.000", 218000, "count", "hộ", "hộ được đóng điện", P2123, approx="over", percent=41),
    fig("là 7.950 tỷ đồng", "7.950", 7950e9, "money", "đồng", "tổng vốn ngân sách trung ương đã bố trí",
        inh(P2123)),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
        "số hộ được đóng điện bình quân mỗi năm so với giai đoạn 2016-2020"),
    fig("khoảng 2.150 thôn, bản", "2.150", 2150, "count", "thôn, bản", "thôn, bản chưa có điện lưới", approx="about"),
    fig("với gần 104.000 hộ", "104.000", 104000, "count", "hộ", "hộ chưa có điện lưới", approx="nearly"),
    fig("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh miền núi phía Bắc và Tây Nguyên có hộ chưa có điện lưới"),
    fig("Điện Biên (95,8%)", "95,8", 95.8, "percent", "%", "tỷ lệ hộ có điện", location="Điện Biên"),
    fig("Hà Giang (96,2%)", "96,2", 96.2, "percent", "%", "tỷ lệ hộ có điện", location="Hà Giang"),
    fig("Lai Châu (95,3%)", "95,3", 95.3, "percent", "%", "tỷ lệ hộ có điện", location="Lai Châu"),
    fig("9/12 huyện đảo", "9", 9, "count", "huyện đảo", "huyện đảo đã được cấp điện lưới quốc gia", NOW, total=12),
    fig("hơn 5.200 tỷ đồng", "5.200", 5200e9, "money", "đồng",
        "tổng mức đầu tư dự án đưa điện ra Côn Đảo bằng cáp ngầm", approx="over", location="Côn Đảo"),
    fig("có 99,9%", "99,9", 99.9, "percent", "%", "hộ dân nông thôn có điện", T25, status="target"),
    fig("khoảng 12.400 tỷ đồng", "12.400", 12400e9, "money", "đồng", "tổng nhu cầu vốn còn lại", T25,
        approx="about", status="estimate"),
    fig("tối thiểu bằng 15%", "15", 15, "percent", "%", "vốn đối ứng của địa phương trong tổng mức đầu tư",
        approx="at_least"),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương), 'Ngày đăng: 22/04/2024 | Lượt xem: 2.305': national household electrification.",
    "Location Việt Nam; the bracketed provinces of 'Các địa phương có tỷ lệ … thấp nhất gồm Lai Châu (95,3%) …' are locations",
    "(a list of provincial values, not a national count followed by province names); the Côn Đảo project is Côn Đảo's.",
    "'đạt khoảng 41% mục tiêu' is the percent of 218.000 hộ. 'gấp 1,5 lần giai đoạn 2016-2020' stands as its own sentence: multiple.",
    "'9/12 huyện đảo' → total 12, period 'đến nay' = as-of the dateline. 'Hiện cả nước còn …' has no period.",
    "'dự kiến hoàn thành trong năm 2025' governs only its own clause (no figure): 5.200 tỷ is actual.",
    "'ước khoảng 12.400 tỷ đồng' → estimate, about; 'đến năm 2025' in the same sentence gives its period.",
    "Not figures: '110kV' (line class), giai đoạn 2021-2025 / 2016-2020, 54 Hai Bà Trưng, Lượt xem 2.305.",
]

if __name__ == "__main__":
    write("p767-4", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Việt Nam")

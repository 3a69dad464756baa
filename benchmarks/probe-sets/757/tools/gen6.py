"""p757-6: national press (VnExpress style): TP HCM fireworks at 6 points for Tết Ất Tỵ 2025."""
from lib import fig, chg, per, write

TEXT = """Thời sự
Thứ năm, 26/12/2024, 14:05 (GMT+7)

TP HCM bắn pháo hoa 6 điểm đêm giao thừa, kinh phí hơn 17 tỷ đồng

Thành phố bắn pháo hoa tầm cao tại 3 điểm và tầm thấp tại 3 điểm trong 15 phút, từ 0h đến 0h15 ngày 29/1/2025, toàn bộ kinh phí từ nguồn xã hội hóa.

Theo kế hoạch UBND TP HCM vừa ban hành, các điểm bắn tầm cao gồm hầm Thủ Thiêm (TP Thủ Đức), Công viên văn hóa Đầm Sen (quận 11) và khu đô thị Vinhomes Grand Park (TP Thủ Đức); điểm tầm thấp đặt tại Nhà Văn hóa huyện Củ Chi, Khu di tích lịch sử Rừng Sác (huyện Cần Giờ) và Trung tâm Văn hóa Thể thao huyện Hóc Môn.

Kinh phí dự kiến hơn 17 tỷ đồng, do các doanh nghiệp tài trợ. Chi phí cho mỗi điểm tầm cao và tầm thấp lần lượt là 4,5 tỷ đồng và 1,2 tỷ đồng. Bình quân mỗi phút trình diễn tại một điểm tầm cao tốn khoảng 300 triệu đồng.

Tết Giáp Thìn 2024, thành phố bắn pháo hoa tại 7 điểm với kinh phí khoảng 15 tỷ đồng, thu hút khoảng 1,3 triệu lượt người xem. Năm nay, số điểm bắn ít hơn nhưng kinh phí cao hơn do giá pháo hoa nhập khẩu tăng 10-15%.

Để bảo đảm an toàn, mỗi điểm tầm cao được khoanh vùng bán kính 300 m, điểm tầm thấp 100 m. Công an TP HCM dự kiến huy động khoảng 2.000 cán bộ, chiến sĩ cùng 24 xe chữa cháy túc trực tại các điểm bắn. Theo khảo sát của Sở Văn hóa và Thể thao với hơn 1.500 người dân, 87% ủng hộ duy trì bắn pháo hoa bằng nguồn xã hội hóa.

Lê Tuyết
"""

NOTES = [
    "p757-6: national press, 'Thứ năm, 26/12/2024, 14:05 (GMT+7)', byline at the end: TP HCM fireworks for Tết Ất Tỵ 2025.",
    "Headline figures carry no status cue -> actual; 'Kinh phí dự kiến hơn 17 tỷ' -> forecast; 'Công an ... dự kiến huy động' -> forecast,",
    "continuing into 'cùng 24 xe chữa cháy'. 'lần lượt là 4,5 tỷ đồng và 1,2 tỷ đồng' -> two money figures (per point; unit đồng).",
    "'giá pháo hoa nhập khẩu tăng 10-15%' is a growth rate that is the claim -> percent range, no change object.",
    "'87% ủng hộ' stands in its own clause after the sample size -> a percent figure, not a share attribute of 1.500.",
    "Distractors: 0h, 0h15, ngày 29/1/2025, quận 11, (GMT+7), 'tại một điểm tầm cao' (rate denominator), Tết Giáp Thìn 2024.",
    "Periods: only festival names and a day; no scored periods in this article.",
]
FIGS = [
    fig("hoa 6 điểm", "6", 6, "count", "điểm", "điểm bắn pháo hoa đêm giao thừa"),
    fig("kinh phí hơn 17 tỷ đồng\n", "17", 17e9, "money", "đồng", "kinh phí bắn pháo hoa", approx="over"),
    fig("tầm cao tại 3 điểm", "3", 3, "count", "điểm", "điểm bắn pháo hoa tầm cao"),
    fig("tầm thấp tại 3 điểm", "3", 3, "count", "điểm", "điểm bắn pháo hoa tầm thấp"),
    fig("trong 15 phút", "15", 15, "measure", "phút", "thời lượng bắn pháo hoa"),
    fig("dự kiến hơn 17 tỷ đồng", "17", 17e9, "money", "đồng", "kinh phí bắn pháo hoa", approx="over", status="forecast"),
    fig("là 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "chi phí cho mỗi điểm tầm cao"),
    fig("và 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "chi phí cho mỗi điểm tầm thấp"),
    fig("khoảng 300 triệu đồng", "300", 300e6, "money", "đồng", "chi phí bình quân mỗi phút trình diễn tại một điểm tầm cao",
        approx="about"),
    fig("tại 7 điểm", "7", 7, "count", "điểm", "điểm bắn pháo hoa Tết Giáp Thìn 2024"),
    fig("khoảng 15 tỷ đồng", "15", 15e9, "money", "đồng", "kinh phí bắn pháo hoa Tết Giáp Thìn 2024", approx="about"),
    fig("khoảng 1,3 triệu", "1,3", 1.3e6, "count", "lượt người", "lượt người xem pháo hoa", approx="about"),
    fig("tăng 10-15%", "10", 10, "percent", "%", "giá pháo hoa nhập khẩu tăng", value_max=15),
    fig("bán kính 300 m", "300", 300, "measure", "m", "bán kính khoanh vùng mỗi điểm tầm cao"),
    fig("tầm thấp 100 m", "100", 100, "measure", "m", "bán kính khoanh vùng điểm tầm thấp"),
    fig("khoảng 2.000 cán bộ", "2.000", 2000, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ Công an TP HCM huy động",
        approx="about", status="forecast"),
    fig("cùng 24 xe", "24", 24, "count", "xe chữa cháy", "xe chữa cháy túc trực tại các điểm bắn", status="forecast"),
    fig("hơn 1.500 người dân", "1.500", 1500, "count", "người dân", "người dân được Sở Văn hóa và Thể thao khảo sát",
        approx="over"),
    fig("87%", "87", 87, "percent", "%", "người dân ủng hộ duy trì bắn pháo hoa bằng nguồn xã hội hóa"),
]

if __name__ == "__main__":
    write("p757-6", TEXT, NOTES, FIGS, published="2024-12-26", location="Hồ Chí Minh")

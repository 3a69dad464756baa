"""p768-6: national press, survey on rural villages without children's playgrounds (1/6/2024)."""
from lib import write, fig, per

TEXT = """Thứ bảy, 1/6/2024, 06:00 (GMT+7)

Hơn 40% thôn vùng nông thôn chưa có sân chơi cho trẻ em

Nhiều thôn, bản chưa có sân chơi an toàn, trẻ em nông thôn dành phần lớn thời gian rảnh cho điện thoại hoặc chơi ở ao hồ, sông suối.

Khảo sát do Viện Nghiên cứu Gia đình và Giới công bố ngày 30/5 tại 1.200 hộ gia đình ở 6 tỉnh cho thấy 43,6% thôn được khảo sát chưa có sân chơi riêng cho trẻ em. Ở những nơi đã có, 28% sân chơi đặt trong khuôn viên nhà văn hóa nhưng thiết bị đã hư hỏng, xuống cấp.

Trẻ em nông thôn dành trung bình 3,5 giờ/ngày xem điện thoại, ti vi vào dịp nghỉ hè. Con số này gấp 1,4 lần so với trẻ em ở thành phố.

Theo Bộ Lao động - Thương binh và Xã hội, mỗi năm cả nước có khoảng 2.000 trẻ em tử vong do đuối nước, phần lớn ở khu vực nông thôn. Tỷ lệ trẻ em nông thôn biết bơi an toàn mới đạt khoảng 38%.

Ở Nghệ An, toàn tỉnh có 4.316 thôn, bản nhưng mới có 1.850 điểm vui chơi cho trẻ em, phần lớn tập trung ở các huyện đồng bằng.

Theo TS. Lê Thị Hạnh, Viện Xã hội học, một khu vui chơi đơn giản ở thôn chỉ cần từ 50 đến 100 triệu đồng, có thể tận dụng sân nhà văn hóa. Từ năm 2021 đến nay, Hội Liên hiệp Phụ nữ các cấp đã vận động xây dựng hơn 1.700 sân chơi với tổng trị giá khoảng 85 tỷ đồng.

"Sân chơi không cần to, chỉ cần an toàn và gần nhà", bà Hạnh nói. Tổng đài 111 hỗ trợ trẻ em hoạt động 24/7, miễn phí.

Thanh Lam
"""

SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-06-01")

FIGS = [
    fig("Hơn 40% thôn", "40", 40, "percent", "%", "thôn vùng nông thôn chưa có sân chơi cho trẻ em", approx="over"),
    fig("1.200 hộ gia đình", "1.200", 1200, "count", "hộ gia đình", "hộ gia đình được khảo sát"),
    fig("ở 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh được khảo sát"),
    fig("43,6% thôn", "43,6", 43.6, "percent", "%", "thôn được khảo sát chưa có sân chơi riêng cho trẻ em"),
    fig("28% sân chơi", "28", 28, "percent", "%",
        "sân chơi đặt trong khuôn viên nhà văn hóa nhưng thiết bị đã hư hỏng, xuống cấp"),
    fig("3,5 giờ/ngày", "3,5", 3.5, "measure", "giờ/ngày", "thời gian trẻ em nông thôn xem điện thoại, ti vi"),
    fig("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần",
        "thời gian xem điện thoại, ti vi của trẻ em nông thôn so với trẻ em ở thành phố"),
    fig("khoảng 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", "trẻ em tử vong do đuối nước", approx="about"),
    fig("khoảng 38%", "38", 38, "percent", "%", "tỷ lệ trẻ em nông thôn biết bơi an toàn", approx="about"),
    fig("có 4.316 thôn", "4.316", 4316, "count", "thôn, bản", "thôn, bản", location="Nghệ An"),
    fig("có 1.850 điểm", "1.850", 1850, "count", "điểm vui chơi", "điểm vui chơi cho trẻ em", location="Nghệ An"),
    fig("từ 50 đến 100 triệu đồng", "50", 50e6, "money", "đồng", "kinh phí một khu vui chơi đơn giản ở thôn",
        value_max=100e6),
    fig("hơn 1.700 sân chơi", "1.700", 1700, "count", "sân chơi",
        "sân chơi Hội Liên hiệp Phụ nữ các cấp vận động xây dựng", SINCE, approx="over"),
    fig("khoảng 85 tỷ đồng", "85", 85e9, "money", "đồng", "tổng trị giá sân chơi vận động xây dựng", SINCE,
        approx="about"),
]

COMMENTS = [
    "National press, 'Thứ bảy, 1/6/2024, 06:00 (GMT+7)': survey of rural playgrounds, screen time, drowning, Nghệ An example, Women's Union sponsorship.",
    "Distractors: (GMT+7), 'công bố ngày 30/5', 'mỗi năm', Tổng đài 111, '24/7' (around the clock), byline.",
    "'Con số này gấp 1,4 lần …' stands alone as its own sentence: a multiple figure. Headline 'Hơn 40%' has no period.",
    "No whole for the 1.850 points in Nghệ An (different things: thôn vs điểm vui chơi). 'Từ năm 2021 đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    write("p768-6", TEXT, COMMENTS, FIGS, published="2024-06-01", location="Việt Nam")

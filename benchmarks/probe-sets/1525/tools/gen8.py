"""p1525-8: radio/TV site (Đài PT-TH Bình Thuận): solar insect-killer lamps on dragon-fruit farms in Hàm Thuận Nam."""
from lib import fig, per, inh, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÌNH THUẬN
Thời sự | Nông nghiệp | Phóng sự | Truyền hình trực tuyến

Nông dân Hàm Thuận Nam dùng đèn diệt côn trùng năng lượng mặt trời trên vườn thanh long

Cập nhật lúc 17:45, 03/06/2024

Thay vì phun thuốc bảo vệ thực vật 7-8 lần mỗi vụ như trước, gia đình ông Nguyễn Văn Sáu ở xã Hàm Minh, huyện Hàm Thuận Nam đã lắp 4 bộ đèn diệt côn trùng dùng năng lượng mặt trời cho 2,5 ha thanh long. Mỗi bộ đèn giá khoảng 3,2 triệu đồng, tự sạc ban ngày và hoạt động từ 6 đến 8 giờ mỗi đêm.

"Sau hơn một năm sử dụng, số lần phun thuốc giảm còn 3-4 lần mỗi vụ, mỗi ha tiết kiệm được khoảng 5 triệu đồng tiền thuốc", ông Sáu chia sẻ.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, đến cuối tháng 5/2024, toàn huyện có 312 hộ sử dụng đèn diệt côn trùng với hơn 1.300 bộ đèn, tăng gần 500 bộ so với cuối năm 2023. Diện tích thanh long áp dụng đạt khoảng 410 ha, chiếm 4,6% diện tích thanh long toàn huyện.

Năm 2024, huyện bố trí 650 triệu đồng từ nguồn sự nghiệp nông nghiệp để hỗ trợ 50% giá mua đèn, tối đa 1,5 triệu đồng/bộ, phấn đấu đến năm 2025 nâng diện tích áp dụng lên 800 ha.

Toàn tỉnh Bình Thuận hiện có khoảng 33.000 ha thanh long. Ngành nông nghiệp tỉnh đánh giá, đèn diệt côn trùng giúp giảm 30-40% lượng thuốc bảo vệ thực vật, góp phần đưa thanh long đạt chuẩn xuất khẩu.

Thanh Tâm - Văn Hùng/BTV

Lượt xem: 845
"""

END5 = per("đến cuối tháng 5/2024", None, "2024-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
BT = "Bình Thuận"

FIGS = [
    fig("thuốc bảo vệ thực vật 7-8 lần", "7", 7, "measure", "lần/vụ", value_max=8,
        subject="số lần phun thuốc bảo vệ thực vật trước đây"),
    fig("lắp 4 bộ", "4", 4, "count", "bộ đèn", subject="bộ đèn diệt côn trùng dùng năng lượng mặt trời gia đình ông Sáu lắp"),
    fig("cho 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích thanh long của gia đình ông Sáu"),
    fig("khoảng 3,2 triệu", "3,2", 3.2e6, "money", "đồng/bộ", approx="about", subject="giá mỗi bộ đèn"),
    fig("từ 6 đến 8 giờ", "6", 6, "measure", "giờ/đêm", value_max=8, subject="thời gian hoạt động của đèn mỗi đêm"),
    fig("hơn một năm", "một", 1, "measure", "năm", approx="over", subject="thời gian sử dụng đèn", optional=True),
    fig("còn 3-4 lần", "3", 3, "measure", "lần/vụ", value_max=4, subject="số lần phun thuốc"),
    fig("khoảng 5 triệu", "5", 5e6, "money", "đồng/ha", approx="about", subject="tiền thuốc tiết kiệm được mỗi ha"),
    fig("có 312 hộ", "312", 312, "count", "hộ", subject="hộ sử dụng đèn diệt côn trùng", period=END5),
    fig("hơn 1.300 bộ", "1.300", 1300, "count", "bộ đèn", approx="over",
        change=chg("increase", 500, "bộ", "cuối năm 2023", approx="nearly"),
        subject="bộ đèn diệt côn trùng", period=END5),
    fig("khoảng 410 ha", "410", 410, "measure", "ha", approx="about", percent=4.6,
        subject="diện tích thanh long áp dụng đèn diệt côn trùng", period=inh(END5)),
    fig("bố trí 650 triệu", "650", 650e6, "money", "đồng",
        subject="kinh phí huyện bố trí từ nguồn sự nghiệp nông nghiệp", period=Y24),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", subject="mức hỗ trợ giá mua đèn", period=Y24),
    fig("tối đa 1,5 triệu", "1,5", 1.5e6, "money", "đồng/bộ", approx="at_most", subject="mức hỗ trợ tối đa",
        period=Y24),
    fig("lên 800 ha", "800", 800, "measure", "ha", status="target", subject="diện tích áp dụng", period=T25),
    fig("khoảng 33.000 ha", "33.000", 33000, "measure", "ha", approx="about", subject="diện tích thanh long",
        location=BT),
    fig("giảm 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="lượng thuốc bảo vệ thực vật giảm nhờ đèn diệt côn trùng", location=BT),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Bình Thuận): menu, 'Cập nhật lúc 17:45, 03/06/2024', byline '.../BTV', 'Lượt xem: 845'.",
    "Distractors: 17:45, 'Lượt xem: 845', the farmer's name 'Nguyễn Văn Sáu' / 'ông Sáu' (sáu = six, a name here), 'cuối năm 2023' (baseline).",
    "Location: the district Hàm Thuận Nam (default) for the farm and the district; the last paragraph is the province's (Bình Thuận).",
    "Rates with 'mỗi': '7-8 lần mỗi vụ', '3-4 lần mỗi vụ' → lần/vụ; 'Mỗi bộ đèn giá khoảng 3,2 triệu' → đồng/bộ;",
    "'từ 6 đến 8 giờ mỗi đêm' → giờ/đêm; 'mỗi ha tiết kiệm được khoảng 5 triệu đồng' → đồng/ha.",
    "'Sau hơn một năm sử dụng' is a duration that locates the result in time: optional (FIGURES.md says durations are not figures).",
    "'tăng gần 500 bộ so với cuối năm 2023' → change of 1.300 bộ (approx nearly). 'chiếm 4,6%' → percent of 410 ha.",
    "'đến cuối tháng 5/2024' is an as-of date (end 2024-05-31); the next sentence inherits it.",
    "'hỗ trợ 50% giá mua đèn' is a percent figure; 'phấn đấu đến năm 2025 ... lên 800 ha' → target, end 2025-12-31.",
    "'giảm 30-40% lượng thuốc' is the claim: percent range, no change.",
]

if __name__ == "__main__":
    write("p1525-8", TEXT, NOTES, FIGS, published="2024-06-03", location="Hàm Thuận Nam")

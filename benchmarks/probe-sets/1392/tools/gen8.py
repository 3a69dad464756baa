"""p1392-8: radio/TV site (Đài PT-TH Bạc Liêu): phong trào trữ nước mưa ở huyện Đông Hải."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẠC LIÊU
Thời sự | Kinh tế | Xã hội | Video | Podcast | Truyền hình trực tuyến

Phong trào "Mỗi nhà một lu nước mưa" ở Đông Hải

Thứ Hai, 13/05/2024 - 17:45

(BLTV) - Phong trào "Mỗi nhà một lu nước mưa" do Hội Liên hiệp Phụ nữ huyện Đông Hải phát động đã giúp hàng nghìn hộ dân vùng ven biển có nước ngọt dùng trong mùa khô.

Theo Hội Liên hiệp Phụ nữ huyện, từ năm 2021 đến nay, các cấp hội đã vận động trao 2.860 lu chứa nước loại 1.500 lít cho hội viên khó khăn, tổng trị giá trên 3,4 tỷ đồng. Riêng quý I/2024, huyện trao 420 lu, tăng 15% so với quý I/2023; phấn đấu trong quý II trao thêm 300 lu.

Bà Lý Thị Mỹ Duyên, ngụ ấp 3, xã Long Điền Đông, cho biết gia đình bà 6 người, trước đây mùa khô phải mua nước ngọt với giá 80.000-100.000 đồng/m3. Từ khi được tặng hai lu, cộng với một bể chứa cũ, gia đình trữ được khoảng 5 m3 nước mưa, đủ dùng ăn uống suốt 4 tháng mùa khô.

Toàn huyện Đông Hải hiện có 23.500 hộ, trong đó 86% hộ có dụng cụ trữ nước mưa đủ dùng cho ăn uống. Trong tháng 4/2024, độ mặn đo được trên kênh Cạnh Đền cao nhất 18‰, cao hơn 2‰ so với cùng kỳ năm 2023.

Tại hội nghị ngày 10/5, Tỉnh hội Phụ nữ đánh giá Đông Hải đứng thứ nhất trong 7 huyện, thị xã, thành phố về số lu vận động được. Mục tiêu đến năm 2025, 100% hộ hội viên nghèo trong tỉnh có ít nhất một dụng cụ trữ nước.

Bích Ngọc - Minh Tuấn (Đài PT-TH Bạc Liêu)
"""

SINCE = per("từ năm 2021 đến nay", "2021-01-01", "2024-05-13")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
A4 = per("Trong tháng 4/2024", "2024-04-01", "2024-04-30")
T25 = per("đến năm 2025", None, "2025-12-31")
BL = "Bạc Liêu"

FIGS = [
    fig("hàng nghìn hộ", "hàng nghìn", 1000, "count", "hộ", approx="about", optional=True),
    fig("trao 2.860 lu", "2.860", 2860, "count", "lu", subject="lu chứa nước vận động trao cho hội viên khó khăn",
        period=SINCE),
    fig("loại 1.500 lít", "1.500", 1500, "measure", "lít", optional=True),
    fig("trên 3,4 tỷ", "3,4", 3.4e9, "money", "đồng", approx="over", subject="tổng trị giá lu chứa nước",
        period=SINCE),
    fig("trao 420 lu", "420", 420, "count", "lu", change=chg("increase", 15, "%", "quý I/2023"),
        subject="lu huyện trao", period=Q1),
    fig("thêm 300 lu", "300", 300, "count", "lu", status="target", subject="lu trao thêm", period=Q2),
    fig("bà 6 người", "6", 6, "count", "người", subject="người trong gia đình bà Duyên"),
    fig("giá 80.000-100.000", "80.000", 80000, "money", "đồng/m3", value_max=100000,
        subject="giá nước ngọt mua trong mùa khô trước đây"),
    fig("tặng hai lu", "hai", 2, "count", "lu", subject="lu gia đình bà Duyên được tặng"),
    fig("một bể chứa", "một", 1, "count", "bể chứa", subject="bể chứa cũ của gia đình"),
    fig("khoảng 5 m3", "5", 5, "measure", "m3", approx="about", subject="nước mưa gia đình trữ được"),
    fig("suốt 4 tháng", "4", 4, "measure", "tháng", optional=True),
    fig("có 23.500 hộ", "23.500", 23500, "count", "hộ", subject="hộ toàn huyện"),
    fig("trong đó 86% hộ", "86", 86, "percent", "%", subject="hộ có dụng cụ trữ nước mưa đủ dùng cho ăn uống"),
    fig("cao nhất 18‰", "18", 18, "measure", "‰", change=chg("increase", 2, "‰", "cùng kỳ năm 2023"),
        subject="độ mặn đo được trên kênh Cạnh Đền cao nhất", period=A4),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", total=7, subject="số lu vận động được"),
    fig("100% hộ", "100", 100, "percent", "%", status="target",
        subject="hộ hội viên nghèo có ít nhất một dụng cụ trữ nước", period=T25, location=BL),
    fig("ít nhất một dụng cụ", "một", 1, "count", "dụng cụ trữ nước", approx="at_least", status="target",
        period=T25, location=BL, optional=True),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Bạc Liêu): menu with Video/Podcast, 'Thứ Hai, 13/05/2024 - 17:45', sapo tag '(BLTV) -', bylines with station.",
    "Distractors: the campaign name 'Mỗi nhà một lu nước mưa' (twice), 17:45, 'ấp 3', 'hội nghị ngày 10/5', baseline 'quý I/2023'.",
    "Default location Đông Hải (the district of the story); the provincial target ('trong tỉnh') → Bạc Liêu.",
    "'hàng nghìn hộ' (vague 'thousands'), the jar size 'loại 1.500 lít', the duration 'suốt 4 tháng mùa khô' and 'ít nhất một dụng cụ'",
    "(part of the definition of the 100% target) are optional.",
    "'từ năm 2021 đến nay' → 2021-01-01..dateline. Year-less 'quý II' → 2024 (nearest earlier period quý I/2024), target (phấn đấu).",
    "'trong đó 86% hộ' is a percent figure of its own (no chiếm/đạt). 'cao hơn 2‰ so với cùng kỳ năm 2023' → change in ‰.",
    "'đứng thứ nhất trong 7 huyện, thị xã, thành phố' → rank 1 with total 7 ('trong N' as in 25/63); 7 is an attribute, not a figure.",
    "Household figures (bà Duyên, mùa khô 'trước đây', 'hiện') have no period.",
]

if __name__ == "__main__":
    write("p1392-8", TEXT, NOTES, FIGS, published="2024-05-13", location="Đông Hải")

"""p760-6: national press (VnExpress style), cochlear implants at Bệnh viện Tai Mũi Họng TP Hồ Chí Minh."""
from lib import emit, fig, per, inh, chg

TEXT = """Sức khỏe › Các bệnh

Thứ tư, 18/9/2024, 06:30 (GMT+7)

Hơn 1.000 người được cấy ốc tai điện tử tại một bệnh viện

Bệnh viện Tai Mũi Họng TP Hồ Chí Minh đã cấy ốc tai điện tử cho 1.046 bệnh nhân từ năm 2010 đến nay, phần lớn là trẻ em nghe kém bẩm sinh.

Theo bác sĩ Trần Văn Phúc, Trưởng khoa Tai - Thần kinh tai, trong số ca đã cấy có 912 ca là trẻ em dưới 6 tuổi, 134 ca là thanh thiếu niên và người lớn. Riêng 8 tháng đầu năm 2024, bệnh viện thực hiện 87 ca, tăng 24% so với cùng kỳ năm trước.

Tuổi cấy trung bình của trẻ đã giảm từ 4,5 tuổi năm 2015 xuống còn 2,1 tuổi, nhờ nhiều bệnh viện sản nhi triển khai sàng lọc thính lực sơ sinh. Bệnh viện hiện đứng thứ hai cả nước về số ca cấy ốc tai, sau Bệnh viện Trung ương Quân đội 108.

Chi phí mỗi ca dao động 400-650 triệu đồng tùy loại thiết bị, trong đó bộ ốc tai chiếm khoảng 80%. Hai bệnh viện Nhi đồng 1 và Nhi đồng 2 trong năm 2023 lần lượt cấy cho 64 và 58 trẻ.

Theo các chuyên gia, mỗi năm Việt Nam có khoảng 1.000 trẻ cần cấy ốc tai nhưng chỉ 25-30% trong số đó được phẫu thuật do chi phí quá cao. Trẻ được cấy trước 2 tuổi có khả năng phát triển ngôn ngữ gần như trẻ bình thường.

Bệnh viện Tai Mũi Họng TP HCM có địa chỉ tại 155B Trần Quốc Thảo, quận 3.

Lê Phương
"""

SINCE = per("từ năm 2010 đến nay", "2010-01-01", "2024-09-18")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("Hơn 1.000 người", "1.000", 1000, "count", "người", "người được cấy ốc tai điện tử tại một bệnh viện", inh(SINCE),
        approx="over"),
    fig("cho 1.046 bệnh nhân", "1.046", 1046, "count", "bệnh nhân", "bệnh nhân được cấy ốc tai điện tử", SINCE),
    fig("có 912 ca", "912", 912, "count", "ca", "ca cấy ốc tai là trẻ em dưới 6 tuổi", inh(SINCE), total=1046),
    fig("em dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    fig("tuổi, 134 ca", "134", 134, "count", "ca", "ca cấy ốc tai là thanh thiếu niên và người lớn", inh(SINCE), total=1046),
    fig("thực hiện 87 ca", "87", 87, "count", "ca", "ca cấy ốc tai điện tử bệnh viện thực hiện",
        per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31"), change=chg("increase", 24, baseline="cùng kỳ năm trước")),
    fig("từ 4,5 tuổi", "4,5", 4.5, "measure", "tuổi", "tuổi cấy trung bình của trẻ", per("năm 2015", "2015-01-01", "2015-12-31")),
    fig("còn 2,1 tuổi", "2,1", 2.1, "measure", "tuổi", "tuổi cấy trung bình của trẻ"),
    fig("đứng thứ hai cả nước", "hai", 2, "rank", "hạng", "số ca cấy ốc tai"),
    fig("dao động 400-650 triệu đồng", "400", 400000000, "money", "đồng", "chi phí mỗi ca cấy ốc tai", value_max=650000000),
    fig("chiếm khoảng 80%", "80", 80, "percent", "%", "bộ ốc tai chiếm trong chi phí mỗi ca", approx="about"),
    fig("Hai bệnh viện", "Hai", 2, "count", "bệnh viện", optional=True),
    fig("cho 64 và", "64", 64, "count", "trẻ", "trẻ được cấy ốc tai tại Bệnh viện Nhi đồng 1", Y23),
    fig("và 58 trẻ", "58", 58, "count", "trẻ", "trẻ được cấy ốc tai tại Bệnh viện Nhi đồng 2", Y23),
    fig("khoảng 1.000 trẻ", "1.000", 1000, "count", "trẻ", "trẻ cần cấy ốc tai mỗi năm", approx="about", location="Việt Nam"),
    fig("chỉ 25-30%", "25", 25, "percent", "%", "trẻ cần cấy ốc tai được phẫu thuật", value_max=30, location="Việt Nam"),
    fig("trước 2 tuổi", "2", 2, "measure", "tuổi", approx="under", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ tư, 18/9/2024, 06:30 (GMT+7)' dateline, byline at the end. Cochlear implants at Bệnh viện Tai Mũi",
    "Họng TP Hồ Chí Minh; default location TP Hồ Chí Minh (the hospital's own figures, also Nhi đồng 1 / Nhi đồng 2 of the same city);",
    "the two expert figures on 'mỗi năm Việt Nam' are national (Việt Nam).",
    "'trong số ca đã cấy có 912 ca …, 134 ca …' — parts of the 1.046 patients of the previous sentence (912 + 134 = 1.046): total 1046.",
    "'giảm từ 4,5 tuổi năm 2015 xuống còn 2,1 tuổi' gives two level figures; the decrease is not stated as a number, so no change.",
    "'trong đó bộ ốc tai chiếm khoảng 80%' is a percent figure of its own (the share of the device in the cost of a case).",
    "Distractors: (GMT+7), 'Nhi đồng 1', 'Nhi đồng 2', 'Quân đội 108', '155B Trần Quốc Thảo, quận 3'. 'Hai bệnh viện', 'dưới 6 tuổi', 'trước 2 tuổi' optional.",
]

if __name__ == "__main__":
    emit("p760-6", TEXT, COMMENTS, FIGS, published="2024-09-18", location="TP Hồ Chí Minh")

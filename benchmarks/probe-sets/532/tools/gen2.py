"""p532-2: Thường Tín district portal — craft villages, OCOP, income (weekday dateline, byline at the end)."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN
Kinh tế - Xã hội

Thường Tín: Làng nghề mang về 5.150 tỷ đồng mỗi năm

Thứ Năm, 14/03/2024 - 10:20

Huyện Thường Tín hiện có 126 làng có nghề, trong đó 47 làng được UBND thành phố Hà Nội công nhận danh hiệu làng nghề, làng nghề truyền thống. Năm 2023, giá trị sản xuất của các làng nghề ước đạt 5.150 tỷ đồng, chiếm 38,6% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của huyện.

Các làng nghề thu hút khoảng 32.000 lao động thường xuyên với thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng. Ba làng nghề tiêu biểu là sơn mài Hạ Thái (xã Duyên Thái), tiện gỗ Nhị Khê và khảm trai Chuôn Ngọ có doanh thu năm 2023 lần lượt đạt 420 tỷ, 380 tỷ và 210 tỷ đồng. Kim ngạch xuất khẩu hàng thủ công mỹ nghệ của huyện năm 2023 đạt khoảng 36 triệu USD, chủ yếu sang thị trường Nhật Bản và EU.

Toàn huyện có 89 sản phẩm OCOP, gồm 2 sản phẩm 5 sao, 21 sản phẩm 4 sao và 66 sản phẩm 3 sao. Thu nhập bình quân đầu người năm 2023 đạt 72,4 triệu đồng, tăng 6,8 triệu đồng so với năm 2022; tỷ lệ hộ nghèo giảm còn 0,21%.

Năm 2024, huyện phấn đấu có thêm 15 sản phẩm OCOP và 2 làng nghề được công nhận mới; đồng thời xây dựng điểm du lịch làng nghề tại xã Vạn Điểm, dọc Quốc lộ 1A.

Phòng Kinh tế huyện Thường Tín, ĐT: 024.3385.3210

Hoàng Lan
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("mang về 5.150 tỷ đồng", "5.150", 5150000000000, "money", "đồng", "giá trị sản xuất của các làng nghề mỗi năm",
        inh(Y23)),
    fig("có 126 làng có nghề", "126", 126, "count", "làng", "làng có nghề"),
    fig("trong đó 47 làng", "47", 47, "count", "làng",
        "làng được công nhận danh hiệu làng nghề, làng nghề truyền thống", total=126),
    fig("ước đạt 5.150 tỷ đồng", "5.150", 5150000000000, "money", "đồng", "giá trị sản xuất của các làng nghề", Y23,
        percent=38.6, status="estimate"),
    fig("khoảng 32.000 lao động", "32.000", 32000, "count", "lao động", "lao động thường xuyên tại các làng nghề",
        approx="about"),
    fig("từ 6 đến 8 triệu đồng/người/tháng", "6", 6000000, "money", "đồng/người/tháng",
        "thu nhập bình quân của lao động làng nghề", value_max=8000000),
    fig("Ba làng nghề tiêu biểu", "Ba", 3, "count", "làng nghề", "làng nghề tiêu biểu", optional=True),
    fig("đạt 420 tỷ", "420", 420000000000, "money", "đồng", "doanh thu năm 2023 của làng nghề sơn mài Hạ Thái", Y23b),
    fig("380 tỷ và", "380", 380000000000, "money", "đồng", "doanh thu năm 2023 của làng nghề tiện gỗ Nhị Khê", Y23b),
    fig("210 tỷ đồng", "210", 210000000000, "money", "đồng", "doanh thu năm 2023 của làng nghề khảm trai Chuôn Ngọ", Y23b),
    fig("khoảng 36 triệu USD", "36", 36000000, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ", Y23b,
        approx="about"),
    fig("có 89 sản phẩm OCOP", "89", 89, "count", "sản phẩm", "sản phẩm OCOP"),
    fig("gồm 2 sản phẩm 5 sao", "2", 2, "count", "sản phẩm", "sản phẩm OCOP 5 sao", total=89),
    fig("21 sản phẩm 4 sao", "21", 21, "count", "sản phẩm", "sản phẩm OCOP 4 sao", total=89),
    fig("66 sản phẩm 3 sao", "66", 66, "count", "sản phẩm", "sản phẩm OCOP 3 sao", total=89),
    fig("đạt 72,4 triệu đồng", "72,4", 72400000, "money", "đồng", "thu nhập bình quân đầu người", Y23b,
        change=chg("increase", 6800000, "đồng", "năm 2022")),
    fig("giảm còn 0,21%", "0,21", 0.21, "percent", "%", "tỷ lệ hộ nghèo", Y23b),
    fig("thêm 15 sản phẩm OCOP", "15", 15, "count", "sản phẩm", "sản phẩm OCOP có thêm", Y24, status="target"),
    fig("2 làng nghề được công nhận mới", "2", 2, "count", "làng nghề", "làng nghề được công nhận mới", Y24,
        status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thường Tín (Hà Nội), invented: craft villages 2023 — value, labour, income, three villages' revenue, OCOP, 2024 targets.",
    "Dateline 'Thứ Năm, 14/03/2024 - 10:20'; byline 'Hoàng Lan' at the end. Location = the district (district portal).",
    "Not figures: 'Quốc lộ 1A', phone 024.3385.3210, star classes, 'xã Vạn Điểm'. 'Ba làng nghề tiêu biểu' only names the three (optional).",
    "'lần lượt đạt 420 tỷ, 380 tỷ và 210 tỷ đồng': one money figure per village, unit đồng shared; subject names the village",
    "(a village is not a province/district, so it stays in the subject, as h26's investor countries). 'giảm còn 0,21%' is a level, no change.",
    "Headline and lead both state 5.150 tỷ đồng: two figures (headline actual, lead 'ước đạt' estimate).",
]

if __name__ == "__main__":
    emit("p532-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Thường Tín")

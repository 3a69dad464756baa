"""p544-6: national press, child abuse cases nationwide (2023)."""
from lib import F, P, Y, CH, T, AGE, emit

TEXT = """Thứ tư, 29/5/2024, 06:30 (GMT+7)

Hơn 2.000 trẻ em bị xâm hại mỗi năm

Mỗi năm cả nước phát hiện hơn 2.000 vụ xâm hại trẻ em, khoảng 80% trong số đó là xâm hại tình dục, theo Bộ Lao động - Thương binh và Xã hội.

Số liệu được công bố tại hội thảo "Phòng ngừa, ứng phó với xâm hại trẻ em" ngày 28/5 tại Hà Nội. Năm 2023, cả nước phát hiện 2.356 vụ xâm hại trẻ em, tăng 3,4% so với năm 2022, với 2.481 trẻ em bị xâm hại. Trong số trẻ bị xâm hại có 1.942 em bị xâm hại tình dục, chiếm 78,3%; 287 em bị bạo lực; 252 em bị mua bán, bắt cóc và các hình thức khác. Trẻ em gái chiếm 89%.

Đáng chú ý, 68% số vụ do người quen, người thân trong gia đình gây ra. Địa phương có nhiều vụ xâm hại trẻ em nhất là Hà Nội với 137 vụ, tiếp đến là Đồng Nai 112 vụ, Thanh Hóa 98 vụ. Cơ quan chức năng đã khởi tố 1.785 vụ, đạt 75,8%; đưa ra xét xử 1.412 vụ. Riêng quý I/2024, cả nước phát hiện 512 vụ, giảm 7,1% so với cùng kỳ.

Theo bà Lê Thị Thu Hằng, Phó Cục trưởng Cục Trẻ em, cả nước hiện có gần 1,5 triệu trẻ em có hoàn cảnh đặc biệt, chiếm khoảng 6% tổng số 24,7 triệu trẻ em. Mạng lưới cộng tác viên bảo vệ trẻ em mới phủ tới 85% thôn, bản, tổ dân phố. Mục tiêu đến năm 2030 giảm 20% số vụ xâm hại trẻ em so với năm 2020.

Người dân phát hiện trẻ em bị xâm hại có thể gọi Tổng đài 111 hoặc đường dây nóng 024.3938.2190 của Cục Trẻ em.

Phạm Linh
"""

Y23 = Y(2023, "Năm 2023")
Y23i = Y(2023, "Năm 2023", inherited=True)

FIGS = [
    F("Hơn 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", "trẻ em bị xâm hại mỗi năm", approx="over"),
    F("hơn 2.000 vụ", "2.000", 2000, "count", "vụ", "vụ xâm hại trẻ em phát hiện mỗi năm", approx="over"),
    F("khoảng 80%", "80", 80, "percent", "%", "xâm hại tình dục trong số vụ xâm hại trẻ em", approx="about"),
    F("2.356 vụ", "2.356", 2356, "count", "vụ", "vụ xâm hại trẻ em", Y23,
      change=CH("increase", 3.4, "%", "năm 2022")),
    F("2.481 trẻ em", "2.481", 2481, "count", "trẻ em", "trẻ em bị xâm hại", Y23),
    F("1.942 em", "1.942", 1942, "count", "em", "trẻ em bị xâm hại tình dục", Y23i, total=2481, percent=78.3),
    F("287 em", "287", 287, "count", "em", "trẻ em bị bạo lực", Y23i, total=2481),
    F("252 em", "252", 252, "count", "em", "trẻ em bị mua bán, bắt cóc và các hình thức khác", Y23i, total=2481),
    F("chiếm 89%", "89", 89, "percent", "%", "Trẻ em gái trong số trẻ bị xâm hại", Y23i),
    F("68% số vụ", "68", 68, "percent", "%", "số vụ do người quen, người thân trong gia đình gây ra", Y23i),
    F("137 vụ", "137", 137, "count", "vụ", "vụ xâm hại trẻ em", Y23i, location="Hà Nội"),
    F("112 vụ", "112", 112, "count", "vụ", "vụ xâm hại trẻ em", Y23i, location="Đồng Nai"),
    F("98 vụ", "98", 98, "count", "vụ", "vụ xâm hại trẻ em", Y23i, location="Thanh Hóa"),
    F("1.785 vụ", "1.785", 1785, "count", "vụ", "vụ xâm hại trẻ em đã khởi tố", Y23i, percent=75.8),
    F("1.412 vụ", "1.412", 1412, "count", "vụ", "vụ xâm hại trẻ em đưa ra xét xử", Y23i),
    F("phát hiện 512 vụ", "512", 512, "count", "vụ", "vụ xâm hại trẻ em",
      P("quý I/2024", "2024-01-01", "2024-03-31"), change=CH("decrease", 7.1, "%", "cùng kỳ")),
    F("gần 1,5 triệu", "1,5", 1.5e6, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt",
      approx="nearly", total=24.7e6, percent=6),
    F("tới 85%", "85", 85, "percent", "%", "thôn, bản, tổ dân phố có mạng lưới cộng tác viên bảo vệ trẻ em"),
    F("giảm 20%", "20", 20, "percent", "%", "số vụ xâm hại trẻ em giảm so với năm 2020",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "National press (Thứ tư, 29/5/2024, 06:30 (GMT+7), byline at the end): child abuse nationwide, 2023. Location Việt Nam;",
    "'tại Hà Nội' (the workshop venue) does not make figures Hà Nội's; the list 'Hà Nội với 137 vụ, ... Đồng Nai 112 vụ' does.",
    "'chiếm khoảng 6% tổng số 24,7 triệu trẻ em': percent 6 and total 24,7 triệu of 'gần 1,5 triệu' (24,7 triệu is no figure).",
    "'Trong số trẻ bị xâm hại có ...' parts (1.942+287+252 = 2.481) take total 2.481. 'khoảng 80% trong số đó' is a percent figure.",
    "'giảm 20% ... so với năm 2020' as a target is a percent figure (no change). 'mỗi năm' figures and 'hiện có' have no period.",
    "Distractors: dateline and (GMT+7), 'ngày 28/5', 'năm 2020' baseline, 'năm 2030', Tổng đài 111, phone 024.3938.2190.",
]

if __name__ == "__main__":
    emit("p544-6", TEXT, COMMENTS, FIGS, published="2024-05-29", location="Việt Nam")

"""p1519-8: radio/TV site (TRT, Thừa Thiên Huế): paper-flower village Thanh Tiên, xã Phú Mậu, huyện Phú Vang, before Tết."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRT ONLINE - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THỪA THIÊN HUẾ
Thời sự | Kinh tế | Văn hóa | Video | Phát thanh

Làng hoa giấy Thanh Tiên vào vụ Tết

27/01/2024 - 16:05 | Bản tin Thời sự 19h

(TRT) - Những ngày cuối năm, làng hoa giấy Thanh Tiên, xã Phú Mậu, huyện Phú Vang rộn ràng chuẩn bị hàng phục vụ Tết Giáp Thìn 2024.

Nghề làm hoa giấy ở Thanh Tiên có lịch sử gần 400 năm. Làng hiện có 15 hộ duy trì nghề, tăng 5 hộ so với năm 2019. Mỗi năm, các hộ làm ra khoảng 300.000 bông hoa các loại, trong đó hoa sen giấy chiếm khoảng 40%.

Nghệ nhân Trần Văn Lộc cho biết, một cây hoa sen giấy có giá 120.000 đồng, bộ hoa thờ truyền thống gồm 7 cây giá từ 250.000 đến 300.000 đồng. Vụ Tết này, gia đình ông dự kiến bán khoảng 5.000 bông, thu về hơn 80 triệu đồng.

Theo UBND xã Phú Mậu, năm 2023 làng đón khoảng 12.000 lượt khách tham quan, trải nghiệm làm hoa giấy, gấp 1,5 lần năm 2022; doanh thu từ du lịch trải nghiệm đạt 1,3 tỷ đồng. Năm 2024, xã phấn đấu đón 15.000 lượt khách, có thêm 2 sản phẩm hoa giấy đạt chuẩn OCOP và mở một điểm bán hàng tại phố đi bộ Nguyễn Đình Chiểu.

Video: Phóng sự làng hoa giấy Thanh Tiên (phát trên kênh TRT1)

Tin cùng chuyên mục:
- Huế: Lễ hội đường phố chào Xuân 2024
- Phú Vang ra quân Tết trồng cây

Lượt xem: 2.975
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 400 năm", "400", 400, "measure", "năm", approx="nearly",
        subject="lịch sử nghề làm hoa giấy ở Thanh Tiên", optional=True),
    fig("có 15 hộ", "15", 15, "count", "hộ", change=chg("increase", 5, "hộ", "năm 2019"),
        subject="hộ duy trì nghề làm hoa giấy"),
    fig("khoảng 300.000 bông", "300.000", 300000, "measure", "bông/năm", approx="about",
        subject="bông hoa các hộ làm ra mỗi năm"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="tỷ trọng hoa sen giấy"),
    fig("giá 120.000 đồng", "120.000", 120000, "money", "đồng/cây", subject="giá một cây hoa sen giấy"),
    fig("gồm 7 cây", "7", 7, "count", "cây", subject="cây trong bộ hoa thờ truyền thống", optional=True),
    fig("từ 250.000 đến 300.000", "250.000", 250000, "money", "đồng/bộ", value_max=300000,
        subject="giá bộ hoa thờ truyền thống"),
    fig("khoảng 5.000 bông", "5.000", 5000, "count", "bông", approx="about", status="forecast",
        subject="bông hoa gia đình nghệ nhân bán"),
    fig("hơn 80 triệu", "80", 80e6, "money", "đồng", approx="over", status="forecast",
        subject="tiền gia đình nghệ nhân thu về"),
    fig("khoảng 12.000 lượt", "12.000", 12000, "count", "lượt khách", approx="about",
        change=chg("increase", 1.5, "lần", "năm 2022"),
        subject="lượt khách tham quan, trải nghiệm làm hoa giấy", period=Y23),
    fig("đạt 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", subject="doanh thu từ du lịch trải nghiệm", period=Y23),
    fig("đón 15.000 lượt", "15.000", 15000, "count", "lượt khách", status="target",
        subject="lượt khách xã đón", period=Y24),
    fig("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm hoa giấy đạt chuẩn OCOP", period=Y24),
    fig("mở một điểm", "một", 1, "count", "điểm bán hàng", status="target",
        subject="điểm bán hàng tại phố đi bộ", period=Y24),
]

NOTES = [
    "Radio/TV site (TRT, Thừa Thiên Huế): channel menu, '27/01/2024 - 16:05 | Bản tin Thời sự 19h', tag '(TRT) -', video line, 'Lượt xem: 2.975'.",
    "Distractors: 16:05, 'Bản tin Thời sự 19h', 'Tết Giáp Thìn 2024', baselines 'năm 2019'/'năm 2022', 'kênh TRT1', 'Xuân 2024' in a link,",
    "'Lượt xem: 2.975', 'một cây hoa sen giấy' (the price's denominator), 'OCOP'.",
    "Location: the village lies in xã Phú Mậu, huyện Phú Vang → Phú Vang for every figure.",
    "Optional: 'lịch sử gần 400 năm' (the craft's age, a duration rather than a statistic) and 'bộ hoa thờ ... gồm 7 cây' (a product spec).",
    "'tăng 5 hộ so với năm 2019' → change in hộ. 'Mỗi năm ... khoảng 300.000 bông' → rate bông/năm, no period;",
    "'trong đó hoa sen giấy chiếm khoảng 40%' → percent figure of its own.",
    "'Vụ Tết này ... dự kiến bán khoảng 5.000 bông, thu về hơn 80 triệu đồng' → forecast for both; no dated period.",
    "'gấp 1,5 lần năm 2022' → change increase 1,5 lần. 'Năm 2024, xã phấn đấu ...' governs three clauses: target; 'một điểm' = 1.",
]

if __name__ == "__main__":
    write("p1519-8", TEXT, NOTES, FIGS, published="2024-01-27", location="Phú Vang")

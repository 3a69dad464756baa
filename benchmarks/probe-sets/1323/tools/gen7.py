"""p1323-7: news agency (TTXVN): Bát Tràng pottery village (huyện Gia Lâm, Hà Nội) as a souvenir shopping spot."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN - THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Xã hội | Văn hóa | Thế giới | Ảnh

Gốm Bát Tràng mở rộng thị trường quà tặng du lịch

Đăng lúc: 08:45 - 18/05/2023

Hà Nội, 18/5 (TTXVN) - Với khoảng 1.000 hộ làm gốm và hơn 200 doanh nghiệp, làng gốm Bát Tràng (huyện Gia Lâm) đang trở thành điểm mua sắm quà lưu niệm hấp dẫn của Thủ đô.

Theo UBND xã Bát Tràng, 4 tháng đầu năm 2023, làng nghề đón khoảng 270.000 lượt khách, trong đó có hơn 35.000 lượt khách quốc tế; doanh thu từ du lịch và bán hàng lưu niệm ước đạt 95 tỷ đồng, tăng 28% so với cùng kỳ năm 2022. Năm 2022, tổng doanh thu của làng nghề đạt trên 1.200 tỷ đồng.

Tại Chợ gốm Bát Tràng với hơn 400 gian hàng, cốc, bát, tượng linh vật được bán với giá từ 20.000 đến 500.000 đồng. Giá một sản phẩm vẽ tay cao gấp 3-4 lần sản phẩm in decal. Dịch vụ tự nặn và vẽ gốm có giá 40.000-60.000 đồng/người, mỗi ngày cuối tuần thu hút trung bình 1.500 lượt khách.

Ông Lê Văn Thắng, Giám đốc Công ty TNHH Gốm sứ Minh Khang, cho biết bộ quà tặng "Hà Nội 36 phố phường" của công ty bán được gần 8.000 bộ trong 4 tháng, chiếm khoảng 30% doanh thu.

Theo quy hoạch, mục tiêu đến năm 2025, Bát Tràng đón 1 triệu lượt khách/năm, trong đó khách quốc tế chiếm 15%. Xã đang đề nghị thành phố hỗ trợ xây dựng bãi đỗ xe rộng 2 ha tại khu vực Chợ gốm và tuyến buýt đường sông từ bến Chương Dương.

Thu Hằng (TTXVN)

Tin liên quan:
- Hội chợ làng nghề Hà Nội lần thứ 4 thu hút đông đảo người dân
"""

M4 = per("4 tháng đầu năm 2023", "2023-01-01", "2023-04-30")
M4b = per("trong 4 tháng", "2022-01-01", "2022-04-30")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 1.000 hộ", "1.000", 1000, "count", "hộ", approx="about", subject="hộ làm gốm"),
    fig("hơn 200 doanh nghiệp", "200", 200, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp làng gốm Bát Tràng"),
    fig("khoảng 270.000 lượt", "270.000", 270000, "count", "lượt khách", approx="about",
        subject="lượt khách làng nghề đón", period=M4),
    fig("hơn 35.000 lượt", "35.000", 35000, "count", "lượt khách", approx="over", total=270000,
        subject="lượt khách quốc tế", period=M4),
    fig("ước đạt 95 tỷ", "95", 95e9, "money", "đồng", status="estimate",
        change=chg("increase", 28, "%", "cùng kỳ năm 2022"),
        subject="doanh thu từ du lịch và bán hàng lưu niệm", period=M4),
    fig("trên 1.200 tỷ", "1.200", 1200e9, "money", "đồng", approx="over",
        subject="tổng doanh thu của làng nghề", period=Y22),
    fig("hơn 400 gian hàng", "400", 400, "count", "gian hàng", approx="over", subject="gian hàng Chợ gốm Bát Tràng"),
    fig("từ 20.000 đến 500.000", "20.000", 20000, "money", "đồng", value_max=500000,
        subject="giá bán cốc, bát, tượng linh vật"),
    fig("gấp 3-4 lần", "3", 3, "multiple", "lần", value_max=4,
        subject="giá sản phẩm vẽ tay so với sản phẩm in decal"),
    fig("giá 40.000-60.000", "40.000", 40000, "money", "đồng/người", value_max=60000,
        subject="giá dịch vụ tự nặn và vẽ gốm"),
    fig("trung bình 1.500 lượt", "1.500", 1500, "measure", "lượt khách/ngày",
        subject="lượt khách dịch vụ tự nặn và vẽ gốm thu hút mỗi ngày cuối tuần"),
    fig("gần 8.000 bộ", "8.000", 8000, "count", "bộ", approx="nearly", percent=30,
        subject="bộ quà tặng công ty bán được", period=M4b),
    fig("đón 1 triệu", "1", 1e6, "measure", "lượt khách/năm", status="target",
        subject="lượt khách Bát Tràng đón mỗi năm", period=TO25),
    fig("chiếm 15%", "15", 15, "percent", "%", status="target",
        subject="khách quốc tế", period=TO25),
    fig("rộng 2 ha", "2", 2, "measure", "ha", subject="diện tích bãi đỗ xe đề nghị xây dựng"),
]

NOTES = [
    "News agency (TTXVN): menu, 'Đăng lúc: 08:45 - 18/05/2023', dateline 'Hà Nội, 18/5 (TTXVN) -', byline, related link.",
    "Distractors: 08:45, '18/5', bộ quà tặng \"Hà Nội 36 phố phường\" (a product name), 'lần thứ 4', 'bến Chương Dương'.",
    "Location Gia Lâm (Bát Tràng is a commune of huyện Gia Lâm) for all figures.",
    "'trong đó có hơn 35.000 lượt khách quốc tế' → total 270.000; the revenue clause continues the '4 tháng đầu năm 2023' sentence.",
    "'Giá một sản phẩm vẽ tay cao gấp 3-4 lần sản phẩm in decal' is a multiple standing alone as the claim: kind multiple, range 3-4.",
    "'mỗi ngày cuối tuần thu hút trung bình 1.500 lượt khách' is a rate (measure, lượt khách/ngày); prices are standing prices, no period.",
    "'gần 8.000 bộ trong 4 tháng, chiếm khoảng 30% doanh thu' → percent 30 (attribute); 'trong 4 tháng' has no year.",
    "revised after the first run: 'trong 4 tháng' now takes 2022, the year of the nearest earlier period ('Năm 2022, tổng doanh thu ...'),",
    "as FIGURES.md §3 says to the letter (the meaning is 2023, the same 4 months as '4 tháng đầu năm 2023'; a spec issue, see REPORT.md).",
    "revised after the first run: 15% subject 'tỷ trọng khách quốc tế' → 'khách quốc tế' (as the sentence names it).",
    "'mục tiêu đến năm 2025 ... 1 triệu lượt khách/năm, trong đó khách quốc tế chiếm 15%' → two targets; 15% is a share of its own (no base amount).",
    "'bãi đỗ xe rộng 2 ha' (a requested facility) is a measure with status actual: the sentence states what is requested, no target cue.",
]

if __name__ == "__main__":
    write("p1323-7", TEXT, NOTES, FIGS, published="2023-05-18", location="Gia Lâm")

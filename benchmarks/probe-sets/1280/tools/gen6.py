"""p1280-6: national newspaper (VnExpress style): the 29/10/2023 spring tide in Cần Thơ, Vĩnh Long, Mỹ Tho, Bến Tre; Cần Thơ's anti-flood project."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Dân sinh

Thứ hai, 30/10/2023, 19:05 (GMT+7)

Triều cường vượt báo động III, nhiều đô thị miền Tây ngập sâu

Chiều 29/10, đỉnh triều tại Cần Thơ đạt 2,23 m, cao hơn báo động III 23 cm, khiến hàng trăm tuyến đường ở các đô thị miền Tây bị ngập.

Tại quận Ninh Kiều, TP Cần Thơ, nước từ sông Hậu tràn qua bờ kè, làm ngập các tuyến đường Hai Bà Trưng, Phan Đình Phùng và đường 3 Tháng 2 sâu khoảng 30-50 cm. Nhiều người dân phải dắt xe máy qua đoạn ngập dài gần 200 m.

"Năm nay nước lên nhanh hơn, mỗi tháng nhà tôi bị ngập 4-5 ngày, có lúc nước vô nhà cao 20 cm", ông Nguyễn Văn Hòa, nhà ở hẻm 52 đường Hai Bà Trưng (quận Ninh Kiều), nói.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, mực nước đỉnh triều ngày 29/10 tại các trạm vùng hạ lưu sông Cửu Long lần lượt là Cần Thơ 2,23 m, Vĩnh Long 2,01 m, Mỹ Tho 1,74 m. Tại TP Vĩnh Long, 18 tuyến đường bị ngập; TP Bến Tre có khoảng 1.200 hộ bị ảnh hưởng. Khoảng 40% diện tích các đô thị ven sông ở Đồng bằng sông Cửu Long thường xuyên bị ngập do triều cường.

Để chống ngập, TP Cần Thơ đang triển khai dự án Phát triển đô thị và tăng cường khả năng thích ứng với tổng vốn hơn 7.200 tỷ đồng, trong đó vốn vay Ngân hàng Thế giới chiếm khoảng 70%. Dự án xây dựng 15 cống ngăn triều; khi hoàn thành, dự kiến giúp giảm ngập cho khoảng 2.000 ha khu vực nội ô.

Thạnh Tùng
"""

D29a = per("Chiều 29/10", "2023-10-29", "2023-10-29")
D29b = per("ngày 29/10", "2023-10-29", "2023-10-29")
Y23 = per("Năm nay", "2023-01-01", "2023-12-31")
CT, NK = "Cần Thơ", "Ninh Kiều"
LV = "mực nước đỉnh triều"

FIGS = [
    fig("đạt 2,23 m", "2,23", 2.23, "measure", "m", change=chg("increase", 23, "cm", "báo động III"),
        subject="đỉnh triều tại Cần Thơ", period=D29a, location=CT),
    fig("hàng trăm tuyến", "hàng trăm", 100, "count", "tuyến đường", approx="about", optional=True),
    fig("khoảng 30-50 cm", "30", 30, "measure", "cm", value_max=50, approx="about",
        subject="độ sâu ngập các tuyến đường", location=NK),
    fig("gần 200 m", "200", 200, "measure", "m", approx="nearly", subject="đoạn ngập", location=NK),
    fig("4-5 ngày", "4", 4, "measure", "ngày/tháng", value_max=5,
        subject="số ngày nhà bị ngập mỗi tháng", period=Y23, location=NK),
    fig("cao 20 cm", "20", 20, "measure", "cm", subject="mức nước vô nhà", period=Y23, location=NK),
    fig("Cần Thơ 2,23 m", "2,23", 2.23, "measure", "m", subject=LV, period=D29b, location=CT),
    fig("Vĩnh Long 2,01 m", "2,01", 2.01, "measure", "m", subject=LV, period=D29b, location="Vĩnh Long"),
    fig("Mỹ Tho 1,74 m", "1,74", 1.74, "measure", "m", subject=LV, period=D29b, location="Mỹ Tho"),
    fig("Long, 18 tuyến", "18", 18, "count", "tuyến đường", subject="tuyến đường bị ngập", location="Vĩnh Long"),
    fig("khoảng 1.200 hộ", "1.200", 1200, "count", "hộ", approx="about", subject="hộ bị ảnh hưởng",
        location="Bến Tre"),
    fig("Khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="diện tích các đô thị ven sông thường xuyên bị ngập do triều cường",
        location="Đồng bằng sông Cửu Long"),
    fig("hơn 7.200 tỷ", "7.200", 7200e9, "money", "đồng", approx="over",
        subject="tổng vốn dự án Phát triển đô thị và tăng cường khả năng thích ứng", location=CT),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="vốn vay Ngân hàng Thế giới",
        location=CT),
    fig("15 cống", "15", 15, "count", "cống ngăn triều", subject="cống ngăn triều dự án xây dựng", location=CT),
    fig("khoảng 2.000 ha", "2.000", 2000, "measure", "ha", approx="about", status="forecast",
        subject="khu vực nội ô được giảm ngập", location=CT),
]

NOTES = [
    "National newspaper (VnExpress style): section path, 'Thứ hai, 30/10/2023, 19:05 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', 19:05, 'báo động III', 'đường 3 Tháng 2', 'hẻm 52', 'Hai Bà Trưng' (a street name).",
    "Several cities: every figure carries its own location. The sapo 2,23 m and the list item 'Cần Thơ 2,23 m' are two mentions, both figures.",
    "List 'lần lượt là Cần Thơ 2,23 m, Vĩnh Long 2,01 m, Mỹ Tho 1,74 m': the items are cities → location; subject = the indicator.",
    "'hàng trăm tuyến đường' is vague: optional. The quote: 'Năm nay' (2023) is in the same sentence as 4-5 ngày and 20 cm;",
    "'mỗi tháng … 4-5 ngày' is a rate (ngày/tháng). The resident lives in quận Ninh Kiều (bracket).",
    "'trong đó vốn vay … chiếm khoảng 70%' is the share of the part, not of the 7.200 tỷ: a percent figure of its own.",
    "'Dự án xây dựng 15 cống ngăn triều' is actual; 'khi hoàn thành, dự kiến giúp giảm ngập cho khoảng 2.000 ha' → forecast.",
    "The regional share (40%) is located in 'Đồng bằng sông Cửu Long' (the region the sentence names).",
]

if __name__ == "__main__":
    write("p1280-6", TEXT, NOTES, FIGS, published="2023-10-30")

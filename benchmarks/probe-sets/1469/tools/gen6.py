"""p1469-6: national newspaper: anti-glare boards sell out before the school year (Bình Dương, TP HCM, national)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 19/8/2024, 07:30 (GMT+7)

Bảng chống lóa 'cháy hàng' trước năm học mới

Nhiều cơ sở sản xuất bảng chống lóa tại Bình Dương phải tăng ca, đơn hàng tháng 8 tăng 40-50% so với tháng trước.

Tại xưởng của Công ty TNHH Bảng Việt Nhật ở TP Thuận An, khoảng 60 công nhân làm việc đến 21h mỗi ngày. Bà Trần Thị Mai, Giám đốc công ty, cho biết từ đầu tháng 7 đến nay công ty nhận đặt hàng khoảng 4.200 chiếc bảng, gấp đôi cùng kỳ năm ngoái. Giá bán mỗi bảng từ xanh chống lóa của công ty dao động 3-4,5 triệu đồng, tăng khoảng 5% so với năm ngoái do giá thép và nhôm tăng.

"Trường học giờ chuộng bảng chống lóa vì giảm mỏi mắt cho học sinh, nên chúng tôi phải chạy thêm một dây chuyền", bà Mai nói.

Theo Hiệp hội Thiết bị giáo dục Việt Nam, cả nước có khoảng 28.000 trường phổ thông với hơn 560.000 phòng học; hiện chỉ khoảng 62% phòng học được trang bị bảng chống lóa. Nhu cầu thay mới mỗi năm vào khoảng 50.000-60.000 chiếc.

Ở mảng phấn viết, nhiều trường đã chuyển sang phấn không bụi. Ông Phạm Đức Long, chủ một cơ sở sản xuất phấn ở quận 12, TP HCM, cho biết lượng phấn không bụi bán ra 7 tháng đầu năm đạt 85 tấn, chiếm 70% sản lượng của cơ sở, trong khi 5 năm trước tỷ lệ này chưa đến 20%.

Hiệp hội dự báo doanh thu thị trường bảng và phấn năm 2024 có thể đạt 2.300 tỷ đồng, tăng khoảng 9% so với năm 2023.

Thu Hà
"""

T8 = per("tháng 8", "2024-08-01", "2024-08-31")
SINCE = per("từ đầu tháng 7 đến nay", "2024-07-01", "2024-08-19")
M7 = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tăng 40-50%", "40", 40, "percent", "%", value_max=50,
        subject="đơn hàng của các cơ sở sản xuất bảng chống lóa", period=T8, location="Bình Dương"),
    fig("khoảng 60 công nhân", "60", 60, "count", "công nhân", approx="about",
        subject="công nhân làm việc tại xưởng", location="Thuận An"),
    fig("khoảng 4.200 chiếc", "4.200", 4200, "count", "chiếc", approx="about",
        change=chg("increase", 2, "lần", "cùng kỳ năm ngoái"), subject="bảng công ty nhận đặt hàng",
        period=SINCE, location="Thuận An"),
    fig("3-4,5 triệu", "3", 3e6, "money", "đồng/bảng", value_max=4.5e6,
        change=chg("increase", 5, "%", "năm ngoái", approx="about"),
        subject="giá bán mỗi bảng từ xanh chống lóa của công ty", location="Thuận An"),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền chạy thêm",
        location="Thuận An"),
    fig("khoảng 28.000 trường", "28.000", 28000, "count", "trường phổ thông", approx="about",
        subject="trường phổ thông", location="Việt Nam"),
    fig("hơn 560.000 phòng", "560.000", 560000, "count", "phòng học", approx="over",
        subject="phòng học của các trường phổ thông", location="Việt Nam"),
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="phòng học được trang bị bảng chống lóa", location="Việt Nam"),
    fig("khoảng 50.000-60.000", "50.000", 50000, "measure", "chiếc/năm", value_max=60000, approx="about",
        subject="nhu cầu thay mới bảng mỗi năm", location="Việt Nam"),
    fig("đạt 85 tấn", "85", 85, "measure", "tấn", percent=70,
        subject="lượng phấn không bụi bán ra của cơ sở", period=M7, location="Quận 12"),
    fig("chưa đến 20%", "20", 20, "percent", "%", approx="under",
        subject="tỷ lệ phấn không bụi trong sản lượng của cơ sở", location="Quận 12"),
    fig("đạt 2.300 tỷ", "2.300", 2300e9, "money", "đồng", status="forecast",
        change=chg("increase", 9, "%", "năm 2023", approx="about"),
        subject="doanh thu thị trường bảng và phấn", period=Y24, location="Việt Nam"),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 19/8/2024, 07:30 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Sapo 'đơn hàng tháng 8 tăng 40-50% so với tháng trước' is a growth rate as the claim (range): percent figure, location Bình Dương.",
    "The firm's figures are placed in TP Thuận An; the chalk maker's in quận 12 (a district of TP HCM); the association's in Việt Nam.",
    "'gấp đôi cùng kỳ năm ngoái' after 4.200 chiếc is a change of 2 lần; 'Nhu cầu thay mới mỗi năm ... 50.000-60.000 chiếc' is a yearly rate.",
    "'7 tháng đầu năm' takes the year of published (2024). '5 năm trước' is relative: no period for 'chưa đến 20%'.",
    "'dự báo ... có thể đạt 2.300 tỷ đồng' → forecast.",
    "Distractors: 07:30, '(GMT+7)', '21h', 'quận 12', the quotation.",
]

if __name__ == "__main__":
    write("p1469-6", TEXT, NOTES, FIGS, published="2024-08-19")

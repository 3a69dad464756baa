"""p1547-6: national newspaper: prices and demand of tempered glass and bathroom mirrors at year end (Hà Nội, TP HCM, national)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Thị trường

Giá kính cường lực, gương phòng tắm tăng nhẹ dịp cuối năm

Thứ bảy, 9/11/2024, 08:15 (GMT+7)

Nhu cầu sửa sang nhà cửa cuối năm khiến sức mua kính cường lực, gương phòng tắm tại Hà Nội tăng 15-20% so với quý III, giá nhiều mặt hàng nhích thêm 5-7%.

Tại cửa hàng nhôm kính Phúc Thịnh trên phố Tam Trinh (quận Hoàng Mai), kính cường lực dày 10 mm đang được lắp đặt với giá 650.000-720.000 đồng/m², cao hơn khoảng 40.000 đồng so với tháng 8. Vách tắm kính trọn bộ cho phòng tắm 4 m² có giá từ 4,5 đến 6 triệu đồng. "Mỗi ngày cửa hàng nhận khoảng chục đơn hàng, gấp đôi thời điểm giữa năm", chủ cửa hàng cho biết.

Tại Hà Nội, gương phòng tắm có đèn LED, cảm ứng chống mờ là mặt hàng bán chạy nhất, giá phổ biến từ 1,8 đến 3,5 triệu đồng/chiếc. Ở TP Hồ Chí Minh, một số chuỗi nội thất ghi nhận doanh số gương trang trí 10 tháng đầu năm tăng 25% so với cùng kỳ.

Theo Hiệp hội Kính xây dựng Việt Nam, mỗi năm thị trường trong nước tiêu thụ khoảng 95 triệu m² kính dùng cho nhà ở, trong đó kính cường lực chiếm gần 60%. Khoảng 70% gương phòng tắm bán lẻ hiện là hàng sản xuất trong nước.

Ông Lê Minh Tuấn, Phó Chủ tịch Hiệp hội, khuyến cáo người tiêu dùng chọn kính có dấu hợp quy theo QCVN 16:2023/BXD, bởi năm 2023 cả nước ghi nhận ít nhất 37 vụ kính cường lực tự vỡ gây thương tích.

Hồng Nhung
"""

M10 = per("10 tháng đầu năm", "2024-01-01", "2024-10-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
HN, HM, HCM, VN = "Hà Nội", "Hoàng Mai", "TP Hồ Chí Minh", "Việt Nam"

FIGS = [
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="sức mua kính cường lực, gương phòng tắm", location=HN),
    fig("thêm 5-7%", "5", 5, "percent", "%", value_max=7, subject="giá nhiều mặt hàng", location=HN),
    fig("dày 10 mm", "10", 10, "measure", "mm", subject="độ dày kính cường lực", location=HM, optional=True),
    fig("giá 650.000-720.000", "650.000", 650000, "money", "đồng/m²", value_max=720000,
        change=chg("increase", 40000, "đồng", "tháng 8", approx="about"),
        subject="giá lắp đặt kính cường lực dày 10 mm", location=HM),
    fig("phòng tắm 4 m²", "4", 4, "measure", "m²", subject="diện tích phòng tắm", location=HM, optional=True),
    fig("từ 4,5 đến 6 triệu", "4,5", 4.5e6, "money", "đồng", value_max=6e6,
        subject="giá vách tắm kính trọn bộ", location=HM),
    fig("khoảng chục đơn hàng", "chục", 10, "measure", "đơn hàng/ngày", approx="about",
        change=chg("increase", 2, "lần", "thời điểm giữa năm"),
        subject="đơn hàng cửa hàng nhận mỗi ngày", location=HM),
    fig("từ 1,8 đến 3,5 triệu", "1,8", 1.8e6, "money", "đồng/chiếc", value_max=3.5e6,
        subject="giá gương phòng tắm có đèn LED, cảm ứng chống mờ", location=HN),
    fig("tăng 25%", "25", 25, "percent", "%", subject="doanh số gương trang trí", period=M10, location=HCM),
    fig("khoảng 95 triệu", "95", 95e6, "measure", "m²/năm", approx="about",
        subject="kính dùng cho nhà ở thị trường trong nước tiêu thụ", location=VN),
    fig("chiếm gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="tỷ trọng kính cường lực trong kính dùng cho nhà ở", location=VN),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="gương phòng tắm bán lẻ là hàng sản xuất trong nước", location=VN),
    fig("ít nhất 37 vụ", "37", 37, "count", "vụ", approx="at_least",
        subject="vụ kính cường lực tự vỡ gây thương tích", period=Y23, location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 9/11/2024, 08:15 (GMT+7)' (published), sapo, quote, byline at the end. Units written 'm²'.",
    "No article default place: the sapo and 'Tại Hà Nội' are Hà Nội; the shop on phố Tam Trinh '(quận Hoàng Mai)' is Hoàng Mai; TP HCM chains; the association's and 'cả nước' figures are Việt Nam.",
    "Growth rates as the claim with no base amount: 'tăng 15-20% so với quý III', 'nhích thêm 5-7%', 'tăng 25% so với cùng kỳ' → percent figures, ranges, no change.",
    "Optional: 'dày 10 mm', 'phòng tắm 4 m²' (product and room specs).",
    "'cao hơn khoảng 40.000 đồng so với tháng 8' → change in đồng on the price range; 'khoảng chục đơn hàng, gấp đôi thời điểm giữa năm' → about 10",
    "(number word 'chục'), a per-day rate ('Mỗi ngày' → unit đơn hàng/ngày, measure), change ×2 ('gấp đôi', unit lần).",
    "'mỗi năm ... khoảng 95 triệu m²' → rate m²/năm, no period; 'trong đó kính cường lực chiếm gần 60%' → percent figure of its own.",
    "'10 tháng đầu năm' takes 2024 (dateline). 'năm 2023 cả nước ghi nhận ít nhất 37 vụ' → at_least, period 2023.",
    "Distractors: 08:15, '(GMT+7)', 'phố Tam Trinh', 'quý III' and 'tháng 8' (baselines), 'QCVN 16:2023/BXD'.",
]

if __name__ == "__main__":
    write("p1547-6", TEXT, NOTES, FIGS, published="2024-11-09")

"""p1517-6: national newspaper (VnExpress-like): Hà Nội calendar market, phố Hàng Mã, a calendar distributor, national figures."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 19/12/2024, 06:00 (GMT+7)

Lịch bloc ế ẩm, lịch quà tặng doanh nghiệp giữ nhịp

Người Hà Nội mua lịch Tết ít dần, nhiều cửa hàng trên phố Hàng Mã chỉ bán được 60-70% so với mọi năm.

Tại cửa hàng của bà Lê Thị Hoa trên phố Hàng Mã (quận Hoàn Kiếm), lịch bloc đại có giá 65.000-90.000 đồng/cuốn, lịch treo tường loại 7 tờ từ 50.000 đến 150.000 đồng/cuốn. Giá các loại lịch năm nay tăng 10-15% so với năm ngoái. Từ đầu tháng 11 đến nay, cửa hàng mới bán được khoảng 3.000 cuốn, chỉ bằng 60% cùng kỳ. "Mấy năm trước khách mua lịch bloc phải xếp hàng, nay vắng hẳn", bà Hoa nói.

Theo đại diện Công ty cổ phần Văn hóa Lịch Việt, một đơn vị phát hành lịch lớn tại Hà Nội, năm nay công ty phát hành khoảng 2,3 triệu bản lịch, giảm 12% so với năm trước; lịch bloc giảm mạnh nhất, tới 20%. Công ty có hai xưởng in với hơn 120 công nhân. Ngược lại, lịch in theo đơn đặt hàng của doanh nghiệp vẫn ổn định, chiếm khoảng 65% sản lượng của công ty.

Ông Trần Minh Đức, Phó chủ tịch Hiệp hội In Việt Nam, cho biết cả nước có khoảng 250 cơ sở in lịch, tập trung chủ yếu ở Hà Nội và TP HCM. Giai đoạn 2020-2024, sản lượng lịch toàn quốc giảm bình quân 5-8% mỗi năm. "Lịch giấy sẽ không mất đi nhưng thị trường sẽ thu hẹp, doanh nghiệp in phải chuyển sang lịch cao cấp, lịch quà tặng", ông nói.

Phương Linh
"""

now = period("năm nay", "2024-01-01", "2024-12-31")
NOV = period("Từ đầu tháng 11 đến nay", "2024-11-01", "2024-12-19")
G = period("Giai đoạn 2020-2024", "2020-01-01", "2024-12-31")
HK = "Hoàn Kiếm"

FIGS = [
    F("được 60-70%", "60", 60, "percent", "%", "lượng lịch các cửa hàng trên phố Hàng Mã bán được so với mọi năm",
      value_max=70),
    F("giá 65.000-90.000", "65.000", 65000, "money", "đồng/cuốn", "giá lịch bloc đại", value_max=90000, location=HK),
    F("loại 7 tờ", "7", 7, "count", "tờ", "tờ của lịch treo tường", location=HK, optional=True),
    F("từ 50.000 đến 150.000", "50.000", 50000, "money", "đồng/cuốn", "giá lịch treo tường loại 7 tờ",
      value_max=150000, location=HK),
    F("tăng 10-15%", "10", 10, "percent", "%", "giá các loại lịch", now, value_max=15, location=HK),
    F("khoảng 3.000 cuốn", "3.000", 3000, "count", "cuốn", "lịch cửa hàng bán được", NOV, approx="about",
      percent=60, location=HK),
    F("khoảng 2,3 triệu", "2,3", 2.3e6, "count", "bản", "bản lịch công ty phát hành", now, approx="about",
      change=change("decrease", 12, "%", "năm trước")),
    F("tới 20%", "20", 20, "percent", "%", "lượng lịch bloc công ty phát hành", now),
    F("có hai xưởng", "hai", 2, "count", "xưởng in", "xưởng in của công ty"),
    F("hơn 120 công nhân", "120", 120, "count", "công nhân", "công nhân của công ty", approx="over"),
    F("khoảng 65%", "65", 65, "percent", "%", "lịch in theo đơn đặt hàng của doanh nghiệp trong sản lượng của công ty",
      approx="about"),
    F("khoảng 250 cơ sở", "250", 250, "count", "cơ sở", "cơ sở in lịch cả nước", approx="about", location="Việt Nam"),
    F("bình quân 5-8%", "5", 5, "percent", "%", "sản lượng lịch toàn quốc", G, value_max=8,
      location="Việt Nam"),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 19/12/2024, 06:00 (GMT+7)', headline, sapo, quotes, byline at the end.",
    "The shop on phố Hàng Mã is in quận Hoàn Kiếm: its prices and sales are located there; the sapo speaks of many Hà Nội shops (Hà Nội).",
    "The distributor is 'tại Hà Nội'; the association's count and the 2020-2024 decline are national (Việt Nam).",
    "'Giá các loại lịch năm nay tăng 10-15%', 'lịch bloc giảm mạnh nhất, tới 20%', 'giảm bình quân 5-8% mỗi năm' are rates as the claim: percent, no change.",
    "'chỉ bằng 60% cùng kỳ' is the percent attribute of 'khoảng 3.000 cuốn'. 'lịch treo tường loại 7 tờ' names a product type: optional.",
    "'Từ đầu tháng 11 đến nay' ends at the dateline. 'năm nay' is 2024 (dateline). 'năm ngoái', 'năm trước', 'mọi năm' are baselines.",
    "Distractors: 06:00, '(GMT+7)', the dateline, 'Giai đoạn 2020-2024' itself.",
]

if __name__ == "__main__":
    write("p1517-6", TEXT, NOTES, FIGS, published="2024-12-19", location="Hà Nội")

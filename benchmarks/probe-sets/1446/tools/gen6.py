"""p1446-6: national newspaper: raincoats and umbrellas sell out in Hà Nội after the storm (Sept 2024)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa

Thứ tư, 11/9/2024, 16:20 (GMT+7)

Áo mưa, ô dù 'cháy hàng' sau bão

Sức mua áo mưa tại Hà Nội tăng gấp 3-4 lần ngày thường, nhiều xưởng may phải chạy ca đêm để kịp giao hàng cho các chợ đầu mối.

Tại chợ Đồng Xuân, chị Lan, tiểu thương bán áo mưa, cho biết ba ngày qua quầy bán hơn 2.000 chiếc mỗi ngày, trong khi bình thường chỉ khoảng 500 chiếc. Giá áo mưa bộ phổ thông tăng từ 80.000 lên 100.000 đồng, áo mưa cánh dơi loại dày khoảng 60.000 đồng/chiếc, ô gấp ba tầng từ 50.000 đến 90.000 đồng/chiếc.

Ông Phạm Quang Vinh, chủ xưởng may áo mưa Quang Vinh ở huyện Thanh Oai, cho biết từ ngày 7/9 xưởng chạy hai ca, mỗi ngày xuất khoảng 8.000 chiếc mẫu RN-05, gấp đôi tháng trước. "Giá vải PEVA nhập về đã tăng 10-15% nhưng chúng tôi chưa tăng giá bán buôn để giữ khách", ông Vinh nói.

Theo Hiệp hội Dệt may Việt Nam, cả nước có khoảng 300 doanh nghiệp và hàng nghìn hộ sản xuất áo mưa, ô dù. Thị trường nội địa tiêu thụ ước 45-50 triệu chiếc áo mưa mỗi năm, trong đó hàng nhập khẩu chiếm khoảng 25%.

Sở Công Thương Hà Nội cho biết trong tuần qua đã kiểm tra 36 cửa hàng, chưa phát hiện trường hợp tăng giá bất hợp lý. Cơ quan này khuyến cáo người dân gọi đường dây nóng 024.3825.1126 khi phát hiện hàng kém chất lượng.

Phương Anh
"""

FIGS = [
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", value_max=4, subject="sức mua áo mưa"),
    F("hơn 2.000 chiếc", "2.000", 2000, "measure", "chiếc/ngày", approx="over",
      subject="áo mưa quầy bán mỗi ngày"),
    F("khoảng 500 chiếc", "500", 500, "measure", "chiếc/ngày", approx="about",
      subject="áo mưa quầy bán bình thường"),
    F("từ 80.000 lên", "80.000", 80000, "money", "đồng", subject="giá áo mưa bộ phổ thông trước khi tăng",
      optional=True),
    F("lên 100.000 đồng", "100.000", 100000, "money", "đồng", subject="giá áo mưa bộ phổ thông"),
    F("khoảng 60.000", "60.000", 60000, "money", "đồng/chiếc", approx="about",
      subject="giá áo mưa cánh dơi loại dày"),
    F("từ 50.000 đến 90.000", "50.000", 50000, "money", "đồng/chiếc", value_max=90000,
      subject="giá ô gấp ba tầng"),
    F("chạy hai ca", "hai", 2, "count", "ca", subject="ca sản xuất của xưởng", location="Thanh Oai"),
    F("khoảng 8.000 chiếc", "8.000", 8000, "measure", "chiếc/ngày", approx="about",
      change=C("increase", 2, "lần", "tháng trước"), subject="áo mưa xưởng xuất mỗi ngày", location="Thanh Oai"),
    F("tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá vải PEVA nhập về",
      location="Thanh Oai"),
    F("khoảng 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất áo mưa, ô dù", location="Việt Nam"),
    F("hàng nghìn hộ", "nghìn", 1000, "count", "hộ", approx="about",
      subject="hộ sản xuất áo mưa, ô dù", location="Việt Nam"),
    F("ước 45-50", "45", 45e6, "measure", "chiếc/năm", value_max=50e6, status="estimate",
      subject="áo mưa thị trường nội địa tiêu thụ mỗi năm", location="Việt Nam"),
    F("khoảng 25%", "25", 25, "percent", "%", approx="about", status="estimate",
      subject="tỷ trọng hàng nhập khẩu trong tiêu thụ áo mưa nội địa", location="Việt Nam"),
    F("kiểm tra 36 cửa hàng", "36", 36, "count", "cửa hàng", subject="cửa hàng được kiểm tra"),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ tư, 11/9/2024, 16:20 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 16:20, '(GMT+7)', 'từ ngày 7/9', 'ô gấp ba tầng' (a product type: three folds), 'mẫu RN-05' (model code),",
    "hotline 024.3825.1126. Default location Hà Nội (market figures in chợ Đồng Xuân; the Sở's inspections).",
    "Sapo 'tăng gấp 3-4 lần ngày thường' stands alone as the claim: kind multiple, range, no base amount.",
    "'ba ngày qua' and 'trong tuần qua' locate figures in time but are not in the spec's period table: no period given",
    "(so the period is not scored for them). 'hơn 2.000 chiếc mỗi ngày' and 'mỗi ngày xuất khoảng 8.000 chiếc' are rates (chiếc/ngày).",
    "'tăng từ 80.000 lên 100.000 đồng': the figure is the new price 100.000; the old price 80.000 is optional (a careful annotator may",
    "count it as a figure or as the baseline); no change attribute, since the text states no amount of change.",
    "'gấp đôi tháng trước' → change increase 2 lần, baseline 'tháng trước'. Workshop figures in huyện Thanh Oai → Thanh Oai.",
    "'Giá vải PEVA ... đã tăng 10-15%' (quoted, the workshop's supplier price) → percent figure, range, location Thanh Oai.",
    "Hiệp hội figures: national ('cả nước') → Việt Nam. 'hàng nghìn hộ' → count 1000, approx about.",
    "'ước 45-50 triệu chiếc áo mưa mỗi năm' → estimate, range, chiếc/năm; 'trong đó hàng nhập khẩu chiếm khoảng 25%' continues the",
    "'ước' clause → estimate, a percent figure of its own.",
    "revised after the first run: 'hàng nghìn hộ' was optional, now required. FIGURES.md §2 lists 'hàng chục nghìn' among the number",
    "words (approx), so it is a figure; the same fix as the headline 'hàng trăm phụ nữ' in p1446-5.",
]

if __name__ == "__main__":
    write("p1446-6", TEXT, NOTES, FIGS, published="2024-09-11", location="Hà Nội")

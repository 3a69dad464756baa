"""p1507-6: national newspaper: shoe racks and storage shelves sell fast on e-commerce; a workshop in Hóc Môn (TP HCM)."""
from lib import F, P, inherit, C, T, write

TEXT = """Kinh doanh > Doanh nghiệp
Thứ ba, 12/11/2024, 09:30 (GMT+7)

Kệ giày, kệ để đồ "cháy hàng" trên sàn thương mại điện tử

Nhu cầu sắp xếp đồ đạc trong căn hộ nhỏ khiến kệ giày, kệ đa năng lắp ráp thành nhóm hàng bán chạy, nhiều xưởng nhỏ phải tăng ca.

Theo nền tảng phân tích dữ liệu SellStat, 10 tháng năm nay, doanh số nhóm kệ, giá để đồ trên các sàn thương mại điện tử lớn đạt 1.850 tỷ đồng, tăng 34% so với cùng kỳ năm ngoái. Sản lượng bán ra khoảng 6,2 triệu sản phẩm, trong đó kệ giày chiếm 28%. Giá bán phổ biến từ 150.000 đến 450.000 đồng một chiếc.

Xưởng của anh Lê Hoàng Nam ở huyện Hóc Môn (TP HCM) hiện có 22 thợ, mỗi ngày xuất xưởng khoảng 800 kệ giày sắt sơn tĩnh điện. "Ba năm trước tôi chỉ có năm thợ, bán qua Facebook. Giờ 90% đơn đến từ sàn", anh Nam nói. Mẫu kệ giày KG-07 của xưởng đã bán được hơn 25.000 chiếc kể từ tháng 3 đến nay.

Tuy vậy, cạnh tranh ngày càng gay gắt khi hàng nhập khẩu giá rẻ chiếm khoảng 40% thị phần kệ gia dụng bán trực tuyến. Theo Tổng cục Hải quan, 9 tháng, Việt Nam nhập khẩu đồ nội thất kim loại từ Trung Quốc đạt 214 triệu USD, tăng 22%.

Ông Phạm Văn Đức, Chủ tịch Hiệp hội Cơ khí gia dụng TP HCM, cho rằng các xưởng cần đầu tư máy cắt laser, robot hàn; mỗi dây chuyền cần khoảng 3-5 tỷ đồng. Hiệp hội đặt mục tiêu đến năm 2026 có ít nhất 30 thương hiệu kệ Việt bán trên sàn quốc tế.

Ngọc Anh
"""

M10 = P("10 tháng năm nay", "2024-01-01", "2024-10-31")
SINCE3 = P("kể từ tháng 3 đến nay", "2024-03-01", "2024-11-12")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
TO26 = P("đến năm 2026", None, "2026-12-31")
HM = "Hóc Môn"
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("đạt 1.850 tỷ", "1.850", 1850e9, "money", "đồng", change=C("increase", 34, "%", "cùng kỳ năm ngoái"),
      subject="doanh số nhóm kệ, giá để đồ trên các sàn thương mại điện tử lớn", period=M10),
    F("khoảng 6,2 triệu", "6,2", 6.2e6, "count", "sản phẩm", approx="about", subject="sản lượng bán ra",
      period=inherit(M10)),
    F("chiếm 28%", "28", 28, "percent", "%", subject="tỷ trọng kệ giày trong sản lượng bán ra",
      period=inherit(M10)),
    F("từ 150.000 đến 450.000", "150.000", 150000, "money", "đồng/chiếc", value_max=450000,
      subject="giá bán phổ biến"),
    F("có 22 thợ", "22", 22, "count", "thợ", subject="thợ của xưởng", location=HM),
    F("khoảng 800 kệ", "800", 800, "measure", "kệ giày/ngày", approx="about",
      subject="kệ giày sắt sơn tĩnh điện xưởng xuất xưởng mỗi ngày", location=HM),
    F("năm thợ", "năm", 5, "count", "thợ", subject="thợ của xưởng ba năm trước", location=HM),
    F("90% đơn", "90", 90, "percent", "%", subject="tỷ lệ đơn đến từ sàn", location=HM),
    F("hơn 25.000 chiếc", "25.000", 25000, "count", "chiếc", approx="over",
      subject="mẫu kệ giày KG-07 của xưởng bán được", period=SINCE3, location=HM),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="thị phần hàng nhập khẩu giá rẻ trong kệ gia dụng bán trực tuyến"),
    F("đạt 214 triệu", "214", 214e6, "money", "USD", change=C("increase", 22, "%"),
      subject="nhập khẩu đồ nội thất kim loại từ Trung Quốc", period=M9),
    F("khoảng 3-5 tỷ", "3", 3e9, "money", "đồng", value_max=5e9, approx="about",
      subject="vốn đầu tư mỗi dây chuyền", location=HCM),
    F("ít nhất 30 thương hiệu", "30", 30, "count", "thương hiệu", approx="at_least", status="target",
      subject="thương hiệu kệ Việt bán trên sàn quốc tế", period=TO26, location=HCM),
]

NOTES = [
    "National newspaper: section, 'Thứ ba, 12/11/2024, 09:30 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Default location Việt Nam (e-commerce and customs figures); the workshop in huyện Hóc Môn → Hóc Môn; the TP HCM",
    "association's cost and target → TP Hồ Chí Minh (borderline: the association speaks of 'kệ Việt').",
    "Distractors: 09:30, '(GMT+7)', the model name 'KG-07', 'Ba năm trước' (a time locator), baseline 'cùng kỳ năm ngoái'.",
    "'năm thợ' is the number five (năm = five, not 'year'): a count; its time is 'Ba năm trước', no date → no period.",
    "'10 tháng năm nay' = Jan-Oct 2024 (dateline year); the next sentence inherits it. 'kể từ tháng 3 đến nay' runs",
    "2024-03-01 to the dateline. '9 tháng' takes 2024.",
    "'trong đó kệ giày chiếm 28%' is a percent figure of its own (a share after 'trong đó'), no total.",
    "'đồng một chiếc' is the rate 'đồng/chiếc'. 'mỗi ngày ... khoảng 800 kệ giày' is a rate (kệ giày/ngày), measure.",
    "'tăng 22%' (no baseline stated) is the change of 214 triệu USD.",
]

if __name__ == "__main__":
    write("p1507-6", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")

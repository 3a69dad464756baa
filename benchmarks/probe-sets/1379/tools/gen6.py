"""p1379-6: national newspaper: wedding season in TP HCM, prices of wedding banquets and services."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Hàng hóa

Thứ bảy, 12/10/2024, 07:30 (GMT+7)

Nhà hàng tiệc cưới TP HCM kín lịch, giá mâm tăng 10-15%

Mùa cưới cuối năm, nhiều trung tâm tiệc cưới tại TP HCM đã kín lịch các ngày cuối tuần đến hết tháng 12, giá mỗi bàn tiệc tăng 10-15% so với năm ngoái.

Tại một trung tâm hội nghị tiệc cưới ở quận Tân Bình, đại diện bộ phận kinh doanh cho biết từ đầu tháng 9 đến nay đã nhận hơn 240 tiệc, trong đó khoảng 70% là tiệc cưới. Giá thực đơn dao động 5,5-9 triệu đồng/bàn, chưa gồm đồ uống.

Bà Nguyễn Thị Hồng Nhung, quản lý nhà hàng Hoa Sen Palace (quận Phú Nhuận), cho biết giá thuê sảnh, trang trí năm nay tăng khoảng 8%, chủ yếu do hoa tươi và thực phẩm tăng giá. "Chúng tôi có 6 sảnh, sảnh lớn nhất chứa 1.200 khách. Các ngày đẹp như 10/11 hay 1/12 đều kín từ hai tháng trước", bà nói.

Theo Sở Công Thương TP HCM, thành phố có khoảng 350 trung tâm tiệc cưới, hội nghị với tổng sức chứa hơn 600.000 khách mỗi ngày. Doanh thu dịch vụ ăn uống 9 tháng đầu năm đạt 72.600 tỷ đồng, tăng 16,4% so với cùng kỳ.

Dịch vụ đi kèm cũng tăng giá: thuê váy cưới 3-8 triệu đồng/bộ, trang điểm cô dâu 2-4 triệu đồng, xe hoa khoảng 2,5 triệu đồng/chuyến. Một khảo sát của Công ty tổ chức cưới Hỷ Phúc cho thấy chi phí bình quân một đám cưới tại TP HCM năm 2024 khoảng 320 triệu đồng, gấp 1,5 lần năm 2019; tiền tiệc chiếm gần 60%.

"Nhiều cặp đôi chọn cưới ngày thường để được giảm giá", anh Lê Minh Đức, trưởng phòng kinh doanh Hỷ Phúc, nói.

Thu Hà
"""

SINCE = period("từ đầu tháng 9 đến nay", "2024-09-01", "2024-10-12")
NN = period("năm nay", "2024-01-01", "2024-12-31")
M9 = period("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("giá mâm tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá mâm"),
    F("giá mỗi bàn tiệc tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá mỗi bàn tiệc"),
    F("hơn 240 tiệc", "240", 240, "count", "tiệc", approx="over",
      subject="tiệc trung tâm hội nghị tiệc cưới đã nhận", period=SINCE, location="Tân Bình"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="tiệc cưới trong số tiệc đã nhận",
      period=SINCE, location="Tân Bình"),
    F("dao động 5,5-9 triệu", "5,5", 5.5e6, "money", "đồng/bàn", value_max=9e6,
      subject="giá thực đơn", location="Tân Bình"),
    F("tăng khoảng 8%", "8", 8, "percent", "%", approx="about", subject="giá thuê sảnh, trang trí",
      period=NN, location="Phú Nhuận"),
    F("có 6 sảnh", "6", 6, "count", "sảnh", subject="sảnh nhà hàng Hoa Sen Palace", location="Phú Nhuận"),
    F("chứa 1.200 khách", "1.200", 1200, "count", "khách", subject="sức chứa sảnh lớn nhất", location="Phú Nhuận"),
    F("khoảng 350 trung tâm", "350", 350, "count", "trung tâm", approx="about",
      subject="trung tâm tiệc cưới, hội nghị"),
    F("hơn 600.000 khách", "600.000", 600000, "measure", "khách/ngày", approx="over",
      subject="tổng sức chứa các trung tâm tiệc cưới, hội nghị"),
    F("đạt 72.600 tỷ", "72.600", 72600e9, "money", "đồng", change=change("increase", 16.4, "%", "cùng kỳ"),
      subject="doanh thu dịch vụ ăn uống", period=M9),
    F("váy cưới 3-8 triệu", "3", 3e6, "money", "đồng/bộ", value_max=8e6, subject="giá thuê váy cưới"),
    F("cô dâu 2-4 triệu", "2", 2e6, "money", "đồng", value_max=4e6, subject="giá trang điểm cô dâu"),
    F("khoảng 2,5 triệu", "2,5", 2.5e6, "money", "đồng/chuyến", approx="about", subject="giá xe hoa"),
    F("khoảng 320 triệu", "320", 320e6, "money", "đồng", approx="about",
      change=change("increase", 1.5, "lần", "năm 2019"),
      subject="chi phí bình quân một đám cưới", period=Y24),
    F("gần 60%", "60", 60, "percent", "%", approx="nearly", subject="tiền tiệc trong chi phí đám cưới", period=Y24),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 12/10/2024, 07:30 (GMT+7)', headline, sapo, quotes, byline 'Thu Hà'. Location TP Hồ Chí Minh.",
    "Distractors: 07:30, (GMT+7), 'tháng 12', dates '10/11' and '1/12', 'hai tháng trước' (duration), 'năm 2019' (baseline), 'năm ngoái'.",
    "Headline and sapo 'tăng 10-15%' are price-growth rates standing as the claim: percent figures with a range, no change object.",
    "'từ đầu tháng 9 đến nay' → 2024-09-01 to the dateline. The Tân Bình and Phú Nhuận passages give their district to their figures.",
    "'trong đó khoảng 70% là tiệc cưới' is a share standing as its own figure. 'tổng sức chứa hơn 600.000 khách mỗi ngày' is a rate",
    "(measure, khách/ngày). '9 tháng đầu năm' (no year) takes the dateline year 2024. 'gấp 1,5 lần năm 2019' is the change of 320 triệu.",
    "'tiền tiệc chiếm gần 60%' after ';' is a percent figure of its own (new subject). 'năm nay' → 2024. Standing prices have no period.",
]

if __name__ == "__main__":
    write("p1379-6", TEXT, NOTES, FIGS, published="2024-10-12", location="TP Hồ Chí Minh")

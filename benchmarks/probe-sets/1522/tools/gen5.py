"""p1522-5: national newspaper (weekday dateline with GMT+7): re-upholstering sofas in TP Hồ Chí Minh."""
from lib import F, P, inh, C, T, write

TEXT = """Thứ ba, 12/11/2024, 09:20 (GMT+7)

Nghề bọc lại sofa đắt khách cuối năm

Thay vì mua bộ mới, nhiều gia đình ở TP HCM chọn bọc lại sofa cũ, giúp các xưởng bọc nệm kín việc những tháng cuối năm.

Xưởng bọc nệm của anh Trần Minh Khoa ở số 214 đường Quang Trung, quận Gò Vấp những ngày này nhận 5-7 bộ sofa mỗi ngày, gấp đôi thời điểm giữa năm. Theo anh Khoa, bọc lại một bộ sofa nỉ 3 chỗ có giá từ 3,5 triệu đồng, sofa da công nghiệp khoảng 6-8 triệu đồng. Mỗi bộ được bọc xong trong 2-3 ngày. Xưởng có 6 thợ, thợ chính được trả 500.000 đồng/ngày.

"Khách chủ yếu là các gia đình có sofa dùng trên 10 năm, khung gỗ còn tốt nhưng nệm xẹp, vải bạc màu", anh Khoa nói.

Chị Nguyễn Thị Lan, chủ cửa hàng vải bọc ghế ở quận Tân Bình, cho biết vải nỉ đang bán 120.000-180.000 đồng/m, da công nghiệp khoảng 95.000 đồng/m. Mỗi tháng cửa hàng bán trên 3.000 m vải cho các xưởng.

Theo Hội Mỹ nghệ và Chế biến gỗ TP HCM, thành phố có khoảng 1.500 cơ sở sản xuất, sửa chữa sofa và bọc nệm ghế, phần lớn là hộ gia đình dưới 10 lao động. Chi phí bọc lại chỉ bằng 25-30% giá mua sofa mới. Hội ước tính thị trường bọc lại sofa của thành phố khoảng 400 tỷ đồng mỗi năm. Từ đầu quý IV đến nay, nhu cầu bọc lại ghế tăng 30-40% so với quý III.

Hoài Thương
"""

GV, TB = "Gò Vấp", "Tân Bình"

FIGS = [
    F("nhận 5-7 bộ", "5", 5, "measure", "bộ sofa/ngày", value_max=7,
      change=C("increase", 2, "lần", "thời điểm giữa năm"), subject="bộ sofa xưởng nhận mỗi ngày", location=GV),
    F("nỉ 3 chỗ", "3", 3, "count", "chỗ", optional=True, location=GV),
    F("từ 3,5 triệu", "3,5", 3.5e6, "money", "đồng", approx="at_least",
      subject="giá bọc lại một bộ sofa nỉ 3 chỗ", location=GV),
    F("khoảng 6-8 triệu", "6", 6e6, "money", "đồng", value_max=8e6, approx="about",
      subject="giá bọc lại sofa da công nghiệp", location=GV),
    F("trong 2-3 ngày", "2", 2, "measure", "ngày", value_max=3, subject="thời gian bọc xong mỗi bộ sofa",
      location=GV),
    F("có 6 thợ", "6", 6, "count", "thợ", subject="thợ của xưởng", location=GV),
    F("trả 500.000 đồng", "500.000", 500000, "money", "đồng/ngày", subject="tiền công thợ chính", location=GV),
    F("trên 10 năm", "10", 10, "measure", "năm", approx="over", optional=True, location=GV),
    F("bán 120.000-180.000", "120.000", 120000, "money", "đồng/m", value_max=180000, subject="giá vải nỉ",
      location=TB),
    F("khoảng 95.000 đồng", "95.000", 95000, "money", "đồng/m", approx="about", subject="giá da công nghiệp",
      location=TB),
    F("trên 3.000 m", "3.000", 3000, "measure", "m/tháng", approx="over", subject="vải cửa hàng bán mỗi tháng",
      location=TB),
    F("khoảng 1.500 cơ sở", "1.500", 1500, "count", "cơ sở", approx="about",
      subject="cơ sở sản xuất, sửa chữa sofa và bọc nệm ghế"),
    F("dưới 10 lao động", "10", 10, "count", "lao động", approx="under", optional=True),
    F("bằng 25-30%", "25", 25, "percent", "%", value_max=30, subject="chi phí bọc lại so với giá mua sofa mới"),
    F("khoảng 400 tỷ", "400", 400e9, "money", "đồng/năm", approx="about", status="estimate",
      subject="thị trường bọc lại sofa của thành phố"),
    F("tăng 30-40%", "30", 30, "percent", "%", value_max=40, subject="nhu cầu bọc lại ghế",
      period=P("Từ đầu quý IV đến nay", "2024-10-01", "2024-11-12")),
]

NOTES = [
    "National newspaper: 'Thứ ba, 12/11/2024, 09:20 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', the time 09:20, house number 'số 214 đường Quang Trung', 'quận Gò Vấp', 'quận Tân Bình' in addresses.",
    "Locations: the workshop's figures -> Gò Vấp, the fabric shop's -> Tân Bình (districts of the city); city figures TP Hồ Chí Minh.",
    "'5-7 bộ sofa mỗi ngày' is a rate (measure, 'bộ sofa/ngày'), 'gấp đôi thời điểm giữa năm' its change (x2, unit lần).",
    "'có giá từ 3,5 triệu đồng' = a price floor -> approx at_least (borderline: the spec lists no 'từ' cue for at_least).",
    "Optional: '3 chỗ' (product size), 'trên 10 năm' (age of the customers' sofas, in a quote), 'dưới 10 lao động' (a size class).",
    "'Chi phí bọc lại chỉ bằng 25-30% giá mua sofa mới' has no base amount: a percent figure with a range.",
    "'Từ đầu quý IV đến nay' -> 2024-10-01 .. dateline; 30-40% is a growth rate as the claim (no change object).",
    "'những ngày này', prices and staff: no period. 'bọc xong trong 2-3 ngày' is a duration as a fact (measure, ngày), not a period.",
    "'Hội ước tính ... khoảng 400 tỷ đồng mỗi năm' -> estimate, approx about, unit 'đồng/năm' (a yearly amount), no period.",
]

if __name__ == "__main__":
    write("p1522-5", TEXT, NOTES, FIGS, published="2024-11-12", location="TP Hồ Chí Minh")

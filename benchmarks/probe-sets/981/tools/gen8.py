"""p981-8: Báo Yên Bái online, Mù Cang Chải: births at health facilities 6 months 2023; headline figure, (YBĐT) tag."""
from lib import F, P, I, C, T, write

TEXT = """Báo Yên Bái điện tử › Xã hội › Y tế
Cập nhật lúc 15:40, Thứ Ba, 11/07/2023

Mù Cang Chải: Hơn 85% sản phụ sinh con tại cơ sở y tế

(YBĐT) - 6 tháng đầu năm 2023, toàn huyện Mù Cang Chải có 598 ca sinh, trong đó 512 ca sinh tại cơ sở y tế, chiếm 85,6%, tăng 6,3% so với cùng kỳ. Riêng quý II, có 296 ca sinh, cao nhất từ trước đến nay.

Huyện có 13 xã và 1 thị trấn với 102 thôn, bản. Đến nay, 102/102 thôn, bản đã có nhân viên y tế thôn bản, 46 thôn có cô đỡ thôn bản được đào tạo 6 tháng. Nhờ vậy, tỷ lệ phụ nữ có thai được khám thai ít nhất 3 lần đạt 88,4%; tỷ lệ bà mẹ và trẻ sơ sinh được chăm sóc tuần đầu sau sinh đạt 81,7%.

Đặc biệt, từ năm 2021 đến nay, huyện không để xảy ra trường hợp tử vong mẹ nào. Tỷ lệ trẻ sơ sinh nhẹ cân (dưới 2.500 gram) trong 6 tháng đầu năm giảm còn 6,2%, năm 2022 là 7,1%.

Tuy vậy, ở các xã vùng cao như Chế Tạo, Lao Chải, Dế Xu Phình, vẫn còn 86 ca sinh tại nhà, chiếm khoảng 14,4% tổng số ca sinh. Đường từ nhiều bản lên trạm y tế phải vượt đèo Khau Phạ trên Quốc lộ 32, mùa mưa thường xuyên sạt lở.

Năm 2023, huyện phấn đấu tỷ lệ phụ nữ sinh con tại cơ sở y tế đạt 88%; dự kiến đầu tư 2,8 tỷ đồng từ Chương trình mục tiêu quốc gia 1719 để nâng cấp phòng đẻ cho 5 trạm y tế xã, mỗi trạm khoảng 560 triệu đồng.

Mai Hoa
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1b = P("trong 6 tháng đầu năm", "2023-01-01", "2023-06-30")
Q2 = P("quý II", "2023-04-01", "2023-06-30")
NOW = P("Đến nay", end="2023-07-11")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 85% sản phụ", "85", 85, "percent", "%", "sản phụ sinh con tại cơ sở y tế", approx="over"),
    F("có 598 ca sinh", "598", 598, "count", "ca", "ca sinh", H1),
    F("512 ca sinh", "512", 512, "count", "ca", "ca sinh tại cơ sở y tế", H1, total=598, percent=85.6,
      change=C("increase", 6.3, "%", "cùng kỳ")),
    F("có 296 ca sinh", "296", 296, "count", "ca", "ca sinh", Q2),
    F("có 13 xã", "13", 13, "count", "xã", "xã của huyện"),
    F("và 1 thị trấn", "1", 1, "count", "thị trấn", "thị trấn của huyện"),
    F("với 102 thôn", "102", 102, "count", "thôn, bản", "thôn, bản của huyện"),
    F("102/102 thôn", "102", 102, "count", "thôn, bản", "thôn, bản có nhân viên y tế thôn bản", NOW, total=102),
    F("46 thôn có", "46", 46, "count", "thôn", "thôn có cô đỡ thôn bản được đào tạo", NOW),
    F("đào tạo 6 tháng", "6", 6, "measure", "tháng", "thời gian đào tạo cô đỡ thôn bản", optional=True),
    F("ít nhất 3 lần", "3", 3, "count", "lần", "số lần khám thai", approx="at_least", optional=True),
    F("đạt 88,4%", "88,4", 88.4, "percent", "%", "tỷ lệ phụ nữ có thai được khám thai ít nhất 3 lần", I(NOW)),
    F("đạt 81,7%", "81,7", 81.7, "percent", "%", "tỷ lệ bà mẹ và trẻ sơ sinh được chăm sóc tuần đầu sau sinh", I(NOW)),
    F("dưới 2.500 gram", "2.500", 2500, "measure", "gram", "cân nặng trẻ sơ sinh nhẹ cân", approx="under",
      optional=True),
    F("còn 6,2%", "6,2", 6.2, "percent", "%", "tỷ lệ trẻ sơ sinh nhẹ cân", H1b),
    F("là 7,1%", "7,1", 7.1, "percent", "%", "tỷ lệ trẻ sơ sinh nhẹ cân", Y22),
    F("còn 86 ca", "86", 86, "count", "ca", "ca sinh tại nhà ở các xã vùng cao", I(H1), percent=14.4),
    F("đạt 88%", "88", 88, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", Y23, status="target"),
    F("đầu tư 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "vốn đầu tư nâng cấp phòng đẻ trạm y tế xã", Y23,
      status="forecast"),
    F("cho 5 trạm", "5", 5, "count", "trạm y tế xã", "trạm y tế xã được nâng cấp phòng đẻ", Y23, status="forecast"),
    F("khoảng 560 triệu đồng", "560", 560e6, "money", "đồng/trạm", "vốn nâng cấp phòng đẻ mỗi trạm", Y23,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Yên Bái điện tử, tag '(YBĐT) -', headline figure 'Hơn 85%' (no period in the headline). Location Mù Cang Chải.",
    "'tăng 6,3% so với cùng kỳ' after '512 ca ..., chiếm 85,6%' is the change of 512 ca. 'Riêng quý II' (no year) = Q2 2023.",
    "'Đến nay' ends at the dateline. '102/102 thôn, bản' -> total 102. '86 ca ..., chiếm khoảng 14,4% tổng số ca sinh' ->",
    "percent 14.4 (the 'khoảng' is the share's, not the count's). 'từ năm 2021 đến nay ... không ... tử vong mẹ' has no number.",
    "'năm 2022 là 7,1%' is a figure of its own. Optional: '6 tháng' training, '3 lần' threshold, '2.500 gram' threshold.",
    "Distractors: Quốc lộ 32, đèo Khau Phạ, Chương trình 1719, time 15:40, weekday.",
]

if __name__ == "__main__":
    write("p981-8", TEXT, FIGS, NOTES, published="2023-07-11", location="Mù Cang Chải")

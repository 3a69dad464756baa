from lib import *

A = """Sức khỏe
Thứ bảy, 23/3/2024, 08:00 (GMT+7)

Bệnh lao vẫn là gánh nặng lớn tại Việt Nam

Việt Nam vẫn nằm trong nhóm các quốc gia có gánh nặng bệnh lao cao, trong khi nhiều người bệnh chưa được phát hiện và điều trị kịp thời.

Nhân Ngày Thế giới phòng, chống lao 24/3, Chương trình Chống lao Quốc gia cho biết, theo ước tính của Tổ chức Y tế Thế giới (WHO), năm 2022 Việt Nam có khoảng 172 nghìn người mắc lao mới và khoảng 12.000 người tử vong do lao. Việt Nam đứng thứ 10 trong 30 nước có gánh nặng bệnh lao cao nhất thế giới, đồng thời xếp thứ 11/30 nước có gánh nặng lao kháng đa thuốc cao nhất.

Năm 2023, cả nước đã phát hiện và điều trị cho 105.180 người bệnh lao các thể, tăng 2,9% so với năm 2022 (102.220 người). Trong đó có 4.130 người mắc lao kháng thuốc được đưa vào điều trị, chiếm gần 4%. Tỷ lệ điều trị thành công với lao nhạy cảm thuốc duy trì trên 90%, với lao kháng thuốc đạt khoảng 72%. Các địa phương phát hiện nhiều bệnh nhân lao nhất năm 2023 là TP Hồ Chí Minh (hơn 14.000 người), Hà Nội (5.860 người) và An Giang (4.215 người).

Theo TS Trần Minh Hải, Bệnh viện Phổi Trung ương, ước tính vẫn còn khoảng 40% người mắc lao chưa được phát hiện và báo cáo. Chi phí điều trị một ca lao kháng thuốc từ 60 đến 100 triệu đồng, cao hơn nhiều lần so với lao thường.

Theo Chiến lược quốc gia phòng, chống lao, Việt Nam phấn đấu đến năm 2030 giảm tỷ lệ mắc lao xuống dưới 20 người/100.000 dân và giảm số người tử vong do lao xuống dưới 1.000 người mỗi năm.

Người có triệu chứng ho khạc kéo dài, sốt về chiều, ra mồ hôi đêm nên đến cơ sở y tế gần nhất hoặc gọi đường dây nóng Bộ Y tế 1900 9095 để được tư vấn. Bệnh viện Phổi Trung ương có địa chỉ tại số 463 Hoàng Hoa Thám, quận Ba Đình, Hà Nội.

Lê Nga

12 bình luận
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

figs = [
    F("khoảng 172 nghìn người", "172", 172000, "count", "người", "người mắc lao mới", Y22, approx="about", status="estimate"),
    F("khoảng 12.000 người", "12.000", 12000, "count", "người", "người tử vong do lao", Y22, approx="about",
      status="estimate"),
    F("đứng thứ 10", "10", 10, "rank", "hạng", "nước có gánh nặng bệnh lao cao nhất thế giới", total=30),
    F("xếp thứ 11/30", "11", 11, "rank", "hạng", "nước có gánh nặng lao kháng đa thuốc cao nhất", total=30),
    F("cho 105.180 người", "105.180", 105180, "count", "người", "người bệnh lao các thể được phát hiện và điều trị", Y23,
      change=C("increase", 2.9, baseline="năm 2022")),
    F("(102.220 người)", "102.220", 102220, "count", "người", "người bệnh lao các thể được phát hiện và điều trị",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("có 4.130 người", "4.130", 4130, "count", "người", "người mắc lao kháng thuốc được đưa vào điều trị", Y23i,
      total=105180, percent=4),
    F("trên 90%", "90", 90, "percent", "%", "Tỷ lệ điều trị thành công với lao nhạy cảm thuốc", Y23i, approx="over"),
    F("khoảng 72%", "72", 72, "percent", "%", "Tỷ lệ điều trị thành công với lao kháng thuốc", Y23i, approx="about"),
    F("(hơn 14.000 người)", "14.000", 14000, "count", "người", "bệnh nhân lao phát hiện", Y23b, approx="over", location="Hồ Chí Minh"),
    F("(5.860 người)", "5.860", 5860, "count", "người", "bệnh nhân lao phát hiện", Y23b, location="Hà Nội"),
    F("(4.215 người)", "4.215", 4215, "count", "người", "bệnh nhân lao phát hiện", Y23b, location="An Giang"),
    F("khoảng 40%", "40", 40, "percent", "%", "người mắc lao chưa được phát hiện và báo cáo", approx="about",
      status="estimate"),
    F("từ 60 đến 100 triệu đồng", "60", 60000000, "money", "đồng", "Chi phí điều trị một ca lao kháng thuốc",
      value_max=100000000),
    F("dưới 20 người", "20", 20, "measure", "người/100.000 dân", "tỷ lệ mắc lao", T30, approx="under", status="target"),
    F("dưới 1.000 người", "1.000", 1000, "count", "người", "số người tử vong do lao mỗi năm", T30, approx="under",
      status="target"),
]

write(6, A, figs, [
    "National press (Sức khỏe section), 'Thứ bảy, 23/3/2024, 08:00 (GMT+7)', byline and '12 bình luận' at the end. National TB burden.",
    "'theo ước tính của WHO' makes 172 nghìn and 12.000 estimates (about). 'đứng thứ 10 trong 30 nước' and 'thứ 11/30' ranks with total 30.",
    "Province list (TP HCM, Hà Nội, An Giang) in a national article: location = province, subject = the list indicator.",
    "105.180: change +2,9% vs năm 2022; the bracketed baseline amount '(102.220 người)' is a figure of its own with period năm 2022.",
    "'Trong đó có 4.130 ..., chiếm gần 4%': total 105.180, percent 4 (the 'gần' belongs to the share, not to 4.130).",
    "Range money 'từ 60 đến 100 triệu đồng' value_max 100·10^6. 'phấn đấu đến năm 2030 ... xuống dưới': targets, under; 20 is a rate per 100.000 dân.",
    "Distractors: '24/3' (World TB Day), hotline '1900 9095', address 'số 463 Hoàng Hoa Thám, quận Ba Đình, Hà Nội', '(GMT+7)', '12 bình luận'.",
], published="2024-03-23", location="Việt Nam")

from lib import *

text = """Sức khỏe › Tin tức
Thứ hai, 14/10/2024, 06:00 (GMT+7)

Gần 14 triệu người Việt mắc rối loạn tâm thần, cơ sở điều trị quá tải

Khoảng 15% dân số, tương đương gần 14 triệu người, mắc ít nhất một trong các rối loạn tâm thần thường gặp, trong khi cả nước chỉ có 39 bệnh viện tâm thần với khoảng 6.800 giường bệnh.

Số liệu được Bộ Y tế công bố tại hội thảo nhân Ngày Sức khỏe tâm thần thế giới 10/10. Tỷ lệ trầm cảm ở thanh thiếu niên từ 10 đến 19 tuổi vào khoảng 8-10%. Riêng năm 2023, các cơ sở y tế ghi nhận hơn 1,2 triệu lượt khám, điều trị rối loạn tâm thần, tăng 18% so với năm 2022.

Bình quân cả nước mới có 0,91 bác sĩ tâm thần/100.000 dân, thấp hơn nhiều so với khuyến nghị của Tổ chức Y tế thế giới (WHO). Tại Lai Châu, tỷ lệ này chỉ khoảng 0,3.

Ở khu vực bảo trợ xã hội, nhiều cơ sở chăm sóc người tâm thần đã vượt công suất từ 20 đến 30%. "Chúng tôi có hai mươi tư bác sĩ, điều dưỡng cho hơn năm trăm người bệnh", ông Phạm Văn Tâm, Giám đốc Trung tâm Chăm sóc người tâm thần tỉnh Phú Thọ, chia sẻ.

Từ ngày 1/7/2024, theo Nghị định số 76/2024/NĐ-CP, mức chuẩn trợ giúp xã hội là 500.000 đồng/tháng, cao hơn 140.000 đồng so với mức cũ; người tâm thần nặng sống tại cộng đồng được hưởng hệ số 2,0, tức 1 triệu đồng mỗi tháng.

Bộ Y tế đặt mục tiêu đến năm 2030 có ít nhất 1,5 bác sĩ tâm thần/100.000 dân và 80% người mắc trầm cảm được phát hiện, điều trị. Người dân cần hỗ trợ có thể gọi tổng đài 1900 9254 hoặc 111 (miễn phí).

Lê Nga
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("Gần 14 triệu người Việt", "14", 14000000, "count", "người", "người Việt mắc rối loạn tâm thần", approx="nearly"),
    F("Khoảng 15% dân số", "15", 15, "percent", "%", "dân số mắc rối loạn tâm thần thường gặp", approx="about"),
    F("tương đương gần 14 triệu người", "14", 14000000, "count", "người", "người mắc rối loạn tâm thần thường gặp", approx="nearly"),
    F("có 39 bệnh viện", "39", 39, "count", "bệnh viện tâm thần", "bệnh viện tâm thần"),
    F("khoảng 6.800 giường", "6.800", 6800, "count", "giường bệnh", "giường bệnh tâm thần", approx="about"),
    F("từ 10 đến 19 tuổi", "10", 10, "measure", "tuổi", "tuổi thanh thiếu niên", value_max=19, optional=True),
    F("khoảng 8-10%", "8", 8, "percent", "%", "tỷ lệ trầm cảm ở thanh thiếu niên", value_max=10, approx="about"),
    F("hơn 1,2 triệu lượt", "1,2", 1200000, "count", "lượt khám, điều trị", "lượt khám, điều trị rối loạn tâm thần", approx="over",
      change=ch("increase", 18, baseline="năm 2022"), period=Y23),
    F("có 0,91 bác sĩ", "0,91", 0.91, "measure", "bác sĩ tâm thần/100.000 dân", "bác sĩ tâm thần bình quân"),
    F("khoảng 0,3", "0,3", 0.3, "measure", "bác sĩ tâm thần/100.000 dân", "tỷ lệ bác sĩ tâm thần", approx="about", location="Lai Châu"),
    F("từ 20 đến 30%", "20", 20, "percent", "%", "mức vượt công suất của cơ sở chăm sóc người tâm thần", value_max=30),
    F("có hai mươi tư bác sĩ", "hai mươi tư", 24, "count", "bác sĩ, điều dưỡng", "bác sĩ, điều dưỡng", location="Phú Thọ"),
    F("hơn năm trăm người bệnh", "năm trăm", 500, "count", "người bệnh", "người bệnh", approx="over", location="Phú Thọ"),
    F("là 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội",
      change=ch("increase", 140000, unit="đồng", baseline="mức cũ")),
    F("hệ số 2,0", "2,0", 2, "measure", "hệ số", "hệ số trợ cấp người tâm thần nặng", optional=True),
    F("tức 1 triệu đồng", "1", 1000000, "money", "đồng", "trợ cấp hằng tháng người tâm thần nặng sống tại cộng đồng"),
    F("ít nhất 1,5 bác sĩ", "1,5", 1.5, "measure", "bác sĩ tâm thần/100.000 dân", "bác sĩ tâm thần", approx="at_least",
      status="target", period=T),
    F("và 80% người", "80", 80, "percent", "%", "người mắc trầm cảm được phát hiện, điều trị", status="target", period=T),
]

build(5, [
    "National press (health section), 'Thứ hai, 14/10/2024, 06:00 (GMT+7)'; mental disorders, psychiatric capacity, social-assistance rate.",
    "Headline figure annotated as in shared h01. '15% dân số, tương đương gần 14 triệu người' → two figures (as h01 '83,48%, tương đương 1,488 triệu').",
    "Rates keep their denominator in the unit (bác sĩ tâm thần/100.000 dân). 'cao hơn 140.000 đồng so với mức cũ' → change in đồng.",
    "Number words 'hai mươi tư', 'hơn năm trăm' (a director of the Phú Thọ provincial centre → location Phú Thọ). Age range and 'hệ số 2,0' optional.",
    "Distractors: dateline + (GMT+7), 'Ngày … 10/10', 'Từ ngày 1/7/2024', Nghị định số 76/2024/NĐ-CP, hotlines 1900 9254 and 111.",
], text, figs, published="2024-10-14", location="Việt Nam")

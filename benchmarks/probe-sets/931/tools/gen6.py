"""p931-6: national newspaper (VnExpress style), a private shelter in TP Thủ Đức (TP HCM); city and national figures."""
from lib import F, period, change, target, write

TEXT = """Thời sự > Dân sinh

Thứ bảy, 12/10/2024, 08:15 (GMT+7)

Mái ấm nuôi 64 trẻ mồ côi giữa lòng thành phố

TP HCM - Gần 20 năm qua, mái ấm Hoa Hồng ở đường số 8, phường Linh Xuân, TP Thủ Đức là nhà của hơn 300 trẻ mồ côi, bị bỏ rơi.

Mái ấm hiện nuôi 64 trẻ, nhỏ nhất 5 tháng tuổi, lớn nhất 17 tuổi; trong đó 23 trẻ dưới 6 tuổi. Mỗi tháng, mái ấm chi khoảng 180 triệu đồng cho ăn uống, học hành, thuốc men, bình quân gần 2,8 triệu đồng mỗi trẻ. Khoảng 70% kinh phí đến từ nhà hảo tâm, phần còn lại do nhà nước hỗ trợ.

Bà Ngô Thị Thu, quản lý mái ấm, cho biết theo Nghị định 76/2024, mức trợ cấp nuôi dưỡng mỗi trẻ dưới 4 tuổi tại mái ấm tăng từ 1,8 triệu lên 2,5 triệu đồng mỗi tháng, tức tăng gần 39%. "Tiền trợ cấp chỉ đủ trang trải một phần, chúng tôi vẫn phải trông vào lòng hảo tâm", bà Thu nói. Năm nay, 12 em của mái ấm thi đỗ đại học, cao đẳng, gấp đôi năm ngoái.

Theo Sở Lao động - Thương binh và Xã hội TP HCM, tính đến tháng 9/2024, thành phố có 13 cơ sở bảo trợ xã hội công lập và 69 cơ sở ngoài công lập, đang chăm sóc khoảng 2.300 trẻ em có hoàn cảnh đặc biệt. Trên cả nước, Bộ Lao động - Thương binh và Xã hội thống kê có khoảng 430 cơ sở trợ giúp xã hội, nuôi dưỡng trên 42.000 đối tượng.

Người dân phát hiện trẻ bị bỏ rơi, bị xâm hại có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111 để được hỗ trợ, miễn phí 24/7.

Lê Tuyết
"""

ASOF = period("tính đến tháng 9/2024", None, "2024-09-30")

FIGS = [
    F("nuôi 64 trẻ mồ côi", "64", 64, "count", "trẻ mồ côi", location="Thủ Đức",
      subject="trẻ mồ côi mái ấm nuôi"),
    F("hơn 300 trẻ", "300", 300, "count", "trẻ", approx="over", location="Thủ Đức",
      subject="trẻ mồ côi, bị bỏ rơi mái ấm Hoa Hồng nuôi"),
    F("hiện nuôi 64 trẻ", "64", 64, "count", "trẻ", location="Thủ Đức",
      subject="trẻ mái ấm hiện nuôi"),
    F("5 tháng tuổi", "5", 5, "measure", "tháng tuổi", location="Thủ Đức", optional=True),
    F("17 tuổi", "17", 17, "measure", "tuổi", location="Thủ Đức", optional=True),
    F("23 trẻ", "23", 23, "count", "trẻ", total=64, location="Thủ Đức",
      subject="trẻ dưới 6 tuổi"),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", location="Thủ Đức", optional=True),
    F("khoảng 180 triệu đồng", "180", 180e6, "money", "đồng/tháng", approx="about", location="Thủ Đức",
      subject="chi phí ăn uống, học hành, thuốc men của mái ấm"),
    F("gần 2,8 triệu đồng", "2,8", 2.8e6, "money", "đồng/trẻ", approx="nearly", location="Thủ Đức",
      subject="chi phí bình quân mỗi trẻ"),
    F("Khoảng 70%", "70", 70, "percent", "%", approx="about", location="Thủ Đức",
      subject="kinh phí đến từ nhà hảo tâm"),
    F("từ 1,8 triệu", "1,8", 1.8e6, "money", "đồng/tháng", location="Thủ Đức",
      subject="mức trợ cấp nuôi dưỡng mỗi trẻ dưới 4 tuổi tại mái ấm trước khi tăng"),
    F("lên 2,5 triệu đồng", "2,5", 2.5e6, "money", "đồng/tháng", location="Thủ Đức",
      change=change("increase", 39, "%", approx="nearly"),
      subject="mức trợ cấp nuôi dưỡng mỗi trẻ dưới 4 tuổi tại mái ấm"),
    F("trẻ dưới 4 tuổi", "4", 4, "measure", "tuổi", approx="under", location="Thủ Đức", optional=True),
    F("12 em", "12", 12, "count", "em", location="Thủ Đức",
      change=change("increase", 2, "lần", "năm ngoái"),
      subject="em của mái ấm thi đỗ đại học, cao đẳng",
      period=period("Năm nay", "2024-01-01", "2024-12-31")),
    F("có 13 cơ sở", "13", 13, "count", "cơ sở", location="Hồ Chí Minh",
      subject="cơ sở bảo trợ xã hội công lập", period=ASOF),
    F("69 cơ sở", "69", 69, "count", "cơ sở", location="Hồ Chí Minh",
      subject="cơ sở bảo trợ xã hội ngoài công lập", period=ASOF),
    F("khoảng 2.300 trẻ em", "2.300", 2300, "count", "trẻ em", approx="about", location="Hồ Chí Minh",
      subject="trẻ em có hoàn cảnh đặc biệt được chăm sóc", period=ASOF),
    F("khoảng 430 cơ sở", "430", 430, "count", "cơ sở", approx="about", location="Việt Nam",
      subject="cơ sở trợ giúp xã hội"),
    F("trên 42.000 đối tượng", "42.000", 42000, "count", "đối tượng", approx="over", location="Việt Nam",
      subject="đối tượng được nuôi dưỡng tại cơ sở trợ giúp xã hội"),
]

NOTES = [
    "VnExpress style: 'Thứ bảy, 12/10/2024, 08:15 (GMT+7)', dateline tag 'TP HCM -', byline at the end. A shelter in TP Thủ Đức (location Thủ Đức);",
    "city figures of Sở LĐ-TB&XH TP HCM (location Hồ Chí Minh); national figures (Việt Nam). The subsidy levels (Nghị định 76/2024) are stated",
    "for 'mỗi trẻ … tại mái ấm': location Thủ Đức. 'tức tăng gần 39%' is the change of 2,5 triệu; 'gấp đôi năm ngoái' the change (×2) of 12 em.",
    "Ages '5 tháng tuổi', '17 tuổi' and thresholds 'dưới 6/4 tuổi' are optional. Headline 'nuôi 64 trẻ mồ côi' restates the body's 64 and is counted as a figure (as headline figures are).",
    "Distractors: 'Gần 20 năm qua' (a duration), đường số 8, Nghị định 76/2024, Tổng đài 111 (a phone number), '24/7', time 08:15 (GMT+7).",
]

write("p931-6", TEXT, NOTES, FIGS, published="2024-10-12", location="Hồ Chí Minh")

"""p1014-5: Party/provincial newspaper (Báo Quảng Ninh), pet services boom in Hạ Long; byline and bare date at the end."""
from lib import F, period, write

TEXT = """Dịch vụ chăm sóc thú cưng nở rộ ở Hạ Long

Chỉ trong khoảng 3 năm trở lại đây, trên địa bàn TP Hạ Long đã mọc lên hơn 60 cơ sở spa, khách sạn và phòng khám thú cưng, tập trung ở các phường Hồng Hải, Cao Xanh, Bãi Cháy.

Chị Nguyễn Thu Hà, chủ một cửa hàng spa thú cưng trên đường 25/4 (phường Hồng Gai), cho biết mỗi ngày cửa hàng phục vụ 30-40 lượt chó, mèo. Giá tắm, cắt tỉa lông dao động từ 150.000 đến 400.000 đồng/lượt tùy trọng lượng; dịch vụ trông giữ 120.000-250.000 đồng/ngày. Dịp Tết Nguyên đán vừa qua, lượng khách gửi thú cưng tăng gấp 3 lần ngày thường; doanh thu riêng tháng 1/2025 của cửa hàng ước đạt khoảng 95 triệu đồng.

Tại Phòng khám thú y PetCare số 2 (phường Cao Xanh), bác sĩ Vũ Văn Tám cho biết mỗi tháng phòng khám tiếp nhận khoảng 600 ca khám, điều trị, trong đó gần 40% là mèo. Chi phí khám từ 100.000 đồng/lượt, phẫu thuật triệt sản mèo cái khoảng 1,2 triệu đồng.

Theo Phòng Kinh tế TP Hạ Long, toàn thành phố hiện có khoảng 41.000 con chó, mèo; năm 2024 đã tiêm phòng dại cho 27.300 con, đạt 66,6%. Cũng trong năm 2024, thành phố kiểm tra 23 cơ sở dịch vụ thú cưng, nhắc nhở 7 cơ sở chưa niêm yết giá, xử phạt 2 cơ sở hành nghề không có chứng chỉ với tổng số tiền 15 triệu đồng.

Tuy nhiên, nhiều cơ sở spa, lưu trú vẫn hoạt động tự phát, người làm dịch vụ chưa qua đào tạo. Năm 2025, thành phố đặt mục tiêu 100% cơ sở khám, chữa bệnh động vật được cấp giấy chứng nhận đủ điều kiện vệ sinh thú y và ít nhất 75% đàn chó, mèo được tiêm phòng dại.

MINH ĐỨC
26/03/2025
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 60 cơ sở", "60", 60, "count", "cơ sở", "cơ sở spa, khách sạn và phòng khám thú cưng", approx="over"),
    F("phục vụ 30-40 lượt", "30", 30, "count", "lượt", "lượt chó, mèo cửa hàng phục vụ mỗi ngày", value_max=40),
    F("từ 150.000 đến 400.000 đồng/lượt", "150.000", 150000, "money", "đồng/lượt", "giá tắm, cắt tỉa lông",
      value_max=400000),
    F("trông giữ 120.000-250.000 đồng/ngày", "120.000", 120000, "money", "đồng/ngày", "giá dịch vụ trông giữ",
      value_max=250000),
    F("tăng gấp 3 lần", "3", 3, "multiple", "lần", "lượng khách gửi thú cưng dịp Tết Nguyên đán so với ngày thường"),
    F("khoảng 95 triệu đồng", "95", 95000000, "money", "đồng", "doanh thu của cửa hàng",
      period("tháng 1/2025", "2025-01-01", "2025-01-31"), approx="about", status="estimate"),
    F("khoảng 600 ca", "600", 600, "count", "ca", "ca khám, điều trị phòng khám tiếp nhận mỗi tháng", approx="about"),
    F("gần 40% là mèo", "40", 40, "percent", "%", "ca khám, điều trị là mèo", approx="nearly"),
    F("từ 100.000 đồng/lượt", "100.000", 100000, "money", "đồng/lượt", "chi phí khám", approx="at_least"),
    F("khoảng 1,2 triệu đồng", "1,2", 1200000, "money", "đồng", "chi phí phẫu thuật triệt sản mèo cái",
      approx="about"),
    F("khoảng 41.000 con", "41.000", 41000, "count", "con", "chó, mèo", approx="about"),
    F("cho 27.300 con", "27.300", 27300, "count", "con", "chó, mèo được tiêm phòng dại", Y24, percent=66.6),
    F("kiểm tra 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở dịch vụ thú cưng được kiểm tra", Y24b),
    F("nhắc nhở 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở chưa niêm yết giá bị nhắc nhở", Y24b),
    F("xử phạt 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở hành nghề không có chứng chỉ bị xử phạt", Y24b),
    F("số tiền 15 triệu đồng", "15", 15000000, "money", "đồng", "tổng số tiền xử phạt", Y24b),
    F("mục tiêu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở khám, chữa bệnh động vật được cấp giấy chứng nhận đủ điều kiện vệ sinh thú y", Y25, status="target"),
    F("ít nhất 75% đàn chó", "75", 75, "percent", "%", "đàn chó, mèo được tiêm phòng dại", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Báo Quảng Ninh style: byline MINH ĐỨC and bare date 26/03/2025 at the end. The figures describe TP Hạ Long (location Hạ Long).",
    "Distractors: 'khoảng 3 năm trở lại đây' (a duration that only locates in time), road 'đường 25/4', 'PetCare số 2' (a name),",
    "  'Vũ Văn Tám' (name), the dateline. 'mỗi ngày/mỗi tháng' rates keep the plain count unit (lượt, ca) with the rate in the subject.",
    "'tăng gấp 3 lần ngày thường' has no base amount: a multiple figure. 'trong đó gần 40% là mèo' is the share of a part: percent figure.",
    "'Chi phí khám từ 100.000 đồng/lượt' = starting from: approx at_least (the spec is silent on bare 'từ').",
    "'doanh thu ... ước đạt khoảng 95 triệu đồng': estimate + about.",
]

write("p1014-5", TEXT, FIGS, NOTES, published="2025-03-26", location="Hạ Long")

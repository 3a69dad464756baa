"""p851-6: national newspaper (VnExpress style) on the International Day of Sign Languages: interpreters, cochlear implants."""
from lib import F, P, I, CH, TG, write_set

TEXT = """Giáo dục
Thứ hai, 23/9/2024, 07:30 (GMT+7)

Thiếu phiên dịch viên ngôn ngữ ký hiệu

Cả nước có khoảng 2,5 triệu người khiếm thính nhưng chỉ hơn 40 phiên dịch viên ngôn ngữ ký hiệu được đào tạo bài bản, trung bình một phiên dịch viên phục vụ khoảng 60.000 người.

Theo Hội Người Điếc Hà Nội, giá thuê phiên dịch dao động 300.000-500.000 đồng một giờ, nhiều gia đình không đủ khả năng chi trả. Năm 2023, hội nhận được 1.260 yêu cầu hỗ trợ phiên dịch tại bệnh viện, tòa án, trụ sở công an nhưng chỉ đáp ứng được 47%.

Tại TP HCM, Trường chuyên biệt Ánh Dương (quận 3) đang dạy 210 học sinh khiếm thính. Bà Trần Thu Lan, hiệu trưởng, cho biết trường có 38 giáo viên, trong đó chỉ 9 người có thể phiên dịch trong các buổi họp phụ huynh.

Với trẻ khiếm thính bẩm sinh, cấy ốc tai điện tử trước 3 tuổi giúp trẻ có cơ hội nghe, nói gần như bình thường. Bệnh viện Tai Mũi Họng TP HCM cho biết từ năm 2015 đến nay đã cấy ốc tai cho hơn 1.100 trẻ, trong đó khoảng 80% theo học được trường phổ thông. Chi phí mỗi ca từ 450 đến 700 triệu đồng, gấp nhiều lần thu nhập của một gia đình ở nông thôn.

Trên cả nước, bảo hiểm y tế hiện mới chi trả khoảng 30% giá thiết bị ốc tai. Theo Chương trình trợ giúp người khuyết tật giai đoạn 2021-2030, đến năm 2030 phấn đấu mỗi tỉnh có ít nhất 2 phiên dịch viên ngôn ngữ ký hiệu.

"Ngôn ngữ ký hiệu là tiếng mẹ đẻ của người điếc, không phải thứ ngôn ngữ phụ", anh Nguyễn Văn Tám, thành viên hội, nói bằng tay qua phiên dịch.

Lê Nga
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SINCE15 = P("từ năm 2015 đến nay", "2015-01-01", "2024-09-23")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 2,5 triệu", "2,5", 2_500_000, "count", "người khiếm thính", "người khiếm thính", approx="about"),
    F("hơn 40 phiên dịch viên", "40", 40, "count", "phiên dịch viên",
      "phiên dịch viên ngôn ngữ ký hiệu được đào tạo bài bản", approx="over"),
    F("khoảng 60.000 người", "60.000", 60000, "measure", "người/phiên dịch viên",
      "số người khiếm thính một phiên dịch viên phục vụ", approx="about"),
    F("300.000-500.000", "300.000", 300_000, "money", "đồng/giờ", "giá thuê phiên dịch ngôn ngữ ký hiệu",
      value_max=500_000, location="Hà Nội"),
    F("được 1.260 yêu cầu", "1.260", 1260, "count", "yêu cầu", "yêu cầu hỗ trợ phiên dịch", Y23, location="Hà Nội"),
    F("được 47%", "47", 47, "percent", "%", "tỷ lệ yêu cầu hỗ trợ phiên dịch được đáp ứng", Y23, location="Hà Nội"),
    F("dạy 210 học sinh", "210", 210, "count", "học sinh", "học sinh khiếm thính của Trường chuyên biệt Ánh Dương",
      location="Hồ Chí Minh"),
    F("có 38 giáo viên", "38", 38, "count", "giáo viên", "giáo viên của trường", location="Hồ Chí Minh"),
    F("chỉ 9 người", "9", 9, "count", "người", "giáo viên có thể phiên dịch trong các buổi họp phụ huynh", total=38,
      location="Hồ Chí Minh"),
    F("trước 3 tuổi", "3", 3, "measure", "tuổi", "tuổi cấy ốc tai điện tử", approx="under", optional=True),
    F("hơn 1.100 trẻ", "1.100", 1100, "count", "trẻ", "trẻ được cấy ốc tai điện tử", SINCE15, approx="over",
      location="Hồ Chí Minh"),
    F("khoảng 80%", "80", 80, "percent", "%", "trẻ cấy ốc tai theo học được trường phổ thông", SINCE15, approx="about",
      location="Hồ Chí Minh"),
    F("từ 450 đến 700 triệu", "450", 450_000_000, "money", "đồng/ca", "chi phí cấy ốc tai điện tử mỗi ca",
      value_max=700_000_000, location="Hồ Chí Minh"),
    F("khoảng 30%", "30", 30, "percent", "%", "tỷ lệ bảo hiểm y tế chi trả giá thiết bị ốc tai", approx="about"),
    F("ít nhất 2 phiên dịch viên", "2", 2, "count", "phiên dịch viên", "phiên dịch viên ngôn ngữ ký hiệu mỗi tỉnh", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "National newspaper (VnExpress style), 23/9/2024 (International Day of Sign Languages): interpreters, a HCMC special school, cochlear implants.",
    "Distractors: 'Thứ hai, 23/9/2024, 07:30 (GMT+7)', 'quận 3', 'giai đoạn 2021-2030' (programme name), 'Nguyễn Văn Tám' (a name),",
    "'một phiên dịch viên' (the rate's denominator), 'gấp nhiều lần' (no number).",
    "Location: national figures Việt Nam (default); Hội Người Điếc Hà Nội's figures Hà Nội; the HCMC school and hospital Hồ Chí Minh",
    "(the cost per implant is stated in the hospital's paragraph). 'chỉ đáp ứng được 47%' is a percent figure of its own (the met share),",
    "not the percent of 1.260 requests; '80%' after 'trong đó' is likewise a share figure (a percent has no whole). 'hiện' gives no period.",
    "'trước 3 tuổi' (age bound of a recommendation) is optional.",
    "revised after the tool run: subject of 'chỉ 9 người' now uses the sentence's own words ('phiên dịch trong các buổi họp phụ huynh');",
    "the first gold had added 'ngôn ngữ ký hiệu', which the sentence does not say.",
]

if __name__ == "__main__":
    write_set(6, TEXT, FIGS, NOTES, published="2024-09-23", location="Việt Nam")

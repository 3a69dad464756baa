"""p1174-6: national newspaper, Hà Nội beer halls and ride-hailing after two months of the new alcohol fines (2025)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự › Giao thông
Thứ Hai, 24/03/2025, 06:00 (GMT+7)

Quán nhậu vắng khách, xe "lái hộ" đắt hàng sau hai tháng siết nồng độ cồn

Sau hơn hai tháng áp dụng mức phạt mới về nồng độ cồn, nhiều quán nhậu ở Hà Nội giảm 30-50% doanh thu, trong khi lượng khách gọi xe đưa về tăng mạnh.

Ông Nguyễn Văn Thắng, chủ quán bia hơi trên phố Trần Thái Tông, quận Cầu Giấy, cho biết trước Tết quán đón trung bình 300 khách mỗi tối, nay chỉ còn khoảng 170 khách. Quán đã cho nghỉ 4 trong tổng số 12 nhân viên phục vụ, đồng thời ký hợp đồng với một hãng taxi để đưa khách về với giá ưu đãi 12.000 đồng/km.

Theo một hãng xe công nghệ, số chuyến đặt xe "lái hộ" tại Hà Nội trong tháng 2 tăng gấp 3 lần so với tháng 12/2024, riêng khung giờ từ 21 giờ đến 24 giờ chiếm gần 65% số chuyến.

Số liệu của Phòng CSGT Công an TP Hà Nội cho thấy, 2 tháng đầu năm 2025, lực lượng chức năng xử lý 5.126 trường hợp vi phạm nồng độ cồn, giảm 41,2% so với cùng kỳ năm 2024; trong đó có 738 người điều khiển ô tô. Tổng số tiền phạt khoảng 33,8 tỷ đồng, tăng 18% dù số vụ vi phạm giảm, do mức phạt mới cao gấp nhiều lần.

Ở khu vực ngoại thành, Công an huyện Đông Anh cho biết từ đầu năm đến ngày 20/3 đã kiểm tra hơn 8.000 lượt người, phát hiện 214 trường hợp vi phạm nồng độ cồn. Mục tiêu năm 2025 của Công an thành phố là không để xảy ra tai nạn giao thông nghiêm trọng do rượu, bia, kéo giảm ít nhất 15% số vụ tai nạn giao thông so với năm 2024.

Hoàng Lâm
"""

FEB = P("trong tháng 2", "2025-02-01", "2025-02-28")
M2 = P("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
DA = P("từ đầu năm đến ngày 20/3", "2025-01-01", "2025-03-20")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("giảm 30-50%", "30", 30, "percent", "%", value_max=50,
      subject="doanh thu nhiều quán nhậu ở Hà Nội giảm"),
    F("trung bình 300 khách", "300", 300, "measure", "khách/tối", location="Cầu Giấy",
      subject="khách quán bia hơi đón trung bình mỗi tối trước Tết"),
    F("khoảng 170 khách", "170", 170, "measure", "khách/tối", approx="about", location="Cầu Giấy",
      subject="khách quán bia hơi đón mỗi tối hiện nay"),
    F("nghỉ 4 trong", "4", 4, "count", "nhân viên", total=12, location="Cầu Giấy",
      subject="nhân viên phục vụ quán cho nghỉ"),
    F("với một hãng taxi", "một", 1, "count", "hãng taxi", optional=True, location="Cầu Giấy"),
    F("12.000 đồng/km", "12.000", 12000, "money", "đồng/km", location="Cầu Giấy",
      subject="giá ưu đãi đưa khách về"),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="số chuyến đặt xe lái hộ tại Hà Nội tăng so với tháng 12/2024", period=FEB),
    F("gần 65%", "65", 65, "percent", "%", approx="nearly",
      subject="tỷ lệ chuyến đặt xe lái hộ trong khung giờ từ 21 giờ đến 24 giờ", period=FEB),
    F("xử lý 5.126 trường hợp", "5.126", 5126, "count", "trường hợp",
      change=C("decrease", 41.2, "%", "cùng kỳ năm 2024"),
      subject="trường hợp vi phạm nồng độ cồn bị xử lý", period=M2),
    F("có 738 người", "738", 738, "count", "người", total=5126,
      subject="người điều khiển ô tô vi phạm nồng độ cồn", period=M2),
    F("khoảng 33,8 tỷ", "33,8", 33800000000, "money", "đồng", approx="about",
      change=C("increase", 18, "%"), subject="tổng số tiền phạt vi phạm nồng độ cồn", period=I(M2)),
    F("hơn 8.000 lượt", "8.000", 8000, "count", "lượt người", approx="over", location="Đông Anh",
      subject="người được kiểm tra nồng độ cồn", period=DA),
    F("phát hiện 214 trường hợp", "214", 214, "count", "trường hợp", location="Đông Anh",
      subject="trường hợp vi phạm nồng độ cồn phát hiện", period=DA),
    F("ít nhất 15%", "15", 15, "percent", "%", approx="at_least", status="target",
      subject="mức kéo giảm số vụ tai nạn giao thông so với năm 2024", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ Hai, 24/03/2025, 06:00 (GMT+7)', byline at the end. Hà Nội; a beer hall in quận Cầu Giấy, huyện Đông Anh.",
    "Distractors: 'hai tháng' (headline and lead: a duration), '(GMT+7)', '06:00', 'từ 21 giờ đến 24 giờ' (times), 'tháng 12/2024' (baseline), 'gấp nhiều lần' (no number).",
    "'4 trong tổng số 12 nhân viên': 12 is the total of 4 (an attribute, not a figure). 'một hãng taxi' is an indefinite article (optional).",
    "Guests per evening are rates (khách/tối); the second one ('nay chỉ còn khoảng 170 khách') inherits 'mỗi tối' by ellipsis.",
    "'tăng gấp 3 lần so với tháng 12/2024' with no base amount is a multiple as the claim. 'trong tháng 2' takes 2025 from the dateline.",
    "738 người after 'trong đó' are cases of the 5.126 (one case = one driver): total 5126. 'tăng 18%' is the change of 33,8 tỷ (no baseline stated).",
]

if __name__ == "__main__":
    write("p1174-6", TEXT, NOTES, FIGS, published="2025-03-24", location="Hà Nội")

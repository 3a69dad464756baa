"""p1054-5: Báo Vĩnh Long (Party paper), byline and bare date at the end, November 2023: area down, contract farming, codes."""
from lib import F, period, inherit, change, write

TEXT = """Nông dân Vĩnh Long tìm hướng đi bền vững cho cây mít

Sau thời gian giá mít Thái rớt xuống mức thấp, nhiều nhà vườn ở Vĩnh Long đã chủ động cải tạo vườn, liên kết tiêu thụ để giữ cây mít.

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2023 diện tích mít toàn tỉnh còn khoảng 6.240 ha, giảm gần 900 ha so với năm 2022 do một số hộ chặt bỏ để chuyển sang trồng sầu riêng, bưởi. Các huyện có diện tích lớn lần lượt là Tam Bình 2.150 ha, Trà Ôn 1.480 ha và Vũng Liêm 960 ha.

Ông Nguyễn Văn Ba, ấp Phú Thạnh, xã Hòa Hiệp, huyện Tam Bình, có 1,8 ha mít Thái đang cho trái ổn định. Ông cho biết, đợt thu hoạch tháng 10/2023, vườn cho khoảng 32 tấn trái, bán với giá 14.000 đồng/kg, cao hơn 6.000 đồng/kg so với hồi tháng 5.

Để giảm rủi ro, HTX Nông nghiệp Hòa Hiệp (huyện Tam Bình) đã ký hợp đồng bao tiêu với Công ty TNHH Nông sản 568 cho 45 thành viên, diện tích 62 ha, với giá sàn 10.000 đồng/kg. Mỗi tháng HTX cung cấp từ 80 đến 100 tấn mít cho doanh nghiệp để chế biến mít sấy xuất khẩu.

Hiện toàn tỉnh có 9 mã số vùng trồng mít với diện tích 398 ha, trong đó 3 mã số đạt chứng nhận VietGAP. Ngành nông nghiệp tỉnh đặt mục tiêu đến năm 2025 có ít nhất 1.000 ha mít được cấp mã số vùng trồng.

Tại Hội nghị sơ kết lần thứ 2 về liên kết sản xuất, lãnh đạo Sở cho biết tỉnh đang hỗ trợ 50% chi phí chứng nhận VietGAP cho các HTX, tối đa 30 triệu đồng/HTX.

MINH THÁI
22/11/2023
"""

NOTES = [
    "Báo Vĩnh Long style: headline, sapo, byline 'MINH THÁI' and bare date '22/11/2023' at the end (published).",
    "District list 'lần lượt là Tam Bình 2.150 ha, …' shares the indicator diện tích mít, each district its location; period năm 2023 is inherited.",
    "The farmer and the HTX are in huyện Tam Bình (named in their sentences): location Tam Bình.",
    "'cao hơn 6.000 đồng/kg so với hồi tháng 5' is the change of 14.000 đồng/kg. 'Mỗi tháng … từ 80 đến 100 tấn' -> unit tấn/tháng.",
    "Distractors: Công ty TNHH Nông sản 568, 'lần thứ 2' (ordinal), 'Nguyễn Văn Ba' (name), byline date.",
]
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
T10 = period("tháng 10/2023", "2023-10-01", "2023-10-31")
FIGS = [
    F("khoảng 6.240 ha", "6.240", 6240, "measure", "ha", "diện tích mít toàn tỉnh", Y23, approx="about",
      change=change("decrease", 900, "ha", "năm 2022", "nearly")),
    F("Tam Bình 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích mít", inherit(Y23), location="Tam Bình"),
    F("Trà Ôn 1.480 ha", "1.480", 1480, "measure", "ha", "diện tích mít", inherit(Y23), location="Trà Ôn"),
    F("Vũng Liêm 960 ha", "960", 960, "measure", "ha", "diện tích mít", inherit(Y23), location="Vũng Liêm"),
    F("có 1,8 ha mít", "1,8", 1.8, "measure", "ha", "diện tích mít Thái của ông Nguyễn Văn Ba", location="Tam Bình"),
    F("khoảng 32 tấn", "32", 32, "measure", "tấn", "sản lượng trái của vườn", T10, approx="about", location="Tam Bình"),
    F("giá 14.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá bán mít", T10, location="Tam Bình",
      change=change("increase", 6000, "đồng/kg", "hồi tháng 5")),
    F("cho 45 thành viên", "45", 45, "count", "thành viên", "thành viên HTX được bao tiêu", location="Tam Bình"),
    F("diện tích 62 ha", "62", 62, "measure", "ha", "diện tích được bao tiêu", location="Tam Bình"),
    F("giá sàn 10.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá sàn bao tiêu mít", location="Tam Bình"),
    F("từ 80 đến 100 tấn", "80", 80, "measure", "tấn/tháng", "mít HTX cung cấp cho doanh nghiệp mỗi tháng",
      value_max=100, location="Tam Bình"),
    F("có 9 mã số", "9", 9, "count", "mã số", "mã số vùng trồng mít"),
    F("diện tích 398 ha", "398", 398, "measure", "ha", "diện tích vùng trồng mít được cấp mã số"),
    F("3 mã số", "3", 3, "count", "mã số", "mã số đạt chứng nhận VietGAP", total=9),
    F("ít nhất 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích mít được cấp mã số vùng trồng",
      period("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ chi phí chứng nhận VietGAP cho các HTX"),
    F("tối đa 30 triệu đồng/HTX", "30", 30e6, "money", "đồng/HTX", "mức hỗ trợ chi phí chứng nhận VietGAP",
      approx="at_most"),
]

if __name__ == "__main__":
    write("p1054-5", TEXT, NOTES, FIGS, published="2023-11-22", location="Vĩnh Long")

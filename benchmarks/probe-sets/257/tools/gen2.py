from lib import *

text = """SỞ NÔNG NGHIỆP VÀ PTNT - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Bình Định: Sản lượng cá ngừ đại dương 6 tháng đầu năm tăng 5,6%
Cập nhật: 08/07/2024 09:15
Lượt xem: 2.341

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, tổng sản lượng khai thác thủy sản toàn tỉnh ước đạt 134.560 tấn, đạt 54,2% kế hoạch năm, tăng 3,1% so với cùng kỳ. Trong đó, sản lượng cá ngừ đại dương đạt 5.260 tấn, tăng 5,6%; cá ngừ sọc dưa và cá ngừ vằn khoảng 21.300 tấn.

Các địa phương có sản lượng cá ngừ đại dương lớn là thị xã Hoài Nhơn (2.850 tấn), huyện Phù Cát (1.120 tấn) và thành phố Quy Nhơn (980 tấn).

Toàn tỉnh hiện có 5.862 tàu cá, trong đó 2.960 tàu có chiều dài từ 15 m trở lên; 615 tàu tham gia khai thác cá ngừ đại dương bằng nghề câu tay kết hợp ánh sáng. 100% tàu cá có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình theo quy định của Luật Thủy sản 2017.

Giá cá ngừ đại dương tại các cảng cá trên địa bàn tỉnh dao động từ 110.000 đến 125.000 đồng/kg đối với cá loại 1 (trên 30 kg/con), thấp hơn khoảng 10% so với cùng kỳ. Nguyên nhân là nhu cầu nhập khẩu từ thị trường Mỹ và EU chững lại, trong khi chi phí nhiên liệu cho mỗi chuyến biển vẫn ở mức cao.

Về xuất khẩu, 6 tháng đầu năm, kim ngạch xuất khẩu thủy sản của tỉnh đạt 68,5 triệu USD, tăng 12,4%; trong đó cá ngừ đạt 31,2 triệu USD, chiếm 45,5%, chủ yếu sang Mỹ, Nhật Bản và Israel.

Năm 2024, tỉnh phấn đấu sản lượng khai thác thủy sản đạt 248.000 tấn, kim ngạch xuất khẩu thủy sản đạt 140 triệu USD. Tổ chức, cá nhân cần hỗ trợ liên hệ Chi cục Thủy sản, số 12 Lê Hồng Phong, TP Quy Nhơn, điện thoại 0256.3822.416."""

p6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
p6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
SC = "sản lượng cá ngừ đại dương"
figs = [
    F("đầu năm tăng 5,6%", "5,6", 5.6, "percent", "%", "sản lượng cá ngừ đại dương 6 tháng đầu năm",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("ước đạt 134.560 tấn", "134.560", 134560, "measure", "tấn", "tổng sản lượng khai thác thủy sản", status="estimate",
      percent=54.2, change=C("increase", 3.1, baseline="cùng kỳ"), period=p6),
    F("đạt 5.260 tấn", "5.260", 5260, "measure", "tấn", SC, total=134560, status="estimate",
      change=C("increase", 5.6), period=p6i),
    F("khoảng 21.300 tấn", "21.300", 21300, "measure", "tấn", "sản lượng cá ngừ sọc dưa và cá ngừ vằn", approx="about",
      total=134560, status="estimate", period=p6i),
    F("Hoài Nhơn (2.850 tấn)", "2.850", 2850, "measure", "tấn", SC, location="Hoài Nhơn", period=p6i),
    F("Phù Cát (1.120 tấn)", "1.120", 1120, "measure", "tấn", SC, location="Phù Cát", period=p6i),
    F("Quy Nhơn (980 tấn)", "980", 980, "measure", "tấn", SC, location="Quy Nhơn", period=p6i),
    F("hiện có 5.862 tàu cá", "5.862", 5862, "count", "tàu cá", "tàu cá"),
    F("trong đó 2.960 tàu", "2.960", 2960, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", total=5862),
    F("chiều dài từ 15 m trở lên; 615", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("lên; 615 tàu tham gia", "615", 615, "count", "tàu", "tàu tham gia khai thác cá ngừ đại dương bằng nghề câu tay kết hợp ánh sáng"),
    F("100% tàu cá có", "100", 100, "percent", "%", "tàu cá có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình"),
    F("từ 15 m trở lên đã", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("từ 110.000 đến 125.000 đồng/kg", "110.000", 110000, "money", "đồng/kg", "giá cá ngừ đại dương", value_max=125000,
      change=C("decrease", 10, baseline="cùng kỳ", approx="about")),
    F("(trên 30 kg/con)", "30", 30, "measure", "kg/con", "cá loại 1", approx="over", optional=True),
    F("tỉnh đạt 68,5 triệu USD", "68,5", 68.5e6, "money", "USD", "kim ngạch xuất khẩu thủy sản",
      change=C("increase", 12.4), period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("cá ngừ đạt 31,2 triệu USD", "31,2", 31.2e6, "money", "USD", "kim ngạch xuất khẩu cá ngừ", total=68.5e6, percent=45.5,
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("đạt 248.000 tấn", "248.000", 248000, "measure", "tấn", "sản lượng khai thác thủy sản", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 140 triệu USD", "140", 140e6, "money", "USD", "kim ngạch xuất khẩu thủy sản", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]
header = """Province portal (Cổng TTĐT tỉnh Bình Định, Sở NN&PTNT news): tuna catch and seafood exports, first half of 2024.
Dateline 'Cập nhật: 08/07/2024 09:15' with 'Lượt xem: 2.341' on the next line (page furniture).
Distractors: view counter, 'Luật Thủy sản 2017' (a name), address 'số 12 Lê Hồng Phong', phone 0256.3822.416, 'TP Quy Nhơn' in the address.
'Trong đó' parts of the catch (5.260 / 21.300 tấn) take total 134.560 and the 'ước' status of the sentence they continue; 'trong đó cá ngừ đạt 31,2 triệu USD'
takes total 68,5 triệu and its share 45,5%. The '615 tàu' after ';' has no cue: no total. Fleet counts ('hiện có') have no stated period (null).
Thresholds in a class definition ('từ 15 m trở lên' ×2, 'trên 30 kg/con') are optional. District list items: place to location, catch as subject.
The headline growth rate stands alone (no base amount in the headline): a percent figure, year from the dateline."""
write(2, text, figs, header, published="2024-07-08", location="Bình Định")

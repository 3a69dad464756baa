from lib import F, P, write

TEXT = """Cổng thông tin điện tử huyện Thạch Hà
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Thứ Hai, 07/10/2024 - 15:42

Thạch Hà: Bộ phận một cửa cấp xã giải quyết đúng hạn 99,2% hồ sơ trong 9 tháng

9 tháng năm 2024, Bộ phận tiếp nhận và trả kết quả của 31 xã, thị trấn trên địa bàn huyện đã tiếp nhận 28.436 hồ sơ thủ tục hành chính, tăng 8,7% so với cùng kỳ năm 2023. Trong đó, hồ sơ tiếp nhận trực tuyến là 19.752 hồ sơ, chiếm 69,46%; hồ sơ tiếp nhận trực tiếp 8.684 hồ sơ.

Các xã đã giải quyết 28.105 hồ sơ, trong đó giải quyết trước và đúng hạn 27.880 hồ sơ, trễ hạn 225 hồ sơ; còn 331 hồ sơ đang giải quyết trong hạn. Lĩnh vực chứng thực và hộ tịch chiếm khoảng 78% tổng số hồ sơ.

Các xã có tỷ lệ hồ sơ trực tuyến cao nhất gồm: Thạch Khê (92,3%), Đỉnh Bàn (88,7%), Tượng Sơn (86,1%); thấp nhất là xã Ngọc Sơn với 41,5%. Hiện còn bốn xã có tỷ lệ dưới 50%.

Thực hiện Nghị quyết số 57/2023/NQ-HĐND của HĐND tỉnh, các xã đã miễn lệ phí cho 6.214 hồ sơ nộp trực tuyến với tổng số tiền gần 186 triệu đồng. Tính đến ngày 30/9/2024, 100% kết quả giải quyết TTHC cấp xã được số hóa; đã số hóa hơn 142 nghìn trang sổ hộ tịch, đạt 95,1% kế hoạch.

Theo Quyết định số 1085/QĐ-UBND ngày 15/3/2024, huyện phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ trực tuyến cấp xã đạt trên 75%, mức độ hài lòng của người dân đạt từ 90% trở lên.

Mọi phản ánh, kiến nghị xin gửi về Văn phòng HĐND và UBND huyện, số 18 đường Nguyễn Thị Minh Khai, thị trấn Thạch Hà; điện thoại 0239.3845.217.

Thu Hà - VP HĐND&UBND huyện
Lượt xem: 1.236
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
N9t = P("9 tháng", "2024-01-01", "2024-09-30")
D309 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
T = P("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("đúng hạn 99,2% hồ sơ", "99,2", 99.2, "percent", "%", "tỷ lệ hồ sơ Bộ phận một cửa cấp xã giải quyết đúng hạn", period=N9t),
    F("của 31 xã, thị trấn", "31", 31, "count", "xã, thị trấn", "xã, thị trấn trên địa bàn huyện tiếp nhận hồ sơ thủ tục hành chính", period=N9),
    F("tiếp nhận 28.436 hồ sơ", "28.436", 28436, "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận",
      change={"direction": "increase", "value": 8.7, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=N9),
    F("là 19.752 hồ sơ", "19.752", 19752, "count", "hồ sơ", "hồ sơ tiếp nhận trực tuyến", total=28436, percent=69.46, period=N9i),
    F("trực tiếp 8.684 hồ sơ", "8.684", 8684, "count", "hồ sơ", "hồ sơ tiếp nhận trực tiếp", total=28436, period=N9i),
    F("giải quyết 28.105 hồ sơ", "28.105", 28105, "count", "hồ sơ", "hồ sơ đã giải quyết", period=N9i),
    F("đúng hạn 27.880 hồ sơ", "27.880", 27880, "count", "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", total=28105, period=N9i),
    F("trễ hạn 225 hồ sơ", "225", 225, "count", "hồ sơ", "hồ sơ trễ hạn", total=28105, period=N9i),
    F("còn 331 hồ sơ", "331", 331, "count", "hồ sơ", "hồ sơ đang giải quyết trong hạn", period=N9i),
    F("khoảng 78% tổng số", "78", 78, "percent", "%", "tỷ trọng lĩnh vực chứng thực và hộ tịch trong tổng số hồ sơ", approx="about", period=N9i),
    F("Thạch Khê (92,3%)", "92,3", 92.3, "percent", "%", "tỷ lệ hồ sơ trực tuyến", period=N9i),
    F("Đỉnh Bàn (88,7%)", "88,7", 88.7, "percent", "%", "tỷ lệ hồ sơ trực tuyến", period=N9i),
    F("Tượng Sơn (86,1%)", "86,1", 86.1, "percent", "%", "tỷ lệ hồ sơ trực tuyến", period=N9i),
    F("Ngọc Sơn với 41,5%", "41,5", 41.5, "percent", "%", "tỷ lệ hồ sơ trực tuyến thấp nhất", period=N9i),
    F("còn bốn xã", "bốn", 4, "count", "xã", "xã có tỷ lệ hồ sơ trực tuyến dưới 50%", period=N9i),
    F("tỷ lệ dưới 50%", "50", 50, "percent", "%", "ngưỡng tỷ lệ hồ sơ trực tuyến", approx="under", optional=True),
    F("cho 6.214 hồ sơ", "6.214", 6214, "count", "hồ sơ", "hồ sơ nộp trực tuyến được miễn lệ phí", period=N9i),
    F("gần 186 triệu đồng", "186", 186000000, "money", "đồng", "tổng số tiền lệ phí được miễn", approx="nearly", period=N9i),
    F("30/9/2024, 100% kết quả", "100", 100, "percent", "%", "kết quả giải quyết TTHC cấp xã được số hóa", period=D309),
    F("hơn 142 nghìn trang", "142", 142000, "count", "trang", "trang sổ hộ tịch đã số hóa", approx="over", percent=95.1, period=D309),
    F("đạt trên 75%", "75", 75, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", approx="over", status="target", period=T),
    F("từ 90% trở lên", "90", 90, "percent", "%", "mức độ hài lòng của người dân", approx="at_least", status="target", period=T),
]

HEADER = """revised after the first run: the count of communes/wards now has the subject the sentence gives it (units that received dossiers), as shared h12 does for "91 xã, phường, thị trấn … đã tiếp nhận".
Cổng TTĐT huyện Thạch Hà (district portal, breadcrumb, 'Thứ Hai, 07/10/2024 - 15:42', byline and view counter at the end).
One-stop results of the 31 communes, 9 months 2024: received (online/direct), solved (on time/late), commune list of online rates, fees waived, digitisation, targets.
Communes in the list are below district level: location stays the district Thạch Hà (FIGURES.md: province, city or district); subject is the list's indicator.
'Trong đó' after 28.436 gives 19.752 and 8.684 total 28436; 'trong đó' after 28.105 gives 27.880 and 225 total 28105; 331 (still pending) is not part of the solved.
'hơn 142 nghìn trang …, đạt 95,1% kế hoạch' → percent 95.1. 'dưới 50%' is a threshold (optional). Targets after 'phấn đấu đến cuối năm 2024' → status target.
Distractors: Nghị quyết số 57/2023/NQ-HĐND, Quyết định số 1085/QĐ-UBND ngày 15/3/2024, số 18 đường …, phone 0239.3845.217, Lượt xem: 1.236."""

write(1, TEXT, HEADER, FIGS, published="2024-10-07", location="Thạch Hà")

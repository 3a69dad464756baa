from lib import *

TEXT = """
Thái Bình: Hơn 41.000 ha đất nông nghiệp được dồn điền, đổi thửa
Cập nhật: 14/03/2024 08:45
Lượt xem: 2.315

Thực hiện Nghị quyết số 01-NQ/TU ngày 10/6/2021 của Ban Chấp hành Đảng bộ tỉnh về tích tụ, tập trung ruộng đất, từ năm 2021 đến nay toàn tỉnh đã hoàn thành dồn điền, đổi thửa (DĐĐT) trên diện tích hơn 41.250 ha, đạt 82,5% kế hoạch giai đoạn 2021-2025. Có 186/232 xã, thị trấn đã hoàn thành giao ruộng trên thực địa, còn 46 xã đang triển khai.

Sau DĐĐT, số thửa bình quân giảm từ 4,2 thửa/hộ xuống còn 1,6 thửa/hộ; diện tích bình quân mỗi thửa tăng từ 620 m2 lên 1.840 m2. Nhiều hộ chỉ còn 1 thửa, tạo điều kiện đưa cơ giới hóa vào sản xuất; tỷ lệ cơ giới hóa khâu làm đất đạt 98%, khâu thu hoạch đạt 92%.

Cùng với DĐĐT, các địa phương đã quy hoạch lại hệ thống giao thông, thủy lợi nội đồng. Toàn tỉnh đào, đắp mới 2.150 km kênh mương và làm mới 1.730 km đường giao thông nội đồng. Để có quỹ đất làm công trình, người dân đã tự nguyện hiến gần 1.480 ha đất nông nghiệp.

Tổng kinh phí thực hiện khoảng 1.265 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 412 tỷ đồng (chiếm 32,6%), ngân sách huyện, xã 285 tỷ đồng, còn lại do nhân dân đóng góp và huy động xã hội hóa. Mức hỗ trợ của tỉnh là 10 triệu đồng/ha đối với diện tích thực hiện DĐĐT.

Mục tiêu đến hết năm 2025, tỉnh hoàn thành DĐĐT trên 50.000 ha; phấn đấu 100% xã có mô hình cánh đồng lớn quy mô từ 50 ha trở lên. Ông Nguyễn Văn Minh, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết trong tháng 3 tỉnh sẽ tổ chức hội nghị sơ kết tại Hội trường 22/8 của tỉnh.

Sở Nông nghiệp và PTNT Thái Bình
"""

HEADER = """
Province portal (Cổng TTĐT tỉnh Thái Bình), 'Cập nhật: 14/03/2024 08:45' dateline and a view counter after it (furniture).
DĐĐT since 2021: hectares, communes, plots per household before/after, plot area, mechanisation, canals/roads, land donated, funding parts, 2025 targets.
'từ năm 2021 đến nay' runs to the dateline. Later sentences of each paragraph inherit it. 'thửa/hộ' averages are measure (rates).
'giảm từ 4,2 … xuống còn 1,6': two levels, no change object (the change amount is not stated). 'trong đó' parts of 1.265 tỷ get total.
Distractors: Nghị quyết số 01-NQ/TU, 10/6/2021, giai đoạn 2021-2025 (plan period), 'Hội trường 22/8' (a name), 'tháng 3', counter 2.315.
'1 thửa' (nhiều hộ chỉ còn) and the threshold 'từ 50 ha trở lên' are optional.
revised: the headline figure 'Hơn 41.000 ha' added (I had left the title out; shared h04 annotates title figures).
"""

since = P("từ năm 2021 đến nay", "2021-01-01", "2024-03-14")
since_i = P("từ năm 2021 đến nay", "2021-01-01", "2024-03-14", inherited=True)
t2025 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 41.000 ha", "41.000", 41000, "measure", "ha", "đất nông nghiệp được dồn điền, đổi thửa", approx="over"),
    F("diện tích hơn 41.250 ha", "41.250", 41250, "measure", "ha", "diện tích hoàn thành dồn điền, đổi thửa",
      approx="over", percent=82.5, period=since),
    F("Có 186/232 xã", "186", 186, "count", "xã, thị trấn", "xã, thị trấn hoàn thành giao ruộng trên thực địa",
      total=232, period=since_i),
    F("còn 46 xã", "46", 46, "count", "xã", "xã đang triển khai giao ruộng", period=since_i),
    F("giảm từ 4,2 thửa/hộ", "4,2", 4.2, "measure", "thửa/hộ", "số thửa bình quân trước DĐĐT", period=since_i),
    F("còn 1,6 thửa/hộ", "1,6", 1.6, "measure", "thửa/hộ", "số thửa bình quân sau DĐĐT", period=since_i),
    F("từ 620 m2", "620", 620, "measure", "m2", "diện tích bình quân mỗi thửa trước DĐĐT", period=since_i),
    F("lên 1.840 m2", "1.840", 1840, "measure", "m2", "diện tích bình quân mỗi thửa sau DĐĐT", period=since_i),
    F("chỉ còn 1 thửa", "1", 1, "count", "thửa", "thửa của nhiều hộ", optional=True),
    F("làm đất đạt 98%", "98", 98, "percent", "%", "tỷ lệ cơ giới hóa khâu làm đất", period=since_i),
    F("thu hoạch đạt 92%", "92", 92, "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch", period=since_i),
    F("mới 2.150 km kênh mương", "2.150", 2150, "measure", "km", "kênh mương đào, đắp mới", period=since_i),
    F("1.730 km đường", "1.730", 1730, "measure", "km", "đường giao thông nội đồng làm mới", period=since_i),
    F("hiến gần 1.480 ha", "1.480", 1480, "measure", "ha", "đất nông nghiệp người dân tự nguyện hiến",
      approx="nearly", period=since_i),
    F("khoảng 1.265 tỷ đồng", "1.265", 1265e9, "money", "đồng", "tổng kinh phí thực hiện DĐĐT",
      approx="about", period=since_i),
    F("hỗ trợ 412 tỷ đồng", "412", 412e9, "money", "đồng", "ngân sách tỉnh hỗ trợ",
      total=1265e9, percent=32.6, period=since_i),
    F("xã 285 tỷ đồng", "285", 285e9, "money", "đồng", "ngân sách huyện, xã", total=1265e9, period=since_i),
    F("là 10 triệu đồng/ha", "10", 10e6, "money", "đồng/ha", "mức hỗ trợ của tỉnh đối với diện tích thực hiện DĐĐT"),
    F("trên 50.000 ha", "50.000", 50000, "measure", "ha", "diện tích hoàn thành DĐĐT",
      approx="over", status="target", period=t2025),
    F("phấn đấu 100% xã", "100", 100, "percent", "%", "xã có mô hình cánh đồng lớn", status="target", period=t2025),
    F("từ 50 ha trở lên", "50", 50, "measure", "ha", "quy mô cánh đồng lớn", approx="at_least", optional=True),
]

build(1, TEXT, HEADER, {"published": "2024-03-14", "location": "Thái Bình"}, FIGS)

"""p782-6: national press, tour prices at chợ nổi Cái Răng in high season."""
from lib import F, P, I, CH, emit

TEXT = """Du lịch › Điểm đến
Chủ nhật, 18/8/2024, 06:30 (GMT+7)

Giá tour chợ nổi Cái Răng tăng 20% mùa cao điểm

Mùa hè, lượng khách đổ về chợ nổi lớn nhất miền Tây tăng mạnh, kéo giá tour ghép và xuồng thuê đi lên.

Cần Thơ - Mỗi sáng cuối tuần, khoảng 60-70 tàu du lịch đưa khách ra chợ nổi Cái Răng, gấp đôi ngày thường. Giá tour ghép tham quan chợ nổi hiện từ 250.000 đến 360.000 đồng/khách, tăng khoảng 20% so với năm ngoái; tour riêng bằng xuồng máy khoảng 600.000 đồng/chuyến cho nhóm 4 người.

Anh Lê Văn Tâm, chủ một tàu 30 chỗ, cho biết mỗi sáng tàu chạy 2-3 chuyến, thu khoảng 2,5 triệu đồng sau khi trừ chi phí. Theo anh, lượng khách quốc tế mùa cao điểm gấp 2,5 lần mùa thấp điểm.

Năm 2023, chợ nổi Cái Răng được một tạp chí du lịch của Anh xếp thứ 2 trong 10 chợ nổi nên ghé thăm ở châu Á, sau chợ nổi Damnoen Saduak (Thái Lan).

Theo Sở Giao thông vận tải Cần Thơ, 7 tháng năm 2024, lực lượng chức năng đã kiểm tra 412 lượt phương tiện thủy chở khách, xử phạt 37 trường hợp vi phạm với số tiền 86,5 triệu đồng, chủ yếu do không trang bị đủ áo phao. Hơn 70% du khách được khảo sát tại chợ cho biết hài lòng với dịch vụ, song nhiều người phàn nàn về rác thải trên sông.

Bến tàu du lịch Ninh Kiều (số 38 Hai Bà Trưng) mở cửa từ 4h30, tàu xuất phát lúc 5h để kịp phiên chợ đông nhất.

Thanh Nguyệt
"""

Y24 = P("7 tháng năm 2024", "2024-01-01", "2024-07-31")
CT = "Cần Thơ"

FIGS = [
    F("Cái Răng tăng 20% mùa", "20", 20, "percent", "%", subject="giá tour chợ nổi Cái Răng mùa cao điểm"),
    F("khoảng 60-70 tàu", "60", 60, "count", "tàu", value_max=70, approx="about",
      change=CH("increase", 2, unit="lần", baseline="ngày thường"),
      subject="tàu du lịch đưa khách ra chợ nổi Cái Răng mỗi sáng cuối tuần"),
    F("từ 250.000 đến 360.000 đồng/khách", "250.000", 250000, "money", "đồng/khách", value_max=360000,
      change=CH("increase", 20, approx="about", baseline="năm ngoái"), subject="giá tour ghép tham quan chợ nổi"),
    F("khoảng 600.000 đồng/chuyến", "600.000", 600000, "money", "đồng/chuyến", approx="about",
      subject="giá tour riêng bằng xuồng máy"),
    F("nhóm 4 người", "4", 4, "count", "người", subject="số người mỗi nhóm tour riêng", optional=True),
    F("tàu 30 chỗ", "30", 30, "count", "chỗ", subject="sức chở tàu của anh Tâm", optional=True),
    F("chạy 2-3 chuyến", "2", 2, "count", "chuyến", value_max=3, subject="chuyến tàu chạy mỗi sáng"),
    F("khoảng 2,5 triệu đồng", "2,5", 2.5e6, "money", "đồng", approx="about",
      subject="thu nhập mỗi sáng của tàu sau khi trừ chi phí"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
      subject="lượng khách quốc tế mùa cao điểm so với mùa thấp điểm"),
    F("xếp thứ 2 trong", "2", 2, "rank", "hạng", total=10, subject="chợ nổi nên ghé thăm ở châu Á",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("kiểm tra 412 lượt", "412", 412, "count", "lượt phương tiện", subject="lượt phương tiện thủy chở khách được kiểm tra",
      period=Y24, location=CT),
    F("phạt 37 trường hợp", "37", 37, "count", "trường hợp", subject="trường hợp vi phạm bị xử phạt",
      period=Y24, location=CT),
    F("tiền 86,5 triệu đồng", "86,5", 86.5e6, "money", "đồng", subject="số tiền xử phạt", period=Y24, location=CT),
    F("Hơn 70% du khách", "70", 70, "percent", "%", approx="over",
      subject="du khách được khảo sát tại chợ hài lòng với dịch vụ"),
]

COMMENTS = [
    "National press (VnExpress-style): tour prices at chợ nổi Cái Răng; 'Chủ nhật, 18/8/2024, 06:30 (GMT+7)', byline at the end.",
    "Location: figures on the market take its district Cái Răng (the dateline 'Cần Thơ -' is the city); the transport department's",
    "inspection figures are city-wide: Cần Thơ. A foreign magazine and 'Damnoen Saduak (Thái Lan)' are not places of the figures.",
    "Headline 'tăng 20%' is a rate as the claim (percent, no change); in the body the same 20% is the change of the price range.",
    "'gấp đôi ngày thường' after 60-70 tàu is its change (2 lần); 'gấp 2,5 lần mùa thấp điểm' standing alone is a multiple.",
    "'xếp thứ 2 trong 10 chợ nổi' -> rank 2, total 10. Optional: group size 'nhóm 4 người', boat size 'tàu 30 chỗ'.",
    "Distractors: (GMT+7), số 38 Hai Bà Trưng, times 4h30 / 5h, 'năm ngoái' baseline.",
]

emit("p782-6", TEXT, COMMENTS, FIGS, published="2024-08-18", location="Cái Răng")

"""p991-2: district portal (huyện Kỳ Sơn, Nghệ An), repairing suspension bridges after the August 2023 flood."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Tin tức > Kinh tế - Hạ tầng

Kỳ Sơn khẩn trương sửa chữa cầu treo hư hỏng sau lũ

Thứ Năm, 17/08/2023 - 10:45

Đợt mưa lũ từ ngày 2 đến ngày 5/8/2023 đã làm hư hỏng 9 cầu treo trên địa bàn huyện, trong đó 2 cầu bị cuốn trôi hoàn toàn tại các xã Tà Cạ và Mỹ Lý. Tổng thiệt hại ước tính khoảng 7,8 tỷ đồng.

Hiện toàn huyện có 64 cầu treo dân sinh đang khai thác, phục vụ đi lại cho khoảng 31.000 người ở 21 xã, thị trấn. Trong số này, 23 cầu được xây dựng trước năm 2010, cáp chủ bị gỉ sét, ván mặt cầu mục nát.

Ngay sau lũ, UBND huyện đã chỉ đạo cắm biển cảnh báo, hạn chế tải trọng tại 15 cầu, chỉ cho phép tối đa 10 người cùng lúc qua cầu; đồng thời huy động hơn 350 lượt người, gần 40 m3 gỗ để sửa tạm 5 cầu bị hư hỏng nhẹ. Kinh phí sửa chữa mỗi cầu từ 150 đến 400 triệu đồng.

Theo ông Lữ Văn Tám, Phó Chủ tịch UBND huyện, 6 tháng đầu năm 2023, huyện đã giải ngân 4,2 tỷ đồng vốn duy tu cầu treo, đạt 60% kế hoạch vốn năm, tăng 1,3 tỷ đồng so với cùng kỳ. Dự kiến đến hết tháng 10, 7 cầu còn lại sẽ được sửa chữa xong; riêng 2 cầu bị cuốn trôi sẽ được xây mới với tổng mức đầu tư khoảng 5,6 tỷ đồng từ nguồn vốn Nghị quyết 88/2019/QH14.

Ông Tám cho biết, huyện đã đề nghị tỉnh hỗ trợ thêm 12 tỷ đồng để thay thế các cầu xây dựng trước năm 2010, mỗi năm thay mới 4-5 cầu. Người dân tuyệt đối không qua cầu khi nước lũ dâng cao, không chở hàng quá tải trọng cho phép.

Lô Thị Hằng - Trung tâm Văn hóa - Thể thao và Truyền thông huyện
Số lượt xem: 312
"""

FIG = [
    F("hư hỏng 9 cầu treo", "9", 9, "count", "cầu treo", "cầu treo hư hỏng do mưa lũ"),
    F("trong đó 2 cầu", "2", 2, "count", "cầu", "cầu bị cuốn trôi hoàn toàn", total=9),
    F("khoảng 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng", "tổng thiệt hại", approx="about", status="estimate"),
    F("có 64 cầu treo", "64", 64, "count", "cầu treo dân sinh", "cầu treo dân sinh đang khai thác"),
    F("khoảng 31.000 người", "31.000", 31000, "count", "người", "người được phục vụ đi lại", approx="about"),
    F("ở 21 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn có cầu treo"),
    F("23 cầu", "23", 23, "count", "cầu", "cầu được xây dựng trước năm 2010", total=64),
    F("tại 15 cầu", "15", 15, "count", "cầu", "cầu cắm biển cảnh báo, hạn chế tải trọng"),
    F("tối đa 10 người", "10", 10, "count", "người", "người qua cầu cùng lúc", approx="at_most", optional=True),
    F("hơn 350 lượt người", "350", 350, "count", "lượt người", "lượt người huy động sửa tạm cầu", approx="over"),
    F("gần 40 m3", "40", 40, "measure", "m3", "gỗ huy động sửa tạm cầu", approx="nearly"),
    F("sửa tạm 5 cầu", "5", 5, "count", "cầu", "cầu hư hỏng nhẹ được sửa tạm"),
    F("từ 150 đến 400 triệu", "150", 150e6, "money", "đồng/cầu", "kinh phí sửa chữa mỗi cầu", value_max=400e6),
    F("giải ngân 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", "vốn duy tu cầu treo giải ngân",
      P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30"), percent=60,
      change=C("increase", 1.3e9, "đồng", "cùng kỳ")),
    F("tháng 10, 7 cầu", "7", 7, "count", "cầu", "cầu còn lại sửa chữa xong",
      P("đến hết tháng 10", None, "2023-10-31"), status="forecast"),
    F("riêng 2 cầu", "2", 2, "count", "cầu", "cầu bị cuốn trôi xây mới", status="forecast"),
    F("khoảng 5,6 tỷ đồng", "5,6", 5.6e9, "money", "đồng", "tổng mức đầu tư xây mới cầu bị cuốn trôi",
      approx="about", status="forecast"),
    F("thêm 12 tỷ đồng", "12", 12e9, "money", "đồng", "kinh phí đề nghị tỉnh hỗ trợ thay thế cầu"),
    F("4-5 cầu", "4", 4, "count", "cầu", "cầu thay mới mỗi năm", value_max=5, status="target"),
]

NOTES = [
    "District portal of Kỳ Sơn (Nghệ An), 17/08/2023: flood damage to suspension bridges, repairs, disbursement, plans.",
    "'từ ngày 2 đến ngày 5/8/2023' is a date range (not a figure). 'trước năm 2010', 'Nghị quyết 88/2019/QH14', 'Lữ Văn Tám', 'Ông Tám',",
    "'Số lượt xem: 312', '10:45' are distractors. 'Trong số này, 23 cầu' -> total 64. 'tối đa 10 người' is a rule (optional).",
    "'riêng 2 cầu bị cuốn trôi sẽ được xây mới' restates the 2 bridges as a new claim (to be rebuilt): a forecast figure. 'mỗi năm thay mới 4-5 cầu' is the plan of the request -> target.",
    "'đề nghị tỉnh hỗ trợ thêm 12 tỷ đồng' is the amount requested: recorded as actual (a request is no estimate, target or forecast).",
    "Status 'Dự kiến' governs the whole sentence after it (both clauses joined by ';' continue it).",
]

write("p991-2", TEXT, FIG, NOTES, published="2023-08-17", location="Kỳ Sơn")

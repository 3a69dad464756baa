from lib import F, P, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Cục Thông tin cơ sở

Đẩy nhanh chuyển đổi đài truyền thanh cấp xã sang ứng dụng công nghệ số

Thứ sáu, 18/10/2024 16:45

Tính đến hết quý III/2024, cả nước có 8.612 đài truyền thanh cấp xã, trong đó 5.147 đài ứng dụng công nghệ thông tin - viễn thông, chiếm 59,8%; 2.960 đài truyền thanh vô tuyến FM và 505 đài hữu tuyến. Hệ thống có khoảng 92.000 cụm loa, trong đó gần 41.500 cụm loa thông minh.

Dẫn đầu về tỷ lệ đài ứng dụng công nghệ thông tin - viễn thông là Quảng Ninh (100%), Bắc Ninh (97,4%), Hà Nam (95,1%); trong khi Lai Châu chỉ đạt 31,2%, Kon Tum 28,6%.

Hiện 63/63 tỉnh, thành phố đã kết nối với Hệ thống thông tin nguồn trung ương; 9 tháng năm 2024, hệ thống tiếp nhận hơn 1,2 triệu tin, bài từ địa phương, tăng 18% so với cùng kỳ năm 2023. Các đài địa phương sản xuất 47.300 phút chương trình phát thanh tiếng dân tộc thiểu số, tăng 6,4% so với cùng kỳ.

Giai đoạn 2021-2025, tổng kinh phí Trung ương hỗ trợ cho thông tin cơ sở qua các chương trình mục tiêu quốc gia khoảng 1,26 nghìn tỷ đồng; riêng Dự án 10 thuộc Chương trình MTQG 1719 bố trí 742 tỷ đồng.

Theo Quyết định số 135/QĐ-TTg, đến năm 2025 phấn đấu 70% đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông. Cục Thông tin cơ sở đánh giá còn khoảng 10 điểm phần trăm phải hoàn thành trong 15 tháng, đề nghị các địa phương ưu tiên bố trí vốn từ 3 đến 5 tỷ đồng mỗi năm cho mỗi tỉnh.

Địa chỉ: Tầng 8, số 115 Trần Duy Hưng, Hà Nội. Điện thoại: 024.3943.7016.
"""

Q3 = P("Tính đến hết quý III/2024", None, "2024-09-30")
Q3i = P("Tính đến hết quý III/2024", None, "2024-09-30", True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
SUBJ = "tỷ lệ đài ứng dụng công nghệ thông tin - viễn thông"

figs = [
    F("có 8.612 đài", "8.612", "count", "đài truyền thanh cấp xã", "đài truyền thanh cấp xã", period=Q3),
    F("trong đó 5.147 đài", "5.147", "count", "đài", "đài ứng dụng công nghệ thông tin - viễn thông", total=8612,
      percent=59.8, period=Q3),
    F("2.960 đài", "2.960", "count", "đài truyền thanh vô tuyến FM", "đài truyền thanh vô tuyến FM", total=8612, period=Q3),
    F("505 đài", "505", "count", "đài hữu tuyến", "đài hữu tuyến", total=8612, period=Q3),
    F("khoảng 92.000 cụm loa", "92.000", "count", "cụm loa", "cụm loa", approx="about", period=Q3i),
    F("gần 41.500 cụm loa", "41.500", "count", "cụm loa thông minh", "cụm loa thông minh", approx="nearly", total=92000,
      period=Q3i),
    F("Quảng Ninh (100%)", "100", "percent", "%", SUBJ, location="Quảng Ninh", period=Q3i),
    F("Bắc Ninh (97,4%)", "97,4", "percent", "%", SUBJ, location="Bắc Ninh", period=Q3i),
    F("Hà Nam (95,1%)", "95,1", "percent", "%", SUBJ, location="Hà Nam", period=Q3i),
    F("chỉ đạt 31,2%", "31,2", "percent", "%", SUBJ, location="Lai Châu", period=Q3i),
    F("Kon Tum 28,6%", "28,6", "percent", "%", SUBJ, location="Kon Tum", period=Q3i),
    F("Hiện 63/63", "63", "count", "tỉnh, thành phố", "tỉnh, thành phố đã kết nối với Hệ thống thông tin nguồn trung ương",
      total=63),
    F("hơn 1,2 triệu tin, bài", "1,2", "count", "tin, bài", "tin, bài hệ thống tiếp nhận từ địa phương", approx="over",
      change={"direction": "increase", "value": 18, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=M9),
    F("sản xuất 47.300 phút", "47.300", "measure", "phút", "chương trình phát thanh tiếng dân tộc thiểu số",
      change={"direction": "increase", "value": 6.4, "unit": "%", "baseline": "cùng kỳ"}, period=M9i),
    F("khoảng 1,26 nghìn tỷ đồng", "1,26", "money", "đồng",
      "tổng kinh phí Trung ương hỗ trợ cho thông tin cơ sở qua các chương trình mục tiêu quốc gia", approx="about", period=G),
    F("bố trí 742 tỷ đồng", "742", "money", "đồng", "kinh phí Dự án 10 thuộc Chương trình MTQG 1719", total=1.26e12, period=G),
    F("phấn đấu 70%", "70", "percent", "%", "đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("khoảng 10 điểm phần trăm", "10", "measure", "điểm phần trăm", "tỷ lệ còn phải hoàn thành", approx="about"),
    F("trong 15 tháng", "15", "measure", "tháng", "thời gian còn lại", optional=True),
    F("từ 3 đến 5 tỷ đồng", "3", "money", "đồng", "vốn bố trí mỗi năm cho mỗi tỉnh", value=3e9, value_max=5e9,
      status="target"),
]

write("p358-6", [
    "Ministry site (Bộ TT&TT, Cục Thông tin cơ sở): national state of commune radio stations at the end of Q3/2024, provinces list, funding 2021-2025.",
    "Dateline 'Thứ sáu, 18/10/2024 16:45'. Distractors: 'quý III/2024', 'Quyết định số 135/QĐ-TTg', 'Dự án 10', 'MTQG 1719', 'FM', address 'Tầng 8, số 115',",
    "phone 024.3943.7016, venue city Hà Nội in the address. National figures: location Việt Nam; list items take their province as location.",
    "5.147 + 2.960 + 505 = 8.612: the three parts after 'trong đó' take total 8612 (5.147 with its share 59,8%).",
    "'riêng Dự án 10 … 742 tỷ đồng' is a part of the 1,26 nghìn tỷ (same thing, same period): total. '1,26 nghìn tỷ' = 1,26·10¹².",
    "'còn khoảng 10 điểm phần trăm' (gap to target) as a measure; '15 tháng' is a duration to the deadline (optional).",
    "'từ 3 đến 5 tỷ đồng mỗi năm cho mỗi tỉnh': a recommended allocation (đề nghị … bố trí) is a level to be met, not a reported fact: status target.",
    "revised: that range was first annotated 'actual' (đề nghị is not a listed cue); no money is reported as spent, so 'target' is the meaning.",
], TEXT, figs, published="2024-10-18", location="Việt Nam")

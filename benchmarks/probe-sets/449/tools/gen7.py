import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, F, P, C, T

text = """Kinh doanh › Lao động - Việc làm
Thứ hai, 15/1/2024, 10:20 (GMT+7)

Quỹ bảo hiểm thất nghiệp chi hơn 18.000 tỷ đồng năm 2023

Năm 2023, cả nước có khoảng 1,05 triệu người hưởng trợ cấp thất nghiệp, tăng khoảng 10% so với năm 2022, mức cao nhất kể từ khi chính sách được áp dụng.

Số liệu của Bảo hiểm xã hội Việt Nam cho thấy tổng chi từ Quỹ bảo hiểm thất nghiệp là 18.420 tỷ đồng, trong đó chi trợ cấp thất nghiệp 16.890 tỷ đồng, chi hỗ trợ học nghề 236 tỷ đồng, còn lại là chi đóng bảo hiểm y tế cho người hưởng. TP Hồ Chí Minh tiếp tục dẫn đầu với 236.500 người hưởng, Bình Dương đứng thứ hai với 168.200 người.

Tính đến ngày 31/12/2023, số người tham gia bảo hiểm thất nghiệp đạt 14,7 triệu người, chiếm khoảng 30,3% lực lượng lao động trong độ tuổi; số dư Quỹ ước hơn 59 nghìn tỷ đồng.

Giai đoạn 2021-2023, ngoài chế độ thường xuyên, Quỹ còn thực hiện gói hỗ trợ theo Nghị quyết 116/NQ-CP với tổng kinh phí hơn 38.000 tỷ đồng cho gần 13 triệu lượt người lao động và khoảng 380.000 đơn vị sử dụng lao động.

Theo ông Lê Quang Trung, Phó cục trưởng Cục Việc làm (Bộ Lao động - Thương binh và Xã hội), 3 tháng cuối năm 2023, số hồ sơ hưởng trợ cấp thất nghiệp mỗi tháng tăng từ 15% đến 20% so với cùng kỳ. Dự báo năm 2024, số người hưởng trợ cấp có thể lên tới 1,1 triệu người.

Dự thảo Luật Việc làm (sửa đổi), thay thế Luật số 38/2013/QH13, đang được lấy ý kiến, trong đó đề xuất người lao động được hưởng trợ cấp ngay từ ngày thứ 11 sau khi nộp đủ hồ sơ. Người dân có thể phản ánh qua tổng đài 1900 9068.

Hồng Chiêu
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
AS = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
figs = [
    F("chi hơn 18.000 tỷ đồng", "18.000", 18000e9, "money", "đồng", "chi của Quỹ bảo hiểm thất nghiệp",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("khoảng 1,05 triệu người", "1,05", 1.05e6, "count", "người", "người hưởng trợ cấp thất nghiệp", Y, approx="about",
      change=C("increase", 10, approx="about", baseline="năm 2022")),
    F("là 18.420 tỷ đồng", "18.420", 18420e9, "money", "đồng", "tổng chi từ Quỹ bảo hiểm thất nghiệp", Yi),
    F("thất nghiệp 16.890 tỷ đồng", "16.890", 16890e9, "money", "đồng", "chi trợ cấp thất nghiệp", Yi, total=18420e9),
    F("học nghề 236 tỷ đồng", "236", 236e9, "money", "đồng", "chi hỗ trợ học nghề", Yi, total=18420e9),
    F("với 236.500 người", "236.500", 236500, "count", "người", "người hưởng trợ cấp thất nghiệp", Yi, location="TP Hồ Chí Minh"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "người hưởng trợ cấp thất nghiệp", Yi, location="Bình Dương"),
    F("với 168.200 người", "168.200", 168200, "count", "người", "người hưởng trợ cấp thất nghiệp", Yi, location="Bình Dương"),
    F("đạt 14,7 triệu người", "14,7", 14.7e6, "count", "người", "số người tham gia bảo hiểm thất nghiệp", AS, percent=30.3),
    F("hơn 59 nghìn tỷ", "59", 59e12, "money", "đồng", "số dư Quỹ bảo hiểm thất nghiệp", AS, approx="over", status="estimate"),
    F("hơn 38.000 tỷ đồng", "38.000", 38000e9, "money", "đồng", "tổng kinh phí gói hỗ trợ theo Nghị quyết 116/NQ-CP", G, approx="over"),
    F("gần 13 triệu lượt", "13", 13e6, "count", "lượt người lao động", "lượt người lao động được hỗ trợ", G, approx="nearly"),
    F("khoảng 380.000 đơn vị", "380.000", 380000, "count", "đơn vị sử dụng lao động", "đơn vị sử dụng lao động được hỗ trợ", G, approx="about"),
    F("từ 15% đến 20%", "15", 15, "percent", "%", "số hồ sơ hưởng trợ cấp thất nghiệp mỗi tháng tăng so với cùng kỳ",
      P("3 tháng cuối năm 2023", "2023-10-01", "2023-12-31"), value_max=20),
    F("lên tới 1,1 triệu người", "1,1", 1.1e6, "count", "người", "số người hưởng trợ cấp",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("ngày thứ 11", "11", 11, "measure", "ngày", "thời điểm được hưởng trợ cấp đề xuất", optional=True),
]
header = [
    "National press (VnExpress style): unemployment-insurance fund 2023. Dateline 'Thứ hai, 15/1/2024, 10:20 (GMT+7)', byline at the end.",
    "Default location Việt Nam; TP Hồ Chí Minh and Bình Dương items take their place. '18.420 tỷ đồng, trong đó …': the two spending items are parts",
    "(total 18.420 tỷ); 'còn lại' has no number. 'tăng khoảng 10% so với năm 2022' is the change of 1,05 triệu (approx about).",
    "'số dư Quỹ ước hơn 59 nghìn tỷ đồng' = 59·10^12, over + estimate, as-of 31/12/2023. '3 tháng cuối năm 2023' = Q4 2023; the growth range",
    "is the claim (percent, value_max 20, no change). 'Dự báo năm 2024 … lên tới 1,1 triệu' is a forecast. 'ngày thứ 11' (a proposed rule) optional.",
    "Distractors: 'Nghị quyết 116/NQ-CP', 'Luật số 38/2013/QH13', hotline '1900 9068', '(GMT+7)', 'Giai đoạn 2021-2023'.",
]
emit("p449-7", text, header, {"published": "2024-01-15", "location": "Việt Nam"}, figs)

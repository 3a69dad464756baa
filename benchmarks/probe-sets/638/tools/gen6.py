from lib import *

TEXT = """Thời sự > Giao thông
Thứ hai, 15/7/2024, 07:00 (GMT+7)
Gần 1.500 cầu treo dân sinh xuống cấp trước mùa mưa lũ

Kết quả rà soát của Bộ Giao thông vận tải cho thấy cả nước có 6.184 cầu treo dân sinh, trong đó 1.462 cầu hư hỏng, xuống cấp, chiếm 23,6%.

Theo báo cáo Bộ gửi Thủ tướng hôm 12/7, số cầu xuống cấp tập trung nhiều nhất ở Thanh Hóa (142 cầu), Nghệ An (128), Yên Bái (97) và Hòa Bình (85). Đáng lo ngại, 215 cầu đã hư hỏng nặng, cần cấm lưu thông ngay. Số cầu phải cấm lưu thông gấp 1,8 lần năm 2022.

Trong 6 tháng đầu năm, cả nước xảy ra 9 vụ sự cố sập, đứt cáp cầu treo, làm 4 người chết, 11 người bị thương. Nguyên nhân chủ yếu do nhiều cầu được xây dựng từ 15-20 năm trước, cáp treo gỉ sét, mặt cầu bằng gỗ mục; nhiều cầu chỉ có tải trọng thiết kế 200-250 kg/m², thấp hơn tiêu chuẩn hiện hành.

Ông Trần Văn Hùng, Cục trưởng Cục Đường bộ Việt Nam, cho biết kinh phí sửa chữa, thay thế số cầu xuống cấp ước khoảng 2.300 tỷ đồng. Bình quân mỗi cầu treo xây mới cần 3-5 tỷ đồng, trong khi ngân sách nhiều tỉnh miền núi chỉ đáp ứng được 20-30% nhu cầu.

Bộ yêu cầu các địa phương phấn đấu hoàn thành kiểm định 100% cầu treo trước ngày 31/8, đồng thời cắm biển hạn chế tải trọng, bố trí người hướng dẫn tại các cầu yếu. Người dân phát hiện cầu có dấu hiệu mất an toàn có thể báo qua đường dây nóng 1900.0318.

Đoàn Loan
"""

H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
DOWN = "cầu treo dân sinh xuống cấp"

FIGS = [
    F("Gần 1.500 cầu", "1.500", 1500, "count", "cầu treo", DOWN, approx="nearly"),
    F("có 6.184 cầu", "6.184", 6184, "count", "cầu treo", "cầu treo dân sinh"),
    F("trong đó 1.462 cầu", "1.462", 1462, "count", "cầu", "cầu treo dân sinh hư hỏng, xuống cấp", total=6184, percent=23.6),
    F("Thanh Hóa (142 cầu)", "142", 142, "count", "cầu", DOWN, location="Thanh Hóa"),
    F("Nghệ An (128)", "128", 128, "count", "cầu", DOWN, location="Nghệ An"),
    F("Yên Bái (97)", "97", 97, "count", "cầu", DOWN, location="Yên Bái"),
    F("Hòa Bình (85)", "85", 85, "count", "cầu", DOWN, location="Hòa Bình"),
    F("lo ngại, 215 cầu", "215", 215, "count", "cầu", "cầu hư hỏng nặng, cần cấm lưu thông"),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "số cầu phải cấm lưu thông so với năm 2022"),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "vụ sự cố sập, đứt cáp cầu treo", H6),
    F("làm 4 người chết", "4", 4, "count", "người", "người chết do sự cố cầu treo", H6),
    F("11 người bị thương", "11", 11, "count", "người", "người bị thương do sự cố cầu treo", H6),
    F("từ 15-20 năm trước", "15", 15, "measure", "năm", "tuổi của cầu", value_max=20, optional=True),
    F("thiết kế 200-250 kg/m²", "200", 200, "measure", "kg/m²", "tải trọng thiết kế", value_max=250),
    F("khoảng 2.300 tỷ đồng", "2.300", 2300e9, "money", "đồng", "kinh phí sửa chữa, thay thế số cầu xuống cấp",
      approx="about", status="estimate"),
    F("cần 3-5 tỷ đồng", "3", 3e9, "money", "đồng", "bình quân mỗi cầu treo xây mới", value_max=5e9),
    F("được 20-30%", "20", 20, "percent", "%", "ngân sách nhiều tỉnh miền núi đáp ứng nhu cầu", value_max=30),
    F("kiểm định 100%", "100", 100, "percent", "%", "cầu treo hoàn thành kiểm định", status="target"),
]

emit("p638-6", TEXT, [
    "National press (VnExpress style), 'Thứ hai, 15/7/2024, 07:00 (GMT+7)', byline at the end: cầu treo dân sinh xuống cấp, sự cố, kinh phí.",
    "National figures -> Việt Nam; province items in brackets -> province ('Nghệ An (128)' takes the unit cầu from the first item).",
    "'Số cầu phải cấm lưu thông gấp 1,8 lần năm 2022' stands as its own sentence -> multiple. 'ước khoảng' -> estimate + about.",
    "'6 tháng đầu năm' takes 2024 from the dateline. 'từ 15-20 năm trước' (age as a time phrase) is optional.",
    "Not figures: 'Thứ hai', '(GMT+7)', 'hôm 12/7', 'trước ngày 31/8', hotline '1900.0318'.",
], FIGS, published="2024-07-15", location="Việt Nam")

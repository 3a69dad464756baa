from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ » Tin tức » Thanh tra, kiểm tra
Ngày đăng: 22/08/2023 | Lượt xem: 2.415

Kết quả giám sát chất lượng nước tương, tương và giấm ăn 6 tháng đầu năm 2023

Theo Cục An toàn thực phẩm, 6 tháng đầu năm 2023, các đoàn kiểm tra liên ngành đã lấy 1.326 mẫu nước tương, tương và giấm ăn tại 42 tỉnh, thành phố để kiểm nghiệm. Trong đó có 1.251 mẫu đạt yêu cầu, chiếm 94,3%; 75 mẫu không đạt, giảm 38 mẫu so với cùng kỳ năm 2022.

Đối với chỉ tiêu 3-MCPD trong nước tương, có 18/612 mẫu vượt giới hạn cho phép 0,4 mg/kg theo QCVN 8-2:2011/BYT. Hàm lượng cao nhất phát hiện được là 2,1 mg/kg. Mức này gấp hơn 5 lần giới hạn cho phép. Tỷ lệ mẫu nhiễm 3-MCPD là 2,9%, thấp hơn nhiều so với mức 14,7% của năm 2008.

Các địa phương có số cơ sở vi phạm nhiều nhất lần lượt là TP Hồ Chí Minh (36 cơ sở), Hà Nội (29 cơ sở) và Đồng Nai (17 cơ sở). Cả nước đã xử phạt 214 cơ sở với tổng số tiền gần 2,7 tỷ đồng, tiêu hủy trên 8.500 lít nước tương và 1,2 tấn tương không rõ nguồn gốc.

Theo Hiệp hội Thực phẩm minh bạch, thị trường nước tương Việt Nam năm 2022 đạt khoảng 310 triệu lít, trong đó nước tương công nghiệp chiếm trên 85%. Mức tiêu thụ bình quân khoảng 3,1 lít/người/năm.

Trong 6 tháng cuối năm 2023, Cục dự kiến lấy thêm 900 mẫu, tập trung vào 15 tỉnh có nhiều cơ sở sản xuất nhỏ lẻ.

CỤC AN TOÀN THỰC PHẨM
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.3846.4489
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
VP = "cơ sở vi phạm"

FIGS = [
    F("lấy 1.326 mẫu", "1.326", 1326, "count", "mẫu", "mẫu nước tương, tương và giấm ăn lấy kiểm nghiệm", H1),
    F("tại 42 tỉnh", "42", 42, "count", "tỉnh, thành phố", "tỉnh, thành phố được lấy mẫu", H1),
    F("có 1.251 mẫu", "1.251", 1251, "count", "mẫu", "mẫu đạt yêu cầu", I(H1), total=1326, percent=94.3),
    F("; 75 mẫu", "75", 75, "count", "mẫu", "mẫu không đạt", I(H1), total=1326,
      change=C("decrease", 38, "mẫu", "cùng kỳ năm 2022")),
    F("có 18/612 mẫu", "18", 18, "count", "mẫu", "mẫu nước tương vượt giới hạn 3-MCPD cho phép", I(H1), total=612),
    F("cho phép 0,4 mg/kg", "0,4", 0.4, "measure", "mg/kg", "giới hạn 3-MCPD cho phép", optional=True),
    F("là 2,1 mg/kg", "2,1", 2.1, "measure", "mg/kg", "hàm lượng 3-MCPD cao nhất phát hiện được", I(H1)),
    F("gấp hơn 5 lần", "5", 5, "multiple", "lần", "hàm lượng 3-MCPD cao nhất so với mức cho phép", I(H1),
      approx="over"),
    F("là 2,9%", "2,9", 2.9, "percent", "%", "tỷ lệ mẫu nhiễm 3-MCPD", I(H1)),
    F("mức 14,7%", "14,7", 14.7, "percent", "%", "tỷ lệ mẫu nhiễm 3-MCPD",
      P("năm 2008", "2008-01-01", "2008-12-31")),
    F("(36 cơ sở)", "36", 36, "count", "cơ sở", VP, I(H1), location="Hồ Chí Minh"),
    F("(29 cơ sở)", "29", 29, "count", "cơ sở", VP, I(H1), location="Hà Nội"),
    F("(17 cơ sở)", "17", 17, "count", "cơ sở", VP, I(H1), location="Đồng Nai"),
    F("xử phạt 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở bị xử phạt", I(H1)),
    F("gần 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", "tổng số tiền xử phạt", I(H1), approx="nearly"),
    F("trên 8.500 lít", "8.500", 8500, "measure", "lít", "nước tương bị tiêu hủy", I(H1), approx="over"),
    F("và 1,2 tấn", "1,2", 1.2, "measure", "tấn", "tương không rõ nguồn gốc bị tiêu hủy", I(H1)),
    F("khoảng 310 triệu lít", "310", 310e6, "measure", "lít", "thị trường nước tương Việt Nam", Y22,
      approx="about"),
    F("chiếm trên 85%", "85", 85, "percent", "%", "nước tương công nghiệp trong thị trường nước tương", Y22,
      approx="over"),
    F("khoảng 3,1 lít/người/năm", "3,1", 3.1, "measure", "lít/người/năm", "mức tiêu thụ nước tương bình quân",
      I(Y22), approx="about"),
    F("thêm 900 mẫu", "900", 900, "count", "mẫu", "mẫu lấy thêm",
      P("6 tháng cuối năm 2023", "2023-07-01", "2023-12-31"), status="forecast"),
    F("vào 15 tỉnh", "15", 15, "count", "tỉnh", "tỉnh có nhiều cơ sở sản xuất nhỏ lẻ được tập trung lấy mẫu",
      P("6 tháng cuối năm 2023", "2023-07-01", "2023-12-31"), status="forecast"),
]

write("p847-4", TEXT, [
    "Cục An toàn thực phẩm (Bộ Y tế): giám sát nước tương, tương, giấm ăn 6 tháng đầu năm 2023; national (Việt Nam).",
    "'3-MCPD', 'QCVN 8-2:2011/BYT', the address '138A Giảng Võ, Ba Đình, Hà Nội', the phone and 'Lượt xem: 2.415' are not",
    "figures; the regulatory limit '0,4 mg/kg' is a threshold (optional). 'Mức này gấp hơn 5 lần …' stands alone: a multiple.",
    "'thấp hơn nhiều so với mức 14,7%' gives no change value: 14,7% is a figure of its own (năm 2008).",
    "'chiếm trên 85%' is the share of a part inside 310 triệu lít: a percent figure, not the 310 triệu's percent.",
], FIGS, published="2023-08-22", location="Việt Nam")

from lib import P, I, C, T, F, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Dân số - Sức khỏe sinh sản

Kiểm soát mất cân bằng giới tính khi sinh: cần giải pháp căn cơ, bền vững

Ngày đăng: 10/07/2024 | Lượt xem: 2.304

Nhân Ngày Dân số thế giới 11/7, Tổng cục Dân số - Kế hoạch hóa gia đình cho biết dân số Việt Nam năm 2023 đạt 100,3 triệu người, tăng gần 0,8 triệu người so với năm 2022. Tổng tỷ suất sinh tiếp tục giảm, xuống còn 1,96 con/phụ nữ, thấp hơn mức sinh thay thế 2,1 con/phụ nữ.

Tỷ số giới tính khi sinh của cả nước năm 2023 là 111,8 bé trai/100 bé gái, giảm 0,3 điểm so với năm 2022 nhưng vẫn vượt xa mức sinh học tự nhiên. Cùng năm, cả nước có 21/63 tỉnh, thành phố có tỷ số giới tính khi sinh trên 112 bé trai/100 bé gái, tập trung ở vùng Đồng bằng sông Hồng và Trung du miền núi phía Bắc. Các địa phương có tỷ số cao nhất lần lượt là Sơn La (121,3), Hưng Yên (118,9), Bắc Ninh (118,2) và Hải Dương (117,5).

Theo dự báo, nếu không có can thiệp hiệu quả, đến năm 2059 Việt Nam sẽ dư thừa khoảng 1,5 triệu nam giới trong độ tuổi 15-49, gây nhiều hệ lụy cho xã hội.

Trong năm 2023, tỷ lệ phụ nữ mang thai được sàng lọc trước sinh đạt 70,5%, tỷ lệ trẻ sơ sinh được sàng lọc đạt 45,1%. Cả nước có gần 160.000 cộng tác viên dân số, trong đó hơn 40% kiêm nhiệm thêm nhiệm vụ y tế thôn, bản.

Chiến lược Dân số Việt Nam đến năm 2030 (Quyết định số 1679/QĐ-TTg) đặt mục tiêu đưa tỷ số giới tính khi sinh xuống dưới 109 bé trai/100 bé gái; 70% phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh bẩm sinh phổ biến nhất và 90% trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh phổ biến nhất.

Tổng cục Dân số - KHHGĐ, số 138A Giảng Võ, Ba Đình, Hà Nội.
"""

SRB = "bé trai/100 bé gái"
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23n = P("Cùng năm", "2023-01-01", "2023-12-31")
Y23t = P("Trong năm 2023", "2023-01-01", "2023-12-31")
T59 = P("đến năm 2059", None, "2059-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt 100,3 triệu người", "100,3", 100.3e6, "count", "người", "dân số Việt Nam", Y23,
      change=C("+", 800000, "người", "năm 2022", approx="nearly")),
    F("còn 1,96 con/phụ nữ", "1,96", 1.96, "measure", "con/phụ nữ", "tổng tỷ suất sinh", I(Y23)),
    F("thay thế 2,1 con/phụ nữ", "2,1", 2.1, "measure", "con/phụ nữ", "mức sinh thay thế", optional=True),
    F("là 111,8 bé trai", "111,8", 111.8, "measure", SRB, "tỷ số giới tính khi sinh của cả nước", Y23,
      change=C("-", 0.3, "điểm", "năm 2022")),
    F("có 21/63 tỉnh", "21", 21, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có tỷ số giới tính khi sinh trên 112 bé trai/100 bé gái", Y23n, total=63),
    F("trên 112 bé trai", "112", 112, "measure", SRB, "ngưỡng tỷ số giới tính khi sinh", approx="over", optional=True),
    F("Sơn La (121,3)", "121,3", 121.3, "measure", SRB, "tỷ số giới tính khi sinh", I(Y23), location="Sơn La"),
    F("Hưng Yên (118,9)", "118,9", 118.9, "measure", SRB, "tỷ số giới tính khi sinh", I(Y23), location="Hưng Yên"),
    F("Bắc Ninh (118,2)", "118,2", 118.2, "measure", SRB, "tỷ số giới tính khi sinh", I(Y23), location="Bắc Ninh"),
    F("Hải Dương (117,5)", "117,5", 117.5, "measure", SRB, "tỷ số giới tính khi sinh", I(Y23), location="Hải Dương"),
    F("khoảng 1,5 triệu nam giới", "1,5", 1.5e6, "count", "nam giới", "nam giới dư thừa", T59,
      approx="about", status="forecast"),
    F("độ tuổi 15-49", "15", 15, "measure", "tuổi", "độ tuổi", value_max=49, optional=True),
    F("đạt 70,5%", "70,5", 70.5, "percent", "%", "tỷ lệ phụ nữ mang thai được sàng lọc trước sinh", Y23t),
    F("đạt 45,1%", "45,1", 45.1, "percent", "%", "tỷ lệ trẻ sơ sinh được sàng lọc", Y23t),
    F("gần 160.000 cộng tác viên", "160.000", 160000, "count", "cộng tác viên dân số", "cộng tác viên dân số",
      I(Y23t), approx="nearly"),
    F("hơn 40% kiêm nhiệm", "40", 40, "percent", "%", "cộng tác viên dân số kiêm nhiệm nhiệm vụ y tế thôn, bản",
      I(Y23t), approx="over"),
    F("dưới 109 bé trai", "109", 109, "measure", SRB, "tỷ số giới tính khi sinh", T30, approx="under", status="target"),
    F("; 70% phụ nữ", "70", 70, "percent", "%", "phụ nữ mang thai được tầm soát bệnh bẩm sinh", T30, status="target"),
    F("ít nhất 4 loại bệnh", "4", 4, "count", "loại bệnh", "loại bệnh bẩm sinh được tầm soát trước sinh",
      approx="at_least", optional=True),
    F("và 90% trẻ", "90", 90, "percent", "%", "trẻ sơ sinh được tầm soát bệnh bẩm sinh", T30, status="target"),
    F("ít nhất 5 bệnh", "5", 5, "count", "bệnh", "bệnh bẩm sinh được tầm soát sơ sinh", approx="at_least", optional=True),
]

NOTES = [
    "Cổng TTĐT Bộ Y tế (national): Ngày Dân số thế giới 11/7/2024; dân số, TFR, tỷ số giới tính khi sinh 2023, Chiến lược đến 2030.",
    "Not figures: 'Ngày Dân số thế giới 11/7', Lượt xem 2.304, Quyết định số 1679/QĐ-TTg, số 138A Giảng Võ, 'năm 2059' as a horizon.",
    "Optional: reference levels and category bounds (mức sinh thay thế 2,1; ngưỡng 'trên 112'; độ tuổi 15-49; 'ít nhất 4/5 bệnh').",
    "21/63 takes total 63. Province list shares the indicator; provinces are the locations. 'hơn 40%' after 'trong đó' is a share,",
    "a percent figure of its own (no total). Strategy targets 'đến năm 2030' have status target; 'Theo dự báo ... 2059' forecast.",
]

write("p1045-4", TEXT, NOTES, FIGS, published="2024-07-10", location="Việt Nam")

"""p994-4: Bộ Nông nghiệp và Môi trường site, national shallot area and export (Việt Nam)."""
from lib import F, P, Y, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Trồng trọt
Ngày đăng: 08/05/2025 | Lượt xem: 1.147

Xuất khẩu hành tím: cơ hội mở rộng thị trường

Theo Cục Trồng trọt và Bảo vệ thực vật, năm 2024 cả nước có khoảng 16.500 ha hành tím và hành tăm, trong đó Sóc Trăng dẫn đầu với 7.200 ha, tiếp đến là Ninh Thuận 2.300 ha, Bạc Liêu 1.150 ha và Quảng Ngãi 980 ha; tổng sản lượng đạt trên 310.000 tấn.

Cũng trong năm 2024, kim ngạch xuất khẩu hành tím, hành tăm của Việt Nam ước đạt 48,5 triệu USD, tăng 23,7% so với năm 2023; khối lượng xuất khẩu ước khoảng 52.000 tấn. Các thị trường chính gồm Indonesia, Malaysia, Singapore và Đài Loan (Trung Quốc), trong đó Indonesia chiếm 38% tổng kim ngạch.

Quý I/2025, xuất khẩu hành tím đạt 9,8 triệu USD, giảm 6,2% so với cùng kỳ do giá trong nước tăng cao, có thời điểm lên tới 60.000 đồng/kg. Giá xuất khẩu bình quân đạt 980 USD/tấn, cao hơn 12% so với năm trước.

Hiện cả nước có 126 mã số vùng trồng hành tím phục vụ xuất khẩu, tập trung tại 5 tỉnh; từ đầu năm đến nay đã cấp thêm 14 mã số. Tuy nhiên, tỷ lệ hao hụt sau thu hoạch của hành tím vẫn ở mức 20-25% do thiếu kho lạnh và công nghệ sấy.

Mục tiêu đến năm 2030, cả nước có ít nhất 30% diện tích hành tím được cấp mã số vùng trồng, tỷ lệ hao hụt sau thu hoạch giảm xuống dưới 10%. Bộ đề nghị các địa phương rà soát, tổ chức lại sản xuất theo Nghị định số 98/2018/NĐ-CP về liên kết trong sản xuất và tiêu thụ nông sản.

Bộ Nông nghiệp và Môi trường - Số 2 Ngọc Hà, Ba Đình, Hà Nội
Điện thoại: 024.3846.8161
"""

Y24 = Y(2024)
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
YTD = P("từ đầu năm đến nay", "2025-01-01", "2025-05-08")
T30 = P("đến năm 2030", None, "2030-12-31")
A = "diện tích hành tím và hành tăm"

FIGS = [
    F("khoảng 16.500 ha", "16.500", 16500, "measure", "ha", A, Y24, approx="about"),
    F("với 7.200 ha", "7.200", 7200, "measure", "ha", A, Y24, total=16500, location="Sóc Trăng"),
    F("Ninh Thuận 2.300 ha", "2.300", 2300, "measure", "ha", A, Y24, total=16500, location="Ninh Thuận"),
    F("Bạc Liêu 1.150 ha", "1.150", 1150, "measure", "ha", A, Y24, total=16500, location="Bạc Liêu"),
    F("Quảng Ngãi 980 ha", "980", 980, "measure", "ha", A, Y24, total=16500, location="Quảng Ngãi"),
    F("trên 310.000 tấn", "310.000", 310000, "measure", "tấn", "tổng sản lượng hành tím và hành tăm", Y24, approx="over"),
    F("ước đạt 48,5 triệu USD", "48,5", 48.5e6, "money", "USD", "kim ngạch xuất khẩu hành tím, hành tăm",
      Y(2024, "Cũng trong năm 2024"), change=C("increase", 23.7, "%", "năm 2023"), status="estimate"),
    F("khoảng 52.000 tấn", "52.000", 52000, "measure", "tấn", "khối lượng xuất khẩu",
      Y(2024, "Cũng trong năm 2024"), approx="about", status="estimate"),
    F("chiếm 38%", "38", 38, "percent", "%", "thị phần Indonesia trong tổng kim ngạch xuất khẩu hành tím", I(Y24)),
    F("đạt 9,8 triệu USD", "9,8", 9.8e6, "money", "USD", "kim ngạch xuất khẩu hành tím", Q1,
      change=C("decrease", 6.2, "%", "cùng kỳ")),
    F("lên tới 60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá hành tím trong nước", Q1),
    F("đạt 980 USD/tấn", "980", 980, "money", "USD/tấn", "giá xuất khẩu bình quân", I(Q1),
      change=C("increase", 12, "%", "năm trước")),
    F("có 126 mã số", "126", 126, "count", "mã số vùng trồng", "mã số vùng trồng hành tím phục vụ xuất khẩu"),
    F("tại 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh có mã số vùng trồng hành tím"),
    F("thêm 14 mã số", "14", 14, "count", "mã số", "mã số vùng trồng cấp thêm", YTD),
    F("mức 20-25%", "20", 20, "percent", "%", "tỷ lệ hao hụt sau thu hoạch của hành tím", value_max=25),
    F("ít nhất 30%", "30", 30, "percent", "%", "diện tích hành tím được cấp mã số vùng trồng", T30,
      approx="at_least", status="target"),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ hao hụt sau thu hoạch", T30, approx="under", status="target"),
]

COMMENTS = [
    "Bộ Nông nghiệp và Môi trường (ministry site, 08/05/2025): national shallot area 2024 with leading provinces, export value and volume,",
    "Q1/2025 export and prices, growing-area codes, post-harvest loss, 2030 targets. Article location Việt Nam.",
    "Distractors: 'Lượt xem: 1.147', 'Nghị định số 98/2018/NĐ-CP', 'Số 2 Ngọc Hà', phone '024.3846.8161', 'Quý I/2025' itself.",
    "Provinces after 'trong đó' are parts of the national 16.500 ha (total), each with its province as location; Indonesia is a trade partner (location Việt Nam).",
    "'Hiện cả nước có 126 …; từ đầu năm đến nay đã cấp thêm 14': the 'từ đầu năm đến nay' phrase (2025-01-01 to the dateline) stands after",
    "the 126 and 5 (stocks 'Hiện', no period) and governs only the 14 of its own clause.",
]

write("p994-4", TEXT, FIGS, COMMENTS, published="2025-05-08", location="Việt Nam")

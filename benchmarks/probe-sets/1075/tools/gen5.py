"""p1075-5: Party/provincial newspaper (Báo Đà Nẵng style), làng đá Non Nước, byline + bare date at end."""
from lib import F, P, I, C, T, write

TEXT = """Làng đá mỹ nghệ Non Nước trước bài toán di dời

Làng nghề đá mỹ nghệ Non Nước (phường Hòa Hải, quận Ngũ Hành Sơn, TP Đà Nẵng) hiện có 341 cơ sở sản xuất, kinh doanh với khoảng 2.300 lao động. Tuy nhiên, số cơ sở trực tiếp chế tác chỉ còn gần 150, giảm 52% so với năm 2015. Toàn thành phố hiện có 12 làng nghề truyền thống, trong đó Non Nước có doanh thu lớn nhất.

Theo Hội Mỹ nghệ và Kinh doanh đá Non Nước, năm 2022 doanh thu của làng nghề đạt khoảng 350 tỷ đồng, trong đó hàng xuất khẩu chiếm 40%. Đá nguyên liệu chủ yếu mua từ Thanh Hóa, Nghệ An, Quảng Nam với giá 4-6 triệu đồng/m3, tăng khoảng 20% so với năm 2021.

Kết quả quan trắc năm 2023 của Sở Tài nguyên và Môi trường cho thấy nồng độ bụi tổng tại khu vực chế tác trung bình 0,62 mg/m3, trong khi quy chuẩn cho phép là 0,3 mg/m3. Nhiều hộ dân dọc đường Huyền Trân Công Chúa phản ánh bụi đá bám kín nhà cửa.

Theo kế hoạch của UBND thành phố, khu sản xuất tập trung làng nghề đá mỹ nghệ Non Nước rộng 8,6 ha tại phường Hòa Quý sẽ bố trí cho khoảng 200 cơ sở, tổng vốn đầu tư dự kiến 185 tỷ đồng, khởi công trong quý II/2024.

Ông Lê Văn Mười, chủ một cơ sở chế tác, cho biết một bức tượng Phật cao 2 m bằng đá trắng có giá 80-120 triệu đồng, mất 2-3 tháng mới hoàn thành. Ông ước tính chi phí vận chuyển, dựng xưởng mới cho mỗi cơ sở khoảng 500 triệu đồng. "Chúng tôi ủng hộ di dời, nhưng cần có chính sách hỗ trợ thuê mặt bằng", ông Mười nói.

THANH TÂM
15/11/2023
"""

FIGS = [
    F("hiện có 341 cơ sở", "341", 341, "count", "cơ sở", "cơ sở sản xuất, kinh doanh đá mỹ nghệ"),
    F("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", "lao động làng nghề đá mỹ nghệ Non Nước",
      approx="about"),
    F("gần 150", "150", 150, "count", "cơ sở", "cơ sở trực tiếp chế tác", approx="nearly",
      change=C("decrease", 52, "%", "năm 2015")),
    F("có 12 làng nghề", "12", 12, "count", "làng nghề", "làng nghề truyền thống", location="Đà Nẵng"),
    F("khoảng 350 tỷ đồng", "350", 350e9, "money", "đồng", "doanh thu của làng nghề",
      P("năm 2022", "2022-01-01", "2022-12-31"), approx="about"),
    F("chiếm 40%", "40", 40, "percent", "%", "tỷ trọng hàng xuất khẩu trong doanh thu",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("giá 4-6 triệu", "4", 4e6, "money", "đồng/m3", "giá đá nguyên liệu", value_max=6e6,
      change=C("increase", 20, "%", "năm 2021", approx="about")),
    F("trung bình 0,62 mg/m3", "0,62", 0.62, "measure", "mg/m3", "nồng độ bụi tổng tại khu vực chế tác",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("là 0,3 mg/m3", "0,3", 0.3, "measure", "mg/m3", "quy chuẩn cho phép nồng độ bụi tổng",
      P("năm 2023", "2023-01-01", "2023-12-31"), optional=True),
    F("rộng 8,6 ha", "8,6", 8.6, "measure", "ha", "diện tích khu sản xuất tập trung làng nghề đá mỹ nghệ Non Nước",
      status="target"),
    F("khoảng 200 cơ sở", "200", 200, "count", "cơ sở", "cơ sở bố trí vào khu sản xuất tập trung",
      approx="about", status="target"),
    F("dự kiến 185 tỷ đồng", "185", 185e9, "money", "đồng", "tổng vốn đầu tư khu sản xuất tập trung",
      status="forecast"),
    F("cao 2 m", "2", 2, "measure", "m", "chiều cao bức tượng Phật", optional=True),
    F("giá 80-120 triệu", "80", 80e6, "money", "đồng", "giá một bức tượng Phật bằng đá trắng", value_max=120e6),
    F("mất 2-3 tháng", "2", 2, "measure", "tháng", "thời gian hoàn thành một bức tượng", value_max=3),
    F("khoảng 500 triệu đồng", "500", 500e6, "money", "đồng", "chi phí vận chuyển, dựng xưởng mới cho mỗi cơ sở",
      approx="about", status="estimate"),
]

COMMENTS = [
    "Invented newspaper article (Báo Đà Nẵng style): làng đá Non Nước, quận Ngũ Hành Sơn; byline and bare date at the end.",
    "Location is the district Ngũ Hành Sơn (named); 'Toàn thành phố … 12 làng nghề' is Đà Nẵng. Source provinces of raw stone do not localise the price.",
    "'trong đó hàng xuất khẩu chiếm 40%' is a share of another whole (revenue), a percent of its own; 'giảm 52% so với năm 2015' is the change of 150.",
    "'Theo kế hoạch …' gives target for 8,6 ha and 200 cơ sở; 'tổng vốn đầu tư dự kiến' is forecast; 'Ông ước tính … khoảng 500 triệu' is estimate.",
    "Optional: the standard 'quy chuẩn cho phép là 0,3 mg/m3' (a threshold) and the example statue's height 'cao 2 m'.",
    "Distractors: 'quý II/2024' (a schedule), 'đường Huyền Trân Công Chúa', 'Lê Văn Mười', bare date '15/11/2023'.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, COMMENTS, published="2023-11-15", location="Ngũ Hành Sơn")

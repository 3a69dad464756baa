"""p1124-2: district portal (quận Ninh Kiều, Cần Thơ): a bakery at peak season and the district inspection, 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Lò bánh trung thu vào mùa cao điểm

Thứ Tư, 20/09/2023 - 15:40

Những ngày này, các lò bánh trung thu trên địa bàn quận hoạt động hết công suất để kịp giao hàng cho đại lý trước rằm tháng Tám.

Tại cơ sở bánh Thanh Tâm ở hẻm 51, đường 3 Tháng 2, phường Xuân Khánh, 18 lao động thời vụ làm việc từ 5 giờ sáng đến 22 giờ. Bà Lê Thị Thanh Tâm, chủ cơ sở, cho biết mỗi ngày lò ra khoảng 2.500 cái bánh nướng, bánh dẻo các loại; giá bán từ 35.000 đến 150.000 đồng/cái tùy loại nhân, ổn định so với năm ngoái. Từ đầu tháng 9 đến nay, cơ sở đã bán hơn 40.000 cái, dự kiến cả mùa đạt khoảng 60.000 cái, tăng 20% so với năm 2022. Lao động thời vụ được trả 280.000 đồng/người/ngày.

Theo Phòng Y tế quận, năm nay trên địa bàn có 27 cơ sở sản xuất bánh trung thu và hơn 150 điểm bán. Từ ngày 5/9 đến ngày 19/9/2023, Đoàn kiểm tra liên ngành về an toàn thực phẩm của quận đã kiểm tra 42 cơ sở, trong đó có 19 cơ sở sản xuất và 23 cơ sở kinh doanh bánh trung thu; phát hiện 4 cơ sở vi phạm, phạt tiền 3 cơ sở với tổng số tiền 17,5 triệu đồng, nhắc nhở một cơ sở. Đoàn cũng test nhanh 36 mẫu nhân bánh, phẩm màu, dầu ăn, kết quả 100% mẫu đạt.

Ông Trần Văn Lợi, Trưởng phòng Y tế quận, khuyến cáo người dân chọn mua bánh có nhãn mác rõ ràng, còn hạn sử dụng, không mua bánh trôi nổi giá rẻ dưới 20.000 đồng/cái.

Tin, ảnh: Minh Khoa
Lượt xem: 856
"""

MTD = P("Từ đầu tháng 9 đến nay", "2023-09-01", "2023-09-20")
Y23 = P("năm nay", "2023-01-01", "2023-12-31")
INSP = P("Từ ngày 5/9 đến ngày 19/9/2023", "2023-09-05", "2023-09-19")

FIGS = [
    F("phường Xuân Khánh, 18 lao động", "18", 18, "count", "lao động thời vụ",
      subject="lao động thời vụ tại cơ sở bánh Thanh Tâm"),
    F("khoảng 2.500 cái", "2.500", 2500, "measure", "cái/ngày", approx="about",
      subject="bánh nướng, bánh dẻo lò ra mỗi ngày"),
    F("từ 35.000 đến 150.000", "35.000", 35000, "money", "đồng/cái", value_max=150000,
      subject="giá bán bánh trung thu"),
    F("hơn 40.000 cái", "40.000", 40000, "count", "cái", approx="over",
      subject="bánh trung thu cơ sở đã bán", period=MTD),
    F("khoảng 60.000 cái", "60.000", 60000, "count", "cái", approx="about", status="forecast",
      change=C("increase", 20, "%", "năm 2022"), subject="bánh trung thu cơ sở bán cả mùa"),
    F("trả 280.000", "280.000", 280000, "money", "đồng/người/ngày",
      subject="tiền công lao động thời vụ"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở sản xuất bánh trung thu", period=Y23),
    F("hơn 150 điểm", "150", 150, "count", "điểm bán", approx="over",
      subject="điểm bán bánh trung thu", period=Y23),
    F("kiểm tra 42 cơ sở", "42", 42, "count", "cơ sở", subject="cơ sở được kiểm tra an toàn thực phẩm", period=INSP),
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", total=42,
      subject="cơ sở sản xuất bánh trung thu được kiểm tra", period=INSP),
    F("23 cơ sở kinh doanh", "23", 23, "count", "cơ sở", total=42,
      subject="cơ sở kinh doanh bánh trung thu được kiểm tra", period=INSP),
    F("phát hiện 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở vi phạm", period=INSP),
    F("phạt tiền 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở bị phạt tiền", period=INSP),
    F("tiền 17,5 triệu", "17,5", 17500000, "money", "đồng", subject="tổng số tiền phạt", period=INSP),
    F("nhắc nhở một cơ sở", "một", 1, "count", "cơ sở", subject="cơ sở bị nhắc nhở", period=INSP),
    F("test nhanh 36 mẫu", "36", 36, "count", "mẫu",
      subject="mẫu nhân bánh, phẩm màu, dầu ăn được test nhanh", period=I(INSP)),
    F("kết quả 100%", "100", 100, "percent", "%", subject="mẫu test nhanh đạt", period=I(INSP)),
    F("dưới 20.000", "20.000", 20000, "money", "đồng/cái", approx="under", optional=True,
      subject="giá bánh trôi nổi không nên mua"),
]

NOTES = [
    "District portal (quận Ninh Kiều, Cần Thơ): 'Thứ Tư, 20/09/2023 - 15:40' (published), byline and 'Lượt xem: 856' at the end.",
    "Default location is the district (Ninh Kiều); the ward phường Xuân Khánh is not a province/city/district.",
    "Distractors: 'hẻm 51, đường 3 Tháng 2' (address, street name with a number), 'từ 5 giờ sáng đến 22 giờ' (times), 'rằm tháng Tám', 'Lượt xem: 856'.",
    "Bakery passage: no period for its standing figures (staff, output per day, prices, wage). 'Từ đầu tháng 9 đến nay' ends at the dateline.",
    "'dự kiến cả mùa đạt khoảng 60.000 cái, tăng 20% so với năm 2022' → forecast with a change; 'cả mùa' is no calendar period.",
    "'năm nay' = 2023 (dateline). 4 / 3 / một cơ sở follow no part cue: no total. 'dưới 20.000 đồng/cái' is advice, a threshold (optional).",
]

if __name__ == "__main__":
    write("p1124-2", TEXT, NOTES, FIGS, published="2023-09-20", location="Ninh Kiều")

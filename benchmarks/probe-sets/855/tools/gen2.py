from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Tin hoạt động > Y tế - Giáo dục
Kiểm tra an toàn thực phẩm hàng rong quanh cổng trường học
Thứ Hai, 18/09/2023 - 14:10
Từ ngày 5/9 đến 15/9/2023, Ban Chỉ đạo liên ngành về an toàn thực phẩm quận Ninh Kiều đã thành lập 4 đoàn kiểm tra tại 38 trường học trên địa bàn 11 phường. Các đoàn đã kiểm tra 146 cơ sở, hộ bán hàng rong thức ăn đường phố quanh cổng trường, trong đó 118 cơ sở đạt yêu cầu, chiếm 80,8%. Tổng số cơ sở vi phạm là 28 cơ sở, giảm 9 cơ sở so với đợt kiểm tra đầu năm học trước.
Đoàn đã dùng test nhanh kiểm tra 312 mẫu thực phẩm như xúc xích, nem chua, trà sữa, nước giải khát pha sẵn, phát hiện 17 mẫu không đạt, gồm 9 mẫu có phẩm màu ngoài danh mục, 5 mẫu có hàn the và 3 mẫu nhiễm formol.
Phường An Hòa và phường Xuân Khánh là hai địa bàn có nhiều hộ vi phạm nhất, lần lượt 8 và 6 hộ. Đoàn đã nhắc nhở 21 trường hợp, lập biên bản xử phạt 7 hộ với số tiền 10,5 triệu đồng; buộc tiêu hủy 46 kg thực phẩm không rõ nguồn gốc.
Ông Trần Văn Năm, Trưởng phòng Y tế quận cho biết, toàn quận hiện có khoảng 1.250 cơ sở kinh doanh thức ăn đường phố, trong đó hơn 400 hộ bán hàng rong. Năm 2023, quận phấn đấu 90% người kinh doanh thức ăn đường phố được tập huấn kiến thức an toàn thực phẩm. Dự kiến trong quý IV/2023, quận sẽ tổ chức thêm 6 lớp tập huấn cho khoảng 500 người bán hàng rong; kinh phí mỗi lớp khoảng 8 triệu đồng.
Thanh Tâm (Phòng Văn hóa và Thông tin quận)
Địa chỉ: số 02 đường 30/4, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ. ĐT: 0292.3820.112
"""

W = P("Từ ngày 5/9 đến 15/9/2023", "2023-09-05", "2023-09-15")
Q4 = P("trong quý IV/2023", "2023-10-01", "2023-12-31")

FIGS = [
    F("thành lập 4 đoàn", "4", 4, "count", "đoàn", "đoàn kiểm tra", W),
    F("tại 38 trường học", "38", 38, "count", "trường học", "trường học được kiểm tra quanh cổng", W),
    F("địa bàn 11 phường", "11", 11, "count", "phường", "phường trên địa bàn", W, optional=True),
    F("kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở, hộ bán hàng rong thức ăn đường phố quanh cổng trường được kiểm tra", I(W)),
    F("118 cơ sở đạt", "118", 118, "count", "cơ sở", "cơ sở đạt yêu cầu", I(W), total=146, percent=80.8),
    F("là 28 cơ sở", "28", 28, "count", "cơ sở", "cơ sở vi phạm", I(W),
      change=C("decrease", 9, "cơ sở", baseline="đợt kiểm tra đầu năm học trước")),
    F("kiểm tra 312 mẫu", "312", 312, "count", "mẫu", "mẫu thực phẩm kiểm tra bằng test nhanh", I(W)),
    F("phát hiện 17 mẫu", "17", 17, "count", "mẫu", "mẫu không đạt", I(W)),
    F("gồm 9 mẫu", "9", 9, "count", "mẫu", "mẫu có phẩm màu ngoài danh mục", I(W), total=17),
    F("5 mẫu có hàn the", "5", 5, "count", "mẫu", "mẫu có hàn the", I(W), total=17),
    F("3 mẫu nhiễm formol", "3", 3, "count", "mẫu", "mẫu nhiễm formol", I(W), total=17),
    F("là hai địa bàn", "hai", 2, "count", "địa bàn", "địa bàn có nhiều hộ vi phạm nhất", I(W), optional=True),
    F("lần lượt 8 và 6 hộ", "8", 8, "count", "hộ", "hộ vi phạm", I(W)),
    F("8 và 6 hộ", "6", 6, "count", "hộ", "hộ vi phạm", I(W)),
    F("nhắc nhở 21 trường hợp", "21", 21, "count", "trường hợp", "trường hợp bị nhắc nhở", I(W)),
    F("xử phạt 7 hộ", "7", 7, "count", "hộ", "hộ bị lập biên bản xử phạt", I(W)),
    F("số tiền 10,5 triệu đồng", "10,5", 10.5e6, "money", "đồng", "số tiền xử phạt", I(W)),
    F("tiêu hủy 46 kg", "46", 46, "measure", "kg", "thực phẩm không rõ nguồn gốc bị tiêu hủy", I(W)),
    F("khoảng 1.250 cơ sở", "1.250", 1250, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố", approx="about"),
    F("hơn 400 hộ", "400", 400, "count", "hộ", "hộ bán hàng rong", approx="over", total=1250),
    F("phấn đấu 90%", "90", 90, "percent", "%", "người kinh doanh thức ăn đường phố được tập huấn kiến thức an toàn thực phẩm",
      P("Năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("thêm 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn", Q4, status="forecast"),
    F("khoảng 500 người", "500", 500, "count", "người", "người bán hàng rong được tập huấn", Q4, approx="about", status="forecast"),
    F("khoảng 8 triệu đồng", "8", 8e6, "money", "đồng/lớp", "kinh phí mỗi lớp tập huấn", Q4, approx="about", status="forecast"),
]

NOTES = [
    "District portal of quận Ninh Kiều (Cần Thơ): inspection of street-food stalls around school gates, September 2023.",
    "Location is the district for every figure; the wards An Hòa / Xuân Khánh are not a province, city or district (FIGURES.md), so the",
    "'lần lượt 8 và 6 hộ' items keep location Ninh Kiều and the list's indicator as subject.",
    "'11 phường' (the district's make-up) and 'hai địa bàn' are structural counts: optional. 'hiện có' gives no period.",
    "Distractors: 'Thứ Hai, 18/09/2023 - 14:10', 'Ông Trần Văn Năm', 'số 02 đường 30/4', phone 0292.3820.112, 'năm học trước'.",
]

write(2, TEXT, FIGS, NOTES, published="2023-09-18", location="Ninh Kiều")

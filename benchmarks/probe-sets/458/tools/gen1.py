from lib import F, P, CH, TG, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức > Y tế - Xã hội

Nghệ An: Xử phạt hơn 1,2 tỷ đồng vi phạm an toàn thực phẩm dịp Tết Giáp Thìn
Cập nhật: 05/03/2024 09:15 | Lượt xem: 2.317

Thực hiện Kế hoạch số 812/KH-BCĐ ngày 08/12/2023 của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh, từ ngày 15/12/2023 đến ngày 25/02/2024, toàn tỉnh Nghệ An đã thành lập 512 đoàn kiểm tra, trong đó có 18 đoàn cấp tỉnh, 67 đoàn cấp huyện và 427 đoàn cấp xã.

Các đoàn đã kiểm tra 9.846 cơ sở sản xuất, kinh doanh thực phẩm và dịch vụ ăn uống, tăng 6,4% so với cùng kỳ Tết Quý Mão 2023; phát hiện 1.137 cơ sở vi phạm, chiếm 11,5%. Trong số cơ sở vi phạm, 402 cơ sở bị xử phạt hành chính với tổng số tiền hơn 1,2 tỷ đồng (1.216,5 triệu đồng); 735 cơ sở còn lại bị nhắc nhở, yêu cầu khắc phục. Các địa phương có nhiều cơ sở vi phạm là TP Vinh (186 cơ sở), huyện Diễn Châu (97 cơ sở) và thị xã Hoàng Mai (64 cơ sở).

Các đoàn đã buộc tiêu hủy gần 4,8 tấn thực phẩm không rõ nguồn gốc, 1.250 kg bánh kẹo quá hạn sử dụng và khoảng 3.600 lít đồ uống không đạt yêu cầu, tổng trị giá khoảng 410 triệu đồng. Đoàn liên ngành cấp tỉnh lấy 245 mẫu thực phẩm để xét nghiệm nhanh, trong đó 12 mẫu không đạt (chiếm 4,9%), chủ yếu là hàn the trong giò chả và phẩm màu trong bánh kẹo.

Trong dịp Tết, toàn tỉnh không xảy ra ngộ độc thực phẩm tập thể; ghi nhận 3 vụ ngộ độc rượu và nấm độc với 7 người mắc, giảm 2 vụ so với Tết năm trước.

Năm 2024, Nghệ An phấn đấu kiểm tra ít nhất 30% số cơ sở thực phẩm trên địa bàn và giảm tỷ lệ cơ sở vi phạm xuống dưới 10%.

Mọi phản ánh về vi phạm an toàn thực phẩm xin gửi về Chi cục An toàn vệ sinh thực phẩm, số 18 đường Trường Thi, thành phố Vinh; đường dây nóng 0238.3598.115.
"""

TET = P("từ ngày 15/12/2023 đến ngày 25/02/2024", "2023-12-15", "2024-02-25")
TET_I = dict(TET, inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Xử phạt hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tiền xử phạt vi phạm an toàn thực phẩm dịp Tết Giáp Thìn",
      approx="over"),
    F("thành lập 512 đoàn", "512", 512, "count", "đoàn kiểm tra", "đoàn kiểm tra được thành lập", period=TET),
    F("có 18 đoàn cấp tỉnh", "18", 18, "count", "đoàn", "đoàn kiểm tra cấp tỉnh", total=512, period=TET),
    F("67 đoàn cấp huyện", "67", 67, "count", "đoàn", "đoàn kiểm tra cấp huyện", total=512, period=TET),
    F("427 đoàn cấp xã", "427", 427, "count", "đoàn", "đoàn kiểm tra cấp xã", total=512, period=TET),
    F("kiểm tra 9.846 cơ sở", "9.846", 9846, "count", "cơ sở",
      "cơ sở sản xuất, kinh doanh thực phẩm và dịch vụ ăn uống được kiểm tra",
      change=CH("+", 6.4, "%", "cùng kỳ Tết Quý Mão 2023"), period=TET_I),
    F("phát hiện 1.137 cơ sở", "1.137", 1137, "count", "cơ sở", "cơ sở vi phạm", percent=11.5, period=TET_I),
    F("vi phạm, 402 cơ sở", "402", 402, "count", "cơ sở", "cơ sở vi phạm bị xử phạt hành chính", total=1137, period=TET_I),
    F("số tiền hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tổng số tiền xử phạt hành chính", approx="over",
      period=TET_I),
    F("(1.216,5 triệu đồng)", "1.216,5", 1216500000, "money", "đồng", "tổng số tiền xử phạt hành chính", period=TET_I,
      opt=True),
    F("735 cơ sở còn lại", "735", 735, "count", "cơ sở", "cơ sở vi phạm bị nhắc nhở, yêu cầu khắc phục", total=1137,
      period=TET_I),
    F("TP Vinh (186 cơ sở)", "186", 186, "count", "cơ sở", "cơ sở vi phạm", period=TET_I, loc="Vinh"),
    F("Diễn Châu (97 cơ sở)", "97", 97, "count", "cơ sở", "cơ sở vi phạm", period=TET_I, loc="Diễn Châu"),
    F("Hoàng Mai (64 cơ sở)", "64", 64, "count", "cơ sở", "cơ sở vi phạm", period=TET_I, loc="Hoàng Mai"),
    F("gần 4,8 tấn", "4,8", 4.8, "measure", "tấn", "thực phẩm không rõ nguồn gốc buộc tiêu hủy", approx="nearly",
      period=TET_I),
    F("1.250 kg bánh kẹo", "1.250", 1250, "measure", "kg", "bánh kẹo quá hạn sử dụng buộc tiêu hủy", period=TET_I),
    F("khoảng 3.600 lít", "3.600", 3600, "measure", "lít", "đồ uống không đạt yêu cầu buộc tiêu hủy", approx="about",
      period=TET_I),
    F("giá khoảng 410 triệu đồng", "410", 410000000, "money", "đồng", "tổng trị giá hàng hóa buộc tiêu hủy", approx="about",
      period=TET_I),
    F("lấy 245 mẫu", "245", 245, "count", "mẫu", "mẫu thực phẩm xét nghiệm nhanh", period=TET_I),
    F("trong đó 12 mẫu", "12", 12, "count", "mẫu", "mẫu không đạt", total=245, percent=4.9, period=TET_I),
    F("ghi nhận 3 vụ", "3", 3, "count", "vụ", "vụ ngộ độc rượu và nấm độc", change=CH("-", 2, "vụ", "Tết năm trước"),
      period=P("Trong dịp Tết", "2023-12-15", "2024-02-25", inh=True)),
    F("với 7 người mắc", "7", 7, "count", "người", "người mắc", period=P("Trong dịp Tết", "2023-12-15", "2024-02-25", inh=True)),
    F("ít nhất 30% số cơ sở", "30", 30, "percent", "%", "cơ sở thực phẩm trên địa bàn được kiểm tra", approx="at_least",
      status="target", period=Y24),
    F("xuống dưới 10%", "10", 10, "percent", "%", "tỷ lệ cơ sở vi phạm", approx="under", status="target", period=Y24),
]

COMMENTS = [
    "revised: 512 đoàn subject now 'đoàn kiểm tra được thành lập' (the sentence does not name 'an toàn thực phẩm' for the teams).",
    "Cổng TTĐT tỉnh Nghệ An (province portal): Tết Giáp Thìn 2024 food-safety inspection campaign. Dateline 'Cập nhật: 05/03/2024 09:15 | Lượt xem: 2.317'.",
    "Distractors: 'Kế hoạch số 812/KH-BCĐ ngày 08/12/2023', counter 2.317, 'số 18 đường Trường Thi', hotline 0238.3598.115, 'Tết Quý Mão 2023'.",
    "The campaign window 'từ ngày 15/12/2023 đến ngày 25/02/2024' is the period of the campaign figures (inherited after its sentence).",
    "'Trong dịp Tết' names the same window; kept inherited (it refers back to the campaign, no dates in the phrase).",
    "18/67/427 are parts of 512 (trong đó, sum checked). 'Trong số cơ sở vi phạm, 402 …; 735 còn lại' are parts of 1.137 (402+735).",
    "'(1.216,5 triệu đồng)' restates 'hơn 1,2 tỷ đồng': optional. The headline 1,2 tỷ is a figure of its own (title).",
    "District list: places to location, subject the list's indicator. '12 mẫu không đạt (chiếm 4,9%)' total 245, percent 4.9.",
    "'giảm 2 vụ so với Tết năm trước' is the change of 3 vụ. 2024 targets: 'ít nhất 30%' at_least, 'xuống dưới 10%' under (a level, no change).",
]

build(1, TEXT, FIGS, COMMENTS, published="2024-03-05", location="Nghệ An")

from lib import F, P, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA
Tin tức - Sự kiện | Y tế - Giáo dục

Phẫu thuật mắt miễn phí cho 326 người bệnh đục thủy tinh thể
Ngày đăng: 05/07/2024

Từ ngày 01 đến 04/7, Trung tâm Y tế huyện Hướng Hóa phối hợp với Bệnh viện Mắt tỉnh Quảng Trị và chương trình "Ánh sáng cho người nghèo" tổ chức khám, phẫu thuật mắt miễn phí cho người dân trên địa bàn huyện.

Trong 4 ngày, đoàn đã khám sàng lọc cho 1.142 người, trong đó có 487 người được chẩn đoán đục thủy tinh thể, 96 người mắc bệnh glôcôm (cườm nước) và 215 người có tật khúc xạ. Sau khi được đo khúc xạ, siêu âm, xét nghiệm, 326 người đủ điều kiện đã được phẫu thuật thay thủy tinh thể nhân tạo bằng phương pháp Phaco. Tỷ lệ ca phẫu thuật thành công đạt 100%. Bệnh nhân cao tuổi nhất là cụ Hồ Văn Pả, 92 tuổi, trú tại xã Hướng Phùng.

Tổng kinh phí của đợt phẫu thuật khoảng 1,6 tỷ đồng, bình quân 4,9 triệu đồng/ca, do Quỹ Bảo hiểm y tế và nhà tài trợ chi trả. Mỗi người bệnh còn được hỗ trợ tiền ăn 100.000 đồng/ngày và tiền đi lại 200.000 đồng.

Đây là năm thứ 5 liên tiếp chương trình được tổ chức tại Hướng Hóa. Từ năm 2020 đến nay, đã có hơn 1.400 người nghèo, người dân tộc thiểu số trên địa bàn được mổ mắt miễn phí; người Vân Kiều, Pa Kô chiếm trên 70% số người được mổ.

Trong quý IV/2024, huyện phấn đấu tổ chức đợt tiếp theo, khám cho khoảng 800 người và phẫu thuật cho 150 người bệnh.

Người dân có nhu cầu liên hệ Khoa Mắt, Trung tâm Y tế huyện Hướng Hóa (số 28 đường Lê Duẩn, thị trấn Khe Sanh), điện thoại 0233.3880.245.
"""

PC = P("Từ ngày 01 đến 04/7", "2024-07-01", "2024-07-04", inherited=True)
P20 = P("Từ năm 2020 đến nay", "2020-01-01", "2024-07-05")
PQ4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
figs = [
    F("cho 326 người bệnh", "326", 326, "count", "người bệnh", "người bệnh đục thủy tinh thể được phẫu thuật mắt miễn phí", PC),
    F("cho 1.142 người", "1.142", 1142, "count", "người", "người được khám sàng lọc", PC),
    F("có 487 người", "487", 487, "count", "người", "người được chẩn đoán đục thủy tinh thể", PC, total=1142),
    F("96 người mắc", "96", 96, "count", "người", "người mắc bệnh glôcôm", PC, total=1142),
    F("215 người có tật", "215", 215, "count", "người", "người có tật khúc xạ", PC, total=1142),
    F("xét nghiệm, 326 người", "326", 326, "count", "người", "người được phẫu thuật thay thủy tinh thể nhân tạo", PC),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ ca phẫu thuật thành công", PC),
    F("92 tuổi", "92", 92, "measure", "tuổi", "tuổi bệnh nhân cao tuổi nhất", optional=True),
    F("khoảng 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "tổng kinh phí của đợt phẫu thuật", PC, approx="about"),
    F("bình quân 4,9 triệu", "4,9", 4900000, "money", "đồng/ca", "kinh phí bình quân mỗi ca phẫu thuật", PC),
    F("100.000 đồng/ngày", "100.000", 100000, "money", "đồng/ngày", "hỗ trợ tiền ăn mỗi người bệnh", PC),
    F("đi lại 200.000 đồng", "200.000", 200000, "money", "đồng", "hỗ trợ tiền đi lại mỗi người bệnh", PC),
    F("năm thứ 5 liên tiếp", "5", 5, "count", "năm", "năm liên tiếp chương trình được tổ chức", optional=True),
    F("hơn 1.400 người", "1.400", 1400, "count", "người", "người nghèo, người dân tộc thiểu số được mổ mắt miễn phí", P20,
      approx="over"),
    F("trên 70%", "70", 70, "percent", "%", "người Vân Kiều, Pa Kô trong số người được mổ", P20, approx="over"),
    F("khoảng 800 người", "800", 800, "count", "người", "người được khám", PQ4, approx="about", status="target"),
    F("cho 150 người bệnh", "150", 150, "count", "người bệnh", "người bệnh được phẫu thuật", PQ4, status="target"),
]

write(2, TEXT, figs, [
    "Cổng TTĐT huyện Hướng Hóa (district portal, Quảng Trị): free eye examination and cataract surgery 1-4/7/2024. 'Ngày đăng: 05/07/2024'.",
    "Location: the district for every figure (the province only names the partner hospital). Distractors: 'Từ ngày 01 đến 04/7',",
    "'Trong 4 ngày' (a duration that only locates the figures), address 'số 28 đường Lê Duẩn', phone 0233.3880.245, programme name.",
    "487/96/215 are parts of the 1.142 examined (trong đó); 326 operated has no part-of cue. 'năm thứ 5 liên tiếp' and '92 tuổi' optional.",
    "Campaign figures inherit the dates of the first paragraph (not scored). 'chiếm trên 70%' is a subgroup's share: a percent figure of its own.",
    "'Từ năm 2020 đến nay' ends at the dateline. Quý IV/2024 plans under 'phấn đấu' are targets.",
], published="2024-07-05", location="Hướng Hóa")

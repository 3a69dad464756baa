from lib import F, P, I, C, T, emit

TEXT = """Thời sự › Môi trường

Thứ năm, 14/3/2024, 16:40 (GMT+7)

Hà Nội tiếp nhận 27 con tê tê từ vụ buôn lậu

Trung tâm Cứu hộ động vật hoang dã Hà Nội vừa tiếp nhận 27 cá thể tê tê Java, trong đó 4 con đã chết, do Phòng Cảnh sát môi trường Công an TP Hà Nội bàn giao.

Số tê tê trên được phát hiện hôm 12/3 trên một xe khách chạy Quốc lộ 5, tổng trọng lượng khoảng 96 kg, mỗi con nặng từ 2,5 đến 5 kg. Tài xế khai được thuê chở từ Hải Phòng lên Hà Nội với giá 3 triệu đồng mỗi chuyến. Trên thị trường chợ đen, tê tê sống được rao bán khoảng 6-8 triệu đồng/kg.

Bà Nguyễn Thị Năm, Giám đốc Trung tâm, cho biết 23 cá thể còn sống đang được cách ly, truyền dịch; nếu đủ điều kiện, chúng sẽ được thả về rừng sau khoảng 2 tháng. Năm 2023, trung tâm tiếp nhận 1.562 cá thể động vật hoang dã, trong đó tê tê chiếm 11%; đã thả về tự nhiên hơn 1.100 cá thể. Hiện trung tâm nuôi khoảng 700 cá thể thuộc 60 loài, chi phí thức ăn mỗi tháng gần 400 triệu đồng.

Theo Cục Kiểm lâm, từ năm 2019 đến nay, cả nước thu giữ khoảng 48 tấn tê tê và vảy tê tê, riêng năm 2023 là 6,2 tấn. Việt Nam có 2 loài tê tê là tê tê Java và tê tê vàng, đều thuộc Nhóm IB theo Nghị định số 84/2021/NĐ-CP. Người vận chuyển trái phép động vật thuộc nhóm này có thể bị phạt tù tới 15 năm theo Điều 244 Bộ luật Hình sự.

Tê tê là loài thú bị buôn bán nhiều nhất thế giới. Mỗi năm, ước tính hơn 100.000 cá thể bị săn bắt ở châu Á và châu Phi.

Gia Chính
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("từ năm 2019 đến nay", "2019-01-01", "2024-03-14")

FIGS = [
    F("tiếp nhận 27 con", "27", 27, "count", "con", subject="tê tê tiếp nhận"),
    F("27 cá thể tê tê Java", "27", 27, "count", "cá thể", subject="tê tê Java tiếp nhận"),
    F("4 con đã chết", "4", 4, "count", "con", total=27, subject="tê tê đã chết"),
    F("khoảng 96 kg", "96", 96, "measure", "kg", approx="about", subject="tổng trọng lượng số tê tê"),
    F("từ 2,5 đến 5 kg", "2,5", 2.5, "measure", "kg", value_max=5, optional=True),
    F("giá 3 triệu đồng", "3", 3e6, "money", "đồng/chuyến", subject="giá thuê chở tê tê"),
    F("khoảng 6-8 triệu", "6", 6e6, "money", "đồng/kg", value_max=8e6, approx="about",
      subject="giá rao bán tê tê sống trên thị trường chợ đen"),
    F("23 cá thể còn sống", "23", 23, "count", "cá thể", subject="cá thể tê tê còn sống đang được cách ly"),
    F("khoảng 2 tháng", "2", 2, "measure", "tháng", approx="about", status="forecast", optional=True),
    F("tiếp nhận 1.562 cá thể", "1.562", 1562, "count", "cá thể",
      subject="cá thể động vật hoang dã trung tâm tiếp nhận", period=Y23),
    F("chiếm 11%", "11", 11, "percent", "%", subject="tê tê trong số động vật tiếp nhận", period=Y23),
    F("hơn 1.100 cá thể", "1.100", 1100, "count", "cá thể", approx="over",
      subject="cá thể thả về tự nhiên", period=Y23),
    F("khoảng 700 cá thể", "700", 700, "count", "cá thể", approx="about",
      subject="cá thể động vật trung tâm đang nuôi"),
    F("thuộc 60 loài", "60", 60, "count", "loài", subject="loài động vật trung tâm đang nuôi"),
    F("gần 400 triệu đồng", "400", 4e8, "money", "đồng/tháng", approx="nearly",
      subject="chi phí thức ăn mỗi tháng"),
    F("khoảng 48 tấn", "48", 48, "measure", "tấn", approx="about",
      subject="tê tê và vảy tê tê thu giữ", period=SINCE, location="Việt Nam"),
    F("là 6,2 tấn", "6,2", 6.2, "measure", "tấn",
      subject="tê tê và vảy tê tê thu giữ",
      period=P("năm 2023", "2023-01-01", "2023-12-31"), location="Việt Nam"),
    F("có 2 loài", "2", 2, "count", "loài", subject="loài tê tê", location="Việt Nam"),
    F("tới 15 năm", "15", 15, "measure", "năm", approx="at_most", optional=True),
    F("hơn 100.000 cá thể", "100.000", 100000, "count", "cá thể", approx="over", status="estimate",
      subject="tê tê bị săn bắt mỗi năm ở châu Á và châu Phi", location=None),
]
# the world figure has no place in Việt Nam: drop the key so the default location does not apply
for f in FIGS:
    if f.get("location", "x") is None:
        f["location"] = ""

emit("p1043-6", TEXT, FIGS, published="2024-03-14", location="Hà Nội", comments=[
    "National newspaper (VnExpress style): Hà Nội wildlife rescue centre receives 27 pangolins; national seizure totals.",
    "Distractors: Quốc lộ 5, hôm 12/3, bà Nguyễn Thị Năm, Nhóm IB, Nghị định số 84/2021/NĐ-CP, Điều 244, 16:40 (GMT+7).",
    "'riêng năm 2023 là 6,2 tấn' lies inside the 48 tấn since 2019 but covers another period: no total (FIGURES.md: same thing over the same period).",
    "Optional: an animal's weight range, the wait 'sau khoảng 2 tháng' (a duration that locates the release), the legal maximum 'tới 15 năm'.",
    "The world figure (100.000 cá thể in châu Á, châu Phi) has no Vietnamese location: location empty (null).",
    "Hải Phòng is where the smuggling started; it is not the place of any figure.",
])

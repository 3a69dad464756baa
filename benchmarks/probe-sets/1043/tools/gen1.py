from lib import F, P, I, C, T, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Tài nguyên - Môi trường

Cúc Phương tiếp nhận gần 190 cá thể động vật hoang dã trong 6 tháng

Cập nhật: 15/07/2024 10:20 | Lượt xem: 1.864

Theo Vườn quốc gia Cúc Phương (Ninh Bình), 6 tháng đầu năm 2024, Trung tâm Cứu hộ linh trưởng nguy cấp và Chương trình Bảo tồn thú ăn thịt và tê tê của Vườn đã tiếp nhận 186 cá thể động vật hoang dã, tăng 21,4% so với cùng kỳ năm 2023. Trong đó có 112 cá thể tê tê, 38 cá thể linh trưởng và 36 cá thể thuộc các loài cầy, rùa, mèo rừng. Phần lớn số động vật này do lực lượng Công an, Kiểm lâm các tỉnh Hà Tĩnh, Nghệ An, Thanh Hóa thu giữ trong các vụ vận chuyển trái phép trên Quốc lộ 1A và bàn giao theo Nghị định số 06/2019/NĐ-CP.

Sau thời gian chăm sóc, điều trị, Vườn đã thả về tự nhiên 94 cá thể, đạt 62,7% kế hoạch năm, trong đó có 68 cá thể tê tê, chiếm 72,3%. Tỷ lệ tê tê sống sót sau giai đoạn cách ly ước đạt 85%, cao hơn 7 điểm phần trăm so với năm 2023. Tính đến 30/6/2024, Vườn đang chăm sóc khoảng 420 cá thể động vật thuộc 37 loài, trong đó có 15 loài ở mức cực kỳ nguy cấp.

Chi phí thức ăn, thuốc men cho tê tê khoảng 150.000 đồng/cá thể/ngày; tổng kinh phí vận hành các trung tâm cứu hộ năm 2024 dự kiến khoảng 9,6 tỷ đồng, trong đó các tổ chức quốc tế tài trợ trên 60%.

Từ đầu năm đến nay, Vườn cũng tổ chức 14 đợt tuyên truyền tại các xã vùng đệm, thu hút hơn 2.500 lượt học sinh tham gia và đón gần 3.000 lượt khách tham quan khu cứu hộ. Mục tiêu đến năm 2025, Vườn phấn đấu thả về tự nhiên ít nhất 200 cá thể mỗi năm và nâng tỷ lệ tái thả thành công lên 80%.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6/2024", end="2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
TGT = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("tiếp nhận gần 190 cá thể", "190", 190, "count", "cá thể", approx="nearly",
      subject="động vật hoang dã tiếp nhận",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("tiếp nhận 186 cá thể", "186", 186, "count", "cá thể",
      change=C("increase", 21.4, baseline="cùng kỳ năm 2023"),
      subject="động vật hoang dã tiếp nhận", period=H1),
    F("có 112 cá thể tê tê", "112", 112, "count", "cá thể", total=186,
      subject="tê tê tiếp nhận", period=I(H1)),
    F("38 cá thể linh trưởng", "38", 38, "count", "cá thể", total=186,
      subject="linh trưởng tiếp nhận", period=I(H1)),
    F("36 cá thể thuộc các loài", "36", 36, "count", "cá thể", total=186,
      subject="cá thể thuộc các loài cầy, rùa, mèo rừng", period=I(H1)),
    F("thả về tự nhiên 94 cá thể", "94", 94, "count", "cá thể", percent=62.7,
      subject="cá thể thả về tự nhiên", period=I(H1)),
    F("có 68 cá thể tê tê", "68", 68, "count", "cá thể", total=94, percent=72.3,
      subject="tê tê thả về tự nhiên", period=I(H1)),
    F("ước đạt 85%", "85", 85, "percent", "%", status="estimate",
      change=C("increase", 7, "điểm phần trăm", baseline="năm 2023"),
      subject="tỷ lệ tê tê sống sót sau giai đoạn cách ly", period=I(H1)),
    F("khoảng 420 cá thể", "420", 420, "count", "cá thể", approx="about",
      subject="cá thể động vật đang chăm sóc", period=ASOF),
    F("thuộc 37 loài", "37", 37, "count", "loài",
      subject="loài động vật đang chăm sóc", period=ASOF),
    F("có 15 loài", "15", 15, "count", "loài", total=37,
      subject="loài ở mức cực kỳ nguy cấp", period=ASOF),
    F("khoảng 150.000 đồng/cá thể/ngày", "150.000", 150000, "money", "đồng/cá thể/ngày",
      approx="about", subject="chi phí thức ăn, thuốc men cho tê tê"),
    F("khoảng 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí vận hành các trung tâm cứu hộ", period=Y24),
    F("trên 60%", "60", 60, "percent", "%", approx="over", status="forecast",
      subject="kinh phí do các tổ chức quốc tế tài trợ", period=Y24),
    F("tổ chức 14 đợt", "14", 14, "count", "đợt tuyên truyền",
      subject="đợt tuyên truyền tại các xã vùng đệm", period=YTD),
    F("hơn 2.500 lượt", "2.500", 2500, "count", "lượt học sinh", approx="over",
      subject="lượt học sinh tham gia tuyên truyền", period=YTD),
    F("gần 3.000 lượt", "3.000", 3000, "count", "lượt khách", approx="nearly",
      subject="lượt khách tham quan khu cứu hộ", period=YTD),
    F("ít nhất 200 cá thể", "200", 200, "count", "cá thể/năm", approx="at_least", status="target",
      subject="cá thể thả về tự nhiên mỗi năm", period=TGT),
    F("lên 80%", "80", 80, "percent", "%", status="target",
      subject="tỷ lệ tái thả thành công", period=TGT),
]

emit("p1043-1", TEXT, FIGS, published="2024-07-15", location="Ninh Bình", comments=[
    "Ninh Bình province portal: Cúc Phương rescue centres, 6 months 2024. Breadcrumb, Cập nhật + Lượt xem.",
    "Distractors: Lượt xem: 1.864, Quốc lộ 1A, Nghị định số 06/2019/NĐ-CP, 10:20, dates.",
    "Hà Tĩnh, Nghệ An, Thanh Hóa are where the animals were seized, not the place of any figure.",
    "Headline '6 tháng' takes the published year. 'Tính đến 30/6/2024' is an as-of period.",
    "'trên 60%' is the share of the funding paid by donors: a percent figure of its own, forecast (continues the dự kiến clause).",
])

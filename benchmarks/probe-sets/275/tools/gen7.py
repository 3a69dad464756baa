from lib import F, P, ch, build

A = """Người dân nội thành Hà Nội thiếu chỗ tập thể thao
Thứ ba, 10/9/2024, 06:00 (GMT+7)

Mỗi tối, chị Lê Thu Hà, ngụ tại ngõ 88 Láng Hạ, phải đi bộ hơn 3 km mới tới được sân tập cầu lông gần nhất. Tình cảnh này không hiếm ở các quận nội thành.

Theo Sở Văn hóa và Thể thao Hà Nội, tính đến 30/6/2024, diện tích đất dành cho thể dục thể thao của thành phố bình quân chỉ đạt 0,62 m2/người, thấp hơn nhiều so với mức 2 m2/người mà quy hoạch đề ra. Ở các quận nội thành, con số này còn thấp hơn: quận Hoàn Kiếm 0,11 m2/người, quận Đống Đa 0,18 m2/người, quận Thanh Xuân 0,23 m2/người.

Toàn thành phố có 5.846 sân thể thao các loại, trong đó gần 70% do tư nhân đầu tư, kinh doanh. Khảo sát của thành phố với 1.200 hộ gia đình cho thấy 41,3% người trả lời coi thiếu địa điểm là nguyên nhân chính khiến họ không tập luyện thường xuyên; khoảng 35% số người tập phải tập trên vỉa hè, lòng đường hoặc trong các công viên nhỏ.

Năm 2023, tỷ lệ người dân Hà Nội tập luyện thể dục thể thao thường xuyên đạt 43,5%, cao hơn mức bình quân cả nước (37,2%). Tuy vậy, theo ông Nguyễn Minh Tuấn, Trưởng phòng Quản lý thể dục thể thao quần chúng, nếu không có thêm quỹ đất, tỷ lệ này khó tăng nhanh.

Giai đoạn 2021-2025, thành phố đầu tư khoảng 1,35 nghìn tỷ đồng xây dựng mới 12 trung tâm văn hóa - thể thao cấp quận, huyện. Dự kiến đến hết năm 2025, Hà Nội sẽ có thêm 230 sân chơi, bãi tập cộng đồng tại các phường, xã, ưu tiên tận dụng đất trống dưới gầm cầu cạn và các khu đất công chưa sử dụng.

Ngọc Anh
"""

TD = P("tính đến 30/6/2024", None, "2024-06-30")
TDi = P("tính đến 30/6/2024", None, "2024-06-30", inh=True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
S = "diện tích đất dành cho thể dục thể thao bình quân"

figs = [
    F("hơn 3 km", "3", 3, "measure", "km", "quãng đường đi bộ tới sân tập cầu lông gần nhất", approx="over"),
    F("chỉ đạt 0,62 m2/người", "0,62", 0.62, "measure", "m2/người", S, TD,
      target={"value": 2, "unit": "m2/người", "met": False}),
    F("Hoàn Kiếm 0,11", "0,11", 0.11, "measure", "m2/người", S, TDi, location="Hoàn Kiếm"),
    F("Đống Đa 0,18", "0,18", 0.18, "measure", "m2/người", S, TDi, location="Đống Đa"),
    F("Thanh Xuân 0,23", "0,23", 0.23, "measure", "m2/người", S, TDi, location="Thanh Xuân"),
    F("có 5.846 sân", "5.846", 5846, "count", "sân thể thao", "sân thể thao các loại", TDi),
    F("gần 70%", "70", 70, "percent", "%", "sân thể thao do tư nhân đầu tư, kinh doanh", TDi, approx="nearly"),
    F("với 1.200 hộ", "1.200", 1200, "count", "hộ gia đình", "hộ gia đình được khảo sát"),
    F("41,3% người", "41,3", 41.3, "percent", "%", "người trả lời coi thiếu địa điểm là nguyên nhân chính khiến họ không tập luyện thường xuyên"),
    F("khoảng 35%", "35", 35, "percent", "%", "số người tập phải tập trên vỉa hè, lòng đường hoặc trong các công viên nhỏ", approx="about"),
    F("đạt 43,5%", "43,5", 43.5, "percent", "%", "tỷ lệ người dân tập luyện thể dục thể thao thường xuyên",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("(37,2%)", "37,2", 37.2, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên bình quân cả nước",
      P("Năm 2023", "2023-01-01", "2023-12-31"), location="Việt Nam"),
    F("khoảng 1,35 nghìn tỷ đồng", "1,35", 1350000000000, "money", "đồng",
      "vốn đầu tư xây dựng trung tâm văn hóa - thể thao cấp quận, huyện", GD, approx="about"),
    F("mới 12 trung tâm", "12", 12, "count", "trung tâm văn hóa - thể thao", "trung tâm văn hóa - thể thao cấp quận, huyện xây dựng mới", GD),
    F("thêm 230 sân", "230", 230, "count", "sân chơi, bãi tập cộng đồng", "sân chơi, bãi tập cộng đồng có thêm",
      P("đến hết năm 2025", None, "2025-12-31"), status="forecast"),
]

build(7, A, [
    "National press (VnExpress-like), 'Thứ ba, 10/9/2024, 06:00 (GMT+7)': Hà Nội lacks sports land and facilities. Byline at the end.",
    "Distractors: 'ngõ 88 Láng Hạ' (address), '(GMT+7)', 'Mỗi tối', 'cấp quận, huyện'. A person's name and job title.",
    "'0,62 m2/người, thấp hơn nhiều so với mức 2 m2/người mà quy hoạch đề ra': the planned level is the target (met false), not a change.",
    "District list after 'con số này' (indicator stated before): districts in location; unit m2/người (rate denominator is part of the unit). They inherit 'tính đến 30/6/2024'.",
    "'trong đó gần 70%' is a share of a sub-set, not the 5.846's own share: a percent figure of its own (no total: a percent has no whole in sân).",
    "'cao hơn mức bình quân cả nước (37,2%)': 37,2% is the national level, a figure of its own (location Việt Nam), not a change amount.",
    "'1,35 nghìn tỷ' = 1,35·10^12 đồng (about). 'Dự kiến đến hết năm 2025 ... thêm 230' = forecast; the survey figures have no dated period.",
], figs, published="2024-09-10", location="Hà Nội")

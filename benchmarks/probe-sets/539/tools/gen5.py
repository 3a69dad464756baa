"""p539-5: Party newspaper (Báo Quảng Trị), balanced fertiliser use, vụ Đông Xuân 2023-2024; byline and date at the end."""
from lib import F, P, Y, I, CH, emit

TEXT = """Nông dân tiết kiệm hơn 23 tỷ đồng nhờ bón phân cân đối

(QTO) - Vụ Đông Xuân 2023-2024, toàn tỉnh có 8.650 ha lúa áp dụng kỹ thuật bón phân cân đối theo quy trình "1 phải 5 giảm", tăng 1.210 ha so với vụ trước, chiếm 34% diện tích lúa.

Theo Chi cục Trồng trọt và Bảo vệ thực vật, trên các cánh đồng áp dụng, lượng phân đạm giảm từ 20 đến 30%, lượng giống gieo sạ giảm còn 80-100 kg/ha thay vì 150-180 kg/ha như trước. Năng suất bình quân đạt 62,4 tạ/ha, tương đương ruộng sản xuất thông thường, nhưng chi phí giảm khoảng 2,7 triệu đồng/ha. Tính trên toàn bộ diện tích, nông dân tiết kiệm được hơn 23 tỷ đồng.

Giá phân bón vụ này thấp hơn năm 2023: urê dao động 11.500-12.000 đồng/kg, giảm 8%; NPK 16-16-8 khoảng 14.000 đồng/kg. Lượng phân hữu cơ vi sinh được sử dụng khoảng 3.200 tấn, gấp 1,5 lần vụ Đông Xuân 2022-2023.

Ngành nông nghiệp đã tổ chức 64 lớp tập huấn cho 3.150 nông dân tại các huyện Hải Lăng (22 lớp), Triệu Phong (19 lớp), Gio Linh (14 lớp) và Cam Lộ (9 lớp). Năm 2024, tỉnh phấn đấu mở rộng diện tích bón phân cân đối lên 12.000 ha; đến năm 2025 đạt 50% diện tích lúa.

Ông Lê Văn Hùng ở xã Hải Phong, huyện Hải Lăng cho biết: "Gia đình tôi làm 1,2 ha lúa, vụ này giảm được 4 bao phân urê mà lúa vẫn tốt".

Để được tư vấn, bà con liên hệ Chi cục Trồng trọt và Bảo vệ thực vật, số 47 Lê Lợi, TP Đông Hà.

Thanh Hải
10/04/2024
"""

DX = Y("Vụ Đông Xuân 2023-2024", (2023, 2024))

FIGS = [
    F("kiệm hơn 23 tỷ", "23", 23000000000, "money", "đồng", "số tiền nông dân tiết kiệm nhờ bón phân cân đối",
      approx="over"),
    F("có 8.650 ha", "8.650", 8650, "measure", "ha", "diện tích lúa áp dụng kỹ thuật bón phân cân đối", DX,
      percent=34, change=CH("increase", 1210, "ha", "vụ trước")),
    F("từ 20 đến 30%", "20", 20, "percent", "%", "lượng phân đạm giảm", I(DX), value_max=30),
    F("còn 80-100 kg/ha", "80", 80, "measure", "kg/ha", "lượng giống gieo sạ", I(DX), value_max=100),
    F("150-180 kg/ha", "150", 150, "measure", "kg/ha", "lượng giống gieo sạ trước đây", value_max=180),
    F("đạt 62,4 tạ/ha", "62,4", 62.4, "measure", "tạ/ha", "năng suất bình quân trên các cánh đồng áp dụng", I(DX)),
    F("khoảng 2,7 triệu", "2,7", 2700000, "money", "đồng/ha", "chi phí giảm", I(DX), approx="about"),
    F("được hơn 23 tỷ", "23", 23000000000, "money", "đồng", "số tiền nông dân tiết kiệm được", I(DX), approx="over"),
    F("dao động 11.500-12.000", "11.500", 11500, "money", "đồng/kg", "giá phân urê", I(DX), value_max=12000,
      change=CH("decrease", 8, "%", "năm 2023")),
    F("khoảng 14.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá phân NPK 16-16-8", I(DX), approx="about"),
    F("khoảng 3.200 tấn", "3.200", 3200, "measure", "tấn", "lượng phân hữu cơ vi sinh được sử dụng", I(DX), approx="about",
      change=CH("increase", 1.5, "lần", "vụ Đông Xuân 2022-2023")),
    F("tổ chức 64 lớp", "64", 64, "count", "lớp", "lớp tập huấn"),
    F("cho 3.150 nông dân", "3.150", 3150, "count", "nông dân", "nông dân được tập huấn"),
    F("Hải Lăng (22 lớp)", "22", 22, "count", "lớp", "lớp tập huấn", total=64, location="Hải Lăng"),
    F("Triệu Phong (19 lớp)", "19", 19, "count", "lớp", "lớp tập huấn", total=64, location="Triệu Phong"),
    F("Gio Linh (14 lớp)", "14", 14, "count", "lớp", "lớp tập huấn", total=64, location="Gio Linh"),
    F("Cam Lộ (9 lớp)", "9", 9, "count", "lớp", "lớp tập huấn", total=64, location="Cam Lộ"),
    F("lên 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích bón phân cân đối", Y("Năm 2024", 2024),
      status="target"),
    F("đạt 50% diện tích lúa", "50", 50, "percent", "%", "tỷ lệ diện tích lúa bón phân cân đối",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("làm 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích lúa của gia đình ông Lê Văn Hùng", location="Hải Lăng"),
    F("được 4 bao", "4", 4, "count", "bao", "phân urê giảm được", location="Hải Lăng"),
]

COMMENTS = [
    "Báo Quảng Trị (Party newspaper, tag '(QTO)' implies Quảng Trị), byline and bare date at the end: balanced fertiliser use, fertiliser prices.",
    "'1 phải 5 giảm' (technique name) and 'NPK 16-16-8' (product grade) are names, not figures. 'số 47 Lê Lợi' is an address.",
    "'giảm từ 20 đến 30%' is a rate that is itself the claim (percent figure, no change); 'chi phí giảm khoảng 2,7 triệu đồng/ha' likewise a money figure.",
    "'gấp 1,5 lần vụ Đông Xuân 2022-2023' after a figure is its change (increase, lần). 'giảm 8%' after the urea price range is its change.",
    "The four districts' classes add up to 64 (bracketed breakdown of the whole): total 64, location per district.",
    "The farmer's quote holds two figures about his household (location Hải Lăng, named in the same sentence).",
    "Seasons take the bounds of the years named. '150-180 kg/ha như trước' has no period.",
]

emit("p539-5", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Quảng Trị")

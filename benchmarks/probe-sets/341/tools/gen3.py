from lib import *

text = """SỞ XÂY DỰNG HÀ NỘI
Tin hoạt động | Lượt xem: 1.127

Hà Nội trồng mới hơn 46 nghìn cây bóng mát trong nửa đầu năm 2024

Theo báo cáo của Sở Xây dựng Hà Nội, 6 tháng đầu năm 2024, toàn thành phố trồng mới 46.315 cây bóng mát trên các tuyến phố, công viên, vườn hoa và khu đô thị, đạt 61,8% kế hoạch năm. Trong đó, khu vực nội thành 19.870 cây, khu vực ngoại thành 26.445 cây. Một số quận, huyện trồng nhiều như Long Biên (3.120 cây), Hà Đông (2.865 cây), Sóc Sơn (4.210 cây), Ba Vì (3.984 cây).

Cùng với trồng mới, các đơn vị duy trì đã cắt sửa tán 38.600 lượt cây, đánh chuyển và thay thế 712 cây chết, cây sâu bệnh. Kinh phí duy trì cây xanh của thành phố năm 2024 được giao khoảng 420 tỷ đồng; 6 tháng đã giải ngân 198,6 tỷ đồng (đạt 47,3%).

Tính đến 30/6/2024, diện tích cây xanh công cộng khu vực nội thành đạt bình quân 2,36 m²/người, tăng 0,14 m²/người so với năm 2020 nhưng vẫn thấp hơn nhiều so với chỉ tiêu 7 m²/người đối với đô thị loại đặc biệt. Toàn thành phố hiện quản lý khoảng 1.650 ha cây xanh, công viên, vườn hoa; trong đó diện tích công viên, vườn hoa khoảng 730 ha.

Theo Kế hoạch số 235/KH-UBND của UBND thành phố, phấn đấu đến năm 2025 Hà Nội trồng mới thêm 100.000 cây bóng mát, nâng diện tích cây xanh công cộng bình quân khu vực nội thành lên 3-4 m²/người. Thành phố cũng hưởng ứng Đề án trồng một tỷ cây xanh giai đoạn 2021-2025 của Thủ tướng Chính phủ.

Mọi ý kiến góp ý xin gửi về Phòng Hạ tầng kỹ thuật, Sở Xây dựng Hà Nội, số 52 Lê Đại Hành, quận Hai Bà Trưng."""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
AS = P("Tính đến 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
S = "cây bóng mát trồng mới"

figs = [
    F("hơn 46 nghìn cây", "46", 46000, "count", "cây", S, approx="over",
      period=P("nửa đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("trồng mới 46.315 cây", "46.315", 46315, "count", "cây", S, percent=61.8, period=H6),
    F("nội thành 19.870 cây", "19.870", 19870, "count", "cây", S + " khu vực nội thành", total=46315, period=H6i),
    F("ngoại thành 26.445 cây", "26.445", 26445, "count", "cây", S + " khu vực ngoại thành", total=46315, period=H6i),
    F("Long Biên (3.120 cây)", "3.120", 3120, "count", "cây", S, period=H6i, location="Long Biên"),
    F("Hà Đông (2.865 cây)", "2.865", 2865, "count", "cây", S, period=H6i, location="Hà Đông"),
    F("Sóc Sơn (4.210 cây)", "4.210", 4210, "count", "cây", S, period=H6i, location="Sóc Sơn"),
    F("Ba Vì (3.984 cây)", "3.984", 3984, "count", "cây", S, period=H6i, location="Ba Vì"),
    F("tán 38.600 lượt cây", "38.600", 38600, "count", "lượt cây", "cây được cắt sửa tán", period=H6i),
    F("thay thế 712 cây", "712", 712, "count", "cây", "cây chết, cây sâu bệnh được đánh chuyển và thay thế", period=H6i),
    F("khoảng 420 tỷ đồng", "420", 420000000000, "money", "đồng", "kinh phí duy trì cây xanh được giao", approx="about",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("giải ngân 198,6 tỷ đồng", "198,6", 198600000000, "money", "đồng", "kinh phí duy trì cây xanh đã giải ngân", percent=47.3,
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("bình quân 2,36 m²/người", "2,36", 2.36, "measure", "m²/người",
      "diện tích cây xanh công cộng bình quân khu vực nội thành",
      change=C("increase", 0.14, "m²/người", "năm 2020"), target=T(7, "m²/người", False), period=AS),
    F("khoảng 1.650 ha", "1.650", 1650, "measure", "ha", "diện tích cây xanh, công viên, vườn hoa thành phố quản lý", approx="about"),
    F("khoảng 730 ha", "730", 730, "measure", "ha", "diện tích công viên, vườn hoa", approx="about", total=1650),
    F("thêm 100.000 cây", "100.000", 100000, "count", "cây", "cây bóng mát trồng mới thêm", status="target", period=T25),
    F("lên 3-4 m²/người", "3", 3, "measure", "m²/người", "diện tích cây xanh công cộng bình quân khu vực nội thành",
      value_max=4, status="target", period=T25),
    F("trồng một tỷ cây xanh", "một", 1000000000, "count", "cây", "cây xanh trồng theo Đề án", status="target",
      location="Việt Nam", period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), optional=True),
]

emit(3, text, [
    "Sở Xây dựng Hà Nội (department site): tree planting, pruning, maintenance budget and green area per inhabitant, first half of 2024.",
    "No dateline at all (only 'Lượt xem: 1.127'): no published date; every period is written with its year or takes it from 'năm 2024' above it.",
    "Distractors: view counter, 'Kế hoạch số 235/KH-UBND', 'đô thị loại đặc biệt', 'số 52 Lê Đại Hành', 'quận Hai Bà Trưng' (address), 'năm 2020' (baseline).",
    "Headline 'hơn 46 nghìn cây' = 46000, over. 'Trong đó' nội thành / ngoại thành are parts of 46.315; district list items take the district as location.",
    "'6 tháng đã giải ngân 198,6 tỷ đồng (đạt 47,3%)': percent attribute; no target (the 420 tỷ allocation stands in another clause without a result-against-plan form).",
    "2,36 m²/người: change +0,14 m²/người vs năm 2020, and 'chỉ tiêu 7 m²/người' as target (not met). 730 ha is part of 1.650 ha ('trong đó'). 'hiện quản lý' gives no period.",
    "'Đề án trồng một tỷ cây xanh' is a programme name carrying a national target: optional.",
], figs, location="Hà Nội")

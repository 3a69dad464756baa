"""p927-2: Đức Trọng district portal (Lâm Đồng), backlog of land-certificate dossiers, 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Trang chủ > Tin hoạt động > Tài nguyên - Môi trường
Thứ Ba, 21/11/2023 - 09:10

Đức Trọng tập trung giải quyết hồ sơ tồn đọng về cấp giấy chứng nhận

Tính đến ngày 31/12/2022, trên địa bàn huyện còn 2.846 hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất tồn đọng, trong đó 1.915 hồ sơ cấp lần đầu và 931 hồ sơ đăng ký biến động.

Thực hiện Kế hoạch số 87/KH-UBND ngày 06/02/2023 của UBND huyện, đến nay đã giải quyết xong 2.214/2.846 hồ sơ, đạt 77,8%; số còn lại 632 hồ sơ đang được Phòng Tài nguyên và Môi trường phối hợp với các xã, thị trấn rà soát, xử lý. Trong số hồ sơ đã giải quyết, có 1.486 hồ sơ được cấp giấy chứng nhận lần đầu với tổng diện tích 312,45 ha; 728 hồ sơ hoàn thành đăng ký biến động.

Nguyên nhân tồn đọng chủ yếu do đất có nguồn gốc lấn chiếm đất rừng, đang tranh chấp hoặc thiếu giấy tờ. Riêng tại xã Hiệp Thạnh và thị trấn Liên Nghĩa có 214 hồ sơ liên quan đến đất nằm trong hành lang dự án đường tránh Quốc lộ 20. Nhiều hộ như gia đình ông Ka Sáu ở thôn 2 đã chờ cấp giấy hơn 5 năm do ranh giới thửa đất chưa thống nhất.

Bình quân giá đất nông nghiệp tính thu tiền sử dụng đất khi chuyển mục đích tại các xã ven thị trấn khoảng 450.000 đồng/m2.

Huyện đặt mục tiêu đến ngày 31/12/2023 giải quyết dứt điểm 100% hồ sơ tồn đọng đủ điều kiện; phấn đấu cả năm cấp mới khoảng 2.000 giấy chứng nhận lần đầu. Thời gian giải quyết thủ tục đăng ký biến động đã được rút ngắn từ 10 ngày xuống còn 6 ngày.

Hotline bộ phận một cửa huyện: 0263.3843.215.

Minh Châu (Phòng TN&MT huyện)
"""

AS22 = P("Tính đến ngày 31/12/2022", None, "2022-12-31")
NOW = P("đến nay", None, "2023-11-21")
END23 = P("đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("cả năm", "2023-01-01", "2023-12-31")

FIGS = [
    F("còn 2.846 hồ sơ", "2.846", 2846, "count", "hồ sơ",
      "hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất tồn đọng", AS22),
    F("đó 1.915 hồ sơ", "1.915", 1915, "count", "hồ sơ", "hồ sơ tồn đọng cấp lần đầu", AS22, total=2846),
    F("931 hồ sơ đăng ký", "931", 931, "count", "hồ sơ", "hồ sơ tồn đọng đăng ký biến động", AS22, total=2846),
    F("xong 2.214/2.846 hồ sơ", "2.214", 2214, "count", "hồ sơ", "hồ sơ tồn đọng đã giải quyết xong", NOW,
      total=2846, percent=77.8),
    F("còn lại 632 hồ sơ", "632", 632, "count", "hồ sơ", "hồ sơ tồn đọng còn lại", NOW),
    F("có 1.486 hồ sơ", "1.486", 1486, "count", "hồ sơ",
      "hồ sơ được cấp giấy chứng nhận lần đầu", I(NOW), total=2214),
    F("diện tích 312,45 ha", "312,45", 312.45, "measure", "ha",
      "diện tích được cấp giấy chứng nhận lần đầu", I(NOW)),
    F("728 hồ sơ hoàn thành", "728", 728, "count", "hồ sơ",
      "hồ sơ hoàn thành đăng ký biến động", I(NOW), total=2214),
    F("có 214 hồ sơ", "214", 214, "count", "hồ sơ",
      "hồ sơ liên quan đến đất nằm trong hành lang dự án đường tránh"),
    F("hơn 5 năm", "5", 5, "measure", "năm", "thời gian chờ cấp giấy chứng nhận", approx="over", optional=True),
    F("khoảng 450.000 đồng/m2", "450.000", 450000, "money", "đồng/m2",
      "giá đất nông nghiệp tính thu tiền sử dụng đất khi chuyển mục đích", approx="about"),
    F("dứt điểm 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ tồn đọng đủ điều kiện được giải quyết", END23,
      status="target"),
    F("khoảng 2.000 giấy", "2.000", 2000, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu cấp mới", Y23,
      approx="about", status="target"),
    F("từ 10 ngày", "10", 10, "measure", "ngày",
      "thời gian giải quyết thủ tục đăng ký biến động trước khi rút ngắn"),
    F("còn 6 ngày", "6", 6, "measure", "ngày", "thời gian giải quyết thủ tục đăng ký biến động"),
]

NOTES = [
    "Đức Trọng district portal (Lâm Đồng): backlog of certificate dossiers, resolution progress, targets for 2023.",
    "Distractors: 'Thứ Ba, 21/11/2023 - 09:10', 'Kế hoạch số 87/KH-UBND ngày 06/02/2023', 'Quốc lộ 20',",
    "name 'Ka Sáu', 'thôn 2', hotline 0263.3843.215.",
    "'đến nay' ends at the dateline (as-of). Commune figures (Hiệp Thạnh, Liên Nghĩa) keep the district as location.",
    "'2.214/2.846' gives total 2846; 'Trong số hồ sơ đã giải quyết' parts get total 2214.",
    "'hơn 5 năm' (one family's waiting time, an example) optional. 'rút ngắn từ 10 ngày xuống còn 6 ngày': two measures, no stated change value.",
]

write("p927-2", TEXT, FIGS, NOTES, published="2023-11-21", location="Đức Trọng")

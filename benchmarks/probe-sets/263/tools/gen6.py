from lib import F, P, emit

TEXT = """Thời sự > Môi trường
Thứ sáu, 15/11/2024, 14:20 (GMT+7)

Đồng Nai siết xử lý chất thải từ 2.300 trang trại chăn nuôi

Tỉnh có đàn lợn lớn nhất cả nước đang chịu áp lực lớn về chất thải chăn nuôi, nhiều hầm biogas quá tải.

Theo Sở Nông nghiệp và Phát triển nông thôn Đồng Nai, đến tháng 10/2024, tổng đàn lợn của tỉnh khoảng 2,5 triệu con, đàn gà hơn 25 triệu con. Toàn tỉnh có 2.318 trang trại chăn nuôi, trong đó gần 1.100 trang trại quy mô lớn, tập trung tại Trảng Bom (412 trang trại), Thống Nhất (389 trang trại) và Xuân Lộc (356 trang trại).

Mỗi ngày, các trang trại thải ra hơn 9.000 tấn chất thải rắn và hàng chục nghìn m3 nước thải. Hầm biogas phủ bạt HDPE là công nghệ được áp dụng phổ biến, chiếm khoảng 70% số trang trại. Tuy nhiên, theo một chuyên gia của Viện Chăn nuôi, khoảng 30-40% hầm biogas hiện nay quá tải do tăng đàn nhưng không nâng cấp.

9 tháng năm 2024, lực lượng chức năng đã kiểm tra 146 cơ sở chăn nuôi, xử phạt 38 cơ sở với tổng số tiền hơn 4,7 tỷ đồng, tăng 21% so với cùng kỳ năm 2023. Các vi phạm chủ yếu là xả nước thải vượt quy chuẩn QCVN 62-MT:2016/BTNMT từ 3 đến 5 lần, bị xử phạt theo Điều 18 Nghị định số 45/2022/NĐ-CP.

Một số doanh nghiệp đã tận dụng khí biogas chạy máy phát điện công suất 250 kVA, giảm 40% chi phí điện năng. Ông Lê Văn Hòa, chủ trang trại 3.000 con lợn ở xã Xuân Thiện (Thống Nhất), cho biết đầu tư hệ thống hầm biogas, ao lắng và máy ép phân hết khoảng 1,2 tỷ đồng.

Tỉnh đặt mục tiêu đến năm 2025, 100% trang trại quy mô lớn có hệ thống xử lý chất thải đạt chuẩn và ít nhất 60% chất thải chăn nuôi được tái sử dụng làm phân bón hữu cơ.

Phước Tuấn
"""

T10 = P("đến tháng 10/2024", None, "2024-10-31")
T10i = P("đến tháng 10/2024", None, "2024-10-31", inh=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thải từ 2.300 trang trại", "2.300", 2300, "count", "trang trại", "trang trại chăn nuôi", T10i),
    F("khoảng 2,5 triệu con", "2,5", 2500000, "count", "con", "tổng đàn lợn", T10, approx="about"),
    F("hơn 25 triệu con", "25", 25000000, "count", "con", "đàn gà", T10, approx="over"),
    F("có 2.318 trang trại", "2.318", 2318, "count", "trang trại", "trang trại chăn nuôi", T10i),
    F("gần 1.100 trang trại", "1.100", 1100, "count", "trang trại", "trang trại quy mô lớn", T10i, approx="nearly",
      total=2318),
    F("Trảng Bom (412 trang trại)", "412", 412, "count", "trang trại", "trang trại quy mô lớn", T10i,
      location="Trảng Bom"),
    F("Thống Nhất (389 trang trại)", "389", 389, "count", "trang trại", "trang trại quy mô lớn", T10i,
      location="Thống Nhất"),
    F("Xuân Lộc (356 trang trại)", "356", 356, "count", "trang trại", "trang trại quy mô lớn", T10i,
      location="Xuân Lộc"),
    F("hơn 9.000 tấn", "9.000", 9000, "measure", "tấn", "chất thải rắn chăn nuôi thải ra mỗi ngày", approx="over"),
    F("hàng chục nghìn m3", "chục", 10000, "measure", "m3", "nước thải chăn nuôi mỗi ngày", approx="about",
      optional=True),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "trang trại áp dụng hầm biogas phủ bạt HDPE", approx="about"),
    F("khoảng 30-40%", "30", 30, "percent", "%", "hầm biogas quá tải", approx="about", value_max=40),
    F("kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở chăn nuôi được kiểm tra", N9),
    F("xử phạt 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở chăn nuôi bị xử phạt", N9),
    F("hơn 4,7 tỷ đồng", "4,7", 4700000000, "money", "đồng", "tổng số tiền xử phạt", N9, approx="over",
      change={"direction": "increase", "value": 21, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("từ 3 đến 5 lần", "3", 3, "multiple", "lần", "mức xả nước thải vượt quy chuẩn",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True), value_max=5),
    F("công suất 250 kVA", "250", 250, "measure", "kVA", "công suất máy phát điện chạy bằng khí biogas"),
    F("giảm 40% chi phí", "40", 40, "percent", "%", "giảm chi phí điện năng"),
    F("trại 3.000 con lợn", "3.000", 3000, "count", "con", "lợn của trang trại ông Lê Văn Hòa", location="Thống Nhất"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "chi phí đầu tư hệ thống hầm biogas, ao lắng và máy ép phân",
      approx="about", location="Thống Nhất"),
    F("2025, 100% trang trại", "100", 100, "percent", "%", "trang trại quy mô lớn có hệ thống xử lý chất thải đạt chuẩn",
      T25, status="target"),
    F("ít nhất 60%", "60", 60, "percent", "%", "chất thải chăn nuôi được tái sử dụng làm phân bón hữu cơ", T25,
      status="target", approx="at_least"),
]

emit("p263-6", TEXT, FIGS, [
    "National press (VnExpress style): 'Thứ sáu, 15/11/2024, 14:20 (GMT+7)' dateline, byline at the end. Đồng Nai livestock waste.",
    "Headline '2.300 trang trại' is a rounded restatement of 2.318, no cue word so approx exact; period inherited.",
    "'2.318 trang trại, trong đó gần 1.100 … quy mô lớn, tập trung tại Trảng Bom (412 …)': district items are large farms as the sentence names them (location = district); 'tập trung tại' is no part-of cue, so no total.",
    "'hàng chục nghìn m3' optional (vague magnitude). 'vượt quy chuẩn … từ 3 đến 5 lần' = multiple with range (the claim itself).",
    "'tăng 21% so với cùng kỳ năm 2023' is the change of the fine total. 'đến tháng 10/2024' is an as-of date (end 2024-10-31).",
    "Distractors: QCVN 62-MT:2016/BTNMT, Điều 18, Nghị định số 45/2022/NĐ-CP, (GMT+7), person and commune names.",
], location="Đồng Nai", published="2024-11-15")

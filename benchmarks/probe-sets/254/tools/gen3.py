from lib import *

A = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Tin tức - Sự kiện › Sở hữu trí tuệ
15/10/2024 09:40

Hoạt động sở hữu công nghiệp 9 tháng đầu năm 2024: số văn bằng bảo hộ được cấp tăng mạnh

(MOST) - Theo số liệu của Cục Sở hữu trí tuệ, 9 tháng đầu năm 2024, Cục đã tiếp nhận 117.408 đơn đăng ký xác lập quyền sở hữu công nghiệp các loại, tăng 4,7% so với cùng kỳ năm 2023. Trong đó, đơn đăng ký sáng chế là 8.213 đơn, đơn giải pháp hữu ích 912 đơn, đơn kiểu dáng công nghiệp 2.674 đơn và đơn nhãn hiệu 54.390 đơn.

Trong cùng thời gian, Cục đã xử lý được 96.540 đơn, đạt 86,3% kế hoạch năm; cấp 52.877 văn bằng bảo hộ, tăng 11,2% so với cùng kỳ. Đáng chú ý, số đơn sáng chế của người nộp đơn Việt Nam đạt 1.068 đơn, chiếm 13% tổng số đơn sáng chế, tăng 21,5% so với cùng kỳ.

Dẫn đầu về số đơn sáng chế nộp vào Việt Nam là người nộp đơn đến từ Hoa Kỳ (1.942 đơn), Trung Quốc (1.615 đơn), Nhật Bản (1.127 đơn) và Hàn Quốc (806 đơn). Trong nước, Hà Nội và TP Hồ Chí Minh là hai địa phương có nhiều đơn sáng chế nhất, lần lượt là 412 đơn và 287 đơn.

Tính đến ngày 30/9/2024, số đơn tồn đọng chưa xử lý còn khoảng 38.000 đơn, giảm gần 9.500 đơn so với thời điểm cuối năm 2023.

Thực hiện Luật Sở hữu trí tuệ sửa đổi năm 2022 và Nghị định số 65/2023/NĐ-CP, Cục đặt mục tiêu trong năm 2024 xử lý khoảng 125.000 đơn, rút ngắn thời gian thẩm định nội dung đơn sáng chế xuống dưới 18 tháng.

Đơn đăng ký được tiếp nhận trực tuyến qua Cổng dịch vụ công của Cục hoặc trực tiếp tại trụ sở số 384-386 đường Nguyễn Trãi, quận Thanh Xuân, Hà Nội; điện thoại 024.3858.3069.
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
S_FOR = "đơn sáng chế nộp vào Việt Nam"
FIG = [
    F("tiếp nhận 117.408 đơn", "117.408", 117408, "count", "đơn", "đơn đăng ký xác lập quyền sở hữu công nghiệp các loại",
      change=C("increase", 4.7, "%", "cùng kỳ năm 2023"), period=N9),
    F("là 8.213 đơn", "8.213", 8213, "count", "đơn", "đơn đăng ký sáng chế", total=117408, period=N9i),
    F("ích 912 đơn", "912", 912, "count", "đơn", "đơn giải pháp hữu ích", total=117408, period=N9i),
    F("nghiệp 2.674 đơn", "2.674", 2674, "count", "đơn", "đơn kiểu dáng công nghiệp", total=117408, period=N9i),
    F("hiệu 54.390 đơn", "54.390", 54390, "count", "đơn", "đơn nhãn hiệu", total=117408, period=N9i),
    F("được 96.540 đơn", "96.540", 96540, "count", "đơn", "đơn đã xử lý", percent=86.3, period=N9i),
    F("cấp 52.877 văn bằng", "52.877", 52877, "count", "văn bằng bảo hộ", "văn bằng bảo hộ được cấp",
      change=C("increase", 11.2, "%", "cùng kỳ"), period=N9i),
    F("đạt 1.068 đơn", "1.068", 1068, "count", "đơn", "đơn sáng chế của người nộp đơn Việt Nam", percent=13,
      change=C("increase", 21.5, "%", "cùng kỳ"), period=N9i),
    F("Hoa Kỳ (1.942 đơn)", "1.942", 1942, "count", "đơn", S_FOR, period=N9i),
    F("Trung Quốc (1.615 đơn)", "1.615", 1615, "count", "đơn", S_FOR, period=N9i),
    F("Nhật Bản (1.127 đơn)", "1.127", 1127, "count", "đơn", S_FOR, period=N9i),
    F("Hàn Quốc (806 đơn)", "806", 806, "count", "đơn", S_FOR, period=N9i),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có nhiều đơn sáng chế nhất", optional=True),
    F("là 412 đơn", "412", 412, "count", "đơn", "đơn sáng chế", location="Hà Nội", period=N9i),
    F("và 287 đơn", "287", 287, "count", "đơn", "đơn sáng chế", location="TP Hồ Chí Minh", period=N9i),
    F("khoảng 38.000 đơn", "38.000", 38000, "count", "đơn", "số đơn tồn đọng chưa xử lý", approx="about",
      change=C("decrease", 9500, "đơn", "thời điểm cuối năm 2023", approx="nearly"),
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("khoảng 125.000 đơn", "125.000", 125000, "count", "đơn", "đơn xử lý", approx="about", status="target",
      period=P("trong năm 2024", "2024-01-01", "2024-12-31")),
    F("dưới 18 tháng", "18", 18, "measure", "tháng", "thời gian thẩm định nội dung đơn sáng chế", approx="under",
      status="target", period=P("trong năm 2024", "2024-01-01", "2024-12-31")),
]

build(3, A, FIG, comments=[
    "Ministry site (Bộ KH&CN, MOST): industrial-property applications and grants, 9 months 2024, national. Bare dateline '15/10/2024 09:40'.",
    "Distractors: 'Luật Sở hữu trí tuệ sửa đổi năm 2022', 'Nghị định số 65/2023/NĐ-CP', address 'số 384-386 đường Nguyễn Trãi, quận Thanh Xuân,",
    "Hà Nội' (the office, not a place of any figure), phone '024.3858.3069'.",
    "'Trong đó, …' after a sentence break: the four application types are parts of 117.408 (total). 'đạt 86,3% kế hoạch năm' is the share of",
    "96.540. '1.068 đơn, chiếm 13% tổng số đơn sáng chế': percent 13, no total (the whole is not restated with a cue).",
    "Foreign applicants (Hoa Kỳ, Trung Quốc …) are not places: location Việt Nam. 'lần lượt là 412 đơn và 287 đơn' → Hà Nội, TP Hồ Chí Minh.",
    "'giảm gần 9.500 đơn so với thời điểm cuối năm 2023' is the change of 38.000 (approx nearly). '18 tháng' is a measured time (target).",
], published="2024-10-15", location="Việt Nam")

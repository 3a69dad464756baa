"""p622-5: Báo Hà Tĩnh (Party newspaper): projects revoked since 2021, land recovered, slow projects."""
from lib import F, P, I, CH, emit

TEXT = """Hà Tĩnh thu hồi 18 dự án chậm tiến độ, lấy lại gần 300 ha đất

(Baohatinh.vn) - Từ năm 2021 đến nay, UBND tỉnh đã quyết định chấm dứt hoạt động, thu hồi 18 dự án đầu tư ngoài ngân sách với tổng vốn đăng ký 2.746 tỷ đồng, tổng diện tích đất thu hồi gần 300 ha.

Trong đó, riêng năm 2023 thu hồi 7 dự án với diện tích 126,5 ha. Các dự án bị thu hồi tập trung ở thị xã Kỳ Anh (5 dự án), huyện Cẩm Xuyên (4 dự án), Thạch Hà (3 dự án) và Nghi Xuân (2 dự án).

Theo Sở Kế hoạch và Đầu tư, toàn tỉnh hiện còn 42 dự án chậm tiến độ, trong đó 15 dự án đã được gia hạn tiến độ sử dụng đất, 9 dự án bị xử phạt vi phạm hành chính với tổng số tiền 1,26 tỷ đồng. Năm 2023, Sở đã điều chỉnh Giấy chứng nhận đăng ký đầu tư cho 64 lượt dự án, chủ yếu là điều chỉnh tiến độ (chiếm khoảng 70%).

Đáng chú ý, nhiều dự án tại Khu kinh tế Vũng Áng và dọc Quốc lộ 1A có suất đầu tư thấp, bình quân chỉ 9,2 tỷ đồng/ha, trong khi chiếm dụng diện tích đất lớn.

Ông Trần Văn Lâm, Giám đốc Sở Kế hoạch và Đầu tư cho biết: "Thực hiện Chỉ thị số 09-CT/TU của Ban Thường vụ Tỉnh ủy, thời gian tới, tỉnh sẽ kiên quyết thu hồi các dự án chậm tiến độ quá 24 tháng mà không có lý do chính đáng".

Phấn đấu đến năm 2025, tỷ lệ dự án chậm tiến độ trên địa bàn giảm xuống dưới 10%, đồng thời bố trí quỹ đất thu hồi cho khoảng 20 dự án mới đã được chấp thuận chủ trương đầu tư.

Thu Hà
22/11/2023
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2023-11-22")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thu hồi 18 dự án chậm", "18", 18, "count", "dự án", "dự án chậm tiến độ bị thu hồi", I(SINCE)),
    F("gần 300 ha đất", "300", 300, "measure", "ha", "đất lấy lại", I(SINCE), approx="nearly"),
    F("thu hồi 18 dự án đầu tư", "18", 18, "count", "dự án",
      "dự án đầu tư ngoài ngân sách bị chấm dứt hoạt động, thu hồi", SINCE),
    F("2.746 tỷ đồng", "2.746", 2746e9, "money", "đồng", "tổng vốn đăng ký", SINCE),
    F("thu hồi gần 300 ha", "300", 300, "measure", "ha", "tổng diện tích đất thu hồi", SINCE, approx="nearly"),
    F("thu hồi 7 dự án", "7", 7, "count", "dự án", "dự án thu hồi", Y23, total=18),
    F("126,5 ha", "126,5", 126.5, "measure", "ha", "diện tích đất thu hồi", Y23, total=300),
    F("Kỳ Anh (5 dự án)", "5", 5, "count", "dự án", "dự án bị thu hồi", I(SINCE), location="Kỳ Anh"),
    F("Cẩm Xuyên (4 dự án)", "4", 4, "count", "dự án", "dự án bị thu hồi", I(SINCE), location="Cẩm Xuyên"),
    F("Thạch Hà (3 dự án)", "3", 3, "count", "dự án", "dự án bị thu hồi", I(SINCE), location="Thạch Hà"),
    F("Nghi Xuân (2 dự án)", "2", 2, "count", "dự án", "dự án bị thu hồi", I(SINCE), location="Nghi Xuân"),
    F("còn 42 dự án", "42", 42, "count", "dự án", "dự án chậm tiến độ"),
    F("trong đó 15 dự án", "15", 15, "count", "dự án", "dự án đã được gia hạn tiến độ sử dụng đất", total=42),
    F("9 dự án bị xử phạt", "9", 9, "count", "dự án", "dự án bị xử phạt vi phạm hành chính", total=42),
    F("1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính"),
    F("cho 64 lượt dự án", "64", 64, "count", "lượt dự án", "dự án được điều chỉnh Giấy chứng nhận đăng ký đầu tư",
      Y23b),
    F("khoảng 70%", "70", 70, "percent", "%", "tỷ lệ dự án điều chỉnh tiến độ", Y23b, approx="about"),
    F("9,2 tỷ đồng/ha", "9,2", 9.2e9, "money", "đồng/ha", "suất đầu tư bình quân"),
    F("quá 24 tháng", "24", 24, "measure", "tháng", "thời gian chậm tiến độ", approx="over", optional=True),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ dự án chậm tiến độ", T25, approx="under", status="target"),
    F("khoảng 20 dự án", "20", 20, "count", "dự án", "dự án mới được bố trí quỹ đất thu hồi", T25,
      approx="about", status="target"),
]

COMMENTS = [
    "Báo Hà Tĩnh: thu hồi dự án chậm tiến độ từ năm 2021, đất thu hồi, dự án chậm tiến độ còn lại, điều chỉnh GCNĐKĐT, mục tiêu 2025.",
    "Byline 'Thu Hà' and bare date '22/11/2023' at the end give published; 'Từ năm 2021 đến nay' ends at it.",
    "'Chỉ thị số 09-CT/TU', 'Quốc lộ 1A', 'Khu kinh tế Vũng Áng' are not figures; 'quá 24 tháng' is a threshold: optional.",
    "'Trong đó, riêng năm 2023 thu hồi 7 dự án với diện tích 126,5 ha' are parts of 18 dự án / gần 300 ha across the sentence break.",
    "District list after 'tập trung ở' has no cue and does not add up (14 ≠ 18): no total. 'hiện còn' sentence: no period.",
    "'(chiếm khoảng 70%)' is the share of timeline adjustments among the 64, not the share the 64 take of a whole: a percent figure of its own.",
    "'Phấn đấu đến năm 2025' governs both clauses joined by 'đồng thời' (status target).",
]

if __name__ == "__main__":
    emit("p622-5", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Hà Tĩnh")

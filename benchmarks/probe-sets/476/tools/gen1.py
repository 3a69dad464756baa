"""p476-1: province portal (Nghệ An), vocational training 6 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm
Cập nhật: 18/07/2024 10:25
Lượt xem: 1.582

6 tháng đầu năm 2024, Nghệ An đào tạo nghề cho hơn 21.300 lao động

Theo Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, toàn tỉnh đã tuyển sinh, đào tạo nghề cho 21.356 người, đạt 52,1% kế hoạch năm, tăng 6,4% so với cùng kỳ năm 2023. Trong đó, lao động nông thôn là 14.870 người, chiếm 69,6%; đào tạo trình độ sơ cấp và dưới 3 tháng là 17.245 người.

Các huyện có số lao động nông thôn học nghề nhiều gồm: Yên Thành (1.245 người), Diễn Châu (1.130 người), Quỳnh Lưu (986 người) và Nghi Lộc (912 người).

Kinh phí giải ngân 6 tháng đầu năm đạt 28,45 tỷ đồng, trong đó ngân sách Trung ương 12,6 tỷ đồng, ngân sách tỉnh 9,35 tỷ đồng, phần còn lại huy động từ doanh nghiệp và người học.

Tỷ lệ lao động nông thôn có việc làm sau học nghề đạt 83,5%; thu nhập của người học tăng bình quân từ 1,5 đến 2 triệu đồng/người/tháng. Tỷ lệ lao động qua đào tạo của tỉnh ước đạt 69,2%, trong đó có bằng cấp, chứng chỉ đạt 29,8%.

Theo Kế hoạch số 415/KH-UBND, tỉnh phấn đấu đến năm 2025 tỷ lệ lao động qua đào tạo đạt 72%, mỗi năm đào tạo nghề cho ít nhất 40.000 lao động.

Người lao động có nhu cầu học nghề liên hệ Trung tâm Dịch vụ việc làm Nghệ An, số 6 Trường Thi, TP Vinh, điện thoại 0238.3844.290.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("cho hơn 21.300 lao động", "21.300", 21300, "count", "lao động", "lao động được đào tạo nghề", H1, approx="over"),
    F("cho 21.356 người", "21.356", 21356, "count", "người", "người được tuyển sinh, đào tạo nghề", H1,
      percent=52.1, change=CH("increase", 6.4, baseline="cùng kỳ năm 2023")),
    F("là 14.870 người", "14.870", 14870, "count", "người", "lao động nông thôn được đào tạo nghề", I(H1),
      total=21356, percent=69.6),
    F("dưới 3 tháng", "3", 3, "measure", "tháng", None, None, approx="under", optional=True),
    F("là 17.245 người", "17.245", 17245, "count", "người", "người được đào tạo trình độ sơ cấp và dưới 3 tháng", I(H1),
      total=21356),
    F("Yên Thành (1.245 người)", "1.245", 1245, "count", "người", "lao động nông thôn học nghề", I(H1), location="Yên Thành"),
    F("Diễn Châu (1.130 người)", "1.130", 1130, "count", "người", "lao động nông thôn học nghề", I(H1), location="Diễn Châu"),
    F("Quỳnh Lưu (986 người)", "986", 986, "count", "người", "lao động nông thôn học nghề", I(H1), location="Quỳnh Lưu"),
    F("Nghi Lộc (912 người)", "912", 912, "count", "người", "lao động nông thôn học nghề", I(H1), location="Nghi Lộc"),
    F("đạt 28,45 tỷ đồng", "28,45", 28.45e9, "money", "đồng", "kinh phí giải ngân", H1b),
    F("Trung ương 12,6 tỷ đồng", "12,6", 12.6e9, "money", "đồng", "kinh phí giải ngân từ ngân sách Trung ương", H1b,
      total=28.45e9),
    F("tỉnh 9,35 tỷ đồng", "9,35", 9.35e9, "money", "đồng", "kinh phí giải ngân từ ngân sách tỉnh", H1b, total=28.45e9),
    F("đạt 83,5%", "83,5", 83.5, "percent", "%", "tỷ lệ lao động nông thôn có việc làm sau học nghề", I(H1)),
    F("từ 1,5 đến 2 triệu", "1,5", 1.5e6, "money", "đồng/người/tháng", "thu nhập của người học tăng bình quân", I(H1),
      value_max=2e6),
    F("ước đạt 69,2%", "69,2", 69.2, "percent", "%", "tỷ lệ lao động qua đào tạo", I(H1), status="estimate"),
    F("đạt 29,8%", "29,8", 29.8, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", I(H1),
      status="estimate"),
    F("đạt 72%", "72", 72, "percent", "%", "tỷ lệ lao động qua đào tạo", Y25, status="target"),
    F("ít nhất 40.000 lao động", "40.000", 40000, "count", "lao động", "lao động được đào tạo nghề mỗi năm", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: đào tạo nghề 6 tháng đầu năm 2024 (breadcrumb, Cập nhật line, Lượt xem counter).",
    "Parts after 'Trong đó' (also after ';') take the whole 21.356; the district list after 'gồm:' follows no figure: no total.",
    "'dưới 3 tháng' names a training level (optional). Distractors: Lượt xem 1.582, Kế hoạch số 415/KH-UBND, số 6 Trường Thi, phone.",
]

if __name__ == "__main__":
    emit("p476-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Nghệ An")

"""p693-1: Vĩnh Phúc province portal — free motorbike emission checks, first half of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Vĩnh Phúc: Hơn 12.000 xe máy được đo kiểm khí thải miễn phí trong 6 tháng đầu năm 2024

Cập nhật: 16/07/2024 10:05
Lượt xem: 1.873

Theo Sở Tài nguyên và Môi trường, thực hiện Quyết định số 1573/QĐ-UBND ngày 20/5/2024 của UBND tỉnh, 6 tháng đầu năm 2024, các tổ công tác đã đo kiểm khí thải miễn phí cho 12.436 xe mô tô, xe gắn máy tại 18 điểm đo trên địa bàn tỉnh, tăng 27,4% so với cùng kỳ năm 2023. Trong đó, 10.915 xe đạt giới hạn khí thải mức 1, chiếm 87,8%; 1.521 xe không đạt, chủ yếu do nồng độ CO vượt ngưỡng. Riêng quý II/2024, số xe được đo là 7.652 xe, gấp 1,6 lần quý I.

Mỗi lượt đo kéo dài khoảng 5 phút; chủ xe được cấp phiếu kết quả và tư vấn bảo dưỡng miễn phí.

Số xe được đo tập trung tại TP. Vĩnh Yên (4.208 xe), TP. Phúc Yên (2.967 xe) và huyện Bình Xuyên (1.835 xe).

Kết quả cho thấy, tỷ lệ xe không đạt ở nhóm xe đã sử dụng trên 10 năm là 31,6%. Tỷ lệ này gấp khoảng 4 lần nhóm xe dưới 5 năm tuổi (7,9%).

Kinh phí thực hiện từ ngân sách tỉnh là 1,85 tỷ đồng, đạt 61,7% dự toán năm 2024.

Tỉnh phấn đấu đến năm 2025 đo kiểm khí thải cho ít nhất 30.000 lượt xe máy, tỷ lệ xe đạt chuẩn từ 90 đến 92%.

Người dân có nhu cầu đo kiểm liên hệ Chi cục Bảo vệ môi trường, số 25 đường Kim Ngọc, TP. Vĩnh Yên, điện thoại 0211.3862.456.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 12.000 xe máy", "12.000", 12000, "count", "xe máy", "xe máy được đo kiểm khí thải miễn phí", H1, approx="over"),
    F("cho 12.436 xe mô tô", "12.436", 12436, "count", "xe mô tô, xe gắn máy",
      "xe mô tô, xe gắn máy được đo kiểm khí thải miễn phí", H1,
      change=CH("increase", 27.4, "%", "cùng kỳ năm 2023")),
    F("tại 18 điểm đo", "18", 18, "count", "điểm đo", "điểm đo kiểm khí thải", H1),
    F("Trong đó, 10.915 xe", "10.915", 10915, "count", "xe", "xe đạt giới hạn khí thải mức 1", I(H1),
      total=12436, percent=87.8),
    F("1.521 xe không đạt", "1.521", 1521, "count", "xe", "xe không đạt giới hạn khí thải", I(H1), total=12436),
    F("là 7.652 xe", "7.652", 7652, "count", "xe", "xe được đo kiểm khí thải", P("quý II/2024", "2024-04-01", "2024-06-30"),
      change=CH("increase", 1.6, "lần", "quý I")),
    F("khoảng 5 phút", "5", 5, "measure", "phút", "thời gian mỗi lượt đo", approx="about"),
    F("(4.208 xe)", "4.208", 4208, "count", "xe", "xe được đo kiểm khí thải", I(H1), location="Vĩnh Yên"),
    F("(2.967 xe)", "2.967", 2967, "count", "xe", "xe được đo kiểm khí thải", I(H1), location="Phúc Yên"),
    F("(1.835 xe)", "1.835", 1835, "count", "xe", "xe được đo kiểm khí thải", I(H1), location="Bình Xuyên"),
    F("sử dụng trên 10 năm là", "10", 10, "measure", "năm", approx="over", optional=True),
    F("10 năm là 31,6%", "31,6", 31.6, "percent", "%", "tỷ lệ xe không đạt ở nhóm xe đã sử dụng trên 10 năm", I(H1)),
    F("gấp khoảng 4 lần", "4", 4, "multiple", "lần",
      "tỷ lệ xe không đạt của nhóm xe trên 10 năm so với nhóm xe dưới 5 năm tuổi", I(H1), approx="about"),
    F("dưới 5 năm tuổi", "5", 5, "measure", "năm", approx="under", optional=True),
    F("(7,9%)", "7,9", 7.9, "percent", "%", "tỷ lệ xe không đạt ở nhóm xe dưới 5 năm tuổi", I(H1)),
    F("là 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng", "kinh phí thực hiện từ ngân sách tỉnh", I(H1),
      percent=61.7),
    F("ít nhất 30.000 lượt", "30.000", 30000, "count", "lượt xe máy", "lượt xe máy được đo kiểm khí thải", T25,
      approx="at_least", status="target"),
    F("từ 90 đến 92%", "90", 90, "percent", "%", "tỷ lệ xe đạt chuẩn khí thải", T25, value_max=92, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Vĩnh Phúc (invented): đo kiểm khí thải xe máy miễn phí 6 tháng đầu năm 2024.",
    "Dateline 'Cập nhật: 16/07/2024 10:05'; 'Lượt xem: 1.873', QĐ 1573/QĐ-UBND, 'mức 1', 'số 25', phone are not figures.",
    "District items in brackets have no part-of cue and do not add up to 12.436: no total. Age groups 'trên 10 năm', 'dưới 5 năm' optional.",
    "'Tỷ lệ này gấp khoảng 4 lần …' stands as its own sentence: a multiple. 1,85 tỷ: period inherited (the 'năm 2024' names the dự toán).",
]

if __name__ == "__main__":
    emit("p693-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Vĩnh Phúc")

"""p560-1: Thái Nguyên province portal — Đại học Thái Nguyên admissions 2024, lecturers, tuition, student loans."""
from lib import F, P, I, YEAR, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Đại học Thái Nguyên tuyển mới hơn 15.600 sinh viên năm 2024

Cập nhật: 14/10/2024 08:45
Lượt xem: 3.218

Theo báo cáo của Đại học Thái Nguyên, năm 2024 toàn Đại học được giao 17.250 chỉ tiêu tuyển sinh trình độ đại học. Tính đến ngày 30/9/2024, đã có 15.684 thí sinh xác nhận nhập học, đạt 90,9% chỉ tiêu, tăng 6,2% so với năm 2023. Trong đó, Trường Đại học Kỹ thuật Công nghiệp có 3.105 sinh viên nhập học, Trường Đại học Sư phạm có 2.870 sinh viên, Trường Đại học Y - Dược có 1.946 sinh viên.

Điểm chuẩn năm nay dao động từ 15 đến 28,5 điểm, cao nhất là ngành Sư phạm Tiếng Anh; ngành Y khoa lấy 25,8 điểm.

Hiện Đại học Thái Nguyên có 2.316 giảng viên, trong đó 781 giảng viên có trình độ tiến sĩ, chiếm 33,7%; 156 người có chức danh giáo sư, phó giáo sư. Tỷ lệ sinh viên tốt nghiệp có việc làm sau 12 tháng đạt 94,6%, cao hơn 1,3% so với năm trước.

Học phí năm học 2024-2025 tại các trường thành viên từ 1,25 đến 2,45 triệu đồng/tháng, thực hiện theo Nghị định số 97/2023/NĐ-CP của Chính phủ. 9 tháng năm 2024, Ngân hàng Chính sách xã hội chi nhánh tỉnh đã cho 1.245 lượt học sinh, sinh viên vay vốn với doanh số 52,6 tỷ đồng, tăng 12,4% so với cùng kỳ.

Đại học Thái Nguyên phấn đấu đến năm 2025 tỷ lệ giảng viên có trình độ tiến sĩ đạt 40%.

Địa chỉ: Phường Tân Thịnh, TP. Thái Nguyên | Điện thoại: 0208.3852.650
"""

Y24 = YEAR(2024)
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
NAM_NAY = P("năm nay", "2024-01-01", "2024-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("tuyển mới hơn 15.600 sinh viên", "15.600", 15600, "count", "sinh viên",
      "sinh viên Đại học Thái Nguyên tuyển mới", Y24, approx="over"),
    F("giao 17.250 chỉ tiêu", "17.250", 17250, "count", "chỉ tiêu",
      "chỉ tiêu tuyển sinh trình độ đại học", Y24, status="target"),
    F("có 15.684 thí sinh", "15.684", 15684, "count", "thí sinh",
      "thí sinh xác nhận nhập học", ASOF, percent=90.9, change=CH("increase", 6.2, baseline="năm 2023")),
    F("có 3.105 sinh viên", "3.105", 3105, "count", "sinh viên",
      "sinh viên nhập học Trường Đại học Kỹ thuật Công nghiệp", I(ASOF), total=15684),
    F("có 2.870 sinh viên", "2.870", 2870, "count", "sinh viên",
      "sinh viên nhập học Trường Đại học Sư phạm", I(ASOF), total=15684),
    F("có 1.946 sinh viên", "1.946", 1946, "count", "sinh viên",
      "sinh viên nhập học Trường Đại học Y - Dược", I(ASOF), total=15684),
    F("từ 15 đến 28,5 điểm", "15", 15, "measure", "điểm",
      "điểm chuẩn", NAM_NAY, value_max=28.5),
    F("lấy 25,8 điểm", "25,8", 25.8, "measure", "điểm",
      "điểm chuẩn ngành Y khoa", NAM_NAY),
    F("có 2.316 giảng viên", "2.316", 2316, "count", "giảng viên",
      "giảng viên Đại học Thái Nguyên"),
    F("781 giảng viên", "781", 781, "count", "giảng viên",
      "giảng viên có trình độ tiến sĩ", total=2316, percent=33.7),
    F("156 người", "156", 156, "count", "người",
      "giảng viên có chức danh giáo sư, phó giáo sư", total=2316),
    F("sau 12 tháng", "12", 12, "measure", "tháng", optional=True),
    F("đạt 94,6%", "94,6", 94.6, "percent", "%",
      "tỷ lệ sinh viên tốt nghiệp có việc làm sau 12 tháng", change=CH("increase", 1.3, baseline="năm trước")),
    F("từ 1,25 đến 2,45 triệu đồng/tháng", "1,25", 1250000, "money", "đồng/tháng",
      "học phí năm học 2024-2025 tại các trường thành viên", value_max=2450000),
    F("cho 1.245 lượt", "1.245", 1245, "count", "lượt học sinh, sinh viên",
      "lượt học sinh, sinh viên vay vốn Ngân hàng Chính sách xã hội", M9),
    F("doanh số 52,6 tỷ đồng", "52,6", 52600000000, "money", "đồng",
      "doanh số cho vay học sinh, sinh viên", M9, change=CH("increase", 12.4, baseline="cùng kỳ")),
    F("đạt 40%", "40", 40, "percent", "%",
      "tỷ lệ giảng viên có trình độ tiến sĩ", P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Probe 560: province portal (Thái Nguyên) — Đại học Thái Nguyên: admissions 2024, scores, lecturers, tuition, student loans.",
    "Enrolment quota ('được giao 17.250 chỉ tiêu') is a figure with status target; the intake 15.684 carries percent 90,9 (đạt … chỉ tiêu).",
    "Parts after 'Trong đó' take the intake 15.684 as total. 'năm nay' = published year 2024. 'năm học 2024-2025' gives no period.",
    "'sau 12 tháng' is a qualifier inside the subject (optional). 'Lượt xem: 3.218', phone, Nghị định số 97/2023/NĐ-CP are not figures.",
]

if __name__ == "__main__":
    emit("p560-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Thái Nguyên")

"""p766-2: huyện Hoằng Hóa (Thanh Hóa) district portal — lớp dạy nghề xoa bóp cho người khiếm thị."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA
Trang chủ » Tin tức » Lao động - Xã hội
Thứ Năm, 18/04/2024 - 14:20

Khai giảng lớp dạy nghề xoa bóp, bấm huyệt cho 25 người khiếm thị

Sáng 17/4, tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện (thôn 5, xã Hoằng Thịnh, cạnh Quốc lộ 1A), Hội Người mù huyện Hoằng Hóa phối hợp với Phòng Lao động - Thương binh và Xã hội khai giảng lớp đào tạo nghề xoa bóp, bấm huyệt năm 2024 cho 25 học viên là người khiếm thị. Lớp học diễn ra đúng dịp kỷ niệm 55 năm Ngày thành lập Hội Người mù Việt Nam (17/4/1969 - 17/4/2024).

Lớp học kéo dài 3 tháng, tổng kinh phí hơn 186 triệu đồng từ ngân sách huyện và nguồn xã hội hóa; mỗi học viên được hỗ trợ tiền ăn 50.000 đồng/ngày và tiền đi lại 200.000 đồng/khóa. Trong số 25 học viên có 9 học viên nữ.

Theo Hội Người mù huyện, quý I/2024 toàn huyện có 612 người mù, tăng 15 người so với cuối năm 2023; số hội viên sinh hoạt tại 43 chi hội là 528 người, chiếm 86,3% tổng số người mù. Giai đoạn 2019-2023, huyện đã tổ chức 6 lớp dạy nghề xoa bóp cho 138 lượt học viên; khoảng 70% học viên sau tốt nghiệp có việc làm tại các cơ sở xoa bóp ở Thanh Hóa, Hà Nội, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng.

Hiện huyện có 11 cơ sở xoa bóp do người khiếm thị làm chủ, thu hút 47 lao động, trong đó 39 lao động là người mù. Năm 2024, huyện phấn đấu đào tạo nghề cho 50 người khuyết tật, trong đó có ít nhất 30 người khiếm thị.

Minh Trang - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

Y24a = P("năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
GD = P("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("bấm huyệt cho 25 người khiếm thị", "25", 25, "count", "người khiếm thị",
      "người khiếm thị học lớp dạy nghề xoa bóp, bấm huyệt", INH(Y24a)),
    F("năm 2024 cho 25 học viên", "25", 25, "count", "học viên",
      "học viên lớp đào tạo nghề xoa bóp, bấm huyệt", Y24a),
    F("kỷ niệm 55 năm", "55", 55, "measure", "năm", "năm thành lập Hội Người mù Việt Nam", optional=True),
    F("kéo dài 3 tháng", "3", 3, "measure", "tháng", "thời gian lớp học", optional=True),
    F("hơn 186 triệu đồng", "186", 186000000, "money", "đồng", "tổng kinh phí lớp học", INH(Y24a), approx="over"),
    F("tiền ăn 50.000 đồng/ngày", "50.000", 50000, "money", "đồng/ngày", "hỗ trợ tiền ăn mỗi học viên", INH(Y24a)),
    F("lại 200.000 đồng/khóa", "200.000", 200000, "money", "đồng/khóa", "hỗ trợ tiền đi lại mỗi học viên", INH(Y24a)),
    F("Trong số 25 học viên", "25", 25, "count", "học viên", "học viên lớp học", INH(Y24a), optional=True),
    F("có 9 học viên nữ", "9", 9, "count", "học viên nữ", "học viên nữ", INH(Y24a), total=25),
    F("có 612 người mù", "612", 612, "count", "người mù", "người mù toàn huyện", Q1,
      change=CH("increase", 15, "người", "cuối năm 2023")),
    F("tại 43 chi hội", "43", 43, "count", "chi hội", "chi hội người mù", Q1),
    F("là 528 người", "528", 528, "count", "người", "hội viên sinh hoạt tại chi hội", Q1, percent=86.3),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp dạy nghề xoa bóp", GD),
    F("cho 138 lượt học viên", "138", 138, "count", "lượt học viên", "lượt học viên học nghề xoa bóp", GD),
    F("khoảng 70% học viên", "70", 70, "percent", "%", "học viên sau tốt nghiệp có việc làm", GD, approx="about"),
    F("từ 6 đến 8 triệu đồng/người/tháng", "6", 6000000, "money", "đồng/người/tháng", "thu nhập bình quân của học viên", GD,
      value_max=8000000),
    F("có 11 cơ sở xoa bóp", "11", 11, "count", "cơ sở xoa bóp", "cơ sở xoa bóp do người khiếm thị làm chủ"),
    F("thu hút 47 lao động", "47", 47, "count", "lao động", "lao động tại cơ sở xoa bóp do người khiếm thị làm chủ"),
    F("trong đó 39 lao động", "39", 39, "count", "lao động", "lao động là người mù", total=47),
    F("cho 50 người khuyết tật", "50", 50, "count", "người khuyết tật", "người khuyết tật được đào tạo nghề", Y24, status="target"),
    F("ít nhất 30 người khiếm thị", "30", 30, "count", "người khiếm thị", "người khiếm thị được đào tạo nghề", Y24,
      approx="at_least", total=50, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hoằng Hóa (invented): khai giảng lớp nghề xoa bóp, bấm huyệt cho người khiếm thị; 'Thứ Năm, 18/04/2024 - 14:20', byline at end.",
    "Distractors: 'Sáng 17/4', 'thôn 5', 'Quốc lộ 1A', '(17/4/1969 - 17/4/2024)', 'Giai đoạn 2019-2023'.",
    "Optional: anniversary '55 năm', course length '3 tháng', the whole repeated as 'Trong số 25 học viên'.",
    "Location is the district throughout; 'cơ sở xoa bóp ở Thanh Hóa, Hà Nội' are workplaces, not the place the 70% describes.",
    "'chiếm 86,3% tổng số người mù' is the share of 528 (percent); no total (the whole 612 is not restated with a cue).",
]

if __name__ == "__main__":
    emit("p766-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Hoằng Hóa")

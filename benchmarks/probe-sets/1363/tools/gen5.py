"""p1363-5: national newspaper (VnExpress-like), boat coffins at a site in thị xã Kinh Môn, Hải Dương."""
from lib import F, period, inherit, change, target, write

TEXT = """Khoa học > Khảo cổ
Thứ sáu, 12/4/2024, 15:40 (GMT+7)

Phát hiện 9 mộ thuyền hơn 2.000 năm tuổi ở Hải Dương

Các nhà khảo cổ tìm thấy 9 mộ thuyền thời Đông Sơn cùng 136 hiện vật bằng đồng, gỗ, gốm tại thị xã Kinh Môn.

Kết quả được Viện Khảo cổ học công bố chiều 11/4, sau gần ba tháng khai quật khẩn cấp di chỉ Đống Thờ ở phường Hiệp An, thị xã Kinh Môn, tỉnh Hải Dương. Di chỉ được người dân phát hiện khi cải tạo ruộng vào tháng 12/2023.

Các mộ được làm từ thân cây khoét rỗng, dài từ 2,1 đến 4,6 m, chôn ở độ sâu khoảng 1,5 m. Mộ lớn nhất, ký hiệu M5, còn nguyên nắp, bên trong có 31 hiện vật như thạp đồng, rìu đồng, giáo đồng, bát gỗ sơn và vải bọc thi hài.

Theo TS Phạm Quốc Lâm, Viện Khảo cổ học, kết quả phân tích C14 cho thấy các mộ có niên đại từ 2.100 đến 2.300 năm cách ngày nay. "Đây là lần đầu tiên phát hiện mộ thuyền còn nguyên vải liệm ở lưu vực sông Kinh Thầy", ông Lâm nói.

Cả nước hiện đã phát hiện khoảng 40 địa điểm có mộ thuyền với hơn 300 mộ, tập trung ở Hải Phòng, Hải Dương, Hà Nam và Hà Nội. Trong đó, Hải Dương có 12 địa điểm, chiếm 30%.

Ông Lê Văn Tuấn, Giám đốc Sở Văn hóa, Thể thao và Du lịch Hải Dương, cho biết tỉnh dự kiến di dời 3 mộ thuyền nguyên vẹn nhất về trưng bày tại Bảo tàng tỉnh. Kinh phí bảo quản, di dời ước tính khoảng 4-5 tỷ đồng.

Hải Vân

Xem thêm:
- Khai quật Hoàng thành Thăng Long: lộ diện kiến trúc thời Lý
- Bảo vật quốc gia: trống đồng Cảnh Thịnh
"""

HD = "Hải Dương"
VN = "Việt Nam"

FIGS = [
    F("Phát hiện 9 mộ thuyền", "9", 9, "count", "mộ thuyền", subject="mộ thuyền phát hiện", location=HD),
    F("hơn 2.000 năm tuổi", "2.000", 2000, "measure", "năm", approx="over", subject="tuổi mộ thuyền",
      location=HD, optional=True),
    F("tìm thấy 9 mộ thuyền", "9", 9, "count", "mộ thuyền", subject="mộ thuyền thời Đông Sơn tìm thấy"),
    F("cùng 136 hiện vật", "136", 136, "count", "hiện vật", subject="hiện vật bằng đồng, gỗ, gốm"),
    F("gần ba tháng", "ba", 3, "measure", "tháng", approx="nearly", subject="thời gian khai quật khẩn cấp",
      optional=True),
    F("dài từ 2,1 đến 4,6 m", "2,1", 2.1, "measure", "m", value_max=4.6, subject="chiều dài các mộ"),
    F("độ sâu khoảng 1,5 m", "1,5", 1.5, "measure", "m", approx="about", subject="độ sâu chôn mộ"),
    F("có 31 hiện vật", "31", 31, "count", "hiện vật", subject="hiện vật trong mộ lớn nhất"),
    F("từ 2.100 đến 2.300 năm", "2.100", 2100, "measure", "năm", value_max=2300,
      subject="niên đại các mộ", optional=True),
    F("khoảng 40 địa điểm", "40", 40, "count", "địa điểm", approx="about", subject="địa điểm có mộ thuyền",
      location=VN),
    F("hơn 300 mộ", "300", 300, "count", "mộ", approx="over", subject="mộ thuyền", location=VN),
    F("có 12 địa điểm", "12", 12, "count", "địa điểm", total=40, percent=30, subject="địa điểm có mộ thuyền",
      location=HD),
    F("di dời 3 mộ thuyền", "3", 3, "count", "mộ thuyền", status="forecast",
      subject="mộ thuyền nguyên vẹn nhất di dời về trưng bày", location=HD),
    F("khoảng 4-5 tỷ", "4", 4e9, "money", "đồng", value_max=5e9, approx="about", status="estimate",
      subject="kinh phí bảo quản, di dời", location=HD),
]

NOTES = [
    "National newspaper (VnExpress-like): section breadcrumb, 'Thứ sáu, 12/4/2024, 15:40 (GMT+7)', headline figure, sapo, quote, byline, links.",
    "Distractors: '(GMT+7)', 'chiều 11/4', 'tháng 12/2023', 'M5', 'C14', 'lần đầu tiên', 'Cảnh Thịnh' (a reign name).",
    "The site is in thị xã Kinh Môn: its figures take Kinh Môn; the headline names only Hải Dương (location Hải Dương); national counts",
    "'Cả nước ... khoảng 40 ... hơn 300 mộ' → Việt Nam; 'Trong đó, Hải Dương có 12 địa điểm, chiếm 30%' → total 40, percent 30, Hải Dương.",
    "The province's plan and cost (Sở VHTTDL Hải Dương, 'tỉnh dự kiến', 'Bảo tàng tỉnh') → Hải Dương.",
    "Optional: ages 'hơn 2.000 năm tuổi' and 'từ 2.100 đến 2.300 năm cách ngày nay' (they date the tombs: date or measure), and the",
    "dig's duration 'sau gần ba tháng khai quật' (a duration that places the announcement in time).",
    "'dự kiến di dời 3 mộ thuyền' → forecast; 'ước tính khoảng 4-5 tỷ' → estimate, about, range. No period anywhere but the ages.",
]

if __name__ == "__main__":
    write("p1363-5", TEXT, NOTES, FIGS, published="2024-04-12", location="Kinh Môn")

"""p632-5: Party newspaper (Báo Thái Bình), Hội Đông y tỉnh, lương y, phòng chẩn trị; byline and date at the end."""
from lib import F, P, CH, emit

TEXT = """Thái Bình: Hơn 4.100 hội viên Đông y tham gia khám, chữa bệnh bằng thuốc nam

Những năm qua, Hội Đông y tỉnh Thái Bình đã phát huy tốt vai trò nòng cốt trong gìn giữ, phát triển nền y học cổ truyền của quê hương. Tính đến tháng 6/2024, Hội có 286 chi hội cơ sở với 4.152 hội viên, tăng 317 hội viên so với năm 2020; trong đó 1.038 lương y, lương dược đã được cấp giấy chứng nhận.

Toàn tỉnh có 312 phòng chẩn trị y học cổ truyền của hội viên, trong đó 45 phòng được công nhận "Phòng chẩn trị tiêu biểu". Mỗi năm, các phòng chẩn trị, cơ sở thuốc nam của Hội khám, chữa bệnh cho khoảng 420 nghìn lượt người, chiếm gần 40% tổng lượt khám bằng y học cổ truyền trên địa bàn tỉnh.

Riêng năm 2023, các chi hội đã tổ chức 1.260 buổi khám, cấp thuốc miễn phí cho người nghèo, gia đình chính sách với tổng trị giá hơn 2,7 tỷ đồng. Hội viên còn bảo tồn trên 160 loài cây thuốc quý tại vườn thuốc nam của Hội ở xã Vũ Hòa, huyện Kiến Xương (rộng 1,5 ha).

Lương y Nguyễn Văn Thịnh, 78 tuổi, ở thôn 3, xã Đông Hợp cho biết, phòng chẩn trị của ông mỗi ngày đón khoảng 30 người bệnh, chủ yếu điều trị bệnh xương khớp bằng bài thuốc gia truyền.

Đại hội đại biểu Hội Đông y tỉnh lần thứ VII, nhiệm kỳ 2023-2028 đặt mục tiêu phát triển thêm 500 hội viên, phấn đấu 100% chi hội cơ sở có phòng chẩn trị hoặc tủ thuốc nam.

Bài và ảnh: Ngọc Lan

22/08/2024
"""

ASOF = P("Tính đến tháng 6/2024", None, "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TERM = P("nhiệm kỳ 2023-2028", "2023-01-01", "2028-12-31")

FIGS = [
    F("Hơn 4.100", "4.100", 4100, "count", "hội viên", approx="over",
      subject="hội viên Đông y tham gia khám, chữa bệnh bằng thuốc nam"),
    F("có 286 chi hội", "286", 286, "count", "chi hội", subject="chi hội cơ sở của Hội Đông y tỉnh", period=ASOF),
    F("với 4.152 hội viên", "4.152", 4152, "count", "hội viên",
      change=CH("increase", 317, unit="hội viên", baseline="năm 2020"),
      subject="hội viên Hội Đông y tỉnh", period=ASOF),
    F("đó 1.038 lương y", "1.038", 1038, "count", "lương y, lương dược", total=4152,
      subject="lương y, lương dược đã được cấp giấy chứng nhận", period=ASOF),
    F("có 312 phòng", "312", 312, "count", "phòng chẩn trị y học cổ truyền",
      subject="phòng chẩn trị y học cổ truyền của hội viên"),
    F("đó 45 phòng", "45", 45, "count", "phòng", total=312,
      subject="phòng chẩn trị được công nhận \"Phòng chẩn trị tiêu biểu\""),
    F("khoảng 420 nghìn", "420", 420000, "count", "lượt người", approx="about", percent=40,
      subject="lượt người được các phòng chẩn trị, cơ sở thuốc nam của Hội khám, chữa bệnh mỗi năm"),
    F("tổ chức 1.260 buổi", "1.260", 1260, "count", "buổi",
      subject="buổi khám, cấp thuốc miễn phí cho người nghèo, gia đình chính sách", period=Y23),
    F("hơn 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", approx="over",
      subject="tổng trị giá khám, cấp thuốc miễn phí", period=Y23),
    F("trên 160 loài", "160", 160, "count", "loài cây thuốc", approx="over",
      subject="loài cây thuốc quý được bảo tồn tại vườn thuốc nam của Hội", location="Kiến Xương"),
    F("rộng 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích vườn thuốc nam của Hội",
      location="Kiến Xương"),
    F("78 tuổi", "78", 78, "measure", "tuổi", subject="tuổi lương y Nguyễn Văn Thịnh", optional=True),
    F("khoảng 30 người", "30", 30, "count", "người bệnh", approx="about",
      subject="người bệnh phòng chẩn trị của lương y Nguyễn Văn Thịnh đón mỗi ngày"),
    F("thêm 500 hội viên", "500", 500, "count", "hội viên", status="target",
      subject="hội viên phát triển thêm", period=TERM),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="chi hội cơ sở có phòng chẩn trị hoặc tủ thuốc nam", period=TERM),
]

COMMENTS = [
    "Party newspaper (Báo Thái Bình style): byline 'Bài và ảnh: Ngọc Lan' and bare date 22/08/2024 at the end → published.",
    "'Tính đến tháng 6/2024' → as-of, end 2024-06-30; it governs the whole sentence including the part after ';' ('trong đó 1.038 …', total 4.152).",
    "'chiếm gần 40%' → percent 40 of 420 nghìn lượt người ('Mỗi năm' is no period). Garden in huyện Kiến Xương → location Kiến Xương.",
    "Age '78 tuổi' optional (a person's attribute). 'nhiệm kỳ 2023-2028' is a period (start 2023-01-01, end 2028-12-31), not a range.",
    "Distractors: 'thôn 3', 'lần thứ VII', 'nhiệm kỳ 2023-2028', the end date, 'Phòng chẩn trị tiêu biểu' (quoted name).",
]

if __name__ == "__main__":
    emit("p632-5", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Thái Bình")

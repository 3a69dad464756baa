"""p1356-2: district portal (huyện Đô Lương, Nghệ An): heat stroke and health care in a May 2025 heatwave."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔ LƯƠNG - TỈNH NGHỆ AN
Trang chủ | Tin tức - Sự kiện | Y tế - Giáo dục | Văn bản

Đô Lương chủ động phòng, chống sốc nhiệt cho người dân

28/05/2025 - 08:45

Từ ngày 20/5 đến nay, trên địa bàn huyện xuất hiện nắng nóng gay gắt, nhiệt độ cao nhất có ngày lên tới 40,8 độ C, độ ẩm thấp nhất 38%. Trong thời gian này, Trung tâm Y tế huyện đã khám, điều trị cho 1.146 lượt bệnh nhân, tăng khoảng 20% so với tuần trước đợt nắng nóng; trong đó có 37 ca say nắng, sốc nhiệt và 52 ca mất nước, rối loạn điện giải.

Bệnh nhân chủ yếu là người cao tuổi, trẻ em và lao động làm việc ngoài trời; số ca phải điều trị nội trú là 214 ca, chiếm 18,7%. Đáng chú ý, ngày 24/5, ông N.V.H. (56 tuổi, trú xã Đông Sơn) bị sốc nhiệt khi đang phun thuốc trên đồng, được cấp cứu kịp thời và đã qua cơn nguy kịch.

Để chủ động ứng phó, 33 trạm y tế xã, thị trấn đã bố trí tối thiểu 2 cán bộ trực cấp cứu mỗi ca, dự trữ hơn 2 nghìn gói oresol. Ngành giáo dục điều chỉnh giờ học, bảo đảm 100% phòng học bán trú có quạt mát cho hơn 9.800 học sinh.

Theo Điện lực Đô Lương, từ ngày 20/5 đến ngày 27/5, điện tiêu thụ trên địa bàn huyện bình quân 1,15 triệu kWh/ngày, gấp 1,4 lần ngày thường. Đơn vị đã thay 3 máy biến áp bị quá tải, xử lý 17 sự cố lưới điện hạ thế.

Trung tâm Y tế huyện khuyến cáo người dân hạn chế ra ngoài từ 11 giờ đến 16 giờ, uống đủ 2-2,5 lít nước mỗi ngày; khi phát hiện người bị sốc nhiệt cần đưa vào chỗ mát và gọi ngay số cấp cứu 115.

Nguồn: Trung tâm Văn hóa - Thể thao và Truyền thông huyện
Tin khác:
- Hội nghị sơ kết công tác phòng, chống thiên tai năm 2025
- Xã Tràng Sơn ra quân vệ sinh môi trường
Địa chỉ: Khối 4, thị trấn Đô Lương, huyện Đô Lương, tỉnh Nghệ An - Điện thoại: 0238.3871.126
"""

SINCE = per("Từ ngày 20/5 đến nay", "2025-05-20", "2025-05-28")
WEEK = per("từ ngày 20/5 đến ngày 27/5", "2025-05-20", "2025-05-27")

FIGS = [
    fig("lên tới 40,8 độ C", "40,8", 40.8, "measure", "độ C", subject="nhiệt độ cao nhất", period=SINCE),
    fig("thấp nhất 38%", "38", 38, "percent", "%", subject="độ ẩm thấp nhất", period=SINCE),
    fig("cho 1.146 lượt", "1.146", 1146, "count", "lượt bệnh nhân",
        change=chg("increase", 20, "%", "tuần trước đợt nắng nóng", approx="about"),
        subject="lượt bệnh nhân Trung tâm Y tế huyện khám, điều trị", period=inh(SINCE)),
    fig("có 37 ca", "37", 37, "count", "ca", total=1146, subject="ca say nắng, sốc nhiệt", period=inh(SINCE)),
    fig("và 52 ca", "52", 52, "count", "ca", total=1146, subject="ca mất nước, rối loạn điện giải",
        period=inh(SINCE)),
    fig("là 214 ca", "214", 214, "count", "ca", percent=18.7, subject="số ca phải điều trị nội trú",
        period=inh(SINCE)),
    fig("(56 tuổi", "56", 56, "measure", "tuổi", subject="tuổi của bệnh nhân sốc nhiệt", optional=True),
    fig("33 trạm y tế", "33", 33, "count", "trạm y tế", subject="trạm y tế xã, thị trấn"),
    fig("tối thiểu 2 cán bộ", "2", 2, "measure", "cán bộ/ca", approx="at_least",
        subject="cán bộ trực cấp cứu mỗi ca"),
    fig("hơn 2 nghìn", "2", 2000, "count", "gói oresol", approx="over", subject="gói oresol dự trữ"),
    fig("bảo đảm 100%", "100", 100, "percent", "%", subject="phòng học bán trú có quạt mát"),
    fig("hơn 9.800 học sinh", "9.800", 9800, "count", "học sinh", approx="over", subject="học sinh bán trú"),
    fig("bình quân 1,15 triệu", "1,15", 1.15e6, "measure", "kWh/ngày",
        change=chg("increase", 1.4, "lần", "ngày thường"),
        subject="điện tiêu thụ trên địa bàn huyện bình quân", period=WEEK),
    fig("thay 3 máy", "3", 3, "count", "máy biến áp", subject="máy biến áp bị quá tải được thay",
        period=inh(WEEK)),
    fig("xử lý 17 sự cố", "17", 17, "count", "sự cố", subject="sự cố lưới điện hạ thế được xử lý",
        period=inh(WEEK)),
    fig("đủ 2-2,5 lít", "2", 2, "measure", "lít/ngày", value_max=2.5,
        subject="lượng nước khuyến cáo uống mỗi ngày", optional=True),
]

NOTES = [
    "District portal (huyện Đô Lương, Nghệ An): heat stroke and health care, May 2025; banner names the district, '28/05/2025 - 08:45' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:45, dates 20/5, 24/5, 27/5, initials N.V.H., times 11-16 giờ, emergency number 115, 'năm 2025' in a link, 'Khối 4', phone 0238.3871.126.",
    "'Từ ngày 20/5 đến nay' ends at the dateline 2025-05-28; the next sentence ('Trong thời gian này') inherits it.",
    "37 and 52 ca follow 'trong đó' after the whole 1.146 lượt bệnh nhân: total 1146. 214 ca 'chiếm 18,7%' has no part-of cue: percent only.",
    "'tối thiểu 2 cán bộ trực cấp cứu mỗi ca' is a rate (cán bộ/ca, at_least); 'gấp 1,4 lần ngày thường' is the change of 1,15 triệu kWh/ngày.",
    "Optional: the patient's age '56 tuổi' (a personal detail) and the advice '2-2,5 lít nước mỗi ngày' (a recommendation).",
    "Location: everything is in Đô Lương (xã Đông Sơn is a commune, not a district).",
]

if __name__ == "__main__":
    write("p1356-2", TEXT, NOTES, FIGS, published="2025-05-28", location="Đô Lương")

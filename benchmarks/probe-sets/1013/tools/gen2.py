"""p1013-2: district portal, quận Hoàng Mai (Hà Nội), 10 months of 2023."""
from lib import C, F, I, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀNG MAI
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Tư, 08/11/2023 - 15:32

Xóa bỏ gần 60 nghìn quảng cáo rao vặt trong 10 tháng

Thực hiện Kế hoạch số 245/KH-UBND của UBND quận về chỉnh trang đô thị, 10 tháng năm 2023, 14/14 phường trên địa bàn quận Hoàng Mai đã ra quân xử lý quảng cáo rao vặt vào sáng thứ Bảy hằng tuần. Kết quả, các lực lượng đã xóa bỏ 58.420 quảng cáo rao vặt, tăng 6.150 điểm so với cùng kỳ năm 2022; tháo dỡ 1.236 băng rôn và 312 biển quảng cáo sai quy định.

Phường Hoàng Liệt dẫn đầu với 9.860 điểm quảng cáo rao vặt được xóa, tiếp đến là phường Định Công (7.215 điểm) và phường Thịnh Liệt (6.540 điểm). Riêng đợt ra quân lần thứ 3 ngày 14/10/2023 tại khu đô thị Linh Đàm đã huy động hơn 350 đoàn viên, hội viên tham gia.

Cùng với xóa bỏ, quận đã rà soát, thống kê 2.145 số điện thoại in trên quảng cáo rao vặt, chuyển Sở Thông tin và Truyền thông đề nghị khóa 1.870 số, đạt 87,2%. Hệ thống gọi điện tự động của thành phố đã thực hiện hơn 96.000 cuộc gọi tới các số này, mỗi số bị gọi lặp lại từ 3 đến 5 phút một lần.

Đội Kiểm tra quy tắc đô thị quận đã xử phạt 46 trường hợp với tổng số tiền 138,5 triệu đồng; trong đó 21 trường hợp là chủ cơ sở kinh doanh thuê người dán quảng cáo. Ước cả năm 2023, toàn quận xóa bỏ khoảng 70.000 quảng cáo rao vặt.

Phấn đấu đến hết năm 2023, 100% tuyến phố trên địa bàn quận đạt tiêu chí "tuyến phố không quảng cáo rao vặt"; mỗi phường duy trì ít nhất 2 bảng thông tin rao vặt miễn phí tại khu dân cư.

Địa chỉ: Số 8 ngõ 6 phố Bùi Huy Bích, phường Hoàng Liệt, quận Hoàng Mai, Hà Nội.
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
HEAD = P("trong 10 tháng", "2023-01-01", "2023-10-31")
DAY = P("ngày 14/10/2023", "2023-10-14", "2023-10-14")
YEAR = P("cả năm 2023", "2023-01-01", "2023-12-31")
END = P("đến hết năm 2023", None, "2023-12-31")

FIGS = [
    F("gần 60 nghìn quảng cáo", "60", 60000, "count", "quảng cáo rao vặt",
      "quảng cáo rao vặt xóa bỏ", HEAD, approx="nearly"),
    F("14/14 phường", "14", 14, "count", "phường",
      "phường ra quân xử lý quảng cáo rao vặt", M10, total=14),
    F("xóa bỏ 58.420 quảng cáo", "58.420", 58420, "count", "quảng cáo rao vặt",
      "quảng cáo rao vặt xóa bỏ", I(M10),
      change=C("increase", 6150, "điểm", "cùng kỳ năm 2022")),
    F("tháo dỡ 1.236 băng rôn", "1.236", 1236, "count", "băng rôn",
      "băng rôn sai quy định tháo dỡ", I(M10)),
    F("312 biển quảng cáo", "312", 312, "count", "biển quảng cáo",
      "biển quảng cáo sai quy định tháo dỡ", I(M10)),
    F("với 9.860 điểm", "9.860", 9860, "count", "điểm",
      "điểm quảng cáo rao vặt được xóa ở phường Hoàng Liệt", I(M10)),
    F("(7.215 điểm)", "7.215", 7215, "count", "điểm",
      "điểm quảng cáo rao vặt được xóa ở phường Định Công", I(M10)),
    F("(6.540 điểm)", "6.540", 6540, "count", "điểm",
      "điểm quảng cáo rao vặt được xóa ở phường Thịnh Liệt", I(M10)),
    F("hơn 350 đoàn viên", "350", 350, "count", "đoàn viên",
      "đoàn viên, hội viên tham gia đợt ra quân tại khu đô thị Linh Đàm", DAY, approx="over"),
    F("thống kê 2.145 số", "2.145", 2145, "count", "số điện thoại",
      "số điện thoại in trên quảng cáo rao vặt rà soát, thống kê", I(M10)),
    F("khóa 1.870 số", "1.870", 1870, "count", "số",
      "số điện thoại đề nghị khóa", I(M10), percent=87.2),
    F("hơn 96.000 cuộc gọi", "96.000", 96000, "count", "cuộc gọi",
      "cuộc gọi của hệ thống gọi điện tự động", I(M10), approx="over"),
    F("từ 3 đến 5 phút", "3", 3, "measure", "phút",
      "thời gian giữa hai lần gọi lặp lại tới mỗi số", I(M10), value_max=5),
    F("xử phạt 46 trường hợp", "46", 46, "count", "trường hợp",
      "trường hợp bị xử phạt", I(M10)),
    F("số tiền 138,5 triệu đồng", "138,5", 138.5e6, "money", "đồng",
      "tổng số tiền xử phạt", I(M10)),
    F("21 trường hợp", "21", 21, "count", "trường hợp",
      "trường hợp bị xử phạt là chủ cơ sở kinh doanh thuê người dán quảng cáo", I(M10), total=46),
    F("khoảng 70.000 quảng cáo", "70.000", 70000, "count", "quảng cáo rao vặt",
      "quảng cáo rao vặt xóa bỏ", YEAR, approx="about", status="estimate"),
    F("đến hết năm 2023, 100%", "100", 100, "percent", "%",
      "tuyến phố đạt tiêu chí tuyến phố không quảng cáo rao vặt", END, status="target"),
    F("ít nhất 2 bảng", "2", 2, "count", "bảng thông tin rao vặt miễn phí",
      "bảng thông tin rao vặt miễn phí mỗi phường duy trì", END, approx="at_least", status="target"),
]

NOTES = [
    "Hoàng Mai district portal (Hà Nội): 'Thứ Tư, 08/11/2023 - 15:32' dateline, address footer.",
    "Headline 'trong 10 tháng' takes 2023 from the dateline that stands before it.",
    "Figures of the phường (Hoàng Liệt, Định Công, Thịnh Liệt) keep the district as location (a phường is below the district level);",
    "the ward name goes into the subject. 14/14 phường gives total 14.",
    "21 trường hợp after 'trong đó' follows a money figure; its whole is the 46 trường hợp that counts the same thing.",
    "Distractors: Kế hoạch số 245/KH-UBND, 'lần thứ 3', 'ngày 14/10/2023', 'thứ Bảy', 'Số 8 ngõ 6', dateline and time.",
    "'từ 3 đến 5 phút một lần' (interval between repeated calls) is a measure range; its period (10 months) is inherited.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-11-08", location="Hoàng Mai")

"""p1394-8: radio/TV site (Hải Dương TV): fines for dumping ash on farmland in Chí Linh; province ash 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """HẢI DƯƠNG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh trực tuyến

Chí Linh xử phạt 2 doanh nghiệp đổ trộm tro xỉ ra đất nông nghiệp

Cập nhật lúc 16:45, Thứ Tư, 10/07/2024

(HDTV) - UBND thành phố Chí Linh vừa xử phạt 2 doanh nghiệp vận chuyển, đổ thải trái phép khoảng 3.500 tấn tro xỉ ra khu đất nông nghiệp tại phường Văn Đức với tổng số tiền 520 triệu đồng.

Theo kết quả xác minh, từ đầu tháng 5 đến ngày 20/6, các doanh nghiệp này đã dùng 140 lượt xe tải chở tro xỉ từ bãi chứa của Nhà máy Nhiệt điện Đông Phong về đổ trên diện tích khoảng 1,2 ha. Ngoài tiền phạt, các doanh nghiệp buộc phải thu gom toàn bộ tro xỉ, khôi phục hiện trạng đất trong thời hạn 30 ngày.

Theo Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, hai nhà máy nhiệt điện trên địa bàn tỉnh phát sinh khoảng 1,35 triệu tấn tro xỉ; lượng tiêu thụ đạt 1,08 triệu tấn, tăng 9,3% so với cùng kỳ, bằng 80% lượng phát sinh. Riêng thị xã Kinh Môn, các nhà máy xi măng đã sử dụng gần 650 nghìn tấn tro xỉ làm phụ gia, chiếm hơn 60% lượng tiêu thụ toàn tỉnh.

Tỉnh đặt mục tiêu năm 2025 tiêu thụ 100% lượng tro xỉ phát sinh trong năm, không mở rộng thêm diện tích bãi chứa. Hiện 2 bãi chứa tro xỉ của tỉnh có tổng diện tích 98 ha, còn sức chứa khoảng 2,4 triệu tấn.

Minh Tuấn - Văn Hùng

Video liên quan:
- Bản tin thời sự 19h ngày 09/7/2024
- Hải Dương: ra quân kiểm tra môi trường tại KCN Phúc Điền
"""

SPAN = per("từ đầu tháng 5 đến ngày 20/6", "2024-05-01", "2024-06-20")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
CL = "Chí Linh"

FIGS = [
    fig("Chí Linh xử phạt 2", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp đổ trộm tro xỉ ra đất nông nghiệp bị xử phạt", location=CL),
    fig("vừa xử phạt 2", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp vận chuyển, đổ thải trái phép tro xỉ bị xử phạt", location=CL),
    fig("khoảng 3.500 tấn", "3.500", 3500, "measure", "tấn", approx="about",
        subject="tro xỉ đổ thải trái phép ra khu đất nông nghiệp", location=CL),
    fig("tiền 520 triệu", "520", 520e6, "money", "đồng", subject="tổng số tiền xử phạt", location=CL),
    fig("dùng 140 lượt", "140", 140, "count", "lượt xe tải",
        subject="lượt xe tải chở tro xỉ về đổ", period=SPAN, location=CL),
    fig("khoảng 1,2 ha", "1,2", 1.2, "measure", "ha", approx="about",
        subject="diện tích đổ tro xỉ", period=SPAN, location=CL),
    fig("thời hạn 30 ngày", "30", 30, "measure", "ngày",
        subject="thời hạn thu gom tro xỉ, khôi phục hiện trạng đất", location=CL, optional=True),
    fig("hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy nhiệt điện trên địa bàn tỉnh", period=H1),
    fig("khoảng 1,35 triệu", "1,35", 1.35e6, "measure", "tấn", approx="about",
        subject="tro xỉ hai nhà máy nhiệt điện phát sinh", period=H1),
    fig("đạt 1,08 triệu", "1,08", 1.08e6, "measure", "tấn", percent=80,
        change=chg("increase", 9.3, "%", "cùng kỳ"), subject="lượng tro xỉ tiêu thụ", period=H1),
    fig("gần 650 nghìn", "650", 650e3, "measure", "tấn", approx="nearly", percent=60,
        subject="tro xỉ các nhà máy xi măng sử dụng làm phụ gia", period=inh(H1), location="Kinh Môn"),
    fig("tiêu thụ 100%", "100", 100, "percent", "%", status="target",
        subject="tiêu thụ lượng tro xỉ phát sinh trong năm", period=Y25),
    fig("Hiện 2 bãi", "2", 2, "count", "bãi chứa", subject="bãi chứa tro xỉ của tỉnh"),
    fig("diện tích 98 ha", "98", 98, "measure", "ha", subject="tổng diện tích bãi chứa tro xỉ"),
    fig("khoảng 2,4 triệu", "2,4", 2.4e6, "measure", "tấn", approx="about",
        subject="sức chứa còn lại của bãi chứa tro xỉ"),
]

NOTES = [
    "Radio/TV site (Hải Dương TV): station banner, menu, 'Cập nhật lúc 16:45, Thứ Tư, 10/07/2024', tag '(HDTV) -', byline, video links.",
    "Distractors: time 16:45, 'ngày 20/6' inside a period, 'Nhà máy Nhiệt điện Đông Phong', '19h ngày 09/7/2024', 'KCN Phúc Điền'.",
    "Headline and sapo both state '2 doanh nghiệp' (two figures). The violation paragraphs -> Chí Linh.",
    "'từ đầu tháng 5 đến ngày 20/6' takes the dateline year: 2024-05-01..2024-06-20.",
    "'trong thời hạn 30 ngày' is a deadline: optional (a duration, arguably only a time locator).",
    "'6 tháng đầu năm 2024' governs both clauses of its sentence (hai nhà máy, 1,35 triệu, 1,08 triệu);",
    "'tăng 9,3% so với cùng kỳ' -> change, 'bằng 80% lượng phát sinh' -> percent of 1,08 triệu.",
    "'Riêng thị xã Kinh Môn ... gần 650 nghìn tấn ..., chiếm hơn 60%' -> location Kinh Môn, percent 60; 'riêng' is no part-of cue: no total.",
    "'mục tiêu năm 2025 tiêu thụ 100%' -> target. 'Hiện' figures have no period; province figures -> Hải Dương.",
]

if __name__ == "__main__":
    write("p1394-8", TEXT, NOTES, FIGS, published="2024-07-10", location="Hải Dương")

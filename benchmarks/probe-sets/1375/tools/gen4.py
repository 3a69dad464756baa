"""p1375-4: provincial Party newspaper (Báo Khánh Hòa, tag (BKH)): weekend music stage in Nha Trang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO KHÁNH HÒA ĐIỆN TỬ
Trang chủ > Văn hóa - Văn nghệ

Sân khấu âm nhạc cuối tuần ở Nha Trang hút khách

Thứ Hai, 02/12/2024 | 07:15

(BKH) - Từ tháng 6 đến hết tháng 11/2024, sân khấu âm nhạc cuối tuần tại Quảng trường 2/4 (TP Nha Trang) đã tổ chức 50 đêm biểu diễn, thu hút hơn 120 nghìn lượt người xem, trong đó khoảng 45% là khách du lịch.

Theo Trung tâm Văn hóa - Điện ảnh tỉnh, sân khấu mở cửa từ 19 giờ đến 22 giờ tối thứ Bảy và Chủ nhật hằng tuần; mỗi đêm có 10-12 tiết mục ca nhạc, múa, hòa tấu nhạc cụ dân tộc. Tham gia biểu diễn có khoảng 40 diễn viên, nhạc công của Nhà hát Nghệ thuật truyền thống tỉnh. Đêm đông khách nhất (16/11) có gần 6.000 người đến xem, gấp đôi sức chứa dự kiến ban đầu.

Ngân sách tỉnh hỗ trợ 2,4 tỷ đồng, chiếm khoảng 30% tổng kinh phí; phần còn lại do các doanh nghiệp du lịch tài trợ. Theo khảo sát của Sở Du lịch tại TP Nha Trang, 68% du khách được hỏi cho biết sẵn sàng ở lại thêm để xem biểu diễn; chi tiêu bình quân của nhóm khách này khoảng 2,1 triệu đồng/người/ngày, cao hơn 15% so với khách không xem biểu diễn. Tỷ lệ khách phản ánh không hài lòng chưa đến 3%.

Năm 2025, tỉnh dự kiến nâng số đêm diễn lên 100 đêm và mở thêm 2 điểm diễn tại Cam Ranh, Ninh Hòa. Mục tiêu đến năm 2030, các chương trình nghệ thuật đường phố thu hút 500.000 lượt khách/năm.

HỒNG NHUNG
"""

RUN = per("Từ tháng 6 đến hết tháng 11/2024", "2024-06-01", "2024-11-30")
N1611 = per("16/11", "2024-11-16", "2024-11-16")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
KH = "Khánh Hòa"

FIGS = [
    fig("tổ chức 50 đêm", "50", 50, "count", "đêm biểu diễn", period=RUN,
        subject="đêm biểu diễn sân khấu âm nhạc cuối tuần tổ chức"),
    fig("hơn 120 nghìn", "120", 120000, "count", "lượt người xem", approx="over", period=RUN,
        subject="lượt người xem sân khấu âm nhạc cuối tuần thu hút"),
    fig("khoảng 45% là", "45", 45, "percent", "%", approx="about", period=RUN,
        subject="khách du lịch trong lượt người xem"),
    fig("có 10-12 tiết mục", "10", 10, "measure", "tiết mục/đêm", value_max=12,
        subject="tiết mục ca nhạc, múa, hòa tấu nhạc cụ dân tộc mỗi đêm"),
    fig("khoảng 40 diễn viên", "40", 40, "count", "diễn viên, nhạc công", approx="about",
        subject="diễn viên, nhạc công tham gia biểu diễn"),
    fig("gần 6.000 người", "6.000", 6000, "count", "người", approx="nearly", period=N1611,
        change=chg("increase", 2, "lần", "sức chứa dự kiến ban đầu"), subject="người đến xem đêm đông khách nhất"),
    fig("hỗ trợ 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", percent=30, location=KH,
        subject="ngân sách tỉnh hỗ trợ"),
    fig("Nha Trang, 68%", "68", 68, "percent", "%",
        subject="du khách được hỏi sẵn sàng ở lại thêm để xem biểu diễn"),
    fig("khoảng 2,1 triệu", "2,1", 2.1e6, "money", "đồng/người/ngày", approx="about",
        change=chg("increase", 15, "%", "khách không xem biểu diễn"),
        subject="chi tiêu bình quân của nhóm khách xem biểu diễn"),
    fig("chưa đến 3%", "3", 3, "percent", "%", approx="under",
        subject="tỷ lệ khách phản ánh không hài lòng"),
    fig("lên 100 đêm", "100", 100, "count", "đêm", status="forecast", period=Y25, location=KH,
        subject="số đêm diễn"),
    fig("thêm 2 điểm diễn", "2", 2, "count", "điểm diễn", status="forecast", period=Y25, location=KH,
        subject="điểm diễn mở thêm"),
    fig("hút 500.000 lượt", "500.000", 500000, "measure", "lượt khách/năm", status="target", period=TO30,
        location=KH, subject="lượt khách các chương trình nghệ thuật đường phố thu hút"),
]

NOTES = [
    "Provincial Party newspaper (Báo Khánh Hòa): section breadcrumb, 'Thứ Hai, 02/12/2024 | 07:15', tag '(BKH) -', byline HỒNG NHUNG at the end.",
    "Distractors: 'Quảng trường 2/4', times 'từ 19 giờ đến 22 giờ' (looks like a range), '(16/11)' as a figure, 07:15.",
    "The stage stands in TP Nha Trang (default location); 'Ngân sách tỉnh' and the province's 2025/2030 plans are Khánh Hòa.",
    "'trong đó khoảng 45% là khách du lịch' is a percent figure of its own (no total). 'mỗi đêm có 10-12 tiết mục' is a rate (tiết mục/đêm).",
    "'gấp đôi sức chứa dự kiến ban đầu' → change 2 lần (number word 'đôi'); '(16/11)' gives a one-day period (year 2024).",
    "'chiếm khoảng 30% tổng kinh phí' → percent 30 on 2,4 tỷ; 'cao hơn 15% so với khách không xem biểu diễn' → change.",
    "'chưa đến 3%' → under. 'dự kiến' governs both clauses of the 2025 sentence (forecast). '500.000 lượt khách/năm' → measure rate, target.",
]

if __name__ == "__main__":
    write("p1375-4", TEXT, NOTES, FIGS, published="2024-12-02", location="Nha Trang")

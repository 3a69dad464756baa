"""p1478-8: radio/TV site (Đài PT-TH Bình Định): a young man's vacuum repair shop in Quy Nhơn; the province's consumer complaints."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÌNH ĐỊNH
Thời sự | Kinh tế | Xã hội | Video | Radio | Truyền hình trực tuyến

Chàng trai Quy Nhơn khởi nghiệp từ dịch vụ sửa robot hút bụi

Cập nhật lúc 09:45, 03/12/2024

(BĐTV) - Sau 4 năm làm kỹ thuật viên cho một hãng điện máy ở TP Hồ Chí Minh, năm 2021 anh Võ Thành Đạt (sinh năm 1995) trở về TP Quy Nhơn mở cửa hàng sửa chữa máy hút bụi, robot hút bụi.

Từ số vốn ban đầu khoảng 150 triệu đồng, hiện cửa hàng của anh đã có 6 nhân viên kỹ thuật, mỗi tháng sửa chữa, vệ sinh trung bình 280-300 máy. Năm 2023, doanh thu của cửa hàng đạt gần 1,2 tỷ đồng, lợi nhuận hơn 300 triệu đồng. 11 tháng năm nay, doanh thu đã đạt 1,35 tỷ đồng, tăng khoảng 25% so với cùng kỳ.

Ngoài sửa chữa, anh Đạt còn cung cấp dịch vụ vệ sinh, thay linh kiện robot hút bụi tại nhà với giá 200.000-350.000 đồng/lần. Cửa hàng hiện là đại lý bảo hành của ba thương hiệu robot hút bụi. Năm 2025, anh Đạt phấn đấu mở thêm 2 chi nhánh tại thị xã An Nhơn, tạo việc làm cho 12-15 lao động địa phương.

Theo Sở Công Thương Bình Định, từ đầu năm đến nay, Sở đã tiếp nhận 23 khiếu nại của người tiêu dùng liên quan đến hàng điện máy, trong đó 9 khiếu nại về máy hút bụi, robot hút bụi, chủ yếu do chậm bảo hành. Toàn tỉnh hiện có 14 trung tâm, điểm bảo hành ủy quyền hàng điện máy, tập trung tại TP Quy Nhơn (11 điểm) và thị xã An Nhơn (3 điểm).

BTV: Minh Hiếu - Quay phim: Thanh Tùng

Xem thêm:
- Bản tin Thời sự 19h ngày 02/12/2024
- Bình Định: Thêm nhiều sản phẩm đạt OCOP 4 sao
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M11 = per("11 tháng năm nay", "2024-01-01", "2024-11-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-12-03")
QN = "Quy Nhơn"
AN = "An Nhơn"
POINTS = "trung tâm, điểm bảo hành ủy quyền hàng điện máy"

FIGS = [
    fig("Sau 4 năm", "4", 4, "measure", "năm", subject="thời gian làm kỹ thuật viên", location=QN, optional=True),
    fig("khoảng 150 triệu", "150", 150e6, "money", "đồng", approx="about", subject="số vốn ban đầu", location=QN),
    fig("có 6 nhân viên", "6", 6, "count", "nhân viên kỹ thuật", subject="nhân viên kỹ thuật của cửa hàng", location=QN),
    fig("trung bình 280-300 máy", "280", 280, "measure", "máy/tháng", value_max=300,
        subject="máy cửa hàng sửa chữa, vệ sinh mỗi tháng", location=QN),
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
        subject="doanh thu của cửa hàng", period=Y23, location=QN),
    fig("hơn 300 triệu", "300", 300e6, "money", "đồng", approx="over",
        subject="lợi nhuận của cửa hàng", period=Y23, location=QN),
    fig("đạt 1,35 tỷ", "1,35", 1.35e9, "money", "đồng",
        change=chg("increase", 25, "%", "cùng kỳ", approx="about"),
        subject="doanh thu của cửa hàng", period=M11, location=QN),
    fig("giá 200.000-350.000", "200.000", 200000, "money", "đồng/lần", value_max=350000,
        subject="giá dịch vụ vệ sinh, thay linh kiện robot hút bụi tại nhà", location=QN),
    fig("của ba thương hiệu", "ba", 3, "count", "thương hiệu",
        subject="thương hiệu robot hút bụi cửa hàng làm đại lý bảo hành", location=QN),
    fig("thêm 2 chi nhánh", "2", 2, "count", "chi nhánh", status="target",
        subject="chi nhánh anh Đạt mở thêm", period=Y25, location=AN),
    fig("cho 12-15 lao động", "12", 12, "count", "lao động", value_max=15, status="target",
        subject="lao động địa phương được tạo việc làm", period=Y25, location=AN),
    fig("tiếp nhận 23 khiếu nại", "23", 23, "count", "khiếu nại",
        subject="khiếu nại của người tiêu dùng liên quan đến hàng điện máy", period=YTD),
    fig("trong đó 9 khiếu nại", "9", 9, "count", "khiếu nại", total=23,
        subject="khiếu nại về máy hút bụi, robot hút bụi", period=YTD),
    fig("có 14 trung tâm", "14", 14, "count", "trung tâm, điểm", subject=POINTS),
    fig("(11 điểm)", "11", 11, "count", "điểm", total=14, subject=POINTS, location=QN),
    fig("(3 điểm)", "3", 3, "count", "điểm", total=14, subject=POINTS, location=AN),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Bình Định): channel banner and menu, 'Cập nhật lúc 09:45, 03/12/2024', tag '(BĐTV) -', credits 'BTV: ... - Quay phim: ...', 'Xem thêm' links.",
    "Distractors: 09:45, 'năm 2021' (founding), 'sinh năm 1995', 'Bản tin Thời sự 19h ngày 02/12/2024', 'OCOP 4 sao' in a link title.",
    "'Sau 4 năm làm kỹ thuật viên' is a personal history length: optional (cf. 'gần 10 năm phát triển' in probe set 1242).",
    "The shop in TP Quy Nhơn → location Quy Nhơn; the planned branches 'tại thị xã An Nhơn' → An Nhơn (the 12-15 jobs continue that clause).",
    "'hiện' gives no period; 'mỗi tháng ... trung bình 280-300 máy' → measure 'máy/tháng', range ('trung bình' is an average, not an approximation).",
    "'11 tháng năm nay' → 2024-01-01 .. 2024-11-30; 'tăng khoảng 25% so với cùng kỳ' → change 25 (about).",
    "'Năm 2025, anh Đạt phấn đấu' → target for 2 chi nhánh and 12-15 lao động.",
    "'từ đầu năm đến nay' → 2024-01-01 .. 2024-12-03 (dateline); 'trong đó 9 khiếu nại' → total 23.",
    "'14 trung tâm, điểm ..., tập trung tại TP Quy Nhơn (11 điểm) và thị xã An Nhơn (3 điểm)': a breakdown by place that adds up (11 + 3 = 14):",
    "total 14, places → location, subject the list's indicator.",
]

if __name__ == "__main__":
    write("p1478-8", TEXT, NOTES, FIGS, published="2024-12-03", location="Bình Định")

"""p1353-8: radio/TV site (Bình Định TV): rural workers learn woodworking in factories, Q1 2025; a firm in Quy Nhơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÌNH ĐỊNH TV
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Học nghề mộc ngay tại xưởng, hướng đi cho lao động nông thôn

Cập nhật lúc 19:05, 28/03/2025

(BĐTV) - Quý I/2025, các doanh nghiệp chế biến gỗ trên địa bàn tỉnh Bình Định đã nhận gần 900 lao động nông thôn vào học nghề tại xưởng, tăng 12% so với cùng kỳ năm 2024. Đây là giải pháp giúp doanh nghiệp bù đắp khoảng 3.000 công nhân nghỉ việc sau Tết Nguyên đán.

Ngành chế biến gỗ hiện thu hút khoảng 35.000 lao động, chiếm gần 30% lao động trong các khu công nghiệp của tỉnh. Số người học nghề tại các doanh nghiệp gỗ năm 2024 gấp 1,5 lần năm 2022.

Tại Công ty CP Gỗ Nhơn Hòa ở Khu công nghiệp Phú Tài (TP Quy Nhơn), mỗi tổ sản xuất nhận từ 3 đến 5 học viên, do tổ trưởng trực tiếp kèm cặp. Sau một tháng học việc, học viên được xếp vào dây chuyền với mức lương khởi điểm 6,2 triệu đồng/tháng. Mỗi năm, công ty chi hàng trăm triệu đồng cho đào tạo tại chỗ. Năm 2024, công ty đào tạo 310 lao động, trong đó 274 người ở lại làm việc lâu dài. Bà Nguyễn Thị Mai Phương, Phó Giám đốc công ty cho biết, năm nay đơn hàng xuất khẩu tăng mạnh nên công ty dự kiến tuyển thêm ít nhất 150 công nhân.

Ông Võ Minh Trí, Giám đốc Trung tâm Dịch vụ việc làm tỉnh cho biết, năm 2025 tỉnh phấn đấu đào tạo nghề cho 28.500 lao động, trong đó đào tạo tại doanh nghiệp khoảng 9.000 người. Dự kiến trong quý II/2025, trung tâm sẽ tổ chức 5 phiên giao dịch việc làm chuyên đề ngành gỗ, kết nối ít nhất 1.200 chỉ tiêu tuyển dụng.

Minh Khang - Quốc Việt/BĐTV

Tin liên quan:
- Khai giảng lớp nghề mộc mỹ nghệ khóa 2
- Phóng sự: Giữ chân lao động sau Tết

Đài Phát thanh và Truyền hình Bình Định - 386 Trần Hưng Đạo, TP Quy Nhơn
"""

Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Q2 = per("quý II/2025", "2025-04-01", "2025-06-30")
QN = "Quy Nhơn"

FIGS = [
    fig("gần 900 lao động", "900", 900, "count", "lao động", approx="nearly",
        change=chg("increase", 12, "%", "cùng kỳ năm 2024"),
        subject="lao động nông thôn vào học nghề tại xưởng các doanh nghiệp chế biến gỗ", period=Q1),
    fig("khoảng 3.000 công nhân", "3.000", 3000, "count", "công nhân", approx="about",
        subject="công nhân nghỉ việc sau Tết Nguyên đán"),
    fig("khoảng 35.000 lao động", "35.000", 35000, "count", "lao động", approx="about", percent=30,
        subject="lao động ngành chế biến gỗ"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
        subject="số người học nghề tại các doanh nghiệp gỗ so với năm 2022", period=Y24),
    fig("từ 3 đến 5 học viên", "3", 3, "measure", "học viên/tổ", value_max=5,
        subject="học viên mỗi tổ sản xuất nhận", location=QN),
    fig("Sau một tháng", "một", 1, "measure", "tháng", optional=True, subject="thời gian học việc", location=QN),
    fig("khởi điểm 6,2 triệu", "6,2", 6.2e6, "money", "đồng/tháng", subject="mức lương khởi điểm", location=QN),
    fig("chi hàng trăm triệu", "hàng trăm", 1e8, "money", "đồng/năm", approx="about",
        subject="chi phí công ty chi cho đào tạo tại chỗ mỗi năm", location=QN),
    fig("đào tạo 310 lao động", "310", 310, "count", "lao động", subject="lao động công ty đào tạo",
        period=Y24b, location=QN),
    fig("trong đó 274 người", "274", 274, "count", "người", total=310,
        subject="người ở lại làm việc lâu dài", period=Y24b, location=QN),
    fig("ít nhất 150 công nhân", "150", 150, "count", "công nhân", approx="at_least", status="forecast",
        subject="công nhân công ty tuyển thêm", period=NOW, location=QN),
    fig("cho 28.500 lao động", "28.500", 28500, "count", "lao động", status="target",
        subject="lao động được đào tạo nghề", period=Y25),
    fig("khoảng 9.000 người", "9.000", 9000, "count", "người", approx="about", status="target", total=28500,
        subject="lao động đào tạo tại doanh nghiệp", period=Y25),
    fig("tổ chức 5 phiên", "5", 5, "count", "phiên", status="forecast",
        subject="phiên giao dịch việc làm chuyên đề ngành gỗ", period=Q2),
    fig("ít nhất 1.200 chỉ tiêu", "1.200", 1200, "count", "chỉ tiêu tuyển dụng", approx="at_least",
        status="forecast", subject="chỉ tiêu tuyển dụng được kết nối", period=Q2),
]

NOTES = [
    "Radio/TV site (Bình Định TV): menu, 'Cập nhật lúc 19:05, 28/03/2025', tag '(BĐTV) -', byline 'Minh Khang - Quốc Việt/BĐTV', related links, footer.",
    "Distractors: 19:05, 'khóa 2', '386 Trần Hưng Đạo', 'Tết Nguyên đán'.",
    "Location Bình Định; the firm in Khu công nghiệp Phú Tài (TP Quy Nhơn) gives Quy Nhơn to its passage.",
    "'khoảng 35.000 lao động, chiếm gần 30% ...' = percent attribute 30 (approx of the share not scored).",
    "'Số người học nghề ... năm 2024 gấp 1,5 lần năm 2022' has no base amount: a multiple figure (kind multiple, unit lần), no change.",
    "'Sau một tháng học việc' locates the placement in time; a reader may or may not count the apprenticeship length: optional.",
    "'Mỗi năm, công ty chi hàng trăm triệu đồng' = 10^8 đồng/năm, approx about (hàng trăm).",
    "'năm nay' = 2025 (dateline); 'dự kiến tuyển thêm ít nhất 150' = forecast; 'phấn đấu ... trong đó ... khoảng 9.000' = target, total 28.500.",
    "'Dự kiến trong quý II/2025' governs 5 phiên and 1.200 chỉ tiêu (forecast).",
]

if __name__ == "__main__":
    write("p1353-8", TEXT, NOTES, FIGS, published="2025-03-28", location="Bình Định")

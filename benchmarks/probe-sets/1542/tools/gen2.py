"""p1542-2: district portal (huyện Diên Khánh, Khánh Hòa): a bottled-water firm, the district's producers."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIÊN KHÁNH
Tỉnh Khánh Hòa

Trang chủ > Kinh tế > Doanh nghiệp - Hợp tác xã

Nước uống đóng bình Suối Hoa: từ cơ sở nhỏ thành doanh nghiệp tỷ đồng

22/05/2024 - 08:40

Năm 2017, anh Trần Minh Khoa (thôn Phú Ân Nam 2, xã Diên An) vay vốn mở cơ sở lọc nước với một máy lọc RO công suất 500 lít/giờ. Hiện nay, Công ty TNHH Nước uống Suối Hoa của anh đã đầu tư hơn 3,5 tỷ đồng cho nhà xưởng rộng khoảng 600 m2 và hai dây chuyền khép kín, tổng công suất 4.000 lít/giờ.

Mỗi ngày, công ty cung cấp khoảng 1.800 bình nước loại 20 lít và 650 thùng chai 500 ml cho hơn 300 đại lý, trường học, cơ quan trong huyện và TP Nha Trang. Công ty tạo việc làm cho 16 lao động, trong đó 6 lao động nữ, thu nhập từ 7 đến 8,5 triệu đồng/người/tháng.

Năm 2023, doanh thu của công ty đạt 5,2 tỷ đồng, tăng 18% so với năm 2022; lợi nhuận trước thuế hơn 640 triệu đồng. Giá giao tận nhà là 10.000 đồng/bình, thấp hơn khoảng 2.000 đồng so với nhiều nhãn hàng khác. Năm nay, công ty dự kiến đầu tư thêm một dây chuyền chiết chai tự động trị giá khoảng 1,2 tỷ đồng, nâng tổng công suất lên 6.000 lít/giờ.

Theo Phòng Kinh tế và Hạ tầng huyện, toàn huyện hiện có 23 cơ sở sản xuất nước uống đóng chai, đóng bình, gồm 9 doanh nghiệp và 14 hộ kinh doanh; 100% cơ sở đã được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm. Huyện phấn đấu đến năm 2025 có thêm 2 sản phẩm nước uống đạt chuẩn OCOP 3 sao.

Nguồn: Trung tâm Văn hóa - Thông tin - Thể thao huyện

Tin khác:
- Diên Khánh tổ chức Ngày hội khởi nghiệp năm 2024

UBND HUYỆN DIÊN KHÁNH
Địa chỉ: Số 2 Lý Tự Trọng, thị trấn Diên Khánh, huyện Diên Khánh
Điện thoại: 0258.3850.214
"""

Y2017 = per("Năm 2017", "2017-01-01", "2017-12-31")
Y2023 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
BY2025 = per("đến năm 2025", None, "2025-12-31")
FIRM = "Công ty TNHH Nước uống Suối Hoa"

FIGS = [
    fig("với một máy lọc", "một", 1, "count", "máy lọc", subject="máy lọc RO", period=Y2017),
    fig("công suất 500 lít/giờ", "500", 500, "measure", "lít/giờ", subject="công suất máy lọc RO", period=Y2017),
    fig("hơn 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", approx="over",
        subject=f"vốn {FIRM} đã đầu tư"),
    fig("khoảng 600 m2", "600", 600, "measure", "m2", approx="about", subject="diện tích nhà xưởng"),
    fig("và hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền khép kín"),
    fig("công suất 4.000 lít/giờ", "4.000", 4000, "measure", "lít/giờ",
        subject="tổng công suất hai dây chuyền"),
    fig("khoảng 1.800 bình", "1.800", 1800, "measure", "bình/ngày", approx="about",
        subject="bình nước công ty cung cấp mỗi ngày"),
    fig("loại 20 lít", "20", 20, "measure", "lít", optional=True, subject="dung tích bình"),
    fig("và 650 thùng", "650", 650, "measure", "thùng/ngày",
        subject="thùng chai 500 ml công ty cung cấp mỗi ngày"),
    fig("chai 500 ml", "500", 500, "measure", "ml", optional=True, subject="dung tích chai"),
    fig("hơn 300 đại lý", "300", 300, "count", "đại lý, trường học, cơ quan", approx="over",
        subject="đại lý, trường học, cơ quan được công ty cung cấp nước"),
    fig("cho 16 lao động", "16", 16, "count", "lao động", subject="lao động công ty tạo việc làm"),
    fig("trong đó 6 lao động", "6", 6, "count", "lao động", total=16, subject="lao động nữ"),
    fig("từ 7 đến 8,5 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8.5e6,
        subject="thu nhập của lao động"),
    fig("đạt 5,2 tỷ", "5,2", 5.2e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu của công ty", period=Y2023),
    fig("hơn 640 triệu", "640", 640e6, "money", "đồng", approx="over",
        subject="lợi nhuận trước thuế", period=Y2023),
    fig("là 10.000 đồng/bình", "10.000", 10000, "money", "đồng/bình",
        change=chg("decrease", 2000, "đồng", "nhiều nhãn hàng khác", approx="about"),
        subject="giá giao tận nhà"),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền chiết chai tự động công ty đầu tư thêm", period=NOW),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="forecast",
        subject="trị giá dây chuyền chiết chai tự động", period=NOW),
    fig("lên 6.000 lít/giờ", "6.000", 6000, "measure", "lít/giờ", status="forecast",
        subject="tổng công suất", period=NOW),
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở",
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình"),
    fig("gồm 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp sản xuất nước uống đóng chai, đóng bình"),
    fig("và 14 hộ", "14", 14, "count", "hộ kinh doanh", total=23,
        subject="hộ kinh doanh sản xuất nước uống đóng chai, đóng bình"),
    fig("100% cơ sở", "100", 100, "percent", "%",
        subject="cơ sở đã được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    fig("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm nước uống đạt chuẩn OCOP 3 sao", period=BY2025),
]

NOTES = [
    "District portal (huyện Diên Khánh, Khánh Hòa): banner, breadcrumb, '22/05/2024 - 08:40' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'thôn Phú Ân Nam 2', 'OCOP 3 sao', 'Số 2 Lý Tự Trọng', phone 0258.3850.214, 08:40, 'năm 2024' in a link, 'năm 2022' (baseline).",
    "All figures are in the district (the firm is in xã Diên An): location Diên Khánh, also for supply 'trong huyện và TP Nha Trang'.",
    "'Mỗi ngày … khoảng 1.800 bình … và 650 thùng' are rates (measure, bình/ngày, thùng/ngày); 'khoảng' stays with 1.800. Container sizes optional.",
    "'Năm 2017' dates the first RO filter only; 'Hiện nay' figures have no period. 'Năm nay' = 2024 (published). 'dự kiến' governs its clauses: forecast.",
    "'gồm 9 doanh nghiệp và 14 hộ kinh doanh' are parts of the 23 cơ sở (9 + 14 = 23).",
]

if __name__ == "__main__":
    write("p1542-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Diên Khánh")

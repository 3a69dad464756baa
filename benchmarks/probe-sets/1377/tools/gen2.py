"""p1377-2: district portal (huyện Hậu Lộc, Thanh Hóa): a shoe factory in a rural industrial cluster, jobs and wages."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẬU LỘC - TỈNH THANH HÓA
Trang chủ / Tin tức - Sự kiện / Kinh tế

Nhà máy giày Đại Phong dự kiến tuyển thêm 1.500 lao động

22/05/2024 - 10:20

Đi vào hoạt động từ tháng 3/2022, Nhà máy giày Đại Phong tại Cụm công nghiệp Thuần Lộc của Công ty TNHH Đại Phong Việt Nam hiện giải quyết việc làm cho 4.200 lao động, trong đó lao động nữ chiếm 85%, lao động là người địa phương khoảng 3.100 người.

Nhà máy có tổng vốn đầu tư 52 triệu USD, gồm 3 xưởng sản xuất với 36 chuyền, công suất thiết kế 9 triệu đôi/năm. Năm 2023, nhà máy xuất khẩu 7,4 triệu đôi giày thể thao sang Hoa Kỳ, châu Âu, Nhật Bản, doanh thu đạt 118 triệu USD, nộp ngân sách hơn 26 tỷ đồng.

Thu nhập bình quân của công nhân từ 7,5 đến 9 triệu đồng/người/tháng. Công ty bố trí 12 tuyến xe đưa đón công nhân và hỗ trợ tiền nhà trọ 300.000 đồng/người/tháng cho lao động ở xa.

Năm 2024, công ty dự kiến tuyển thêm 1.500 lao động, nâng tổng số lao động lên khoảng 5.700 người. Ông Trần Văn Khải, Giám đốc nhà máy, cho biết đơn hàng 6 tháng cuối năm đã ký đạt 4,8 triệu đôi.

Hiện trên địa bàn huyện có 3 doanh nghiệp da giày đang hoạt động, thu hút gần 9.800 lao động. Huyện phấn đấu đến năm 2025 thu hút thêm ít nhất hai dự án may mặc, da giày, tạo việc làm cho trên 3.000 lao động.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Hậu Lộc: Tổng kết 10 năm thực hiện Quyết định số 1956/QĐ-TTg
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 19

Cơ quan chủ quản: UBND huyện Hậu Lộc. Địa chỉ: Tiểu khu 3, thị trấn Hậu Lộc, tỉnh Thanh Hóa. Điện thoại: 0237.3831.215
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Đại Phong dự kiến tuyển thêm 1.500", "1.500", 1500, "count", "lao động", status="forecast",
        subject="lao động nhà máy giày Đại Phong tuyển thêm"),
    fig("cho 4.200 lao động", "4.200", 4200, "count", "lao động",
        subject="lao động nhà máy giày Đại Phong giải quyết việc làm"),
    fig("nữ chiếm 85%", "85", 85, "percent", "%",
        subject="lao động nữ"),
    fig("khoảng 3.100 người", "3.100", 3100, "count", "người", approx="about", total=4200,
        subject="lao động là người địa phương"),
    fig("vốn đầu tư 52 triệu", "52", 52e6, "money", "USD",
        subject="tổng vốn đầu tư của nhà máy"),
    fig("gồm 3 xưởng", "3", 3, "count", "xưởng",
        subject="xưởng sản xuất của nhà máy"),
    fig("với 36 chuyền", "36", 36, "count", "chuyền",
        subject="chuyền sản xuất của nhà máy"),
    fig("9 triệu đôi/năm", "9", 9e6, "measure", "đôi/năm",
        subject="công suất thiết kế của nhà máy"),
    fig("xuất khẩu 7,4 triệu", "7,4", 7.4e6, "count", "đôi", period=Y23,
        subject="giày thể thao nhà máy xuất khẩu"),
    fig("đạt 118 triệu", "118", 118e6, "money", "USD", period=Y23,
        subject="doanh thu của nhà máy"),
    fig("hơn 26 tỷ", "26", 26e9, "money", "đồng", approx="over", period=Y23,
        subject="nộp ngân sách của nhà máy"),
    fig("từ 7,5 đến 9 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân của công nhân"),
    fig("12 tuyến xe", "12", 12, "count", "tuyến xe",
        subject="tuyến xe đưa đón công nhân"),
    fig("trọ 300.000", "300.000", 300000, "money", "đồng/người/tháng",
        subject="hỗ trợ tiền nhà trọ cho lao động ở xa"),
    fig("công ty dự kiến tuyển thêm 1.500", "1.500", 1500, "count", "lao động", status="forecast", period=Y24,
        subject="lao động công ty tuyển thêm"),
    fig("khoảng 5.700 người", "5.700", 5700, "count", "người", approx="about", status="forecast", period=Y24,
        subject="tổng số lao động của công ty"),
    fig("đạt 4,8 triệu", "4,8", 4.8e6, "count", "đôi", period=H2,
        subject="đơn hàng 6 tháng cuối năm đã ký"),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp da giày đang hoạt động trên địa bàn huyện"),
    fig("gần 9.800 lao động", "9.800", 9800, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp da giày thu hút"),
    fig("ít nhất hai dự án", "hai", 2, "count", "dự án", approx="at_least", status="target", period=T25,
        subject="dự án may mặc, da giày thu hút thêm"),
    fig("trên 3.000 lao động", "3.000", 3000, "count", "lao động", approx="over", status="target", period=T25,
        subject="việc làm tạo cho lao động"),
]

NOTES = [
    "revised after the first run: pairs of shoes ('đôi') are counted items → kind count (was measure); rates in đôi/tháng, đôi/năm, đôi/ngày stay measure.",
    "District portal (huyện Hậu Lộc, Thanh Hóa): banner naming the district, breadcrumb, '22/05/2024 - 10:20' under the headline,",
    "'Nguồn:', 'Tin khác', footer with address and phone. Default location Hậu Lộc (the district portal's own district).",
    "Distractors: 'tháng 3/2022' (start date), 10:20, '10 năm' inside a link title about an anniversary, 'Quyết định số 1956/QĐ-TTg',",
    "'kỳ họp thứ 19', 'Tiểu khu 3', phone 0237.3831.215.",
    "'trong đó lao động nữ chiếm 85%' is a percent figure of its own; 'lao động là người địa phương khoảng 3.100 người' continues the",
    "'trong đó' and takes total 4.200. 'gồm 3 xưởng' follows a money amount, not a count of xưởng: no total.",
    "Headline 'dự kiến tuyển thêm 1.500' → forecast, no period in the headline. '6 tháng cuối năm' takes 2024 (nearest earlier 'Năm 2024').",
    "'Huyện phấn đấu đến năm 2025 ...' governs both figures (target; period end 2025-12-31, start null).",
]

if __name__ == "__main__":
    write("p1377-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Hậu Lộc")

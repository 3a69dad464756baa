"""p1474-2: district portal (huyện Phú Xuyên, Hà Nội): rattan baby cradles of xã Phú Túc and one cooperative."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚ XUYÊN - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức / Kinh tế - Làng nghề

Nôi mây Phú Túc vươn ra thị trường quốc tế

18/06/2024 - 10:20

Xã Phú Túc hiện có khoảng 3.200 hộ làm nghề mây tre giang đan, trong đó gần 400 hộ chuyên sản xuất nôi, cũi và xe đẩy mây cho trẻ sơ sinh. Năm 2023, các hộ và hợp tác xã trên địa bàn xã sản xuất hơn 85.000 chiếc nôi mây các loại, doanh thu đạt khoảng 42 tỷ đồng.

Tiêu biểu là Hợp tác xã Mây tre đan Phú Túc Xanh do bà Nguyễn Thị Hằng làm Giám đốc. HTX có 25 thành viên, tạo việc làm thường xuyên cho 120 lao động, trong đó 86 lao động nữ. Mỗi tháng, HTX xuất xưởng từ 1.500 đến 1.800 chiếc nôi, giá bán từ 450.000 đến 1,2 triệu đồng/chiếc tùy kích cỡ.

Năm 2023, doanh thu của HTX đạt 8,6 tỷ đồng, tăng 23% so với năm 2022; riêng 5 tháng đầu năm 2024 đạt 4,1 tỷ đồng, bằng 45% kế hoạch năm. Khoảng 70% sản phẩm được xuất khẩu sang Nhật Bản, Hàn Quốc và Australia thông qua các doanh nghiệp thương mại. Sản phẩm nôi mây đan tay của HTX đã đạt chứng nhận OCOP 4 sao.

Năm 2024, HTX phấn đấu doanh thu đạt 9,5 tỷ đồng và tuyển thêm ba chục lao động.

Theo UBND huyện, toàn huyện hiện có 124 làng có nghề, trong đó 46 làng nghề truyền thống đã được UBND thành phố công nhận. Huyện phấn đấu đến năm 2025 có ít nhất 3 sản phẩm nôi, cũi mây tre đạt chuẩn OCOP.

Tin khác:
- Phú Xuyên: Tổng kết 10 năm thực hiện Chương trình số 02-CTr/TU
- Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho hộ làng nghề

Cơ quan chủ quản: UBND huyện Phú Xuyên
Địa chỉ: Tiểu khu Mỹ Lâm, thị trấn Phú Xuyên, Hà Nội | Điện thoại: 024.3385.4215
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 3.200 hộ", "3.200", 3200, "count", "hộ", approx="about",
        subject="hộ làm nghề mây tre giang đan"),
    fig("gần 400 hộ", "400", 400, "count", "hộ", approx="nearly", total=3200,
        subject="hộ chuyên sản xuất nôi, cũi và xe đẩy mây cho trẻ sơ sinh"),
    fig("hơn 85.000 chiếc", "85.000", 85000, "count", "chiếc", approx="over",
        subject="nôi mây các loại các hộ và hợp tác xã sản xuất", period=Y23),
    fig("khoảng 42 tỷ", "42", 42e9, "money", "đồng", approx="about",
        subject="doanh thu của các hộ và hợp tác xã", period=Y23),
    fig("có 25 thành viên", "25", 25, "count", "thành viên", subject="thành viên HTX"),
    fig("cho 120 lao động", "120", 120, "count", "lao động", subject="lao động HTX tạo việc làm thường xuyên"),
    fig("trong đó 86 lao động", "86", 86, "count", "lao động", total=120, subject="lao động nữ"),
    fig("từ 1.500 đến 1.800", "1.500", 1500, "measure", "chiếc/tháng", value_max=1800,
        subject="nôi HTX xuất xưởng mỗi tháng"),
    fig("từ 450.000 đến 1,2", "450.000", 450000, "money", "đồng/chiếc", value_max=1.2e6,
        subject="giá bán nôi"),
    fig("đạt 8,6 tỷ", "8,6", 8.6e9, "money", "đồng", change=chg("increase", 23, "%", "năm 2022"),
        subject="doanh thu của HTX", period=Y23),
    fig("đạt 4,1 tỷ", "4,1", 4.1e9, "money", "đồng", percent=45,
        subject="doanh thu của HTX", period=M5),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="sản phẩm được xuất khẩu"),
    fig("doanh thu đạt 9,5 tỷ", "9,5", 9.5e9, "money", "đồng", status="target",
        subject="doanh thu HTX", period=Y24),
    fig("thêm ba chục lao động", "ba chục", 30, "count", "lao động", status="target",
        subject="lao động HTX tuyển thêm", period=Y24),
    fig("có 124 làng", "124", 124, "count", "làng", subject="làng có nghề"),
    fig("trong đó 46 làng", "46", 46, "count", "làng nghề", total=124,
        subject="làng nghề truyền thống đã được UBND thành phố công nhận"),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm nôi, cũi mây tre đạt chuẩn OCOP", period=T25),
]

NOTES = [
    "District portal (huyện Phú Xuyên, Hà Nội): banner naming the district, breadcrumb, '18/06/2024 - 10:20', 'Tin khác', footer.",
    "Distractors: 10:20, 'OCOP 4 sao' (a rating), '10 năm' and 'Chương trình số 02-CTr/TU' in a link, phone 024.3385.4215.",
    "Location: the district (Phú Xuyên) for all figures; xã Phú Túc is a commune, below the spec's province/city/district level.",
    "'Mỗi tháng ... từ 1.500 đến 1.800 chiếc' is a rate (measure, chiếc/tháng). 'từ 450.000 đến 1,2 triệu đồng/chiếc' is a range whose",
    "upper end carries the multiplier. 'riêng 5 tháng đầu năm 2024 ... bằng 45% kế hoạch năm' → percent 45.",
    "'ba chục lao động' = 30 (number word); 'phấn đấu' governs both clauses of its sentence (target).",
    "'124 làng có nghề, trong đó 46 làng nghề' → total 124.",
]

if __name__ == "__main__":
    write("p1474-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Phú Xuyên")

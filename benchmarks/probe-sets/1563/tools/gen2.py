"""p1563-2: district portal (huyện Thanh Oai, Hà Nội): the bird-cage craft village Canh Hoạch, 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH OAI - THÀNH PHỐ HÀ NỘI
Trang chủ / Kinh tế / Làng nghề

Làng nghề lồng chim Canh Hoạch vào vụ cuối năm
22/11/2024 - 08:40

Thôn Canh Hoạch, xã Dân Hòa hiện có khoảng 350 hộ làm nghề lồng chim, trong đó 42 hộ có xưởng thuê từ 5 lao động trở lên. Nghề tạo việc làm thường xuyên cho gần 1.200 lao động, thu nhập bình quân từ 6 đến 9 triệu đồng/người/tháng.

Theo UBND xã Dân Hòa, 10 tháng đầu năm 2024, làng nghề sản xuất khoảng 185 nghìn chiếc lồng các loại, doanh thu ước đạt 138 tỷ đồng, tăng 11,5% so với cùng kỳ. Lồng chào mào, lồng khuyên loại phổ thông có giá từ 250.000 đến 600.000 đồng/chiếc; lồng tre già chạm khắc, lồng trúc cao cấp có giá từ 20 triệu đồng trở lên.

Ông Nguyễn Văn Thạch, chủ xưởng lồng Thạch Hoa, cho biết xưởng có hai thợ cả và 14 thợ phụ, mỗi tháng làm ra khoảng 900 chiếc lồng. Riêng dịp cuối năm, đơn hàng của xưởng tăng khoảng 30%. Khoảng 40% sản phẩm của làng được bán vào TP Hồ Chí Minh và các tỉnh phía Nam.

Năm 2024, huyện Thanh Oai hỗ trợ 320 triệu đồng cho các hộ làng nghề đổi mới máy khoan, máy chuốt nan; mở ba lớp đào tạo nghề cho 105 học viên. Mục tiêu đến năm 2025, doanh thu làng nghề đạt 160 tỷ đồng/năm.

Tin khác:
- Thanh Oai: Hội nghị sơ kết 6 tháng đầu năm
- Xã Dân Hòa đón Bằng công nhận làng nghề truyền thống

UBND HUYỆN THANH OAI
Địa chỉ: Thị trấn Kim Bài, huyện Thanh Oai, TP Hà Nội
Điện thoại: 024.3387.3125
"""

M10 = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 350 hộ", "350", 350, "count", "hộ", approx="about", subject="hộ làm nghề lồng chim"),
    fig("42 hộ", "42", 42, "count", "hộ", total=350,
        subject="hộ có xưởng thuê từ 5 lao động trở lên"),
    fig("từ 5 lao động", "5", 5, "count", "lao động", approx="at_least", optional=True,
        subject="lao động thuê của xưởng"),
    fig("gần 1.200 lao động", "1.200", 1200, "count", "lao động", approx="nearly",
        subject="lao động có việc làm thường xuyên từ nghề"),
    fig("từ 6 đến 9 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân"),
    fig("khoảng 185 nghìn", "185", 185e3, "count", "chiếc", approx="about",
        subject="lồng các loại làng nghề sản xuất", period=M10),
    fig("ước đạt 138 tỷ", "138", 138e9, "money", "đồng", status="estimate",
        change=chg("increase", 11.5, "%", "cùng kỳ"), subject="doanh thu làng nghề", period=M10),
    fig("từ 250.000 đến 600.000", "250.000", 250000, "money", "đồng/chiếc", value_max=600000,
        subject="giá lồng chào mào, lồng khuyên loại phổ thông"),
    fig("từ 20 triệu", "20", 20e6, "money", "đồng/chiếc", approx="at_least",
        subject="giá lồng tre già chạm khắc, lồng trúc cao cấp"),
    fig("hai thợ cả", "hai", 2, "count", "thợ cả", subject="thợ cả của xưởng"),
    fig("14 thợ phụ", "14", 14, "count", "thợ phụ", subject="thợ phụ của xưởng"),
    fig("khoảng 900 chiếc", "900", 900, "measure", "chiếc/tháng", approx="about",
        subject="lồng xưởng làm ra mỗi tháng"),
    fig("tăng khoảng 30%", "30", 30, "percent", "%", approx="about", subject="đơn hàng của xưởng"),
    fig("Khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="sản phẩm của làng bán vào TP Hồ Chí Minh và các tỉnh phía Nam"),
    fig("hỗ trợ 320 triệu", "320", 320e6, "money", "đồng",
        subject="hỗ trợ cho các hộ làng nghề đổi mới máy", period=Y24),
    fig("mở ba lớp", "ba", 3, "count", "lớp", subject="lớp đào tạo nghề", period=Y24),
    fig("cho 105 học viên", "105", 105, "count", "học viên", subject="học viên đào tạo nghề", period=Y24),
    fig("đạt 160 tỷ", "160", 160e9, "money", "đồng/năm", status="target",
        subject="doanh thu làng nghề", period=T25),
]

NOTES = [
    "District portal (huyện Thanh Oai, Hà Nội): banner naming the district, breadcrumb, '22/11/2024 - 08:40', 'Tin khác', address footer with phone.",
    "Figures of thôn Canh Hoạch, xã Dân Hòa: location Thanh Oai (the district; a commune is below the spec's levels).",
    "Distractors: 08:40, '6 tháng đầu năm' in a link title, phone 024.3387.3125, the address.",
    "'trong đó 42 hộ có xưởng thuê từ 5 lao động trở lên': 42 is a part of 350 (total 350); the threshold 'từ 5 lao động trở lên' is optional.",
    "'khoảng 185 nghìn chiếc lồng' actual (no 'ước'); 'doanh thu ước đạt 138 tỷ đồng' estimate, its own clause.",
    "'mỗi tháng làm ra khoảng 900 chiếc lồng' is a rate: measure, unit 'chiếc/tháng' (borderline by convention).",
    "'đơn hàng ... tăng khoảng 30%' is a growth rate as the claim (percent, no change); 'dịp cuối năm' is no period.",
    "'Mục tiêu đến năm 2025 ... 160 tỷ đồng/năm' → target, period start null.",
]

if __name__ == "__main__":
    write("p1563-2", TEXT, NOTES, FIGS, published="2024-11-22", location="Thanh Oai")

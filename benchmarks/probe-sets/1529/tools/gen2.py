"""p1529-2: district portal (huyện Đức Hòa, Long An): plastic mop and broom makers before Tết."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ > Tin tức > Kinh tế - Xã hội

Doanh nghiệp sản xuất dụng cụ vệ sinh nhà cửa tăng tốc cuối năm

25/11/2024 - 10:20

Những tháng cuối năm, các nhà máy sản xuất cây lau nhà, chổi nhựa và xô vắt trên địa bàn huyện Đức Hòa tất bật chạy đơn hàng phục vụ thị trường Tết.

Theo Phòng Kinh tế và Hạ tầng huyện, hiện huyện có 9 doanh nghiệp sản xuất dụng cụ vệ sinh nhà cửa, gồm 6 doanh nghiệp trong nước và 3 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng gần 2.100 lao động. 10 tháng năm 2024, các doanh nghiệp này đạt doanh thu khoảng 1.250 tỷ đồng, tăng 14% so với cùng kỳ.

Tại Khu công nghiệp Hải Sơn, Công ty TNHH Nhựa gia dụng Minh Phát vận hành 4 dây chuyền ép nhựa và 2 dây chuyền lắp ráp, công suất 12.000 bộ cây lau nhà/ngày. Ông Trần Văn Lộc, Giám đốc công ty, cho biết từ đầu tháng 9 đến nay công ty nhận thêm hơn 300.000 bộ đơn hàng, trong đó đơn hàng xuất khẩu sang Úc và Philippines chiếm khoảng 40%. Công ty đang tuyển thêm 150 công nhân thời vụ với mức lương từ 8 đến 9,5 triệu đồng/tháng.

Công ty cổ phần Sạch Việt, đóng tại xã Đức Hòa Hạ, năm 2023 sản xuất 2,6 triệu sản phẩm, trong đó 1,1 triệu cây lau nhà xoay 360 độ. Năm nay, công ty dự kiến nâng sản lượng lên 3 triệu sản phẩm.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Đức Hòa

Tin khác:
- Đức Hòa tổ chức Hội nghị đối thoại doanh nghiệp
- Hướng dẫn đăng ký hộ kinh doanh trực tuyến

Địa chỉ: Số 1 đường Huỳnh Văn Tạo, thị trấn Hậu Nghĩa, huyện Đức Hòa | Điện thoại: 0272.3850.123
"""

TEN = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
SEP = per("từ đầu tháng 9 đến nay", "2024-09-01", "2024-11-25")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dụng cụ vệ sinh nhà cửa"),
    fig("gồm 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=9, subject="doanh nghiệp trong nước"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("gần 2.100 lao động", "2.100", 2100, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sản xuất dụng cụ vệ sinh sử dụng"),
    fig("khoảng 1.250 tỷ", "1.250", 1250e9, "money", "đồng", approx="about",
        change=chg("increase", 14, "%", "cùng kỳ"), subject="doanh thu các doanh nghiệp", period=TEN),
    fig("vận hành 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền ép nhựa"),
    fig("và 2 dây chuyền", "2", 2, "count", "dây chuyền", subject="dây chuyền lắp ráp"),
    fig("công suất 12.000 bộ", "12.000", 12000, "measure", "bộ cây lau nhà/ngày",
        subject="công suất Công ty TNHH Nhựa gia dụng Minh Phát"),
    fig("hơn 300.000 bộ", "300.000", 300000, "count", "bộ", approx="over",
        subject="đơn hàng công ty nhận thêm", period=SEP),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="đơn hàng xuất khẩu sang Úc và Philippines", period=SEP),
    fig("thêm 150 công nhân", "150", 150, "count", "công nhân", subject="công nhân thời vụ công ty tuyển thêm"),
    fig("từ 8 đến 9,5 triệu", "8", 8e6, "money", "đồng/tháng", value_max=9.5e6,
        subject="mức lương công nhân thời vụ"),
    fig("sản xuất 2,6 triệu", "2,6", 2.6e6, "count", "sản phẩm",
        subject="sản phẩm Công ty cổ phần Sạch Việt sản xuất", period=Y23),
    fig("1,1 triệu cây", "1,1", 1.1e6, "count", "cây lau nhà", total=2.6e6,
        subject="cây lau nhà xoay 360 độ", period=Y23),
    fig("lên 3 triệu", "3", 3e6, "count", "sản phẩm", status="forecast",
        subject="sản lượng công ty", period=Y24),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner naming the district, breadcrumb, '25/11/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'xoay 360 độ' (product name), 'Số 1 đường Huỳnh Văn Tạo', phone 0272.3850.123, 'tháng 9' inside a period phrase.",
    "Every figure is in the district (KCN Hải Sơn and xã Đức Hòa Hạ are in Đức Hòa): location Đức Hòa.",
    "'gồm 6 ... và 3 doanh nghiệp' are parts of the 9; '1,1 triệu cây lau nhà' after 'trong đó' is part of 2,6 triệu sản phẩm.",
    "'trong đó đơn hàng xuất khẩu ... chiếm khoảng 40%' is a percent figure of its own (a share of a part), same sentence as 'từ đầu tháng 9 đến nay' (ends at the dateline).",
    "'khoảng 1.250 tỷ' has no estimate cue: actual, approx about. 'Năm nay ... dự kiến' → forecast, 2024 from the dateline.",
    "'công suất 12.000 bộ cây lau nhà/ngày' is a rate: measure, unit with its denominator.",
]

if __name__ == "__main__":
    write("p1529-2", TEXT, NOTES, FIGS, published="2024-11-25", location="Đức Hòa")

"""p1126-4: Bộ Công Thương site, national LPG market 6 months 2024, outlets nationwide, CP price, violations."""
from lib import fig, opt, per, inh, chg, tgt, build

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ » Tin tức » Thị trường trong nước

Thị trường khí dầu mỏ hóa lỏng 6 tháng đầu năm 2024: Nguồn cung bảo đảm, giá giảm nhẹ

Ngày đăng: 12/07/2024 | Lượt xem: 1.093

Theo Vụ Thị trường trong nước (Bộ Công Thương), 6 tháng đầu năm 2024, tổng nhu cầu LPG của cả nước ước khoảng 1,08 triệu tấn, tăng 3,2% so với cùng kỳ; trong đó sản xuất trong nước đáp ứng khoảng 430.000 tấn, chiếm gần 40%, phần còn lại nhập khẩu chủ yếu từ Trung Đông và Đông Nam Á.

Cả nước hiện có 55 thương nhân kinh doanh LPG đầu mối, hai nhà máy sản xuất LPG là Nhà máy Lọc dầu Dung Quất và Nhà máy Lọc hóa dầu Nghi Sơn, gần 300 trạm nạp LPG vào chai và hơn 25.000 cửa hàng bán lẻ LPG chai. Số chai LPG đang lưu hành ước tính khoảng 40 triệu chai, trong đó khoảng 20% là chai chưa được kiểm định lại đúng hạn.

Giá LPG thế giới (giá CP) tháng 7/2024 do Saudi Aramco công bố ở mức 580 USD/tấn, giảm 10 USD/tấn so với tháng 6. Theo đó, giá gas bán lẻ trong nước tháng 7 giảm từ 1.650 đến 2.000 đồng/kg tùy thương hiệu; giá bình 12 kg phổ biến ở mức 430.000-480.000 đồng/bình.

Năm 2023, lực lượng quản lý thị trường cả nước đã xử lý 1.247 vụ vi phạm trong kinh doanh LPG, thu nộp ngân sách hơn 9,8 tỷ đồng, tăng 11,4% so với năm 2022. Năm 2024, Bộ Công Thương đề nghị Sở Công Thương 63 tỉnh, thành phố tăng cường kiểm tra điều kiện kinh doanh theo Nghị định số 87/2018/NĐ-CP, phấn đấu giảm ít nhất 10% số vụ vi phạm so với năm 2023.

BỘ CÔNG THƯƠNG
Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.22202222 | Email: bbt@moit.gov.vn
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T7 = per("tháng 7/2024", "2024-07-01", "2024-07-31")
T7b = per("tháng 7", "2024-07-01", "2024-07-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("ước khoảng 1,08 triệu tấn", "1,08", 1080000, "measure", "tấn", approx="about", status="estimate",
        change=chg("increase", 3.2, "%", "cùng kỳ"), subject="tổng nhu cầu LPG", period=H1),
    fig("khoảng 430.000 tấn", "430.000", 430000, "measure", "tấn", approx="about", status="estimate",
        total=1080000, percent=40, subject="LPG sản xuất trong nước đáp ứng", period=H1),
    fig("có 55 thương nhân", "55", 55, "count", "thương nhân", subject="thương nhân kinh doanh LPG đầu mối"),
    fig("hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy sản xuất LPG"),
    fig("gần 300 trạm", "300", 300, "count", "trạm nạp", approx="nearly", subject="trạm nạp LPG vào chai"),
    fig("hơn 25.000 cửa hàng", "25.000", 25000, "count", "cửa hàng", approx="over",
        subject="cửa hàng bán lẻ LPG chai"),
    fig("khoảng 40 triệu chai", "40", 40000000, "count", "chai", approx="about", status="estimate",
        subject="chai LPG đang lưu hành"),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about", status="estimate",
        subject="chai chưa được kiểm định lại đúng hạn"),
    fig("mức 580 USD/tấn", "580", 580, "money", "USD/tấn",
        change=chg("decrease", 10, "USD/tấn", "tháng 6"), subject="giá LPG thế giới (giá CP)",
        period=T7, location=""),
    fig("từ 1.650 đến 2.000", "1.650", 1650, "money", "đồng/kg", value_max=2000,
        subject="mức giảm giá gas bán lẻ trong nước", period=T7b),
    opt("giá bình 12 kg", "12", 12, "measure", "kg", "loại bình gas"),
    fig("430.000-480.000", "430.000", 430000, "money", "đồng/bình", value_max=480000,
        subject="giá bình gas 12 kg", period=T7b),
    fig("xử lý 1.247 vụ", "1.247", 1247, "count", "vụ", subject="vụ vi phạm trong kinh doanh LPG được xử lý",
        period=Y23),
    fig("hơn 9,8 tỷ", "9,8", 9800000000, "money", "đồng", approx="over",
        change=chg("increase", 11.4, "%", "năm 2022"), subject="thu nộp ngân sách", period=Y23),
    opt("Sở Công Thương 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố"),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="mức giảm số vụ vi phạm", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương), national: LPG market 6 months 2024. 'Ngày đăng: 12/07/2024 | Lượt xem: 1.093'. Default location Việt Nam.",
    "Distractors: view counter 1.093, Nghị định số 87/2018/NĐ-CP, address '54 Hai Bà Trưng', phone 024.22202222.",
    "'; trong đó sản xuất trong nước đáp ứng khoảng 430.000 tấn, chiếm gần 40%' is a part of the 1,08 triệu tấn estimate: total and percent, status estimate.",
    "'Giá LPG thế giới (giá CP)' describes the world market, not Việt Nam: location null (written as empty string). Borderline.",
    "'giảm từ 1.650 đến 2.000 đồng/kg' has no base price: the price cut is the figure (money range, no change object).",
    "'63 tỉnh, thành phố' only names all provinces as addressees (optional). 'giảm ít nhất 10%' is a target rate standing as the claim: percent, no change.",
]

if __name__ == "__main__":
    build("p1126-4", TEXT, NOTES, FIGS, published="2024-07-12", location="Việt Nam")

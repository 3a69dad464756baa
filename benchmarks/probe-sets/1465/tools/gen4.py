"""p1465-4: provincial newspaper (Báo Khánh Hòa): perfume shops for tourists in Nha Trang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO KHÁNH HÒA ĐIỆN TỬ
Thời sự | Kinh tế | Du lịch | Xã hội | Pháp luật

Nha Trang: Cửa hàng nước hoa hút khách du lịch quốc tế

Thứ Hai, 17/03/2025 | 08:12

(BKH) - Dọc các tuyến đường Trần Phú, Hùng Vương, Biệt Thự (TP. Nha Trang), hàng chục cửa hàng nước hoa mọc lên phục vụ du khách quốc tế. Bên cạnh những cơ sở làm ăn bài bản, vẫn còn tình trạng bán nước hoa giả, nhái thương hiệu.

Theo Phòng Kinh tế TP. Nha Trang, tính đến cuối tháng 2/2025, thành phố có 73 cửa hàng chuyên kinh doanh nước hoa, tăng 12 cửa hàng so với cùng kỳ năm 2024; trong đó 48 cửa hàng tập trung ở phường Lộc Thọ và phường Tân Tiến.

Chị Nguyễn Thị Hạnh, chủ cửa hàng Hương Biển trên đường Trần Phú cho biết, mỗi ngày cửa hàng đón khoảng 60-80 lượt khách, phần lớn là khách Nga và khách Trung Quốc. Các dòng bán chạy như Chanel No.5, Dior Sauvage có giá từ 450.000 đồng đến 3,2 triệu đồng/chai tùy dung tích.

Tuy nhiên, từ đầu năm 2025 đến nay, Đội Quản lý thị trường số 2 (Cục Quản lý thị trường tỉnh) đã xử lý 9 vụ kinh doanh nước hoa giả mạo nhãn hiệu tại TP. Nha Trang, phạt tiền 137 triệu đồng, buộc tiêu hủy gần 1.300 chai nước hoa. Năm nay, Đội dự kiến kiểm tra khoảng 40 cơ sở kinh doanh nước hoa, mỹ phẩm trên địa bàn thành phố.

Theo Sở Công Thương, năm 2024, doanh thu bán lẻ nước hoa, mỹ phẩm trên địa bàn tỉnh Khánh Hòa ước đạt 1.150 tỷ đồng, tăng 21% so với năm 2023.

"Du khách nên mua nước hoa tại cửa hàng có hóa đơn, tem nhãn phụ tiếng Việt, tránh mua hàng trôi nổi", ông Lê Quang Minh, Đội trưởng Đội Quản lý thị trường số 2 khuyến cáo.

MINH AN
"""

FEB = per("tính đến cuối tháng 2/2025", None, "2025-02-28")
YTD = per("từ đầu năm 2025 đến nay", "2025-01-01", "2025-03-17")
NOW = per("Năm nay", "2025-01-01", "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hàng chục cửa hàng", "hàng chục", 10, "count", "cửa hàng", approx="about",
        subject="cửa hàng nước hoa phục vụ du khách quốc tế", optional=True),
    fig("có 73 cửa hàng", "73", 73, "count", "cửa hàng",
        change=chg("increase", 12, "cửa hàng", "cùng kỳ năm 2024"),
        subject="cửa hàng chuyên kinh doanh nước hoa", period=FEB),
    fig("đó 48 cửa hàng", "48", 48, "count", "cửa hàng", total=73,
        subject="cửa hàng tập trung ở phường Lộc Thọ và phường Tân Tiến", period=FEB),
    fig("khoảng 60-80 lượt", "60", 60, "measure", "lượt khách/ngày", value_max=80, approx="about",
        subject="lượt khách cửa hàng Hương Biển đón mỗi ngày"),
    fig("giá từ 450.000", "450.000", 450000, "money", "đồng/chai", value_max=3.2e6,
        subject="giá các dòng nước hoa bán chạy"),
    fig("xử lý 9 vụ", "9", 9, "count", "vụ",
        subject="vụ kinh doanh nước hoa giả mạo nhãn hiệu xử lý", period=YTD),
    fig("phạt tiền 137 triệu", "137", 137e6, "money", "đồng",
        subject="tiền phạt", period=YTD),
    fig("gần 1.300 chai", "1.300", 1300, "count", "chai", approx="nearly",
        subject="nước hoa buộc tiêu hủy", period=YTD),
    fig("khoảng 40 cơ sở", "40", 40, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở kinh doanh nước hoa, mỹ phẩm Đội dự kiến kiểm tra", period=NOW),
    fig("ước đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", status="estimate",
        change=chg("increase", 21, "%", "năm 2023"),
        subject="doanh thu bán lẻ nước hoa, mỹ phẩm", period=Y24, location="Khánh Hòa"),
]

NOTES = [
    "Provincial newspaper (Báo Khánh Hòa, tag '(BKH) -'): perfume shops for foreign tourists in TP. Nha Trang; 'Thứ Hai, 17/03/2025 | 08:12'.",
    "Distractors: dateline and time, 'Chanel No.5' (product name), 'Đội Quản lý thị trường số 2' (twice), 'cùng kỳ năm 2024' and 'năm 2023' baselines.",
    "'hàng chục cửa hàng' = 10, about (number word, §2); optional because its value and approx are doubtful ('dozens').",
    "'tính đến cuối tháng 2/2025' is an as-of date (end 2025-02-28); '; trong đó 48' continues that sentence, so its period is scored too.",
    "'tăng 12 cửa hàng so với cùng kỳ năm 2024' is a change in cửa hàng. Phường are below district level: location stays Nha Trang.",
    "'mỗi ngày ... khoảng 60-80 lượt khách' is a rate (lượt khách/ngày), range, about. Price range 450.000 đồng - 3,2 triệu đồng/chai: one figure.",
    "'Năm nay' = 2025 (published); 'dự kiến' → forecast. The province's retail turnover (ước đạt) is located in Khánh Hòa.",
]

if __name__ == "__main__":
    write("p1465-4", TEXT, NOTES, FIGS, published="2025-03-17", location="Nha Trang")

"""p1487-4: ministry site (Bộ Công Thương): national LPG market 2023."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Thị trường trong nước

Thị trường LPG năm 2023: tổng nhu cầu khoảng 2,3 triệu tấn
26/03/2024 | 14:10 | Vụ Thị trường trong nước

Theo số liệu tổng hợp của Vụ Thị trường trong nước, năm 2023 tổng nhu cầu LPG của cả nước ước khoảng 2,3 triệu tấn, giảm 2,5% so với năm 2022. Trong đó, sản xuất trong nước đáp ứng khoảng 0,95 triệu tấn, nhập khẩu gần 1,4 triệu tấn.

LPG dân dụng (đun nấu trong hộ gia đình, nhà hàng) chiếm khoảng 55% tổng lượng tiêu thụ, công nghiệp chiếm 30%, còn lại là giao thông vận tải và hóa dầu. Việt Nam hiện đứng thứ ba khu vực ASEAN về mức tiêu thụ LPG, sau Indonesia và Thái Lan.

Cả nước hiện có 43 thương nhân đầu mối kinh doanh LPG, hơn 600 trạm nạp LPG vào chai và khoảng 30.000 cửa hàng bán lẻ; số chai LPG đang lưu hành ước khoảng 45-50 triệu chai.

Giá CP (giá LPG hợp đồng của Saudi Aramco) bình quân năm 2023 ở mức 591 USD/tấn, giảm 17,6% so với năm 2022. Giá bán lẻ bình 12 kg tại thị trường trong nước dao động 410.000-470.000 đồng/bình.

Đáng chú ý, tình trạng chiếm dụng vỏ chai, sang chiết LPG trái phép vẫn diễn ra. Năm 2023, lực lượng quản lý thị trường cả nước đã xử lý 1.140 vụ vi phạm trong kinh doanh khí, thu nộp ngân sách trên 9,6 tỷ đồng, tăng 12% so với năm 2022.

Mục tiêu đến năm 2030, tỷ lệ chai LPG lưu hành được gắn mã QR truy xuất nguồn gốc đạt ít nhất 80%; Bộ Công Thương đang hoàn thiện dự thảo Nghị định thay thế Nghị định số 87/2018/NĐ-CP.

Cơ quan chủ quản: Bộ Công Thương | Điện thoại: 024.2220.2108
"""

Y23h = period("năm 2023", "2023-01-01", "2023-12-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("Năm 2023", "2023-01-01", "2023-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("nhu cầu khoảng 2,3", "2,3", 2.3e6, "measure", "tấn", approx="about",
      subject="tổng nhu cầu LPG", per=Y23h),
    F("ước khoảng 2,3", "2,3", 2.3e6, "measure", "tấn", approx="about", status="estimate",
      change=change("decrease", 2.5, "%", "năm 2022"), subject="tổng nhu cầu LPG của cả nước", per=Y23),
    F("khoảng 0,95 triệu", "0,95", 0.95e6, "measure", "tấn", approx="about", status="estimate",
      total=2.3e6, subject="sản xuất trong nước đáp ứng", per=inherit(Y23)),
    F("gần 1,4 triệu", "1,4", 1.4e6, "measure", "tấn", approx="nearly", status="estimate",
      total=2.3e6, subject="nhập khẩu", per=inherit(Y23)),
    F("khoảng 55%", "55", 55, "percent", "%", approx="about",
      subject="LPG dân dụng trong tổng lượng tiêu thụ", per=inherit(Y23)),
    F("chiếm 30%", "30", 30, "percent", "%", subject="công nghiệp trong tổng lượng tiêu thụ",
      per=inherit(Y23)),
    F("đứng thứ ba", "ba", 3, "rank", "hạng", subject="mức tiêu thụ LPG khu vực ASEAN"),
    F("có 43 thương nhân", "43", 43, "count", "thương nhân", subject="thương nhân đầu mối kinh doanh LPG"),
    F("hơn 600 trạm", "600", 600, "count", "trạm nạp", approx="over", subject="trạm nạp LPG vào chai"),
    F("khoảng 30.000 cửa hàng", "30.000", 30000, "count", "cửa hàng", approx="about",
      subject="cửa hàng bán lẻ"),
    F("ước khoảng 45-50", "45", 45e6, "count", "chai", value_max=50e6, approx="about", status="estimate",
      subject="số chai LPG đang lưu hành"),
    F("mức 591 USD/tấn", "591", 591, "money", "USD/tấn",
      change=change("decrease", 17.6, "%", "năm 2022"), subject="Giá CP bình quân", per=Y23),
    F("bình 12 kg", "12", 12, "measure", "kg", optional=True),
    F("dao động 410.000-470.000", "410.000", 410000, "money", "đồng/bình", value_max=470000,
      subject="Giá bán lẻ bình 12 kg tại thị trường trong nước", per=inherit(Y23)),
    F("xử lý 1.140 vụ", "1.140", 1140, "count", "vụ vi phạm",
      subject="vụ vi phạm trong kinh doanh khí được xử lý", per=Y23b),
    F("trên 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", approx="over",
      change=change("increase", 12, "%", "năm 2022"), subject="thu nộp ngân sách", per=Y23b),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ chai LPG lưu hành được gắn mã QR truy xuất nguồn gốc", per=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '26/03/2024 | 14:10 | Vụ Thị trường trong nước', footer with phone. National: location Việt Nam.",
    "Distractors: time 14:10, phone 024.2220.2108, Nghị định số 87/2018/NĐ-CP, 'mã QR', baselines năm 2022.",
    "Headline '2,3 triệu tấn' with 'năm 2023' in the same line: approx about, actual (no 'ước' in the headline).",
    "'Trong đó, ... khoảng 0,95 triệu tấn, nhập khẩu gần 1,4 triệu tấn' after a sentence break: total 2,3 triệu and the whole's estimate.",
    "'chiếm khoảng 55% ... , công nghiệp chiếm 30%' stand without an amount: percent figures of their own.",
    "'đứng thứ ba khu vực ASEAN' → rank 3 (number word), location Việt Nam. Indonesia, Thái Lan are not places of a figure.",
    "CP price (Saudi Aramco contract price) keeps the article's location Việt Nam (foreign partner, as in the spec's FDI example).",
    "'bình 12 kg' optional (product size). 'Mục tiêu đến năm 2030 ... ít nhất 80%' → target, start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1487-4", TEXT, NOTES, FIGS, published="2024-03-26", location="Việt Nam")

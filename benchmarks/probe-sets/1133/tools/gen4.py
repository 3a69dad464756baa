"""p1133-4: ministry site (Bộ Tài chính / Tổng cục Thuế), national: tax collected from ride-hailing platforms and drivers."""
from lib import F, P, I, C, write

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức tài chính | Thuế - Phí - Lệ phí
Thu thuế từ kinh doanh vận tải qua nền tảng số năm 2023 đạt hơn 1.500 tỷ đồng
Ngày đăng: 28/03/2024 | Lượt xem: 1.092

Theo Tổng cục Thuế, năm 2023, các nền tảng kết nối vận tải đã khai, nộp thay cho tài xế và nộp thuế của chính doanh nghiệp tổng cộng 1.563 tỷ đồng, tăng 17,4% so với năm 2022. Trong đó, số thuế khấu trừ, nộp thay cho cá nhân kinh doanh vận tải là 684 tỷ đồng, chiếm 43,8%.

Cả nước hiện có khoảng 385.000 tài xế được các nền tảng khấu trừ thuế thay, tăng gần 60.000 người so với cuối năm 2022. Theo Thông tư số 40/2021/TT-BTC, cá nhân kinh doanh vận tải có doanh thu từ 100 triệu đồng/năm trở xuống không phải nộp thuế; trên mức này, tỷ lệ thuế giá trị gia tăng là 3% và thuế thu nhập cá nhân là 1,5% trên doanh thu.

Về địa bàn, TP Hồ Chí Minh dẫn đầu với 612 tỷ đồng, chiếm 39,2% tổng số thu; tiếp đến là Hà Nội 438 tỷ đồng, Đà Nẵng 74 tỷ đồng và Bình Dương 61 tỷ đồng. Khánh Hòa đứng thứ 5 với 27,4 tỷ đồng.

Quý I/2024, toàn ngành ước thu từ lĩnh vực này 418 tỷ đồng, bằng 24,5% dự toán năm. Năm 2024, Tổng cục Thuế đặt mục tiêu thu khoảng 1.700 tỷ đồng và đưa 100% nền tảng kết nối vận tải vào danh sách khai, nộp thuế thay qua Cổng thông tin điện tử của Tổng cục.

Tổng cục Thuế đề nghị các nền tảng rà soát dữ liệu doanh thu của từng tài xế, cung cấp cho cơ quan thuế trước ngày 20 của tháng tiếp theo.

BỘ TÀI CHÍNH
Địa chỉ: Số 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
Điện thoại: (024) 2220.2828
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SUBJ_TAX = "thuế thu từ kinh doanh vận tải qua nền tảng số"

FIGS = [
    F("hơn 1.500 tỷ", "1.500", 1500000000000, "money", "đồng", approx="over", subject=SUBJ_TAX,
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tổng cộng 1.563 tỷ", "1.563", 1563000000000, "money", "đồng",
      change=C("increase", 17.4, "%", "năm 2022"),
      subject="thuế các nền tảng kết nối vận tải khai, nộp thay cho tài xế và nộp của chính doanh nghiệp",
      period=Y23),
    F("là 684 tỷ", "684", 684000000000, "money", "đồng", total=1563000000000, percent=43.8,
      subject="số thuế khấu trừ, nộp thay cho cá nhân kinh doanh vận tải", period=I(Y23)),
    F("khoảng 385.000 tài xế", "385.000", 385000, "count", "tài xế", approx="about",
      change=C("increase", 60000, "người", "cuối năm 2022", approx="nearly"),
      subject="tài xế được các nền tảng khấu trừ thuế thay"),
    F("từ 100 triệu", "100", 100000000, "money", "đồng/năm", optional=True,
      subject="ngưỡng doanh thu không phải nộp thuế"),
    F("là 3%", "3", 3, "percent", "%", subject="tỷ lệ thuế giá trị gia tăng trên doanh thu"),
    F("là 1,5%", "1,5", 1.5, "percent", "%", subject="tỷ lệ thuế thu nhập cá nhân trên doanh thu"),
    F("với 612 tỷ", "612", 612000000000, "money", "đồng", percent=39.2, subject=SUBJ_TAX,
      period=I(Y23), location="TP Hồ Chí Minh"),
    F("Hà Nội 438 tỷ", "438", 438000000000, "money", "đồng", subject=SUBJ_TAX, period=I(Y23),
      location="Hà Nội"),
    F("Đà Nẵng 74 tỷ", "74", 74000000000, "money", "đồng", subject=SUBJ_TAX, period=I(Y23),
      location="Đà Nẵng"),
    F("Bình Dương 61 tỷ", "61", 61000000000, "money", "đồng", subject=SUBJ_TAX, period=I(Y23),
      location="Bình Dương"),
    F("đứng thứ 5", "5", 5, "rank", "hạng", subject=SUBJ_TAX, period=I(Y23), location="Khánh Hòa"),
    F("với 27,4 tỷ", "27,4", 27400000000, "money", "đồng", subject=SUBJ_TAX, period=I(Y23),
      location="Khánh Hòa"),
    F("lĩnh vực này 418 tỷ", "418", 418000000000, "money", "đồng", percent=24.5, status="estimate",
      subject=SUBJ_TAX, period=P("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("khoảng 1.700 tỷ", "1.700", 1700000000000, "money", "đồng", approx="about", status="target",
      subject=SUBJ_TAX, period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("100% nền tảng", "100", 100, "percent", "%", status="target",
      subject="nền tảng kết nối vận tải khai, nộp thuế thay qua Cổng thông tin điện tử",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Ministry site (Bộ Tài chính, news from Tổng cục Thuế), national: default location Việt Nam.",
    "'Ngày đăng: 28/03/2024 | Lượt xem: 1.092' (published). The headline's 'năm 2023' is the headline figure's period.",
    "List of provinces (TP Hồ Chí Minh ... Bình Dương) and 'Khánh Hòa đứng thứ 5': places go to location, subject is the list's indicator.",
    "The 100 triệu đồng/năm threshold of a tax rule is optional. Rates 3% / 1,5% are standing rules (no period).",
    "Distractors: Thông tư số 40/2021/TT-BTC, 'trước ngày 20 của tháng tiếp theo', address Số 28 Trần Hưng Đạo, phone (024) 2220.2828.",
]

if __name__ == "__main__":
    write("p1133-4", TEXT, NOTES, FIGS, published="2024-03-28", location="Việt Nam")

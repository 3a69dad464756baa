"""p1277-4: provincial newspaper (Báo Quảng Trị, tag '(QTO) -'): smuggled cigarettes and e-cigarettes, first half of 2024."""
from lib import F, P, I, CH, TG, write

TEXT = """Quảng Trị: Thu giữ hơn 42 nghìn bao thuốc lá nhập lậu trong 6 tháng

Thứ Ba, 02/07/2024 | 15:10

Thuốc lá điếu nhập lậu qua tuyến biên giới Việt - Lào vẫn diễn biến phức tạp, trong khi thuốc lá điện tử được rao bán công khai tại nhiều cửa hàng ở trung tâm các huyện, thị xã.

(QTO) - 6 tháng đầu năm 2024, lực lượng chức năng tỉnh Quảng Trị đã phát hiện, bắt giữ 137 vụ vận chuyển, buôn bán thuốc lá điếu nhập lậu, tăng 18 vụ so với cùng kỳ năm 2023; thu giữ 42.650 bao thuốc lá các loại, trị giá ước tính khoảng 1,1 tỷ đồng. Trong đó, Cục Hải quan tỉnh bắt giữ 48 vụ, Bộ đội Biên phòng tỉnh 52 vụ, Công an tỉnh 37 vụ.

Đáng chú ý, ngày 14/5, tại Km 12 Quốc lộ 9, Đội Kiểm soát Hải quan Lao Bảo bắt giữ xe ô tô tải BKS 74C-083.17 chở 6.500 bao thuốc lá nhãn hiệu Jet, Hero và Esse nhập lậu từ Lào.

Giá thuốc lá lậu trên thị trường hiện từ 18.000 đến 25.000 đồng/bao, thấp hơn khoảng 30% so với thuốc lá sản xuất trong nước cùng phân khúc.

Bên cạnh đó, qua kiểm tra 214 cửa hàng, đại lý, lực lượng quản lý thị trường phát hiện 19 cơ sở kinh doanh thuốc lá điện tử, thuốc lá nung nóng, tạm giữ 1.320 sản phẩm (gồm 860 bút hút, 460 hộp tinh dầu), xử phạt 76 triệu đồng.

Ông Lê Văn Thành, Phó Cục trưởng Cục Quản lý thị trường tỉnh cho biết, thời gian tới lực lượng chức năng dự kiến mở 2 đợt cao điểm chống buôn lậu thuốc lá. Huyện Hướng Hóa hiện chiếm gần 70% số vụ vi phạm của toàn tỉnh.

HOÀNG NAM
"""

H6 = P("6 tháng", "2024-01-01", "2024-06-30")
N6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("hơn 42 nghìn", "42", 42000, "count", "bao", approx="over",
      subject="bao thuốc lá nhập lậu thu giữ", period=H6),
    F("giữ 137 vụ", "137", 137, "count", "vụ", change=CH("increase", 18, "vụ", "cùng kỳ năm 2023"),
      subject="vụ vận chuyển, buôn bán thuốc lá điếu nhập lậu bị phát hiện, bắt giữ", period=N6),
    F("thu giữ 42.650 bao", "42.650", 42650, "count", "bao", subject="bao thuốc lá các loại thu giữ", period=N6),
    F("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="about", status="estimate",
      subject="trị giá thuốc lá thu giữ", period=N6),
    F("bắt giữ 48 vụ", "48", 48, "count", "vụ", total=137, subject="vụ Cục Hải quan tỉnh bắt giữ", period=I(N6)),
    F("tỉnh 52 vụ", "52", 52, "count", "vụ", total=137, subject="vụ Bộ đội Biên phòng tỉnh bắt giữ", period=I(N6)),
    F("tỉnh 37 vụ", "37", 37, "count", "vụ", total=137, subject="vụ Công an tỉnh bắt giữ", period=I(N6)),
    F("chở 6.500 bao", "6.500", 6500, "count", "bao",
      subject="bao thuốc lá nhập lậu xe ô tô tải chở"),
    F("từ 18.000 đến 25.000", "18.000", 18000, "money", "đồng/bao", value_max=25000,
      change=CH("decrease", 30, "%", "thuốc lá sản xuất trong nước cùng phân khúc", approx="about"),
      subject="giá thuốc lá lậu trên thị trường"),
    F("kiểm tra 214", "214", 214, "count", "cửa hàng, đại lý", subject="cửa hàng, đại lý được kiểm tra"),
    F("phát hiện 19", "19", 19, "count", "cơ sở",
      subject="cơ sở kinh doanh thuốc lá điện tử, thuốc lá nung nóng bị phát hiện"),
    F("giữ 1.320 sản phẩm", "1.320", 1320, "count", "sản phẩm", subject="sản phẩm tạm giữ"),
    F("gồm 860", "860", 860, "count", "bút hút", total=1320, subject="bút hút tạm giữ"),
    F("460 hộp", "460", 460, "count", "hộp tinh dầu", total=1320, subject="hộp tinh dầu tạm giữ"),
    F("phạt 76 triệu", "76", 76e6, "money", "đồng", subject="tiền xử phạt cơ sở kinh doanh thuốc lá điện tử"),
    F("mở 2 đợt", "2", 2, "count", "đợt", status="forecast",
      subject="đợt cao điểm chống buôn lậu thuốc lá"),
    F("gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="số vụ vi phạm của huyện Hướng Hóa trong toàn tỉnh", location="Hướng Hóa"),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Trị): headline figure, 'Thứ Ba, 02/07/2024 | 15:10', sapo, tag '(QTO) -', byline at the end.",
    "Distractors: 'ngày 14/5', 'Km 12', 'Quốc lộ 9', plate 'BKS 74C-083.17', 15:10, 'Việt - Lào'.",
    "Headline 'hơn 42 nghìn bao ... trong 6 tháng' is its own figure (over, 42 000); year-less '6 tháng' takes 2024 (dateline).",
    "'tăng 18 vụ so với cùng kỳ năm 2023' is the change of 137 vụ (unit vụ). 'trị giá ước tính khoảng 1,1 tỷ' → estimate + about.",
    "'Trong đó' after a sentence break: 48 + 52 + 37 = 137 → total 137, period inherited.",
    "Price range 18.000-25.000 đồng/bao; 'thấp hơn khoảng 30% so với ...' is its change (decrease, about). 'hiện' → no period.",
    "'(gồm 860 bút hút, 460 hộp tinh dầu)' adds up to 1.320 sản phẩm → total. The inspection paragraph has no period phrase (none in gold).",
    "'dự kiến mở 2 đợt' → forecast. 'Huyện Hướng Hóa ... chiếm gần 70%' is a percent figure of its own located in Hướng Hóa.",
]

if __name__ == "__main__":
    write("p1277-4", TEXT, NOTES, FIGS, published="2024-07-02", location="Quảng Trị")

"""p1028-5: provincial Party newspaper (Báo Lạng Sơn): động Tam Thanh, Nhị Thanh during Tết 2025; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """
Động Tam Thanh, Nhị Thanh đông khách dịp đầu xuân

Trong 9 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ ngày 25/1 đến 2/2/2025), Khu di tích, danh thắng động Tam Thanh, Nhị Thanh (thành phố Lạng Sơn) đón trên 42.600 lượt khách, tăng 15,2% so với dịp Tết Giáp Thìn năm 2024. Riêng ngày mùng 4 Tết (1/2), lượng khách lên tới gần 9.800 lượt, cao nhất từ trước đến nay.

Tổng thu từ bán vé tham quan đạt hơn 1,06 tỷ đồng. Giá vé vào cụm di tích vẫn giữ ổn định ở mức 20.000 đồng/lượt đối với người lớn, 10.000 đồng/lượt đối với trẻ em và học sinh; người cao tuổi, người khuyết tật được miễn vé.

Ông Hoàng Văn Tám, Trưởng Ban Quản lý các di tích trọng điểm tỉnh cho biết, để phục vụ du khách, Ban đã bố trí 46 cán bộ, nhân viên trực Tết, trong đó có 12 thuyết minh viên; lắp đặt thêm 250 m lan can inox và 120 bóng đèn LED chiếu sáng trong lòng động Tam Thanh. Lực lượng công an, dân quân phối hợp duy trì 3 chốt bảo đảm an ninh, trật tự, không để xảy ra tình trạng chen lấn, mất an toàn.

Năm 2024, khu di tích đón khoảng 385.000 lượt khách, doanh thu bán vé đạt 6,8 tỷ đồng. Năm 2025, Ban phấn đấu đón 420.000 lượt khách, trong đó khách quốc tế chiếm khoảng 15%; đồng thời triển khai dự án chiếu sáng nghệ thuật trong động Nhị Thanh với tổng mức đầu tư dự kiến 18 tỷ đồng.

Du khách có thể liên hệ Ban Quản lý tại số 1 đường Tam Thanh, phường Tam Thanh để được hướng dẫn tham quan theo đoàn.

MINH NGỌC
08/02/2025
"""

TET = P("từ ngày 25/1 đến 2/2/2025", "2025-01-25", "2025-02-02")
NOTES = [
    "Báo Lạng Sơn: động Tam Thanh, Nhị Thanh (thành phố Lạng Sơn) during the Tết holiday 2025; byline MINH NGỌC and bare date 08/02/2025 at the end.",
    "'9 ngày nghỉ Tết' is a duration that locates the figures (not a figure); 'mùng 4 Tết (1/2)' is a date giving the period 2025-02-01.",
    "'khách quốc tế chiếm khoảng 15%' under a target is a percent figure of its own (status target). '18 tỷ đồng … dự kiến' is forecast.",
    "Distractors: 'Ất Tỵ', 'Giáp Thìn năm 2024' (baseline), 'Hoàng Văn Tám', 'số 1 đường Tam Thanh', the bare date.",
]
FIGS = [
    F("trên 42.600 lượt khách", "42.600", 42600, "count", "lượt khách", "khách đến Khu di tích, danh thắng động Tam Thanh, Nhị Thanh",
      TET, approx="over", change=C("increase", 15.2, baseline="dịp Tết Giáp Thìn năm 2024")),
    F("gần 9.800 lượt", "9.800", 9800, "count", "lượt", "lượng khách ngày mùng 4 Tết",
      P("ngày mùng 4 Tết (1/2)", "2025-02-01", "2025-02-01"), approx="nearly"),
    F("hơn 1,06 tỷ đồng", "1,06", 1060000000, "money", "đồng", "tổng thu từ bán vé tham quan", I(TET), approx="over"),
    F("mức 20.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt", "giá vé vào cụm di tích đối với người lớn"),
    F("10.000 đồng/lượt", "10.000", 10000, "money", "đồng/lượt", "giá vé vào cụm di tích đối với trẻ em và học sinh"),
    F("bố trí 46 cán bộ", "46", 46, "count", "cán bộ, nhân viên", "cán bộ, nhân viên trực Tết"),
    F("có 12 thuyết minh viên", "12", 12, "count", "thuyết minh viên", "thuyết minh viên trực Tết", total=46),
    F("thêm 250 m lan can", "250", 250, "measure", "m", "lan can inox lắp đặt thêm"),
    F("và 120 bóng đèn", "120", 120, "count", "bóng đèn", "bóng đèn LED chiếu sáng lắp thêm trong lòng động Tam Thanh"),
    F("duy trì 3 chốt", "3", 3, "count", "chốt", "chốt bảo đảm an ninh, trật tự"),
    F("khoảng 385.000 lượt khách", "385.000", 385000, "count", "lượt khách", "khách đến khu di tích",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("đạt 6,8 tỷ đồng", "6,8", 6800000000, "money", "đồng", "doanh thu bán vé", P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đón 420.000 lượt khách", "420.000", 420000, "count", "lượt khách", "khách đến khu di tích",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("khoảng 15%", "15", 15, "percent", "%", "khách quốc tế", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="about", status="target"),
    F("dự kiến 18 tỷ đồng", "18", 18000000000, "money", "đồng", "tổng mức đầu tư dự án chiếu sáng nghệ thuật trong động Nhị Thanh",
      status="forecast"),
]
write("p1028-5", TEXT, FIGS, NOTES, published="2025-02-08", location="Lạng Sơn")

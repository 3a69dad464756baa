"""p1564-2: district portal (huyện Thạch Thất, Hà Nội), làng nghề cơ khí Phùng Xá making locks and hinges."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức / Kinh tế - Làng nghề

Phùng Xá mở rộng sản xuất khóa cửa, bản lề

20/05/2024 - 08:40

Xã Phùng Xá hiện có khoảng 1.250 hộ làm nghề cơ khí, trong đó hơn 180 hộ chuyên sản xuất, lắp ráp khóa cửa, ổ khóa treo và bản lề. Năm 2023, doanh thu từ nghề cơ khí của xã đạt 1.150 tỷ đồng, tăng 8% so với năm 2022; riêng nhóm khóa và phụ kiện cửa chiếm khoảng 22%.

Xưởng của ông Nguyễn Văn Thiệp ở thôn 3 có hai máy dập liên hoàn và ba chục lao động, mỗi ngày xuất xưởng từ 1.500 đến 2.000 ổ khóa treo, chủ yếu dòng khóa chống cắt TH-63. Giá bán buôn từ 35.000 đến 90.000 đồng/chiếc; thợ lành nghề có thu nhập 8-10 triệu đồng/người/tháng. "Hơn 30 năm trước cả thôn chỉ có vài lò rèn, nay nhà nào cũng có máy", ông Thiệp nói.

Năm 2023, huyện hỗ trợ 6 hộ trong xã đổi mới thiết bị với tổng kinh phí 1,2 tỷ đồng từ nguồn khuyến công. Toàn huyện hiện có 61 làng nghề và làng có nghề, trong đó 4 làng nghề cơ khí.

Năm 2024, xã phấn đấu doanh thu nghề cơ khí đạt 1.250 tỷ đồng, tỷ lệ cơ sở sản xuất khóa có đăng ký nhãn hiệu đạt 30%. Dự kiến trong quý III, cụm công nghiệp làng nghề Phùng Xá được mở rộng thêm 5,6 ha để di dời khoảng 40 xưởng ra khỏi khu dân cư.

Nguồn: Phòng Kinh tế huyện

Tin khác:
- Thạch Thất tổ chức Hội chợ OCOP năm 2024
- Hướng dẫn đăng ký nhãn hiệu tập thể cho làng nghề

UBND huyện Thạch Thất. Địa chỉ: thị trấn Liên Quan, huyện Thạch Thất, TP Hà Nội. Điện thoại: 024.3367.1234
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    fig("khoảng 1.250 hộ", "1.250", 1250, "count", "hộ", approx="about",
        subject="hộ làm nghề cơ khí"),
    fig("hơn 180 hộ", "180", 180, "count", "hộ", approx="over", total=1250,
        subject="hộ chuyên sản xuất, lắp ráp khóa cửa, ổ khóa treo và bản lề"),
    fig("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng",
        change=chg("increase", 8, "%", "năm 2022"),
        subject="doanh thu từ nghề cơ khí của xã", period=Y23),
    fig("chiếm khoảng 22%", "22", 22, "percent", "%", approx="about",
        subject="tỷ trọng doanh thu nhóm khóa và phụ kiện cửa", period=Y23),
    fig("có hai máy dập", "hai", 2, "count", "máy dập liên hoàn",
        subject="máy dập liên hoàn của xưởng"),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động",
        subject="lao động của xưởng"),
    fig("từ 1.500 đến 2.000", "1.500", 1500, "measure", "ổ khóa treo/ngày", value_max=2000,
        subject="ổ khóa treo xưởng xuất xưởng mỗi ngày"),
    fig("từ 35.000 đến 90.000", "35.000", 35000, "money", "đồng/chiếc", value_max=90000,
        subject="giá bán buôn ổ khóa treo"),
    fig("nhập 8-10 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập của thợ lành nghề"),
    fig("hỗ trợ 6 hộ", "6", 6, "count", "hộ",
        subject="hộ được hỗ trợ đổi mới thiết bị", period=Y23b),
    fig("kinh phí 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
        subject="tổng kinh phí hỗ trợ đổi mới thiết bị", period=Y23b),
    fig("có 61 làng nghề", "61", 61, "count", "làng nghề và làng có nghề",
        subject="làng nghề và làng có nghề toàn huyện"),
    fig("trong đó 4 làng nghề", "4", 4, "count", "làng nghề", total=61,
        subject="làng nghề cơ khí"),
    fig("đạt 1.250 tỷ", "1.250", 1250e9, "money", "đồng", status="target",
        subject="doanh thu nghề cơ khí", period=Y24),
    fig("đạt 30%", "30", 30, "percent", "%", status="target",
        subject="tỷ lệ cơ sở sản xuất khóa có đăng ký nhãn hiệu", period=Y24),
    fig("thêm 5,6 ha", "5,6", 5.6, "measure", "ha", status="forecast",
        subject="diện tích cụm công nghiệp làng nghề Phùng Xá mở rộng thêm", period=Q3),
    fig("khoảng 40 xưởng", "40", 40, "count", "xưởng", approx="about", status="forecast",
        subject="xưởng di dời ra khỏi khu dân cư", period=Q3),
]

NOTES = [
    "District portal (huyện Thạch Thất, Hà Nội): banner naming the district, breadcrumb, '20/05/2024 - 08:40', 'Nguồn', 'Tin khác', address footer.",
    "Location: the commune Phùng Xá lies in huyện Thạch Thất; FIGURES.md places figures in a province, city or district, so all are 'Thạch Thất'.",
    "Distractors: 08:40, 'thôn 3', product name 'TH-63', duration 'Hơn 30 năm trước' (locates the past in time), 'Hội chợ OCOP năm 2024',",
    "phone 024.3367.1234. 'vài lò rèn' has no number.",
    "'trong đó hơn 180 hộ' is part of 'khoảng 1.250 hộ' (total). 'riêng nhóm khóa ... chiếm khoảng 22%' has no amount of its own: percent figure.",
    "'ba chục lao động' = 30 (number words). 'mỗi ngày xuất xưởng từ 1.500 đến 2.000 ổ khóa treo' is a daily rate: measure, 'ổ khóa treo/ngày'.",
    "'trong đó 4 làng nghề cơ khí' is part of the 61 làng nghề và làng có nghề (total 61).",
    "'Năm 2024 ... phấn đấu' → target; 'Dự kiến trong quý III' → forecast, quý III of 2024 (nearest earlier year).",
]

if __name__ == "__main__":
    write("p1564-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Thạch Thất")

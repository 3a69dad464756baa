"""p1532-2: district portal (huyện Đô Lương, Nghệ An): làng nồi đất Trù Sơn before Tết 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔ LƯƠNG - TỈNH NGHỆ AN
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội | Liên hệ

Làng nồi đất Trù Sơn tất bật vào vụ Tết

25/01/2024 08:40

Làng nồi đất Trù Sơn nằm cách trung tâm huyện khoảng 15 km về phía Tây Nam. Những ngày này, khắp các xóm đều rộn ràng tiếng đập đất, tiếng bàn xoay và khói lò nung.

Xã Trù Sơn hiện có 126 hộ làm nồi đất với gần 300 lao động, chủ yếu là phụ nữ trung niên. Bình quân mỗi hộ làm từ 40 đến 50 chiếc nồi/ngày; vào cao điểm trước Tết, nhiều hộ làm tăng lên 70-80 chiếc/ngày mới kịp giao hàng.

Năm 2023, làng nghề cung ứng ra thị trường khoảng 1,1 triệu sản phẩm nồi, niêu, ấm sắc thuốc; doanh thu đạt hơn 16 tỷ đồng, tăng 12% so với năm 2022. Giá bán tại lò từ 15.000 đồng đến 35.000 đồng/chiếc tùy kích cỡ, cao hơn khoảng 3.000 đồng so với Tết năm trước.

Riêng dịp Tết Giáp Thìn, các hộ đã nhận hơn ba chục đơn hàng lớn của các cơ sở kho cá ở Hà Nam, Nam Định và Hà Nội. Gia đình chị Nguyễn Thị Năm ở xóm 6 là đầu mối thu gom, mỗi ngày xuất đi khoảng 1.200 chiếc nồi kho cá, thu lãi 250-300 nghìn đồng/ngày.

Ông Hoàng Văn Thành, Chủ tịch UBND xã Trù Sơn cho biết, năm 2024 xã dự kiến hỗ trợ 20 hộ đầu tư lò nung cải tiến, giúp giảm khoảng 30% lượng củi đốt. Xã phấn đấu đến năm 2025 có ít nhất 1 sản phẩm nồi đất đạt chuẩn OCOP 3 sao.

Tin khác:
- Đô Lương: Ra quân trồng cây đầu xuân Giáp Thìn 2024
- Hội nghị triển khai nhiệm vụ năm 2024 của Phòng Kinh tế và Hạ tầng

Cơ quan chủ quản: UBND huyện Đô Lương
Địa chỉ: Khối 4, thị trấn Đô Lương, huyện Đô Lương, tỉnh Nghệ An
Điện thoại: 0238.3871.268
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 15 km", "15", 15, "measure", "km", approx="about",
        subject="khoảng cách từ làng nồi đất Trù Sơn đến trung tâm huyện"),
    fig("có 126 hộ", "126", 126, "count", "hộ", subject="hộ làm nồi đất"),
    fig("gần 300 lao động", "300", 300, "count", "lao động", approx="nearly", subject="lao động làm nồi đất"),
    fig("từ 40 đến 50", "40", 40, "measure", "chiếc nồi/ngày", value_max=50,
        subject="số nồi bình quân mỗi hộ làm"),
    fig("70-80 chiếc", "70", 70, "measure", "chiếc/ngày", value_max=80,
        subject="số nồi nhiều hộ làm vào cao điểm trước Tết"),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "count", "sản phẩm", approx="about",
        subject="sản phẩm nồi, niêu, ấm sắc thuốc làng nghề cung ứng ra thị trường", period=Y23),
    fig("hơn 16 tỷ", "16", 16e9, "money", "đồng", approx="over",
        change=chg("increase", 12, "%", "năm 2022"), subject="doanh thu làng nghề", period=Y23),
    fig("từ 15.000 đồng", "15.000", 15000, "money", "đồng/chiếc", value_max=35000,
        change=chg("increase", 3000, "đồng", "Tết năm trước", approx="about"),
        subject="giá bán nồi đất tại lò"),
    fig("hơn ba chục", "ba chục", 30, "count", "đơn hàng", approx="over",
        subject="đơn hàng lớn các hộ nhận dịp Tết"),
    fig("khoảng 1.200 chiếc", "1.200", 1200, "measure", "chiếc nồi/ngày", approx="about",
        subject="nồi kho cá gia đình chị Nguyễn Thị Năm xuất đi mỗi ngày"),
    fig("lãi 250-300", "250", 250e3, "money", "đồng/ngày", value_max=300e3,
        subject="tiền lãi của gia đình đầu mối thu gom"),
    fig("hỗ trợ 20 hộ", "20", 20, "count", "hộ", status="forecast",
        subject="hộ được hỗ trợ đầu tư lò nung cải tiến", period=Y24),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about", status="forecast",
        subject="lượng củi đốt giảm nhờ lò nung cải tiến", period=Y24),
    fig("ít nhất 1 sản phẩm", "1", 1, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm nồi đất đạt chuẩn OCOP", period=T25),
]

NOTES = [
    "District portal (huyện Đô Lương, Nghệ An): banner naming the district, menu, '25/01/2024 08:40' under the headline, 'Tin khác', footer.",
    "Distractors: 08:40, 'Nguyễn Thị Năm' (a name), 'xóm 6', 'OCOP 3 sao', 'Giáp Thìn 2024' and 'năm 2024' in link titles, 'Khối 4', phone.",
    "Location: xã Trù Sơn figures are given the district Đô Lương (the spec names province, city or district); Hà Nam, Nam Định, Hà Nội are buyers, not places of the figure.",
    "'khoảng 15 km' is a distance stated as a fact (measure, like '1.200 km' in the spec).",
    "'tăng lên 70-80 chiếc/ngày' gives the level reached (a range), not a change. 'cao hơn khoảng 3.000 đồng so với Tết năm trước' is the price range's change.",
    "'hơn ba chục' = over 30 (number words). 'Tết Giáp Thìn' is a festival, not a period; standing prices and capacities have no period.",
    "'năm 2024 xã dự kiến' governs both clauses of its sentence (forecast); 'phấn đấu đến năm 2025 … ít nhất 1' is a target (start null).",
    "revised after the first run: 'mỗi ngày xuất đi khoảng 1.200 chiếc nồi kho cá' unit 'chiếc/ngày' → 'chiếc nồi/ngày': the counted noun phrase is",
    "'chiếc nồi' (as in 'từ 40 đến 50 chiếc nồi/ngày' above); 'chiếc' alone is only the classifier.",
]

if __name__ == "__main__":
    write("p1532-2", TEXT, NOTES, FIGS, published="2024-01-25", location="Đô Lương")

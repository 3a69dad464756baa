"""p1459-7: news agency (TTXVN): free glasses for pupils in Hà Giang, a local optical chain."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Tặng 2.000 kính thuốc cho học sinh vùng cao Hà Giang

14/03/2024 16:05 GMT+7

Hà Giang, 14/3 (TTXVN) - Quỹ Ánh sáng Học đường phối hợp với Công ty TNHH Kính mắt Quang Minh ở TP Hà Giang vừa tổ chức khám mắt và trao tặng 2.000 kính thuốc miễn phí cho học sinh hai huyện Đồng Văn và Mèo Vạc.

Trong đợt này, các bác sĩ đã đo thị lực cho 3.650 học sinh của 12 trường tiểu học và trung học cơ sở, phát hiện 842 em mắc tật khúc xạ, chiếm 23,1%; trong đó 517 em cận thị, 325 em viễn thị và loạn thị. Các em được tặng kính phù hợp với độ khúc xạ, trị giá trung bình 450.000 đồng/cặp. Tổng kinh phí chương trình gần 1,2 tỷ đồng, trong đó Công ty Quang Minh đóng góp 700 triệu đồng.

Ông Phạm Đức Thành, Giám đốc Công ty TNHH Kính mắt Quang Minh, cho biết từ năm 2019 đến nay, công ty đã tặng hơn 5.000 cặp kính cho học sinh trong tỉnh. Năm nay, công ty dự kiến mở thêm hai cửa hàng tại các huyện vùng cao, nâng tổng số cửa hàng lên 7 và dành khoảng 3% lợi nhuận cho hoạt động thiện nguyện.

Theo Sở Y tế Hà Giang, toàn tỉnh hiện chỉ có 19 cơ sở dịch vụ kính thuốc, chủ yếu ở TP Hà Giang và huyện Bắc Quang; tỷ lệ học sinh được khám mắt định kỳ mới đạt khoảng 35%, thấp hơn nhiều so với mức bình quân cả nước. Nhiều em ở xã Lũng Cú, Sủng Là phải đi hơn 150 km xuống thành phố mới có thể cắt được kính.

Đình Hưng (TTXVN)

Xem thêm:
- Hà Giang: Khởi công Trường Phổ thông Dân tộc bán trú số 2 xã Pải Lủng
"""

SINCE = per("từ năm 2019 đến nay", "2019-01-01", "2024-03-14")
Y = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Tặng 2.000 kính", "2.000", 2000, "count", "kính thuốc",
        subject="kính thuốc tặng cho học sinh vùng cao"),
    fig("trao tặng 2.000 kính", "2.000", 2000, "count", "kính thuốc",
        subject="kính thuốc trao tặng miễn phí cho học sinh"),
    fig("học sinh hai huyện", "hai", 2, "count", "huyện", subject="huyện", optional=True),
    fig("cho 3.650 học sinh", "3.650", 3650, "count", "học sinh", subject="học sinh được đo thị lực"),
    fig("của 12 trường", "12", 12, "count", "trường", subject="trường tiểu học và trung học cơ sở"),
    fig("phát hiện 842 em", "842", 842, "count", "em", percent=23.1, subject="em mắc tật khúc xạ"),
    fig("trong đó 517 em", "517", 517, "count", "em", total=842, subject="em cận thị"),
    fig("325 em", "325", 325, "count", "em", total=842, subject="em viễn thị và loạn thị"),
    fig("bình 450.000 đồng", "450.000", 450000, "money", "đồng/cặp", subject="trị giá trung bình kính"),
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly", subject="tổng kinh phí chương trình"),
    fig("đóng góp 700 triệu", "700", 700e6, "money", "đồng", total=1.2e9,
        subject="kinh phí Công ty Quang Minh đóng góp"),
    fig("hơn 5.000 cặp", "5.000", 5000, "count", "cặp kính", approx="over",
        subject="cặp kính công ty đã tặng cho học sinh trong tỉnh", period=SINCE),
    fig("thêm hai cửa hàng", "hai", 2, "count", "cửa hàng", status="forecast",
        subject="cửa hàng công ty mở thêm", period=Y),
    fig("lên 7 và", "7", 7, "count", "cửa hàng", status="forecast",
        subject="tổng số cửa hàng", period=Y),
    fig("khoảng 3% lợi nhuận", "3", 3, "percent", "%", approx="about", status="forecast",
        subject="lợi nhuận dành cho hoạt động thiện nguyện", period=Y),
    fig("có 19 cơ sở", "19", 19, "count", "cơ sở", subject="cơ sở dịch vụ kính thuốc"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="tỷ lệ học sinh được khám mắt định kỳ"),
    fig("hơn 150 km", "150", 150, "measure", "km", approx="over",
        subject="quãng đường học sinh phải đi xuống thành phố để cắt kính"),
]

NOTES = [
    "News agency (TTXVN): headline, '14/03/2024 16:05 GMT+7' (published), lead 'Hà Giang, 14/3 (TTXVN) -', byline, 'Xem thêm'.",
    "Distractors: 16:05, 'GMT+7', '14/3' in the lead, 'năm 2019' (start of a period), 'Trường ... bán trú số 2' in a link title.",
    "Location Hà Giang throughout: the screening covers two districts (Đồng Văn and Mèo Vạc together), the optical firm is in TP Hà Giang",
    "and its figures are for pupils 'trong tỉnh'; 'xã Lũng Cú, Sủng Là' (two communes) do not make the distance a commune figure.",
    "Optional: 'hai huyện Đồng Văn và Mèo Vạc' counts the districts it names.",
    "No date for the screening in the body ('vừa', 'Trong đợt này') → no period for its figures.",
    "842 'chiếm 23,1%' → percent attribute; no part-of cue to 3 650. 'trong đó 517 em cận thị, 325 em ...' → total 842 (517+325 = 842).",
    "'trong đó Công ty ... đóng góp 700 triệu đồng' → total 1,2 tỷ (the whole is 'gần 1,2 tỷ').",
    "'từ năm 2019 đến nay' → 2019-01-01 .. dateline. 'Năm nay, công ty dự kiến ...' → forecast and 2024 for its three clauses.",
    "'nâng tổng số cửa hàng lên 7' → 7 cửa hàng, forecast (no change attribute: the increase is the 'hai cửa hàng' figure).",
]

if __name__ == "__main__":
    write("p1459-7", TEXT, NOTES, FIGS, published="2024-03-14", location="Hà Giang")

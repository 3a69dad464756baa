"""p1381-5: provincial Party newspaper (Báo Bắc Giang, tag '(BGĐT) -'): back-to-school prices, a bookshop, gift packages."""
from lib import F, P, I, C, T, write

TEXT = """Báo Bắc Giang điện tử > Xã hội

Mùa tựu trường: Phụ huynh chi tiền triệu cho sách vở

Thứ Hai, 19/08/2024 | 07:30

(BGĐT) - Những ngày giữa tháng 8, các nhà sách, cửa hàng văn phòng phẩm ở TP Bắc Giang đông khách. Giá nhiều mặt hàng đồ dùng học tập năm nay nhìn chung ổn định, một số loại tăng nhẹ.

Tại Nhà sách Xương Giang (số 156 đường Nguyễn Văn Cừ), trung bình mỗi ngày đón khoảng 600 lượt khách, gấp ba lần ngày thường. Chị Lê Thu Hà, quản lý nhà sách cho biết, doanh thu từ đầu tháng 8 đến nay đạt gần 1,8 tỷ đồng, tăng khoảng 20% so với cùng kỳ năm trước; trong đó sách giáo khoa chiếm 45%.

Theo khảo sát, bộ sách giáo khoa lớp 6 có giá 230.000-260.000 đồng/bộ tùy bộ sách; vở kẻ ô ly loại 48 trang giá 6.000 đồng/quyển; bút máy luyện chữ từ 35.000 đến 120.000 đồng/chiếc. Với gia đình có hai con đi học, chi phí mua sắm đồ dùng học tập, đồng phục đầu năm học dao động từ 2,5 đến 4 triệu đồng.

Toàn tỉnh hiện có hơn 482 nghìn học sinh phổ thông, tăng khoảng 9.000 em so với năm học trước. Để hỗ trợ học sinh khó khăn, Hội Khuyến học tỉnh dự kiến trao 15.000 suất quà gồm sách vở, cặp, bút với tổng trị giá 3 tỷ đồng, mỗi suất trị giá 200.000 đồng.

Ngành Giáo dục khuyến cáo phụ huynh chỉ mua những món đồ thật sự cần thiết, ưu tiên hàng Việt Nam chất lượng cao, có tem nhãn rõ ràng; nhà trường không được yêu cầu học sinh mua sách tham khảo.

Minh Ngọc
"""

SINCE = P("từ đầu tháng 8 đến nay", "2024-08-01", "2024-08-19")

FIGS = [
    F("khoảng 600 lượt", "600", 600, "measure", "lượt khách/ngày", approx="about",
      change=C("increase", 3, "lần", "ngày thường"), subject="lượt khách nhà sách đón mỗi ngày",
      location="Bắc Giang"),
    F("gần 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="nearly",
      change=C("increase", 20, "%", "cùng kỳ năm trước", approx="about"), subject="doanh thu của nhà sách",
      period=SINCE),
    F("chiếm 45%", "45", 45, "percent", "%", subject="sách giáo khoa trong doanh thu của nhà sách", period=SINCE),
    F("230.000-260.000", "230.000", 230000, "money", "đồng/bộ", value_max=260000,
      subject="giá bộ sách giáo khoa lớp 6"),
    F("loại 48 trang", "48", 48, "measure", "trang", optional=True),
    F("6.000 đồng/quyển", "6.000", 6000, "money", "đồng/quyển", subject="giá vở kẻ ô ly loại 48 trang"),
    F("từ 35.000 đến 120.000", "35.000", 35000, "money", "đồng/chiếc", value_max=120000,
      subject="giá bút máy luyện chữ"),
    F("có hai con", "hai", 2, "count", "con", optional=True),
    F("từ 2,5 đến 4 triệu", "2,5", 2.5e6, "money", "đồng", value_max=4e6,
      subject="chi phí mua sắm đồ dùng học tập, đồng phục đầu năm học"),
    F("hơn 482 nghìn", "482", 482000, "count", "học sinh", approx="over",
      change=C("increase", 9000, "em", "năm học trước", approx="about"), subject="học sinh phổ thông"),
    F("trao 15.000 suất", "15.000", 15000, "count", "suất quà", status="forecast",
      subject="suất quà Hội Khuyến học tỉnh trao cho học sinh khó khăn"),
    F("trị giá 3 tỷ", "3", 3e9, "money", "đồng", status="forecast", subject="tổng trị giá suất quà"),
    F("trị giá 200.000 đồng", "200.000", 200000, "money", "đồng/suất", status="forecast",
      subject="trị giá mỗi suất quà"),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): breadcrumb, 'Thứ Hai, 19/08/2024 | 07:30', sapo with tag '(BGĐT) -', byline at the end.",
    "Location Bắc Giang (named: TP Bắc Giang; tag BGĐT). 'chi tiền triệu' in the headline is an idiom, no number.",
    "'mỗi ngày đón khoảng 600 lượt khách, gấp ba lần ngày thường' is a rate (lượt khách/ngày) with a change x3 (baseline ngày thường).",
    "'từ đầu tháng 8 đến nay' runs from 2024-08-01 to the dateline. 'trong đó sách giáo khoa chiếm 45%' is a percent figure of its own.",
    "Prices are standing prices (no period). 'loại 48 trang' (product spec) and 'có hai con' (a case, not a statistic) are optional.",
    "'tăng khoảng 9.000 em so với năm học trước' is a change in em. 'dự kiến' governs the whole gift sentence (forecast);",
    "'mỗi suất trị giá 200.000 đồng' is a per-package value (đồng/suất). No figure sentence has a school-year period ('năm học' only as baseline).",
    "Distractors: 'số 156 đường Nguyễn Văn Cừ', 'lớp 6', 'tháng 8', dateline and time.",
]

if __name__ == "__main__":
    write("p1381-5", TEXT, NOTES, FIGS, published="2024-08-19", location="Bắc Giang")

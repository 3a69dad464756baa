"""p1270-6: national newspaper: an ageing city zoo in Hà Nội waits for renovation."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Đô thị

Thứ bảy, 1/6/2024, 09:15 (GMT+7)

Vườn thú gần nửa thế kỷ ở Hà Nội chờ cải tạo

Nhiều dãy chuồng tại Vườn thú Kim Mã đã xuống cấp, trong khi lượng khách dịp cuối tuần có lúc lên tới 20.000 người.

Theo Ban quản lý, vườn thú rộng 29 ha, hiện nuôi 612 cá thể thuộc 101 loài, trong đó 96 cá thể đã già yếu, trên 20 năm tuổi. Hệ thống chuồng trại phần lớn được xây từ những năm 1980; 34/51 dãy chuồng đã thấm dột, hoen gỉ.

Năm 2023, vườn thú đón khoảng 1,05 triệu lượt khách, doanh thu bán vé hơn 31 tỷ đồng, trong khi chi phí thức ăn cho thú lên tới 18,7 tỷ đồng, chiếm khoảng 60% doanh thu vé. Giá vé người lớn 30.000 đồng/lượt, không đổi từ năm 2016.

"Mỗi ngày đàn thú cần khoảng 1,2 tấn thịt, rau, củ, quả; riêng hai con voi ăn hết 400 kg", ông Lê Minh Đạo, Giám đốc vườn thú, nói. Đơn vị hiện có 142 cán bộ, nhân viên, trong đó chỉ 9 người là bác sĩ thú y.

Theo đề án được UBND thành phố phê duyệt tại Quyết định số 3120/QĐ-UBND, tổng vốn cải tạo dự kiến khoảng 650 tỷ đồng, gấp 4 lần phương án năm 2018. Thành phố dự kiến khởi công vào quý IV/2024, hoàn thành trong 36 tháng. Sau cải tạo, vườn thú phấn đấu nâng số loài lên 150 và đón 2 triệu lượt khách mỗi năm.

Võ Hải

Chia sẻ | 126 bình luận
Xem thêm: Hà Nội lấy ý kiến về quy hoạch công viên Thống Nhất
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("tới 20.000 người", "20.000", 20000, "count", "người", subject="lượng khách dịp cuối tuần"),
    fig("rộng 29 ha", "29", 29, "measure", "ha", subject="diện tích vườn thú"),
    fig("nuôi 612 cá thể", "612", 612, "count", "cá thể", subject="cá thể vườn thú hiện nuôi"),
    fig("thuộc 101 loài", "101", 101, "count", "loài", subject="loài vườn thú hiện nuôi"),
    fig("đó 96 cá thể", "96", 96, "count", "cá thể", total=612, subject="cá thể đã già yếu"),
    fig("trên 20 năm", "20", 20, "measure", "năm tuổi", approx="over", subject="tuổi của cá thể già yếu",
        optional=True),
    fig("34/51 dãy", "34", 34, "count", "dãy chuồng", total=51, subject="dãy chuồng đã thấm dột, hoen gỉ"),
    fig("khoảng 1,05 triệu", "1,05", 1.05e6, "count", "lượt khách", approx="about",
        subject="lượt khách vườn thú đón", period=Y23),
    fig("hơn 31 tỷ", "31", 31e9, "money", "đồng", approx="over", subject="doanh thu bán vé", period=Y23),
    fig("tới 18,7 tỷ", "18,7", 18.7e9, "money", "đồng", percent=60, subject="chi phí thức ăn cho thú",
        period=Y23),
    fig("30.000 đồng/lượt", "30.000", 30000, "money", "đồng/lượt", subject="giá vé người lớn"),
    fig("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn/ngày", approx="about",
        subject="thịt, rau, củ, quả đàn thú cần mỗi ngày"),
    fig("hai con voi", "hai", 2, "count", "con voi", subject="voi", optional=True),
    fig("hết 400 kg", "400", 400, "measure", "kg/ngày", subject="thức ăn hai con voi ăn mỗi ngày"),
    fig("có 142 cán bộ", "142", 142, "count", "cán bộ, nhân viên", subject="cán bộ, nhân viên của đơn vị"),
    fig("chỉ 9 người", "9", 9, "count", "người", total=142, subject="bác sĩ thú y"),
    fig("khoảng 650 tỷ", "650", 650e9, "money", "đồng", approx="about", status="forecast",
        change=chg("increase", 4, "lần", "phương án năm 2018"), subject="tổng vốn cải tạo"),
    fig("trong 36 tháng", "36", 36, "measure", "tháng", status="forecast", subject="thời gian thi công",
        optional=True),
    fig("lên 150", "150", 150, "count", "loài", status="target", subject="số loài sau cải tạo"),
    fig("đón 2 triệu", "2", 2e6, "measure", "lượt khách/năm", status="target", subject="lượt khách sau cải tạo"),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 1/6/2024, 09:15 (GMT+7)' (published), sapo, quote, byline 'Võ Hải', comment count, 'Xem thêm' link.",
    "Location Hà Nội throughout (the headline names the city; no district is named).",
    "'có lúc lên tới 20.000 người' (a peak): exact, no period. 'trên 20 năm tuổi' qualifies the 96 animals: optional (cf. 'dưới 1 tuổi' in the shared gold).",
    "'34/51 dãy chuồng' -> total 51. 'chiếm khoảng 60% doanh thu vé' -> percent 60 of the 18,7 tỷ food cost.",
    "'Mỗi ngày ... khoảng 1,2 tấn', '400 kg' -> tấn/ngày, kg/ngày; 'hai con voi' is optional (a group named inside the quote).",
    "'tổng vốn cải tạo dự kiến khoảng 650 tỷ, gấp 4 lần phương án năm 2018' -> forecast, change x4 (unit lần). 'hoàn thành trong 36 tháng' is a planned duration: optional.",
    "'phấn đấu nâng số loài lên 150 và đón 2 triệu lượt khách mỗi năm' -> targets; no period ('Sau cải tạo'). '2 triệu ... mỗi năm' is a rate: measure, lượt khách/năm (revised: was count).",
    "Distractors: 1/6/2024, 09:15, '(GMT+7)', 'nửa thế kỷ', 'những năm 1980', 'năm 2016', 'Quyết định số 3120/QĐ-UBND', 'quý IV/2024' (a date of an event), '126 bình luận'. '142 cán bộ, nhân viên, trong đó chỉ 9 người' -> total 142.",
]

if __name__ == "__main__":
    write("p1270-6", TEXT, NOTES, FIGS, published="2024-06-01", location="Hà Nội")

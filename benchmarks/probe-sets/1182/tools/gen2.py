"""p1182-2: district portal (quận Hoàn Kiếm, Hà Nội), public bicycles, first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM
Trang chủ | Tin tức - Sự kiện | Kinh tế - Đô thị | Liên hệ

Xe đạp công cộng thành lựa chọn quen thuộc quanh hồ Gươm

Thứ Ba, 09/07/2024 - 16:05

Sau hơn một năm triển khai, mạng lưới xe đạp công cộng trên địa bàn quận Hoàn Kiếm đã có 27 trạm với 410 xe, trong đó 150 xe đạp điện. 6 tháng đầu năm, các trạm trên địa bàn quận ghi nhận 212.600 lượt thuê, chiếm khoảng 18% tổng lượt thuê toàn thành phố; quãng đường đi bình quân 3,2 km/lượt.

Ba trạm có lượt thuê cao nhất là Đền Bà Kiệu, Tràng Tiền và Hàng Đậu, lần lượt đạt 18.400, 15.900 và 12.300 lượt. Số người đăng ký tài khoản mới qua các trạm trên địa bàn quận trong 6 tháng là 6.420 người (3.950 người Việt Nam và 2.470 người nước ngoài). Giá thuê xe đạp cơ 10.000 đồng/60 phút, xe đạp điện 20.000 đồng/60 phút.

Anh Lê Minh Tuấn (phường Hàng Bạc), nhân viên một ngân hàng trên phố Lý Thái Tổ, dùng vé tháng 200.000 đồng từ đầu năm. Mỗi ngày anh đi hai lượt từ nhà đến cơ quan và ngược lại, tiết kiệm khoảng 1 triệu đồng/tháng tiền gửi xe, xăng xe so với trước.

Trong quý III, quận phối hợp với Sở Giao thông vận tải Hà Nội và Công ty CP Giao thông xanh Thủ Đô dự kiến lắp đặt thêm 8 trạm, nâng tổng số trạm trên địa bàn lên 35 trạm. UBND quận đề nghị người dân phản ánh hành vi phá hoại xe qua số điện thoại 024.3825.4091 hoặc tại trụ sở số 126 Hàng Trống.
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = per("trong 6 tháng", "2024-01-01", "2024-06-30")
Q3 = per("Trong quý III", "2024-07-01", "2024-09-30")
TOP = "lượt thuê tại trạm"

FIGS = [
    fig("có 27 trạm", "27", 27, "count", "trạm", subject="trạm xe đạp công cộng"),
    fig("với 410 xe", "410", 410, "count", "xe", subject="xe đạp công cộng"),
    fig("150 xe đạp điện", "150", 150, "count", "xe", total=410, subject="xe đạp điện"),
    fig("ghi nhận 212.600 lượt", "212.600", 212600, "count", "lượt thuê", percent=18,
        subject="lượt thuê tại các trạm trên địa bàn quận", period=H1),
    fig("bình quân 3,2 km", "3,2", 3.2, "measure", "km/lượt",
        subject="quãng đường đi bình quân", period=H1),
    fig("Ba trạm có", "Ba", 3, "count", "trạm", optional=True,
        subject="trạm có lượt thuê cao nhất"),
    fig("đạt 18.400", "18.400", 18400, "count", "lượt", subject=TOP, period=inh(H1)),
    fig("18.400, 15.900", "15.900", 15900, "count", "lượt", subject=TOP, period=inh(H1)),
    fig("và 12.300 lượt", "12.300", 12300, "count", "lượt", subject=TOP, period=inh(H1)),
    fig("là 6.420 người", "6.420", 6420, "count", "người",
        subject="người đăng ký tài khoản mới", period=H1b),
    fig("3.950 người", "3.950", 3950, "count", "người", total=6420,
        subject="người Việt Nam đăng ký tài khoản mới", period=H1b),
    fig("2.470 người", "2.470", 2470, "count", "người", total=6420,
        subject="người nước ngoài đăng ký tài khoản mới", period=H1b),
    fig("cơ 10.000 đồng", "10.000", 10000, "money", "đồng/60 phút", subject="giá thuê xe đạp cơ"),
    fig("điện 20.000 đồng", "20.000", 20000, "money", "đồng/60 phút", subject="giá thuê xe đạp điện"),
    fig("tháng 200.000 đồng", "200.000", 200000, "money", "đồng", subject="giá vé tháng"),
    fig("đi hai lượt", "hai", 2, "measure", "lượt/ngày", subject="lượt đi xe đạp công cộng mỗi ngày"),
    fig("khoảng 1 triệu", "1", 1000000, "money", "đồng/tháng", approx="about",
        subject="tiền gửi xe, xăng xe tiết kiệm được"),
    fig("thêm 8 trạm", "8", 8, "count", "trạm", status="forecast", subject="trạm lắp đặt thêm", period=Q3),
    fig("lên 35 trạm", "35", 35, "count", "trạm", status="forecast",
        subject="tổng số trạm trên địa bàn", period=Q3),
]

NOTES = [
    "District portal (quận Hoàn Kiếm, Hà Nội): 'Thứ Ba, 09/07/2024 - 16:05'. Default location Hoàn Kiếm (district portal, district named).",
    "'Sau hơn một năm triển khai' is a duration that locates (not a figure); 'một ngân hàng' is an article, not a number.",
    "'chiếm khoảng 18% tổng lượt thuê toàn thành phố' is the share attribute of 212.600. Station list with 'lần lượt': stations are not places,",
    "so location stays Hoàn Kiếm and the subject is the list's indicator. Bracketed breakdown 3.950 + 2.470 = 6.420 gives totals.",
    "'hai lượt' mỗi ngày is a per-day rate (measure, number word). Year-less '6 tháng đầu năm', 'quý III' take 2024 from the dateline.",
    "revised after the first run: 'Ba trạm có lượt thuê cao nhất' (the size of a top-3 selection, cf. '05 tỉnh cao nhất' optional in h10) added as optional.",
    "Distractors: 16:05, phone 024.3825.4091, 'số 126 Hàng Trống', rate denominators '60 phút'.",
]

if __name__ == "__main__":
    write("p1182-2", TEXT, NOTES, FIGS, published="2024-07-09", location="Hoàn Kiếm")

"""p842-2: Bảo Lạc district portal (Cao Bằng), mobile coverage and fibre to hamlets, 6 months 2023."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO LẠC - TỈNH CAO BẰNG
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Tư, 16/08/2023 - 10:20

Đưa sóng di động, cáp quang về các xóm vùng cao

Thực hiện Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về chuyển đổi số, 6 tháng đầu năm 2023 huyện Bảo Lạc đã phối hợp với các doanh nghiệp viễn thông phủ sóng di động cho thêm 9 xóm, nâng số xóm có sóng 3G, 4G lên 142/155 xóm, chiếm 91,6%.

Hạ tầng cáp quang đã đến trung tâm 17/17 xã, thị trấn và 108 xóm; toàn huyện có 6.215 thuê bao internet băng rộng cố định, tăng 27% so với cùng kỳ năm 2022. Các xã có tỷ lệ hộ dùng internet cáp quang cao là thị trấn Bảo Lạc (68%), Hồng Trị (41%) và Bảo Toàn (37%); thấp nhất là Cô Ba và Thượng Hà, mỗi xã chỉ khoảng 6%.

Huyện đã lắp 24 điểm wifi miễn phí tại nhà văn hóa xóm và chợ phiên; riêng chợ phiên thị trấn mỗi phiên có từ 300 đến 500 thiết bị kết nối. Tổng kinh phí các doanh nghiệp đầu tư hạ tầng trên địa bàn trong 6 tháng ước khoảng 12,8 tỷ đồng, gấp 1,6 lần cùng kỳ.

Ông Nông Văn Tám, xóm Nà Tống, xã Hồng Trị cho biết: "Từ khi có cáp quang, cả xóm 46 hộ thì đã có 19 hộ lắp internet, con cháu học trực tuyến thuận tiện hơn".

Phấn đấu đến cuối năm 2023, 100% xóm có sóng di động và ít nhất 130 xóm có cáp quang; dự kiến trong quý IV các doanh nghiệp sẽ lắp đặt thêm 5 trạm BTS tại các xã Cốc Pàng, Cô Ba, Xuân Trường.

Hoàng Thu - Trung tâm VHTTTT huyện
Lượt xem: 415
"""

M6 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
RATE = "tỷ lệ hộ dùng internet cáp quang"
END23 = P("đến cuối năm 2023", end="2023-12-31")

FIGS = [
    F("cho thêm 9 xóm", "9", 9, "count", "xóm", "xóm được phủ sóng di động thêm", M6),
    F("lên 142/155 xóm", "142", 142, "count", "xóm", "xóm có sóng 3G, 4G", M6, total=155, percent=91.6),
    F("trung tâm 17/17 xã", "17", 17, "count", "xã, thị trấn", "xã, thị trấn có cáp quang đến trung tâm",
      I(M6), total=17),
    F("và 108 xóm", "108", 108, "count", "xóm", "xóm có hạ tầng cáp quang", I(M6)),
    F("có 6.215 thuê bao", "6.215", 6215, "count", "thuê bao", "thuê bao internet băng rộng cố định", I(M6),
      change=C("increase", 27, "%", "cùng kỳ năm 2022")),
    F("Bảo Lạc (68%)", "68", 68, "percent", "%", RATE, I(M6)),
    F("Hồng Trị (41%)", "41", 41, "percent", "%", RATE, I(M6)),
    F("Bảo Toàn (37%)", "37", 37, "percent", "%", RATE, I(M6)),
    F("khoảng 6%", "6", 6, "percent", "%", RATE, I(M6), approx="about"),
    F("lắp 24 điểm wifi", "24", 24, "count", "điểm wifi", "điểm wifi miễn phí"),
    F("từ 300 đến 500 thiết bị", "300", 300, "measure", "thiết bị/phiên", "thiết bị kết nối wifi mỗi phiên chợ",
      value_max=500),
    F("khoảng 12,8 tỷ đồng", "12,8", 12.8e9, "money", "đồng", "kinh phí các doanh nghiệp đầu tư hạ tầng",
      P("trong 6 tháng", "2023-01-01", "2023-06-30"), approx="about", status="estimate",
      change=C("increase", 1.6, "lần", "cùng kỳ")),
    F("cả xóm 46 hộ", "46", 46, "count", "hộ", "hộ trong xóm Nà Tống"),
    F("có 19 hộ lắp internet", "19", 19, "count", "hộ", "hộ lắp internet", total=46),
    F("2023, 100% xóm", "100", 100, "percent", "%", "xóm có sóng di động", END23, status="target"),
    F("ít nhất 130 xóm", "130", 130, "count", "xóm", "xóm có cáp quang", END23, approx="at_least",
      status="target"),
    F("thêm 5 trạm BTS", "5", 5, "count", "trạm BTS", "trạm BTS lắp đặt thêm",
      P("trong quý IV", "2023-10-01", "2023-12-31"), status="forecast"),
]

NOTES = [
    "Bảo Lạc district portal (Cao Bằng): mobile coverage and fibre to hamlets (xóm), public wifi (6 months 2023). Invented text.",
    "Location is the district Bảo Lạc throughout; commune items (thị trấn Bảo Lạc, Hồng Trị, ...) stay in the district because",
    "FIGURES.md names province, city or district as a figure's place. Not figures: 'Nghị quyết số 05-NQ/HU', '3G, 4G',",
    "'Thứ Tư, 16/08/2023 - 10:20', 'Nông Văn Tám' (a name), 'Lượt xem: 415'. 'cả xóm 46 hộ thì đã có 19 hộ' gives total 46.",
    "'gấp 1,6 lần cùng kỳ' after a money figure is its change in 'lần'. 'quý IV' takes 2023 from 'cuối năm 2023'.",
    "'mỗi phiên có từ 300 đến 500 thiết bị' is a rate per market session: measure, unit 'thiết bị/phiên' (FIGURES.md: Rates).",
]

build("p842-2", TEXT, FIGS, NOTES, published="2023-08-16", location="Bảo Lạc")

"""p1309-2: district portal (huyện Cát Hải, Hải Phòng): fog stops the Gót - Cái Viềng ferry, February 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁT HẢI
Thành phố Hải Phòng
Trang chủ | Tin tức - Sự kiện | Giao thông | Thủ tục hành chính

Sương mù dày đặc, tuyến phà Gót - Cái Viềng tạm dừng gần 3 giờ

21/02/2025 - 14:05

Sáng 21/2, sương mù dày đặc bao phủ khu vực luồng Lạch Huyện và vịnh Lan Hạ, tầm nhìn trên biển có lúc chỉ khoảng 50 m. Ban Quản lý bến phà Gót quyết định tạm dừng toàn bộ 4 phà đang khai thác trên tuyến từ 5 giờ 30 phút đến 8 giờ 20 phút. Đây là lần thứ ba trong tháng tuyến phà phải dừng vì sương mù.

Thời điểm cao nhất, tại bến Gót có hơn 350 phương tiện chờ qua phà, trong đó 42 xe khách, 96 ô tô con và trên 200 xe máy; hàng nghìn du khách từ đảo Cát Bà về đất liền phải chờ đợi. Sau khi sương tan, các phà chạy tăng cường với tần suất 15 phút/chuyến, đến 11 giờ đã giải tỏa hết phương tiện ùn ứ.

Ông Phạm Văn Thịnh, Trưởng ban Quản lý bến phà Gót cho biết, từ đầu năm đến nay tuyến phà đã phải tạm dừng 7 lần vì sương mù, tổng thời gian dừng khoảng 16 giờ, trong khi cả năm 2024 chỉ có 5 lần. Tháng 1/2025, tuyến phà vận chuyển ước đạt 395.000 lượt hành khách, tăng 18% so với tháng 1/2024. Bình quân mỗi ngày, tuyến phà chở khoảng 4.500 lượt phương tiện.

Dự kiến trong tháng 3/2025, Sở Giao thông vận tải thành phố sẽ bổ sung hai phà trọng tải 400 tấn cho tuyến, nâng năng lực vận chuyển thêm 30-35%.

Tin khác:
- Cát Hải triển khai cao điểm bảo đảm an toàn giao thông đường thủy
- Lịch tiếp công dân tháng 3 của Chủ tịch UBND huyện

Địa chỉ: Số 2 đường Hà Sen, thị trấn Cát Bà, huyện Cát Hải
Điện thoại: 0225.3888.215 | Lượt truy cập: 684.902
"""

DAY = per("Sáng 21/2", "2025-02-21", "2025-02-21")
YTD = per("từ đầu năm đến nay", "2025-01-01", "2025-02-21")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
JAN = per("Tháng 1/2025", "2025-01-01", "2025-01-31")
MAR = per("tháng 3/2025", "2025-03-01", "2025-03-31")
WAIT = "phương tiện chờ qua phà tại bến Gót"

FIGS = [
    fig("tạm dừng gần 3 giờ", "3", 3, "measure", "giờ", approx="nearly",
        subject="thời gian tuyến phà Gót - Cái Viềng tạm dừng"),
    fig("chỉ khoảng 50 m", "50", 50, "measure", "m", approx="about", subject="tầm nhìn trên biển", period=DAY),
    fig("toàn bộ 4 phà", "4", 4, "count", "phà", subject="phà đang khai thác trên tuyến tạm dừng", period=inh(DAY)),
    fig("hơn 350 phương tiện", "350", 350, "count", "phương tiện", approx="over", subject=WAIT,
        period=inh(DAY)),
    fig("42 xe khách", "42", 42, "count", "xe khách", total=350, subject="xe khách chờ qua phà", period=inh(DAY)),
    fig("96 ô tô con", "96", 96, "count", "ô tô con", total=350, subject="ô tô con chờ qua phà", period=inh(DAY)),
    fig("trên 200 xe máy", "200", 200, "count", "xe máy", approx="over", total=350,
        subject="xe máy chờ qua phà", period=inh(DAY)),
    fig("hàng nghìn du khách", "nghìn", 1000, "count", "du khách", approx="about",
        subject="du khách từ đảo Cát Bà về đất liền phải chờ đợi", period=inh(DAY)),
    fig("15 phút/chuyến", "15", 15, "measure", "phút/chuyến", subject="tần suất các phà chạy tăng cường"),
    fig("tạm dừng 7 lần", "7", 7, "count", "lần", subject="số lần tuyến phà phải tạm dừng vì sương mù", period=YTD),
    fig("khoảng 16 giờ", "16", 16, "measure", "giờ", approx="about", subject="tổng thời gian dừng", period=YTD),
    fig("chỉ có 5 lần", "5", 5, "count", "lần", subject="số lần tuyến phà phải tạm dừng vì sương mù", period=Y24),
    fig("ước đạt 395.000", "395.000", 395000, "count", "lượt hành khách", status="estimate",
        change=chg("increase", 18, "%", "tháng 1/2024"), subject="lượt hành khách tuyến phà vận chuyển", period=JAN),
    fig("khoảng 4.500 lượt", "4.500", 4500, "measure", "lượt phương tiện/ngày", approx="about",
        subject="lượt phương tiện tuyến phà chở bình quân mỗi ngày"),
    fig("bổ sung hai phà", "hai", 2, "count", "phà", status="forecast", subject="phà bổ sung cho tuyến", period=MAR),
    fig("trọng tải 400 tấn", "400", 400, "measure", "tấn", status="forecast", subject="trọng tải phà bổ sung"),
    fig("thêm 30-35%", "30", 30, "percent", "%", value_max=35, status="forecast",
        subject="năng lực vận chuyển nâng thêm"),
]

NOTES = [
    "District portal (huyện Cát Hải, Hải Phòng): banner, menu, '21/02/2025 - 14:05' under the headline, 'Tin khác', address footer.",
    "Distractors: 14:05, 'Sáng 21/2', '5 giờ 30 phút đến 8 giờ 20 phút', '11 giờ', 'lần thứ ba' (ordinal), 'tháng 3' in a link,",
    "'Số 2 đường Hà Sen', phone 0225.3888.215, 'Lượt truy cập: 684.902'.",
    "Location Cát Hải (the district the ferry serves) for every figure.",
    "'hơn 350 phương tiện, trong đó 42 ..., 96 ..., trên 200 ...': parts take total 350. 'hàng nghìn du khách' = 1000, approx about",
    "(spec: 'hàng chục nghìn' is a number word, approx; 'about' chosen).",
    "'Bình quân mỗi ngày ... khoảng 4.500 lượt phương tiện' is a daily rate: measure, unit 'lượt phương tiện/ngày'.",
    "'Dự kiến' governs the whole last sentence (forecast). The ferry tonnage and the capacity gain get no period (specs, not results).",
    "The headline duration 'gần 3 giờ' is the claim of the headline: a measure figure (not a time of day).",
]

if __name__ == "__main__":
    write("p1309-2", TEXT, NOTES, FIGS, published="2025-02-21", location="Cát Hải")

"""p1204-5: Party newspaper (Báo Cà Mau): the Hòn Khoai lighthouse (huyện Ngọc Hiển) and the province's signals."""
from lib import chg, emit, fig, inh, per

TEXT = """Báo Cà Mau điện tử
Trang chủ » Kinh tế » Biển đảo

Ngọn hải đăng trên đảo Hòn Khoai

Hải đăng Hòn Khoai nằm trên đảo Hòn Khoai thuộc xã Tân Ân, huyện Ngọc Hiển, cách mũi Cà Mau khoảng 16 km. Ngọn đèn do người Pháp xây dựng năm 1920, có độ cao tâm sáng 318 m so với mực nước biển, tầm hiệu lực 27 hải lý, là một trong những ngọn hải đăng cao nhất Việt Nam.

Từ cửa biển Rạch Gốc, ca nô mất từ 45 đến 60 phút để ra đảo; sau đó du khách phải leo hơn 1.000 bậc đá lên đỉnh núi. Anh Lê Văn Hùng, trạm trưởng Trạm quản lý đèn biển Hòn Khoai, cho biết trạm hiện có 4 nhân viên, mỗi tháng nhận hàng tiếp tế 2 lần. Nguồn điện cho đèn lấy từ 24 tấm pin năng lượng mặt trời, mỗi tấm công suất 320 W, cùng một máy phát điện dự phòng.

Năm 2024, đảo đón khoảng 3.500 lượt khách tham quan, gấp đôi năm 2023. Trong số này có 210 lượt khách nước ngoài, chủ yếu đi theo các tour câu cá, lặn biển. Dự án cầu tàu và đường lên đèn biển Hòn Khoai có tổng mức đầu tư 42 tỷ đồng, khởi công tháng 3/2025.

Theo Công ty TNHH MTV Bảo đảm an toàn hàng hải Tây Nam Bộ, vùng biển Cà Mau hiện có 4 đèn biển và 36 phao báo hiệu trên các luồng Năm Căn, Sông Đốc, Gành Hào. 3 tháng đầu năm 2025, đơn vị đã bảo dưỡng 14 phao, đạt 40% kế hoạch năm; dự kiến cả năm kinh phí duy tu báo hiệu khoảng 5,6 tỷ đồng.

HỮU NGHĨA
18/04/2025
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("3 tháng đầu năm 2025", "2025-01-01", "2025-03-31")
Y25 = per("cả năm", "2025-01-01", "2025-12-31")
NH = "Ngọc Hiển"
HK = "hải đăng Hòn Khoai"

FIGS = [
    fig("khoảng 16 km", "16", 16, "measure", "km", approx="about",
        subject="khoảng cách từ đảo Hòn Khoai đến mũi Cà Mau", location=NH),
    fig("tâm sáng 318 m", "318", 318, "measure", "m",
        subject=f"độ cao tâm sáng {HK} so với mực nước biển", location=NH),
    fig("27 hải lý", "27", 27, "measure", "hải lý", subject=f"tầm hiệu lực {HK}", location=NH),
    fig("từ 45 đến 60 phút", "45", 45, "measure", "phút", value_max=60,
        subject="thời gian ca nô từ cửa biển Rạch Gốc ra đảo", location=NH),
    fig("hơn 1.000 bậc", "1.000", 1000, "count", "bậc đá", approx="over",
        subject="bậc đá lên đỉnh núi", location=NH),
    fig("có 4 nhân viên", "4", 4, "count", "nhân viên",
        subject="nhân viên Trạm quản lý đèn biển Hòn Khoai", location=NH),
    fig("tiếp tế 2 lần", "2", 2, "measure", "lần/tháng", subject="lần nhận hàng tiếp tế mỗi tháng", location=NH),
    fig("từ 24 tấm", "24", 24, "count", "tấm pin năng lượng mặt trời",
        subject="tấm pin năng lượng mặt trời cấp điện cho đèn", location=NH),
    fig("320 W", "320", 320, "measure", "W", subject="công suất mỗi tấm pin", location=NH),
    fig("một máy phát", "một", 1, "count", "máy phát điện", subject="máy phát điện dự phòng", location=NH),
    fig("khoảng 3.500 lượt", "3.500", 3500, "count", "lượt khách", approx="about",
        change=chg("increase", 2, "lần", "năm 2023"), subject="lượt khách tham quan đảo Hòn Khoai",
        period=Y24, location=NH),
    fig("có 210 lượt", "210", 210, "count", "lượt khách", total=3500,
        subject="lượt khách nước ngoài tham quan đảo Hòn Khoai", period=inh(Y24), location=NH),
    fig("42 tỷ đồng", "42", 42e9, "money", "đồng",
        subject="tổng mức đầu tư dự án cầu tàu và đường lên đèn biển Hòn Khoai", location=NH),
    fig("có 4 đèn biển", "4", 4, "count", "đèn biển", subject="đèn biển vùng biển Cà Mau"),
    fig("36 phao", "36", 36, "count", "phao báo hiệu", subject="phao báo hiệu trên các luồng"),
    fig("bảo dưỡng 14 phao", "14", 14, "count", "phao", percent=40, subject="phao được bảo dưỡng", period=Q1),
    fig("khoảng 5,6 tỷ đồng", "5,6", 5.6e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí duy tu báo hiệu", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Cà Mau): byline 'HỮU NGHĨA' and bare date '18/04/2025' at the end (published).",
    "The lighthouse passage is placed in huyện Ngọc Hiển (xã Tân Ân): its figures, also in the following sentences about the",
    "station, the island and the project, take Ngọc Hiển; the province's signals ('vùng biển Cà Mau') and the company's work take Cà Mau.",
    "Distractors: 'năm 1920' (year built), 'tháng 3/2025' (start date, not a period of 42 tỷ), 'một trong những' (not a count), 'mũi Cà Mau'.",
    "'Trong số này có 210 lượt' → total 3.500. 'gấp đôi năm 2023' after a count is its change (increase 2 lần). 'mỗi tháng … 2 lần' is a rate; 'một máy phát điện' is a number word.",
    "'đạt 40% kế hoạch năm' → percent of 14 phao; 'dự kiến cả năm' → forecast, 'cả năm' = 2025 from '3 tháng đầu năm 2025'.",
]

if __name__ == "__main__":
    emit("p1204-5", TEXT, FIGS, NOTES, published="2025-04-18", location="Cà Mau")

"""p1204-8: provincial newspaper online (Báo Phú Yên, '(BPY) -'): visitors to the Mũi Điện lighthouse, 9 months of 2024."""
from lib import chg, emit, fig, inh, per

TEXT = """BÁO PHÚ YÊN ĐIỆN TỬ
Du lịch

Hải đăng Mũi Điện đón gần 95.000 lượt khách trong 9 tháng

08/10/2024 - 07:45

(BPY) - 9 tháng năm 2024, Khu du lịch Hải đăng Mũi Điện ở xã Hòa Tâm, thị xã Đông Hòa đón gần 95.000 lượt khách, tăng 21,4% so với cùng kỳ, trong đó khách quốc tế khoảng 7.600 lượt. Doanh thu từ vé tham quan đạt 3,8 tỷ đồng, bằng 84% kế hoạch năm. Lượng khách các tháng 7, 8 và 9 lần lượt đạt 14.200, 16.800 và 9.500 lượt.

Theo Ban quản lý khu du lịch, giá vé hiện là 20.000 đồng/người. Học sinh, người cao tuổi được giảm 50% giá vé. Du khách đi bộ khoảng 1,5 km đường rừng rồi leo 110 bậc tam cấp để lên tháp đèn. Ngọn hải đăng do người Pháp xây dựng năm 1890, tháp hình trụ cao 26,5 m, tầm hiệu lực 27 hải lý, đặc tính ánh sáng chớp nhóm 3 chu kỳ 15 giây.

Tại Trạm quản lý đèn biển Mũi Điện, 4 nhân viên trực theo 2 ca, mỗi ca 12 giờ. Ngoài Mũi Điện, vùng biển tỉnh còn có 2 đèn biển khác là Nhạn Tháp và Hòn Nưa cùng 21 phao báo hiệu trên luồng vào cảng Vũng Rô.

Từ năm 2021 đến nay, tỉnh đã đầu tư hơn 11 tỷ đồng nâng cấp đường lên hải đăng, xây bãi đỗ xe rộng 6.000 m2 và khu dịch vụ.

Quý IV, khu du lịch dự kiến đón khoảng 30.000 lượt khách; cả năm phấn đấu đạt ít nhất 125.000 lượt, tăng 20% so với năm 2023.

NGỌC HÂN
"""

H9 = per("trong 9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")
DH = "Đông Hòa"
MD = "hải đăng Mũi Điện"

FIGS = [
    fig("gần 95.000 lượt khách trong", "95.000", 95000, "count", "lượt khách", approx="nearly",
        subject=f"lượt khách đến {MD}", period=H9, location=DH),
    fig("gần 95.000 lượt khách,", "95.000", 95000, "count", "lượt khách", approx="nearly",
        change=chg("increase", 21.4, "%", "cùng kỳ"),
        subject="lượt khách đến Khu du lịch Hải đăng Mũi Điện", period=M9, location=DH),
    fig("khoảng 7.600 lượt", "7.600", 7600, "count", "lượt", approx="about", total=95000,
        subject="lượt khách quốc tế", period=M9, location=DH),
    fig("đạt 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", percent=84,
        subject="doanh thu từ vé tham quan", period=inh(M9), location=DH),
    fig("lần lượt đạt 14.200", "14.200", 14200, "count", "lượt", subject="lượt khách",
        period=per("tháng 7", "2024-07-01", "2024-07-31"), location=DH),
    fig("14.200, 16.800", "16.800", 16800, "count", "lượt", subject="lượt khách",
        period=per("tháng 8", "2024-08-01", "2024-08-31"), location=DH),
    fig("và 9.500 lượt", "9.500", 9500, "count", "lượt", subject="lượt khách",
        period=per("tháng 9", "2024-09-01", "2024-09-30"), location=DH),
    fig("20.000 đồng/người", "20.000", 20000, "money", "đồng/người", subject="giá vé tham quan", location=DH),
    fig("giảm 50%", "50", 50, "percent", "%",
        subject="mức giảm giá vé cho học sinh, người cao tuổi", location=DH),
    fig("khoảng 1,5 km", "1,5", 1.5, "measure", "km", approx="about",
        subject="quãng đường đi bộ đường rừng lên tháp đèn", location=DH),
    fig("leo 110 bậc", "110", 110, "count", "bậc tam cấp", subject="bậc tam cấp lên tháp đèn", location=DH),
    fig("cao 26,5 m", "26,5", 26.5, "measure", "m", subject=f"chiều cao tháp {MD}", location=DH),
    fig("27 hải lý", "27", 27, "measure", "hải lý", subject=f"tầm hiệu lực {MD}", location=DH),
    fig("nhóm 3", "3", 3, "count", "chớp", optional=True, subject="đặc tính ánh sáng chớp nhóm", location=DH),
    fig("15 giây", "15", 15, "measure", "giây", optional=True, subject="chu kỳ chớp", location=DH),
    fig("4 nhân viên", "4", 4, "count", "nhân viên",
        subject="nhân viên Trạm quản lý đèn biển Mũi Điện", location=DH),
    fig("theo 2 ca", "2", 2, "count", "ca", subject="ca trực", location=DH),
    fig("mỗi ca 12 giờ", "12", 12, "measure", "giờ/ca", subject="thời gian mỗi ca trực", location=DH),
    fig("có 2 đèn biển", "2", 2, "count", "đèn biển", subject="đèn biển khác trên vùng biển tỉnh"),
    fig("21 phao", "21", 21, "count", "phao báo hiệu", subject="phao báo hiệu trên luồng vào cảng Vũng Rô"),
    fig("hơn 11 tỷ đồng", "11", 11e9, "money", "đồng", approx="over",
        subject="vốn đầu tư nâng cấp đường lên hải đăng, bãi đỗ xe và khu dịch vụ",
        period=per("Từ năm 2021 đến nay", "2021-01-01", "2024-10-08"), location=DH),
    fig("rộng 6.000 m2", "6.000", 6000, "measure", "m2", subject="diện tích bãi đỗ xe", location=DH),
    fig("khoảng 30.000 lượt", "30.000", 30000, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách đến khu du lịch", period=Q4, location=DH),
    fig("ít nhất 125.000 lượt", "125.000", 125000, "count", "lượt", approx="at_least", status="target",
        change=chg("increase", 20, "%", "năm 2023"), subject="lượt khách đến khu du lịch", period=YR, location=DH),
]

NOTES = [
    "Provincial newspaper online (Báo Phú Yên): headline figure, '08/10/2024 - 07:45' (published), tag '(BPY) -', byline at the end.",
    "The lighthouse and tourist site is placed in thị xã Đông Hòa (xã Hòa Tâm): its figures take Đông Hòa, also in the",
    "following sentences and the headline; the province's other lighthouses and buoys ('vùng biển tỉnh') take Phú Yên.",
    "'các tháng 7, 8 và 9 lần lượt': each item has its own month (2024). 'Từ năm 2021 đến nay' ends at the dateline.",
    "Distractors: 'năm 1890', the '2' of 'm2', '07:45', 'Nhạn Tháp', 'Hòn Nưa'. Optional: 'chớp nhóm 3 chu kỳ 15 giây' (a light's code).",
    "'bằng 84% kế hoạch năm' → percent of 3,8 tỷ đồng. 'giảm 50% giá vé' stands in its own sentence: a percent figure.",
    "'Quý IV … dự kiến' → forecast; '; cả năm phấn đấu' → target with its change. Year-less periods take 2024.",
]

if __name__ == "__main__":
    emit("p1204-8", TEXT, FIGS, NOTES, published="2024-10-08", location="Phú Yên")

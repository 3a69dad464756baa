"""p1251-1: province portal (Bạc Liêu): Vườn chim Bạc Liêu, visitors 6 months 2024, bird survey, patrols."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẠC LIÊU
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Vườn chim Bạc Liêu đón hơn 52 nghìn lượt khách trong 6 tháng

Cập nhật: 09/07/2024 10:35 | Lượt xem: 1.386

Theo Ban Quản lý Khu du lịch Nhà Mát, 6 tháng đầu năm 2024, Vườn chim Bạc Liêu đón 52.640 lượt khách tham quan, tăng 18,3% so với cùng kỳ năm 2023, bằng 61,2% kế hoạch năm. Trong đó, khách quốc tế có 1.180 lượt. Doanh thu từ bán vé và dịch vụ ước đạt 2,37 tỷ đồng.

Vườn chim nằm cách trung tâm TP Bạc Liêu khoảng 6 km, có tổng diện tích 385 ha, trong đó rừng tự nhiên chiếm 127 ha. Kết quả khảo sát tháng 5/2024 ghi nhận 46 loài chim, trong đó 5 loài có tên trong Sách đỏ Việt Nam; tổng số cá thể ước từ 40.000 đến 45.000 con, nhiều nhất là cò trắng, diệc xám và cồng cộc.

Để bảo vệ đàn chim, Ban Quản lý bố trí 24 nhân viên chia thành 4 tổ tuần tra. Từ đầu năm đến nay, lực lượng kiểm lâm và Ban Quản lý tháo dỡ 37 bộ lưới bẫy, thả về tự nhiên 215 cá thể chim các loại, xử phạt 3 trường hợp với tổng số tiền gần 18 triệu đồng.

Năm 2024, đơn vị phấn đấu đón 86.000 lượt khách. Dự kiến trong quý IV, tỉnh đầu tư 3,5 tỷ đồng nâng cấp 2 tháp quan sát chim và 1,2 km đường mòn sinh thái.

Tin liên quan:
- Lễ hội Dạo quanh Vườn chim lần thứ 3
- Bạc Liêu: Ra quân bảo vệ chim di cư mùa sinh sản
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
S6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M5 = per("tháng 5/2024", "2024-05-01", "2024-05-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-09")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("hơn 52 nghìn lượt", "52", 52e3, "count", "lượt khách", approx="over",
        subject="lượt khách Vườn chim Bạc Liêu đón", period=H6),
    fig("đón 52.640 lượt", "52.640", 52640, "count", "lượt khách", percent=61.2,
        change=chg("increase", 18.3, "%", "cùng kỳ năm 2023"),
        subject="lượt khách tham quan Vườn chim Bạc Liêu đón", period=S6),
    fig("có 1.180 lượt", "1.180", 1180, "count", "lượt", total=52640,
        subject="khách quốc tế", period=inh(S6)),
    fig("ước đạt 2,37 tỷ", "2,37", 2.37e9, "money", "đồng", status="estimate",
        subject="doanh thu từ bán vé và dịch vụ", period=inh(S6)),
    fig("khoảng 6 km", "6", 6, "measure", "km", approx="about",
        subject="khoảng cách từ Vườn chim đến trung tâm TP Bạc Liêu"),
    fig("diện tích 385 ha", "385", 385, "measure", "ha", subject="tổng diện tích Vườn chim"),
    fig("chiếm 127 ha", "127", 127, "measure", "ha", total=385, subject="rừng tự nhiên"),
    fig("ghi nhận 46 loài", "46", 46, "count", "loài", subject="loài chim ghi nhận", period=M5),
    fig("5 loài có tên", "5", 5, "count", "loài", total=46,
        subject="loài có tên trong Sách đỏ Việt Nam", period=M5),
    fig("từ 40.000 đến 45.000", "40.000", 40000, "count", "con", value_max=45000, status="estimate",
        subject="tổng số cá thể chim", period=M5),
    fig("bố trí 24 nhân viên", "24", 24, "count", "nhân viên",
        subject="nhân viên Ban Quản lý bố trí bảo vệ đàn chim"),
    fig("thành 4 tổ", "4", 4, "count", "tổ", subject="tổ tuần tra"),
    fig("tháo dỡ 37 bộ", "37", 37, "count", "bộ lưới bẫy", subject="lưới bẫy tháo dỡ", period=YTD),
    fig("nhiên 215 cá thể", "215", 215, "count", "cá thể",
        subject="cá thể chim các loại thả về tự nhiên", period=YTD),
    fig("xử phạt 3 trường hợp", "3", 3, "count", "trường hợp", subject="trường hợp bị xử phạt", period=YTD),
    fig("gần 18 triệu", "18", 18e6, "money", "đồng", approx="nearly", subject="tổng số tiền xử phạt",
        period=YTD),
    fig("đón 86.000 lượt", "86.000", 86000, "count", "lượt khách", status="target",
        subject="lượt khách đơn vị phấn đấu đón", period=Y24),
    fig("đầu tư 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", status="forecast",
        subject="vốn đầu tư nâng cấp tháp quan sát chim và đường mòn sinh thái", period=Q4),
    fig("cấp 2 tháp", "2", 2, "count", "tháp quan sát", status="forecast",
        subject="tháp quan sát chim nâng cấp", period=Q4),
    fig("và 1,2 km", "1,2", 1.2, "measure", "km", status="forecast",
        subject="đường mòn sinh thái nâng cấp", period=Q4),
]

NOTES = [
    "Province portal (Bạc Liêu): Vườn chim Bạc Liêu, 6 months 2024; breadcrumb, 'Cập nhật: 09/07/2024 10:35 | Lượt xem: 1.386', related links.",
    "Distractors: 10:35, 'Lượt xem: 1.386', 'lần thứ 3' in a link, 'Sách đỏ'.",
    "Headline '6 tháng' (year-less) takes 2024 from published. 'bằng 61,2% kế hoạch năm' is the percent attribute of 52.640.",
    "'Trong đó, khách quốc tế có 1.180 lượt' after a sentence break: total 52.640; period inherited. Revenue sentence inherits the period.",
    "'trong đó rừng tự nhiên chiếm 127 ha' is a part of 385 ha. 'ước từ 40.000 đến 45.000 con' → estimate, range.",
    "'Từ đầu năm đến nay' ends at the dateline. 'Dự kiến trong quý IV' governs the three figures of its sentence (forecast).",
]

if __name__ == "__main__":
    write("p1251-1", TEXT, NOTES, FIGS, published="2024-07-09", location="Bạc Liêu")

"""p1414-2: district portal (quận Nam Từ Liêm, Hà Nội): apartment buildings, conferences, boards, fees, complaints."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NAM TỪ LIÊM - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Chính quyền | Thủ tục hành chính | Liên hệ

Nam Từ Liêm: Nâng cao hiệu quả quản lý, vận hành nhà chung cư
18/06/2024 - 10:20

Nam Từ Liêm hiện đứng thứ hai thành phố về số lượng nhà chung cư (sau quận Hoàng Mai) với 186 tòa nhà, khoảng 52.000 căn hộ và hơn 170 nghìn cư dân. Trong đó, phường Trung Văn có 34 tòa nhà, phường Mỹ Đình 2 có 27 tòa nhà.

6 tháng đầu năm 2024, UBND quận đã hướng dẫn, giám sát 23 hội nghị nhà chung cư, gồm 15 hội nghị thường niên và 8 hội nghị bất thường; công nhận 12 ban quản trị mới, nâng tổng số tòa nhà có ban quản trị lên 151 tòa, chiếm 81,2%.

Giá dịch vụ quản lý vận hành tại các chung cư trên địa bàn dao động từ 5.500 đến 15.000 đồng/m2/tháng, phổ biến khoảng 8.000-12.000 đồng/m2/tháng.

Từ đầu năm đến nay, quận tiếp nhận 41 đơn kiến nghị liên quan đến nhà chung cư, giảm 9 đơn so với cùng kỳ; đã giải quyết 36 đơn, đạt 87,8%. Điển hình là tòa nhà Hoa Sen Tower (số 68 đường Trung Văn): sau hai lần tổ chức không thành, hội nghị lần thứ ba đã có 412/560 chủ sở hữu tham dự, bầu ban quản trị gồm 5 thành viên. Chủ đầu tư dự kiến bàn giao 23,6 tỷ đồng kinh phí bảo trì trong tháng 7.

Trong 6 tháng cuối năm, quận phấn đấu công nhận thêm ít nhất 10 ban quản trị, xử lý dứt điểm các vụ việc tồn đọng.

Nguồn: Phòng Quản lý đô thị quận
Tin khác:
- Phường Mễ Trì ra quân tổng vệ sinh môi trường
- Quận tổ chức hội nghị triển khai Luật Nhà ở năm 2023

Địa chỉ: Số 125 Hồ Tùng Mậu, phường Cầu Diễn, quận Nam Từ Liêm | Điện thoại: 024.3763.2345
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
JUL = per("trong tháng 7", "2024-07-01", "2024-07-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số lượng nhà chung cư"),
    fig("với 186 tòa", "186", 186, "count", "tòa nhà", subject="nhà chung cư"),
    fig("khoảng 52.000 căn", "52.000", 52000, "count", "căn hộ", approx="about",
        subject="căn hộ chung cư"),
    fig("hơn 170 nghìn", "170", 170e3, "count", "cư dân", approx="over",
        subject="cư dân chung cư"),
    fig("có 34 tòa", "34", 34, "count", "tòa nhà", total=186,
        subject="nhà chung cư phường Trung Văn"),
    fig("có 27 tòa", "27", 27, "count", "tòa nhà", total=186,
        subject="nhà chung cư phường Mỹ Đình 2"),
    fig("giám sát 23 hội", "23", 23, "count", "hội nghị",
        subject="hội nghị nhà chung cư UBND quận hướng dẫn, giám sát", period=H1),
    fig("gồm 15 hội", "15", 15, "count", "hội nghị", total=23,
        subject="hội nghị thường niên", period=H1),
    fig("và 8 hội", "8", 8, "count", "hội nghị", total=23,
        subject="hội nghị bất thường", period=H1),
    fig("công nhận 12 ban", "12", 12, "count", "ban quản trị",
        subject="ban quản trị mới được công nhận", period=H1),
    fig("lên 151 tòa", "151", 151, "count", "tòa", percent=81.2,
        subject="tổng số tòa nhà có ban quản trị", period=H1),
    fig("từ 5.500 đến", "5.500", 5500, "money", "đồng/m2/tháng", value_max=15000,
        subject="giá dịch vụ quản lý vận hành tại các chung cư"),
    fig("khoảng 8.000-12.000", "8.000", 8000, "money", "đồng/m2/tháng", value_max=12000, approx="about",
        subject="giá dịch vụ quản lý vận hành phổ biến"),
    fig("tiếp nhận 41 đơn", "41", 41, "count", "đơn kiến nghị",
        change=chg("decrease", 9, "đơn", "cùng kỳ"),
        subject="đơn kiến nghị liên quan đến nhà chung cư", period=YTD),
    fig("giải quyết 36 đơn", "36", 36, "count", "đơn", percent=87.8,
        subject="đơn kiến nghị đã giải quyết", period=YTD),
    fig("sau hai lần", "hai", 2, "count", "lần",
        subject="lần tổ chức hội nghị không thành", optional=True),
    fig("có 412/560", "412", 412, "count", "chủ sở hữu", total=560,
        subject="chủ sở hữu tham dự hội nghị lần thứ ba tòa nhà Hoa Sen Tower", period=inh(YTD)),
    fig("gồm 5 thành viên", "5", 5, "count", "thành viên",
        subject="thành viên ban quản trị tòa nhà Hoa Sen Tower"),
    fig("giao 23,6 tỷ", "23,6", 23.6e9, "money", "đồng", status="forecast",
        subject="kinh phí bảo trì chủ đầu tư bàn giao", period=JUL),
    fig("ít nhất 10 ban", "10", 10, "count", "ban quản trị", approx="at_least", status="target",
        subject="ban quản trị công nhận thêm", period=H2),
]

NOTES = [
    "District portal (quận Nam Từ Liêm, Hà Nội), dated '18/06/2024 - 10:20' under the headline.",
    "Distractors: 'phường Mỹ Đình 2', 'số 68 đường Trung Văn', 'lần thứ ba', 'Luật Nhà ở năm 2023', 'Số 125 Hồ Tùng Mậu', phone, 10:20.",
    "Location: all figures describe the district; wards (phường) are below district level, so their counts stay 'Nam Từ Liêm' (ward in subject).",
    "'Trong đó' after a sentence break: ward counts take total 186; 'gồm 15 ... và 8' take total 23.",
    "'hai lần tổ chức không thành' (a count of failed attempts told as story) is optional.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-06-18; 'trong tháng 7' and '6 tháng cuối năm' take 2024.",
]

if __name__ == "__main__":
    write("p1414-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Nam Từ Liêm")

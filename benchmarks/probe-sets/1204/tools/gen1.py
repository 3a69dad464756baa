"""p1204-1: province portal (Quảng Ninh): maritime signals on the province's sea area, 9 months of 2024."""
from lib import chg, emit, fig, inh, per

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế > Giao thông vận tải

Gần 200 báo hiệu hàng hải trên vùng biển Quảng Ninh hoạt động ổn định

Cập nhật: 21/10/2024 08:15 | Lượt xem: 1.842

Theo Công ty TNHH MTV Bảo đảm an toàn hàng hải Đông Bắc Bộ, 9 tháng năm 2024, hệ thống báo hiệu hàng hải trên vùng biển tỉnh được duy trì với 196 báo hiệu, trong đó 11 đèn biển, 142 phao báo hiệu và 43 đăng tiêu, tiêu thị. Tỷ lệ báo hiệu hoạt động đúng đặc tính đạt 99,8%, cao hơn 0,3 điểm phần trăm so với cùng kỳ.

Trong 9 tháng, đơn vị đã thay thế, bảo dưỡng định kỳ 87 phao, sơn lại 26 đăng tiêu; xử lý 14 sự cố báo hiệu bị tàu va, trôi dạt hoặc mất đèn, thời gian khắc phục bình quân dưới 24 giờ. Riêng phao số 0 luồng Hòn Gai - Cái Lân bị sà lan đâm trôi hai lần, đơn vị đã phát Thông báo hàng hải số 215/TBHH-TCTBĐATHHMB và khôi phục vị trí ngay trong ngày.

Luồng Hòn Gai - Cái Lân dài 31,5 km hiện bố trí 38 phao báo hiệu; luồng Hòn Nét - Con Ong dài khoảng 38 km với 27 phao và 4 đăng tiêu. 9 tháng, các cảng biển trên địa bàn đón 9.350 lượt tàu ra vào, tăng 6,2% so với cùng kỳ năm 2023.

Năm 2024, kinh phí quản lý, vận hành hệ thống báo hiệu trên địa bàn được giao khoảng 48,6 tỷ đồng; đến hết tháng 9 đã giải ngân 35,2 tỷ đồng, đạt 72,4% kế hoạch. Quý IV, đơn vị dự kiến lắp đặt thêm 6 phao báo hiệu thông minh tích hợp AIS tại vịnh Bái Tử Long và luồng Vạn Gia, kinh phí từ 3 đến 3,5 tỷ đồng.

Mọi thông tin về báo hiệu hàng hải, đề nghị liên hệ kênh VHF 16 hoặc số điện thoại 0203.3825.110.

Tin liên quan:
- Khánh thành đèn biển Cô Tô sau cải tạo
- Diễn tập tìm kiếm cứu nạn trên biển năm 2024
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9 = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
N9 = per("9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF9 = per("đến hết tháng 9", None, "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("Gần 200 báo hiệu", "200", 200, "count", "báo hiệu", approx="nearly",
        subject="báo hiệu hàng hải trên vùng biển Quảng Ninh hoạt động ổn định"),
    fig("với 196 báo hiệu", "196", 196, "count", "báo hiệu",
        subject="báo hiệu hàng hải trên vùng biển tỉnh", period=M9),
    fig("11 đèn biển", "11", 11, "count", "đèn biển", total=196, subject="đèn biển", period=M9),
    fig("142 phao báo hiệu", "142", 142, "count", "phao báo hiệu", total=196,
        subject="phao báo hiệu", period=M9),
    fig("43 đăng tiêu", "43", 43, "count", "đăng tiêu", total=196,
        subject="đăng tiêu, tiêu thị", period=M9),
    fig("đạt 99,8%", "99,8", 99.8, "percent", "%",
        change=chg("increase", 0.3, "điểm phần trăm", "cùng kỳ"),
        subject="tỷ lệ báo hiệu hoạt động đúng đặc tính", period=inh(M9)),
    fig("định kỳ 87 phao", "87", 87, "count", "phao",
        subject="phao được thay thế, bảo dưỡng định kỳ", period=T9),
    fig("sơn lại 26 đăng tiêu", "26", 26, "count", "đăng tiêu", subject="đăng tiêu được sơn lại", period=T9),
    fig("xử lý 14 sự cố", "14", 14, "count", "sự cố",
        subject="sự cố báo hiệu bị tàu va, trôi dạt hoặc mất đèn được xử lý", period=T9),
    fig("dưới 24 giờ", "24", 24, "measure", "giờ", approx="under",
        subject="thời gian khắc phục sự cố bình quân", period=T9),
    fig("đâm trôi hai lần", "hai", 2, "count", "lần",
        subject="lần phao số 0 luồng Hòn Gai - Cái Lân bị sà lan đâm trôi", period=inh(T9)),
    fig("dài 31,5 km", "31,5", 31.5, "measure", "km", subject="chiều dài luồng Hòn Gai - Cái Lân"),
    fig("bố trí 38 phao", "38", 38, "count", "phao báo hiệu",
        subject="phao báo hiệu trên luồng Hòn Gai - Cái Lân"),
    fig("dài khoảng 38 km", "38", 38, "measure", "km", approx="about",
        subject="chiều dài luồng Hòn Nét - Con Ong"),
    fig("với 27 phao", "27", 27, "count", "phao", subject="phao trên luồng Hòn Nét - Con Ong"),
    fig("và 4 đăng tiêu", "4", 4, "count", "đăng tiêu", subject="đăng tiêu trên luồng Hòn Nét - Con Ong"),
    fig("đón 9.350 lượt tàu", "9.350", 9350, "count", "lượt tàu",
        change=chg("increase", 6.2, "%", "cùng kỳ năm 2023"),
        subject="lượt tàu ra vào các cảng biển trên địa bàn", period=N9),
    fig("khoảng 48,6 tỷ đồng", "48,6", 48.6e9, "money", "đồng", approx="about",
        subject="kinh phí quản lý, vận hành hệ thống báo hiệu được giao", period=Y24),
    fig("giải ngân 35,2 tỷ đồng", "35,2", 35.2e9, "money", "đồng", percent=72.4,
        subject="kinh phí quản lý, vận hành hệ thống báo hiệu đã giải ngân", period=ASOF9),
    fig("thêm 6 phao", "6", 6, "count", "phao báo hiệu thông minh", status="forecast",
        subject="phao báo hiệu thông minh tích hợp AIS lắp đặt thêm", period=Q4),
    fig("từ 3 đến 3,5 tỷ đồng", "3", 3e9, "money", "đồng", value_max=3.5e9, status="forecast",
        subject="kinh phí lắp đặt phao báo hiệu thông minh", period=Q4),
]

NOTES = [
    "Province portal (Quảng Ninh): breadcrumb, headline figure 'Gần 200', 'Cập nhật: 21/10/2024 08:15 | Lượt xem: 1.842' (published).",
    "Distractors: '08:15', 'Lượt xem: 1.842', 'phao số 0' (a buoy's name), 'Thông báo hàng hải số 215/TBHH-TCTBĐATHHMB', 'kênh VHF 16',",
    "phone 0203.3825.110, 'năm 2024' in a related link. 'hai lần' is a number word (count of incidents, not a multiple).",
    "196 = 11 + 142 + 43 ('trong đó'). 'đạt 72,4% kế hoạch' is the share (percent) of the disbursed amount; 'cao hơn 0,3 điểm phần trăm' the change of 99,8%.",
    "Year-less '9 tháng', 'Trong 9 tháng', 'đến hết tháng 9', 'Quý IV' take 2024 from '9 tháng năm 2024'. 'dự kiến' governs both clauses of the last sentence.",
]

if __name__ == "__main__":
    emit("p1204-1", TEXT, FIGS, NOTES, published="2024-10-21", location="Quảng Ninh")

"""p1346-8: radio/TV site (Đài PT-TH Hải Dương): fish kill in hồ Bạch Đằng, TP Hải Dương, April 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """HẢI DƯƠNG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Cá chết hàng loạt ở hồ Bạch Đằng do nắng nóng

Đăng lúc: 25/04/2024 11:20 | Thời lượng video: 02:35

(HDTV) - Từ ngày 22 đến 24/4, Công ty cổ phần Môi trường đô thị Thành Đông đã vớt hơn 2,3 tấn cá chết tại hồ Bạch Đằng, TP Hải Dương, chủ yếu là cá mè, cá rô phi.

Theo Trung tâm Quan trắc tài nguyên và môi trường tỉnh, những ngày qua nhiệt độ nước hồ lên tới 33 độ C, hàm lượng oxy hòa tan chỉ còn 1,2 mg/l, thấp hơn 2,8 mg/l so với quy chuẩn; mật độ tảo tăng khoảng 2,5 lần so với tháng 3.

TP Hải Dương hiện có 21 hồ điều hòa với tổng diện tích mặt nước khoảng 95 ha, trong đó hồ Bạch Đằng rộng hơn 24 ha. Quý I/2024, thành phố đã vớt khoảng 40 tấn rác, bèo tại các hồ. Năm 2023, thành phố đầu tư 15,6 tỷ đồng lắp hệ thống tuần hoàn nước cho 3 hồ; năm nay dự kiến bố trí từ 10 đến 12 tỷ đồng để lắp thêm cho hồ Bạch Đằng và hồ Bình Minh.

Ông Vũ Đức Thắng, Phó Chủ tịch UBND TP Hải Dương cho biết, thành phố yêu cầu các đơn vị thực hiện ngay các giải pháp. Thứ nhất, bơm bổ sung nước từ sông Sặt, mỗi ngày khoảng 20.000 m3; thứ hai, rắc vôi bột, thả chế phẩm và tăng cường sục khí. Người dân không tự ý thả cá phóng sinh xuống hồ.

Tin cùng chuyên mục:
- Hải Dương: Phát động Tết trồng cây Xuân Giáp Thìn 2024
- Bản tin Thời sự 19h ngày 24/4/2024
"""

DAYS = per("Từ ngày 22 đến 24/4", "2024-04-22", "2024-04-24")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 2,3 tấn", "2,3", 2.3, "measure", "tấn", approx="over", subject="cá chết đã vớt tại hồ Bạch Đằng",
        period=DAYS),
    fig("lên tới 33 độ", "33", 33, "measure", "độ C", subject="nhiệt độ nước hồ"),
    fig("còn 1,2 mg/l", "1,2", 1.2, "measure", "mg/l", change=chg("decrease", 2.8, "mg/l", "quy chuẩn"),
        subject="hàm lượng oxy hòa tan"),
    fig("khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", approx="about", subject="mật độ tảo tăng so với tháng 3"),
    fig("có 21 hồ", "21", 21, "count", "hồ", subject="hồ điều hòa"),
    fig("khoảng 95 ha", "95", 95, "measure", "ha", approx="about", subject="tổng diện tích mặt nước hồ điều hòa"),
    fig("hơn 24 ha", "24", 24, "measure", "ha", approx="over", total=95, subject="diện tích hồ Bạch Đằng"),
    fig("khoảng 40 tấn", "40", 40, "measure", "tấn", approx="about", subject="rác, bèo vớt tại các hồ", period=Q1),
    fig("đầu tư 15,6 tỷ", "15,6", 15.6e9, "money", "đồng", subject="vốn đầu tư lắp hệ thống tuần hoàn nước",
        period=Y23),
    fig("cho 3 hồ", "3", 3, "count", "hồ", subject="hồ được lắp hệ thống tuần hoàn nước", period=Y23),
    fig("từ 10 đến 12 tỷ", "10", 10e9, "money", "đồng", value_max=12e9, status="forecast",
        subject="kinh phí lắp thêm hệ thống tuần hoàn nước", period=NOW),
    fig("khoảng 20.000 m3", "20.000", 20000, "measure", "m3/ngày", approx="about",
        subject="nước bơm bổ sung từ sông Sặt"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hải Dương): menu, 'Đăng lúc: 25/04/2024 11:20 | Thời lượng video: 02:35', tag '(HDTV) -'.",
    "Distractors: 11:20, video length 02:35, 'ngày 22 đến 24/4', 'tháng 3' (baseline), 'Thứ nhất'/'thứ hai' (enumeration,",
    "  not ranks), 'Giáp Thìn 2024', '19h ngày 24/4/2024' in links.",
    "Location: TP Hải Dương (the city; same name as the province, so both read alike).",
    "'Từ ngày 22 đến 24/4' → 2024-04-22..2024-04-24 (year of the dateline). 'năm nay' → 2024.",
    "'1,2 mg/l, thấp hơn 2,8 mg/l so với quy chuẩn' → change decrease 2.8 mg/l. 'mật độ tảo tăng khoảng 2,5 lần",
    "  so với tháng 3' has no base amount → a multiple figure (approx about).",
    "'95 ha, trong đó hồ Bạch Đằng rộng hơn 24 ha' → total 95 (area within area).",
    "'năm nay dự kiến bố trí từ 10 đến 12 tỷ' → forecast range. 'mỗi ngày khoảng 20.000 m3' → m3/ngày.",
]

if __name__ == "__main__":
    write("p1346-8", TEXT, NOTES, FIGS, published="2024-04-25", location="Hải Dương")

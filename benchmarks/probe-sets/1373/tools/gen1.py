"""p1373-1: province portal (Bắc Ninh): goods through inland container depots, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Hàng hóa qua các cảng cạn 9 tháng tăng gần 14%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Giao thông vận tải, 9 tháng đầu năm 2024, sản lượng hàng hóa thông qua các cảng cạn trên địa bàn tỉnh Bắc Ninh ước đạt 318.400 TEU, tăng 13,8% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, hàng xuất khẩu 176.900 TEU, hàng nhập khẩu 141.500 TEU.

Khối lượng hàng hóa vận chuyển bằng đường bộ 9 tháng ước đạt 41,6 triệu tấn, tăng 9,1%; khối lượng luân chuyển ước đạt 3.870 triệu tấn.km, tăng 8,4%.

Toàn tỉnh hiện có 3 cảng cạn và 2.460 xe đầu kéo container đăng ký kinh doanh vận tải, trong đó 1.380 xe của các doanh nghiệp có vốn đầu tư nước ngoài.

Tại huyện Yên Phong, cảng cạn Đông Phong của Công ty cổ phần Logistics Kinh Bắc trong 9 tháng tiếp nhận 142.300 TEU, chiếm 44,7% sản lượng toàn tỉnh. Cảng đang mở rộng thêm 5,2 ha bãi chứa container với tổng vốn khoảng 190 tỷ đồng, dự kiến nâng công suất lên 250.000 TEU/năm. Từ đầu năm đến nay, cảng giải phóng trung bình 620 lượt xe container mỗi ngày.

Thu ngân sách từ hoạt động dịch vụ logistics qua cảng cạn 9 tháng ước đạt 1.215 tỷ đồng, chiếm khoảng 3,5% tổng thu nội địa của tỉnh.

Quý IV, ngành giao thông vận tải phấn đấu đưa thêm khoảng 100.000 TEU qua các cảng cạn, nâng sản lượng cả năm lên trên 418.000 TEU. Sở đề nghị các doanh nghiệp thực hiện nghiêm Thông tư số 12/2020/TT-BGTVT; xe container ra vào Khu công nghiệp Yên Phong II qua Quốc lộ 18 phải tuân thủ phương án phân luồng.

Tin liên quan:
- Bắc Ninh: Hội nghị xúc tiến đầu tư logistics năm 2024
- Khởi công cầu vượt nút giao Quốc lộ 1A - Quốc lộ 18
"""

NINE_FULL = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
YP = "Yên Phong"

FIGS = [
    fig("tăng gần 14%", "14", 14, "percent", "%", approx="nearly",
        subject="hàng hóa qua các cảng cạn", period=NINE),
    fig("ước đạt 318.400 TEU", "318.400", 318400, "measure", "TEU", status="estimate", percent=76.2,
        change=chg("increase", 13.8, "%", "cùng kỳ năm 2023"),
        subject="sản lượng hàng hóa thông qua các cảng cạn", period=NINE_FULL),
    fig("hàng xuất khẩu 176.900 TEU", "176.900", 176900, "measure", "TEU", total=318400, status="estimate",
        subject="sản lượng hàng xuất khẩu qua cảng cạn", period=inh(NINE_FULL)),
    fig("hàng nhập khẩu 141.500 TEU", "141.500", 141500, "measure", "TEU", total=318400, status="estimate",
        subject="sản lượng hàng nhập khẩu qua cảng cạn", period=inh(NINE_FULL)),
    fig("ước đạt 41,6 triệu tấn", "41,6", 41.6e6, "measure", "tấn", status="estimate",
        change=chg("increase", 9.1),
        subject="khối lượng hàng hóa vận chuyển bằng đường bộ", period=NINE),
    fig("ước đạt 3.870 triệu tấn.km", "3.870", 3870e6, "measure", "tấn.km", status="estimate",
        change=chg("increase", 8.4),
        subject="khối lượng hàng hóa luân chuyển", period=NINE),
    fig("có 3 cảng cạn", "3", 3, "count", "cảng cạn", subject="cảng cạn toàn tỉnh"),
    fig("2.460 xe đầu kéo", "2.460", 2460, "count", "xe đầu kéo container",
        subject="xe đầu kéo container đăng ký kinh doanh vận tải"),
    fig("trong đó 1.380 xe", "1.380", 1380, "count", "xe", total=2460,
        subject="xe đầu kéo container của các doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("tiếp nhận 142.300 TEU", "142.300", 142300, "measure", "TEU", percent=44.7,
        subject="hàng hóa cảng cạn Đông Phong tiếp nhận", period=NINE, location=YP),
    fig("thêm 5,2 ha", "5,2", 5.2, "measure", "ha",
        subject="diện tích bãi chứa container cảng mở rộng thêm", location=YP),
    fig("khoảng 190 tỷ", "190", 190e9, "money", "đồng", approx="about",
        subject="tổng vốn mở rộng bãi chứa container", location=YP),
    fig("lên 250.000 TEU/năm", "250.000", 250000, "measure", "TEU/năm", status="forecast",
        subject="công suất cảng cạn Đông Phong", location=YP),
    fig("trung bình 620 lượt", "620", 620, "measure", "lượt xe/ngày",
        subject="lượt xe container cảng giải phóng mỗi ngày", period=YTD, location=YP),
    fig("ước đạt 1.215 tỷ", "1.215", 1215e9, "money", "đồng", status="estimate", percent=3.5,
        subject="thu ngân sách từ hoạt động dịch vụ logistics qua cảng cạn", period=NINE),
    fig("khoảng 100.000 TEU", "100.000", 100000, "measure", "TEU", approx="about", status="target",
        subject="sản lượng hàng hóa đưa thêm qua các cảng cạn", period=Q4),
    fig("trên 418.000 TEU", "418.000", 418000, "measure", "TEU", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): goods through inland container depots (cảng cạn) 9 months 2024; breadcrumb,",
    "'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, Thông tư số 12/2020/TT-BGTVT, Khu công nghiệp Yên Phong II, Quốc lộ 18, Quốc lộ 1A, 'năm 2024' in a link.",
    "TEU is a unit of measure: kind measure. 'bằng 76,2% kế hoạch năm' is the percent attribute of 318.400 TEU.",
    "'Trong đó' parts after a sentence break take total 318.400 and the whole's estimate status; period inherited.",
    "Headline '9 tháng' (no year) takes the dateline year 2024. 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'dự kiến nâng công suất lên 250.000 TEU/năm' is a forecast; the earlier clauses of that sentence stay actual.",
    "Cảng cạn Đông Phong passage: location Yên Phong. 'mỗi ngày' makes a rate: lượt xe/ngày, measure.",
    "'phấn đấu' governs both clauses of the Quý IV sentence (target); 'cả năm' is 2024.",
]

if __name__ == "__main__":
    write("p1373-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bắc Ninh")

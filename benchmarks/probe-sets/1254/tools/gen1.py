"""p1254-1: province portal (Bình Định): cá nục catch 9 months 2024, Tam Quan port in thị xã Hoài Nhơn, processing, exports."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Thủy sản

Sản lượng cá nục 9 tháng đạt gần 38 nghìn tấn

Cập nhật: 07/10/2024 09:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, tổng sản lượng khai thác thủy sản của tỉnh ước đạt 201.450 tấn, tăng 3,2% so với cùng kỳ năm 2023, bằng 78,4% kế hoạch năm. Trong đó, sản lượng cá nục ước đạt 37.860 tấn, chiếm 18,8% tổng sản lượng khai thác; cá trích, cá cơm và các loài cá nổi nhỏ khác khoảng 21.300 tấn.

Toàn tỉnh hiện có 1.245 tàu lưới vây, lưới rê khai thác cá nục, trong đó 412 tàu hoạt động ở vùng khơi. Giá cá nục tại cảng cá Tam Quan (thị xã Hoài Nhơn) dao động từ 25.000 đến 32.000 đồng/kg, cao hơn khoảng 4.000 đồng/kg so với cùng kỳ. Ông Trần Văn Lộc, chủ tàu BĐ 97568 TS ở phường Tam Quan Bắc, cho biết mỗi chuyến biển kéo dài 10-12 ngày, tàu của ông đánh bắt từ 8 đến 12 tấn cá nục; trừ chi phí, mỗi bạn thuyền thu nhập khoảng 12 triệu đồng/tháng.

Trên địa bàn tỉnh có 6 doanh nghiệp chế biến đồ hộp và cá khô sử dụng nguyên liệu cá nục, cá trích, tổng công suất chế biến khoảng 25.000 tấn/năm. Kim ngạch xuất khẩu cá nục đông lạnh, cá trích khô 9 tháng ước đạt 18,6 triệu USD, tăng 11,5%; Nhật Bản là thị trường lớn nhất.

Quý IV, ngành nông nghiệp phấn đấu khai thác thêm 55.000 tấn thủy sản, đưa tổng sản lượng cả năm lên trên 256.000 tấn; đồng thời hỗ trợ ngư dân lắp đặt thêm 150 thiết bị giám sát hành trình theo Quyết định số 2468/QĐ-UBND.

Tin liên quan:
- Hoài Nhơn: Lễ hội cầu ngư lần thứ 12 năm 2024
- Bình Định triển khai cao điểm 60 ngày chống khai thác IUU
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
HN = "Hoài Nhơn"

FIGS = [
    fig("đạt gần 38 nghìn", "38", 38000, "measure", "tấn", approx="nearly",
        subject="sản lượng cá nục", period=NINE_S),
    fig("ước đạt 201.450 tấn", "201.450", 201450, "measure", "tấn", status="estimate", percent=78.4,
        change=chg("increase", 3.2, "%", "cùng kỳ năm 2023"),
        subject="tổng sản lượng khai thác thủy sản của tỉnh", period=NINE),
    fig("ước đạt 37.860 tấn", "37.860", 37860, "measure", "tấn", status="estimate", total=201450, percent=18.8,
        subject="sản lượng cá nục", period=inh(NINE)),
    fig("khoảng 21.300 tấn", "21.300", 21300, "measure", "tấn", approx="about", status="estimate", total=201450,
        subject="cá trích, cá cơm và các loài cá nổi nhỏ khác", period=inh(NINE)),
    fig("có 1.245 tàu", "1.245", 1245, "count", "tàu", subject="tàu lưới vây, lưới rê khai thác cá nục"),
    fig("trong đó 412 tàu", "412", 412, "count", "tàu", total=1245, subject="tàu hoạt động ở vùng khơi"),
    fig("từ 25.000 đến 32.000", "25.000", 25000, "money", "đồng/kg", value_max=32000,
        change=chg("increase", 4000, "đồng/kg", "cùng kỳ", approx="about"),
        subject="giá cá nục tại cảng cá Tam Quan", location=HN),
    fig("kéo dài 10-12 ngày", "10", 10, "measure", "ngày", value_max=12, subject="thời gian mỗi chuyến biển",
        location=HN, optional=True),
    fig("từ 8 đến 12 tấn", "8", 8, "measure", "tấn/chuyến", value_max=12,
        subject="cá nục tàu của ông đánh bắt mỗi chuyến biển", location=HN),
    fig("khoảng 12 triệu", "12", 12e6, "money", "đồng/tháng", approx="about",
        subject="thu nhập mỗi bạn thuyền", location=HN),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp chế biến đồ hộp và cá khô sử dụng nguyên liệu cá nục, cá trích"),
    fig("khoảng 25.000 tấn/năm", "25.000", 25000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất chế biến"),
    fig("ước đạt 18,6 triệu", "18,6", 18.6e6, "money", "USD", status="estimate",
        change=chg("increase", 11.5, "%"),
        subject="kim ngạch xuất khẩu cá nục đông lạnh, cá trích khô", period=NINE_S),
    fig("thêm 55.000 tấn", "55.000", 55000, "measure", "tấn", status="target",
        subject="thủy sản khai thác thêm", period=Q4),
    fig("trên 256.000 tấn", "256.000", 256000, "measure", "tấn", approx="over", status="target",
        subject="tổng sản lượng cả năm", period=YEAR),
    fig("thêm 150 thiết bị", "150", 150, "count", "thiết bị", status="target",
        subject="thiết bị giám sát hành trình lắp đặt thêm cho ngư dân", period=Q4),
]

NOTES = [
    "Province portal (Bình Định): cá nục catch 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 09:45 | Lượt xem: 1.386', related links.",
    "Distractors: 09:45, Lượt xem 1.386, vessel number 'BĐ 97568 TS', Quyết định số 2468/QĐ-UBND, 'lần thứ 12', 'cao điểm 60 ngày'.",
    "Headline 'gần 38 nghìn tấn' is a figure (nearly, 38 000); year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break take the whole 201.450 tấn; the second part after ';' continues the 'ước đạt' clause (estimate).",
    "Tam Quan port and the boat owner in thị xã Hoài Nhơn: location Hoài Nhơn; the trip length '10-12 ngày' is optional (a duration).",
    "'cao hơn khoảng 4.000 đồng/kg so với cùng kỳ' is a change of the price range; 'tăng 11,5%' without baseline is a change of the export value.",
    "'Quý IV, ... phấn đấu ...; đồng thời ...' : target for all three; 'cả năm' 2024.",
]

if __name__ == "__main__":
    write("p1254-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Bình Định")

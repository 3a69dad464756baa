"""p1419-1: province portal (Cổng thông tin điện tử thành phố Đà Nẵng): vending machines in the city."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Đà Nẵng: Hơn 620 máy bán hàng tự động phục vụ người dân và du khách

Cập nhật: 14/11/2024 09:35 | Lượt xem: 3.108

Theo Sở Công Thương thành phố, tính đến ngày 31/10/2024, trên địa bàn có hơn 620 máy bán hàng tự động đang hoạt động, tăng 38% so với cùng thời điểm năm 2023. Trong đó, máy bán nước giải khát chiếm khoảng 71%, còn lại là máy bán cà phê, đồ ăn nhẹ, khẩu trang và đồ dùng cá nhân.

Các máy tập trung chủ yếu tại quận Hải Châu (214 máy), Sơn Trà (136 máy) và Ngũ Hành Sơn (97 máy), nơi có nhiều khách sạn, bãi biển, trường đại học và khu vực Công viên Châu Á trên đường 2 Tháng 9. Mật độ máy bán hàng tự động của Đà Nẵng đứng thứ 3 cả nước, sau TP Hồ Chí Minh và Hà Nội.

Doanh thu bình quân mỗi máy đạt từ 8 đến 12 triệu đồng/tháng; riêng các máy đặt tại bến xe, bệnh viện và khu du lịch Bà Nà đạt 20-25 triệu đồng/tháng. Từ đầu năm đến nay, tổng doanh thu qua máy bán hàng tự động ước đạt khoảng 68 tỷ đồng, trong đó thanh toán không dùng tiền mặt (quét mã QR, ví điện tử, thẻ) chiếm 64,5%, tăng gần 15 điểm phần trăm so với năm 2023.

Ông Lê Văn Khải, Giám đốc Công ty TNHH Giải pháp Bán lẻ Sông Hàn, đơn vị vận hành 185 máy trên địa bàn, cho biết mỗi máy có giá đầu tư khoảng 90-120 triệu đồng, thời gian hoàn vốn từ 2 đến 3 năm.

Theo kế hoạch, đến năm 2025 thành phố phấn đấu có ít nhất 1.000 máy bán hàng tự động; tỷ lệ giao dịch không dùng tiền mặt đạt trên 80%.

Tin liên quan:
- Đà Nẵng tổ chức Hội chợ thương mại quốc tế lần thứ 12
- Khai trương tuyến xe buýt số 11 Kim Liên - Hội An
"""

ASOF = per("tính đến ngày 31/10/2024", None, "2024-10-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Hơn 620 máy", "620", 620, "count", "máy", approx="over",
        subject="máy bán hàng tự động phục vụ người dân và du khách"),
    fig("có hơn 620 máy", "620", 620, "count", "máy", approx="over",
        change=chg("increase", 38, "%", "cùng thời điểm năm 2023"),
        subject="máy bán hàng tự động đang hoạt động", period=ASOF),
    fig("chiếm khoảng 71%", "71", 71, "percent", "%", approx="about",
        subject="máy bán nước giải khát trong tổng số máy", period=inh(ASOF)),
    fig("(214 máy)", "214", 214, "count", "máy", subject="máy bán hàng tự động",
        location="Hải Châu", period=inh(ASOF)),
    fig("(136 máy)", "136", 136, "count", "máy", subject="máy bán hàng tự động",
        location="Sơn Trà", period=inh(ASOF)),
    fig("(97 máy)", "97", 97, "count", "máy", subject="máy bán hàng tự động",
        location="Ngũ Hành Sơn", period=inh(ASOF)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="mật độ máy bán hàng tự động"),
    fig("từ 8 đến 12", "8", 8e6, "money", "đồng/tháng", value_max=12e6,
        subject="doanh thu bình quân mỗi máy"),
    fig("đạt 20-25 triệu", "20", 20e6, "money", "đồng/tháng", value_max=25e6,
        subject="doanh thu các máy đặt tại bến xe, bệnh viện và khu du lịch Bà Nà"),
    fig("khoảng 68 tỷ", "68", 68e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng doanh thu qua máy bán hàng tự động", period=YTD),
    fig("chiếm 64,5%", "64,5", 64.5, "percent", "%", status="estimate",
        change=chg("increase", 15, "điểm phần trăm", "năm 2023", approx="nearly"),
        subject="thanh toán không dùng tiền mặt trong tổng doanh thu", period=YTD),
    fig("vận hành 185 máy", "185", 185, "count", "máy",
        subject="máy Công ty TNHH Giải pháp Bán lẻ Sông Hàn vận hành"),
    fig("khoảng 90-120 triệu", "90", 90e6, "money", "đồng/máy", value_max=120e6, approx="about",
        subject="giá đầu tư mỗi máy"),
    fig("từ 2 đến 3 năm", "2", 2, "measure", "năm", value_max=3, subject="thời gian hoàn vốn"),
    fig("ít nhất 1.000 máy", "1.000", 1000, "count", "máy", approx="at_least", status="target",
        subject="máy bán hàng tự động", period=T25),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
        subject="tỷ lệ giao dịch không dùng tiền mặt", period=T25),
]

NOTES = [
    "Province portal (Đà Nẵng): breadcrumb, headline figure, 'Cập nhật: 14/11/2024 09:35 | Lượt xem: 3.108', related links.",
    "Distractors: 09:35, 'Lượt xem: 3.108', 'đường 2 Tháng 9', 'lần thứ 12', 'tuyến xe buýt số 11', baselines năm 2023.",
    "District list 'Hải Châu (214 máy), Sơn Trà (136 máy) và Ngũ Hành Sơn (97 máy)': places go to location; the items do not",
    "add up to 620, so no total. 'Trong đó ... chiếm khoảng 71%' and 'trong đó thanh toán ... chiếm 64,5%' are percent figures",
    "of their own (a part's share, no base amount of the part); '64,5%' keeps the change 'tăng gần 15 điểm phần trăm' and the",
    "estimate status of the 'ước đạt' clause it continues. 'Từ đầu năm đến nay' ends at the dateline 2024-11-14.",
    "Prices and payback period are standing facts: no period. 'mỗi máy có giá đầu tư' → unit đồng/máy.",
]

if __name__ == "__main__":
    write("p1419-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Đà Nẵng")

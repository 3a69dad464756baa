"""p1445-1: province portal (Đà Nẵng): smart parcel lockers installed, parcels 10 months 2024, Hải Châu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ > Tin tức - Sự kiện > Kinh tế

Đà Nẵng có thêm 85 tủ giao nhận hàng thông minh

Cập nhật: 14/11/2024 08:45 | Lượt xem: 1.362

Theo Sở Thông tin và Truyền thông, từ đầu năm đến nay, các doanh nghiệp bưu chính đã lắp đặt thêm 85 tủ giao nhận hàng thông minh tại chung cư, trường đại học và trụ sở cơ quan. Hiện tổng số tủ trên địa bàn thành phố là 312 tủ với hơn 14.600 ô tủ. Trong đó, Bưu điện thành phố quản lý 128 tủ, Công ty cổ phần Giao Nhận Sông Hàn 96 tủ, còn lại là của các doanh nghiệp khác.

Trong 10 tháng đầu năm 2024, tủ thông minh tiếp nhận khoảng 1,26 triệu bưu gửi, tăng 38,5% so với cùng kỳ năm 2023, chiếm 7,4% tổng số bưu gửi phát trên địa bàn. Bình quân mỗi tủ phục vụ 42 lượt giao nhận/ngày; tỷ lệ bưu gửi được người nhận lấy ngay trong ngày đạt 91,3%.

Tại quận Hải Châu, nơi có mật độ tủ cao nhất thành phố, 74 tủ được bố trí tại các tổ dân phố và khu chung cư; riêng tủ đặt tại số 42 Bạch Đằng xử lý bình quân 180 bưu gửi mỗi ngày.

Giá thuê ô tủ dao động từ 1.500 đến 3.000 đồng/lượt, thấp hơn khoảng 40% so với chi phí giao tận nhà. Nhờ đó, trong 10 tháng, các doanh nghiệp tiết kiệm gần 2,8 tỷ đồng chi phí giao hàng chặng cuối.

Thành phố đặt mục tiêu đến năm 2025 có ít nhất 500 tủ giao nhận hàng thông minh, phủ 100% phường trên địa bàn. Sở đang phối hợp với Sở Xây dựng hướng dẫn vị trí lắp đặt theo Quyết định số 2318/QĐ-UBND; đường dây nóng hỗ trợ: 0236.3822.115.

Tin liên quan:
- Đà Nẵng tổ chức Ngày Chuyển đổi số năm 2024
- Phát triển thương mại điện tử giai đoạn 2021-2025
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-14")
M10 = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
M10s = per("trong 10 tháng", "2024-01-01", "2024-10-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HC = "Hải Châu"

FIGS = [
    fig("có thêm 85 tủ", "85", 85, "count", "tủ", subject="tủ giao nhận hàng thông minh"),
    fig("lắp đặt thêm 85 tủ", "85", 85, "count", "tủ",
        subject="tủ giao nhận hàng thông minh các doanh nghiệp bưu chính lắp đặt thêm", period=YTD),
    fig("là 312 tủ", "312", 312, "count", "tủ", subject="tổng số tủ trên địa bàn thành phố"),
    fig("hơn 14.600 ô", "14.600", 14600, "count", "ô tủ", approx="over", subject="ô tủ"),
    fig("quản lý 128 tủ", "128", 128, "count", "tủ", total=312, subject="tủ Bưu điện thành phố quản lý"),
    fig("Hàn 96 tủ", "96", 96, "count", "tủ", total=312,
        subject="tủ của Công ty cổ phần Giao Nhận Sông Hàn"),
    fig("khoảng 1,26 triệu", "1,26", 1.26e6, "count", "bưu gửi", approx="about", percent=7.4,
        change=chg("increase", 38.5, "%", "cùng kỳ năm 2023"),
        subject="bưu gửi tủ thông minh tiếp nhận", period=M10),
    fig("phục vụ 42 lượt", "42", 42, "measure", "lượt giao nhận/ngày",
        subject="lượt giao nhận bình quân mỗi tủ phục vụ", period=inh(M10)),
    fig("đạt 91,3%", "91,3", 91.3, "percent", "%",
        subject="tỷ lệ bưu gửi được người nhận lấy ngay trong ngày", period=inh(M10)),
    fig("74 tủ", "74", 74, "count", "tủ", subject="tủ được bố trí tại các tổ dân phố và khu chung cư",
        location=HC),
    fig("bình quân 180 bưu gửi", "180", 180, "measure", "bưu gửi/ngày",
        subject="bưu gửi tủ đặt tại số 42 Bạch Đằng xử lý mỗi ngày", location=HC),
    fig("từ 1.500 đến 3.000", "1.500", 1500, "money", "đồng/lượt", value_max=3000,
        change=chg("decrease", 40, "%", "chi phí giao tận nhà", approx="about"), subject="giá thuê ô tủ"),
    fig("gần 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", approx="nearly",
        subject="chi phí giao hàng chặng cuối các doanh nghiệp tiết kiệm", period=M10s),
    fig("ít nhất 500 tủ", "500", 500, "count", "tủ", approx="at_least", status="target",
        subject="tủ giao nhận hàng thông minh", period=T25),
    fig("phủ 100% phường", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ phường được phủ tủ giao nhận hàng thông minh", period=T25),
]

NOTES = [
    "Province portal (Đà Nẵng): breadcrumb, headline figure, 'Cập nhật: 14/11/2024 08:45 | Lượt xem: 1.362', related links.",
    "Distractors: 08:45, Lượt xem 1.362, 'số 42 Bạch Đằng', Quyết định số 2318/QĐ-UBND, 0236.3822.115, 'năm 2024' and 'giai đoạn 2021-2025' in links.",
    "'từ đầu năm đến nay' ends at the dateline. 'Hiện ... 312 tủ' has no period. 'Trong đó' parts after a sentence break take total 312.",
    "'tăng 38,5% ..., chiếm 7,4%' are the change and percent of 1,26 triệu bưu gửi. Per-day counts are rates (measure, unit x/ngày).",
    "The Hải Châu paragraph gets location Hải Châu. 'mục tiêu đến năm 2025' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1445-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Đà Nẵng")

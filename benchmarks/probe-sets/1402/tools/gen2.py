"""p1402-2: district portal (quận Hoàn Kiếm, Hà Nội): bike share around Hồ Gươm, first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế - Đô thị | Thủ tục hành chính

Gần 60 nghìn lượt thuê xe đạp công cộng quanh hồ Hoàn Kiếm

Ngày đăng: 18/07/2024 - 10:12

Sau gần một năm khai thác theo Quyết định số 2163/QĐ-UBND của UBND thành phố, dịch vụ xe đạp công cộng trên địa bàn quận được người dân và du khách hưởng ứng. Theo Phòng Quản lý đô thị quận, 6 tháng đầu năm 2024, 17 trạm xe đạp trên địa bàn ghi nhận 58.340 lượt thuê, tăng 2,4 lần so với 6 tháng cuối năm 2023; trong đó khách nước ngoài chiếm khoảng 35%.

Các trạm được bố trí từ 15 đến 20 xe; riêng hai trạm tại phố đi bộ Đinh Tiên Hoàng và Lý Thái Tổ thường có hơn ba chục xe vào tối thứ 7, Chủ nhật. Giá thuê theo giờ là 10.000 đồng với xe đạp cơ và 20.000 đồng với xe đạp điện. Quận đứng thứ 2 toàn thành phố về số lượt thuê, sau quận Ba Đình.

Tính đến ngày 30/6/2024, ứng dụng TLBike của Công ty TNHH Xe đạp Thông minh Thăng Long có 41.200 tài khoản đăng ký tại quận, trong đó 12.650 tài khoản đã nạp tiền. Từ đầu năm đến nay, lực lượng trật tự đô thị đã nhắc nhở, xử lý 23 trường hợp dựng xe sai quy định, thu hồi 7 xe bị bỏ lại ngoài trạm.

Thời gian tới, quận dự kiến bổ sung 5 trạm tại khu vực phố cổ, nâng tổng số trạm lên 22 trạm; phấn đấu cả năm 2024 đạt khoảng 130.000 lượt thuê.

Nguồn: Phòng Quản lý đô thị quận Hoàn Kiếm

UBND QUẬN HOÀN KIẾM
Địa chỉ: 126 Hàng Trống, phường Hàng Trống, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.3825.3470
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Gần 60 nghìn", "60", 60000, "count", "lượt thuê", approx="nearly",
        subject="lượt thuê xe đạp công cộng quanh hồ Hoàn Kiếm"),
    fig("17 trạm xe đạp", "17", 17, "count", "trạm", subject="trạm xe đạp trên địa bàn", period=H1),
    fig("ghi nhận 58.340 lượt", "58.340", 58340, "count", "lượt thuê",
        change=chg("increase", 2.4, "lần", "6 tháng cuối năm 2023"),
        subject="lượt thuê tại các trạm xe đạp trên địa bàn", period=H1),
    fig("chiếm khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="lượt thuê của khách nước ngoài", period=H1),
    fig("từ 15 đến 20 xe", "15", 15, "count", "xe", value_max=20, subject="xe bố trí tại các trạm"),
    fig("riêng hai trạm", "hai", 2, "count", "trạm", subject="trạm tại phố đi bộ Đinh Tiên Hoàng và Lý Thái Tổ"),
    fig("hơn ba chục xe", "ba chục", 30, "count", "xe", approx="over",
        subject="xe tại hai trạm phố đi bộ vào tối thứ 7, Chủ nhật"),
    fig("là 10.000 đồng", "10.000", 10000, "money", "đồng/giờ", subject="giá thuê theo giờ xe đạp cơ"),
    fig("và 20.000 đồng", "20.000", 20000, "money", "đồng/giờ", subject="giá thuê theo giờ xe đạp điện"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="số lượt thuê"),
    fig("có 41.200 tài khoản", "41.200", 41200, "count", "tài khoản",
        subject="tài khoản đăng ký ứng dụng TLBike tại quận", period=ASOF),
    fig("trong đó 12.650 tài khoản", "12.650", 12650, "count", "tài khoản", total=41200,
        subject="tài khoản đã nạp tiền", period=ASOF),
    fig("xử lý 23 trường hợp", "23", 23, "count", "trường hợp",
        subject="trường hợp dựng xe sai quy định bị nhắc nhở, xử lý", period=YTD),
    fig("thu hồi 7 xe", "7", 7, "count", "xe", subject="xe bị bỏ lại ngoài trạm được thu hồi", period=YTD),
    fig("bổ sung 5 trạm", "5", 5, "count", "trạm", status="forecast", subject="trạm bổ sung tại khu vực phố cổ"),
    fig("lên 22 trạm", "22", 22, "count", "trạm", status="forecast", subject="tổng số trạm"),
    fig("khoảng 130.000 lượt", "130.000", 130000, "count", "lượt thuê", approx="about", status="target",
        subject="lượt thuê", period=YEAR),
]

NOTES = [
    "District portal (quận Hoàn Kiếm, Hà Nội): banner naming the district, menu, 'Ngày đăng: 18/07/2024 - 10:12', source line, address footer.",
    "Distractors: 10:12, 'gần một năm' (a duration that only places the story in time), Quyết định số 2163/QĐ-UBND, 'tối thứ 7' (a weekday),",
    "ngày 30/6/2024, '126 Hàng Trống', phone 024.3825.3470.",
    "Headline 'Gần 60 nghìn lượt thuê' = 60 000, nearly; no period in the headline.",
    "'tăng 2,4 lần so với 6 tháng cuối năm 2023' is the change (lần) of 58.340; '; trong đó ... chiếm khoảng 35%' a percent figure, same sentence.",
    "'hơn ba chục xe' = over 30 (number word). 'Giá thuê theo giờ' gives unit đồng/giờ.",
    "Rank 'đứng thứ 2 toàn thành phố' has location Hoàn Kiếm (the ranked district), as in the shared gold's ranks.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-18. 'dự kiến' governs both clauses (forecast); 'phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1402-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Hoàn Kiếm")

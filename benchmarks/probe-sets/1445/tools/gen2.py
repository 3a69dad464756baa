"""p1445-2: district portal (quận Cầu Giấy, Hà Nội): pickup points and lockers in apartment blocks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế - Đô thị | Liên hệ

Phát triển điểm nhận hàng, tủ giao nhận thông minh tại khu chung cư
Ngày đăng: 22/05/2025 - 10:30

Thực hiện Kế hoạch số 86/KH-UBND của UBND quận, đến hết tháng 4/2025, trên địa bàn quận đã có 146 điểm nhận hàng và tủ giao nhận thông minh, tăng 31 điểm so với cuối năm 2024; trong đó có 58 tủ thông minh và 88 điểm nhận hàng đặt tại cửa hàng tiện lợi, nhà văn hóa tổ dân phố.

Các điểm nhận hàng tập trung chủ yếu tại các phường Dịch Vọng Hậu (27 điểm), Yên Hòa (24 điểm) và Trung Hòa (21 điểm). Riêng phường Mai Dịch mới có sáu điểm.

Theo khảo sát của Phòng Kinh tế quận với 1.200 hộ dân tại 15 khu chung cư, 67,5% số hộ đã từng nhận hàng qua tủ giao nhận thông minh; bình quân mỗi hộ nhận từ 8 đến 10 đơn hàng/tháng. Thời gian chờ nhận hàng giảm còn dưới 5 phút, số lượt shipper ra vào tòa nhà giảm khoảng 45%.

Ông Trần Minh Khoa, Phó Chủ tịch UBND quận cho biết, năm 2025 quận phấn đấu phát triển thêm ba chục điểm nhận hàng, nâng tỷ lệ khu chung cư có tủ giao nhận lên 80%. Dự kiến trong quý III, Công ty TNHH Logistics Hoa Sen sẽ lắp đặt 12 tủ loại 60 ô tại các tòa nhà trên phố Trần Thái Tông, tổng vốn khoảng 1,9 tỷ đồng.

Tin khác:
- Cầu Giấy ra quân Tháng hành động vì an toàn thực phẩm năm 2025
- Hội nghị đối thoại doanh nghiệp quý I/2025

UBND QUẬN CẦU GIẤY
Địa chỉ: 36 Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, Hà Nội
Điện thoại: 024.3764.2285
"""

ASOF = per("đến hết tháng 4/2025", None, "2025-04-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Q3 = per("quý III", "2025-07-01", "2025-09-30")

FIGS = [
    fig("đã có 146 điểm", "146", 146, "count", "điểm nhận hàng và tủ giao nhận thông minh",
        change=chg("increase", 31, "điểm", "cuối năm 2024"),
        subject="điểm nhận hàng và tủ giao nhận thông minh", period=ASOF),
    fig("có 58 tủ", "58", 58, "count", "tủ", total=146, subject="tủ thông minh", period=ASOF),
    fig("và 88 điểm", "88", 88, "count", "điểm nhận hàng", total=146,
        subject="điểm nhận hàng đặt tại cửa hàng tiện lợi, nhà văn hóa tổ dân phố", period=ASOF),
    fig("(27 điểm)", "27", 27, "count", "điểm", subject="điểm nhận hàng", period=inh(ASOF)),
    fig("(24 điểm)", "24", 24, "count", "điểm", subject="điểm nhận hàng", period=inh(ASOF)),
    fig("(21 điểm)", "21", 21, "count", "điểm", subject="điểm nhận hàng", period=inh(ASOF)),
    fig("có sáu điểm", "sáu", 6, "count", "điểm", subject="điểm nhận hàng của phường Mai Dịch",
        period=inh(ASOF)),
    fig("với 1.200 hộ", "1.200", 1200, "count", "hộ dân", subject="hộ dân được khảo sát"),
    fig("tại 15 khu", "15", 15, "count", "khu chung cư", subject="khu chung cư được khảo sát"),
    fig("67,5% số hộ", "67,5", 67.5, "percent", "%",
        subject="tỷ lệ hộ đã từng nhận hàng qua tủ giao nhận thông minh"),
    fig("từ 8 đến 10 đơn", "8", 8, "measure", "đơn hàng/tháng", value_max=10,
        subject="đơn hàng bình quân mỗi hộ nhận"),
    fig("dưới 5 phút", "5", 5, "measure", "phút", approx="under", subject="thời gian chờ nhận hàng"),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about", subject="số lượt shipper ra vào tòa nhà"),
    fig("thêm ba chục điểm", "ba chục", 30, "count", "điểm nhận hàng", status="target",
        subject="điểm nhận hàng quận phát triển thêm", period=Y25),
    fig("lên 80%", "80", 80, "percent", "%", status="target",
        subject="tỷ lệ khu chung cư có tủ giao nhận", period=Y25),
    fig("đặt 12 tủ", "12", 12, "count", "tủ", status="forecast",
        subject="tủ Công ty TNHH Logistics Hoa Sen lắp đặt", period=Q3),
    fig("loại 60 ô", "60", 60, "count", "ô", status="forecast", subject="ô của mỗi tủ", optional=True),
    fig("khoảng 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn lắp đặt tủ", period=Q3),
]

NOTES = [
    "District portal (quận Cầu Giấy, Hà Nội): banner, menu, 'Ngày đăng: 22/05/2025 - 10:30', 'Tin khác', footer address and phone.",
    "Distractors: Kế hoạch số 86/KH-UBND, 10:30, '36 Cầu Giấy', 024.3764.2285, 'quý I/2025' and 'năm 2025' in link titles.",
    "'đến hết tháng 4/2025' is an as-of date (end 2025-04-30); 'tăng 31 điểm so với cuối năm 2024' is the change of 146;",
    "the parts after '; trong đó' take total 146. Wards (phường) are below district level: location stays Cầu Giấy for the ward list;",
    "the ward items have the list's indicator as subject; 27+24+21 do not add up to a whole, so no total.",
    "'ba chục' = 30 (number words); 'phấn đấu' governs both clauses. 'Dự kiến trong quý III' (2025) → forecast for 12 tủ and 1,9 tỷ.",
    "'tủ loại 60 ô' is a product type label (optional). 'giảm khoảng 45%' with no base amount is a percent figure.",
]

if __name__ == "__main__":
    write("p1445-2", TEXT, NOTES, FIGS, published="2025-05-22", location="Cầu Giấy")

"""p1362-2: district portal (thị xã Vĩnh Châu, Sóc Trăng): onion farmers switch from groundwater to surface water."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ VĨNH CHÂU - TỈNH SÓC TRĂNG
Trang chủ / Tin tức - Sự kiện / Kinh tế

Hơn 2.800 hộ chuyển sang dùng nước mặt tưới hành tím

18/06/2024 - 15:20

Những năm gần đây, việc khai thác nước ngầm quá mức để tưới hành tím, nuôi tôm khiến mực nước dưới đất tại thị xã hạ thấp nhanh, nhiều khu vực ven biển xuất hiện sụt lún. Theo Phòng Tài nguyên và Môi trường thị xã, toàn thị xã hiện có khoảng 9.600 giếng khoan, trong đó gần 7.000 giếng phục vụ sản xuất nông nghiệp.

Từ năm 2021 đến nay, thị xã đã vận động 2.830 hộ dân chuyển sang sử dụng nước mặt từ kênh, ao trữ để tưới cho khoảng 1.950 ha hành tím. Mỗi hộ được hỗ trợ từ 5 đến 7 triệu đồng để đào ao, lót bạt; tổng kinh phí hỗ trợ hơn 16 tỷ đồng. Nhờ đó, lượng nước ngầm khai thác cho nông nghiệp giảm còn khoảng 42.000 m3/ngày đêm, giảm 23% so với năm 2020.

Theo kết quả đo đạc của Liên đoàn Quy hoạch và Điều tra tài nguyên nước miền Nam, tốc độ lún tại xã Vĩnh Hải, xã Lai Hòa dao động 2,5-3,5 cm/năm. Tốc độ lún ở đây cao gấp khoảng 10 lần tốc độ nước biển dâng. Gần ba chục hộ ở ấp Prey Chóp A phản ánh nền nhà bị nứt, sụt.

Ông Lâm Văn Sang, Trưởng Phòng Tài nguyên và Môi trường thị xã cho biết, năm nay thị xã phấn đấu vận động thêm 500 hộ chuyển đổi, đồng thời trám lấp ít nhất 300 giếng khoan không còn sử dụng. Hiện thị xã có hai trạm quan trắc nước dưới đất và một trạm quan trắc lún.

Nguồn: Phòng Văn hóa và Thông tin thị xã
Tin khác:
- Vĩnh Châu hưởng ứng Ngày Môi trường thế giới 5/6
- Hội nghị sơ kết 6 tháng đầu năm 2024 của Thị ủy
Địa chỉ: Số 10, đường 30/4, Phường 1, thị xã Vĩnh Châu, tỉnh Sóc Trăng. ĐT: 0299.3861.245
"""

SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-06-18")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 2.800 hộ", "2.800", 2800, "count", "hộ", approx="over",
        subject="hộ chuyển sang dùng nước mặt tưới hành tím"),
    fig("khoảng 9.600 giếng", "9.600", 9600, "count", "giếng", approx="about",
        subject="giếng khoan"),
    fig("gần 7.000 giếng", "7.000", 7000, "count", "giếng", approx="nearly", total=9600,
        subject="giếng phục vụ sản xuất nông nghiệp"),
    fig("vận động 2.830 hộ", "2.830", 2830, "count", "hộ",
        subject="hộ dân chuyển sang sử dụng nước mặt", period=SINCE),
    fig("khoảng 1.950 ha", "1.950", 1950, "measure", "ha", approx="about",
        subject="diện tích hành tím tưới bằng nước mặt", period=SINCE),
    fig("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/hộ", value_max=7e6,
        subject="mức hỗ trợ mỗi hộ"),
    fig("hơn 16 tỷ", "16", 16e9, "money", "đồng", approx="over",
        subject="tổng kinh phí hỗ trợ", period=inh(SINCE)),
    fig("khoảng 42.000 m3", "42.000", 42000, "measure", "m3/ngày đêm", approx="about",
        change=chg("decrease", 23, "%", "năm 2020"),
        subject="lượng nước ngầm khai thác cho nông nghiệp"),
    fig("dao động 2,5-3,5 cm/năm", "2,5", 2.5, "measure", "cm/năm", value_max=3.5,
        subject="tốc độ lún tại xã Vĩnh Hải, xã Lai Hòa"),
    fig("gấp khoảng 10 lần", "10", 10, "multiple", "lần", approx="about",
        subject="tốc độ lún so với tốc độ nước biển dâng"),
    fig("Gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
        subject="hộ phản ánh nền nhà bị nứt, sụt"),
    fig("thêm 500 hộ", "500", 500, "count", "hộ", status="target",
        subject="hộ vận động chuyển đổi thêm", period=NOW),
    fig("ít nhất 300 giếng", "300", 300, "count", "giếng", approx="at_least", status="target",
        subject="giếng khoan không còn sử dụng trám lấp", period=NOW),
    fig("có hai trạm", "hai", 2, "count", "trạm", subject="trạm quan trắc nước dưới đất"),
    fig("và một trạm", "một", 1, "count", "trạm", subject="trạm quan trắc lún"),
]

NOTES = [
    "District portal (thị xã Vĩnh Châu, Sóc Trăng): banner, breadcrumb, '18/06/2024 - 15:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 15:20, 'Ngày Môi trường thế giới 5/6', '6 tháng đầu năm 2024' in a link, 'Số 10, đường 30/4, Phường 1', phone 0299.3861.245,",
    "'ấp Prey Chóp A', baseline 'năm 2020'.",
    "All figures are of the district-level town (location Vĩnh Châu); communes are below the location level.",
    "'trong đó gần 7.000 giếng' → total 9.600. 'Từ năm 2021 đến nay' ends at the dateline; 'hơn 16 tỷ' inherits it (next sentence).",
    "'Mỗi hộ được hỗ trợ từ 5 đến 7 triệu đồng' is a rate: unit 'đồng/hộ', a standing support level (no period).",
    "'giảm còn khoảng 42.000 ..., giảm 23% so với năm 2020' → change decrease 23%.",
    "'cao gấp khoảng 10 lần tốc độ nước biển dâng' stands as its own sentence, no amount → multiple, about.",
    "'Gần ba chục hộ' → 30 (number words), nearly. 'năm nay' → 2024 (dateline); 'phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1362-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Vĩnh Châu")

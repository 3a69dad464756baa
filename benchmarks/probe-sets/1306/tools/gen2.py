"""p1306-2: district portal (huyện Mộc Châu, Sơn La): satellite 115 station, 4 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU - TỈNH SƠN LA
Trang chủ / Tin tức / Văn hóa - Xã hội

Trạm cấp cứu 115 Mộc Châu rút ngắn khoảng cách với người bệnh vùng cao

Ngày đăng: 22/05/2024 | 08:10

Đi vào hoạt động từ tháng 6/2023, Trạm cấp cứu vệ tinh 115 đặt tại Trung tâm Y tế huyện (tiểu khu 4, thị trấn Nông trường Mộc Châu) đã trở thành chỗ dựa của người dân các xã vùng cao.

Trong 4 tháng đầu năm 2024, trạm đã tiếp nhận 1.126 cuộc gọi, thực hiện 487 ca cấp cứu và vận chuyển người bệnh, tăng gần 30% so với cùng kỳ. Đáng chú ý, có 96 ca tai nạn giao thông trên Quốc lộ 6 và Quốc lộ 43, trong đó 11 ca đa chấn thương nặng được chuyển thẳng lên Bệnh viện Đa khoa tỉnh. Khoảng 72% số ca vận chuyển có thẻ bảo hiểm y tế.

Trạm hiện được bố trí hai xe cứu thương và ba kíp trực, bảo đảm trực 24/24 giờ. Bán kính phục vụ của trạm khoảng 35 km. Thời gian tiếp cận hiện trường trung bình tại thị trấn là 8 phút; tại các xã Tân Hợp, Chiềng Sơn, Quy Hướng từ 45 đến 70 phút do đường đèo dốc, nhiều đoạn sạt lở.

Giá dịch vụ vận chuyển người bệnh của trạm hiện là 25.000 đồng/km đối với xe không có máy thở; trong nội thị trấn thu trọn gói 150.000 đồng/chuyến.

Bác sĩ Lò Văn Thắng, Trưởng trạm cho biết, năm nay trạm phấn đấu thực hiện trên 1.500 ca cấp cứu và tập huấn sơ cấp cứu cho ít nhất 200 người là nhân viên y tế thôn bản, công an xã. Trạm cũng đề nghị huyện bổ sung thêm một xe bán tải cứu thương phù hợp với đường đồi núi.

Nguồn: Trung tâm Y tế huyện Mộc Châu

Tin khác:
- Mộc Châu ra quân Tháng hành động vì an toàn thực phẩm
- Hội nghị giao ban y tế cơ sở quý II

UBND HUYỆN MỘC CHÂU
Địa chỉ: Tiểu khu 6, thị trấn Mộc Châu, tỉnh Sơn La. Điện thoại: 0212.3866.205
"""

M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tiếp nhận 1.126 cuộc", "1.126", 1126, "count", "cuộc gọi", subject="cuộc gọi trạm tiếp nhận", period=M4),
    fig("thực hiện 487 ca", "487", 487, "count", "ca", change=chg("increase", 30, "%", "cùng kỳ", approx="nearly"),
        subject="ca cấp cứu và vận chuyển người bệnh trạm thực hiện", period=M4),
    fig("có 96 ca", "96", 96, "count", "ca", subject="ca tai nạn giao thông trên Quốc lộ 6 và Quốc lộ 43",
        period=inh(M4)),
    fig("trong đó 11 ca", "11", 11, "count", "ca", total=96,
        subject="ca đa chấn thương nặng được chuyển thẳng lên Bệnh viện Đa khoa tỉnh", period=inh(M4)),
    fig("Khoảng 72%", "72", 72, "percent", "%", approx="about",
        subject="số ca vận chuyển có thẻ bảo hiểm y tế", period=inh(M4)),
    fig("bố trí hai xe", "hai", 2, "count", "xe cứu thương", subject="xe cứu thương của trạm"),
    fig("ba kíp", "ba", 3, "count", "kíp trực", subject="kíp trực của trạm"),
    fig("khoảng 35 km", "35", 35, "measure", "km", approx="about", subject="bán kính phục vụ của trạm"),
    fig("là 8 phút", "8", 8, "measure", "phút", subject="thời gian tiếp cận hiện trường trung bình tại thị trấn"),
    fig("từ 45 đến 70 phút", "45", 45, "measure", "phút", value_max=70,
        subject="thời gian tiếp cận hiện trường trung bình tại các xã Tân Hợp, Chiềng Sơn, Quy Hướng"),
    fig("là 25.000 đồng/km", "25.000", 25000, "money", "đồng/km",
        subject="giá dịch vụ vận chuyển người bệnh của trạm đối với xe không có máy thở"),
    fig("150.000 đồng/chuyến", "150.000", 150000, "money", "đồng/chuyến",
        subject="giá trọn gói vận chuyển người bệnh trong nội thị trấn"),
    fig("trên 1.500 ca", "1.500", 1500, "count", "ca", approx="over", status="target",
        subject="ca cấp cứu trạm thực hiện", period=Y24),
    fig("ít nhất 200 người", "200", 200, "count", "người", approx="at_least", status="target",
        subject="người được tập huấn sơ cấp cứu", period=Y24),
    fig("thêm một xe", "một", 1, "count", "xe bán tải cứu thương",
        subject="xe bán tải cứu thương trạm đề nghị bổ sung", optional=True),
]

NOTES = [
    "District portal (huyện Mộc Châu, Sơn La): banner with the district, 'Ngày đăng: 22/05/2024 | 08:10', Nguồn, Tin khác, address footer.",
    "Distractors: 'tháng 6/2023' (opening date), 'tiểu khu 4', 'Tiểu khu 6', 'Quốc lộ 6', 'Quốc lộ 43', '24/24 giờ', 'quý II' in a link, 0212.3866.205, 08:10.",
    "'tăng gần 30% so với cùng kỳ' is the change of the nearest figure, 487 ca; 96 ca follows 'Đáng chú ý' (no cue) so no total; 11 ca after 'trong đó' → total 96.",
    "Number words 'hai xe', 'ba kíp', 'thêm một xe'. 'năm nay' = 2024 (published). 'phấn đấu' governs both clauses of its sentence.",
    "Commune names (Tân Hợp, Chiềng Sơn, Quy Hướng) are below district level: location stays Mộc Châu. 'đề nghị bổ sung thêm một xe' is a request, neither a fact nor a plan: optional.",
]

if __name__ == "__main__":
    write("p1306-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Mộc Châu")

"""p1317-8: radio/TV site (KTV Khánh Hòa): enforcement against trademark counterfeits, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """KTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KHÁNH HÒA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

6 tháng, xử lý 42 vụ vi phạm về nhãn hiệu

Cập nhật lúc 17:30 - Thứ Hai, 08/07/2024

(KTV) - 6 tháng đầu năm 2024, Cục Quản lý thị trường tỉnh Khánh Hòa đã kiểm tra 215 vụ, xử lý 168 vụ vi phạm, trong đó có 42 vụ kinh doanh hàng giả mạo nhãn hiệu và xâm phạm quyền sở hữu trí tuệ, chiếm 25%. Tổng số tiền xử phạt hơn 1,25 tỷ đồng, tăng 18% so với cùng kỳ năm 2023, trong đó phạt vi phạm về nhãn hiệu 534 triệu đồng.

Lực lượng chức năng đã tịch thu, tiêu hủy gần 12,6 nghìn sản phẩm các loại, trị giá khoảng 860 triệu đồng, chủ yếu là quần áo, túi xách, mỹ phẩm giả mạo các thương hiệu nổi tiếng và hai chục thùng nước mắm giả nhãn hiệu "Nha Trang".

Riêng quý II, lực lượng quản lý thị trường phát hiện 27 vụ vi phạm về nhãn hiệu, gấp 1,8 lần quý I. Đáng chú ý, một cơ sở kinh doanh trên đường 23 Tháng 10, TP Nha Trang bị phạt 85 triệu đồng, mức cao nhất từ đầu năm đến nay.

Ông Lê Đình Phong, Phó Cục trưởng Cục Quản lý thị trường tỉnh, cho biết 6 tháng cuối năm, đơn vị dự kiến tổ chức ít nhất 120 cuộc kiểm tra, tập trung vào chợ đêm, trung tâm thương mại phục vụ khách du lịch. Khánh Hòa phấn đấu năm 2024 giảm từ 10 đến 15% số vụ vi phạm về sở hữu trí tuệ so với năm 2023.

Người dân phát hiện hàng giả có thể phản ánh qua đường dây nóng 0258.3812.345.

Xem thêm:
- Khánh Hòa: Du lịch tháng 6 khởi sắc
- Video: Bản tin thời sự 19h ngày 07/07/2024
"""

H1h = per("6 tháng", "2024-01-01", "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = per("Riêng quý II", "2024-04-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NT = "Nha Trang"

FIGS = [
    fig("xử lý 42 vụ", "42", 42, "count", "vụ", subject="vụ vi phạm về nhãn hiệu được xử lý", period=H1h),
    fig("kiểm tra 215 vụ", "215", 215, "count", "vụ",
        subject="vụ Cục Quản lý thị trường tỉnh kiểm tra", period=H1),
    fig("xử lý 168 vụ", "168", 168, "count", "vụ", subject="vụ vi phạm được xử lý", period=H1),
    fig("có 42 vụ", "42", 42, "count", "vụ", total=168, percent=25,
        subject="vụ kinh doanh hàng giả mạo nhãn hiệu và xâm phạm quyền sở hữu trí tuệ", period=H1),
    fig("hơn 1,25 tỷ", "1,25", 1.25e9, "money", "đồng", approx="over",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="tổng số tiền xử phạt", period=inh(H1)),
    fig("nhãn hiệu 534 triệu", "534", 534e6, "money", "đồng", total=1.25e9,
        subject="tiền phạt vi phạm về nhãn hiệu", period=inh(H1)),
    fig("gần 12,6 nghìn", "12,6", 12600, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm bị tịch thu, tiêu hủy", period=inh(H1)),
    fig("khoảng 860 triệu", "860", 860e6, "money", "đồng", approx="about",
        subject="trị giá sản phẩm bị tịch thu, tiêu hủy", period=inh(H1)),
    fig("hai chục thùng", "hai", 20, "count", "thùng",
        subject="thùng nước mắm giả nhãn hiệu bị tịch thu", period=inh(H1)),
    fig("phát hiện 27 vụ", "27", 27, "count", "vụ",
        change=chg("increase", 1.8, "lần", "quý I"),
        subject="vụ vi phạm về nhãn hiệu lực lượng quản lý thị trường phát hiện", period=Q2),
    fig("một cơ sở kinh doanh", "một", 1, "count", "cơ sở kinh doanh", optional=True,
        subject="cơ sở kinh doanh bị phạt", location=NT),
    fig("phạt 85 triệu", "85", 85e6, "money", "đồng",
        subject="tiền phạt một cơ sở kinh doanh", location=NT),
    fig("ít nhất 120 cuộc", "120", 120, "count", "cuộc kiểm tra", approx="at_least", status="forecast",
        subject="cuộc kiểm tra đơn vị tổ chức", period=H2),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15, status="target",
        subject="giảm số vụ vi phạm về sở hữu trí tuệ", period=Y24),
]

NOTES = [
    "Radio/TV site (KTV, Khánh Hòa): station banner, menu, 'Cập nhật lúc 17:30 - Thứ Hai, 08/07/2024', tag '(KTV) -', 'Xem thêm' links.",
    "Distractors: 17:30, 'đường 23 Tháng 10' (a road name), hotline 0258.3812.345, '19h ngày 07/07/2024' and 'tháng 6' in link titles,",
    "'Nha Trang' in the brand name, baselines 'cùng kỳ năm 2023', 'quý I', 'năm 2023'.",
    "Headline '6 tháng, xử lý 42 vụ' is its own figure (period 6 tháng 2024 from the dateline).",
    "'trong đó có 42 vụ ..., chiếm 25%' → total 168 (the part follows the whole it counts with the same unit), percent 25.",
    "'gần 12,6 nghìn sản phẩm' = 12 600; 'hai chục thùng' = 20 (number word). 'gấp 1,8 lần quý I' → change in lần.",
    "'một cơ sở ... bị phạt 85 triệu đồng, mức cao nhất từ đầu năm đến nay': the fine is one event (location Nha Trang); the period phrase",
    "qualifies the superlative, so no period. 'một cơ sở' reads as the indefinite 'a business': optional.",
    "'trong đó phạt vi phạm về nhãn hiệu 534 triệu đồng' is a part of the fines 'hơn 1,25 tỷ': total 1 250 000 000.",
    "'dự kiến' → forecast (6 tháng cuối năm 2024); 'phấn đấu năm 2024 giảm từ 10 đến 15%' → percent target range, no change object.",
]

if __name__ == "__main__":
    write("p1317-8", TEXT, NOTES, FIGS, published="2024-07-08", location="Khánh Hòa")

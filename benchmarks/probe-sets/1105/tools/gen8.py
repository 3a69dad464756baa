"""p1105-8: Báo Bình Thuận online, headline figure, (BTO) tag: plastic bags replaced at coastal markets, 2024."""
from lib import fig, period, inherit, change, write

TEXT = """Báo Bình Thuận điện tử
Thời sự | Môi trường
Thứ Sáu, 08/11/2024 | 09:12

Hơn 2,5 triệu túi ni lông được thay thế tại các chợ ven biển

(BTO) - Sau 2 năm triển khai mô hình "Chợ dân sinh giảm thiểu rác thải nhựa", 14 chợ tại các xã, phường ven biển trong tỉnh đã thay thế hơn 2,5 triệu túi ni lông bằng túi giấy, túi vải và lá chuối.

Theo Sở Công Thương, 10 tháng năm 2024, các chợ tham gia mô hình đã giảm được khoảng 35% lượng túi ni lông so với trước khi triển khai, riêng chợ Phan Thiết giảm gần 45%. Số tiểu thương tham gia là 1.960 người, chiếm 62% tổng số tiểu thương của các chợ này.

Tại thị xã La Gi, Hội Liên hiệp Phụ nữ đã cấp phát 12.000 túi vải cho chị em tiểu thương; tại huyện Tuy Phong, mỗi tiểu thương được hỗ trợ 150.000 đồng để mua túi giấy trong 3 tháng đầu.

Song song đó, phong trào "Ngày Chủ nhật xanh" tiếp tục được duy trì tại 19 xã, phường ven biển. Từ đầu năm đến nay, các địa phương đã thu gom trên 640 tấn rác thải trên bãi biển, trong đó thành phố Phan Thiết 215 tấn, huyện Hàm Thuận Nam 128 tấn, thị xã La Gi 96 tấn. Lượng rác tăng mạnh sau các đợt gió mùa, có ngày một bãi biển dài 1 km ở phường Mũi Né, thành phố Phan Thiết dồn về hơn 3 tấn rác.

Theo kế hoạch, năm 2025 tỉnh sẽ nhân rộng mô hình ra thêm 10 chợ, nâng tổng số lên 24 chợ; phấn đấu giảm 50% lượng túi ni lông tại các chợ ven biển. Tổng kinh phí dự kiến khoảng 1,2 tỷ đồng.

HOÀNG LAN
"""

M10 = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-11-08")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

F = [
    fig("Hơn 2,5 triệu túi ni lông được", "2,5", 2500000, "count", "túi ni lông",
        "túi ni lông được thay thế tại các chợ ven biển", approx="over"),
    fig("14 chợ tại các xã", "14", 14, "count", "chợ",
        "chợ tại các xã, phường ven biển triển khai mô hình Chợ dân sinh giảm thiểu rác thải nhựa"),
    fig("thay thế hơn 2,5 triệu túi", "2,5", 2500000, "count", "túi ni lông",
        "túi ni lông được thay thế bằng túi giấy, túi vải và lá chuối", approx="over"),
    fig("khoảng 35% lượng túi", "35", 35, "percent", "%",
        "lượng túi ni lông giảm được tại các chợ tham gia mô hình", M10, approx="about"),
    fig("giảm gần 45%", "45", 45, "percent", "%",
        "lượng túi ni lông giảm được tại chợ Phan Thiết", M10, approx="nearly", location="Phan Thiết"),
    fig("là 1.960 người", "1.960", 1960, "count", "người",
        "tiểu thương tham gia mô hình", inherit(M10), percent=62),
    fig("cấp phát 12.000 túi vải", "12.000", 12000, "count", "túi vải",
        "túi vải cấp phát cho tiểu thương", location="La Gi"),
    fig("hỗ trợ 150.000 đồng", "150.000", 150000, "money", "đồng",
        "mức hỗ trợ mỗi tiểu thương mua túi giấy", location="Tuy Phong"),
    fig("duy trì tại 19 xã", "19", 19, "count", "xã, phường",
        "xã, phường ven biển duy trì phong trào Ngày Chủ nhật xanh"),
    fig("trên 640 tấn rác thải", "640", 640, "measure", "tấn",
        "rác thải thu gom trên bãi biển", YTD, approx="over"),
    fig("Phan Thiết 215 tấn", "215", 215, "measure", "tấn",
        "rác thải thu gom trên bãi biển", YTD, total=640, location="Phan Thiết"),
    fig("Hàm Thuận Nam 128 tấn", "128", 128, "measure", "tấn",
        "rác thải thu gom trên bãi biển", YTD, total=640, location="Hàm Thuận Nam"),
    fig("La Gi 96 tấn", "96", 96, "measure", "tấn",
        "rác thải thu gom trên bãi biển", YTD, total=640, location="La Gi"),
    fig("dài 1 km ở phường Mũi Né", "1", 1, "measure", "km",
        "chiều dài bãi biển", optional=True, location="Phan Thiết"),
    fig("hơn 3 tấn rác", "3", 3, "measure", "tấn",
        "rác dồn về một bãi biển trong một ngày", approx="over", location="Phan Thiết"),
    fig("thêm 10 chợ", "10", 10, "count", "chợ",
        "chợ nhân rộng mô hình thêm", Y25, status="target"),
    fig("lên 24 chợ", "24", 24, "count", "chợ",
        "tổng số chợ thực hiện mô hình", Y25, status="target"),
    fig("giảm 50% lượng túi", "50", 50, "percent", "%",
        "giảm lượng túi ni lông tại các chợ ven biển", Y25, status="target"),
    fig("khoảng 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng",
        "tổng kinh phí nhân rộng mô hình", inherit(Y25), approx="about", status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Thuận, '(BTO) -' tag, headline figure, 'Thứ Sáu, 08/11/2024 | 09:12'): plastic bags replaced at coastal markets.",
    "Not figures: dateline and time, 'Sau 2 năm triển khai' and 'trong 3 tháng đầu' (durations that locate), 'Ngày Chủ nhật xanh'.",
    "'chiếm 62% tổng số tiểu thương' is the share of 1.960 người. District items after 'trong đó' are parts of 640 tấn (same period, unit): total 640.",
    "'Theo kế hoạch, năm 2025 ...' -> target, continuing through the clauses; 'Tổng kinh phí dự kiến' -> forecast, period 2025 inherited.",
    "'một bãi biển dài 1 km ở phường Mũi Né, thành phố Phan Thiết' describes the example beach (optional); it and 'hơn 3 tấn rác' -> Phan Thiết.",
]

write(8, TEXT, F, NOTES, published="2024-11-08", location="Bình Thuận")

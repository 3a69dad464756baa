"""p678-5: Báo Bắc Giang (Party newspaper) - TP Bắc Giang smart lighting control, electricity saved."""
from lib import *

TEXT = """TP Bắc Giang: Tiết kiệm gần 1,4 tỷ đồng tiền điện nhờ chiếu sáng thông minh

BGĐT - Sau hơn một năm vận hành hệ thống điều khiển chiếu sáng thông minh, 6 tháng đầu năm 2024, lượng điện tiêu thụ cho chiếu sáng công cộng trên địa bàn TP Bắc Giang là 1,9 triệu kWh, giảm 27,3% so với cùng kỳ năm 2023, tiết kiệm khoảng 712.000 kWh.

Hiện thành phố quản lý 312,4 km tuyến đường được chiếu sáng với 18.956 bộ đèn, trong đó đèn LED là 15.210 bộ, chiếm 80,2%; tỷ lệ này đứng thứ 2 toàn tỉnh, sau huyện Lạng Giang.

Thành phố đã đầu tư 86 tủ điều khiển thông minh với tổng kinh phí hơn 5,1 tỷ đồng, kết nối 100% tuyến đường chính. Hệ thống tự động bật đèn lúc 18h, giảm 30% công suất sau 22h và giảm 50% sau 0h; khi có sự cố, phần mềm tự báo về Trung tâm điều hành thông minh, số máy trực 0204.3855.115.

Theo ông Nguyễn Văn Hùng, Giám đốc Ban Quản lý dự án đầu tư xây dựng thành phố, năm 2023 tiền điện chiếu sáng của thành phố là 9,86 tỷ đồng; dự kiến năm 2024 còn khoảng 7,5 tỷ đồng, giảm trên 2,3 tỷ đồng. Kinh phí tiết kiệm được sẽ dùng để duy tu, sửa chữa đèn tại các khu dân cư mới ở phường Dĩnh Kế, xã Tân Tiến.

Thành phố phấn đấu đến hết năm 2025 thay thế toàn bộ 3.746 bộ đèn cao áp còn lại trên các tuyến Quốc lộ 1, đường Hùng Vương, đường Xương Giang, nâng tỷ lệ đèn LED lên 100%.

Hương Thu

19/07/2024
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến hết năm 2025", end="2025-12-31")

FIGS = [
    fig("gần 1,4 tỷ", "1,4", 1400000000, "money", "đồng", "tiền điện tiết kiệm nhờ chiếu sáng thông minh", inh(H1),
        approx="nearly"),
    fig("là 1,9 triệu kWh", "1,9", 1900000, "measure", "kWh", "lượng điện tiêu thụ cho chiếu sáng công cộng", H1,
        change=chg("decrease", 27.3, "%", "cùng kỳ năm 2023")),
    fig("khoảng 712.000 kWh", "712.000", 712000, "measure", "kWh", "lượng điện tiết kiệm", H1, approx="about"),
    fig("312,4 km", "312,4", 312.4, "measure", "km", "tuyến đường được chiếu sáng"),
    fig("18.956 bộ đèn", "18.956", 18956, "count", "bộ đèn", "bộ đèn chiếu sáng thành phố quản lý"),
    fig("15.210 bộ", "15.210", 15210, "count", "bộ", "bộ đèn LED", total=18956, percent=80.2),
    fig("thứ 2 toàn tỉnh", "2", 2, "rank", "hạng", "tỷ lệ đèn LED"),
    fig("86 tủ", "86", 86, "count", "tủ", "tủ điều khiển thông minh thành phố đầu tư"),
    fig("hơn 5,1 tỷ", "5,1", 5100000000, "money", "đồng", "tổng kinh phí đầu tư tủ điều khiển thông minh", approx="over"),
    fig("kết nối 100%", "100", 100, "percent", "%", "tuyến đường chính kết nối điều khiển thông minh"),
    fig("giảm 30% công suất", "30", 30, "percent", "%", "công suất đèn giảm sau 22h"),
    fig("giảm 50% sau", "50", 50, "percent", "%", "công suất đèn giảm sau 0h"),
    fig("là 9,86 tỷ", "9,86", 9860000000, "money", "đồng", "tiền điện chiếu sáng của thành phố",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 7,5 tỷ", "7,5", 7500000000, "money", "đồng", "tiền điện chiếu sáng của thành phố",
        per("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast",
        change=chg("decrease", 2300000000, "đồng", approx="over")),
    fig("toàn bộ 3.746 bộ", "3.746", 3746, "count", "bộ đèn cao áp", "bộ đèn cao áp còn lại thay thế", T25, status="target"),
    fig("lên 100%", "100", 100, "percent", "%", "tỷ lệ đèn LED", T25, status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (BGĐT): TP Bắc Giang smart lighting control; byline and bare date '19/07/2024' at the end. The BGĐT tag and TP Bắc Giang give the place.",
    "'giảm 27,3% so với cùng kỳ năm 2023' is the change of the 1,9 triệu kWh consumption; 'tiết kiệm khoảng 712.000 kWh' is its own figure.",
    "'giảm trên 2,3 tỷ đồng' is the change (amount, approx over) of the 7,5 tỷ forecast. 'Hiện' sentences get no period.",
    "Distractors: 'hơn một năm' (duration), times '18h', '22h', '0h', phone '0204.3855.115', 'Quốc lộ 1'.",
]

if __name__ == "__main__":
    emit("p678-5", TEXT, COMMENTS, FIGS, published="2024-07-19", location="Bắc Giang")

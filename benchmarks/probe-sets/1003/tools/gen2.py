"""p1003-2: huyện Mộc Châu (Sơn La) district portal, disbursement before the 2023-2024 school year."""
from lib import F, P, I, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU
Tin tức > Kinh tế - Xã hội
Ngày đăng: 14/09/2023

Mộc Châu: Giải ngân vốn vay cho học sinh, sinh viên trước năm học mới

Từ ngày 15/8 đến ngày 12/9/2023, Phòng giao dịch Ngân hàng Chính sách xã hội huyện Mộc Châu đã giải ngân 5,86 tỷ đồng cho 312 hộ gia đình với 351 học sinh, sinh viên vay vốn, trong đó có 97 em là người dân tộc thiểu số. Các xã có nhiều học sinh, sinh viên được vay là Chiềng Sơn (42 em), Tân Lập (38 em) và Lóng Sập (31 em).

Tính đến ngày 31/8/2023, dư nợ chương trình tín dụng học sinh, sinh viên trên địa bàn huyện đạt 48,7 tỷ đồng, chiếm khoảng 6% tổng dư nợ của phòng giao dịch, với 1.236 khách hàng; nợ quá hạn 86 triệu đồng, chiếm 0,18%. Việc cho vay được thực hiện qua 118 tổ tiết kiệm và vay vốn ở 17 xã, thị trấn.

Gia đình anh Lò Văn Ba ở bản Co Sung, xã Chiềng Hắc có 2 con đang học đại học tại Hà Nội. Năm nay anh được vay thêm 40 triệu đồng. "Mỗi cháu được vay tối đa 4 triệu đồng/tháng, lãi suất 0,55%/tháng, ra trường có việc làm mới phải trả nên gia đình rất yên tâm", anh Ba chia sẻ.

Dự kiến đến hết tháng 10/2023, phòng giao dịch sẽ giải ngân thêm khoảng 3 tỷ đồng cho khoảng 150 học sinh, sinh viên. Huyện phấn đấu không để học sinh, sinh viên nào đủ điều kiện phải bỏ học vì thiếu tiền.

Phòng giao dịch NHCSXH huyện Mộc Châu: Tiểu khu 4, thị trấn Mộc Châu (Quốc lộ 6); điện thoại: 0212.3866.205.
"""

NOTES = [
    "Mộc Châu district portal (Sơn La): disbursement from 15/8 to 12/9/2023 before the school year. 'Ngày đăng: 14/09/2023'.",
    "Distractors: 'Tiểu khu 4', 'Quốc lộ 6', phone 0212.3866.205, the person 'Lò Văn Ba' (ba = three), dates.",
    "Location: communes (Chiềng Sơn, Tân Lập, Lóng Sập, Chiềng Hắc) lie in the district; the spec's location is a province, city",
    "or district, so every figure is 'Mộc Châu'. The commune list does not add up to 351, so no total; 97 follows 'trong đó' after",
    "351 pupils/students (same people, same period): total 351. 'chiếm khoảng 6%' is the share of the 48,7 tỷ balance.",
    "'2 con' is the example household's specification (optional). 'Năm nay' = 2023.",
]

RANGE = P("Từ ngày 15/8 đến ngày 12/9/2023", "2023-08-15", "2023-09-12")
ASOF = P("Tính đến ngày 31/8/2023", end="2023-08-31")
FC = P("đến hết tháng 10/2023", end="2023-10-31")

FIGS = [
    F("giải ngân 5,86 tỷ đồng", "5,86", 5.86e9, "money", "đồng", "vốn giải ngân cho vay học sinh, sinh viên", RANGE),
    F("cho 312 hộ gia đình", "312", 312, "count", "hộ gia đình", "hộ gia đình vay vốn", RANGE),
    F("với 351 học sinh", "351", 351, "count", "học sinh, sinh viên", "học sinh, sinh viên vay vốn", RANGE),
    F("có 97 em", "97", 97, "count", "em", "học sinh, sinh viên là người dân tộc thiểu số", RANGE, total=351),
    F("Chiềng Sơn (42 em)", "42", 42, "count", "em", "học sinh, sinh viên được vay", I(RANGE)),
    F("Tân Lập (38 em)", "38", 38, "count", "em", "học sinh, sinh viên được vay", I(RANGE)),
    F("Lóng Sập (31 em)", "31", 31, "count", "em", "học sinh, sinh viên được vay", I(RANGE)),
    F("đạt 48,7 tỷ đồng", "48,7", 48.7e9, "money", "đồng", "dư nợ chương trình tín dụng học sinh, sinh viên", ASOF,
      percent=6),
    F("với 1.236 khách hàng", "1.236", 1236, "count", "khách hàng", "khách hàng có dư nợ", ASOF),
    F("nợ quá hạn 86 triệu đồng", "86", 86e6, "money", "đồng", "nợ quá hạn", ASOF, percent=0.18),
    F("qua 118 tổ tiết kiệm", "118", 118, "count", "tổ tiết kiệm và vay vốn", "tổ tiết kiệm và vay vốn thực hiện cho vay"),
    F("ở 17 xã, thị trấn", "17", 17, "count", "xã, thị trấn", "xã, thị trấn có tổ tiết kiệm và vay vốn"),
    F("có 2 con", "2", 2, "count", "con", "con đang học đại học", optional=True),
    F("vay thêm 40 triệu đồng", "40", 40e6, "money", "đồng", "vốn vay thêm của gia đình",
      P("Năm nay", "2023-01-01", "2023-12-31")),
    F("tối đa 4 triệu đồng/tháng", "4", 4e6, "money", "đồng/tháng", "mức vay mỗi cháu", approx="at_most"),
    F("lãi suất 0,55%/tháng", "0,55", 0.55, "percent", "%", "lãi suất cho vay"),
    F("khoảng 3 tỷ đồng", "3", 3e9, "money", "đồng", "vốn giải ngân thêm", FC, approx="about", status="forecast"),
    F("khoảng 150 học sinh", "150", 150, "count", "học sinh, sinh viên", "học sinh, sinh viên được giải ngân thêm", FC,
      approx="about", status="forecast"),
]

write("p1003-2", TEXT, NOTES, FIGS, published="2023-09-14", location="Mộc Châu")

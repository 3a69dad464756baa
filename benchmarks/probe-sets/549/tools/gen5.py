"""p549-5: Báo Thái Nguyên (Party newspaper), consumer credit vs black credit, to end of May 2024."""
from lib import F, P, I, CH, emit

TEXT = """Báo Thái Nguyên điện tử
Kinh tế

Tín dụng tiêu dùng chính thức giúp đẩy lùi "tín dụng đen"

(Baothainguyen.vn) - Đến hết tháng 5/2024, dư nợ cho vay tiêu dùng của các tổ chức tín dụng trên địa bàn tỉnh Thái Nguyên đạt 21.346 tỷ đồng, chiếm 17,3% tổng dư nợ, tăng 2,9% so với cuối năm 2023.

Trong đó, cho vay mua, sửa chữa nhà ở chiếm khoảng 62%, còn lại là vay mua ô tô, xe máy, đồ dùng gia đình và chi tiêu cá nhân. Các huyện Đại Từ, Phú Lương và Võ Nhai có dư nợ tiêu dùng lần lượt là 1.482 tỷ đồng, 937 tỷ đồng và 415 tỷ đồng.

Từ đầu năm đến nay, Agribank chi nhánh Thái Nguyên đã giải ngân 1.540 tỷ đồng cho hơn 18.600 khách hàng vay tiêu dùng, với mức vay từ 30 đến 300 triệu đồng/khách hàng, không cần tài sản bảo đảm.

Tuy nhiên, nợ xấu cho vay tiêu dùng ở mức 2,14%, cao hơn tỷ lệ nợ xấu chung toàn địa bàn (1,05%).

Theo Công an tỉnh, từ đầu năm đến nay đã phát hiện 37 vụ cho vay lãi nặng trong giao dịch dân sự, khởi tố 52 bị can theo Điều 201 Bộ luật Hình sự năm 2015. Lãi suất các đối tượng áp dụng từ 120 đến 365%/năm.

Bà Nguyễn Thị Thu Hà, Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh, cho biết toàn tỉnh hiện có 27 chi nhánh ngân hàng thương mại, 14 quỹ tín dụng nhân dân và 186 phòng giao dịch, bảo đảm người dân ở cả 9 huyện, thành phố đều tiếp cận được dịch vụ ngân hàng. Mục tiêu đến cuối năm 2024, dư nợ cho vay tiêu dùng tăng 10-12% so với cuối năm 2023. Người dân phát hiện hoạt động tín dụng đen có thể báo qua đường dây nóng 0208.3855.448.

Minh Hằng
14/06/2024
"""

ASOF = P("Đến hết tháng 5/2024", None, "2024-05-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-14")
YTD2 = P("từ đầu năm đến nay", "2024-01-01", "2024-06-14")
TGT = P("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("đạt 21.346 tỷ đồng", "21.346", 21_346_000_000_000, "money", "đồng", "dư nợ cho vay tiêu dùng của các tổ chức tín dụng",
      ASOF, percent=17.3, change=CH("increase", 2.9, "%", "cuối năm 2023")),
    F("chiếm khoảng 62%", "62", 62, "percent", "%", "cho vay mua, sửa chữa nhà ở trong dư nợ cho vay tiêu dùng",
      I(ASOF), approx="about"),
    F("là 1.482 tỷ đồng", "1.482", 1_482_000_000_000, "money", "đồng", "dư nợ tiêu dùng", I(ASOF), location="Đại Từ"),
    F("đồng, 937 tỷ đồng", "937", 937_000_000_000, "money", "đồng", "dư nợ tiêu dùng", I(ASOF), location="Phú Lương"),
    F("và 415 tỷ đồng", "415", 415_000_000_000, "money", "đồng", "dư nợ tiêu dùng", I(ASOF), location="Võ Nhai"),
    F("giải ngân 1.540 tỷ đồng", "1.540", 1_540_000_000_000, "money", "đồng",
      "Agribank chi nhánh Thái Nguyên giải ngân cho vay tiêu dùng", YTD),
    F("hơn 18.600 khách hàng", "18.600", 18600, "count", "khách hàng", "khách hàng vay tiêu dùng", YTD, approx="over"),
    F("từ 30 đến 300 triệu", "30", 30_000_000, "money", "đồng/khách hàng", "mức vay", YTD, value_max=300_000_000),
    F("mức 2,14%", "2,14", 2.14, "percent", "%", "nợ xấu cho vay tiêu dùng"),
    F("(1,05%)", "1,05", 1.05, "percent", "%", "tỷ lệ nợ xấu chung toàn địa bàn"),
    F("phát hiện 37 vụ", "37", 37, "count", "vụ", "vụ cho vay lãi nặng trong giao dịch dân sự", YTD2),
    F("khởi tố 52 bị can", "52", 52, "count", "bị can", "bị can bị khởi tố", YTD2),
    F("từ 120 đến 365%/năm", "120", 120, "percent", "%", "lãi suất các đối tượng áp dụng", I(YTD2), value_max=365),
    F("có 27 chi nhánh", "27", 27, "count", "chi nhánh", "chi nhánh ngân hàng thương mại"),
    F("14 quỹ tín dụng", "14", 14, "count", "quỹ tín dụng nhân dân", "quỹ tín dụng nhân dân"),
    F("và 186 phòng giao dịch", "186", 186, "count", "phòng giao dịch", "phòng giao dịch"),
    F("cả 9 huyện", "9", 9, "count", "huyện, thành phố", "huyện, thành phố tiếp cận được dịch vụ ngân hàng"),
    F("tăng 10-12%", "10", 10, "percent", "%", "dư nợ cho vay tiêu dùng", TGT, value_max=12, status="target"),
]

COMMENTS = [
    "Báo Thái Nguyên (Party newspaper, tag '(Baothainguyen.vn)'): tín dụng tiêu dùng và tín dụng đen (invented, probe set 549).",
    "Byline and bare date '14/06/2024' at the end give published. 'Từ đầu năm đến nay' runs 2024-01-01 .. published.",
    "Not figures: 'Điều 201 Bộ luật Hình sự năm 2015', hotline 0208.3855.448, 'tháng 5/2024'.",
    "'Trong đó ... chiếm khoảng 62%' is a percent figure (a share with no amount; unit differs from the whole, so no total).",
    "'nợ xấu ... 2,14%, cao hơn tỷ lệ nợ xấu chung (1,05%)': the bracket is the comparator's level, not the gap, so it is a",
    "percent figure of its own and 2,14% has no change. '30 đến 300 triệu đồng/khách hàng' is a money range with the rate in the unit.",
    "'Mục tiêu đến cuối năm 2024, ... tăng 10-12%' is a target growth rate (percent, no change). Counts with 'hiện có' get no period.",
]

if __name__ == "__main__":
    emit("p549-5", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Thái Nguyên")

"""p1119-5: Party newspaper (Báo Lâm Đồng): community patrol teams at Vườn quốc gia Bidoup - Núi Bà, Lạc Dương."""
from lib import F, P, I, C, T, write

TEXT = """Lạc Dương: Tổ tuần tra cộng đồng giữ rừng Bidoup - Núi Bà

Vườn quốc gia Bidoup - Núi Bà (huyện Lạc Dương) hiện giao khoán bảo vệ hơn 56.000 ha rừng cho 1.150 hộ đồng bào K'Ho tại các xã Đạ Chais, Đạ Nhim, Đưng K'Nớ. Từ các hộ nhận khoán, Vườn thành lập 24 tổ tuần tra cộng đồng, mỗi tổ từ 10 đến 12 thành viên, tuần tra định kỳ cùng lực lượng kiểm lâm của 11 trạm quản lý bảo vệ rừng.

Ông Cil Ha Sin, tổ trưởng tổ tuần tra số 7 ở thôn Đưng K'Si, xã Đưng K'Nớ, cho biết: "Tổ có 11 người, phụ trách 1.200 ha rừng giáp ranh với tỉnh Khánh Hòa. Mỗi tháng tổ đi tuần 2 lần, mỗi lần 5 ngày, ngủ lại trong rừng". Năm 2023, tổ của ông đã tháo gỡ 187 bẫy dây, phát hiện 3 vụ khai thác gỗ trái phép và báo cho kiểm lâm xử lý. Mỗi thành viên nhận tiền khoán bảo vệ rừng khoảng 22 triệu đồng/năm.

Theo Ban Quản lý Vườn, 9 tháng năm 2024, lực lượng bảo vệ rừng phối hợp với các tổ cộng đồng tổ chức 1.260 lượt tuần tra, tháo gỡ 2.045 bẫy thú, giảm gần 30% so với cùng kỳ; phát hiện 21 vụ vi phạm, trong đó 15 vụ săn bắt, bẫy động vật rừng. Vườn cũng tiếp nhận và thả về rừng 6 cá thể động vật gồm 2 cá thể cu li nhỏ, 3 cá thể rùa núi vàng và một cá thể mèo rừng.

Theo Giám đốc Vườn, số bẫy giảm cho thấy ý thức người dân vùng đệm đã chuyển biến rõ, nhiều người từng đặt bẫy nay trở thành thành viên tổ tuần tra. Thời gian tới, Vườn dự kiến thành lập thêm 4 tổ tuần tra cộng đồng, nâng tổng số lên 28 tổ, ưu tiên các thôn có nhiều hộ nghèo.

MAI VĂN BẢO
21/10/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("hơn 56.000 ha", "56.000", 56000, "measure", "ha", approx="over",
      subject="diện tích rừng giao khoán bảo vệ"),
    F("cho 1.150 hộ", "1.150", 1150, "count", "hộ", subject="hộ đồng bào K'Ho nhận khoán bảo vệ rừng"),
    F("thành lập 24 tổ", "24", 24, "count", "tổ tuần tra cộng đồng", subject="tổ tuần tra cộng đồng Vườn thành lập"),
    F("từ 10 đến 12 thành viên", "10", 10, "measure", "thành viên/tổ", value_max=12,
      subject="thành viên mỗi tổ tuần tra cộng đồng"),
    F("của 11 trạm", "11", 11, "count", "trạm quản lý bảo vệ rừng", subject="trạm quản lý bảo vệ rừng"),
    F("Tổ có 11 người", "11", 11, "count", "người", subject="thành viên tổ tuần tra số 7"),
    F("phụ trách 1.200 ha", "1.200", 1200, "measure", "ha", subject="diện tích rừng tổ tuần tra số 7 phụ trách"),
    F("đi tuần 2 lần", "2", 2, "measure", "lần/tháng", subject="số lần đi tuần mỗi tháng của tổ"),
    F("mỗi lần 5 ngày", "5", 5, "measure", "ngày/lần", subject="thời gian mỗi lần đi tuần"),
    F("tháo gỡ 187 bẫy", "187", 187, "count", "bẫy dây", subject="bẫy dây tổ tuần tra số 7 tháo gỡ", period=Y23),
    F("phát hiện 3 vụ", "3", 3, "count", "vụ", subject="vụ khai thác gỗ trái phép tổ phát hiện", period=Y23),
    F("khoảng 22 triệu", "22", 22000000, "money", "đồng/năm", approx="about",
      subject="tiền khoán bảo vệ rừng mỗi thành viên nhận", period=I(Y23)),
    F("tổ chức 1.260 lượt", "1.260", 1260, "count", "lượt tuần tra", subject="lượt tuần tra", period=N9),
    F("tháo gỡ 2.045 bẫy", "2.045", 2045, "count", "bẫy thú",
      change=C("decrease", 30, "%", "cùng kỳ", approx="nearly"), subject="bẫy thú tháo gỡ", period=N9),
    F("phát hiện 21 vụ", "21", 21, "count", "vụ vi phạm", subject="vụ vi phạm phát hiện", period=N9),
    F("15 vụ săn bắt", "15", 15, "count", "vụ", total=21, subject="vụ săn bắt, bẫy động vật rừng", period=N9),
    F("thả về rừng 6 cá thể", "6", 6, "count", "cá thể", subject="cá thể động vật tiếp nhận và thả về rừng",
      period=I(N9)),
    F("2 cá thể cu li", "2", 2, "count", "cá thể", total=6, subject="cu li nhỏ thả về rừng", period=I(N9)),
    F("3 cá thể rùa", "3", 3, "count", "cá thể", total=6, subject="rùa núi vàng thả về rừng", period=I(N9)),
    F("và một cá thể mèo", "một", 1, "count", "cá thể", total=6, subject="mèo rừng thả về rừng", period=I(N9)),
    F("thêm 4 tổ", "4", 4, "count", "tổ tuần tra cộng đồng", status="forecast",
      subject="tổ tuần tra cộng đồng thành lập thêm"),
    F("lên 28 tổ", "28", 28, "count", "tổ", status="forecast", subject="tổng số tổ tuần tra cộng đồng"),
]

NOTES = [
    "Party newspaper (Báo Lâm Đồng): byline 'MAI VĂN BẢO' and bare date '21/10/2024' at the end.",
    "Headline 'Lạc Dương:' and '(huyện Lạc Dương)' place the park and every figure in Lạc Dương (default location).",
    "'giáp ranh với tỉnh Khánh Hòa' names a neighbouring province: not the place of the figure. 'tổ tuần tra số 7' is a name.",
    "Quoted passage of the team leader: 'Tổ có 11 người' etc. get no period (present). Rates: 'mỗi tổ từ 10 đến 12 thành viên',",
    "'Mỗi tháng … 2 lần', 'mỗi lần 5 ngày' (measure). 'Mỗi thành viên nhận … khoảng 22 triệu đồng/năm' follows the 'Năm 2023' sentence.",
    "'giảm gần 30% so với cùng kỳ' is the change of 2.045 bẫy (nearly). '15 vụ' after 'trong đó': total 21.",
    "'6 cá thể … gồm 2 …, 3 … và một …': parts add up; 'một' is a number word. 'Thời gian tới … dự kiến' → forecast, no period.",
]

if __name__ == "__main__":
    write("p1119-5", TEXT, NOTES, FIGS, published="2024-10-21", location="Lạc Dương")

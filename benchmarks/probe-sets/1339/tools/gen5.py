"""p1339-5: Party newspaper (Báo An Giang, '(AGO) -'): a new berth at an inland port in thị xã Tân Châu."""
from lib import F, P, I, C, T, write

TEXT = """BÁO AN GIANG ĐIỆN TỬ
Kinh tế

Cảng Hưng Phát đón tàu 3.000 tấn
Thứ Năm, 27/06/2024 - 07:15

(AGO) - Cầu cảng số 2 của Cảng thủy nội địa Hưng Phát (phường Long Châu, thị xã Tân Châu) vừa chính thức đi vào khai thác, nâng khả năng tiếp nhận tàu có trọng tải tối đa 3.000 tấn, góp phần giảm chi phí logistics cho doanh nghiệp vùng biên.

Cầu cảng mới dài 120 m, rộng 18 m, tổng vốn đầu tư khoảng 145 tỷ đồng. Cùng với cầu cảng số 1, cảng có tổng công suất thiết kế 1,5 triệu tấn hàng/năm, gấp đôi trước đây.

Theo ông Lâm Quốc Việt, Giám đốc Công ty CP Cảng và Logistics Hưng Phát, 6 tháng đầu năm 2024, hàng hóa thông qua cảng đạt 486.000 tấn, tăng 23% so với cùng kỳ, chủ yếu là gạo, phân bón và vật liệu xây dựng; trong đó hàng xuất sang Campuchia chiếm khoảng 30%. Bình quân mỗi tháng cảng tiếp nhận khoảng 260 lượt tàu, sà lan. Năm nay, công ty dự kiến đạt sản lượng 1,05 triệu tấn.

Theo tính toán của doanh nghiệp, chi phí vận chuyển gạo bằng sà lan từ Tân Châu về khu cảng Cái Mép chỉ khoảng 140.000 đồng/tấn, thấp hơn khoảng 40.000 đồng/tấn so với đi đường bộ.

Hiện trên địa bàn thị xã có 4 cảng và 37 bến thủy nội địa. Phó Chủ tịch UBND thị xã Tân Châu Nguyễn Thị Mỹ Hạnh cho biết, thị xã phấn đấu đến năm 2025 thu hút thêm hai dự án cảng, nâng tổng lượng hàng hóa thông qua cảng, bến trên địa bàn lên khoảng 2 triệu tấn/năm.

THANH TÙNG
Tags: cảng thủy nội địa, Tân Châu, logistics
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
BY25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đón tàu 3.000 tấn", "3.000", 3000, "measure", "tấn", subject="trọng tải tàu Cảng Hưng Phát đón"),
    F("tối đa 3.000 tấn", "3.000", 3000, "measure", "tấn", approx="at_most", subject="trọng tải tàu tiếp nhận"),
    F("dài 120 m", "120", 120, "measure", "m", subject="chiều dài cầu cảng mới"),
    F("rộng 18 m", "18", 18, "measure", "m", subject="chiều rộng cầu cảng mới"),
    F("khoảng 145 tỷ", "145", 145e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư cầu cảng mới"),
    F("thiết kế 1,5 triệu", "1,5", 1.5e6, "measure", "tấn/năm", change=C("increase", 2, "lần", "trước đây"),
      subject="tổng công suất thiết kế của cảng"),
    F("đạt 486.000 tấn", "486.000", 486000, "measure", "tấn", change=C("increase", 23, "%", "cùng kỳ"),
      subject="hàng hóa thông qua cảng", period=H1),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", subject="hàng xuất sang Campuchia", period=H1),
    F("khoảng 260 lượt", "260", 260, "measure", "lượt tàu, sà lan/tháng", approx="about",
      subject="lượt tàu, sà lan cảng tiếp nhận bình quân mỗi tháng", period=I(H1)),
    F("sản lượng 1,05 triệu", "1,05", 1.05e6, "measure", "tấn", status="forecast", subject="sản lượng của công ty", period=NOW),
    F("khoảng 140.000", "140.000", 140000, "money", "đồng/tấn", approx="about",
      change=C("decrease", 40000, "đồng/tấn", "đi đường bộ", approx="about"),
      subject="chi phí vận chuyển gạo bằng sà lan từ Tân Châu về khu cảng Cái Mép"),
    F("có 4 cảng", "4", 4, "count", "cảng", subject="cảng trên địa bàn thị xã"),
    F("và 37 bến", "37", 37, "count", "bến thủy nội địa", subject="bến thủy nội địa trên địa bàn thị xã"),
    F("thêm hai dự án", "hai", 2, "count", "dự án cảng", status="target", subject="dự án cảng thu hút thêm",
      period=BY25),
    F("khoảng 2 triệu tấn/năm", "2", 2e6, "measure", "tấn/năm", approx="about", status="target",
      subject="tổng lượng hàng hóa thông qua cảng, bến trên địa bàn", period=BY25),
]

NOTES = [
    "Party newspaper (Báo An Giang): section, headline figure, 'Thứ Năm, 27/06/2024 - 07:15' (published), tag '(AGO) -', byline, tags.",
    "All figures are about the port in thị xã Tân Châu or the town itself: location Tân Châu. Campuchia is a trade partner, not a place of the figure.",
    "'gấp đôi trước đây' → change increase 2 lần of the capacity. 'thấp hơn khoảng 40.000 đồng/tấn so với đi đường bộ' → change decrease 40.000 đồng/tấn.",
    "'trong đó hàng xuất sang Campuchia chiếm khoảng 30%' → percent figure of its own. 'Bình quân mỗi tháng ... 260 lượt' → rate, unit with '/tháng'.",
    "'Năm nay, công ty dự kiến' → forecast, year of published. 'thị xã phấn đấu đến năm 2025 ...' → target, period end 2025-12-31.",
    "Unit of 1,5 triệu tấn hàng/năm is tấn/năm (a measure unit; the goods belong to the subject), as for every other tonnage in the set.",
    "Distractors: 'Cầu cảng số 2', 'cầu cảng số 1', time 07:15, 'phường Long Châu'. The headline '3.000 tấn' is a figure (no cue: actual).",
]

if __name__ == "__main__":
    write("p1339-5", TEXT, NOTES, FIGS, published="2024-06-27", location="Tân Châu")

"""p738-7: department site (Sở Du lịch Đà Nẵng), no dateline — tourist boats on the Hàn river, 2023; one-cell-per-line table."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ DU LỊCH THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Số liệu thống kê / Du lịch đường thủy

Hoạt động tàu du lịch trên sông Hàn năm 2023

Năm 2023, trên sông Hàn có 45 tàu du lịch hoạt động, tăng 7 tàu so với năm 2022, tổng sức chở 3.960 ghế. Các tàu đã thực hiện 31.480 chuyến, phục vụ 1.086.500 lượt khách, bình quân 34,5 khách/chuyến; doanh thu đạt 217,3 tỷ đồng, gấp 2,3 lần năm 2022.

Lượt khách đi tàu trên sông Hàn theo tuyến
Đơn vị tính: lượt khách
Tuyến
Năm 2022
Năm 2023
Kế hoạch 2024
Ngắm cầu về đêm
352.600
812.400
950.000
Sông Hàn - cửa biển
96.300
214.700
260.000
Sông Hàn - sông Cu Đê
23.500
59.400
90.000
Tổng số
472.400
1.086.500
1.300.000

Tuyến ngắm cầu về đêm chiếm 74,8% lượt khách năm 2023, đông nhất vào tối thứ Bảy, Chủ nhật khi cầu Rồng phun lửa lúc 21h. 100% tàu đã được đăng kiểm và mua bảo hiểm cho hành khách. Năm 2024, thành phố dự kiến đưa vào khai thác thêm 5 tàu mới, nâng tổng số lên 50 tàu.

Trong năm 2023, Thanh tra Sở phối hợp kiểm tra 1.240 lượt tàu, nhắc nhở và xử lý 36 trường hợp; 312 thuyền viên được tập huấn kỹ năng cứu sinh. Giá vé tuyến ngắm cầu về đêm dao động từ 150.000 đến 200.000 đồng/khách.

Địa chỉ: Tầng 5, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu, TP Đà Nẵng. Điện thoại: 0236.3550.111
Lượt truy cập: 1.284.563
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("tuyến Ngắm cầu về đêm", "về đêm\n", ("352.600", "812.400", "950.000")),
        ("tuyến Sông Hàn - cửa biển", "cửa biển\n", ("96.300", "214.700", "260.000")),
        ("tuyến Sông Hàn - sông Cu Đê", "Cu Đê\n", ("23.500", "59.400", "90.000")),
        ("tổng số", "Tổng số\n", ("472.400", "1.086.500", "1.300.000"))]


def table_figs():
    out = []
    for label, lead, cells in ROWS:
        prev = lead
        for (cname, cper, status), cell in zip(COLS, cells):
            anchor = f"{lead}{cell}\n" if prev == lead else f"{prev}\n{cell}\n"
            kw = {"status": status} if status else {}
            out.append(fig(anchor, cell, int(cell.replace(".", "")), "count", "lượt khách",
                           f"lượt khách đi tàu trên sông Hàn {label} {cname}", cper, **kw))
            prev = cell
    return out


FIGS = [
    fig("có 45 tàu", "45", 45, "count", "tàu", "tàu du lịch hoạt động trên sông Hàn", Y23,
        change=chg("increase", 7, "tàu", baseline="năm 2022")),
    fig("sức chở 3.960 ghế", "3.960", 3960, "count", "ghế", "tổng sức chở", Y23),
    fig("thực hiện 31.480 chuyến", "31.480", 31480, "count", "chuyến", "chuyến tàu thực hiện", inh(Y23)),
    fig("phục vụ 1.086.500 lượt khách", "1.086.500", 1086500, "count", "lượt khách", "lượt khách tàu phục vụ", inh(Y23)),
    fig("bình quân 34,5 khách", "34,5", 34.5, "measure", "khách/chuyến", "khách bình quân mỗi chuyến", inh(Y23)),
    fig("đạt 217,3 tỷ đồng", "217,3", 217300000000, "money", "đồng", "doanh thu", inh(Y23),
        change=chg("increase", 2.3, "lần", baseline="năm 2022")),
] + table_figs() + [
    fig("chiếm 74,8%", "74,8", 74.8, "percent", "%", "tỷ trọng lượt khách tuyến ngắm cầu về đêm",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("100% tàu", "100", 100, "percent", "%", "tàu được đăng kiểm và mua bảo hiểm cho hành khách"),
    fig("thêm 5 tàu", "5", 5, "count", "tàu", "tàu mới đưa vào khai thác", Y24, status="forecast"),
    fig("lên 50 tàu", "50", 50, "count", "tàu", "tổng số tàu du lịch", Y24, status="forecast"),
    fig("kiểm tra 1.240 lượt tàu", "1.240", 1240, "count", "lượt tàu", "tàu được Thanh tra Sở kiểm tra",
        per("Trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("xử lý 36 trường hợp", "36", 36, "count", "trường hợp", "trường hợp bị nhắc nhở và xử lý",
        per("Trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("; 312 thuyền viên", "312", 312, "count", "thuyền viên", "thuyền viên được tập huấn kỹ năng cứu sinh",
        per("Trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("từ 150.000 đến 200.000", "150.000", 150000, "money", "đồng/khách", "giá vé tuyến ngắm cầu về đêm",
        value_max=200000),
]

COMMENTS = [
    "Sở Du lịch Đà Nẵng site (invented), no dateline (published absent): tàu du lịch sông Hàn 2023, one-cell-per-line table",
    "(Tuyến | Năm 2022 | Năm 2023 | Kế hoạch 2024) with 'Đơn vị tính: lượt khách'. Cells: subject = indicator + row + column,",
    "period from the column header (scored, as in shared h23), 'Kế hoạch 2024' -> target; the 'Tổng số' row carries no total.",
    "'gấp 2,3 lần năm 2022' follows the revenue figure: its change (lần). '34,5 khách/chuyến' is a rate (measure).",
    "Distractors: 'thứ Bảy' (a weekday, number word), '21h', 'Tầng 5', '24 Trần Phú', 'quận Hải Châu' in the address, phone,",
    "'Lượt truy cập: 1.284.563'. The sentence after the table states 'năm 2023' for the 74,8% share.",
]

if __name__ == "__main__":
    emit("p738-7", TEXT, COMMENTS, FIGS, location="Đà Nẵng")

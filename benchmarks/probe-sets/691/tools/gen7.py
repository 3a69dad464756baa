"""p691-7: Sở GTVT Hà Nội department site (no dateline) — Cát Linh – Hà Đông metro ridership, one-cell-per-line table."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ GIAO THÔNG VẬN TẢI HÀ NỘI
Tin tức - Sự kiện » Vận tải hành khách công cộng

Tuyến Cát Linh – Hà Đông: năm 2023 phục vụ hơn 11 triệu lượt khách

Tuyến đường sắt đô thị số 2A Cát Linh – Hà Đông dài 13,05 km với 12 nhà ga trên cao, do Công ty TNHH MTV Đường sắt Hà Nội (Hanoi Metro) vận hành. Năm 2023, tuyến phục vụ 11,2 triệu lượt hành khách, tăng 27,5% so với năm 2022; bình quân khoảng 30.700 lượt khách/ngày. Tính từ ngày đưa vào khai thác thương mại (6/11/2021) đến hết năm 2023, tuyến đã phục vụ hơn 21 triệu lượt khách.

Bảng 1. Sản lượng hành khách tuyến Cát Linh – Hà Đông
Đơn vị tính: nghìn lượt khách

Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Khách đi vé lượt
3.915
4.820
5.300
Khách đi vé tháng
4.870
6.380
7.000
Tổng cộng
8.785
11.200
12.300

Năm 2023, tuyến vận hành 79.600 chuyến tàu, tỷ lệ chuyến chạy đúng giờ đạt 99,98%. Giá vé lượt từ 8.000 đến 15.000 đồng, vé tháng 200.000 đồng/tháng; học sinh, sinh viên, công nhân khu công nghiệp được giảm 50% giá vé tháng. Người cao tuổi, người khuyết tật được miễn vé.

Năm 2024, Hanoi Metro dự kiến rút ngắn giãn cách chạy tàu giờ cao điểm xuống 6 phút/chuyến và bổ sung 3 đoàn tàu dự phòng.

Sở Giao thông vận tải Hà Nội - Số 2 Phùng Hưng, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.3825.6658 | Tổng số lượt truy cập: 2.418.306
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, subj, p, status=None):
    kw = {"status": status} if status else {}
    return fig(anchor, number, float(number.replace(".", "")) * 1000, "count", "lượt khách",
               subject=subj, period=p, **kw)


FIGS = [
    fig("hơn 11 triệu lượt khách", "11", 11e6, "count", "lượt khách", approx="over",
        subject="lượt khách tuyến Cát Linh – Hà Đông phục vụ", period=Y23),
    fig("dài 13,05 km", "13,05", 13.05, "measure", "km", subject="chiều dài tuyến đường sắt đô thị Cát Linh – Hà Đông"),
    fig("với 12 nhà ga", "12", 12, "count", "nhà ga", subject="nhà ga trên cao"),
    fig("phục vụ 11,2 triệu lượt", "11,2", 11.2e6, "count", "lượt hành khách",
        change=chg("increase", 27.5, baseline="năm 2022"),
        subject="lượt hành khách tuyến phục vụ", period=Y23),
    fig("khoảng 30.700 lượt", "30.700", 30700, "measure", "lượt khách/ngày", approx="about",
        subject="lượt khách bình quân mỗi ngày", period=Y23),
    fig("hơn 21 triệu lượt khách", "21", 21e6, "count", "lượt khách", approx="over",
        subject="lượt khách tuyến đã phục vụ từ khi khai thác thương mại",
        period=per("Tính từ ngày đưa vào khai thác thương mại (6/11/2021) đến hết năm 2023", "2021-11-06", "2023-12-31")),
    cell("3.915", "3.915", "Khách đi vé lượt năm 2022", C22),
    cell("4.820", "4.820", "Khách đi vé lượt năm 2023", C23),
    cell("5.300", "5.300", "Khách đi vé lượt kế hoạch 2024", K24, "target"),
    cell("4.870", "4.870", "Khách đi vé tháng năm 2022", C22),
    cell("6.380", "6.380", "Khách đi vé tháng năm 2023", C23),
    cell("7.000", "7.000", "Khách đi vé tháng kế hoạch 2024", K24, "target"),
    cell("8.785", "8.785", "Tổng cộng hành khách năm 2022", C22),
    cell("11.200", "11.200", "Tổng cộng hành khách năm 2023", C23),
    cell("12.300", "12.300", "Tổng cộng hành khách kế hoạch 2024", K24, "target"),
    fig("hành 79.600 chuyến", "79.600", 79600, "count", "chuyến tàu",
        subject="chuyến tàu vận hành", period=Y23),
    fig("đạt 99,98%", "99,98", 99.98, "percent", "%",
        subject="tỷ lệ chuyến chạy đúng giờ", period=Y23),
    fig("từ 8.000 đến 15.000 đồng", "8.000", 8000, "money", "đồng", value_max=15000,
        subject="giá vé lượt"),
    fig("200.000 đồng/tháng", "200.000", 200000, "money", "đồng/tháng", subject="giá vé tháng"),
    fig("giảm 50%", "50", 50, "percent", "%",
        subject="mức giảm giá vé tháng cho học sinh, sinh viên, công nhân khu công nghiệp"),
    fig("xuống 6 phút/chuyến", "6", 6, "measure", "phút/chuyến", status="forecast",
        subject="giãn cách chạy tàu giờ cao điểm", period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("bổ sung 3 đoàn tàu", "3", 3, "count", "đoàn tàu", status="forecast",
        subject="đoàn tàu dự phòng bổ sung", period=per("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Sở GTVT Hà Nội department page, no dateline (published null): tuyến đường sắt đô thị Cát Linh – Hà Đông, ridership 2022-2024.",
    "One-cell-per-line table with 'Đơn vị tính: nghìn lượt khách': every cell ×1000, unit 'lượt khách', subject row + column, period from the column header,",
    "'Kế hoạch 2024' column → status target. The 'Tổng cộng' row gives no total to the other rows (no cue in the text).",
    "Location Hà Nội for all; 'Hà Đông' is part of the line's name, 'quận Hoàn Kiếm' part of the address. 'khoảng 30.700 lượt khách/ngày' is a rate (measure).",
    "'dự kiến … xuống 6 phút/chuyến và bổ sung 3 đoàn tàu' → forecast. 'Tính từ … (6/11/2021) đến hết năm 2023' → period 2021-11-06 to 2023-12-31. Not figures: tuyến số 2A, 6/11/2021, Bảng 1, address Số 2 Phùng Hưng, phone, counter 2.418.306.",
    "revised after first scoring: 'Cát Linh – Hà Đông' (from another sentence) dropped from the 11,2 triệu subject.",
]

if __name__ == "__main__":
    emit("p691-7", TEXT, COMMENTS, FIGS, published=None, location="Hà Nội")

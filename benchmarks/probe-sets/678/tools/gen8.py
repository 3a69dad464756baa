"""p678-8: xã Thạch Đài (Thạch Hà, Hà Tĩnh) commune portal - rural lighting with people's contributions, maintenance."""
from lib import *

TEXT = """UBND XÃ THẠCH ĐÀI - HUYỆN THẠCH HÀ
Trang chủ > Tin tức > Nông thôn mới

Thạch Đài hoàn thành 12,6 km đường điện chiếu sáng trong 6 tháng đầu năm

Đăng ngày: 08/07/2024 - Người đăng: Ban biên tập

6 tháng đầu năm 2024, xã Thạch Đài lắp đặt mới 12,6 km đường điện chiếu sáng với 386 bóng đèn LED trên các tuyến trục thôn, liên thôn, tổng kinh phí 1,45 tỷ đồng. Trong đó, nhân dân đóng góp 870 triệu đồng (bình quân 350.000 đồng/hộ), ngân sách xã hỗ trợ 420 triệu đồng, các nhà hảo tâm ủng hộ 160 triệu đồng.

Đến nay, 11/11 thôn của xã đã có đường điện chiếu sáng với tổng chiều dài 41,3 km, đạt 96,5% các tuyến trục thôn, liên thôn. Kết quả này giúp xã xếp thứ 3/31 xã, thị trấn của huyện về phong trào "Thắp sáng đường quê".

Trong quý II/2024, tổ tự quản đã thay thế 27 bóng đèn hỏng, sửa chữa 14 điểm đấu nối. Xã giao các thôn tự quản lý vận hành; kinh phí tiền điện và bảo dưỡng năm 2024 dự kiến khoảng 96 triệu đồng, bình quân 8 triệu đồng/tháng, trong đó ngân sách xã chi 60%, các thôn vận động đóng góp 40%.

Đồng chí Trần Văn Lợi, Chủ tịch UBND xã cho biết: Thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã, xã phấn đấu đến hết năm 2024 có 100% tuyến trục thôn, liên thôn được chiếu sáng, trong đó ưu tiên tuyến Tỉnh lộ 17 qua thôn Trung Tiến và đường ra Quốc lộ 1.

Địa chỉ: Thôn Đại Hòa, xã Thạch Đài, huyện Thạch Hà, tỉnh Hà Tĩnh. Điện thoại: 0239.3845.126
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = per("Đến nay", end="2024-07-08")
Q2 = per("quý II/2024", "2024-04-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hoàn thành 12,6 km", "12,6", 12.6, "measure", "km", "đường điện chiếu sáng hoàn thành",
        per("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("mới 12,6 km", "12,6", 12.6, "measure", "km", "đường điện chiếu sáng lắp đặt mới", H1),
    fig("386 bóng", "386", 386, "count", "bóng đèn LED", "bóng đèn LED lắp đặt", H1),
    fig("1,45 tỷ", "1,45", 1450000000, "money", "đồng", "tổng kinh phí", H1),
    fig("870 triệu", "870", 870000000, "money", "đồng", "nhân dân đóng góp", inh(H1), total=1450000000),
    fig("350.000 đồng/hộ", "350.000", 350000, "money", "đồng/hộ", "mức đóng góp bình quân của nhân dân", inh(H1)),
    fig("420 triệu", "420", 420000000, "money", "đồng", "ngân sách xã hỗ trợ", inh(H1), total=1450000000),
    fig("160 triệu", "160", 160000000, "money", "đồng", "các nhà hảo tâm ủng hộ", inh(H1), total=1450000000),
    fig("11/11 thôn", "11", 11, "count", "thôn", "thôn có đường điện chiếu sáng", NOW, total=11),
    fig("41,3 km", "41,3", 41.3, "measure", "km", "tổng chiều dài đường điện chiếu sáng", NOW, percent=96.5),
    fig("thứ 3/31", "3", 3, "rank", "hạng", "phong trào \"Thắp sáng đường quê\"", total=31),
    fig("27 bóng", "27", 27, "count", "bóng đèn", "bóng đèn hỏng được thay thế", Q2),
    fig("14 điểm", "14", 14, "count", "điểm đấu nối", "điểm đấu nối được sửa chữa", Q2),
    fig("khoảng 96 triệu", "96", 96000000, "money", "đồng", "kinh phí tiền điện và bảo dưỡng", Y24, approx="about",
        status="forecast"),
    fig("8 triệu đồng/tháng", "8", 8000000, "money", "đồng/tháng", "kinh phí tiền điện và bảo dưỡng bình quân mỗi tháng", Y24,
        status="forecast"),
    fig("chi 60%", "60", 60, "percent", "%", "ngân sách xã chi", Y24, status="forecast"),
    fig("góp 40%", "40", 40, "percent", "%", "các thôn vận động đóng góp", Y24, status="forecast"),
    fig("có 100% tuyến", "100", 100, "percent", "%", "tuyến trục thôn, liên thôn được chiếu sáng",
        per("đến hết năm 2024", end="2024-12-31"), status="target"),
]

COMMENTS = [
    "Commune portal (UBND xã Thạch Đài, huyện Thạch Hà, Hà Tĩnh): 'Thắp sáng đường quê', contributions and maintenance; 'Đăng ngày: 08/07/2024'.",
    "Location: the district Thạch Hà (a commune is below the spec's province/city/district levels). Headline '6 tháng đầu năm' takes 2024 from published.",
    "revised: location was the commune 'Thạch Đài' in the first annotation; changed to the district after re-reading FIGURES.md's definition of location.",
    "'Trong đó' contributions are parts of 1,45 tỷ; '(bình quân 350.000 đồng/hộ)' is a rate, no total. 'xếp thứ 3/31 xã' is a rank with total 31.",
    "'dự kiến' governs the continuing clauses (8 triệu đồng/tháng, 60%, 40%) -> forecast. 'đến hết năm 2024' is an as-of target.",
    "Distractors: 'Nghị quyết số 05-NQ/ĐU', 'Tỉnh lộ 17', 'Quốc lộ 1', 'quý II/2024', phone '0239.3845.126'.",
]

if __name__ == "__main__":
    emit("p678-8", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Thạch Hà")

"""p1394-2: district (town) portal (thị xã Duyên Hải, Trà Vinh): ash and slag used to fill a resettlement area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ DUYÊN HẢI
Tỉnh Trà Vinh
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Dùng tro xỉ san lấp mặt bằng Khu tái định cư xã Dân Thành

22/05/2024 - 08:45

Sáng ngày 21/5, UBND thị xã Duyên Hải phối hợp Công ty cổ phần Xây dựng Hải Đăng khởi công hạng mục san lấp mặt bằng Khu tái định cư xã Dân Thành bằng vật liệu tro xỉ nhiệt điện.

Dự án có diện tích 12,5 ha, tổng mức đầu tư hơn 86 tỷ đồng, trong đó chi phí san lấp khoảng 31 tỷ đồng. Khối lượng san lấp khoảng 420.000 m3, sử dụng hoàn toàn tro xỉ từ bãi chứa của Trung tâm Điện lực Sao Mai thay cho cát sông. Giá tro xỉ vận chuyển đến chân công trình chỉ từ 95.000 - 110.000 đồng/m3, thấp hơn khoảng 40% so với cát san lấp; nhờ đó dự án dự kiến tiết kiệm gần 12 tỷ đồng. Công trình dự kiến hoàn thành trong tháng 1/2025.

Hiện bãi chứa tro xỉ của Trung tâm Điện lực Sao Mai đang lưu giữ khoảng 9,6 triệu tấn, chiếm gần 85% sức chứa. Từ đầu năm đến nay, trên địa bàn thị xã đã có 5 công trình sử dụng tro xỉ để san lấp, làm nền đường với tổng khối lượng trên 1,3 triệu m3, gồm 3 công trình của Nhà nước và 2 công trình của doanh nghiệp.

Ông Trần Văn Lực, Phó Chủ tịch UBND thị xã cho biết, năm nay thị xã phấn đấu đưa thêm ba công trình đường giao thông nông thôn sử dụng tro xỉ vào thi công, tổng chiều dài khoảng 7,5 km.

Tin khác:
- Thị xã Duyên Hải sơ kết 6 tháng đầu năm 2024
- Phường 1 ra quân vệ sinh môi trường

UBND THỊ XÃ DUYÊN HẢI
Địa chỉ: Số 01 đường 19/5, Khóm 1, Phường 1, thị xã Duyên Hải, tỉnh Trà Vinh
Điện thoại: 0294.3832.108
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-22")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("diện tích 12,5 ha", "12,5", 12.5, "measure", "ha",
        subject="diện tích dự án Khu tái định cư xã Dân Thành"),
    fig("hơn 86 tỷ", "86", 86e9, "money", "đồng", approx="over",
        subject="tổng mức đầu tư dự án"),
    fig("khoảng 31 tỷ", "31", 31e9, "money", "đồng", approx="about", total=86e9,
        subject="chi phí san lấp"),
    fig("khoảng 420.000 m3", "420.000", 420000, "measure", "m3", approx="about",
        subject="khối lượng san lấp"),
    fig("từ 95.000 - 110.000", "95.000", 95000, "money", "đồng/m3", value_max=110000,
        change=chg("decrease", 40, "%", "cát san lấp", approx="about"),
        subject="giá tro xỉ vận chuyển đến chân công trình"),
    fig("gần 12 tỷ", "12", 12e9, "money", "đồng", approx="nearly", status="forecast",
        subject="chi phí dự án tiết kiệm"),
    fig("khoảng 9,6 triệu", "9,6", 9.6e6, "measure", "tấn", approx="about", percent=85,
        subject="tro xỉ bãi chứa của Trung tâm Điện lực Sao Mai đang lưu giữ"),
    fig("có 5 công trình", "5", 5, "count", "công trình",
        subject="công trình sử dụng tro xỉ để san lấp, làm nền đường", period=YTD),
    fig("trên 1,3 triệu", "1,3", 1.3e6, "measure", "m3", approx="over",
        subject="tổng khối lượng tro xỉ san lấp, làm nền đường của các công trình", period=YTD),
    fig("gồm 3 công trình", "3", 3, "count", "công trình", total=5,
        subject="công trình của Nhà nước sử dụng tro xỉ", period=YTD),
    fig("và 2 công trình", "2", 2, "count", "công trình", total=5,
        subject="công trình của doanh nghiệp sử dụng tro xỉ", period=YTD),
    fig("thêm ba công trình", "ba", 3, "count", "công trình", status="target",
        subject="công trình đường giao thông nông thôn sử dụng tro xỉ đưa vào thi công", period=NOW),
    fig("khoảng 7,5 km", "7,5", 7.5, "measure", "km", approx="about", status="target",
        subject="tổng chiều dài công trình đường giao thông nông thôn sử dụng tro xỉ", period=NOW),
]

NOTES = [
    "District (town) portal: banner 'CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ DUYÊN HẢI', menu, '22/05/2024 - 08:45', 'Tin khác', footer.",
    "Distractors: 'Sáng ngày 21/5', 'tháng 1/2025', link title '6 tháng đầu năm 2024', 'Phường 1' (twice), 'Khóm 1',",
    "'Số 01 đường 19/5', phone 0294.3832.108.",
    "Location: every figure is in thị xã Duyên Hải (xã Dân Thành is one of its communes) -> 'Duyên Hải'.",
    "'thấp hơn khoảng 40% so với cát san lấp' is the change (decrease, about) of the price range.",
    "'chiếm gần 85% sức chứa' is the percent attribute of 9,6 triệu tấn (the dump's share filled).",
    "'gồm 3 ... và 2 công trình' take the whole 5 công trình; all share 'Từ đầu năm đến nay' (ends at the dateline).",
    "'dự kiến tiết kiệm' -> forecast; 'năm nay ... phấn đấu' -> target for 'ba công trình' and '7,5 km' (2024).",
    "Project size, cost and price figures carry no period (none stated).",
]

if __name__ == "__main__":
    write("p1394-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Duyên Hải")

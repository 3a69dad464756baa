"""p1330-2: district portal (huyện Yên Lạc, Vĩnh Phúc): one auction session of 52 plots; district results, plan 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN LẠC - TỈNH VĨNH PHÚC
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Đấu giá thành công 52 thửa đất ở tại xã Trung Nguyên

18/06/2024 - 16:05

Ngày 16/6, Trung tâm Phát triển quỹ đất huyện phối hợp với Công ty Đấu giá hợp danh Tân Phát tổ chức phiên đấu giá quyền sử dụng đất ở tại khu Đồng Mả, xã Trung Nguyên. Tổng diện tích 52 thửa đất đưa ra đấu giá là 5.386 m2, mỗi thửa từ 90 đến 125 m2.

Phiên đấu giá thu hút 318 hồ sơ tham gia, bình quân hơn 6 hồ sơ/thửa. Giá khởi điểm từ 12,5 triệu đồng/m2 đến 14 triệu đồng/m2; giá trúng cao nhất đạt 38,6 triệu đồng/m2, thấp nhất 21,2 triệu đồng/m2. Tổng số tiền trúng đấu giá hơn 146,3 tỷ đồng, cao hơn 72,8 tỷ đồng so với tổng giá khởi điểm. Đây là phiên đấu giá có tổng số tiền trúng lớn thứ hai của huyện trong năm nay.

Từ đầu năm đến nay, huyện đã tổ chức 7 phiên đấu giá với 214 thửa đất, thu về khoảng 512 tỷ đồng, bằng 64% kế hoạch năm.

Theo kế hoạch, năm 2024 huyện phấn đấu thu tiền sử dụng đất 800 tỷ đồng. Trong 6 tháng cuối năm, huyện dự kiến đấu giá thêm ba khu đất tại các xã Tề Lỗ, Đồng Văn, Yên Đồng với tổng diện tích khoảng 2,4 ha.

Tin khác:
- Yên Lạc triển khai nhiệm vụ thu ngân sách năm 2024 (10/01/2024)
- Ra quân giải phóng mặt bằng dự án đường Vành đai 4 qua huyện (02/05/2024)

UBND HUYỆN YÊN LẠC
Địa chỉ: Số 6 đường Nguyễn Tất Thành, thị trấn Yên Lạc, tỉnh Vĩnh Phúc
Điện thoại: 0211.3835.216
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    fig("thành công 52 thửa", "52", 52, "count", "thửa đất", subject="thửa đất ở đấu giá thành công"),
    fig("diện tích 52 thửa", "52", 52, "count", "thửa đất", subject="thửa đất đưa ra đấu giá"),
    fig("là 5.386 m2", "5.386", 5386, "measure", "m2", subject="tổng diện tích các thửa đất đưa ra đấu giá"),
    fig("từ 90 đến 125", "90", 90, "measure", "m2", value_max=125, subject="diện tích mỗi thửa"),
    fig("hút 318 hồ sơ", "318", 318, "count", "hồ sơ", subject="hồ sơ tham gia phiên đấu giá"),
    fig("hơn 6 hồ sơ/thửa", "6", 6, "measure", "hồ sơ/thửa", approx="over",
        subject="hồ sơ bình quân mỗi thửa"),
    fig("từ 12,5 triệu", "12,5", 12.5e6, "money", "đồng/m2", value_max=14e6, subject="giá khởi điểm"),
    fig("đạt 38,6 triệu", "38,6", 38.6e6, "money", "đồng/m2", subject="giá trúng cao nhất"),
    fig("nhất 21,2 triệu", "21,2", 21.2e6, "money", "đồng/m2", subject="giá trúng thấp nhất"),
    fig("hơn 146,3 tỷ", "146,3", 146.3e9, "money", "đồng", approx="over",
        change=chg("increase", 72.8e9, "đồng", "tổng giá khởi điểm"), subject="tổng số tiền trúng đấu giá"),
    fig("lớn thứ hai", "hai", 2, "rank", "hạng",
        subject="tổng số tiền trúng của phiên đấu giá", period=NOW),
    fig("tổ chức 7 phiên", "7", 7, "count", "phiên đấu giá", subject="phiên đấu giá huyện đã tổ chức", period=YTD),
    fig("với 214 thửa", "214", 214, "count", "thửa đất", subject="thửa đất đấu giá", period=YTD),
    fig("khoảng 512 tỷ", "512", 512e9, "money", "đồng", approx="about", percent=64,
        subject="tiền thu về từ đấu giá", period=YTD),
    fig("sử dụng đất 800 tỷ", "800", 800e9, "money", "đồng", status="target",
        subject="thu tiền sử dụng đất", period=Y24),
    fig("thêm ba khu", "ba", 3, "count", "khu đất", status="forecast",
        subject="khu đất huyện dự kiến đấu giá thêm", period=H2),
    fig("khoảng 2,4 ha", "2,4", 2.4, "measure", "ha", approx="about", status="forecast",
        subject="tổng diện tích ba khu đất dự kiến đấu giá thêm", period=H2),
]

NOTES = [
    "District portal (huyện Yên Lạc, Vĩnh Phúc): banner, menu, '18/06/2024 - 16:05' under the headline, 'Tin khác' with dates, address footer.",
    "Distractors: 'Ngày 16/6', 16:05, dates in 'Tin khác', 'đường Vành đai 4', 'Số 6 đường Nguyễn Tất Thành', phone 0211.3835.216.",
    "Default location is the district (Yên Lạc); communes (Trung Nguyên, Tề Lỗ …) are below district level and stay with Yên Lạc.",
    "The session's own figures have no period (only the event date 'Ngày 16/6'). 'mỗi thửa từ 90 đến 125 m2' is a range of plot size.",
    "'từ 12,5 triệu đồng/m2 đến 14 triệu đồng/m2' is one range (value_max 14 triệu). 'cao hơn 72,8 tỷ đồng so với tổng giá khởi điểm' → change in đồng.",
    "'lớn thứ hai … trong năm nay' → rank 2, period 2024. 'bằng 64% kế hoạch năm' → percent attribute of 512 tỷ.",
    "'phấn đấu' → target; 'dự kiến' → forecast; '6 tháng cuối năm' takes 2024.",
]

if __name__ == "__main__":
    write("p1330-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Yên Lạc")

"""p616-2: district portal (Đông Anh, Hà Nội), construction-order violations and permits, 6 months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN ĐÔNG ANH - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Quản lý đô thị
Thứ Tư, 10/07/2024 - 15:20

Đông Anh: 6 tháng đầu năm phát hiện 38 công trình vi phạm trật tự xây dựng

Theo báo cáo của Phòng Quản lý đô thị, 6 tháng đầu năm 2024, Đội Thanh tra xây dựng và UBND các xã, thị trấn đã kiểm tra 1.254 lượt công trình, phát hiện 38 công trình vi phạm trật tự xây dựng, giảm 11 công trình so với cùng kỳ năm 2023. Vi phạm tập trung tại các xã Uy Nỗ (7 công trình), Vân Nội (6), Nguyên Khê (5) và dọc tuyến Quốc lộ 3, đường 23B.

UBND huyện đã ban hành 35 quyết định xử phạt vi phạm hành chính với tổng số tiền 1.150 triệu đồng. Đến nay, đã khắc phục, tháo dỡ 31/38 công trình; còn 7 công trình đang được xử lý theo Thông báo số 1208/TB-UBND.

Về cấp phép xây dựng, huyện tiếp nhận 436 hồ sơ, đã cấp 412 giấy phép (trong đó 398 giấy phép nhà ở riêng lẻ), tăng 8,1% so với cùng kỳ; 100% hồ sơ được giải quyết đúng hạn. Thời gian cấp phép bình quân 11,5 ngày, rút ngắn 3,5 ngày so với quy định.

Hiện trên địa bàn huyện có 14 dự án nhà ở, khu đô thị đang triển khai với tổng diện tích khoảng 1.320 ha, trong đó có 2 dự án nhà ở xã hội. Dự kiến trong quý III/2024, huyện khởi công thêm 1 dự án nhà ở xã hội quy mô 1.520 căn hộ tại xã Tiên Dương.

Người dân phát hiện vi phạm xin phản ánh qua đường dây nóng 024.3883.2345.

Minh Hà
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("Đến nay", None, "2024-07-10")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
FIGS = [
    F("năm phát hiện 38 công trình", "38", 38, "count", "công trình", "công trình vi phạm trật tự xây dựng",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("kiểm tra 1.254 lượt", "1.254", 1254, "count", "lượt công trình", "lượt công trình được kiểm tra", H6),
    F("phát hiện 38 công trình vi phạm trật tự xây dựng, giảm", "38", 38, "count", "công trình",
      "công trình vi phạm trật tự xây dựng", H6, change=CH("decrease", 11, "công trình", "cùng kỳ năm 2023")),
    F("Uy Nỗ (7 công trình)", "7", 7, "count", "công trình", "công trình vi phạm trật tự xây dựng", I(H6),
      location="Uy Nỗ"),
    F("Vân Nội (6)", "6", 6, "count", "công trình", "công trình vi phạm trật tự xây dựng", I(H6), location="Vân Nội"),
    F("Nguyên Khê (5)", "5", 5, "count", "công trình", "công trình vi phạm trật tự xây dựng", I(H6),
      location="Nguyên Khê"),
    F("ban hành 35 quyết định", "35", 35, "count", "quyết định", "quyết định xử phạt vi phạm hành chính", I(H6)),
    F("tiền 1.150 triệu đồng", "1.150", 1150000000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(H6)),
    F("tháo dỡ 31/38", "31", 31, "count", "công trình", "công trình vi phạm đã khắc phục, tháo dỡ", NOW, total=38),
    F("còn 7 công trình", "7", 7, "count", "công trình", "công trình vi phạm đang được xử lý", NOW),
    F("tiếp nhận 436 hồ sơ", "436", 436, "count", "hồ sơ", "hồ sơ cấp phép xây dựng tiếp nhận", I(H6)),
    F("cấp 412 giấy phép", "412", 412, "count", "giấy phép", "giấy phép xây dựng được cấp", I(H6),
      change=CH("increase", 8.1, baseline="cùng kỳ")),
    F("đó 398 giấy phép", "398", 398, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ", I(H6), total=412),
    F("100% hồ sơ", "100", 100, "percent", "%", "tỷ lệ hồ sơ cấp phép xây dựng được giải quyết đúng hạn", I(H6)),
    F("bình quân 11,5 ngày", "11,5", 11.5, "measure", "ngày", "thời gian cấp phép xây dựng bình quân", I(H6),
      change=CH("decrease", 3.5, "ngày", "quy định")),
    F("có 14 dự án", "14", 14, "count", "dự án", "dự án nhà ở, khu đô thị đang triển khai"),
    F("khoảng 1.320 ha", "1.320", 1320, "measure", "ha", "tổng diện tích dự án nhà ở, khu đô thị", approx="about"),
    F("có 2 dự án", "2", 2, "count", "dự án", "dự án nhà ở xã hội", total=14),
    F("thêm 1 dự án", "1", 1, "count", "dự án", "dự án nhà ở xã hội khởi công thêm", Q3, status="forecast",
      location="Tiên Dương"),
    F("mô 1.520 căn hộ", "1.520", 1520, "count", "căn hộ", "quy mô dự án nhà ở xã hội", Q3, status="forecast",
      location="Tiên Dương"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đông Anh (Hà Nội): vi phạm trật tự xây dựng, cấp phép xây dựng, dự án nhà ở; 6 tháng đầu năm 2024.",
    "Dateline 'Thứ Tư, 10/07/2024 - 15:20'. 'Quốc lộ 3', 'đường 23B', 'Thông báo số 1208/TB-UBND', 'quý III/2024', hotline are not figures.",
    "Commune items 'Uy Nỗ (7 công trình), Vân Nội (6), Nguyên Khê (5)': the list's indicator, commune as location; no cue, 18 != 38: no total.",
    "Headline '6 tháng đầu năm' takes 2024 from the dateline. 31/38 takes 38 as total; 'còn 7 công trình' has no part-of cue.",
    "'(trong đó 398 …)' is a part of 412; the change after the bracket belongs to 412. 'Hiện' sentences get no period.",
    "'Dự kiến trong quý III/2024' makes the project and its 1.520 căn hộ forecasts, located at xã Tiên Dương.",
]

if __name__ == "__main__":
    emit("p616-2", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Đông Anh")

"""p1102-5: Đà Nẵng, provincial Party newspaper, byline and bare date at the end."""
from lib import F, P, I, C, T, write

text = """Đà Nẵng: Nâng cao kỹ năng thoát nạn cho cư dân chung cư cao tầng

Sau vụ cháy chung cư mini tại Hà Nội làm 56 người tử vong hồi tháng 9, Công an TP Đà Nẵng đã ra quân kiểm tra toàn bộ 82 nhà chung cư cao tầng trên địa bàn, trong đó quận Sơn Trà có 27 nhà, quận Hải Châu có 21 nhà.

Qua kiểm tra, lực lượng chức năng phát hiện 143 lỗi vi phạm, phổ biến là hệ thống chữa cháy vách tường không đủ áp lực, cửa ngăn cháy bị chèn mở, hành lang thoát nạn bị lấn chiếm làm kho. Cơ quan chức năng đã xử phạt 16 chủ đầu tư, ban quản trị với tổng số tiền 275 triệu đồng; đến nay đã có 118 lỗi được khắc phục.

Sáng 4/10, tại tòa nhà Sông Hàn Riverside (đường Trần Hưng Đạo, quận Sơn Trà), Công an thành phố tổ chức thực tập phương án chữa cháy với sự tham gia của hơn 300 cư dân và 60 cán bộ, chiến sĩ. Chỉ sau 7 phút phát lệnh báo cháy, toàn bộ cư dân từ tầng 1 đến tầng 25 đã thoát ra khu vực an toàn. Theo Công an thành phố, mỗi căn hộ nên trang bị bình chữa cháy xách tay, giá từ 300.000 đến 450.000 đồng/bình.

Từ đầu năm đến nay, toàn thành phố xảy ra 4 vụ cháy tại nhà chung cư, không gây thiệt hại về người, thiệt hại tài sản ước khoảng 1,3 tỷ đồng. Để hoàn thành mục tiêu năm 2023, thành phố phấn đấu 100% chung cư cao tầng khắc phục xong các tồn tại, 100% hộ gia đình ở chung cư được phổ biến kỹ năng thoát nạn. Đại tá Nguyễn Văn Ba, Phó Giám đốc Công an thành phố, đề nghị cư dân không để xe đạp điện sạc qua đêm ở tầng hầm, hành lang.

HOÀNG HIỆP
05/10/2023
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-05")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SUBJ = "nhà chung cư cao tầng được kiểm tra"

figs = [
    F("làm 56 người tử vong", "56", 56, "count", "người", "người tử vong trong vụ cháy chung cư mini",
      P("tháng 9", "2023-09-01", "2023-09-30"), location="Hà Nội"),
    F("toàn bộ 82 nhà", "82", 82, "count", "nhà chung cư", SUBJ),
    F("Sơn Trà có 27 nhà", "27", 27, "count", "nhà", SUBJ, total=82, location="Sơn Trà"),
    F("Hải Châu có 21 nhà", "21", 21, "count", "nhà", SUBJ, total=82, location="Hải Châu"),
    F("phát hiện 143 lỗi", "143", 143, "count", "lỗi vi phạm", "lỗi vi phạm phát hiện qua kiểm tra"),
    F("xử phạt 16 chủ đầu tư", "16", 16, "count", "chủ đầu tư, ban quản trị", "chủ đầu tư, ban quản trị bị xử phạt"),
    F("tổng số tiền 275 triệu đồng", "275", 275e6, "money", "đồng", "tổng số tiền xử phạt"),
    F("có 118 lỗi", "118", 118, "count", "lỗi", "lỗi vi phạm được khắc phục", P("đến nay", None, "2023-10-05")),
    F("hơn 300 cư dân", "300", 300, "count", "cư dân", "cư dân tham gia thực tập phương án chữa cháy", approx="over",
      location="Sơn Trà"),
    F("và 60 cán bộ", "60", 60, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ tham gia thực tập phương án chữa cháy",
      location="Sơn Trà"),
    F("sau 7 phút", "7", 7, "measure", "phút", "thời gian toàn bộ cư dân thoát ra khu vực an toàn", location="Sơn Trà"),
    F("từ tầng 1 đến", "1", 1, "measure", "tầng", "tầng thấp nhất của tòa nhà", optional=True),
    F("đến tầng 25", "25", 25, "measure", "tầng", "số tầng tòa nhà", optional=True),
    F("từ 300.000 đến", "300.000", 300000, "money", "đồng/bình", "giá bình chữa cháy xách tay", value_max=450000),
    F("xảy ra 4 vụ cháy", "4", 4, "count", "vụ cháy", "vụ cháy tại nhà chung cư", YTD),
    F("ước khoảng 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "thiệt hại tài sản do cháy tại nhà chung cư", YTD,
      approx="about", status="estimate"),
    F("phấn đấu 100% chung cư", "100", 100, "percent", "%", "chung cư cao tầng khắc phục xong các tồn tại", Y23,
      status="target"),
    F("100% hộ gia đình", "100", 100, "percent", "%", "hộ gia đình ở chung cư được phổ biến kỹ năng thoát nạn", Y23,
      status="target"),
]

write("p1102-5", text, [
    "Provincial Party newspaper (Báo Đà Nẵng style): inspections after the Hà Nội mini-apartment fire, drill at a Sơn Trà tower (4/10/2023).",
    "Byline HOÀNG HIỆP and bare date 05/10/2023 at the end give published. Location Đà Nẵng; the Hà Nội fire's death toll -> Hà Nội;",
    "the drill at a Sơn Trà building -> Sơn Trà; 'trong đó quận Sơn Trà có 27 nhà, quận Hải Châu có 21 nhà' -> total 82.",
    "'tầng 1 đến tầng 25' are floors of the example building: both are optional (ordinal floors that also give the building's height).",
    "'hồi tháng 9' takes 2023 from the byline date. 'ước khoảng' -> approx about + status estimate. Both 100% are targets (phấn đấu).",
    "The inspection figures carry no period phrase of their own (no period). 'Đại tá Nguyễn Văn Ba' is a name, not a figure.",
], figs, published="2023-10-05", location="Đà Nẵng")

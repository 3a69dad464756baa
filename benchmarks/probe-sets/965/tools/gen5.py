"""p965-5: Báo Đắk Lắk (Party newspaper), coffee drying and storage; byline + bare date at the end."""
from lib import F, P, I, C, write_set

TEXT = """Đầu tư sấy, bảo quản để nâng giá trị hạt cà phê

Năm 2023, toàn tỉnh Đắk Lắk có 213.000 ha cà phê, sản lượng đạt gần 560.000 tấn nhân. Tuy nhiên, theo Sở Nông nghiệp và Phát triển nông thôn, chỉ khoảng 30% sản lượng được phơi sấy đúng quy trình; phần lớn nông hộ vẫn phơi trên sân đất, sân xi măng nên tổn thất sau thu hoạch còn ở mức 8-10%, chất lượng hạt không đồng đều.

Những năm gần đây, nhiều doanh nghiệp, hợp tác xã đã mạnh dạn đầu tư hệ thống sấy. Toàn tỉnh hiện có 1.235 máy sấy cà phê các loại, trong đó 186 máy sấy tĩnh vỉ ngang công suất lớn. Riêng huyện Krông Pắc có 214 máy sấy, huyện Cư M'gar có 197 máy.

Tại HTX Nông nghiệp dịch vụ Công bằng Ea Kiết (huyện Cư M'gar), từ năm 2021 đến nay hợp tác xã đã đầu tư 3 lò sấy với tổng kinh phí 2,7 tỷ đồng, mỗi mẻ sấy được 20 tấn quả tươi. Cà phê chín được sấy ở nhiệt độ 40-45 độ C trong khoảng 72 giờ, đến khi độ ẩm hạt còn 12,5%. Giá cà phê nhân chất lượng cao của HTX bán ra cao hơn giá thị trường 8.000-10.000 đồng/kg. Năm 2023, HTX tiêu thụ 1.450 tấn cà phê nhân, gấp 1,8 lần năm 2022.

Ông Y Kim Êban, Giám đốc HTX cho biết, đơn vị đang xây kho bảo quản dọc Quốc lộ 14 theo Nghị quyết số 09-NQ/TU của Tỉnh ủy về phát triển nông nghiệp bền vững.

Tỉnh phấn đấu đến năm 2025 có 50% sản lượng cà phê được sơ chế, sấy theo quy trình; mỗi huyện trọng điểm có ít nhất 1 kho bảo quản đạt chuẩn với sức chứa từ 5.000 tấn trở lên.

HỒNG NHUNG
18/12/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2023-12-18")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("có 213.000 ha", "213.000", 213000, "measure", "ha", subject="diện tích cà phê", period=Y23),
    F("gần 560.000 tấn", "560.000", 560000, "measure", "tấn", approx="nearly", subject="sản lượng cà phê nhân",
      period=Y23),
    F("chỉ khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="tỷ lệ sản lượng cà phê được phơi sấy đúng quy trình"),
    F("mức 8-10%", "8", 8, "percent", "%", value_max=10, subject="tổn thất sau thu hoạch cà phê"),
    F("1.235 máy sấy", "1.235", 1235, "count", "máy sấy", subject="máy sấy cà phê các loại"),
    F("186 máy sấy", "186", 186, "count", "máy sấy", total=1235,
      subject="máy sấy tĩnh vỉ ngang công suất lớn"),
    F("214 máy sấy", "214", 214, "count", "máy sấy", subject="máy sấy cà phê", location="Krông Pắc"),
    F("197 máy", "197", 197, "count", "máy", subject="máy sấy cà phê", location="Cư M'gar"),
    F("3 lò sấy", "3", 3, "count", "lò sấy", subject="lò sấy hợp tác xã đầu tư", period=SINCE,
      location="Cư M'gar"),
    F("kinh phí 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", subject="tổng kinh phí đầu tư lò sấy",
      period=SINCE, location="Cư M'gar"),
    F("20 tấn quả tươi", "20", 20, "measure", "tấn/mẻ", subject="công suất mỗi mẻ sấy", location="Cư M'gar"),
    F("40-45 độ C", "40", 40, "measure", "độ C", value_max=45, subject="nhiệt độ sấy cà phê chín",
      location="Cư M'gar"),
    F("khoảng 72 giờ", "72", 72, "measure", "giờ", approx="about", subject="thời gian sấy cà phê chín",
      location="Cư M'gar"),
    F("còn 12,5%", "12,5", 12.5, "percent", "%", subject="độ ẩm hạt cà phê sau sấy", location="Cư M'gar"),
    F("8.000-10.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", value_max=10000,
      subject="giá cà phê nhân chất lượng cao của HTX cao hơn giá thị trường", location="Cư M'gar"),
    F("tiêu thụ 1.450 tấn", "1.450", 1450, "measure", "tấn", change=C("increase", 1.8, "lần", "năm 2022"),
      subject="cà phê nhân HTX tiêu thụ", period=Y23, location="Cư M'gar"),
    F("có 50% sản lượng", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ sản lượng cà phê được sơ chế, sấy theo quy trình", period=T25),
    F("ít nhất 1 kho", "1", 1, "count", "kho", approx="at_least", status="target",
      subject="kho bảo quản đạt chuẩn mỗi huyện trọng điểm", period=T25),
    F("từ 5.000 tấn trở lên", "5.000", 5000, "measure", "tấn", approx="at_least", status="target",
      subject="sức chứa kho bảo quản đạt chuẩn", period=T25, optional=True),
]

NOTES = [
    "Báo Đắk Lắk (Party paper): coffee area/output 2023, drying share, dryers by district, a co-op's dryers (Cư M'gar), 2025 targets.",
    "Byline HỒNG NHUNG and bare date 18/12/2023 at the end -> published. Co-op figures are located in its district Cư M'gar.",
    "'Riêng huyện Krông Pắc có 214 máy sấy' is not a part-of cue: no total; '186 máy sấy' after 'trong đó' -> total 1.235.",
    "'gấp 1,8 lần năm 2022' after 1.450 tấn -> its change (lần). 'cao hơn giá thị trường 8.000-10.000 đồng/kg' has no base amount: own figure.",
    "'mỗi mẻ sấy được 20 tấn' -> unit tấn/mẻ. 'sức chứa từ 5.000 tấn trở lên' is a category threshold: optional.",
    "Distractors: Quốc lộ 14, Nghị quyết số 09-NQ/TU, 'Ea Kiết', byline date.",
]

write_set(5, TEXT, FIGS, NOTES, published="2023-12-18", location="Đắk Lắk")

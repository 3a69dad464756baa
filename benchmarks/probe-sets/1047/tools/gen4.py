"""p1047-4: ministry site (Bộ NN&PTNT / Cục Thủy sản), national squid catch and exports 2024."""
from lib import C, F, I, P, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Thủy sản
Sản lượng khai thác mực năm 2024 đạt hơn 310 nghìn tấn
Ngày đăng: 09/01/2025 | Lượt xem: 1.204

Theo báo cáo của Cục Thủy sản, năm 2024 sản lượng khai thác mực các loại của cả nước đạt 312,6 nghìn tấn, tăng 3,2% so với năm 2023, chiếm 8,4% tổng sản lượng khai thác hải sản.

Cả nước hiện có 7.215 tàu làm nghề câu mực, chụp mực, trong đó 4.860 tàu có chiều dài từ 15 m trở lên hoạt động ở vùng khơi. Các địa phương có đội tàu câu mực lớn nhất lần lượt là Quảng Ngãi (1.046 tàu), Quảng Bình (892 tàu), Bà Rịa - Vũng Tàu (854 tàu) và Nghệ An (735 tàu).

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), kim ngạch xuất khẩu mực và bạch tuộc năm 2024 ước đạt 710 triệu USD, tăng 7% so với năm trước. Hàn Quốc và Nhật Bản là hai thị trường lớn nhất, lần lượt chiếm 38% và 23% kim ngạch. Giá mực ống xuất khẩu bình quân khoảng 9,8 USD/kg.

Theo Quyết định số 208/QĐ-TTg ngày 10/3/2022 phê duyệt Chiến lược phát triển thủy sản, đến năm 2030 cả nước giảm 20% số tàu làm nghề lưới kéo và chuyển đổi khoảng 1.500 tàu sang các nghề thân thiện như câu mực, lưới vây.

Cục Thủy sản đề nghị các địa phương khắc phục tồn tại, chuẩn bị đón Đoàn thanh tra của Ủy ban châu Âu (EC) lần thứ 5 về chống khai thác IUU, với mục tiêu 100% tàu cá từ 15 m trở lên duy trì kết nối thiết bị giám sát hành trình khi hoạt động trên biển.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3771.6105
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt hơn 310 nghìn tấn", "310", 310000, "measure", "tấn", "sản lượng khai thác mực", Y24, approx="over"),
    F("đạt 312,6 nghìn tấn", "312,6", 312600, "measure", "tấn", "sản lượng khai thác mực các loại", Y24,
      percent=8.4, change=C("increase", 3.2, baseline="năm 2023")),
    F("hiện có 7.215 tàu", "7.215", 7215, "count", "tàu", "tàu làm nghề câu mực, chụp mực"),
    F("trong đó 4.860 tàu", "4.860", 4860, "count", "tàu",
      "tàu câu mực có chiều dài từ 15 m trở lên hoạt động ở vùng khơi", total=7215),
    F("chiều dài từ 15 m trở lên hoạt động", "15", 15, "measure", "m", "chiều dài tàu", optional=True),
    F("(1.046 tàu)", "1.046", 1046, "count", "tàu", "đội tàu câu mực", location="Quảng Ngãi"),
    F("(892 tàu)", "892", 892, "count", "tàu", "đội tàu câu mực", location="Quảng Bình"),
    F("(854 tàu)", "854", 854, "count", "tàu", "đội tàu câu mực", location="Bà Rịa - Vũng Tàu"),
    F("(735 tàu)", "735", 735, "count", "tàu", "đội tàu câu mực", location="Nghệ An"),
    F("ước đạt 710 triệu USD", "710", 710e6, "money", "USD", "kim ngạch xuất khẩu mực và bạch tuộc", Y24,
      status="estimate", change=C("increase", 7, baseline="năm trước")),
    F("là hai thị trường", "hai", 2, "count", "thị trường", "thị trường lớn nhất của xuất khẩu mực và bạch tuộc",
      optional=True),
    F("chiếm 38%", "38", 38, "percent", "%", "tỷ trọng kim ngạch xuất khẩu mực và bạch tuộc sang Hàn Quốc"),
    F("và 23% kim ngạch", "23", 23, "percent", "%", "tỷ trọng kim ngạch xuất khẩu mực và bạch tuộc sang Nhật Bản"),
    F("khoảng 9,8 USD/kg", "9,8", 9.8, "money", "USD/kg", "giá mực ống xuất khẩu bình quân", approx="about"),
    F("giảm 20% số tàu", "20", 20, "percent", "%", "giảm số tàu làm nghề lưới kéo", TO30, status="target"),
    F("khoảng 1.500 tàu", "1.500", 1500, "count", "tàu", "tàu chuyển đổi sang nghề câu mực, lưới vây", TO30,
      approx="about", status="target"),
    F("mục tiêu 100% tàu cá", "100", 100, "percent", "%",
      "tàu cá từ 15 m trở lên duy trì kết nối thiết bị giám sát hành trình", status="target"),
    F("tàu cá từ 15 m trở lên duy trì", "15", 15, "measure", "m", "chiều dài tàu", optional=True),
]

COMMENTS = [
    "revised after the first run: added the optional count 'hai thị trường' (a count restating the two listed markets, like 'top 10'/'5 vị trí' in the shared gold), overlooked at first.",
    "Bộ NN&PTNT (Cục Thủy sản): national squid catch 2024, fleet, top provinces, exports (VASEP), 2030 strategy, EC inspection.",
    "Not figures: 'Ngày đăng: 09/01/2025', 'Lượt xem: 1.204', 'Quyết định số 208/QĐ-TTg ngày 10/3/2022', 'lần thứ 5' (ordinal),",
    "'Số 2 Ngọc Hà' (address), phone. The headline figure is its own figure (approx over). Location Việt Nam except the ranked list.",
    "The ranked province list is not a breakdown of the 7.215 (no cue, does not add up): no total; each item's province is its location.",
    "'lần lượt chiếm 38% và 23% kim ngạch' are shares without a base amount: percent figures, new sentence without a cue: actual.",
    "'với mục tiêu 100% tàu cá …' is a target with no period phrase.",
]

emit("p1047-4", TEXT, COMMENTS, FIGS, published="2025-01-09", location="Việt Nam")

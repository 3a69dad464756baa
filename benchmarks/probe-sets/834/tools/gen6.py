"""p834-6: national newspaper (VnExpress style), TP HCM apartment 'sổ hồng' backlog, 16/1/2025."""
from lib import F, P, I, C, T, emit

TEXT = """Kinh doanh › Bất động sản
Thứ năm, 16/1/2025, 14:30 (GMT+7)
TP HCM gỡ vướng sổ hồng cho hơn 10.000 căn hộ

Năm 2024, TP HCM cấp giấy chứng nhận cho 10.482 căn hộ tại 41 dự án nhà ở thương mại, tăng 2,1 lần so với năm 2023, theo Sở Tài nguyên và Môi trường.

Dù vậy, toàn thành phố hiện vẫn còn khoảng 53.000 căn hộ thuộc 134 dự án chưa được cấp giấy. Nguyên nhân chủ yếu là chủ đầu tư chưa hoàn thành nghĩa vụ tài chính, với tổng số tiền sử dụng đất còn nợ khoảng 12.700 tỷ đồng, hoặc dự án xây sai giấy phép. Tại một dự án ở quận 7, hơn 600 hộ đã nhận nhà từ năm 2017 nhưng vẫn chưa có sổ.

Riêng với hộ gia đình, cá nhân, năm 2024 các chi nhánh Văn phòng đăng ký đất đai tại 21 quận, huyện và TP Thủ Đức tiếp nhận gần 412.000 hồ sơ đăng ký biến động; tỷ lệ giải quyết đúng hạn là 96,3%. Số hồ sơ cấp giấy lần đầu là 8.215 hồ sơ, trong đó quận 12 (1.134 hồ sơ), huyện Bình Chánh (1.087 hồ sơ) và huyện Củ Chi (962 hồ sơ) có số lượng cao nhất.

Lệ phí cấp giấy chứng nhận lần đầu cho hộ gia đình, cá nhân tại các quận là 100.000 đồng/giấy, tại các huyện là 50.000 đồng/giấy.

Năm nay, thành phố đặt mục tiêu cấp giấy cho ít nhất 20.000 căn hộ; dự kiến tháo gỡ vướng mắc cho 50 dự án ngay trong quý I/2025.

Gia Minh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
LIST = "hồ sơ cấp giấy lần đầu"

FIGS = [
    F("hơn 10.000 căn hộ", "10.000", 10000, "count", "căn hộ", approx="over",
      subject="căn hộ được gỡ vướng sổ hồng"),
    F("cho 10.482 căn hộ", "10.482", 10482, "count", "căn hộ",
      change=C("increase", 2.1, unit="lần", baseline="năm 2023"),
      subject="căn hộ được cấp giấy chứng nhận", period=Y24),
    F("tại 41 dự án", "41", 41, "count", "dự án",
      subject="dự án nhà ở thương mại có căn hộ được cấp giấy chứng nhận", period=Y24),
    F("khoảng 53.000 căn hộ", "53.000", 53000, "count", "căn hộ", approx="about",
      subject="căn hộ chưa được cấp giấy"),
    F("thuộc 134 dự án", "134", 134, "count", "dự án",
      subject="dự án có căn hộ chưa được cấp giấy"),
    F("khoảng 12.700 tỷ đồng", "12.700", 12.7e12, "money", "đồng", approx="about",
      subject="tiền sử dụng đất chủ đầu tư còn nợ"),
    F("hơn 600 hộ", "600", 600, "count", "hộ", approx="over",
      subject="hộ đã nhận nhà nhưng chưa có sổ tại một dự án", location="quận 7"),
    F("tại 21 quận", "21", 21, "count", "quận, huyện",
      subject="quận, huyện có chi nhánh Văn phòng đăng ký đất đai", optional=True),
    F("gần 412.000 hồ sơ", "412.000", 412000, "count", "hồ sơ", approx="nearly",
      subject="hồ sơ đăng ký biến động của hộ gia đình, cá nhân tiếp nhận", period=y24),
    F("là 96,3%", "96,3", 96.3, "percent", "%",
      subject="tỷ lệ hồ sơ đăng ký biến động giải quyết đúng hạn", period=y24),
    F("là 8.215 hồ sơ", "8.215", 8215, "count", "hồ sơ", subject=LIST, period=I(y24)),
    F("(1.134 hồ sơ)", "1.134", 1134, "count", "hồ sơ", total=8215, subject=LIST,
      period=I(y24), location="quận 12"),
    F("(1.087 hồ sơ)", "1.087", 1087, "count", "hồ sơ", total=8215, subject=LIST,
      period=I(y24), location="Bình Chánh"),
    F("(962 hồ sơ)", "962", 962, "count", "hồ sơ", total=8215, subject=LIST,
      period=I(y24), location="Củ Chi"),
    F("là 100.000 đồng/giấy", "100.000", 100000, "money", "đồng/giấy",
      subject="lệ phí cấp giấy chứng nhận lần đầu cho hộ gia đình, cá nhân tại các quận"),
    F("là 50.000 đồng/giấy", "50.000", 50000, "money", "đồng/giấy",
      subject="lệ phí cấp giấy chứng nhận lần đầu cho hộ gia đình, cá nhân tại các huyện"),
    F("ít nhất 20.000 căn hộ", "20.000", 20000, "count", "căn hộ", approx="at_least", status="target",
      subject="căn hộ được cấp giấy", period=P("Năm nay", "2025-01-01", "2025-12-31")),
    F("cho 50 dự án", "50", 50, "count", "dự án", status="forecast",
      subject="dự án được tháo gỡ vướng mắc", period=P("quý I/2025", "2025-01-01", "2025-03-31")),
]

COMMENTS = [
    "National newspaper (VnExpress style, 'Thứ năm, 16/1/2025, 14:30 (GMT+7)', byline at the end): TP HCM apartment certificates",
    "('sổ hồng') in 2024, backlog, household dossiers, fees, 2025 target. Location TP Hồ Chí Minh; the one project in quận 7 and the",
    "district items after 'trong đó' are located in their district; those items are parts of 8.215 (total 8215).",
    "'tăng 2,1 lần so với năm 2023' is the change of the apartments (the main count), not of '41 dự án'.",
    "'quận 7', 'quận 12', 'TP Thủ Đức', '14:30 (GMT+7)', 'từ năm 2017' are not figures; '21 quận, huyện' (administrative structure) optional.",
    "'Năm nay' = 2025 (the dateline's year).",
]

if __name__ == "__main__":
    emit("p834-6", TEXT, FIGS, COMMENTS, published="2025-01-16", location="TP Hồ Chí Minh")

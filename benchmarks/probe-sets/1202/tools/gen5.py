"""p1202-5: Party newspaper (Báo Hà Tĩnh), livestock insurance in Hương Sơn; pig farm portrait."""
from lib import F, P, I, C, T, write

TEXT = """Hương Sơn: Bảo hiểm vật nuôi giúp người chăn nuôi yên tâm tái đàn

Năm 2024, huyện Hương Sơn có 214 hộ chăn nuôi tham gia bảo hiểm vật nuôi với 3.620 con lợn và 418 con bò, tổng phí bảo hiểm gần 1,9 tỷ đồng. Số tiền bảo hiểm đối với lợn thịt từ 2 đến 3,5 triệu đồng/con, bò thịt từ 15 đến 25 triệu đồng/con tùy trọng lượng.

Trang trại của anh Phan Văn Thắng ở xã Sơn Tiến, nằm cạnh Quốc lộ 8A, thường xuyên nuôi khoảng 600 con lợn thịt. Anh mua bảo hiểm cho cả đàn với mức phí 52.000 đồng/con/năm, được ngân sách hỗ trợ 20%. Tháng 8 vừa qua, dịch tả lợn châu Phi bùng phát khiến 187 con lợn của trang trại phải tiêu hủy. Chỉ sau hai tuần, Công ty Bảo hiểm PVI Hà Tĩnh đã chi trả 486 triệu đồng tiền bồi thường. "Có tiền bồi thường, tôi mua được 250 con giống để tái đàn ngay", anh Thắng nói.

Theo Sở Nông nghiệp và PTNT Hà Tĩnh, tính đến hết tháng 10/2024, toàn tỉnh có 1.052 hộ tham gia bảo hiểm vật nuôi, tăng 38% so với cùng kỳ; trong đó huyện Hương Sơn chiếm 20,3%. Các doanh nghiệp đã bồi thường cho 97 hộ với tổng số tiền 2,36 tỷ đồng.

Ông Trần Đình Lợi, Trưởng phòng Nông nghiệp và PTNT huyện Hương Sơn cho biết, năm 2025, huyện phấn đấu có ít nhất 300 hộ tham gia bảo hiểm vật nuôi, trong đó 50% là hộ nghèo, cận nghèo; đồng thời vận động các trang trại quy mô từ 500 con trở lên tham gia 100%.

THU HÀ
15/11/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
AUG = P("Tháng 8 vừa qua", "2024-08-01", "2024-08-31")
ASOF = P("tính đến hết tháng 10/2024", None, "2024-10-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
HT = "Hà Tĩnh"

FIGS = [
    F("có 214 hộ", "214", 214, "count", "hộ chăn nuôi",
      subject="hộ chăn nuôi tham gia bảo hiểm vật nuôi", period=Y24),
    F("với 3.620 con", "3.620", 3620, "count", "con lợn",
      subject="lợn được bảo hiểm", period=Y24),
    F("và 418 con", "418", 418, "count", "con bò",
      subject="bò được bảo hiểm", period=Y24),
    F("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="nearly",
      subject="tổng phí bảo hiểm vật nuôi", period=Y24),
    F("từ 2 đến 3,5 triệu", "2", 2e6, "money", "đồng/con", value_max=3.5e6,
      subject="số tiền bảo hiểm đối với lợn thịt"),
    F("từ 15 đến 25 triệu", "15", 15e6, "money", "đồng/con", value_max=25e6,
      subject="số tiền bảo hiểm đối với bò thịt"),
    F("khoảng 600 con", "600", 600, "count", "con lợn thịt", approx="about",
      subject="lợn thịt nuôi thường xuyên tại trang trại của anh Phan Văn Thắng"),
    F("52.000 đồng", "52.000", 52000, "money", "đồng/con/năm",
      subject="mức phí bảo hiểm lợn"),
    F("hỗ trợ 20%", "20", 20, "percent", "%",
      subject="mức ngân sách hỗ trợ phí bảo hiểm"),
    F("khiến 187 con", "187", 187, "count", "con lợn",
      subject="lợn của trang trại phải tiêu hủy do dịch tả lợn châu Phi", period=AUG),
    F("sau hai tuần", "hai", 2, "measure", "tuần", optional=True,
      subject="thời gian chi trả bồi thường"),
    F("chi trả 486 triệu", "486", 486e6, "money", "đồng",
      subject="tiền bồi thường cho trang trại"),
    F("được 250 con", "250", 250, "count", "con giống",
      subject="con giống mua để tái đàn"),
    F("có 1.052 hộ", "1.052", 1052, "count", "hộ",
      change=C("increase", 38, "%", "cùng kỳ"),
      subject="hộ tham gia bảo hiểm vật nuôi", period=ASOF, location=HT),
    F("chiếm 20,3%", "20,3", 20.3, "percent", "%",
      subject="tỷ lệ hộ tham gia bảo hiểm vật nuôi của huyện Hương Sơn trong toàn tỉnh", period=ASOF),
    F("cho 97 hộ", "97", 97, "count", "hộ",
      subject="hộ được bồi thường bảo hiểm vật nuôi", period=I(ASOF), location=HT),
    F("tiền 2,36 tỷ", "2,36", 2.36e9, "money", "đồng",
      subject="tổng số tiền bồi thường bảo hiểm vật nuôi", period=I(ASOF), location=HT),
    F("ít nhất 300 hộ", "300", 300, "count", "hộ", approx="at_least", status="target",
      subject="hộ tham gia bảo hiểm vật nuôi", period=Y25),
    F("50% là hộ", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ hộ nghèo, cận nghèo trong số hộ tham gia", period=Y25),
    F("từ 500 con", "500", 500, "count", "con", optional=True,
      subject="quy mô trang trại"),
    F("tham gia 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ trang trại quy mô từ 500 con trở lên tham gia bảo hiểm", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Hà Tĩnh): livestock insurance in huyện Hương Sơn; byline 'THU HÀ' and bare date '15/11/2024' at the end.",
    "Default location Hương Sơn (the article's district); the province's figures (1.052, 97, 2,36 tỷ) are Hà Tĩnh. 20,3% is Hương Sơn's share.",
    "Distractors: 'Quốc lộ 8A', 'tả lợn châu Phi', the date 15/11/2024 after the byline.",
    "Pig farm in xã Sơn Tiến (Hương Sơn): standing facts (600 con, 52.000 đồng/con/năm, 20%) no period; 187 con in 'Tháng 8 vừa qua' (2024);",
    "486 triệu paid 'sau hai tuần' (after August, no stated period). 'hai tuần' (a duration) and 'từ 500 con' (a size threshold) are optional.",
    "'phấn đấu' governs 300 hộ, 'trong đó 50%' and '100%' (continuing clause after 'đồng thời'): target. 50% is a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1202-5", TEXT, NOTES, FIGS, published="2024-11-15", location="Hương Sơn")

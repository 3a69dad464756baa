"""p1150-5: Party newspaper (Báo Sơn La) - Quỳnh Nhai closed zones on the Sơn La reservoir; a fisher's household."""
from lib import F, P, I, C, T, write

TEXT = """BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Kinh tế | Nông nghiệp - Nông thôn

Quỳnh Nhai giữ "lộc hồ" bằng vùng cấm khai thác

Những năm gần đây, huyện Quỳnh Nhai chú trọng bảo vệ, tái tạo nguồn lợi thủy sản trên lòng hồ thủy điện Sơn La. Năm 2023, huyện đã thả 215.000 con cá giống các loại, gấp đôi năm 2022; đồng thời khoanh vùng 4 khu vực cấm khai thác có thời hạn với diện tích trên 300 ha tại các xã Mường Giàng, Chiềng Bằng, Mường Sại.

Trong thời gian cấm khai thác năm 2023, từ ngày 1/3 đến 31/5, huyện thành lập 11 tổ tuần tra với 87 thành viên. Cả năm 2023, lực lượng chức năng xử lý 14 vụ khai thác thủy sản bằng kích điện, tịch thu 14 bộ kích điện, một thuyền máy, phạt tiền 72 triệu đồng.

Gia đình anh Lò Văn Thẳm ở bản Phiêng Bay, xã Mường Giàng, có 3 lao động sống bằng nghề đánh bắt cá trên hồ. Anh Thẳm cho biết, từ khi có vùng cấm, mỗi chuyến đánh lưới được từ 15 đến 20 kg cá, cao hơn trước khoảng 30%; có hôm được trên 30 kg. Với giá bán 60.000 đồng/kg, mỗi tháng gia đình có thu nhập khoảng 12 triệu đồng. "Cá về nhiều, có cả cá lăng, cá chiên to 5-7 kg/con mà mấy năm trước gần như không còn", anh Thẳm phấn khởi.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện có 1.215 hộ làm nghề khai thác thủy sản và 2.360 lồng nuôi cá trên hồ, sản lượng thủy sản năm 2023 đạt 4.850 tấn. Năm 2024, huyện phấn đấu thả 250.000 con cá giống, mở rộng vùng cấm lên 6 khu vực; dự kiến hỗ trợ 300 hộ chuyển sang nuôi cá lồng.

QUANG HÀ
28/02/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
BAN = P("Trong thời gian cấm khai thác năm 2023, từ ngày 1/3 đến 31/5", "2023-03-01", "2023-05-31")
CY23 = P("Cả năm 2023", "2023-01-01", "2023-12-31")
Y23s = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thả 215.000 con", "215.000", 215000, "count", "con", change=C("increase", 2, "lần", "năm 2022"),
      subject="cá giống các loại thả trên lòng hồ", period=Y23),
    F("khoanh vùng 4 khu vực", "4", 4, "count", "khu vực", subject="khu vực cấm khai thác có thời hạn",
      period=Y23),
    F("trên 300 ha", "300", 300, "measure", "ha", approx="over", subject="diện tích khu vực cấm khai thác",
      period=Y23),
    F("thành lập 11 tổ", "11", 11, "count", "tổ tuần tra", subject="tổ tuần tra được thành lập", period=BAN),
    F("với 87 thành viên", "87", 87, "count", "thành viên", subject="thành viên tổ tuần tra", period=BAN),
    F("xử lý 14 vụ", "14", 14, "count", "vụ", subject="vụ khai thác thủy sản bằng kích điện bị xử lý",
      period=CY23),
    F("tịch thu 14 bộ", "14", 14, "count", "bộ kích điện", subject="kích điện bị tịch thu", period=CY23),
    F("một thuyền máy", "một", 1, "count", "thuyền máy", subject="thuyền máy bị tịch thu", period=CY23),
    F("phạt tiền 72 triệu", "72", 72000000, "money", "đồng", subject="tiền phạt", period=CY23),
    F("có 3 lao động", "3", 3, "count", "lao động",
      subject="lao động gia đình anh Lò Văn Thẳm sống bằng nghề đánh bắt cá"),
    F("từ 15 đến 20 kg", "15", 15, "measure", "kg/chuyến", value_max=20,
      change=C("increase", 30, "%", "trước", approx="about"), subject="sản lượng cá mỗi chuyến đánh lưới"),
    F("trên 30 kg", "30", 30, "measure", "kg", approx="over", subject="sản lượng cá mỗi chuyến có hôm đạt"),
    F("60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", subject="giá bán cá"),
    F("khoảng 12 triệu", "12", 12000000, "money", "đồng/tháng", approx="about",
      subject="thu nhập mỗi tháng của gia đình anh Thẳm"),
    F("to 5-7 kg/con", "5", 5, "measure", "kg/con", value_max=7, subject="trọng lượng cá lăng, cá chiên"),
    F("có 1.215 hộ", "1.215", 1215, "count", "hộ", subject="hộ làm nghề khai thác thủy sản"),
    F("2.360 lồng", "2.360", 2360, "count", "lồng", subject="lồng nuôi cá trên hồ"),
    F("đạt 4.850 tấn", "4.850", 4850, "measure", "tấn", subject="sản lượng thủy sản", period=Y23s),
    F("thả 250.000 con", "250.000", 250000, "count", "con", status="target", subject="cá giống thả", period=Y24),
    F("lên 6 khu vực", "6", 6, "count", "khu vực", status="target", subject="khu vực vùng cấm mở rộng",
      period=Y24),
    F("hỗ trợ 300 hộ", "300", 300, "count", "hộ", status="forecast",
      subject="hộ được hỗ trợ chuyển sang nuôi cá lồng", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Sơn La): Quỳnh Nhai district, closed zones and fingerlings on the Sơn La reservoir; a fisher household in xã Mường Giàng. Byline 'QUANG HÀ' and bare date '28/02/2024' at the end.",
    "Default location: Quỳnh Nhai (the district the whole article describes; communes are below district level). 'Sơn La' in 'hồ thủy điện Sơn La' names the reservoir.",
    "'gấp đôi năm 2022' after a count is its change (increase, 2 lần). 'cao hơn trước khoảng 30%' is the change of the catch per trip (about).",
    "The household passage has no period phrase: no period. 'mỗi chuyến ... từ 15 đến 20 kg' is a per-trip rate (kg/chuyến); 'mỗi tháng ... khoảng 12 triệu đồng' a monthly income (đồng/tháng).",
    "'một thuyền máy' is a number word. 'Năm 2024 ... phấn đấu ...; dự kiến hỗ trợ 300 hộ' -> 300 hộ is forecast (its own cue).",
    "Distractors: the byline date, ban window dates (1/3, 31/5), 'Những năm gần đây', 'mấy năm trước'.",
]

if __name__ == "__main__":
    write("p1150-5", TEXT, NOTES, FIGS, published="2024-02-28", location="Quỳnh Nhai")

"""p1193-4: ministry site (Bộ NN&PTNT), national craft villages making molasses and hand-made sugar."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phát triển nông thôn

Làng nghề chế biến đường, mật thủ công: giữ nghề phải đi cùng xử lý môi trường

Ngày đăng: 18/09/2023 | Lượt xem: 812

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến ngày 30/6/2023, cả nước có 47 làng nghề chế biến mật mía, đường thủ công được công nhận, trong đó 29 làng nghề thuộc các tỉnh miền núi phía Bắc và Bắc Trung Bộ. Các làng nghề thu hút khoảng 12.600 lao động, thu nhập bình quân 5,2 triệu đồng/người/tháng, cao hơn khoảng 18% so với lao động thuần nông.

Các địa phương có nhiều làng nghề nhất lần lượt là Quảng Ngãi (7 làng nghề), Nghệ An (6 làng nghề) và Hòa Bình (5 làng nghề). Riêng nghề nấu đường thốt nốt tập trung ở An Giang với khoảng 3.100 hộ tham gia; sản lượng năm 2022 đạt gần 2.400 tấn.

Sản xuất thủ công hiện chiếm từ 4 đến 5% tổng sản lượng đường cả nước nhưng gây áp lực lớn về môi trường. Mỗi ngày, một lò nấu mật quy mô hộ thải ra 1,5-2 tấn bã mía và khoảng 3 m3 nước thải; chỉ 11/47 làng nghề (23,4%) có hệ thống xử lý nước thải đạt chuẩn.

Năm 2023, Bộ hỗ trợ 6 địa phương triển khai mô hình lò nấu tiết kiệm năng lượng với tổng kinh phí 4,2 tỷ đồng, trong đó ngân sách trung ương 2,8 tỷ đồng. Mục tiêu đến năm 2030, 100% làng nghề chế biến đường, mật có hệ thống xử lý nước thải và ít nhất 20 sản phẩm đạt OCOP 4 sao trở lên.

Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội
Điện thoại: 024.38468161 - Email: vanphong@mard.gov.vn
"""

ASOF = P("tính đến ngày 30/6/2023", None, "2023-06-30")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LN = "làng nghề chế biến mật mía, đường thủ công"

FIGS = [
    F("có 47 làng nghề", "47", 47, "count", "làng nghề", subject=LN + " được công nhận", period=ASOF),
    F("29 làng nghề", "29", 29, "count", "làng nghề", total=47,
      subject=LN + " thuộc các tỉnh miền núi phía Bắc và Bắc Trung Bộ", period=ASOF),
    F("khoảng 12.600 lao động", "12.600", 12600, "count", "lao động", approx="about",
      subject="lao động các làng nghề thu hút", period=I(ASOF)),
    F("bình quân 5,2 triệu", "5,2", 5.2e6, "money", "đồng/người/tháng",
      change=C("increase", 18, "%", "lao động thuần nông", approx="about"),
      subject="thu nhập bình quân lao động làng nghề", period=I(ASOF)),
    F("Quảng Ngãi (7 làng nghề)", "7", 7, "count", "làng nghề", subject=LN, location="Quảng Ngãi"),
    F("Nghệ An (6 làng nghề)", "6", 6, "count", "làng nghề", subject=LN, location="Nghệ An"),
    F("Hòa Bình (5 làng nghề)", "5", 5, "count", "làng nghề", subject=LN, location="Hòa Bình"),
    F("khoảng 3.100 hộ", "3.100", 3100, "count", "hộ", approx="about",
      subject="hộ tham gia nghề nấu đường thốt nốt", location="An Giang"),
    F("gần 2.400 tấn", "2.400", 2400, "measure", "tấn", approx="nearly",
      subject="sản lượng đường thốt nốt", period=Y22, location="An Giang"),
    F("từ 4 đến 5%", "4", 4, "percent", "%", value_max=5,
      subject="tỷ trọng sản xuất thủ công trong tổng sản lượng đường cả nước"),
    F("một lò nấu", "một", 1, "count", "lò nấu", optional=True, subject="lò nấu mật quy mô hộ"),
    F("ra 1,5-2 tấn", "1,5", 1.5, "measure", "tấn", value_max=2,
      subject="bã mía một lò nấu mật quy mô hộ thải ra mỗi ngày"),
    F("khoảng 3 m3", "3", 3, "measure", "m3", approx="about",
      subject="nước thải một lò nấu mật quy mô hộ thải ra mỗi ngày"),
    F("11/47 làng nghề", "11", 11, "count", "làng nghề", total=47, percent=23.4,
      subject="làng nghề có hệ thống xử lý nước thải đạt chuẩn"),
    F("hỗ trợ 6 địa phương", "6", 6, "count", "địa phương",
      subject="địa phương được hỗ trợ triển khai mô hình lò nấu tiết kiệm năng lượng", period=Y23),
    F("kinh phí 4,2 tỷ", "4,2", 4.2e9, "money", "đồng",
      subject="tổng kinh phí mô hình lò nấu tiết kiệm năng lượng", period=Y23),
    F("trung ương 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", total=4.2e9,
      subject="kinh phí từ ngân sách trung ương", period=Y23),
    F("2030, 100% làng nghề", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ làng nghề chế biến đường, mật có hệ thống xử lý nước thải", period=T30),
    F("ít nhất 20 sản phẩm", "20", 20, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm đạt OCOP 4 sao trở lên", period=T30),
    F("OCOP 4 sao", "4", 4, "measure", "sao", optional=True, subject="hạng sao OCOP"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national craft villages for molasses and hand-made sugar. 'Ngày đăng: 18/09/2023 | Lượt xem: 812', address/phone footer.",
    "Distractors: view counter 812, 'Số 2 Ngọc Hà', phone 024.38468161, the as-of date 30/6/2023, 'm3' (the 3 in the unit).",
    "Default location Việt Nam; list items of 'lần lượt' are provinces (location), the palm sugar clause is An Giang.",
    "'cao hơn khoảng 18% so với lao động thuần nông' is the change of 5,2 triệu. '11/47 làng nghề (23,4%)': total 47 and share 23.4.",
    "'từ 4 đến 5%' is a share as the claim (percent range, no period: 'hiện'). 'một lò' is the article 'a' here (optional).",
    "'2,8 tỷ' after 'trong đó' is part of 4,2 tỷ. 'Mục tiêu đến năm 2030' makes both following figures targets.",
]

if __name__ == "__main__":
    write("p1193-4", TEXT, NOTES, FIGS, published="2023-09-18", location="Việt Nam")

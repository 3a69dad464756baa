"""p944-8: provincial newspaper online (Báo Bắc Giang, tag BGĐT), headline figure, cremation support 2023."""
from lib import F, P, I, chg, tgt, article

TEXT = """
Báo Bắc Giang điện tử > Xã hội
Thứ Sáu, 15/12/2023 07:30

Hơn 1.800 ca hỏa táng được hỗ trợ kinh phí

(BGĐT) - Từ đầu năm đến nay, toàn tỉnh có hơn 1.800 trường hợp người mất được hỏa táng và nhận hỗ trợ theo Nghị quyết số 07/2022/NQ-HĐND của HĐND tỉnh, với tổng kinh phí gần 9,1 tỷ đồng.

Mức hỗ trợ là 5 triệu đồng/trường hợp đối với người có hộ khẩu thường trú trên địa bàn tỉnh. Các địa phương có nhiều trường hợp hỏa táng là TP Bắc Giang (612 trường hợp), Việt Yên (287 trường hợp), Lạng Giang (215 trường hợp) và Yên Dũng (174 trường hợp).

Tỷ lệ hỏa táng toàn tỉnh năm 2023 ước đạt 24,5%, gấp gần 3 lần so với năm 2020. Với kết quả này, Bắc Giang đứng thứ 2 khu vực trung du và miền núi phía Bắc về tỷ lệ hỏa táng.

Hiện nay, cơ sở hỏa táng tại Công viên nghĩa trang Bắc Giang (xã Song Khê, cạnh Quốc lộ 1A) có 3 lò, công suất 18 ca/ngày; bình quân mỗi ngày phục vụ 6-8 ca. Từ đầu năm, Nhà tang lễ tỉnh đã tổ chức 1.046 lễ tang, trong đó 398 lễ tang có hỏa táng. Giá dịch vụ hỏa táng thi hài là 4,8 triệu đồng/ca, sau khi trừ hỗ trợ, mỗi gia đình chỉ phải chi khoảng 1 triệu đồng.

Theo ông Nguyễn Văn Năm, Phó Giám đốc Sở Xây dựng, đến năm 2025 tỉnh phấn đấu tỷ lệ hỏa táng đạt 30%; đến năm 2030 đạt trên 50%. Dự kiến năm 2024, tỉnh dành khoảng 11 tỷ đồng để tiếp tục thực hiện chính sách hỗ trợ.

Mọi thắc mắc về chính sách, người dân liên hệ đường dây nóng 0204.3856.112.

Minh Hà
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-12-15")

FIGS = [
    F("Hơn 1.800 ca", "1.800", 1800, "count", "ca", "ca hỏa táng được hỗ trợ kinh phí", approx="over"),
    F("hơn 1.800 trường hợp", "1.800", 1800, "count", "trường hợp", "trường hợp người mất được hỏa táng và nhận hỗ trợ",
      YTD, approx="over"),
    F("gần 9,1 tỷ đồng", "9,1", 9.1e9, "money", "đồng", "tổng kinh phí hỗ trợ", YTD, approx="nearly"),
    F("là 5 triệu đồng/trường hợp", "5", 5e6, "money", "đồng/trường hợp", "mức hỗ trợ"),
    F("(612 trường hợp)", "612", 612, "count", "trường hợp", "trường hợp hỏa táng", I(YTD), location="Bắc Giang"),
    F("(287 trường hợp)", "287", 287, "count", "trường hợp", "trường hợp hỏa táng", I(YTD), location="Việt Yên"),
    F("(215 trường hợp)", "215", 215, "count", "trường hợp", "trường hợp hỏa táng", I(YTD), location="Lạng Giang"),
    F("(174 trường hợp)", "174", 174, "count", "trường hợp", "trường hợp hỏa táng", I(YTD), location="Yên Dũng"),
    F("ước đạt 24,5%", "24,5", 24.5, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate",
      change=chg("increase", 3, "lần", "năm 2020", "nearly")),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "tỷ lệ hỏa táng khu vực trung du và miền núi phía Bắc"),
    F("có 3 lò", "3", 3, "count", "lò", "lò cơ sở hỏa táng Công viên nghĩa trang Bắc Giang"),
    F("công suất 18 ca/ngày", "18", 18, "measure", "ca/ngày", "công suất cơ sở hỏa táng"),
    F("phục vụ 6-8 ca", "6", 6, "measure", "ca/ngày", "ca phục vụ bình quân mỗi ngày", value_max=8),
    F("tổ chức 1.046 lễ tang", "1.046", 1046, "count", "lễ tang", "lễ tang Nhà tang lễ tỉnh tổ chức",
      P("Từ đầu năm", "2023-01-01", "2023-12-15")),
    F("trong đó 398 lễ tang", "398", 398, "count", "lễ tang", "lễ tang có hỏa táng",
      P("Từ đầu năm", "2023-01-01", "2023-12-15"), total=1046),
    F("là 4,8 triệu đồng/ca", "4,8", 4.8e6, "money", "đồng/ca", "giá dịch vụ hỏa táng thi hài"),
    F("khoảng 1 triệu đồng", "1", 1e6, "money", "đồng", "chi phí mỗi gia đình phải chi sau khi trừ hỗ trợ",
      approx="about"),
    F("hỏa táng đạt 30%", "30", 30, "percent", "%", "tỷ lệ hỏa táng", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ hỏa táng", P("đến năm 2030", None, "2030-12-31"),
      approx="over", status="target"),
    F("khoảng 11 tỷ đồng", "11", 11e9, "money", "đồng", "kinh phí thực hiện chính sách hỗ trợ",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo Bắc Giang điện tử, tag (BGĐT): cremation support under a provincial resolution, 2023; headline figure.",
    "Headline '1.800 ca' carries no period. District list in brackets: each item a figure with its district as location",
    "(TP Bắc Giang -> Bắc Giang); the items do not add up to 1.800, so no total.",
    "'gấp gần 3 lần so với năm 2020' after 24,5% is its change (unit lần, nearly).",
    "'Nghị quyết số 07/2022/NQ-HĐND', 'Quốc lộ 1A', 'ông Nguyễn Văn Năm', phone, 'Thứ Sáu', '07:30' are not figures.",
    "'Từ đầu năm' (no 'đến nay') ends at the dateline as well.",
]

if __name__ == "__main__":
    article("p944-8", TEXT, FIGS, published="2023-12-15", location="Bắc Giang", notes=NOTES)

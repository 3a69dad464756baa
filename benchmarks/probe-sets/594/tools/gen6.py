"""p594-6: national press — venture capital into Vietnamese startups in 2023."""
from lib import fig, per, inh, year, chg, emit

TEXT = """Kinh doanh › Startup
Thứ năm, 14/3/2024, 15:30 (GMT+7)

Vốn đầu tư vào startup Việt giảm 59%

Năm 2023, startup Việt Nam huy động được 529 triệu USD vốn đầu tư mạo hiểm, giảm 59% so với năm 2022, theo báo cáo do Trung tâm Đổi mới sáng tạo Quốc gia (NIC) và quỹ DO Ventures công bố ngày 13/3 tại Hà Nội.

Số thương vụ đạt 123, giảm 33% so với năm trước. Trong đó, giai đoạn hạt giống và tiền series A có 102 thương vụ, chiếm 83%. Quy mô trung bình mỗi thương vụ khoảng 4,3 triệu USD.

Fintech tiếp tục dẫn đầu với 149 triệu USD, chiếm 28% tổng vốn; tiếp đến là thương mại điện tử 72 triệu USD và giáo dục 43 triệu USD. Vốn rót vào các startup trí tuệ nhân tạo tuy còn nhỏ nhưng gấp 3 lần năm 2022. Riêng TP HCM chiếm 61% số thương vụ.

Việt Nam hiện có khoảng 4.000 startup, đứng thứ 3 Đông Nam Á về số thương vụ đầu tư, sau Singapore và Indonesia. Số quỹ đầu tư hoạt động tại Việt Nam là 208 quỹ, cùng 84 cơ sở ươm tạo và 35 tổ chức thúc đẩy kinh doanh.

Theo ông Nguyễn Lâm, đại diện DO Ventures, khó khăn lớn nhất là các quỹ thận trọng hơn khi lãi suất toàn cầu ở mức cao. Báo cáo dự báo năm 2024, vốn đầu tư vào startup Việt có thể phục hồi, đạt 600-700 triệu USD.

Báo cáo được công bố bên lề Diễn đàn Đầu tư đổi mới sáng tạo tại trụ sở NIC, số 7 Tôn Thất Thuyết, Hà Nội.

Minh Sơn
"""

Y23 = year(2023, "Năm 2023")

FIGS = [
    fig("startup Việt giảm 59%", "59", 59, "percent", "%", "vốn đầu tư vào startup Việt giảm", inh(Y23)),
    fig("được 529 triệu USD", "529", 529e6, "money", "USD", "vốn đầu tư mạo hiểm startup Việt Nam huy động được",
        Y23, change=chg("decrease", 59, "%", "năm 2022")),
    fig("đạt 123,", "123", 123, "count", "thương vụ", "số thương vụ", inh(Y23),
        change=chg("decrease", 33, "%", "năm trước")),
    fig("có 102 thương vụ", "102", 102, "count", "thương vụ", "thương vụ giai đoạn hạt giống và tiền series A",
        inh(Y23), total=123, percent=83),
    fig("khoảng 4,3 triệu USD", "4,3", 4.3e6, "money", "USD", "quy mô trung bình mỗi thương vụ", inh(Y23),
        approx="about"),
    fig("với 149 triệu USD", "149", 149e6, "money", "USD", "vốn đầu tư vào Fintech", inh(Y23), percent=28),
    fig("điện tử 72 triệu USD", "72", 72e6, "money", "USD", "vốn đầu tư vào thương mại điện tử", inh(Y23)),
    fig("giáo dục 43 triệu USD", "43", 43e6, "money", "USD", "vốn đầu tư vào giáo dục", inh(Y23)),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", "vốn rót vào các startup trí tuệ nhân tạo so với năm 2022"),
    fig("chiếm 61%", "61", 61, "percent", "%", "tỷ trọng số thương vụ", inh(Y23), location="TP Hồ Chí Minh"),
    fig("khoảng 4.000 startup", "4.000", 4000, "count", "startup", "startup", approx="about"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", "số thương vụ đầu tư tại Đông Nam Á"),
    fig("là 208 quỹ", "208", 208, "count", "quỹ", "quỹ đầu tư hoạt động tại Việt Nam"),
    fig("84 cơ sở ươm tạo", "84", 84, "count", "cơ sở ươm tạo", "cơ sở ươm tạo"),
    fig("35 tổ chức", "35", 35, "count", "tổ chức", "tổ chức thúc đẩy kinh doanh"),
    fig("đạt 600-700 triệu USD", "600", 600e6, "money", "USD", "vốn đầu tư vào startup Việt", year(2024),
        value_max=700e6, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 14/3/2024, 15:30 (GMT+7)', byline at the end): startup venture capital 2023 (NIC / DO Ventures).",
    "Headline 'giảm 59%' has no base amount: a percent figure (no change); in the lead the 59% is the change of 529 triệu USD.",
    "'Số thương vụ đạt 123, giảm 33%' → change; 'Trong đó … 102 thương vụ, chiếm 83%' → total 123 and percent 83 (across a sentence break).",
    "'gấp 3 lần năm 2022' stands alone as the claim (no amount given for AI startups): a multiple.",
    "Sectors (Fintech, thương mại điện tử, giáo dục) are subjects, not places; 'Riêng TP HCM chiếm 61%' → location TP HCM.",
    "'dự báo năm 2024 … đạt 600-700 triệu USD' → forecast range. Periods only in the lead and the forecast sentence; others inherited.",
    "Not figures: '(GMT+7)', 'ngày 13/3', 'số 7 Tôn Thất Thuyết', 'series A', dateline.",
]

if __name__ == "__main__":
    emit("p594-6", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")

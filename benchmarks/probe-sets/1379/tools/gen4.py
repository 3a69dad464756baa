"""p1379-4: ministry site (Bộ VHTTDL): national conference on civilised weddings, results of 2023 and targets to 2030."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức - Sự kiện > Văn hóa

Năm 2023, 91,4% đám cưới trên cả nước thực hiện nếp sống văn minh

22/03/2024 | 14:10 | Cục Văn hóa cơ sở

Ngày 21/3, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức Hội nghị trực tuyến toàn quốc về thực hiện nếp sống văn minh trong việc cưới. Thứ trưởng Lê Văn Khải chủ trì hội nghị.

Theo báo cáo của 63/63 tỉnh, thành phố, năm 2023 cả nước có khoảng 610.000 đám cưới, trong đó 91,4% đám cưới thực hiện nếp sống văn minh, tăng 1,8 điểm phần trăm so với năm 2022. Tỷ lệ cặp đôi đăng ký kết hôn trước khi tổ chức lễ cưới đạt 98,7%.

Dẫn đầu về tỷ lệ đám cưới văn minh là Thái Bình (99,1%), Nam Định (98,6%) và Bắc Ninh (97,9%); một số tỉnh miền núi mới đạt dưới 80%. Theo Tổng cục Thống kê, tuổi kết hôn trung bình lần đầu năm 2023 là 27,2 tuổi, tăng 0,7 tuổi so với năm 2019.

Về dịch vụ cưới, cả nước hiện có hơn 18.500 cơ sở kinh doanh dịch vụ tiệc cưới và khoảng 6.200 studio ảnh cưới, sử dụng trên 250 nghìn lao động. Chi phí bình quân cho một đám cưới ở đô thị khoảng 180-250 triệu đồng, gấp khoảng 2,5 lần ở nông thôn.

Phát biểu tại hội nghị, Thứ trưởng nhấn mạnh cần chống phô trương, lãng phí, "thách cưới". Bộ đặt mục tiêu đến năm 2030, tỷ lệ đám cưới thực hiện nếp sống văn minh đạt ít nhất 95%, 100% thôn, tổ dân phố có quy ước về việc cưới.

Tin cùng chuyên mục:
- Hướng dẫn thực hiện Quyết định số 308/2005/QĐ-TTg
- Sơ kết 5 năm phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"

BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23h = period("Năm 2023", "2023-01-01", "2023-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Năm 2023, 91,4%", "91,4", 91.4, "percent", "%",
      subject="đám cưới trên cả nước thực hiện nếp sống văn minh", period=Y23h),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố có báo cáo"),
    F("khoảng 610.000 đám", "610.000", 610000, "count", "đám cưới", approx="about",
      subject="đám cưới cả nước", period=Y23),
    F("trong đó 91,4%", "91,4", 91.4, "percent", "%",
      change=change("increase", 1.8, "điểm phần trăm", "năm 2022"),
      subject="đám cưới thực hiện nếp sống văn minh", period=Y23),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%",
      subject="tỷ lệ cặp đôi đăng ký kết hôn trước khi tổ chức lễ cưới", period=inherit(Y23)),
    F("Thái Bình (99,1%)", "99,1", 99.1, "percent", "%", subject="tỷ lệ đám cưới văn minh",
      location="Thái Bình", period=inherit(Y23)),
    F("Nam Định (98,6%)", "98,6", 98.6, "percent", "%", subject="tỷ lệ đám cưới văn minh",
      location="Nam Định", period=inherit(Y23)),
    F("Bắc Ninh (97,9%)", "97,9", 97.9, "percent", "%", subject="tỷ lệ đám cưới văn minh",
      location="Bắc Ninh", period=inherit(Y23)),
    F("dưới 80%", "80", 80, "percent", "%", approx="under",
      subject="tỷ lệ đám cưới văn minh của một số tỉnh miền núi", period=inherit(Y23)),
    F("là 27,2 tuổi", "27,2", 27.2, "measure", "tuổi", change=change("increase", 0.7, "tuổi", "năm 2019"),
      subject="tuổi kết hôn trung bình lần đầu", period=Y23),
    F("hơn 18.500 cơ sở", "18.500", 18500, "count", "cơ sở", approx="over",
      subject="cơ sở kinh doanh dịch vụ tiệc cưới"),
    F("khoảng 6.200 studio", "6.200", 6200, "count", "studio", approx="about", subject="studio ảnh cưới"),
    F("trên 250 nghìn", "250", 250000, "count", "lao động", approx="over",
      subject="lao động của cơ sở dịch vụ tiệc cưới và studio ảnh cưới"),
    F("khoảng 180-250 triệu", "180", 180e6, "money", "đồng", value_max=250e6, approx="about",
      change=change("increase", 2.5, "lần", "nông thôn", approx="about"),
      subject="chi phí bình quân cho một đám cưới ở đô thị"),
    F("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ đám cưới thực hiện nếp sống văn minh", period=T30),
    F(", 100% thôn", "100", 100, "percent", "%", status="target",
      subject="thôn, tổ dân phố có quy ước về việc cưới", period=T30),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): breadcrumb, '22/03/2024 | 14:10 | Cục Văn hóa cơ sở', related links, address footer. National: location Việt Nam.",
    "Distractors: 14:10, 'Ngày 21/3', Quyết định số 308/2005/QĐ-TTg and '5 năm' in link titles, '51 Ngô Quyền'.",
    "'63/63 tỉnh, thành phố' → count 63, total 63 (a count of provinces is national).",
    "'trong đó 91,4% đám cưới ..., tăng 1,8 điểm phần trăm so với năm 2022': a share standing as its own figure, with a change in điểm phần trăm.",
    "List 'Thái Bình (99,1%), Nam Định (98,6%) và Bắc Ninh (97,9%)': subject is the list's indicator, the province goes to location.",
    "'một số tỉnh miền núi mới đạt dưới 80%': no place named, so the national default stays; approx under.",
    "'gấp khoảng 2,5 lần ở nông thôn' after the range is its change (increase 2,5 lần, baseline nông thôn).",
    "'Bộ đặt mục tiêu đến năm 2030' governs both clauses: target, start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1379-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")

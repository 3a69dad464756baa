"""p883-4: Bộ VHTTDL site, national results of civilised weddings in 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Văn hóa cơ sở

Năm 2023: 91,6% đám cưới trên cả nước thực hiện nếp sống văn minh

Ngày đăng: 24/01/2024 | Lượt xem: 1.538

Theo báo cáo tổng hợp của Cục Văn hóa cơ sở, năm 2023 cả nước có khoảng 685.000 đám cưới, trong đó 627.460 đám cưới thực hiện đúng tinh thần Chỉ thị số 27-CT/TW và Thông tư số 04/2011/TT-BVHTTDL, chiếm 91,6%, tăng 2,3 điểm phần trăm so với năm 2022.

Đến nay, 63/63 tỉnh, thành phố đã ban hành kế hoạch thực hiện nếp sống văn minh trong việc cưới; 96,8% thôn, tổ dân phố có hương ước, quy ước được phê duyệt. Các địa phương dẫn đầu về tỷ lệ đám cưới văn minh lần lượt là Thái Bình (98,2%), Nam Định (97,5%), Hà Nam (97,1%) và Bắc Ninh (96,9%). Tỷ lệ thấp nhất thuộc về Hà Giang với 78,4%.

Tình trạng tảo hôn giảm rõ rệt: năm 2023 ghi nhận 9.870 cặp tảo hôn, giảm 1.420 cặp so với năm 2022; số cặp kết hôn cận huyết thống còn 86 cặp. Cả nước hiện có trên 12.000 cơ sở kinh doanh dịch vụ cưới, trong đó khoảng 3.400 nhà hàng, trung tâm tiệc cưới.

Giai đoạn 2021-2025, Bộ đặt mục tiêu tỷ lệ đám cưới thực hiện nếp sống văn minh đạt 95% và giảm bình quân 2-3%/năm số cặp tảo hôn. Năm 2024, Bộ dự kiến tổ chức 6 hội nghị tập huấn cho khoảng 1.200 cán bộ văn hóa cơ sở tại 3 miền.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Đến nay", None, "2024-01-24")
G25 = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ đám cưới văn minh"

FIGS = [
    F("Năm 2023: 91,6%", "91,6", 91.6, "percent", "%", "đám cưới trên cả nước thực hiện nếp sống văn minh",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 685.000 đám cưới", "685.000", 685000, "count", "đám cưới", "đám cưới", Y23, approx="about"),
    F("trong đó 627.460 đám cưới", "627.460", 627460, "count", "đám cưới",
      "đám cưới thực hiện đúng tinh thần Chỉ thị và Thông tư", Y23, total=685000, percent=91.6,
      change=C("increase", 2.3, "điểm phần trăm", "năm 2022")),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố ban hành kế hoạch thực hiện nếp sống văn minh trong việc cưới", NOW, total=63),
    F("96,8% thôn", "96,8", 96.8, "percent", "%", "thôn, tổ dân phố có hương ước, quy ước được phê duyệt", NOW),
    F("Thái Bình (98,2%)", "98,2", 98.2, "percent", "%", RATE, I(Y23), location="Thái Bình"),
    F("Nam Định (97,5%)", "97,5", 97.5, "percent", "%", RATE, I(Y23), location="Nam Định"),
    F("Hà Nam (97,1%)", "97,1", 97.1, "percent", "%", RATE, I(Y23), location="Hà Nam"),
    F("Bắc Ninh (96,9%)", "96,9", 96.9, "percent", "%", RATE, I(Y23), location="Bắc Ninh"),
    F("Hà Giang với 78,4%", "78,4", 78.4, "percent", "%", "tỷ lệ đám cưới văn minh thấp nhất", I(Y23),
      location="Hà Giang"),
    F("ghi nhận 9.870 cặp", "9.870", 9870, "count", "cặp", "cặp tảo hôn", Y23,
      change=C("decrease", 1420, "cặp", "năm 2022")),
    F("còn 86 cặp", "86", 86, "count", "cặp", "cặp kết hôn cận huyết thống", Y23),
    F("trên 12.000 cơ sở", "12.000", 12000, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cưới", approx="over"),
    F("khoảng 3.400 nhà hàng", "3.400", 3400, "count", "nhà hàng", "nhà hàng, trung tâm tiệc cưới", approx="about",
      total=12000),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ đám cưới thực hiện nếp sống văn minh", G25, status="target"),
    F("bình quân 2-3%/năm", "2", 2, "percent", "%", "mức giảm bình quân số cặp tảo hôn mỗi năm", G25, value_max=3,
      status="target"),
    F("tổ chức 6 hội nghị", "6", 6, "count", "hội nghị", "hội nghị tập huấn", Y24, status="forecast"),
    F("khoảng 1.200 cán bộ", "1.200", 1200, "count", "cán bộ", "cán bộ văn hóa cơ sở được tập huấn", Y24,
      approx="about", status="forecast"),
    F("tại 3 miền", "3", 3, "count", "miền", "miền tổ chức hội nghị", Y24, status="forecast", optional=True),
]

NOTES = [
    "Bộ VHTTDL (Văn hóa cơ sở): năm 2023 cả nước 91,6% đám cưới thực hiện nếp sống văn minh. National figures: Việt Nam.",
    "Not figures: Chỉ thị số 27-CT/TW, Thông tư số 04/2011/TT-BVHTTDL, 'Giai đoạn 2021-2025' (a period), Lượt xem 1.538,",
    "'51 Ngô Quyền', phone 024.3943.8231. List items take the list's indicator and their province as location.",
    "'Đến nay' ends at the dateline 24/01/2024. '3 miền' (structure of the plan) is optional.",
    "'khoảng 3.400 nhà hàng, trung tâm tiệc cưới' after 'trong đó' is a part of the 12.000 businesses (a kind of cơ sở): total.",
]

if __name__ == "__main__":
    write("p883-4", TEXT, NOTES, FIGS, published="2024-01-24", location="Việt Nam")

from lib import *

TEXT = """Nghệ An thêm 21 xã đạt chuẩn nông thôn mới trong năm 2023

(Baonghean.vn) - Năm 2023, Nghệ An có thêm 21 xã đạt chuẩn NTM (kế hoạch 18 xã), 12 xã đạt chuẩn NTM nâng cao và 3 xã đạt chuẩn NTM kiểu mẫu. Như vậy, đến hết năm 2023, toàn tỉnh có 329/411 xã đạt chuẩn NTM, chiếm 80,05%; 76 xã đạt chuẩn NTM nâng cao; 15 xã đạt chuẩn NTM kiểu mẫu và 9 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng NTM.

Các huyện miền núi có bước tiến rõ rệt: Quỳ Hợp, Tân Kỳ và Thanh Chương lần lượt có thêm 3, 2 và 4 xã đạt chuẩn. Số tiêu chí bình quân của các xã miền Tây đạt 15,2 tiêu chí/xã, tăng 1,4 tiêu chí so với năm 2022.

Thu nhập bình quân đầu người khu vực nông thôn năm 2023 đạt 44,2 triệu đồng, gấp 1,6 lần năm 2018. Tỷ lệ hộ nghèo đa chiều toàn tỉnh giảm còn 4,43%. Toàn tỉnh có 512 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 3 sản phẩm đạt 5 sao.

Tổng nguồn lực huy động xây dựng NTM năm 2023 đạt hơn 6.380 tỷ đồng, tăng 8,5% so với năm 2022, trong đó vốn ngân sách nhà nước khoảng 1.470 tỷ đồng, chiếm 23%.

Thực hiện Nghị quyết số 39/2023/NQ-HĐND của HĐND tỉnh, năm 2024, Nghệ An phấn đấu có thêm ít nhất 12 xã đạt chuẩn NTM, 15 xã NTM nâng cao, 5 xã NTM kiểu mẫu; dự kiến có thêm 2 huyện là Quỳnh Lưu và Anh Sơn hoàn thành nhiệm vụ xây dựng NTM.

THANH LÊ
08/01/2024
"""

Y23 = Y("Năm 2023", 2023)
END23 = P("đến hết năm 2023", end="2023-12-31")
Y24 = Y("năm 2024", 2024)
VON = 6380e9

FIGS = [
    F("Nghệ An thêm 21 xã", "21", 21, "count", "xã", "xã đạt chuẩn nông thôn mới", Y("trong năm 2023", 2023)),
    F("có thêm 21 xã", "21", 21, "count", "xã", "xã đạt chuẩn NTM", Y23, target=TG(18, "xã", True)),
    F("), 12 xã", "12", 12, "count", "xã", "xã đạt chuẩn NTM nâng cao", Y23),
    F("và 3 xã", "3", 3, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", Y23),
    F("có 329/411 xã", "329", 329, "count", "xã", "xã đạt chuẩn NTM", END23, total=411, percent=80.05),
    F("; 76 xã", "76", 76, "count", "xã", "xã đạt chuẩn NTM nâng cao", END23),
    F("; 15 xã", "15", 15, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", END23),
    F("và 9 đơn vị", "9", 9, "count", "đơn vị cấp huyện", "đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng NTM", END23),
    F("thêm 3, 2", "3", 3, "count", "xã", "xã có thêm đạt chuẩn", I(Y23), location="Quỳ Hợp"),
    F("3, 2 và", "2", 2, "count", "xã", "xã có thêm đạt chuẩn", I(Y23), location="Tân Kỳ"),
    F("và 4 xã", "4", 4, "count", "xã", "xã có thêm đạt chuẩn", I(Y23), location="Thanh Chương"),
    F("đạt 15,2 tiêu chí/xã", "15,2", 15.2, "measure", "tiêu chí/xã", "Số tiêu chí bình quân của các xã miền Tây",
      change=CH("increase", 1.4, "tiêu chí", "năm 2022")),
    F("đạt 44,2 triệu", "44,2", 44.2e6, "money", "đồng", "Thu nhập bình quân đầu người khu vực nông thôn",
      Y("năm 2023", 2023), change=CH("increase", 1.6, "lần", "năm 2018")),
    F("còn 4,43%", "4,43", 4.43, "percent", "%", "Tỷ lệ hộ nghèo đa chiều toàn tỉnh", I(Y23)),
    F("có 512 sản phẩm", "512", 512, "count", "sản phẩm OCOP", "sản phẩm OCOP đạt từ 3 sao trở lên"),
    F("từ 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", approx="at_least", optional=True),
    F("đó 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm OCOP đạt 5 sao", total=512),
    F("đạt 5 sao", "5", 5, "measure", "sao", "hạng sao OCOP", optional=True),
    F("hơn 6.380 tỷ", "6.380", VON, "money", "đồng", "Tổng nguồn lực huy động xây dựng NTM", Y("năm 2023", 2023),
      approx="over", change=CH("increase", 8.5, "%", "năm 2022")),
    F("khoảng 1.470 tỷ", "1.470", 1470e9, "money", "đồng", "vốn ngân sách nhà nước", Y("năm 2023", 2023),
      approx="about", total=VON, percent=23),
    F("ít nhất 12 xã", "12", 12, "count", "xã", "xã đạt chuẩn NTM", Y24, approx="at_least", status="target"),
    F(", 15 xã NTM", "15", 15, "count", "xã", "xã NTM nâng cao", Y24, status="target"),
    F(", 5 xã", "5", 5, "count", "xã", "xã NTM kiểu mẫu", Y24, status="target"),
    F("thêm 2 huyện", "2", 2, "count", "huyện", "huyện hoàn thành nhiệm vụ xây dựng NTM", Y24, status="forecast"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): NTM results 2023, mountain districts, income, OCOP, funds, 2024 targets. Byline + bare date at the end.",
    "'(kế hoạch 18 xã)' is the plan of the 21 new communes: target 18, met. '329/411 xã, chiếm 80,05%' total and share.",
    "'lần lượt có thêm 3, 2 và 4 xã' gives three figures located in the three districts. 'gấp 1,6 lần năm 2018' after the income is its change.",
    "OCOP star ratings ('từ 3 sao trở lên', '5 sao') are grades/thresholds: optional. '3 sản phẩm' after 'trong đó' is part of 512.",
    "'Nghị quyết số 39/2023/NQ-HĐND' is a distractor. 'phấn đấu' targets; 'dự kiến' forecast for the two districts (named, still Nghệ An's count).",
]

if __name__ == "__main__":
    emit("p490-5", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Nghệ An")

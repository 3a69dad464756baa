"""p769-8: provincial newspaper (Báo Long An) — crocodile-leather product exports, 9 months of 2024, quarters."""
from lib import F, P, I, CH, emit

TEXT = """BÁO LONG AN ĐIỆN TỬ
Kinh tế > Công thương

Long An: Xuất khẩu sản phẩm da cá sấu 9 tháng đạt 4,6 triệu USD

Thứ Năm, 17/10/2024 | 08:30

(LA) - Theo Sở Công Thương, 9 tháng năm 2024, kim ngạch xuất khẩu sản phẩm từ da cá sấu của tỉnh ước đạt 4,6 triệu USD, tăng 9,5% so với cùng kỳ, đạt 76,7% kế hoạch năm. Trong đó, quý III đạt 1.734,5 nghìn USD, tăng 14,2% so với quý II.

Mặt hàng chủ lực là túi xách, ví, thắt lưng và dây đồng hồ, xuất sang Nhật Bản, Hàn Quốc, Hồng Kông (Trung Quốc) và EU. Hiện toàn tỉnh có 3 doanh nghiệp chế biến da cá sấu, tập trung tại huyện Đức Hòa và Bến Lức, sử dụng khoảng 1.250 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng.

Nguồn nguyên liệu chủ yếu từ các trại nuôi trong tỉnh với tổng đàn khoảng 23.400 con và nhập thêm từ Cà Mau, Kiên Giang. Năm 2023, các doanh nghiệp thu mua 7.850 tấm da, trong đó da có nguồn gốc trong tỉnh 4.870 tấm, chiếm 62%. Trong 9 tháng năm 2024, các doanh nghiệp đã thu mua hơn 6.100 tấm da, bằng 77,7% cả năm 2023. Giá da cá sấu muối hiện ở mức 4,5-5 USD/cm chiều rộng bụng, giảm khoảng 15% so với năm 2022.

Quý IV/2024, Sở Công Thương dự kiến hỗ trợ 2 doanh nghiệp tham gia hội chợ tại Nhật Bản với kinh phí 350 triệu đồng; phấn đấu cả năm 2024 kim ngạch xuất khẩu đạt 6 triệu USD.

QUỐC THẮNG

Báo Long An - Địa chỉ: 08 Võ Văn Tần, Phường 2, TP. Tân An. ĐT: 0272.3826.263
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("9 tháng đạt 4,6", "4,6", 4600000, "money", "USD", "xuất khẩu sản phẩm da cá sấu", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("ước đạt 4,6 triệu", "4,6", 4600000, "money", "USD", "kim ngạch xuất khẩu sản phẩm từ da cá sấu", M9, percent=76.7,
      change=CH("increase", 9.5, baseline="cùng kỳ"), status="estimate"),
    F("1.734,5 nghìn USD", "1.734,5", 1734500, "money", "USD", "kim ngạch xuất khẩu sản phẩm từ da cá sấu quý III",
      P("quý III", "2024-07-01", "2024-09-30"), total=4600000, change=CH("increase", 14.2, baseline="quý II"),
      status="estimate"),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chế biến da cá sấu"),
    F("khoảng 1.250 lao động", "1.250", 1250, "count", "lao động", "lao động doanh nghiệp chế biến da cá sấu sử dụng",
      approx="about"),
    F("8,2 triệu đồng/người/tháng", "8,2", 8200000, "money", "đồng/người/tháng", "thu nhập bình quân lao động"),
    F("khoảng 23.400 con", "23.400", 23400, "count", "con", "tổng đàn cá sấu các trại nuôi trong tỉnh", approx="about"),
    F("thu mua 7.850 tấm", "7.850", 7850, "count", "tấm da", "da cá sấu doanh nghiệp thu mua", Y23),
    F("4.870 tấm", "4.870", 4870, "count", "tấm", "da có nguồn gốc trong tỉnh", Y23, total=7850, percent=62),
    F("hơn 6.100 tấm", "6.100", 6100, "count", "tấm", "da cá sấu doanh nghiệp thu mua",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), approx="over", percent=77.7),
    F("4,5-5 USD/cm", "4,5", 4.5, "money", "USD/cm", "giá da cá sấu muối", value_max=5,
      change=CH("decrease", 15, baseline="năm 2022", approx="about")),
    F("hỗ trợ 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp được hỗ trợ tham gia hội chợ tại Nhật Bản", Q4,
      status="forecast"),
    F("350 triệu đồng", "350", 350000000, "money", "đồng", "kinh phí hỗ trợ tham gia hội chợ", Q4, status="forecast"),
    F("đạt 6 triệu USD", "6", 6000000, "money", "USD", "kim ngạch xuất khẩu sản phẩm từ da cá sấu",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Báo Long An (provincial newspaper), 'Thứ Năm, 17/10/2024 | 08:30', byline at the end: crocodile-leather product exports.",
    "Headline '9 tháng đạt 4,6 triệu USD': no 'ước' in the headline → actual; '9 tháng' takes 2024 (published). Body: 'ước đạt' →",
    "estimate, continuing into the 'Trong đó' quarter part (1.734,5 nghìn USD = 1.734.500 USD, total 4,6 triệu).",
    "One change and one percent on 4,6 triệu (tăng 9,5% so với cùng kỳ; đạt 76,7% kế hoạch năm). 'quý III' takes 2024.",
    "Location Long An for all (Đức Hòa, Bến Lức name where the 3 firms sit, the count is the province's; Cà Mau, Kiên Giang are",
    "suppliers; Nhật Bản, Hàn Quốc, Hồng Kông, EU are markets). 'Hiện' → no period. 4.870 (trong đó) total 7.850, percent 62.",
    "'bằng 77,7% cả năm 2023' after 6.100 tấm is its percent. Skin price per cm of belly width: money, unit USD/cm.",
    "Last sentence: 'dự kiến' → forecast (Quý IV/2024 clause); 'phấn đấu cả năm 2024' → target.",
    "Distractors: 08:30, '08 Võ Văn Tần, Phường 2', phone 0272.3826.263, 'Hồng Kông (Trung Quốc)'.",
]

if __name__ == "__main__":
    emit("p769-8", TEXT, COMMENTS, FIGS, published="2024-10-17", location="Long An")

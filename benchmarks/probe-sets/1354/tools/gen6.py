"""p1354-6: national newspaper: rooftop gardens in Hà Nội, a garden-building firm, vegetable safety figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ bảy, 9/3/2024, 10:30 (GMT+7)

Vườn rau sân thượng ở Hà Nội: 1.100 vườn mới trong một năm

Lo ngại rau chợ tồn dư hóa chất, nhiều gia đình ở nội đô Hà Nội biến sân thượng thành vườn rau, kéo theo dịch vụ thiết kế vườn phát triển.

Chị Lê Thu Trang (38 tuổi, quận Cầu Giấy) vừa chi 14,5 triệu đồng để lắp khung thép, bạt che và 24 khay trồng trên sân thượng 35 m2. "Sau ba tháng, gia đình tôi gần như không phải mua rau", chị nói.

Công ty TNHH Vườn Xanh Thủ Đô, đơn vị thi công vườn sân thượng có trụ sở tại quận Thanh Xuân, cho biết năm 2023 đã lắp đặt khoảng 1.100 vườn, gấp 2,5 lần năm 2022. Giá trọn gói từ 8 triệu đến 40 triệu đồng tùy diện tích; bộ kit cơ bản 1,2 m2 có giá 1,85 triệu đồng. Khoảng 70% khách hàng là các gia đình có con nhỏ.

Theo Sở Nông nghiệp và Phát triển nông thôn Hà Nội, thành phố có khoảng 5.300 ha rau an toàn, chỉ đáp ứng 35-40% nhu cầu rau của hơn 8,5 triệu dân. Kết quả giám sát năm 2023 cho thấy 4,6% số mẫu rau lấy tại các chợ có dư lượng thuốc bảo vệ thực vật vượt mức cho phép, giảm 1,3 điểm phần trăm so với năm 2022.

Trên cả nước, theo Cục Bảo vệ thực vật, tỷ lệ mẫu rau vi phạm dư lượng năm 2023 là 3,8%.

Ông Phạm Quốc Bảo, Viện Nghiên cứu Rau quả, cho rằng mỗi mét vuông sân thượng ở Hà Nội có thể cho 25-30 kg rau mỗi năm, nếu chọn giống và thời vụ phù hợp.

Ngọc Anh
"""

TX = "Thanh Xuân"
CG = "Cầu Giấy"
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("Hà Nội: 1.100 vườn", "1.100", 1100, "count", "vườn", subject="vườn rau sân thượng mới"),
    fig("(38 tuổi", "38", 38, "count", "tuổi", subject="tuổi chị Lê Thu Trang", location=CG, optional=True),
    fig("chi 14,5 triệu", "14,5", 14.5e6, "money", "đồng",
        subject="tiền chị Lê Thu Trang chi lắp khung thép, bạt che và khay trồng", location=CG),
    fig("và 24 khay", "24", 24, "count", "khay trồng", subject="khay trồng", location=CG),
    fig("sân thượng 35 m2", "35", 35, "measure", "m2", subject="diện tích sân thượng", location=CG),
    fig("khoảng 1.100 vườn", "1.100", 1100, "count", "vườn", approx="about",
        change=chg("increase", 2.5, "lần", "năm 2022"),
        subject="vườn sân thượng Công ty TNHH Vườn Xanh Thủ Đô lắp đặt", period=Y23, location=TX),
    fig("từ 8 triệu đến 40 triệu", "8", 8e6, "money", "đồng", value_max=40e6,
        subject="giá trọn gói vườn sân thượng", location=TX),
    fig("cơ bản 1,2 m2", "1,2", 1.2, "measure", "m2", subject="diện tích bộ kit cơ bản",
        location=TX, optional=True),
    fig("giá 1,85 triệu", "1,85", 1.85e6, "money", "đồng", subject="giá bộ kit cơ bản", location=TX),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="khách hàng là các gia đình có con nhỏ", location=TX),
    fig("khoảng 5.300 ha", "5.300", 5300, "measure", "ha", approx="about", subject="rau an toàn"),
    fig("đáp ứng 35-40%", "35", 35, "percent", "%", value_max=40,
        subject="nhu cầu rau được rau an toàn đáp ứng"),
    fig("hơn 8,5 triệu", "8,5", 8.5e6, "count", "dân", approx="over", subject="dân"),
    fig("cho thấy 4,6%", "4,6", 4.6, "percent", "%",
        change=chg("decrease", 1.3, "điểm phần trăm", "năm 2022"),
        subject="số mẫu rau lấy tại các chợ có dư lượng thuốc bảo vệ thực vật vượt mức cho phép", period=Y23),
    fig("là 3,8%", "3,8", 3.8, "percent", "%", subject="tỷ lệ mẫu rau vi phạm dư lượng",
        period=Y23b, location="Việt Nam"),
    fig("cho 25-30 kg", "25", 25, "measure", "kg/m2/năm", value_max=30,
        subject="rau mỗi mét vuông sân thượng có thể cho mỗi năm"),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ bảy, 9/3/2024, 10:30 (GMT+7)', sapo, quote, byline at the end. Default location Hà Nội.",
    "Distractors: 10:30, (GMT+7), 'trong một năm' and 'Sau ba tháng' (durations that locate in time), 'năm 2022' baselines.",
    "Optional: '(38 tuổi' (a person's age in an introduction, not a statistic) and 'bộ kit cơ bản 1,2 m2' (a product's size).",
    "Headline '1.100 vườn mới' is located in Hà Nội (named in the headline); the body's 1.100 belongs to the firm in quận Thanh Xuân.",
    "Chị Trang's figures → Cầu Giấy; the firm's → Thanh Xuân; 'gấp 2,5 lần năm 2022' → change increase 2,5 lần.",
    "'từ 8 triệu đến 40 triệu đồng' → range 8e6..40e6. '4,6% ..., giảm 1,3 điểm phần trăm so với năm 2022' → change in điểm phần trăm.",
    "revised after the first run: '14,5 triệu' subject '... chi lắp vườn rau sân thượng' → '... chi lắp khung thép, bạt che và khay trồng' (the sentence's words).",
    "'Trên cả nước ... 3,8%' → Việt Nam. Expert's '25-30 kg rau mỗi năm' per m2 → unit kg/m2/năm, located in Hà Nội (the sentence names it).",
]

if __name__ == "__main__":
    write("p1354-6", TEXT, NOTES, FIGS, published="2024-03-09", location="Hà Nội")

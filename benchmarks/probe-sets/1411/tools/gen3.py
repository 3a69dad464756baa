"""p1411-3: ministry site (Bộ Y tế): national whooping cough cases 2024, regional list, vaccine allocation, 2025 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Y tế dự phòng

Ca mắc ho gà tăng cao, Bộ Y tế yêu cầu đẩy mạnh tiêm chủng

12/09/2024 | 14:05

Theo Cục Y tế dự phòng, từ đầu năm 2024 đến ngày 8/9/2024, cả nước ghi nhận 1.236 ca mắc ho gà tại 52 tỉnh, thành phố, tăng gấp khoảng 16 lần so với cùng kỳ năm 2023; có 2 trường hợp tử vong. Tỷ lệ mắc chung là 1,25 ca/100.000 dân. Phần lớn các ca mắc là trẻ chưa được tiêm hoặc chưa tiêm đủ mũi vắc xin, trong đó trẻ dưới 2 tháng tuổi chiếm 38,6%.

Các địa phương có số ca mắc cao là Hà Nội (286 ca), TP Hồ Chí Minh (174 ca), Nghệ An (96 ca) và Hà Tĩnh (71 ca). Riêng bạch hầu, cả nước ghi nhận 37 ca mắc, giảm 21% so với cùng kỳ.

Năm 2023, tỷ lệ tiêm mũi 3 vắc xin có thành phần ho gà cho trẻ dưới 1 tuổi trên toàn quốc chỉ đạt 71,3%, thấp hơn nhiều so với mục tiêu trên 90%. Để bảo đảm cung ứng, Bộ Y tế đã phân bổ 2,1 triệu liều vắc xin DTP-VGB-Hib (5 trong 1) cho các địa phương trong quý III/2024; dự kiến quý IV tiếp tục cấp thêm khoảng 1,4 triệu liều.

Bộ Y tế đề nghị các địa phương rà soát đối tượng, tiêm bù, tiêm vét cho trẻ chưa tiêm đủ mũi; khuyến khích phụ nữ mang thai tiêm vắc xin Tdap để bảo vệ trẻ sơ sinh. Mục tiêu năm 2025, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 90% ở quy mô tỉnh và trên 85% ở quy mô huyện.

Cổng thông tin điện tử Bộ Y tế
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Đường dây nóng: 1900 9095
"""

YTD = per("từ đầu năm 2024 đến ngày 8/9/2024", "2024-01-01", "2024-09-08")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
CASES = "số ca mắc ho gà"

FIGS = [
    fig("ghi nhận 1.236 ca", "1.236", 1236, "count", "ca",
        change=chg("increase", 16, "lần", "cùng kỳ năm 2023", approx="about"),
        subject="ca mắc ho gà", period=YTD),
    fig("tại 52 tỉnh", "52", 52, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có ca mắc ho gà",
        period=YTD),
    fig("có 2 trường hợp", "2", 2, "count", "trường hợp", subject="trường hợp tử vong do ho gà", period=YTD),
    fig("là 1,25 ca", "1,25", 1.25, "measure", "ca/100.000 dân", subject="tỷ lệ mắc ho gà chung",
        period=inh(YTD)),
    fig("dưới 2 tháng tuổi", "2", 2, "measure", "tháng tuổi", approx="under", optional=True),
    fig("chiếm 38,6%", "38,6", 38.6, "percent", "%", subject="tỷ lệ trẻ dưới 2 tháng tuổi trong các ca mắc",
        period=inh(YTD)),
    fig("Hà Nội (286 ca)", "286", 286, "count", "ca", subject=CASES, period=inh(YTD), location="Hà Nội"),
    fig("Minh (174 ca)", "174", 174, "count", "ca", subject=CASES, period=inh(YTD),
        location="TP Hồ Chí Minh"),
    fig("Nghệ An (96 ca)", "96", 96, "count", "ca", subject=CASES, period=inh(YTD), location="Nghệ An"),
    fig("Hà Tĩnh (71 ca)", "71", 71, "count", "ca", subject=CASES, period=inh(YTD), location="Hà Tĩnh"),
    fig("ghi nhận 37 ca", "37", 37, "count", "ca", change=chg("decrease", 21, "%", "cùng kỳ"),
        subject="ca mắc bạch hầu", period=inh(YTD)),
    fig("trẻ dưới 1 tuổi trên", "1", 1, "measure", "tuổi", approx="under", optional=True),
    fig("đạt 71,3%", "71,3", 71.3, "percent", "%", target=tgt(90, "%", False),
        subject="tỷ lệ tiêm mũi 3 vắc xin có thành phần ho gà cho trẻ dưới 1 tuổi", period=Y23),
    fig("phân bổ 2,1 triệu", "2,1", 2.1e6, "count", "liều",
        subject="liều vắc xin DTP-VGB-Hib phân bổ cho các địa phương", period=Q3),
    fig("khoảng 1,4 triệu", "1,4", 1.4e6, "count", "liều", approx="about", status="forecast",
        subject="liều vắc xin cấp thêm", period=Q4),
    fig("trẻ dưới 1 tuổi đạt", "1", 1, "measure", "tuổi", approx="under", optional=True),
    fig("trên 90% ở", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ở quy mô tỉnh", period=Y25),
    fig("trên 85%", "85", 85, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ở quy mô huyện", period=Y25),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, '12/09/2024 | 14:05', address and hotline footer.",
    "Distractors: 14:05, 'mũi 3', 'DTP-VGB-Hib (5 trong 1)', 'Tdap', '138A Giảng Võ', hotline '1900 9095', '100.000 dân' (rate denominator).",
    "'tăng gấp khoảng 16 lần so với cùng kỳ năm 2023' after the count → change 16 lần, approx about (on the change).",
    "'1,25 ca/100.000 dân' → measure, unit with denominator. 'trong đó trẻ dưới 2 tháng tuổi chiếm 38,6%' → a percent figure.",
    "Bracketed list of provinces: each a count of ca with its province as location, subject the list's indicator.",
    "'thấp hơn nhiều so với mục tiêu trên 90%' → target 90 on 71,3% (the 90 is the target, not a gap).",
    "Year-less 'quý IV' takes 2024 from 'quý III/2024' in the same sentence; 'dự kiến' → forecast.",
    "'Riêng bạch hầu, cả nước ghi nhận 37 ca mắc' has no period phrase of its own: inherited from the first sentence.",
    "Ages 'dưới 2 tháng tuổi', 'dưới 1 tuổi' (twice) are optional, as in the shared gold.",
]

if __name__ == "__main__":
    write("p1411-3", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")

"""p1261-5: provincial Party newspaper (Báo Gia Lai, tag (GLO)-): a banana tissue-culture lab in huyện Ia Grai."""
from lib import fig, per, chg, write

TEXT = """Báo Gia Lai điện tử
Kinh tế > Nông nghiệp

Gia Lai: Đưa vào vận hành phòng nuôi cấy mô chuối công suất 10 triệu cây/năm

10/09/2024, 07:15 [GMT+7]

Phòng nuôi cấy mô hiện đại giúp doanh nghiệp chủ động nguồn giống sạch bệnh cho vùng chuối xuất khẩu, giảm phụ thuộc vào cây giống mua từ nơi khác.

(GLO)- Công ty CP Nông nghiệp Ia Grai Xanh vừa đưa vào vận hành phòng nuôi cấy mô chuối cạnh Tỉnh lộ 664, huyện Ia Grai, với tổng vốn đầu tư gần 35 tỷ đồng. Phòng thí nghiệm rộng 2.500 m2, gồm 12 phòng cấy và 4 phòng nuôi, sử dụng đèn LED tiết kiệm điện. Giai đoạn đầu, đơn vị sản xuất khoảng 500.000 cây giống mỗi tháng, tỷ lệ cây sống khi ra vườn ươm đạt trên 98%.

Hiện công ty có 1.350 ha chuối Cavendish tại các huyện Ia Grai, Chư Păh và Đức Cơ. Năm 2023, công ty xuất khẩu 42.000 tấn chuối sang Trung Quốc, Hàn Quốc, Nhật Bản, kim ngạch đạt 21,5 triệu USD.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh hiện có khoảng 7.800 ha chuối, tăng gần 2.000 ha so với năm 2022. Giá trị xuất khẩu chuối 8 tháng đầu năm 2024 đạt hơn 95 triệu USD, chiếm khoảng 30% kim ngạch xuất khẩu nông sản của tỉnh. Nhu cầu cây giống chuối cấy mô của tỉnh khoảng 15-18 triệu cây/năm, các cơ sở trong tỉnh mới đáp ứng chưa đến 40%.

Theo kế hoạch, đến năm 2025 công ty nâng công suất phòng nuôi cấy mô tại Ia Grai lên 15 triệu cây/năm, tạo việc làm cho khoảng 120 lao động địa phương.

HOÀNG NGỌC
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
T25 = per("đến năm 2025", None, "2025-12-31")
IG = "Ia Grai"

FIGS = [
    fig("công suất 10 triệu", "10", 10e6, "measure", "cây/năm", subject="công suất phòng nuôi cấy mô chuối"),
    fig("gần 35 tỷ", "35", 35e9, "money", "đồng", approx="nearly",
        subject="tổng vốn đầu tư phòng nuôi cấy mô chuối", location=IG),
    fig("rộng 2.500 m2", "2.500", 2500, "measure", "m2", subject="diện tích phòng thí nghiệm", location=IG),
    fig("gồm 12 phòng", "12", 12, "count", "phòng cấy", subject="phòng cấy của phòng thí nghiệm", location=IG),
    fig("và 4 phòng", "4", 4, "count", "phòng nuôi", subject="phòng nuôi của phòng thí nghiệm", location=IG),
    fig("khoảng 500.000", "500.000", 500000, "measure", "cây giống/tháng", approx="about",
        subject="cây giống đơn vị sản xuất", location=IG),
    fig("trên 98%", "98", 98, "percent", "%", approx="over",
        subject="tỷ lệ cây sống khi ra vườn ươm", location=IG),
    fig("có 1.350 ha", "1.350", 1350, "measure", "ha", subject="diện tích chuối Cavendish của công ty"),
    fig("xuất khẩu 42.000 tấn", "42.000", 42000, "measure", "tấn", subject="chuối công ty xuất khẩu", period=Y23),
    fig("đạt 21,5 triệu", "21,5", 21.5e6, "money", "USD", subject="kim ngạch xuất khẩu chuối của công ty",
        period=Y23),
    fig("khoảng 7.800 ha", "7.800", 7800, "measure", "ha", approx="about",
        change=chg("increase", 2000, "ha", "năm 2022", approx="nearly"), subject="diện tích chuối toàn tỉnh"),
    fig("hơn 95 triệu", "95", 95e6, "money", "USD", approx="over", percent=30,
        subject="giá trị xuất khẩu chuối", period=M8),
    fig("khoảng 15-18 triệu", "15", 15e6, "measure", "cây/năm", approx="about", value_max=18e6,
        subject="nhu cầu cây giống chuối cấy mô của tỉnh"),
    fig("chưa đến 40%", "40", 40, "percent", "%", approx="under",
        subject="tỷ lệ nhu cầu cây giống chuối cấy mô các cơ sở trong tỉnh đáp ứng"),
    fig("lên 15 triệu", "15", 15e6, "measure", "cây/năm", status="target",
        subject="công suất phòng nuôi cấy mô", period=T25, location=IG),
    fig("khoảng 120 lao động", "120", 120, "count", "lao động", approx="about", status="target",
        subject="lao động địa phương được tạo việc làm", period=T25, location=IG),
]

NOTES = [
    "Provincial Party newspaper (Báo Gia Lai): section path, headline figure, '10/09/2024, 07:15 [GMT+7]', sapo, tag '(GLO)-', byline.",
    "Distractors: 07:15, [GMT+7], 'Tỉnh lộ 664', the brand 'Cavendish'.",
    "The headline names only Gia Lai: its capacity figure keeps the article's place (Gia Lai). The lab passage names huyện Ia Grai:",
    "location Ia Grai for its figures. The plantation across three districts is the province's (Gia Lai).",
    "'gồm 12 phòng cấy và 4 phòng nuôi' follows an area (m2), not a count of rooms: no total.",
    "'khoảng 500.000 cây giống mỗi tháng' → rate 'cây giống/tháng'; 'Giai đoạn đầu' is not a dated period.",
    "'tăng gần 2.000 ha so với năm 2022' → change in ha (approx nearly). 'chiếm khoảng 30%' → percent attribute of 95 triệu USD.",
    "'Theo kế hoạch, đến năm 2025 ...' → target for both figures (start null, end 2025-12-31).",
]

if __name__ == "__main__":
    write(5, TEXT, NOTES, FIGS, published="2024-09-10", location="Gia Lai")

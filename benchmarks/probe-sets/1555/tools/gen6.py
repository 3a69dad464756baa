"""p1555-6: national newspaper: plastic pipe prices rise (TP HCM survey, one company in Bình Tân, national demand)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 15/7/2024, 10:25 (GMT+7)

Giá ống nhựa tăng lần thứ hai trong năm

Nhiều hãng ống nhựa trong nước điều chỉnh giá bán thêm 3-5% từ đầu tháng 7 do giá hạt nhựa PVC và chi phí vận chuyển tăng.

Khảo sát tại các cửa hàng vật liệu xây dựng ở TP HCM cho thấy, ống uPVC phi 90 dày 2,9 mm hiện có giá khoảng 96.000 đồng/mét, cao hơn 4.000 đồng so với tháng 6. Ống HDPE phi 63 giá 41.500 đồng/mét, còn ống PPR phi 25 dao động từ 28.000 đến 32.000 đồng/mét tùy hãng.

Ông Lê Hoàng Phúc, Tổng giám đốc Công ty CP Nhựa Tân Phú Thịnh (quận Bình Tân, TP HCM), cho biết giá hạt nhựa PVC nhập khẩu về Việt Nam đã lên khoảng 890 USD/tấn, tăng gần 12% so với đầu năm. Nguyên liệu chiếm 70-75% giá thành ống của công ty nên doanh nghiệp buộc phải điều chỉnh giá. Sáu tháng đầu năm, doanh thu của công ty đạt 1.240 tỷ đồng, giảm 2,3% so với cùng kỳ, lợi nhuận sau thuế chỉ còn 36 tỷ đồng.

Theo Hiệp hội Nhựa Việt Nam, nhu cầu ống nhựa trong nước năm nay dự báo đạt khoảng 1,05 triệu tấn, tương đương năm 2023, do thị trường bất động sản chưa phục hồi. Cả nước có khoảng 30 doanh nghiệp sản xuất ống quy mô lớn, nhưng nhóm dẫn đầu đã chiếm gần 55% thị phần.

"Nếu giá nguyên liệu chưa hạ nhiệt, giá ống của công ty dự kiến tăng thêm ít nhất 2% trong quý III", ông Phúc nói.

Minh Quân
"""

H6 = per("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
HCM, BT, VN = "TP Hồ Chí Minh", "Bình Tân", "Việt Nam"

FIGS = [
    fig("thêm 3-5%", "3", 3, "percent", "%", value_max=5, subject="giá bán ống nhựa", location=VN),
    fig("dày 2,9 mm", "2,9", 2.9, "measure", "mm", subject="độ dày ống uPVC phi 90", optional=True),
    fig("khoảng 96.000 đồng/mét", "96.000", 96000, "money", "đồng/mét", approx="about",
        change=chg("increase", 4000, "đồng", "tháng 6"), subject="giá ống uPVC phi 90"),
    fig("giá 41.500 đồng/mét", "41.500", 41500, "money", "đồng/mét", subject="giá ống HDPE phi 63"),
    fig("từ 28.000 đến 32.000", "28.000", 28000, "money", "đồng/mét", value_max=32000,
        subject="giá ống PPR phi 25"),
    fig("khoảng 890 USD/tấn", "890", 890, "money", "USD/tấn", approx="about",
        change=chg("increase", 12, "%", "đầu năm", approx="nearly"),
        subject="giá hạt nhựa PVC nhập khẩu", location=VN),
    fig("chiếm 70-75%", "70", 70, "percent", "%", value_max=75,
        subject="nguyên liệu trong giá thành ống của công ty", location=BT),
    fig("đạt 1.240 tỷ", "1.240", 1240e9, "money", "đồng", change=chg("decrease", 2.3, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=H6, location=BT),
    fig("còn 36 tỷ", "36", 36e9, "money", "đồng", subject="lợi nhuận sau thuế", period=H6, location=BT),
    fig("khoảng 1,05 triệu", "1,05", 1.05e6, "measure", "tấn", approx="about", status="forecast",
        subject="nhu cầu ống nhựa trong nước", period=NOW, location=VN),
    fig("khoảng 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất ống quy mô lớn", location=VN),
    fig("gần 55%", "55", 55, "percent", "%", approx="nearly", subject="thị phần của nhóm dẫn đầu", location=VN),
    fig("ít nhất 2%", "2", 2, "percent", "%", approx="at_least", status="forecast",
        subject="giá ống của công ty", period=Q3, location=BT),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 15/7/2024, 10:25 (GMT+7)' (published), sapo, quote, byline at the end.",
    "Distractors: 10:25, '(GMT+7)', 'lần thứ hai' (ordinal), 'tháng 7', 'tháng 6', pipe sizes in product names 'phi 90', 'phi 63', 'phi 25', 'phi' = diameter.",
    "'dày 2,9 mm' is part of the product designation (wall thickness of the 'phi 90' pipe): optional.",
    "Location: the sapo is about 'hãng ống nhựa trong nước' → Việt Nam; the shop survey 'ở TP HCM' → TP Hồ Chí Minh (default);",
    "the company (quận Bình Tân) → Bình Tân; 'nhập khẩu về Việt Nam', 'trong nước', 'Cả nước' → Việt Nam.",
    "'thêm 3-5%', 'ít nhất 2%' are price rises as the claim: percent figures without change.",
    "'cao hơn 4.000 đồng so với tháng 6' → change in đồng; 'tăng gần 12% so với đầu năm' → change (nearly).",
    "Standing prices ('hiện') get no period. 'Sáu tháng đầu năm' and 'năm nay' and 'quý III' take 2024 (the dateline).",
    "'dự báo', 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1555-6", TEXT, NOTES, FIGS, published="2024-07-15", location="TP Hồ Chí Minh")

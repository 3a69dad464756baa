"""p1533-5: national newspaper: Vietnam's ceramic / tea-ware exports in 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Xuất nhập khẩu

Xuất khẩu ấm chén, đồ gốm gia dụng lấy lại đà tăng

Thứ hai, 3/3/2025, 09:20 (GMT+7)

Năm ngoái, kim ngạch xuất khẩu gốm sứ đạt 586 triệu USD, tăng 11,4% so với năm 2023, trong đó nhóm đồ gốm gia dụng gồm ấm chén, bộ ấm trà chiếm khoảng 38%.

Theo Cục Xuất nhập khẩu (Bộ Công Thương), năm 2024 Nhật Bản là thị trường lớn nhất với 142 triệu USD, tiếp đến là Hoa Kỳ 118 triệu USD và Hàn Quốc 54 triệu USD. Gốm sứ đứng thứ hai trong nhóm hàng thủ công mỹ nghệ xuất khẩu, sau mây tre đan.

Về địa phương, Bình Dương dẫn đầu cả nước với 35% kim ngạch, tiếp theo là Đồng Nai (18%), Hà Nội (14%) và Vĩnh Long (9%).

Ông Trần Minh Khôi, Phó Chủ tịch Hiệp hội Gốm sứ mỹ nghệ Việt Nam, cho biết đơn hàng quý I/2025 của nhiều doanh nghiệp đã kín, tăng 20-25% so với cùng kỳ. Giá xuất khẩu bình quân một bộ ấm trà sứ khoảng 9,5 USD, thấp hơn khoảng 15% so với hàng cùng loại của Trung Quốc.

Ở chiều ngược lại, năm 2024 Việt Nam nhập khẩu khoảng 96 triệu USD đồ gốm gia dụng, trong đó từ Trung Quốc 71 triệu USD, chủ yếu là ấm tử sa và bộ ấm trà cao cấp.

Cả nước hiện có khoảng 1.300 doanh nghiệp và trên 11.000 hộ sản xuất gốm sứ, thu hút khoảng 120 nghìn lao động. Hiệp hội dự báo năm 2025 kim ngạch xuất khẩu gốm sứ có thể đạt 650 triệu USD; mục tiêu đến năm 2030 đạt 1 tỷ USD.

Minh Anh
"""

LAST = per("Năm ngoái", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
F25 = per("năm 2025", "2025-01-01", "2025-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu gốm sứ"

FIGS = [
    fig("đạt 586 triệu", "586", 586e6, "money", "USD", change=chg("increase", 11.4, "%", "năm 2023"),
        subject=EXP, period=LAST),
    fig("khoảng 38%", "38", 38, "percent", "%", approx="about",
        subject="nhóm đồ gốm gia dụng gồm ấm chén, bộ ấm trà trong kim ngạch xuất khẩu gốm sứ", period=LAST),
    fig("với 142 triệu", "142", 142e6, "money", "USD", subject="kim ngạch xuất khẩu gốm sứ sang Nhật Bản", period=Y24),
    fig("Kỳ 118 triệu", "118", 118e6, "money", "USD", subject="kim ngạch xuất khẩu gốm sứ sang Hoa Kỳ", period=Y24),
    fig("Quốc 54 triệu", "54", 54e6, "money", "USD", subject="kim ngạch xuất khẩu gốm sứ sang Hàn Quốc", period=Y24),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="gốm sứ trong nhóm hàng thủ công mỹ nghệ xuất khẩu"),
    fig("với 35% kim", "35", 35, "percent", "%", subject="tỷ trọng kim ngạch xuất khẩu gốm sứ",
        location="Bình Dương", period=inh(Y24)),
    fig("Đồng Nai (18%)", "18", 18, "percent", "%", subject="tỷ trọng kim ngạch xuất khẩu gốm sứ",
        location="Đồng Nai", period=inh(Y24)),
    fig("Hà Nội (14%)", "14", 14, "percent", "%", subject="tỷ trọng kim ngạch xuất khẩu gốm sứ",
        location="Hà Nội", period=inh(Y24)),
    fig("Vĩnh Long (9%)", "9", 9, "percent", "%", subject="tỷ trọng kim ngạch xuất khẩu gốm sứ",
        location="Vĩnh Long", period=inh(Y24)),
    fig("tăng 20-25%", "20", 20, "percent", "%", value_max=25,
        subject="đơn hàng của nhiều doanh nghiệp", period=Q1),
    fig("khoảng 9,5 USD", "9,5", 9.5, "money", "USD/bộ", approx="about",
        change=chg("decrease", 15, "%", "hàng cùng loại của Trung Quốc", "about"),
        subject="giá xuất khẩu bình quân một bộ ấm trà sứ"),
    fig("khoảng 96 triệu", "96", 96e6, "money", "USD", approx="about",
        subject="nhập khẩu đồ gốm gia dụng", period=Y24),
    fig("Trung Quốc 71 triệu", "71", 71e6, "money", "USD", total=96e6,
        subject="nhập khẩu đồ gốm gia dụng từ Trung Quốc", period=Y24),
    fig("khoảng 1.300 doanh nghiệp", "1.300", 1300, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất gốm sứ"),
    fig("trên 11.000 hộ", "11.000", 11000, "count", "hộ", approx="over", subject="hộ sản xuất gốm sứ"),
    fig("khoảng 120 nghìn", "120", 120000, "count", "lao động", approx="about",
        subject="lao động ngành gốm sứ thu hút"),
    fig("đạt 650 triệu", "650", 650e6, "money", "USD", status="forecast", subject=EXP, period=F25),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target", subject=EXP, period=TO30),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 3/3/2025, 09:20 (GMT+7)', quote of an association official, byline at the end.",
    "Distractors: 09:20, '(GMT+7)', baseline 'năm 2023', 'quý I/2025' (period only).",
    "Location Việt Nam by default; trade partners (Nhật Bản, Hoa Kỳ, Hàn Quốc, Trung Quốc) are no place; the province list gives each item its province.",
    "'Năm ngoái' in an article dated 2025 → 2024. 'trong đó ... chiếm khoảng 38%' is a percent figure of its own.",
    "'đơn hàng quý I/2025 ... tăng 20-25% so với cùng kỳ' is a growth rate as the claim (range), no change object.",
    "'thấp hơn khoảng 15% so với hàng cùng loại của Trung Quốc' → change decrease 15 of the 9,5 USD price; standing price, no period.",
    "'dự báo năm 2025 ... 650 triệu USD' → forecast; '; mục tiêu đến năm 2030 đạt 1 tỷ USD' → target (its own cue). 'hiện' counts get no period.",
]

if __name__ == "__main__":
    write("p1533-5", TEXT, NOTES, FIGS, published="2025-03-03", location="Việt Nam")

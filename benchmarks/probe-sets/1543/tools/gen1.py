"""p1543-1: province portal (Bến Tre): coconut cooking oil output 9 months 2024, a factory in Giồng Trôm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Bến Tre: Sản lượng dầu dừa 9 tháng ước đạt gần 18.600 tấn

Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.846

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng dầu dừa các loại trên địa bàn tỉnh Bến Tre ước đạt 18.560 tấn, tăng 7,5% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, dầu dừa tinh luyện dùng làm dầu ăn 11.240 tấn, dầu dừa nguyên chất 7.320 tấn. Chỉ số sản xuất ngành chế biến dầu dừa 9 tháng tăng 6,9%.

Kim ngạch xuất khẩu dầu dừa 9 tháng đạt 42,5 triệu USD, chiếm khoảng 8% tổng kim ngạch xuất khẩu của tỉnh; các thị trường chính là Hoa Kỳ, Hàn Quốc và Nhật Bản.

Hiện toàn tỉnh có 14 doanh nghiệp và cơ sở chế biến dầu dừa (gồm 5 doanh nghiệp và 9 cơ sở), tổng công suất khoảng 36.000 tấn/năm, giải quyết việc làm cho hơn 2.600 lao động.

Tại huyện Giồng Trôm, Công ty TNHH Dầu dừa Phước An 9 tháng sản xuất 5.350 tấn dầu, chiếm 28,8% sản lượng toàn tỉnh; doanh thu 210 tỷ đồng. Công ty vừa đưa vào vận hành hai dây chuyền ép lạnh, mỗi dây chuyền công suất 40 tấn cơm dừa/ngày, tổng vốn đầu tư 65 tỷ đồng.

Giá dừa khô nguyên liệu hiện từ 95.000 đến 110.000 đồng/chục, tăng khoảng 30.000 đồng/chục so với đầu năm.

Quý IV, ngành công thương phấn đấu sản xuất thêm 5.800 tấn, đưa sản lượng cả năm lên trên 24.300 tấn. Sở Công Thương sẽ phối hợp tổ chức Lễ hội Dừa lần thứ 6 và triển khai Quyết định số 1052/QĐ-UBND về phát triển ngành dừa.

Tin liên quan:
- Bến Tre: Hội nghị kết nối giao thương năm 2024
- Giồng Trôm ra mắt Hợp tác xã dừa hữu cơ
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
GT = "Giồng Trôm"

FIGS = [
    fig("ước đạt gần 18.600 tấn", "18.600", 18600, "measure", "tấn", approx="nearly", status="estimate",
        subject="sản lượng dầu dừa", period=NINE_S),
    fig("ước đạt 18.560 tấn", "18.560", 18560, "measure", "tấn", percent=76.2, status="estimate",
        change=chg("increase", 7.5, "%", "cùng kỳ năm 2023"),
        subject="sản lượng dầu dừa các loại", period=NINE),
    fig("dầu ăn 11.240 tấn", "11.240", 11240, "measure", "tấn", total=18560, status="estimate",
        subject="dầu dừa tinh luyện dùng làm dầu ăn", period=inh(NINE)),
    fig("nguyên chất 7.320 tấn", "7.320", 7320, "measure", "tấn", total=18560, status="estimate",
        subject="dầu dừa nguyên chất", period=inh(NINE)),
    fig("tăng 6,9%", "6,9", 6.9, "percent", "%",
        subject="chỉ số sản xuất ngành chế biến dầu dừa", period=NINE_S),
    fig("đạt 42,5 triệu USD", "42,5", 42.5e6, "money", "USD", percent=8,
        subject="kim ngạch xuất khẩu dầu dừa", period=NINE_S),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp và cơ sở",
        subject="doanh nghiệp và cơ sở chế biến dầu dừa"),
    fig("gồm 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp chế biến dầu dừa"),
    fig("và 9 cơ sở", "9", 9, "count", "cơ sở", total=14,
        subject="cơ sở chế biến dầu dừa"),
    fig("khoảng 36.000 tấn/năm", "36.000", 36000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất chế biến dầu dừa"),
    fig("hơn 2.600 lao động", "2.600", 2600, "count", "lao động", approx="over",
        subject="lao động được giải quyết việc làm"),
    fig("sản xuất 5.350 tấn", "5.350", 5350, "measure", "tấn", percent=28.8,
        subject="dầu Công ty TNHH Dầu dừa Phước An sản xuất", period=NINE_S, location=GT),
    fig("doanh thu 210 tỷ", "210", 210e9, "money", "đồng",
        subject="doanh thu Công ty TNHH Dầu dừa Phước An", period=NINE_S, location=GT),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền ép lạnh công ty đưa vào vận hành", location=GT),
    fig("công suất 40 tấn", "40", 40, "measure", "tấn/ngày",
        subject="công suất mỗi dây chuyền ép lạnh", location=GT),
    fig("đầu tư 65 tỷ", "65", 65e9, "money", "đồng",
        subject="tổng vốn đầu tư dây chuyền ép lạnh", location=GT),
    fig("từ 95.000 đến 110.000", "95.000", 95000, "money", "đồng/chục", value_max=110000,
        change=chg("increase", 30000, "đồng/chục", "đầu năm", approx="about"),
        subject="giá dừa khô nguyên liệu"),
    fig("thêm 5.800 tấn", "5.800", 5800, "measure", "tấn", status="target",
        subject="sản lượng dầu dừa sản xuất thêm", period=Q4),
    fig("trên 24.300 tấn", "24.300", 24300, "measure", "tấn", approx="over", status="target",
        subject="sản lượng dầu dừa cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bến Tre): coconut cooking oil 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.846', related links.",
    "Distractors: 15:10, Lượt xem 1.846, 'Lễ hội Dừa lần thứ 6', Quyết định số 1052/QĐ-UBND, 'năm 2024' in a related link.",
    "Headline 'gần 18.600 tấn' is its own figure (nearly, estimate); year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' parts after a sentence break: total 18.560, estimate carried from the whole, period inherited.",
    "'(gồm 5 doanh nghiệp và 9 cơ sở)' bracketed breakdown adding up to 14: total 14.",
    "Giồng Trôm factory passage: location Giồng Trôm; '40 tấn cơm dừa/ngày' → unit tấn/ngày (a rate; the denominator stays in the unit).",
    "'tăng khoảng 30.000 đồng/chục so với đầu năm' → change on the price range; 'hiện' gives no period.",
    "'Quý IV ... phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1543-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Bến Tre")

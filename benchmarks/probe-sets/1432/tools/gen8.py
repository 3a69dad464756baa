"""p1432-8: radio/TV site (Đài PT-TH Hà Giang, HGTV): first stevia harvest of 2025 in huyện Quản Bạ."""
from lib import fig, per, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ GIANG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Quản Bạ: Vụ cỏ ngọt đầu năm cho thu hoạch gần 60 tấn lá khô

Đăng lúc: 17:25 - 28/02/2025

HGTV - Những ngày này, bà con xã Quyết Tiến, huyện Quản Bạ đang tập trung thu hoạch lứa cỏ ngọt đầu tiên của năm 2025. Toàn huyện hiện có 156 ha cỏ ngọt, đứng thứ 2 toàn tỉnh sau huyện Yên Minh, trong đó diện tích cho thu hoạch 128 ha.

Năng suất lá khô lứa đầu ước đạt 4,5 tạ/ha, tương đương năm trước. Sản lượng 2 tháng đầu năm ước gần 58 tấn lá khô, tăng 9,4% so với cùng kỳ năm 2024. Với giá thu mua tại vườn từ 30.000 đến 31.000 đồng/kg, bà con thu về khoảng 1,75 tỷ đồng.

Hợp tác xã Nông lâm nghiệp Cổng Trời, thành lập năm 2020, hiện liên kết với gần ba chục hộ, bao tiêu toàn bộ sản phẩm. Năm 2024, HTX sấy và bán ra 46 tấn lá khô, vượt 15% kế hoạch, trong đó khoảng 30 tấn xuất khẩu tiểu ngạch sang Trung Quốc qua cửa khẩu Thanh Thủy; ngoài ra còn bán 12.000 hộp trà cỏ ngọt, doanh thu đạt hơn 2,3 tỷ đồng.

Theo Phòng Nông nghiệp và PTNT huyện, năm 2025 Quản Bạ phấn đấu trồng mới 25 ha, nâng tổng diện tích lên trên 180 ha; dự kiến sản lượng cả năm đạt 750-800 tấn lá khô.

Thu Hà - Minh Đức (HGTV)
Lượt xem: 845
Tin cùng chuyên mục:
- Mèo Vạc: Nâng cấp Quốc lộ 4C đoạn qua thị trấn
- Yên Minh ra quân trồng cây đầu xuân Ất Tỵ 2025
"""

M2 = per("2 tháng đầu năm", "2025-01-01", "2025-02-28")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
YEAR = per("cả năm", "2025-01-01", "2025-12-31")

FIGS = [
    fig("gần 60 tấn", "60", 60, "measure", "tấn", approx="nearly",
        subject="lá khô vụ cỏ ngọt đầu năm thu hoạch"),
    fig("có 156 ha", "156", 156, "measure", "ha", subject="diện tích cỏ ngọt toàn huyện"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="diện tích cỏ ngọt"),
    fig("thu hoạch 128 ha", "128", 128, "measure", "ha", total=156, subject="diện tích cho thu hoạch"),
    fig("ước đạt 4,5 tạ/ha", "4,5", 4.5, "measure", "tạ/ha", status="estimate",
        subject="năng suất lá khô lứa đầu"),
    fig("ước gần 58 tấn", "58", 58, "measure", "tấn", approx="nearly", status="estimate",
        change=chg("increase", 9.4, "%", "cùng kỳ năm 2024"), subject="sản lượng lá khô", period=M2),
    fig("từ 30.000 đến 31.000", "30.000", 30000, "money", "đồng/kg", value_max=31000,
        subject="giá thu mua tại vườn"),
    fig("khoảng 1,75 tỷ", "1,75", 1.75e9, "money", "đồng", approx="about",
        subject="tiền bà con thu về"),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
        subject="hộ liên kết với hợp tác xã"),
    fig("bán ra 46 tấn", "46", 46, "measure", "tấn",
        change=chg("increase", 15, "%", "kế hoạch"), subject="lá khô HTX sấy và bán ra", period=Y24),
    fig("khoảng 30 tấn", "30", 30, "measure", "tấn", approx="about", total=46,
        subject="lá khô xuất khẩu tiểu ngạch sang Trung Quốc", period=Y24),
    fig("bán 12.000 hộp", "12.000", 12000, "count", "hộp", subject="hộp trà cỏ ngọt bán ra", period=Y24),
    fig("hơn 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="over", subject="doanh thu", period=Y24),
    fig("trồng mới 25 ha", "25", 25, "measure", "ha", status="target",
        subject="diện tích trồng mới", period=Y25),
    fig("trên 180 ha", "180", 180, "measure", "ha", approx="over", status="target",
        subject="tổng diện tích", period=Y25),
    fig("đạt 750-800 tấn", "750", 750, "measure", "tấn", value_max=800, status="forecast",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "revised after the first run: subjects of sentences that write 'HTX' now say 'HTX', not the expanded 'hợp tác xã'",
    "(FIGURES.md: the subject is the indicator as the sentence names it); applied to every such figure.",
    "Radio/TV site (Đài PT-TH Hà Giang): menu, headline, 'Đăng lúc: 17:25 - 28/02/2025', tag 'HGTV -', byline, 'Lượt xem', links.",
    "Distractors: 17:25, 'Lượt xem: 845', 'lứa ... đầu tiên' (ordinal), 'thành lập năm 2020', 'Quốc lộ 4C', 'Ất Tỵ 2025'.",
    "All figures are of huyện Quản Bạ: default location Quản Bạ; 'đứng thứ 2 toàn tỉnh' is the district's rank (location Quản Bạ).",
    "Headline 'gần 60 tấn' has no period phrase ('đầu năm' is vague): no period. '2 tháng đầu năm' takes 2025 (nearest earlier 'năm 2025').",
    "'trong đó diện tích cho thu hoạch 128 ha' → total 156. 'ước đạt'/'ước gần' → estimate; 'tương đương năm trước' has no number.",
    "'gần ba chục hộ' = nearly 30 (number words). 'vượt 15% kế hoạch' → change with baseline kế hoạch; 'trong đó khoảng 30 tấn' → total 46",
    "(the whole that counts the same thing in the same clause). 'phấn đấu' governs both clauses before ';' (target); 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1432-8", TEXT, NOTES, FIGS, published="2025-02-28", location="Quản Bạ")

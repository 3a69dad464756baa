"""p1317-5: Party newspaper (Báo Sơn La): collective mark "Chanh leo Vân Hồ", a cooperative; province's collective marks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA

Nâng giá trị chanh leo Vân Hồ nhờ nhãn hiệu tập thể

Thứ Ba, 12/03/2024 | 14:05

Sau 3 năm được cấp văn bằng bảo hộ, nhãn hiệu tập thể "Chanh leo Vân Hồ" đã giúp sản phẩm của nông dân huyện Vân Hồ có chỗ đứng trên thị trường, giá bán cao hơn 15-20% so với chanh leo không có nhãn hiệu.

(SLO) - Hợp tác xã Nông nghiệp Tân Xuân Xanh ở xã Tân Xuân là một trong 4 hợp tác xã đầu tiên được Hội Nông dân huyện Vân Hồ trao quyền sử dụng nhãn hiệu. Hiện hợp tác xã có 32 thành viên, canh tác 85 ha chanh leo, năng suất bình quân 28 tấn/ha.

Năm 2023, hợp tác xã xuất bán khoảng 2.300 tấn quả, trong đó 70% xuất khẩu sang Trung Quốc và Hàn Quốc; doanh thu đạt 27,6 tỷ đồng, tăng 18% so với năm 2022, vượt 12% kế hoạch. Giá chanh leo loại 1 có lúc đạt 35.000 đồng/kg, tăng khoảng 5.000 đồng so với trước khi có nhãn hiệu.

Theo Sở Khoa học và Công nghệ, toàn tỉnh Sơn La hiện có 68 nhãn hiệu tập thể, tập trung nhiều tại các huyện Mộc Châu (14 nhãn hiệu), Yên Châu (9 nhãn hiệu) và Vân Hồ (7 nhãn hiệu); ngoài ra có 5 nhãn hiệu chứng nhận và 4 chỉ dẫn địa lý.

Mục tiêu đến năm 2025, 100% sản phẩm OCOP của tỉnh được bảo hộ nhãn hiệu; mỗi huyện, thành phố có từ 2 đến 3 nhãn hiệu tập thể gắn với sản phẩm chủ lực.

THU HÀ
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
VH = "Vân Hồ"

FIGS = [
    fig("cao hơn 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="giá bán chanh leo Vân Hồ so với chanh leo không có nhãn hiệu", location=VH),
    fig("trong 4 hợp tác xã", "4", 4, "count", "hợp tác xã",
        subject="hợp tác xã đầu tiên được trao quyền sử dụng nhãn hiệu", location=VH),
    fig("có 32 thành viên", "32", 32, "count", "thành viên",
        subject="thành viên Hợp tác xã Nông nghiệp Tân Xuân Xanh", location=VH),
    fig("canh tác 85 ha", "85", 85, "measure", "ha",
        subject="diện tích chanh leo hợp tác xã canh tác", location=VH),
    fig("bình quân 28 tấn/ha", "28", 28, "measure", "tấn/ha",
        subject="năng suất bình quân chanh leo", location=VH),
    fig("khoảng 2.300 tấn", "2.300", 2300, "measure", "tấn", approx="about",
        subject="quả chanh leo hợp tác xã xuất bán", period=Y23, location=VH),
    fig("trong đó 70%", "70", 70, "percent", "%",
        subject="xuất khẩu sang Trung Quốc và Hàn Quốc", period=Y23, location=VH),
    fig("đạt 27,6 tỷ", "27,6", 27.6e9, "money", "đồng",
        change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu của hợp tác xã", period=Y23, location=VH),
    fig("vượt 12%", "12", 12, "percent", "%", optional=True,
        subject="doanh thu vượt kế hoạch", period=Y23, location=VH),
    fig("đạt 35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg",
        change=chg("increase", 5000, "đồng", "trước khi có nhãn hiệu", approx="about"),
        subject="giá chanh leo loại 1", location=VH),
    fig("có 68 nhãn hiệu", "68", 68, "count", "nhãn hiệu tập thể",
        subject="nhãn hiệu tập thể toàn tỉnh"),
    fig("Mộc Châu (14", "14", 14, "count", "nhãn hiệu",
        subject="nhãn hiệu tập thể", location="Mộc Châu"),
    fig("Yên Châu (9", "9", 9, "count", "nhãn hiệu",
        subject="nhãn hiệu tập thể", location="Yên Châu"),
    fig("Vân Hồ (7", "7", 7, "count", "nhãn hiệu",
        subject="nhãn hiệu tập thể", location=VH),
    fig("có 5 nhãn hiệu", "5", 5, "count", "nhãn hiệu chứng nhận",
        subject="nhãn hiệu chứng nhận toàn tỉnh"),
    fig("và 4 chỉ dẫn", "4", 4, "count", "chỉ dẫn địa lý",
        subject="chỉ dẫn địa lý toàn tỉnh"),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="sản phẩm OCOP của tỉnh được bảo hộ nhãn hiệu", period=T25),
    fig("từ 2 đến 3", "2", 2, "count", "nhãn hiệu tập thể", value_max=3, status="target",
        subject="nhãn hiệu tập thể gắn với sản phẩm chủ lực của mỗi huyện, thành phố", period=T25),
]

NOTES = [
    "Party newspaper (Báo Sơn La): masthead, 'Thứ Ba, 12/03/2024 | 14:05', sapo, tag '(SLO) -', byline THU HÀ at the end.",
    "Distractors: 14:05, 'Sau 3 năm được cấp văn bằng' (a duration that only locates the claim in time), 'là một trong 4' ('one of'),",
    "'loại 1' (a grade), 'năm 2022' as a baseline.",
    "Sapo 'giá bán cao hơn 15-20% so với chanh leo không có nhãn hiệu' is a gap as the claim: percent range, no change.",
    "Cooperative passage (xã Tân Xuân, huyện Vân Hồ): location Vân Hồ; 'Hiện' gives no period; 'có lúc' price has no period.",
    "'trong đó 70% xuất khẩu' is a percent figure of its own (no 'chiếm'/'đạt' share of the 2.300 tấn).",
    "Doanh thu 27,6 tỷ has two changes ('tăng 18% so với năm 2022, vượt 12% kế hoạch'): the first is the attribute, the second an optional",
    "percent figure (FIGURES.md, one of each attribute per figure). 'tăng khoảng 5.000 đồng so với trước khi có nhãn hiệu' → change in đồng.",
    "District list in brackets: items are figures with the list's indicator (nhãn hiệu tập thể) and the district as location; 14+9+7 ≠ 68,",
    "and the list does not follow the whole right away as a breakdown, so no total. Province figures: Sơn La.",
    "'Mục tiêu đến năm 2025' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1317-5", TEXT, NOTES, FIGS, published="2024-03-12", location="Sơn La")

from lib import emit, fig, per, inh, chg, tgt

TEXT = """Bộ Giáo dục và Đào tạo
Trang chủ » Tin tức » Giáo dục dân tộc

Cả nước có 318 trường phổ thông dân tộc nội trú

Ngày đăng: 16/09/2024 | Lượt xem: 2.764

(MOET) - Theo Vụ Giáo dục dân tộc, năm học 2023-2024 cả nước có 318 trường phổ thông dân tộc nội trú với 116.482 học sinh và 1.156 trường phổ thông dân tộc bán trú với gần 210.000 học sinh. Ngoài ra, khoảng 3.690 trường phổ thông khác có học sinh bán trú.

Các tỉnh có nhiều học sinh bán trú là Hà Giang (hơn 45.000 em), Điện Biên (35.540 em) và Lai Châu (28.900 em).

Chất lượng giáo dục tại các trường nội trú tiếp tục được nâng lên. Tỷ lệ học sinh PTDTNT tốt nghiệp THPT năm 2024 đạt 99,1%, cao hơn 0,3% so với bình quân cả nước. Tỷ lệ học sinh dân tộc thiểu số bỏ học giảm từ 1,2% năm học 2019-2020 xuống còn 0,65% năm học 2023-2024.

Học sinh trường PTDTNT được hưởng học bổng chính sách bằng 80% mức lương cơ sở, tương đương 1.440.000 đồng/tháng; từ ngày 1/7/2024 mức học bổng là 1.872.000 đồng/tháng. Năm 2023, tổng kinh phí ngân sách nhà nước chi cho các chính sách hỗ trợ học sinh dân tộc thiểu số ước đạt 4.580 tỷ đồng, tăng 6,2% so với năm 2022.

Mục tiêu đến năm 2025, 100% trường PTDTNT đạt chuẩn quốc gia (hiện đạt 62,4%); tỷ lệ học sinh dân tộc thiểu số trong độ tuổi đi học THCS được huy động đến trường đạt 95%.

Các trường thực hiện Thông tư số 04/2023/TT-BGDĐT về quy chế tổ chức và hoạt động của trường phổ thông dân tộc nội trú.

Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.4795
"""

NH24 = per("năm học 2023-2024", "2023-09-01", "2024-05-31")
NH20 = per("năm học 2019-2020", "2019-09-01", "2020-05-31")
N24 = per("năm 2024", "2024-01-01", "2024-12-31")
N23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("Cả nước có 318 trường", "318", 318, "count", "trường",
        subject="trường phổ thông dân tộc nội trú", period=inh(NH24)),
    fig("cả nước có 318 trường", "318", 318, "count", "trường",
        subject="trường phổ thông dân tộc nội trú", period=NH24),
    fig("với 116.482 học sinh", "116.482", 116482, "count", "học sinh",
        subject="học sinh trường phổ thông dân tộc nội trú", period=NH24),
    fig("và 1.156 trường", "1.156", 1156, "count", "trường",
        subject="trường phổ thông dân tộc bán trú", period=NH24),
    fig("gần 210.000 học sinh", "210.000", 210000, "count", "học sinh", approx="nearly",
        subject="học sinh trường phổ thông dân tộc bán trú", period=NH24),
    fig("khoảng 3.690 trường", "3.690", 3690, "count", "trường", approx="about",
        subject="trường phổ thông khác có học sinh bán trú", period=inh(NH24)),
    fig("Hà Giang (hơn 45.000 em)", "45.000", 45000, "count", "em", approx="over",
        subject="học sinh bán trú", period=inh(NH24), location="Hà Giang"),
    fig("Điện Biên (35.540 em)", "35.540", 35540, "count", "em",
        subject="học sinh bán trú", period=inh(NH24), location="Điện Biên"),
    fig("Lai Châu (28.900 em)", "28.900", 28900, "count", "em",
        subject="học sinh bán trú", period=inh(NH24), location="Lai Châu"),
    fig("đạt 99,1%", "99,1", 99.1, "percent", "%",
        change=chg("increase", 0.3, baseline="bình quân cả nước"),
        subject="tỷ lệ học sinh PTDTNT tốt nghiệp THPT", period=N24),
    fig("từ 1,2%", "1,2", 1.2, "percent", "%",
        subject="tỷ lệ học sinh dân tộc thiểu số bỏ học", period=NH20),
    fig("còn 0,65%", "0,65", 0.65, "percent", "%",
        subject="tỷ lệ học sinh dân tộc thiểu số bỏ học", period=NH24),
    fig("bằng 80% mức lương", "80", 80, "percent", "%",
        subject="học bổng chính sách so với mức lương cơ sở"),
    fig("tương đương 1.440.000 đồng/tháng", "1.440.000", 1440000, "money", "đồng/tháng",
        subject="học bổng chính sách học sinh trường PTDTNT"),
    fig("là 1.872.000 đồng/tháng", "1.872.000", 1872000, "money", "đồng/tháng",
        subject="mức học bổng chính sách"),
    fig("ước đạt 4.580 tỷ đồng", "4.580", 4580e9, "money", "đồng", status="estimate",
        change=chg("increase", 6.2, baseline="năm 2022"),
        subject="tổng kinh phí ngân sách nhà nước chi cho các chính sách hỗ trợ học sinh dân tộc thiểu số", period=N23),
    fig("2025, 100% trường", "100", 100, "percent", "%", status="target",
        subject="trường PTDTNT đạt chuẩn quốc gia", period=T25),
    fig("hiện đạt 62,4%", "62,4", 62.4, "percent", "%",
        subject="trường PTDTNT đạt chuẩn quốc gia"),
    fig("đạt 95%", "95", 95, "percent", "%", status="target",
        subject="tỷ lệ học sinh dân tộc thiểu số trong độ tuổi đi học THCS được huy động đến trường", period=T25),
]

COMMENTS = [
    "Ministry site (Bộ GD&ĐT): national boarding-school system in school year 2023-2024, outcomes, scholarships, budget, 2025 targets.",
    "School years taken as 1 September to 31 May (the spec has no rule). Headline 318 repeats the lead's figure (period inherited).",
    "Province items in the list after a national lead are figures with the province as location and 'học sinh bán trú' as subject.",
    "'giảm từ 1,2% năm học 2019-2020 xuống còn 0,65% năm học 2023-2024' is two levels, not a range; the change is not stated, so none.",
    "'bằng 80% mức lương cơ sở' has no figure before it: its own percent; 'tương đương 1.440.000 đồng/tháng' is an equivalent amount, its own money figure.",
    "'(hiện đạt 62,4%)' in a target sentence is actual (bracketed figure with its own verb); the clause after ';' continues the target.",
    "Not figures: Thông tư số 04/2023/TT-BGDĐT, '1/7/2024', Lượt xem 2.764, '35 Đại Cồ Việt', phone, (MOET).",
]

if __name__ == "__main__":
    emit("p563-4", TEXT, COMMENTS, FIGS, published="2024-09-16", location="Việt Nam")

from lib import F, P, CH, TG, emit

TEXT = """Quảng Ngãi: Thu hồi tài sản trong các vụ án tham nhũng, kinh tế đạt kết quả tích cực

(Báo Quảng Ngãi) - Từ đầu năm đến nay, Cục Thi hành án dân sự tỉnh đã thu hồi cho Nhà nước gần 186 tỷ đồng trong các vụ án hình sự về tham nhũng, kinh tế, đạt 41,3% số tiền có điều kiện thi hành, tăng 27,5% so với cùng kỳ năm 2023. Trong đó, riêng vụ án xảy ra tại Công ty TNHH MTV Khoáng sản 3/2 đã thu hồi được 64,5 tỷ đồng, chiếm 34,7%.

Hiện Cục đang tổ chức thi hành 143 việc tham nhũng, kinh tế với tổng số tiền hơn 1,02 nghìn tỷ đồng; trong đó có 58 việc đã thi hành xong toàn bộ. Để xử lý tài sản, Cục đã kê biên 37 tài sản, phối hợp bán đấu giá thành công 21 tài sản; giá trúng đấu giá cao hơn giá khởi điểm từ 5% đến 12%.

Riêng quý III/2024, Cục tổ chức 6 cuộc cưỡng chế kê biên tài sản với sự tham gia của hơn 150 lượt cán bộ các ngành. Từ năm 2021 đến nay, tỷ lệ thu hồi tài sản trong các vụ án tham nhũng của tỉnh đạt 44,8%, trong khi mục tiêu giai đoạn 2021-2025 là trên 50%.

Thời gian tới, Cục sẽ tập trung xử lý dứt điểm 12 việc có giá trị lớn (mỗi việc trên 10 tỷ đồng) với tổng số tiền khoảng 412 tỷ đồng; phấn đấu đến cuối năm 2024 thu hồi thêm ít nhất 60 tỷ đồng.

Ông Phạm Trường Sơn, Cục trưởng Cục THADS tỉnh cho biết, đơn vị đã thành lập ba tổ công tác liên ngành tại các huyện Bình Sơn, Sơn Tịnh và Tư Nghĩa để xử lý dứt điểm các việc tồn đọng, kéo dài.

Thanh Nhị
07/10/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
YTDI = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
B = 10**9

FIGS = [
    F("gần 186 tỷ đồng", "186", "money", "đồng", "tiền thu hồi cho Nhà nước trong các vụ án hình sự về tham nhũng, kinh tế",
      YTD, B, approx="nearly", percent=41.3, change=CH("increase", 27.5, baseline="cùng kỳ năm 2023")),
    F("được 64,5 tỷ đồng", "64,5", "money", "đồng", "tiền thu hồi trong vụ án tại Công ty TNHH MTV Khoáng sản 3/2", YTDI, B,
      total=186000000000, percent=34.7),
    F("thi hành 143 việc", "143", "count", "việc", "việc tham nhũng, kinh tế đang tổ chức thi hành", None),
    F("hơn 1,02 nghìn tỷ đồng", "1,02", "money", "đồng", "tổng số tiền việc tham nhũng, kinh tế", None, 10**12, approx="over"),
    F("có 58 việc", "58", "count", "việc", "việc đã thi hành xong toàn bộ", None, total=143),
    F("kê biên 37 tài sản", "37", "count", "tài sản", "tài sản kê biên", None),
    F("công 21 tài sản", "21", "count", "tài sản", "tài sản bán đấu giá thành công", None),
    F("từ 5% đến 12%", "5", "percent", "%", "giá trúng đấu giá cao hơn giá khởi điểm", None, value_max=12),
    F("tổ chức 6 cuộc", "6", "count", "cuộc cưỡng chế", "cuộc cưỡng chế kê biên tài sản", Q3),
    F("hơn 150 lượt", "150", "count", "lượt cán bộ", "lượt cán bộ các ngành tham gia", Q3, approx="over"),
    F("đạt 44,8%", "44,8", "percent", "%", "tỷ lệ thu hồi tài sản trong các vụ án tham nhũng",
      P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-07"), target=TG(50, met=False)),
    F("dứt điểm 12 việc", "12", "count", "việc", "việc có giá trị lớn", None),
    F("trên 10 tỷ đồng", "10", "money", "đồng", "giá trị mỗi việc", None, B, approx="over", optional=True),
    F("khoảng 412 tỷ đồng", "412", "money", "đồng", "tổng số tiền các việc có giá trị lớn", None, B, approx="about"),
    F("ít nhất 60 tỷ đồng", "60", "money", "đồng", "tiền thu hồi thêm", P("đến cuối năm 2024", None, "2024-12-31"), B,
      approx="at_least", status="target"),
    F("lập ba tổ công tác", "ba", "count", "tổ công tác liên ngành", "tổ công tác liên ngành", None, value=3),
]

COMMENTS = [
    "Provincial Party newspaper (Báo Quảng Ngãi), no dateline at the top: byline and bare date '07/10/2024' at the end (published).",
    "'Từ đầu năm đến nay' -> 2024-01-01..published; 'Từ năm 2021 đến nay' -> 2021-01-01..published. 'gần 186 tỷ ..., đạt 41,3% ..., tăng 27,5%",
    "so với cùng kỳ' -> percent + change on the amount; 'Trong đó ... 64,5 tỷ đồng, chiếm 34,7%' total 186 tỷ.",
    "'143 việc ...; trong đó có 58 việc' total 143. 'tỷ lệ ... đạt 44,8%, trong khi mục tiêu giai đoạn 2021-2025 là trên 50%' -> target 50 (not met),",
    "an attribute, not a figure. 'từ 5% đến 12%' percent range. 'mỗi việc trên 10 tỷ đồng' (threshold) optional. 'ba tổ công tác' (number word)",
    "is a provincial count: the district list after it does not make it a district figure.",
    "Distractors: company name 'Khoáng sản 3/2', 'cùng kỳ năm 2023', place names, the person's name.",
]

emit("p318-8", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Quảng Ngãi")

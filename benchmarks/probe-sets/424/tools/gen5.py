from lib import F, P, C, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Tin hoạt động | Tài chính - Kế hoạch

Kết quả thực hiện nhiệm vụ tài chính - ngân sách quý III và 9 tháng năm 2024

Trong quý III/2024, tổng chi ngân sách huyện Krông Pắc đạt 198,6 tỷ đồng, tăng 9,3% so với quý II/2024. Lũy kế 9 tháng năm 2024, tổng chi ngân sách huyện ước đạt 612,45 tỷ đồng, bằng 71,2% dự toán, gồm: chi đầu tư phát triển 104,3 tỷ đồng; chi thường xuyên 498,7 tỷ đồng; chi các chương trình mục tiêu quốc gia 9,45 tỷ đồng.

Riêng chi sự nghiệp giáo dục - đào tạo 286,9 tỷ đồng, chiếm 57,5% chi thường xuyên. Một số đơn vị dự toán có tỷ lệ chi cao so với dự toán giao đầu năm là Phòng Giáo dục và Đào tạo (81,3%), Trung tâm Y tế huyện (77,6%), Ban Quản lý dự án đầu tư xây dựng huyện (74,9%).

Kế hoạch vốn đầu tư công năm 2024 của huyện là 132,5 tỷ đồng; đến 30/9/2024 đã giải ngân 84,8 tỷ đồng, đạt 64%. Thực hiện tiết kiệm 10% chi thường xuyên, huyện đã tạo nguồn 3,74 tỷ đồng để thực hiện cải cách tiền lương.

Về trả nợ, từ đầu năm đến nay huyện đã trả 6,82 tỷ đồng nợ vay Ngân hàng Phát triển thực hiện chương trình kiên cố hóa kênh mương và giao thông nông thôn, đạt 100% kế hoạch; dư nợ tính đến 30/9/2024 còn 14,6 tỷ đồng, giảm 6,82 tỷ đồng so với đầu năm.

Trong quý IV, huyện phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao và hoàn thành thu ngân sách trên địa bàn vượt từ 5 đến 7% dự toán. Các xã Ea Kly, Ea Phê, Krông Búk cần đẩy nhanh tiến độ thi công các công trình trên Tỉnh lộ 9 và Quốc lộ 26.

Phòng Tài chính - Kế hoạch huyện
15/10/2024
"""

Q9 = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q9i = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
D30 = P("đến 30/9/2024", None, "2024-09-30")
S = "tỷ lệ chi so với dự toán giao đầu năm"

FIGS = [
    F("đạt 198,6 tỷ đồng", "198,6", 198.6e9, "money", "đồng", "tổng chi ngân sách huyện",
      P("quý III/2024", "2024-07-01", "2024-09-30"), change=C("increase", 9.3, "%", "quý II/2024")),
    F("ước đạt 612,45 tỷ đồng", "612,45", 612.45e9, "money", "đồng", "tổng chi ngân sách huyện", Q9,
      percent=71.2, status="estimate"),
    F("phát triển 104,3 tỷ đồng", "104,3", 104.3e9, "money", "đồng", "chi đầu tư phát triển", Q9,
      total=612.45e9, status="estimate"),
    F("chi thường xuyên 498,7 tỷ đồng", "498,7", 498.7e9, "money", "đồng", "chi thường xuyên", Q9,
      total=612.45e9, status="estimate"),
    F("quốc gia 9,45 tỷ đồng", "9,45", 9.45e9, "money", "đồng", "chi các chương trình mục tiêu quốc gia", Q9,
      total=612.45e9, status="estimate"),
    F("đào tạo 286,9 tỷ đồng", "286,9", 286.9e9, "money", "đồng", "chi sự nghiệp giáo dục - đào tạo", Q9i,
      percent=57.5),
    F("Đào tạo (81,3%)", "81,3", 81.3, "percent", "%", S, Q9i),
    F("Y tế huyện (77,6%)", "77,6", 77.6, "percent", "%", S, Q9i),
    F("xây dựng huyện (74,9%)", "74,9", 74.9, "percent", "%", S, Q9i),
    F("là 132,5 tỷ đồng", "132,5", 132.5e9, "money", "đồng", "kế hoạch vốn đầu tư công",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("giải ngân 84,8 tỷ đồng", "84,8", 84.8e9, "money", "đồng", "vốn đầu tư công giải ngân", D30, percent=64),
    F("tiết kiệm 10% chi thường xuyên", "10", 10, "percent", "%", "tiết kiệm chi thường xuyên", optional=True),
    F("nguồn 3,74 tỷ đồng", "3,74", 3.74e9, "money", "đồng", "nguồn tạo từ tiết kiệm chi thường xuyên cho cải cách tiền lương"),
    F("trả 6,82 tỷ đồng", "6,82", 6.82e9, "money", "đồng", "nợ vay Ngân hàng Phát triển đã trả",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-15"), percent=100),
    F("còn 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "dư nợ",
      P("tính đến 30/9/2024", None, "2024-09-30"), change=C("decrease", 6.82e9, "đồng", "đầu năm")),
    F("giải ngân 100% kế hoạch", "100", 100, "percent", "%", "giải ngân kế hoạch vốn đầu tư công được giao",
      P("quý IV", "2024-10-01", "2024-12-31"), status="target"),
    F("từ 5 đến 7% dự toán", "5", 5, "percent", "%", "thu ngân sách trên địa bàn vượt dự toán",
      P("quý IV", "2024-10-01", "2024-12-31"), value_max=7, status="target"),
]

COMMENTS = [
    "District portal (huyện Krông Pắc, Đắk Lắk): district budget spending Q3 and 9 months 2024, disbursement, debt repayment, Q4 targets.",
    "The bare date '15/10/2024' under the issuing office at the end is the article's date. District figures: location Krông Pắc.",
    "'tăng 9,3% so với quý II/2024' is the Q3 total's change. 'ước đạt' governs 612,45 tỷ and its 'gồm:' parts (total 612,45 tỷ;",
    "104,3 + 498,7 + 9,45 = 612,45). 'chiếm 57,5% chi thường xuyên' gives the share only (no part-of cue, no total).",
    "Spending units (Phòng GD&ĐT, Trung tâm Y tế …) are not places: default location. The plan 132,5 tỷ is status target.",
    "'từ đầu năm đến nay' ends at the date 15/10/2024. 'đạt 100% kế hoạch' is the share of 6,82 tỷ.",
    "'giảm 6,82 tỷ đồng so với đầu năm' is an absolute change of 14,6 tỷ (unit đồng, as h28's 'giảm 7,5 triệu thuê bao').",
    "Q4 targets: 'quý IV' takes 2024; 'vượt từ 5 đến 7% dự toán' is a range percent target (value 5, value_max 7).",
    "'tiết kiệm 10% chi thường xuyên' (policy rate) optional; 3,74 tỷ has no period in its paragraph (9-month report, left unannotated).",
    "Distractors: commune names (Ea Kly, Ea Phê, Krông Búk), 'Tỉnh lộ 9', 'Quốc lộ 26', 'quý II/2024' as a baseline.",
]

emit("p424-5", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Krông Pắc")

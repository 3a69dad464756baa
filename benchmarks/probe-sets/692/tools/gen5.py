"""p692-5: Party newspaper (Báo Hà Tĩnh) - students from Hà Tĩnh going abroad and coming back, 2023."""
from lib import write, fig, per, inh, ch

TEXT = """Hà Tĩnh: Du học sinh về quê làm việc tăng gấp 1,5 lần

(Baohatinh.vn) - Năm 2023, toàn tỉnh có 1.864 người xuất cảnh đi du học, tăng 23,7% so với năm 2022; số du học sinh hoàn thành chương trình và trở về quê hương làm việc là 412 người (năm 2022 là 275 người).

Theo Sở Lao động - Thương binh và Xã hội, các thị trường du học chủ yếu của con em Hà Tĩnh là Nhật Bản, Hàn Quốc, Úc và Đức. Trong đó, số người sang Hàn Quốc học tiếng theo thị thực D4-1 tăng mạnh, chiếm gần 46% tổng số.

Bốn địa phương có trên 150 du học sinh gồm: Can Lộc (286 người), Thạch Hà (241 người), Đức Thọ (197 người), thị xã Kỳ Anh (152 người). Bình quân toàn tỉnh có 13,6 du học sinh/vạn dân, cao gấp 2,1 lần mức bình quân cả nước.

Chi phí cho một du học sinh đi Nhật Bản, Hàn Quốc dao động từ 150 đến 250 triệu đồng, nhiều gia đình phải vay vốn. Năm 2023, Ngân hàng Chính sách xã hội tỉnh giải ngân hơn 42 tỷ đồng cho 398 hộ vay đi du học.

Để thu hút du học sinh về quê lập nghiệp, năm 2023 tỉnh hỗ trợ 25 dự án khởi nghiệp của du học sinh với tổng số tiền 3,2 tỷ đồng. Mục tiêu đến năm 2025, có ít nhất 30% du học sinh sau khi tốt nghiệp trở về làm việc tại tỉnh.

Ông Nguyễn Văn Hòa, Phó Giám đốc Sở LĐ-TB&XH cho biết: "Từ tháng 1/2024, Sở duy trì đường dây nóng 0239.3855.246 để người dân phản ánh các trung tâm tư vấn du học không phép, lừa đảo".

Thiên Vỹ
16/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "du học sinh về quê làm việc"),
    fig("có 1.864 người", "1.864", 1864, "count", "người", "người xuất cảnh đi du học", Y23,
        change=ch("increase", 23.7, "%", "năm 2022")),
    fig("là 412 người", "412", 412, "count", "người", "du học sinh hoàn thành chương trình và trở về quê hương làm việc", Y23),
    fig("là 275 người", "275", 275, "count", "người", "du học sinh hoàn thành chương trình và trở về quê hương làm việc",
        per("năm 2022", "2022-01-01", "2022-12-31")),
    fig("gần 46%", "46", 46, "percent", "%", "người sang Hàn Quốc học tiếng theo thị thực D4-1", inh(Y23), approx="nearly"),
    fig("Bốn địa phương", "Bốn", 4, "count", "địa phương", "địa phương có trên 150 du học sinh", inh(Y23)),
    fig("trên 150 du học sinh", "150", 150, "count", "du học sinh", "du học sinh", approx="over", optional=True),
    fig("Can Lộc (286 người)", "286", 286, "count", "người", "du học sinh", inh(Y23), location="Can Lộc"),
    fig("Thạch Hà (241 người)", "241", 241, "count", "người", "du học sinh", inh(Y23), location="Thạch Hà"),
    fig("Đức Thọ (197 người)", "197", 197, "count", "người", "du học sinh", inh(Y23), location="Đức Thọ"),
    fig("Kỳ Anh (152 người)", "152", 152, "count", "người", "du học sinh", inh(Y23), location="Kỳ Anh"),
    fig("13,6 du học sinh/vạn dân", "13,6", 13.6, "measure", "du học sinh/vạn dân", "du học sinh bình quân toàn tỉnh", inh(Y23),
        change=ch("increase", 2.1, "lần", "mức bình quân cả nước")),
    fig("từ 150 đến 250 triệu đồng", "150", 150e6, "money", "đồng", "chi phí cho một du học sinh đi Nhật Bản, Hàn Quốc",
        value_max=250e6),
    fig("hơn 42 tỷ đồng", "42", 42e9, "money", "đồng", "vốn Ngân hàng Chính sách xã hội tỉnh giải ngân cho vay đi du học", Y23,
        approx="over"),
    fig("cho 398 hộ", "398", 398, "count", "hộ", "hộ vay đi du học", Y23),
    fig("hỗ trợ 25 dự án", "25", 25, "count", "dự án", "dự án khởi nghiệp của du học sinh được hỗ trợ", Y23b),
    fig("tổng số tiền 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "tổng số tiền hỗ trợ dự án khởi nghiệp của du học sinh", Y23b),
    fig("ít nhất 30%", "30", 30, "percent", "%", "du học sinh sau khi tốt nghiệp trở về làm việc tại tỉnh", TO25,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Hà Tĩnh (Party newspaper): du học sinh Hà Tĩnh năm 2023. Byline and bare date '16/01/2024' at the end give `published`.",
    "Headline 'tăng gấp 1,5 lần' stands alone as the claim: a multiple (no period in the headline).",
    "'(năm 2022 là 275 người)' is a bracketed figure with its own verb and period (năm 2022), not an attribute of 412.",
    "'chiếm gần 46% tổng số' has no count of its own: a percent figure. Districts in the list go to location; 'Bốn địa phương' is a",
    "count (number word); the threshold 'trên 150 du học sinh' is optional; the list items (người) are not parts of 'Bốn địa phương'.",
    "'13,6 du học sinh/vạn dân, cao gấp 2,1 lần mức bình quân cả nước': rate unit keeps the denominator; the comparison is its change (lần).",
    "Distractors: 'thị thực D4-1', hotline 0239.3855.246, 'Từ tháng 1/2024', '(Baohatinh.vn)'.",
]

if __name__ == "__main__":
    write("p692-5", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Hà Tĩnh")

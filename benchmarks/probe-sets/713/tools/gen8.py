"""p713-8: Người Lao Động online (city paper), TP HCM overtime violations 8 months 2024, 'lần lượt', quận 12."""
from lib import fig, per, inh, chg, write

TEXT = """Người Lao Động > Công đoàn > Chính sách
08-09-2024 - 19:45

TP HCM: 183 doanh nghiệp vi phạm về làm thêm giờ

(NLĐO) - 8 tháng năm 2024, Thanh tra Sở LĐ-TB&XH TP HCM đã thanh tra, kiểm tra 642 doanh nghiệp, phát hiện 183 doanh nghiệp vi phạm quy định về làm thêm giờ, chiếm 28,5%.

Trong quý II/2024, số doanh nghiệp vi phạm tại TP Thủ Đức, quận 12 và huyện Củ Chi lần lượt là 34, 29 và 21 doanh nghiệp. Số doanh nghiệp vi phạm trong các khu chế xuất, khu công nghiệp gấp 2 lần so với bên ngoài.

Tổng số tiền phạt 8 tháng ước khoảng 7,35 tỷ đồng, tăng 21,6% so với cùng kỳ năm 2023; trong đó phạt vi phạm về thời giờ làm việc, thời giờ nghỉ ngơi khoảng 2,1 tỷ đồng. Các doanh nghiệp đã trả bổ sung gần 5,9 tỷ đồng tiền lương làm thêm giờ cho hơn 11.000 lượt người lao động.

Cũng theo Sở, tần suất tai nạn lao động trên địa bàn là 1,12 người/100.000 lao động; số vụ tai nạn lao động giảm từ 8 đến 10% so với cùng kỳ. Hiện Thanh tra Sở có 42 thanh tra viên, bình quân mỗi thanh tra viên phụ trách hơn 6.500 doanh nghiệp.

Ông Phạm Quốc Bảo, Chánh Thanh tra Sở, cho biết 4 tháng cuối năm, Sở dự kiến thanh tra thêm khoảng 360 doanh nghiệp, phấn đấu cả năm 2024 thanh tra, kiểm tra trên 1.000 doanh nghiệp. Người lao động có thể phản ánh qua đường dây nóng 028.3829.1302 hoặc Tổng đài 1022.

HOÀNG DŨNG
"""

P8 = per("8 tháng năm 2024", "2024-01-01", "2024-08-31")
Q2 = per("quý II/2024", "2024-04-01", "2024-06-30")
SUBJ_Q2 = "doanh nghiệp vi phạm"

F = [
    fig("TP HCM: 183 doanh nghiệp", "183", 183, "count", "doanh nghiệp",
        "doanh nghiệp vi phạm về làm thêm giờ", inh(P8)),
    fig("kiểm tra 642 doanh nghiệp", "642", 642, "count", "doanh nghiệp",
        "doanh nghiệp được thanh tra, kiểm tra", P8),
    fig("phát hiện 183 doanh nghiệp", "183", 183, "count", "doanh nghiệp",
        "doanh nghiệp vi phạm quy định về làm thêm giờ", P8, percent=28.5),
    fig("lần lượt là 34", "34", 34, "count", "doanh nghiệp", SUBJ_Q2, Q2, location="Thủ Đức"),
    fig("34, 29", "29", 29, "count", "doanh nghiệp", SUBJ_Q2, Q2, location="Quận 12"),
    fig("và 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", SUBJ_Q2, Q2, location="Củ Chi"),
    fig("gấp 2 lần", "2", 2, "multiple", "lần",
        "số doanh nghiệp vi phạm trong các khu chế xuất, khu công nghiệp so với bên ngoài"),
    fig("ước khoảng 7,35 tỷ đồng", "7,35", 7.35e9, "money", "đồng",
        "tổng số tiền phạt", per("8 tháng", "2024-01-01", "2024-08-31"), approx="about", status="estimate",
        change=chg("increase", 21.6, "%", "cùng kỳ năm 2023")),
    fig("khoảng 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng",
        "tiền phạt vi phạm về thời giờ làm việc, thời giờ nghỉ ngơi", per("8 tháng", "2024-01-01", "2024-08-31"), approx="about", status="estimate",
        total=7.35e9),
    fig("gần 5,9 tỷ đồng", "5,9", 5.9e9, "money", "đồng",
        "tiền lương làm thêm giờ doanh nghiệp đã trả bổ sung", inh(P8), approx="nearly"),
    fig("hơn 11.000 lượt", "11.000", 11000, "count", "lượt người lao động",
        "lượt người lao động được trả bổ sung tiền lương làm thêm giờ", inh(P8), approx="over"),
    fig("là 1,12 người/100.000 lao động", "1,12", 1.12, "measure", "người/100.000 lao động",
        "tần suất tai nạn lao động"),
    fig("từ 8 đến 10%", "8", 8, "percent", "%",
        "số vụ tai nạn lao động giảm so với cùng kỳ", value_max=10),
    fig("có 42 thanh tra viên", "42", 42, "count", "thanh tra viên",
        "thanh tra viên của Thanh tra Sở"),
    fig("hơn 6.500 doanh nghiệp", "6.500", 6500, "measure", "doanh nghiệp/thanh tra viên",
        "doanh nghiệp bình quân mỗi thanh tra viên phụ trách", approx="over"),
    fig("khoảng 360 doanh nghiệp", "360", 360, "count", "doanh nghiệp",
        "doanh nghiệp được thanh tra", per("4 tháng cuối năm", "2024-09-01", "2024-12-31"),
        approx="about", status="forecast"),
    fig("trên 1.000 doanh nghiệp", "1.000", 1000, "count", "doanh nghiệp",
        "doanh nghiệp được thanh tra, kiểm tra", per("cả năm 2024", "2024-01-01", "2024-12-31"),
        approx="over", status="target"),
]

write("p713-8", TEXT, [
    "Người Lao Động online (city daily), breadcrumb and '08-09-2024 - 19:45' dateline, '(NLĐO) -' tag: TP HCM overtime violations.",
    "'chiếm 28,5%' is the share of 183 DN (no total: no a/b or 'trong số' cue). 'lần lượt là 34, 29 và 21' -> three counts,",
    "locations Thủ Đức / Quận 12 / Củ Chi; 'quận 12' is a place name, not a figure. 'gấp 2 lần so với bên ngoài' stands alone -> multiple.",
    "'ước khoảng 7,35 tỷ' -> estimate + about; 'giảm từ 8 đến 10% so với cùng kỳ' is a rate that is the claim (percent, no change).",
    "'1,12 người/100.000 lao động' -> measure with the denominator in the unit. '4 tháng cuối năm' -> Sep-Dec 2024, forecast;",
    "'trong đó ... khoảng 2,1 tỷ đồng' is a part of 7,35 tỷ (total) and keeps the 'ước' estimate status of its sentence.",
    "'bình quân mỗi thanh tra viên phụ trách hơn 6.500 doanh nghiệp' is a rate: measure, unit 'doanh nghiệp/thanh tra viên'.",
    "'phấn đấu cả năm 2024 ... trên 1.000' -> target. Distractors: hotline 028.3829.1302, 'Tổng đài 1022', 'quận 12', '4 tháng'.",
], F, published="2024-09-08", location="TP. Hồ Chí Minh")

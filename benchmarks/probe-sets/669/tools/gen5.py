"""p669-5: Báo Bắc Giang (Party newspaper), bidding inspections in 9 months 2024."""
from lib import write, fig, per, inh, chg, tgt

TEXT = """BÁO BẮC GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG
Thời sự > Kinh tế

Thanh tra đấu thầu: Phát hiện sai phạm tại 138 gói thầu

(BGĐT) - 9 tháng năm 2024, Thanh tra tỉnh và các sở, ngành đã tiến hành 27 cuộc thanh tra, kiểm tra chuyên ngành về đấu thầu tại 64 chủ đầu tư, kiểm tra 412 gói thầu với tổng giá trị hơn 2.150 tỷ đồng. Qua đó phát hiện 138 gói thầu có sai phạm, chiếm 33,5% số gói thầu được kiểm tra, giảm so với cùng kỳ năm 2023 (41,2%).

Các sai phạm chủ yếu gồm: hồ sơ mời thầu đưa ra tiêu chí hạn chế sự tham gia của nhà thầu (47 gói); đánh giá hồ sơ dự thầu không đúng quy định (39 gói); chia nhỏ gói thầu để áp dụng chỉ định thầu (28 gói); chậm đăng tải thông tin lên Hệ thống mạng đấu thầu quốc gia (24 gói).

Đáng chú ý, tại các gói thầu được kiểm tra, số nhà thầu tham dự bình quân chỉ 1,8 nhà thầu/gói thầu; 96 gói thầu chỉ có một nhà thầu tham dự, tập trung ở lĩnh vực xây lắp.

Qua thanh tra, cơ quan chức năng đã kiến nghị thu hồi nộp ngân sách nhà nước 12,64 tỷ đồng, giảm trừ giá trị thanh toán 5,3 tỷ đồng, phạt vi phạm hành chính 850 triệu đồng; kiến nghị kiểm điểm, rút kinh nghiệm 19 tập thể, 43 cá nhân. Thanh tra tỉnh đã chuyển cơ quan Cảnh sát điều tra 2 vụ việc có dấu hiệu thông thầu tại huyện Lục Nam và huyện Sơn Động theo Kết luận thanh tra số 215/KL-TTr.

Ông Nguyễn Văn Hùng, Phó Chánh Thanh tra tỉnh cho biết, quý IV/2024, Thanh tra tỉnh dự kiến tiến hành thêm 5 cuộc thanh tra, tập trung vào các gói thầu mua sắm thiết bị y tế, giáo dục có giá trị trên 10 tỷ đồng.

Hồng Nhung
15/10/2024
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    fig("sai phạm tại 138 gói thầu", "138", 138, "count", "gói thầu", "gói thầu phát hiện sai phạm", inh(M9)),
    fig("tiến hành 27 cuộc", "27", 27, "count", "cuộc", "cuộc thanh tra, kiểm tra chuyên ngành về đấu thầu", M9),
    fig("tại 64 chủ đầu tư", "64", 64, "count", "chủ đầu tư", "chủ đầu tư được thanh tra, kiểm tra", M9),
    fig("kiểm tra 412 gói thầu", "412", 412, "count", "gói thầu", "gói thầu được kiểm tra", M9),
    fig("hơn 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "tổng giá trị gói thầu được kiểm tra", M9,
        approx="over"),
    fig("phát hiện 138 gói thầu", "138", 138, "count", "gói thầu", "gói thầu có sai phạm", inh(M9),
        percent=33.5),
    fig("(41,2%)", "41,2", 41.2, "percent", "%", "tỷ lệ gói thầu có sai phạm cùng kỳ năm 2023",
        per("cùng kỳ năm 2023", "2023-01-01", "2023-09-30", inherited=True)),
    fig("(47 gói)", "47", 47, "count", "gói",
        "gói thầu có hồ sơ mời thầu đưa ra tiêu chí hạn chế sự tham gia của nhà thầu", inh(M9), total=138),
    fig("(39 gói)", "39", 39, "count", "gói", "gói thầu đánh giá hồ sơ dự thầu không đúng quy định", inh(M9),
        total=138),
    fig("(28 gói)", "28", 28, "count", "gói", "gói thầu chia nhỏ để áp dụng chỉ định thầu", inh(M9), total=138),
    fig("(24 gói)", "24", 24, "count", "gói", "gói thầu chậm đăng tải thông tin lên Hệ thống mạng đấu thầu quốc gia",
        inh(M9), total=138),
    fig("chỉ 1,8 nhà thầu/gói thầu", "1,8", 1.8, "measure", "nhà thầu/gói thầu",
        "số nhà thầu tham dự bình quân tại các gói thầu được kiểm tra", inh(M9)),
    fig("96 gói thầu", "96", 96, "count", "gói thầu", "gói thầu chỉ có một nhà thầu tham dự", inh(M9)),
    fig("chỉ có một nhà thầu", "một", 1, "count", "nhà thầu", optional=True),
    fig("nhà nước 12,64 tỷ đồng", "12,64", 12.64e9, "money", "đồng", "kiến nghị thu hồi nộp ngân sách nhà nước",
        inh(M9)),
    fig("thanh toán 5,3 tỷ đồng", "5,3", 5.3e9, "money", "đồng", "giảm trừ giá trị thanh toán", inh(M9)),
    fig("hành chính 850 triệu đồng", "850", 850e6, "money", "đồng", "phạt vi phạm hành chính", inh(M9)),
    fig("kinh nghiệm 19 tập thể", "19", 19, "count", "tập thể", "tập thể bị kiến nghị kiểm điểm, rút kinh nghiệm",
        inh(M9)),
    fig("43 cá nhân", "43", 43, "count", "cá nhân", "cá nhân bị kiến nghị kiểm điểm, rút kinh nghiệm", inh(M9)),
    fig("điều tra 2 vụ việc", "2", 2, "count", "vụ việc", "vụ việc có dấu hiệu thông thầu chuyển cơ quan điều tra",
        inh(M9)),
    fig("thêm 5 cuộc thanh tra", "5", 5, "count", "cuộc thanh tra", "cuộc thanh tra",
        per("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
    fig("trên 10 tỷ đồng", "10", 10e9, "money", "đồng", "giá trị gói thầu mua sắm thiết bị y tế, giáo dục",
        approx="over", optional=True),
]

COMMENTS = [
    "Báo Bắc Giang (Party newspaper): thanh tra, kiểm tra công tác đấu thầu 9 tháng năm 2024; byline and bare date at the end.",
    "Distractors: (BGĐT) tag, Kết luận thanh tra số 215/KL-TTr, quý IV/2024, huyện names, byline date.",
    "'chiếm 33,5% số gói thầu được kiểm tra' is the percent of 138; no total (no part-of cue with the 412).",
    "'giảm so với cùng kỳ năm 2023 (41,2%)': the bracket is the earlier level, not a change amount: a percent figure of its own",
    "(a percent after a percent); its period 'cùng kỳ năm 2023' is left unscored (inherited).",
    "Breakdown after 'Các sai phạm chủ yếu gồm:' adds up to 138: total 138 (the whole before the cue, across the sentence break).",
    "'chỉ có một nhà thầu' qualifier and 'trên 10 tỷ đồng' threshold: optional. 2 vụ việc in two districts: location stays Bắc Giang.",
]

if __name__ == "__main__":
    write("p669-5", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Bắc Giang")

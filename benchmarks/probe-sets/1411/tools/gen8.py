"""p1411-8: radio/TV site (Đài PT-TH Gia Lai): diphtheria outbreak in huyện Krông Pa, 2025; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH - TRUYỀN HÌNH GIA LAI
Thời sự | Kinh tế | Xã hội | Sức khỏe | Video

Krông Pa: Xuất hiện ổ dịch bạch hầu, 1 trẻ tử vong

04/03/2025 - 17:45 | Biên tập: Hồng Nhung

(GTV) - Ngày 3/3, Trung tâm Y tế huyện Krông Pa cho biết, từ ngày 24/2 đến nay, trên địa bàn xã Ia Rsai đã ghi nhận 3 ca mắc bạch hầu, trong đó một bé gái tử vong. Các trường hợp mắc bệnh đều chưa được tiêm vắc xin phòng bạch hầu.

Ngay sau khi có kết quả xét nghiệm dương tính, huyện đã thành lập 4 đội phản ứng nhanh, khoanh vùng 2 làng Ơi Jek và Bôn Ma Rai; điều tra 236 hộ với 1.108 nhân khẩu, cấp thuốc kháng sinh dự phòng cho 347 người tiếp xúc gần.

Theo ông Rơ Châm Hiếu, Giám đốc Trung tâm Y tế huyện, tỷ lệ tiêm chủng đầy đủ cho trẻ em của Krông Pa năm 2024 chỉ đạt 62,8%, trong khi tỷ lệ tiêm nhắc vắc xin Td cho học sinh lớp 2 chưa đến 50%. Huyện dự kiến trong tháng 3/2025 sẽ tiêm vắc xin Td cho khoảng 6.500 người dân tại xã Ia Rsai và các xã lân cận. Tổng kinh phí phòng, chống dịch ước tính hơn 1,2 tỷ đồng.

Năm 2024, toàn tỉnh Gia Lai ghi nhận 11 ca mắc bạch hầu, tập trung ở các huyện Krông Pa, Ia Pa và Chư Pưh. Sở Y tế yêu cầu các địa phương rà soát, phấn đấu trong quý I/2025 tiêm bù cho ít nhất 95% trẻ em chưa được tiêm đủ mũi.

Xem thêm:
- Bản tin Thời sự tối 04/03/2025
- Gia Lai: Ra quân Tháng Thanh niên năm 2025
"""

OUT = per("từ ngày 24/2 đến nay", "2025-02-24", "2025-03-04")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
MAR = per("trong tháng 3/2025", "2025-03-01", "2025-03-31")
Q1 = per("trong quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    fig("1 trẻ tử vong", "1", 1, "count", "trẻ", subject="trẻ tử vong do bạch hầu"),
    fig("ghi nhận 3 ca", "3", 3, "count", "ca", subject="ca mắc bạch hầu", period=OUT),
    fig("một bé gái", "một", 1, "count", "bé gái", total=3, subject="bé gái tử vong", period=OUT),
    fig("thành lập 4 đội", "4", 4, "count", "đội", subject="đội phản ứng nhanh"),
    fig("khoanh vùng 2 làng", "2", 2, "count", "làng", subject="làng được khoanh vùng"),
    fig("điều tra 236 hộ", "236", 236, "count", "hộ", subject="hộ được điều tra"),
    fig("với 1.108 nhân khẩu", "1.108", 1108, "count", "nhân khẩu", subject="nhân khẩu được điều tra"),
    fig("cho 347 người", "347", 347, "count", "người",
        subject="người tiếp xúc gần được cấp thuốc kháng sinh dự phòng"),
    fig("đạt 62,8%", "62,8", 62.8, "percent", "%", subject="tỷ lệ tiêm chủng đầy đủ cho trẻ em", period=Y24),
    fig("chưa đến 50%", "50", 50, "percent", "%", approx="under",
        subject="tỷ lệ tiêm nhắc vắc xin Td cho học sinh lớp 2", period=Y24),
    fig("khoảng 6.500 người", "6.500", 6500, "count", "người", approx="about", status="forecast",
        subject="người dân được tiêm vắc xin Td", period=MAR),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", status="estimate",
        subject="tổng kinh phí phòng, chống dịch"),
    fig("ghi nhận 11 ca", "11", 11, "count", "ca", subject="ca mắc bạch hầu", period=Y24b, location="Gia Lai"),
    fig("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="trẻ em chưa được tiêm đủ mũi được tiêm bù", period=Q1, location="Gia Lai"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Gia Lai): menu, '04/03/2025 - 17:45 | Biên tập: Hồng Nhung', tag '(GTV) -', 'Xem thêm' links.",
    "Distractors: 17:45, '(GTV)', 'Ngày 3/3', 'lớp 2', dates in link titles, 'Tháng Thanh niên năm 2025'.",
    "Default location Krông Pa (the outbreak and the district's figures); the province paragraph → Gia Lai.",
    "'từ ngày 24/2 đến nay' → 2025-02-24 .. dateline 2025-03-04 (year from the dateline).",
    "'3 ca ..., trong đó một bé gái tử vong' → 1, total 3 (the girl is one of the cases). Headline '1 trẻ tử vong' is its own figure.",
    "Response figures (đội, làng, hộ, nhân khẩu, người) have no period phrase: none.",
    "'năm 2024' governs both clauses joined by 'trong khi'. 'dự kiến' → forecast; 'ước tính hơn 1,2 tỷ' → estimate, over.",
    "'phấn đấu trong quý I/2025 tiêm bù cho ít nhất 95% trẻ em ...' → target, at_least.",
]

if __name__ == "__main__":
    write("p1411-8", TEXT, NOTES, FIGS, published="2025-03-04", location="Krông Pa")

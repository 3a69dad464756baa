"""p1156-2: district portal (huyện Cái Bè, Tiền Giang): hair-cutting and make-up classes for rural workers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI BÈ
Trang chủ | Tin tức - Sự kiện | Lao động - Việc làm
Thứ Năm, 12/06/2025 - 09:15

Khai giảng hai lớp nghề cắt tóc, trang điểm cho lao động nông thôn

Sáng ngày 11/6, Phòng Lao động - Thương binh và Xã hội huyện phối hợp Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện khai giảng hai lớp nghề cắt tóc nam, nữ và trang điểm, chăm sóc da tại xã Hậu Thành với 62 học viên. Trong đó, 24 học viên thuộc hộ nghèo, hộ cận nghèo và 9 học viên là người khuyết tật.

Mỗi lớp học trong 3 tháng (khoảng 300 giờ), thời gian thực hành chiếm 80%. Học viên được miễn học phí, hỗ trợ tiền ăn 50.000 đồng/người/ngày thực học và tiền đi lại 200.000 đồng/người/khóa. Tổng kinh phí mở hai lớp hơn 187 triệu đồng từ nguồn ngân sách Trung ương.

Năm 2024, huyện mở 46 lớp đào tạo nghề cho 1.380 lao động nông thôn, trong đó nhóm nghề cắt tóc, làm đẹp có 9 lớp với 268 học viên. Sau khóa học, khoảng 65% học viên nghề tóc, trang điểm tự mở tiệm tại nhà hoặc làm thợ tại các salon, thu nhập từ 4 đến 7 triệu đồng/người/tháng.

Chị Nguyễn Thị Bé Tư, ấp Hậu Phú 3, học lớp uốn, duỗi tóc năm 2022, nay có tiệm riêng với hai thợ phụ, mỗi ngày phục vụ 15-20 lượt khách.

Năm 2025, huyện dự kiến đào tạo nghề cho 1.450 lao động nông thôn; phấn đấu tỷ lệ có việc làm sau học nghề đạt trên 85%.

Văn Khoa (Phòng Văn hóa và Thông tin huyện)
"""

DAY = per("Sáng ngày 11/6", "2025-06-11", "2025-06-11")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Khai giảng hai lớp", "hai", 2, "count", "lớp",
        subject="lớp nghề cắt tóc, trang điểm cho lao động nông thôn khai giảng"),
    fig("khai giảng hai lớp", "hai", 2, "count", "lớp",
        subject="lớp nghề cắt tóc nam, nữ và trang điểm, chăm sóc da khai giảng", period=DAY),
    fig("với 62 học viên", "62", 62, "count", "học viên",
        subject="học viên lớp nghề cắt tóc nam, nữ và trang điểm, chăm sóc da", period=DAY),
    fig("24 học viên", "24", 24, "count", "học viên", total=62,
        subject="học viên thuộc hộ nghèo, hộ cận nghèo", period=inh(DAY)),
    fig("và 9 học viên", "9", 9, "count", "học viên", total=62,
        subject="học viên là người khuyết tật", period=inh(DAY)),
    fig("trong 3 tháng", "3", 3, "measure", "tháng", subject="thời gian học mỗi lớp"),
    fig("khoảng 300 giờ", "300", 300, "measure", "giờ", approx="about", subject="thời gian học mỗi lớp"),
    fig("chiếm 80%", "80", 80, "percent", "%", subject="thời gian thực hành"),
    fig("50.000 đồng", "50.000", 50000, "money", "đồng/người/ngày", subject="hỗ trợ tiền ăn học viên"),
    fig("200.000 đồng", "200.000", 200000, "money", "đồng/người/khóa", subject="hỗ trợ tiền đi lại học viên"),
    fig("mở hai lớp", "hai", 2, "count", "lớp", optional=True, subject="lớp nghề khai giảng"),
    fig("hơn 187 triệu", "187", 187000000, "money", "đồng", approx="over",
        subject="tổng kinh phí mở hai lớp"),
    fig("mở 46 lớp", "46", 46, "count", "lớp", subject="lớp đào tạo nghề cho lao động nông thôn", period=Y24),
    fig("cho 1.380 lao động", "1.380", 1380, "count", "lao động",
        subject="lao động nông thôn được đào tạo nghề", period=Y24),
    fig("có 9 lớp", "9", 9, "count", "lớp", total=46, subject="lớp nhóm nghề cắt tóc, làm đẹp", period=Y24),
    fig("với 268 học viên", "268", 268, "count", "học viên", total=1380,
        subject="học viên nhóm nghề cắt tóc, làm đẹp", period=Y24),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="học viên nghề tóc, trang điểm tự mở tiệm tại nhà hoặc làm thợ tại các salon", period=inh(Y24)),
    fig("từ 4 đến 7 triệu", "4", 4000000, "money", "đồng/người/tháng", value_max=7000000,
        subject="thu nhập học viên nghề tóc, trang điểm", period=inh(Y24)),
    fig("với hai thợ phụ", "hai", 2, "count", "thợ phụ", subject="thợ phụ tại tiệm của chị Nguyễn Thị Bé Tư"),
    fig("15-20 lượt khách", "15", 15, "count", "lượt khách", value_max=20,
        subject="lượt khách tiệm phục vụ mỗi ngày"),
    fig("cho 1.450 lao động", "1.450", 1450, "count", "lao động", status="forecast",
        subject="lao động nông thôn được đào tạo nghề", period=Y25),
    fig("trên 85%", "85", 85, "percent", "%", approx="over", status="target",
        subject="tỷ lệ có việc làm sau học nghề", period=Y25),
]

NOTES = [
    "District portal (huyện Cái Bè, Tiền Giang), 'Thứ Năm, 12/06/2025 - 09:15' (published); byline at the end.",
    "Distractors: 'ấp Hậu Phú 3' (name), 'năm 2022' (the year she took the course; no figure), 09:15, 'Sáng ngày 11/6' (date).",
    "Number words: 'hai lớp' (headline, body; 'Tổng kinh phí mở hai lớp' refers back: optional), 'hai thợ phụ'.",
    "Parts after sentence-initial 'Trong đó' take the whole 62; '9 lớp' → 46 and '268 học viên' → 1.380 (each its own noun).",
    "Course length '3 tháng' / '300 giờ' are measures of the course, not periods. The portrait of chị Bé Tư gets no period ('nay').",
    "'dự kiến' → forecast; after ';' 'phấn đấu' starts its own cue → target. Location: the district (Cái Bè) throughout.",
]

if __name__ == "__main__":
    write("p1156-2", TEXT, NOTES, FIGS, published="2025-06-12", location="Cái Bè")

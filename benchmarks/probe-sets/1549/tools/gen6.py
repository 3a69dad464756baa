"""p1549-6: national newspaper: toothpaste market size, brushing habits, oral-health figures (Việt Nam, TP HCM survey)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe > Dinh dưỡng - Làm đẹp

Thứ năm, 12/12/2024, 10:20 (GMT+7)

Người Việt chi khoảng 10.000 tỷ đồng mỗi năm cho kem đánh răng

Thị trường kem đánh răng tăng trưởng đều, nhưng tỷ lệ người mắc bệnh răng miệng vẫn ở mức cao, còn thói quen thay bàn chải ít được chú ý.

Theo báo cáo của Công ty nghiên cứu thị trường Asia Insight, năm 2024 quy mô thị trường kem đánh răng Việt Nam ước khoảng 9.800 tỷ đồng, tăng 5,6% so với năm trước; thị trường bàn chải đánh răng khoảng 3.100 tỷ đồng. Hai thương hiệu nước ngoài dẫn đầu nắm gần 70% thị phần kem đánh răng, các thương hiệu nội chỉ chiếm khoảng 12%.

Bình quân mỗi người Việt dùng 2,3 tuýp kem đánh răng mỗi năm, thấp hơn Thái Lan (3,8 tuýp) và Malaysia (4,1 tuýp). Một khảo sát với 2.012 người tiêu dùng tại TP Hồ Chí Minh cho thấy chỉ 28% thay bàn chải sau mỗi 3 tháng như khuyến cáo. Giá một tuýp 180 g phổ biến từ 30.000-45.000 đồng.

Theo Bộ Y tế, hơn 90% người trưởng thành mắc bệnh răng miệng; tỷ lệ sâu răng ở trẻ 12 tuổi là 56,6%. Chưa đến 25% người dân đi khám răng định kỳ mỗi năm.

"Nhiều người dùng bàn chải đến khi lông xơ, tòe mới thay, trong khi lông cũ là nơi vi khuẩn tích tụ", bác sĩ Trần Minh Đức, Bệnh viện Răng Hàm Mặt Trung ương, nói.

Thu Hà
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    fig("khoảng 10.000 tỷ", "10.000", 10000e9, "money", "đồng/năm", approx="about",
        subject="chi tiêu của người Việt cho kem đánh răng"),
    fig("khoảng 9.800 tỷ", "9.800", 9800e9, "money", "đồng", approx="about", status="estimate",
        change=chg("increase", 5.6, "%", "năm trước"), subject="quy mô thị trường kem đánh răng Việt Nam", period=Y24),
    fig("khoảng 3.100 tỷ", "3.100", 3100e9, "money", "đồng", approx="about", status="estimate",
        subject="quy mô thị trường bàn chải đánh răng", period=Y24),
    fig("Hai thương hiệu", "Hai", 2, "count", "thương hiệu", subject="thương hiệu nước ngoài dẫn đầu", optional=True),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="thị phần kem đánh răng của hai thương hiệu nước ngoài dẫn đầu", period=inh(Y24)),
    fig("khoảng 12%", "12", 12, "percent", "%", approx="about", subject="thị phần của các thương hiệu nội",
        period=inh(Y24)),
    fig("dùng 2,3 tuýp", "2,3", 2.3, "measure", "tuýp/người/năm",
        subject="lượng kem đánh răng bình quân mỗi người Việt dùng"),
    fig("(3,8 tuýp)", "3,8", 3.8, "measure", "tuýp/người/năm",
        subject="lượng kem đánh răng bình quân mỗi người dùng", location="Thái Lan"),
    fig("(4,1 tuýp)", "4,1", 4.1, "measure", "tuýp/người/năm",
        subject="lượng kem đánh răng bình quân mỗi người dùng", location="Malaysia"),
    fig("với 2.012 người", "2.012", 2012, "count", "người tiêu dùng", subject="người tiêu dùng được khảo sát",
        location=HCM),
    fig("chỉ 28%", "28", 28, "percent", "%", subject="người tiêu dùng thay bàn chải sau mỗi 3 tháng như khuyến cáo",
        location=HCM),
    fig("mỗi 3 tháng", "3", 3, "measure", "tháng", subject="thời gian thay bàn chải khuyến cáo", optional=True),
    fig("tuýp 180 g", "180", 180, "measure", "g", subject="khối lượng một tuýp kem đánh răng", optional=True),
    fig("từ 30.000-45.000", "30.000", 30000, "money", "đồng/tuýp", value_max=45000,
        subject="giá một tuýp kem đánh răng 180 g phổ biến"),
    fig("hơn 90%", "90", 90, "percent", "%", approx="over", subject="người trưởng thành mắc bệnh răng miệng"),
    fig("trẻ 12 tuổi", "12", 12, "measure", "tuổi", subject="độ tuổi trẻ được khảo sát sâu răng", optional=True),
    fig("là 56,6%", "56,6", 56.6, "percent", "%", subject="tỷ lệ sâu răng ở trẻ 12 tuổi"),
    fig("Chưa đến 25%", "25", 25, "percent", "%", approx="under",
        subject="người dân đi khám răng định kỳ mỗi năm"),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ năm, 12/12/2024, 10:20 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 10:20, (GMT+7), 'Asia Insight', the quote (no number), 'Bệnh viện Răng Hàm Mặt Trung ương'.",
    "Default location Việt Nam. The survey of 2.012 consumers and its 28% are in TP Hồ Chí Minh.",
    "'Thái Lan (3,8 tuýp)', 'Malaysia (4,1 tuýp)' after 'thấp hơn': the bracketed levels are figures of their own (not the gap to",
    "them), located in those countries, as 'Việt Nam' stands for national figures (borderline: the spec names only Vietnamese places).",
    "Headline 'chi khoảng 10.000 tỷ đồng mỗi năm' → money rate đồng/năm, no cue, no period.",
    "'ước khoảng 9.800 tỷ' → about + estimate; the clause after ';' ('thị trường bàn chải ... khoảng 3.100 tỷ') continues it: estimate.",
    "Market shares stand in a sentence without period: 2024 inherited. 'Hai thương hiệu' (names the group) is optional.",
    "Optional: interval 'mỗi 3 tháng' (a recommended interval), tube size '180 g', age 'trẻ 12 tuổi' (descriptors in a subject).",
    "'từ 30.000-45.000 đồng' (mixed range form) → value 30000, value_max 45000, unit đồng/tuýp.",
]

if __name__ == "__main__":
    write("p1549-6", TEXT, NOTES, FIGS, published="2024-12-12", location="Việt Nam")

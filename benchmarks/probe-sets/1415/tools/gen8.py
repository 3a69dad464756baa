"""p1415-8: news agency (TTXVN/Vietnam+): national hemophilia figures on World Hemophilia Day 2024, rank in ASEAN, a Hà Nội centre."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ | Xã hội › Y tế

Gần 70% người bệnh hemophilia thể nặng đã được điều trị dự phòng

17/04/2024 16:05 GMT+7

Hà Nội, 17/4 (TTXVN/Vietnam+) - Theo Trung tâm Hemophilia Quốc gia, tính đến hết quý I/2024, cả nước có 3.340 người bệnh hemophilia được đăng ký quản lý, tăng 214 người so với cùng kỳ năm trước; ước tính còn khoảng 60% người bệnh chưa được chẩn đoán.

Thông tin được đưa ra tại lễ mít tinh hưởng ứng Ngày Hemophilia thế giới diễn ra sáng nay. Hiện 68,5% người bệnh thể nặng đã được điều trị dự phòng, cao hơn 12,3 điểm phần trăm so với năm 2022. Về tỷ lệ điều trị dự phòng, Việt Nam xếp thứ 3 trong khu vực ASEAN, sau Malaysia và Thái Lan.

Năm 2023, lượng yếu tố đông máu sử dụng bình quân đạt 0,62 IU/người dân, bằng 62% mức khuyến cáo tối thiểu của Liên đoàn Hemophilia Thế giới (WFH). Cũng trong năm 2023, quỹ BHYT chi trả khoảng 385 tỷ đồng tiền thuốc cho người bệnh hemophilia; chi phí bình quân của một người bệnh thể nặng điều trị dự phòng từ 400 đến 600 triệu đồng mỗi năm.

Riêng tại Hà Nội, Trung tâm đang quản lý 612 người bệnh, trong đó 254 người đến từ các tỉnh lân cận. Trong quý I, trung tâm thực hiện gần 1,2 nghìn lượt truyền yếu tố đông máu và 36 ca phẫu thuật chỉnh hình cho người bệnh.

Mục tiêu đến năm 2030, 90% người bệnh thể nặng được điều trị dự phòng và 100% tỉnh, thành phố có cơ sở điều trị hemophilia.

(TTXVN/Vietnam+)
"""

ASOF = per("tính đến hết quý I/2024", None, "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Trong quý I", "2023-01-01", "2023-03-31")  # revised: spec rule, nearest earlier period is "Cũng trong năm 2023"
T30 = per("đến năm 2030", None, "2030-12-31")
HN = "Hà Nội"

FIGS = [
    fig("Gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="người bệnh hemophilia thể nặng đã được điều trị dự phòng"),
    fig("có 3.340 người", "3.340", 3340, "count", "người bệnh",
        change=chg("increase", 214, "người", "cùng kỳ năm trước"),
        subject="người bệnh hemophilia được đăng ký quản lý", period=ASOF),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", status="estimate",
        subject="người bệnh chưa được chẩn đoán", period=ASOF),
    fig("Hiện 68,5%", "68,5", 68.5, "percent", "%",
        change=chg("increase", 12.3, "điểm phần trăm", "năm 2022"),
        subject="người bệnh thể nặng đã được điều trị dự phòng"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="tỷ lệ điều trị dự phòng trong khu vực ASEAN"),
    fig("đạt 0,62 IU", "0,62", 0.62, "measure", "IU/người dân", percent=62,
        subject="lượng yếu tố đông máu sử dụng bình quân", period=Y23),
    fig("khoảng 385 tỷ", "385", 385e9, "money", "đồng", approx="about",
        subject="quỹ BHYT chi trả tiền thuốc cho người bệnh hemophilia", period=Y23b),
    fig("từ 400 đến 600", "400", 400e6, "money", "đồng/năm", value_max=600e6,
        subject="chi phí bình quân của một người bệnh thể nặng điều trị dự phòng", period=Y23b),
    fig("quản lý 612 người", "612", 612, "count", "người bệnh", subject="người bệnh Trung tâm đang quản lý",
        location=HN),
    fig("trong đó 254 người", "254", 254, "count", "người", total=612,
        subject="người bệnh đến từ các tỉnh lân cận", location=HN),
    fig("gần 1,2 nghìn", "1,2", 1200, "count", "lượt", approx="nearly",
        subject="lượt truyền yếu tố đông máu", period=Q1, location=HN),
    fig("và 36 ca", "36", 36, "count", "ca", subject="ca phẫu thuật chỉnh hình cho người bệnh",
        period=Q1, location=HN),
    fig("2030, 90%", "90", 90, "percent", "%", status="target",
        subject="người bệnh thể nặng được điều trị dự phòng", period=T30),
    fig("và 100%", "100", 100, "percent", "%", status="target",
        subject="tỉnh, thành phố có cơ sở điều trị hemophilia", period=T30),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): section line, '17/04/2024 16:05 GMT+7', dateline 'Hà Nội, 17/4 (TTXVN/Vietnam+) -', agency tag at the end.",
    "Distractors: 16:05, 'Hà Nội, 17/4', 'quý I/2024' (as-of date), 'năm 2022' (baseline), 'sáng nay', WFH, ASEAN.",
    "National figures: Việt Nam (the dateline city does not make them Hà Nội's). 'Riêng tại Hà Nội, Trung tâm …' → Hà Nội.",
    "Headline 'Gần 70%' is its own percent figure (nearly), no period. 68,5% is a share, not a growth rate: 'cao hơn 12,3",
    "điểm phần trăm so với năm 2022' is its change (unit 'điểm phần trăm'). 'Hiện' gives no period.",
    "'ước tính còn khoảng 60%' stands in the sentence of 'tính đến hết quý I/2024': the as-of period applies; estimate.",
    "'0,62 IU/người dân, bằng 62% mức khuyến cáo' → percent attribute 62.",
    "revised after the first run: 'Trong quý I' (no year) 2024 → 2023. FIGURES.md: a phrase without a year takes the year of the",
    "nearest earlier period or date anywhere in the article, here 'Cũng trong năm 2023' (the sense is Q1 2024; the rule governs).",
    "'gần 1,2 nghìn lượt' = 1 200 (multiplier nghìn), nearly. 'Mục tiêu đến năm 2030' → target for both percents.",
]

if __name__ == "__main__":
    write("p1415-8", TEXT, NOTES, FIGS, published="2024-04-17", location="Việt Nam")

"""p1430-5: national newspaper: children with CP wait for therapy; national figures, BHYT, costs in Hà Nội and TP HCM."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe › Tin tức

Thứ tư, 2/10/2024, 10:20 (GMT+7)

Trẻ bại não chờ tập phục hồi chức năng vì thiếu kỹ thuật viên

Cả nước có khoảng 150.000 trẻ bại não, nhưng mỗi kỹ thuật viên ngôn ngữ trị liệu phải phụ trách hơn 300 trẻ, nhiều gia đình chờ cả tháng mới được xếp lịch tập.

Theo Cục Quản lý Khám, chữa bệnh (Bộ Y tế), tỷ lệ bại não ở Việt Nam khoảng 2-3 trẻ/1.000 trẻ sinh sống; mỗi năm có thêm khoảng 4.000 trẻ mắc mới. Cả nước có hơn 1.100 cơ sở có khoa hoặc phòng phục hồi chức năng, nhưng chỉ khoảng 20% đủ năng lực làm ngôn ngữ trị liệu. Số kỹ thuật viên ngôn ngữ trị liệu được đào tạo bài bản mới khoảng 250 người.

Tại TP Hồ Chí Minh, thời gian chờ xếp lịch tập ở một số bệnh viện nhi lên tới 2-3 tháng. Ở Hà Nội, các trung tâm tư nhân thu từ 250.000 đến 400.000 đồng mỗi giờ trị liệu 1 kèm 1; nếu tập 5 buổi/tuần, gia đình tốn 5-8 triệu đồng mỗi tháng.

Theo quy định, trẻ dưới 6 tuổi được cấp thẻ BHYT miễn phí, được quỹ chi trả 100% chi phí trong phạm vi quyền lợi. Tuy nhiên, nhiều kỹ thuật như tập với robot, ngôn ngữ trị liệu chuyên sâu chưa có trong danh mục.

Bà Lê Thu Hà, Phó Cục trưởng, cho biết năm 2023 quỹ BHYT đã chi khoảng 1.250 tỷ đồng cho dịch vụ phục hồi chức năng, tăng 15% so với năm 2022, trong đó chi cho trẻ em chiếm gần 30%. Bộ Y tế dự kiến bổ sung 12 kỹ thuật phục hồi chức năng nhi khoa vào danh mục BHYT chi trả trong năm 2025 và phấn đấu đến năm 2030 đào tạo thêm 1.000 kỹ thuật viên ngôn ngữ trị liệu.

Thùy An
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("trong năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
HCM, HN = "TP Hồ Chí Minh", "Hà Nội"

FIGS = [
    fig("khoảng 150.000 trẻ", "150.000", 150000, "count", "trẻ", approx="about", subject="trẻ bại não"),
    fig("hơn 300 trẻ", "300", 300, "measure", "trẻ/kỹ thuật viên", approx="over",
        subject="trẻ mỗi kỹ thuật viên ngôn ngữ trị liệu phải phụ trách"),
    fig("khoảng 2-3 trẻ", "2", 2, "measure", "trẻ/1.000 trẻ sinh sống", value_max=3, approx="about",
        subject="tỷ lệ bại não ở Việt Nam"),
    fig("khoảng 4.000 trẻ", "4.000", 4000, "measure", "trẻ/năm", approx="about",
        subject="trẻ mắc bại não mới mỗi năm"),
    fig("hơn 1.100 cơ sở", "1.100", 1100, "count", "cơ sở", approx="over",
        subject="cơ sở có khoa hoặc phòng phục hồi chức năng"),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about",
        subject="tỷ lệ cơ sở đủ năng lực làm ngôn ngữ trị liệu"),
    fig("khoảng 250 người", "250", 250, "count", "người", approx="about",
        subject="số kỹ thuật viên ngôn ngữ trị liệu được đào tạo bài bản"),
    fig("tới 2-3 tháng", "2", 2, "measure", "tháng", value_max=3,
        subject="thời gian chờ xếp lịch tập ở một số bệnh viện nhi", location=HCM),
    fig("từ 250.000 đến 400.000", "250.000", 250000, "money", "đồng/giờ", value_max=400000,
        subject="giá mỗi giờ trị liệu 1 kèm 1 tại các trung tâm tư nhân", location=HN),
    fig("tập 5 buổi/tuần", "5", 5, "measure", "buổi/tuần", subject="số buổi tập mỗi tuần", location=HN),
    fig("tốn 5-8 triệu", "5", 5e6, "money", "đồng/tháng", value_max=8e6,
        subject="chi phí gia đình tốn mỗi tháng", location=HN),
    fig("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", subject="tuổi trẻ được cấp thẻ BHYT miễn phí",
        optional=True),
    fig("chi trả 100%", "100", 100, "percent", "%",
        subject="tỷ lệ chi phí trong phạm vi quyền lợi quỹ chi trả cho trẻ dưới 6 tuổi"),
    fig("khoảng 1.250 tỷ", "1.250", 1250e9, "money", "đồng", approx="about",
        change=chg("increase", 15, "%", "năm 2022"),
        subject="quỹ BHYT chi cho dịch vụ phục hồi chức năng", period=Y23),
    fig("gần 30%", "30", 30, "percent", "%", approx="nearly",
        subject="tỷ lệ chi cho trẻ em trong chi phục hồi chức năng của quỹ BHYT", period=Y23),
    fig("bổ sung 12 kỹ thuật", "12", 12, "count", "kỹ thuật", status="forecast",
        subject="kỹ thuật phục hồi chức năng nhi khoa bổ sung vào danh mục BHYT chi trả", period=Y25),
    fig("thêm 1.000 kỹ thuật viên", "1.000", 1000, "count", "kỹ thuật viên", status="target",
        subject="kỹ thuật viên ngôn ngữ trị liệu đào tạo thêm", period=T30),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ tư, 2/10/2024, 10:20 (GMT+7)' (published), sapo, byline at the end. National figures: location Việt Nam.",
    "Distractors: 10:20, (GMT+7), '1 kèm 1' (one-to-one, a label), 'năm 2022' as baseline.",
    "Rates: 'hơn 300 trẻ' per technician, 'khoảng 2-3 trẻ/1.000 trẻ sinh sống', 'mỗi năm ... khoảng 4.000 trẻ' (trẻ/năm), 'đồng mỗi giờ', 'buổi/tuần', 'mỗi tháng'.",
    "Places: the waiting time is TP Hồ Chí Minh's; private-centre prices and the family cost are Hà Nội's (the 'nếu' clause continues the Hà Nội sentence).",
    "'trong đó chi cho trẻ em chiếm gần 30%' has no base amount of its own: a percent figure (nearly).",
    "'dự kiến ... trong năm 2025' (forecast) and 'phấn đấu đến năm 2030' (target) are two clauses joined by 'và', each with its own cue.",
]

if __name__ == "__main__":
    write("p1430-5", TEXT, NOTES, FIGS, published="2024-10-02", location="Việt Nam")

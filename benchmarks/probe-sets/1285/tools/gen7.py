"""p1285-7: news agency (TTXVN): market-surveillance seizures of moon cakes nationwide, Aug-Sep 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Kinh tế | Thị trường

Thu giữ hơn 52 nghìn chiếc bánh trung thu không rõ nguồn gốc

16/09/2024 10:35

Hà Nội (TTXVN) - Theo Tổng cục Quản lý thị trường (Bộ Công Thương), từ ngày 1/8 đến ngày 15/9/2024, lực lượng quản lý thị trường cả nước đã kiểm tra 2.146 vụ liên quan đến bánh trung thu và nguyên liệu làm bánh, phát hiện 1.523 vụ vi phạm, chiếm 71% số vụ kiểm tra; thu nộp ngân sách nhà nước gần 4,6 tỷ đồng, tăng 18,5% so với cùng kỳ năm 2023.

Lực lượng chức năng đã tạm giữ hơn 52.000 chiếc bánh trung thu và 12,4 tấn nguyên liệu, nhân bánh không rõ nguồn gốc, trị giá ước tính khoảng 1,9 tỷ đồng. Các địa phương thu giữ nhiều nhất lần lượt là Hà Nội (14.300 chiếc), TP Hồ Chí Minh (9.850 chiếc) và Lạng Sơn (6.200 chiếc).

Đáng chú ý, ngày 28/8, Đội Quản lý thị trường số 12 (Cục Quản lý thị trường TP Hà Nội) kiểm tra một kho hàng tại số 115 phố Nguyễn Lương Bằng, quận Đống Đa, phát hiện 3.600 chiếc bánh nhập lậu từ Trung Quốc, trị giá khoảng 180 triệu đồng.

Tổng cục Quản lý thị trường cho biết, số vụ vi phạm về bánh trung thu năm nay giảm khoảng 7% so với năm 2023 nhưng các hành vi ngày càng tinh vi, nhiều đối tượng bán hàng qua mạng xã hội. Khoảng 35% số vụ vi phạm được phát hiện qua thương mại điện tử.

Thời gian tới, lực lượng quản lý thị trường tiếp tục kiểm tra đến hết tháng 9; dự kiến thành lập thêm 5 tổ công tác chuyên trách giám sát bán hàng trực tuyến.

Quốc Huy (TTXVN)
"""

CAMP = per("từ ngày 1/8 đến ngày 15/9/2024", "2024-08-01", "2024-09-15")
D28 = per("ngày 28/8", "2024-08-28", "2024-08-28")
NAY = per("năm nay", "2024-01-01", "2024-12-31")
LIST = "bánh trung thu các địa phương thu giữ"
DD = "Đống Đa"

FIGS = [
    fig("hơn 52 nghìn", "52", 52000, "count", "chiếc", approx="over",
        subject="bánh trung thu không rõ nguồn gốc thu giữ"),
    fig("kiểm tra 2.146 vụ", "2.146", 2146, "count", "vụ",
        subject="vụ liên quan đến bánh trung thu và nguyên liệu làm bánh được kiểm tra", period=CAMP),
    fig("phát hiện 1.523 vụ", "1.523", 1523, "count", "vụ", percent=71, subject="vụ vi phạm", period=CAMP),
    fig("gần 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", approx="nearly",
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"), subject="thu nộp ngân sách nhà nước", period=CAMP),
    fig("hơn 52.000 chiếc", "52.000", 52000, "count", "chiếc", approx="over",
        subject="bánh trung thu tạm giữ", period=inh(CAMP)),
    fig("và 12,4 tấn", "12,4", 12.4, "measure", "tấn",
        subject="nguyên liệu, nhân bánh không rõ nguồn gốc tạm giữ", period=inh(CAMP)),
    fig("khoảng 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="about", status="estimate",
        subject="trị giá hàng tạm giữ", period=inh(CAMP)),
    fig("Nội (14.300 chiếc)", "14.300", 14300, "count", "chiếc", subject=LIST, period=inh(CAMP),
        location="Hà Nội"),
    fig("Minh (9.850 chiếc)", "9.850", 9850, "count", "chiếc", subject=LIST, period=inh(CAMP),
        location="TP Hồ Chí Minh"),
    fig("Sơn (6.200 chiếc)", "6.200", 6200, "count", "chiếc", subject=LIST, period=inh(CAMP),
        location="Lạng Sơn"),
    fig("một kho hàng", "một", 1, "count", "kho hàng", subject="kho hàng được kiểm tra", optional=True,
        location=DD),
    fig("phát hiện 3.600 chiếc", "3.600", 3600, "count", "chiếc", subject="bánh nhập lậu từ Trung Quốc",
        period=D28, location=DD),
    fig("khoảng 180 triệu", "180", 180e6, "money", "đồng", approx="about",
        subject="trị giá bánh nhập lậu", period=D28, location=DD),
    fig("giảm khoảng 7%", "7", 7, "percent", "%", approx="about",
        subject="số vụ vi phạm về bánh trung thu", period=NAY),
    fig("Khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="số vụ vi phạm được phát hiện qua thương mại điện tử"),
    fig("thêm 5 tổ", "5", 5, "count", "tổ công tác", status="forecast",
        subject="tổ công tác chuyên trách giám sát bán hàng trực tuyến"),
]

NOTES = [
    "News agency (TTXVN): section line, '16/09/2024 10:35' under the headline (published 2024-09-16), lead",
    "'Hà Nội (TTXVN) -', byline at the end. National figures: location Việt Nam by default.",
    "Distractors: 10:35, 'Đội Quản lý thị trường số 12', 'số 115 phố Nguyễn Lương Bằng', 'ngày 28/8' (a date),",
    "'đến hết tháng 9', 'năm 2023' as baselines.",
    "Headline 'hơn 52 nghìn chiếc' = 52000 (multiplier word), over; no period in the headline.",
    "'1.523 vụ vi phạm, chiếm 71% số vụ kiểm tra' → percent attribute (no 'trên tổng số' cue, no total).",
    "'gần 4,6 tỷ đồng, tăng 18,5% so với cùng kỳ năm 2023' → nearly + change.",
    "'trị giá ước tính khoảng 1,9 tỷ' → estimate + about.",
    "'lần lượt là Hà Nội (14.300 chiếc), TP Hồ Chí Minh (...) và Lạng Sơn (...)' → list of one indicator, places → location.",
    "The Đống Đa warehouse: location Đống Đa; 'ngày 28/8' is the date of the seizure (period of one day, 2024).",
    "'kiểm tra một kho hàng' reads as 'a warehouse' (indefinite): optional.",
    "Trung Quốc is the origin of the goods, not a place of the figure.",
    "'số vụ vi phạm ... năm nay giảm khoảng 7% so với năm 2023' → growth rate as the claim (percent, no change).",
    "'dự kiến thành lập thêm 5 tổ công tác' → forecast.",
]

if __name__ == "__main__":
    write("p1285-7", TEXT, NOTES, FIGS, published="2024-09-16", location="Việt Nam")

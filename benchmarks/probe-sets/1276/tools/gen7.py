"""p1276-7: news agency (TTXVN): TP Hồ Chí Minh, Tháng hành động vì người cao tuổi 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Tin tức | Xã hội

TP Hồ Chí Minh dự kiến chúc thọ hơn 1.500 cụ bách niên trong tháng 10

TP Hồ Chí Minh, 28/9/2024 (TTXVN) - Từ ngày 1/10 đến 31/10, TP Hồ Chí Minh triển khai Tháng hành động vì người cao tuổi Việt Nam năm 2024 với chủ đề "Chung tay vì người cao tuổi".

Theo Sở Lao động - Thương binh và Xã hội thành phố, trong tháng 10, các quận, huyện và thành phố Thủ Đức dự kiến thăm, chúc thọ 1.526 cụ từ 100 tuổi trở lên, tổng kinh phí khoảng 1,53 tỷ đồng, tăng 12% so với năm 2023. Mỗi cụ được tặng quà trị giá 1 triệu đồng.

9 tháng đầu năm 2024, các cấp Hội Người cao tuổi thành phố đã vận động được hơn 38,7 tỷ đồng cho Quỹ Chăm sóc và phát huy vai trò người cao tuổi, đạt 86% kế hoạch năm; hỗ trợ xây mới, sửa chữa 214 căn nhà cho người cao tuổi khó khăn. Riêng quý III, quỹ tiếp nhận 11,2 tỷ đồng.

Thành phố hiện có hơn 1,1 triệu người cao tuổi, chiếm 11,9% dân số. Quận Gò Vấp và quận Bình Thạnh có số cụ từ 90 tuổi trở lên đông nhất, lần lượt là 4.312 cụ và 3.986 cụ.

Bà Nguyễn Thị Kim Loan, Phó Giám đốc Sở cho biết, thành phố đặt mục tiêu đến năm 2030 có ít nhất 90% người cao tuổi được khám sức khỏe định kỳ, 100% người cao tuổi có thẻ bảo hiểm y tế. Mỗi đợt khám lưu động tại phường, xã dự kiến phục vụ từ 150 đến 200 cụ.

Thanh Vũ (TTXVN)

Tin cùng chuyên mục:
- Hà Nội chăm lo Tết cho người cao tuổi khó khăn
- Phường 7, quận 3 ra mắt câu lạc bộ dưỡng sinh
"""

OCT = per("trong tháng 10", "2024-10-01", "2024-10-31")
OCT_H = per("trong tháng 10", "2024-10-01", "2024-10-31")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("hơn 1.500 cụ", "1.500", 1500, "count", "cụ", approx="over", status="forecast",
        subject="cụ bách niên được chúc thọ", period=OCT_H),
    fig("chúc thọ 1.526 cụ", "1.526", 1526, "count", "cụ", status="forecast",
        subject="cụ từ 100 tuổi trở lên được thăm, chúc thọ", period=OCT),
    fig("cụ từ 100 tuổi", "100", 100, "measure", "tuổi", optional=True),
    fig("khoảng 1,53 tỷ", "1,53", 1.53e9, "money", "đồng", approx="about", status="forecast",
        change=chg("increase", 12, "%", "năm 2023"), subject="tổng kinh phí thăm, chúc thọ", period=OCT),
    fig("trị giá 1 triệu", "1", 1e6, "money", "đồng", subject="quà tặng mỗi cụ"),
    fig("hơn 38,7 tỷ", "38,7", 38.7e9, "money", "đồng", approx="over", percent=86,
        subject="tiền vận động cho Quỹ Chăm sóc và phát huy vai trò người cao tuổi", period=N9),
    fig("chữa 214 căn", "214", 214, "count", "căn nhà",
        subject="căn nhà xây mới, sửa chữa cho người cao tuổi khó khăn", period=N9),
    fig("nhận 11,2 tỷ", "11,2", 11.2e9, "money", "đồng",
        subject="tiền quỹ tiếp nhận", period=Q3),
    fig("hơn 1,1 triệu", "1,1", 1.1e6, "count", "người cao tuổi", approx="over", percent=11.9,
        subject="người cao tuổi của thành phố"),
    fig("cụ từ 90 tuổi", "90", 90, "measure", "tuổi", optional=True),
    fig("là 4.312 cụ", "4.312", 4312, "count", "cụ", subject="cụ từ 90 tuổi trở lên", location="Gò Vấp"),
    fig("và 3.986 cụ", "3.986", 3986, "count", "cụ", subject="cụ từ 90 tuổi trở lên", location="Bình Thạnh"),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ người cao tuổi được khám sức khỏe định kỳ", period=T30),
    fig("100% người cao tuổi có", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ người cao tuổi có thẻ bảo hiểm y tế", period=T30),
    fig("từ 150 đến 200", "150", 150, "count", "cụ", value_max=200, status="forecast",
        subject="cụ được phục vụ mỗi đợt khám lưu động"),
]

NOTES = [
    "News agency (TTXVN): section line, headline, dateline 'TP Hồ Chí Minh, 28/9/2024 (TTXVN) -', byline '(TTXVN)', related links.",
    "Distractors: 'Từ ngày 1/10 đến 31/10', 'năm 2024' in the event name, 'Phường 7, quận 3' in a link, baseline 'năm 2023'.",
    "'trong tháng 10' (year-less) → October 2024 (dateline year); the headline also says 'trong tháng 10'. 'dự kiến' governs its clause and",
    "the continuing 'tổng kinh phí ...' clause (forecast). 'Mỗi cụ được tặng quà trị giá 1 triệu đồng' is a separate rule sentence: actual.",
    "'đạt 86% kế hoạch năm' → percent attribute. 'Riêng quý III' → Q3 2024 ('riêng' is no part-of cue: no total).",
    "'lần lượt là 4.312 cụ và 3.986 cụ': items of a list, locations Gò Vấp and Bình Thạnh. 'mục tiêu đến năm 2030' governs both",
    "percents (target, start null). 'dự kiến phục vụ từ 150 đến 200 cụ' per round: a count of people (forecast range), no period.",
]

if __name__ == "__main__":
    write("p1276-7", TEXT, NOTES, FIGS, published="2024-09-28", location="TP Hồ Chí Minh")

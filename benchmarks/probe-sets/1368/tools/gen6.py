"""p1368-6: national newspaper: children's dental visits at a TP HCM hospital, school dental rooms of the city."""
from lib import F, period, inherit, change, target, write

TEXT = """Sức khỏe › Các bệnh

Thứ hai, 18/3/2024, 06:00 (GMT+7)

Trẻ đi khám răng tăng mạnh, nhiều em mất răng vĩnh viễn sớm

Bệnh viện Răng Hàm Mặt TP HCM mỗi ngày tiếp nhận 350-400 trẻ em, cao điểm hè có ngày gần 600 ca, phần lớn do sâu răng không được điều trị kịp thời.

Bác sĩ Lê Thị Minh Thư, Trưởng khoa Răng trẻ em, cho biết năm 2023 khoa khám và điều trị cho hơn 98.000 lượt trẻ, tăng khoảng 15% so với năm 2022. Trong đó, khoảng 40% số ca là trẻ dưới 6 tuổi bị sâu nhiều răng sữa cùng lúc. Riêng từ đầu năm nay, khoa đã tiếp nhận gần 21.000 lượt trẻ. Chi phí trám một răng sữa từ 150.000 đến 300.000 đồng, điều trị tủy răng vĩnh viễn khoảng 1,5 triệu đồng/răng.

Khảo sát của bệnh viện tại 5 trường tiểu học ở quận 8 và huyện Bình Chánh trong tháng 12/2023 cho thấy 68,4% học sinh có ít nhất một răng sâu, chỉ 23% em chải răng trước khi ngủ.

Theo Sở Y tế TP HCM, thành phố có 312 phòng nha học đường tại 486 trường tiểu học công lập. Năm học 2022-2023, các phòng nha khám cho gần 420.000 học sinh, xếp thứ nhất cả nước về số học sinh được khám. Tuy nhiên, mỗi phòng nha phải phục vụ bình quân 1.350 học sinh, gấp đôi định mức.

"Phụ huynh nên đưa trẻ đi khám răng từ khi mọc chiếc răng đầu tiên và định kỳ 6 tháng một lần", bác sĩ Thư khuyến cáo.

Thu Hà
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
YTD = period("từ đầu năm nay", "2024-01-01", "2024-03-18")
D23 = period("tháng 12/2023", "2023-12-01", "2023-12-31")
SY22 = period("Năm học 2022-2023", "2022-09-01", "2023-05-31")

FIGS = [
    F("350-400 trẻ", "350", 350, "measure", "trẻ em/ngày", value_max=400,
      subject="trẻ em Bệnh viện Răng Hàm Mặt TP HCM tiếp nhận mỗi ngày"),
    F("gần 600 ca", "600", 600, "count", "ca", approx="nearly", subject="ca tiếp nhận ngày cao điểm hè"),
    F("hơn 98.000 lượt", "98.000", 98000, "count", "lượt", approx="over",
      change=change("increase", 15, "%", "năm 2022", approx="about"),
      subject="lượt trẻ khoa Răng trẻ em khám và điều trị", per=Y23),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="số ca là trẻ dưới 6 tuổi bị sâu nhiều răng sữa cùng lúc", per=inherit(Y23)),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    F("gần 21.000 lượt", "21.000", 21000, "count", "lượt", approx="nearly",
      subject="lượt trẻ khoa tiếp nhận", per=YTD),
    F("từ 150.000 đến 300.000", "150.000", 150000, "money", "đồng/răng", value_max=300000,
      subject="chi phí trám một răng sữa"),
    F("khoảng 1,5 triệu", "1,5", 1.5e6, "money", "đồng/răng", approx="about",
      subject="chi phí điều trị tủy răng vĩnh viễn"),
    F("tại 5 trường", "5", 5, "count", "trường tiểu học", subject="trường tiểu học được khảo sát",
      per=D23),
    F("68,4%", "68,4", 68.4, "percent", "%", subject="học sinh có ít nhất một răng sâu", per=D23),
    F("ít nhất một răng", "một", 1, "count", "răng sâu", approx="at_least", optional=True),
    F("chỉ 23%", "23", 23, "percent", "%", subject="em chải răng trước khi ngủ", per=D23),
    F("có 312 phòng", "312", 312, "count", "phòng nha học đường", subject="phòng nha học đường"),
    F("tại 486 trường", "486", 486, "count", "trường tiểu học công lập",
      subject="trường tiểu học công lập có phòng nha học đường"),
    F("gần 420.000 học sinh", "420.000", 420000, "count", "học sinh", approx="nearly",
      subject="học sinh các phòng nha khám", per=SY22),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="số học sinh được khám", per=SY22),
    F("bình quân 1.350", "1.350", 1350, "measure", "học sinh/phòng nha",
      change=change("increase", 2, "lần", "định mức"),
      subject="học sinh mỗi phòng nha phải phục vụ bình quân"),
    F("6 tháng một lần", "6", 6, "measure", "tháng", subject="khám răng định kỳ được khuyến cáo",
      optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 18/3/2024, 06:00 (GMT+7)', sapo, quote, byline at the end. Figures about TP HCM.",
    "Distractors: 06:00, (GMT+7), 'quận 8', 'chiếc răng đầu tiên' (ordinal), 'trám một răng sữa' ('một' is the rate's denominator).",
    "'mỗi ngày tiếp nhận 350-400 trẻ em' is a daily rate (measure, trẻ em/ngày); 'có ngày gần 600 ca' is one peak day's count.",
    "'tăng khoảng 15% so với năm 2022' → change with approx about. 'Trong đó, khoảng 40% số ca' is a percent figure of its own.",
    "'Riêng từ đầu năm nay' ends at the dateline 2024-03-18; 'riêng' gives no total.",
    "Prices per tooth: unit đồng/răng ('trám một răng sữa', '1,5 triệu đồng/răng').",
    "'ít nhất một răng sâu' and 'dưới 6 tuổi' define groups (thresholds, optional); '6 tháng một lần' is advice (optional).",
    "'Năm học 2022-2023' dated 1 September 2022 to 31 May 2023 (set convention); 'xếp thứ nhất cả nước' → rank 1 in TP HCM.",
    "'gấp đôi định mức' → change increase 2 lần against the norm (cf. 'gấp ba lần năm 2020' in set 1242).",
]

if __name__ == "__main__":
    write("p1368-6", TEXT, NOTES, FIGS, published="2024-03-18", location="TP Hồ Chí Minh")

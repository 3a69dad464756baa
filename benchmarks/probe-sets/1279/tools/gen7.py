"""p1279-7: news agency (TTXVN / Tin tức): methadone treatment of opioid addiction in Lào Cai."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Xã hội › Y tế

Lào Cai: Hơn 1.100 người nghiện đang điều trị bằng thuốc Methadone

12/03/2024 09:12

Theo Sở Y tế tỉnh Lào Cai, đến hết tháng 2/2024, toàn tỉnh đang điều trị nghiện các chất dạng thuốc phiện bằng thuốc Methadone cho 1.137/1.200 bệnh nhân theo kế hoạch năm, tỷ lệ bệnh nhân duy trì điều trị liên tục đạt 82,5%.

Mạng lưới điều trị gồm 9 cơ sở điều trị và 14 cơ sở cấp phát thuốc tại trạm y tế xã, phủ kín 9/9 huyện, thị xã, thành phố. Từ năm 2016 đến nay, chương trình đã điều trị cho hơn 3.500 lượt bệnh nhân; kinh phí mua thuốc năm 2023 khoảng 3,2 tỷ đồng, trong đó ngân sách địa phương 1,4 tỷ đồng.

Hai tháng đầu năm 2024, các cơ sở tiếp nhận mới 86 bệnh nhân, tăng 15,4% so với cùng kỳ năm 2023. Phần lớn bệnh nhân là nam giới trong độ tuổi lao động, khoảng 60% là người dân tộc thiểu số.

Tại huyện Bát Xát, cơ sở điều trị Methadone hiện điều trị cho 215 bệnh nhân, trong đó có 12 bệnh nhân nữ; mỗi ngày có khoảng 180 bệnh nhân đến uống thuốc. Bệnh nhân đóng phí 5.000 đồng/liều. Cơ sở sử dụng phần mềm quản lý điều trị eHMMT 2.0 để theo dõi liều dùng của từng người.

Bác sĩ Lò Thị Hoa, Trưởng khoa Điều trị nghiện, Trung tâm Kiểm soát bệnh tật tỉnh cho biết, năm 2024 tỉnh phấn đấu mở thêm 2 cơ sở cấp phát thuốc tại huyện Si Ma Cai và Mường Khương, nâng số bệnh nhân điều trị lên khoảng 1.250 người.

Quốc Khánh (TTXVN)
"""

ASOF = per("đến hết tháng 2/2024", None, "2024-02-29")
SINCE = per("Từ năm 2016 đến nay", "2016-01-01", "2024-03-12")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M2 = per("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
BX = "Bát Xát"

FIGS = [
    fig("Hơn 1.100 người", "1.100", 1100, "count", "người", approx="over",
        subject="người nghiện đang điều trị bằng thuốc Methadone"),
    fig("cho 1.137/1.200", "1.137", 1137, "count", "bệnh nhân", target=tgt(1200, "bệnh nhân"),
        subject="bệnh nhân điều trị nghiện các chất dạng thuốc phiện bằng thuốc Methadone", period=ASOF),
    fig("đạt 82,5%", "82,5", 82.5, "percent", "%", subject="tỷ lệ bệnh nhân duy trì điều trị liên tục",
        period=ASOF),
    fig("gồm 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở điều trị"),
    fig("và 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở cấp phát thuốc tại trạm y tế xã"),
    fig("kín 9/9", "9", 9, "count", "huyện, thị xã, thành phố", total=9,
        subject="huyện, thị xã, thành phố có mạng lưới điều trị"),
    fig("hơn 3.500 lượt", "3.500", 3500, "count", "lượt bệnh nhân", approx="over",
        subject="lượt bệnh nhân chương trình đã điều trị", period=SINCE),
    fig("khoảng 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="about", subject="kinh phí mua thuốc", period=Y23),
    fig("phương 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", total=3.2e9,
        subject="kinh phí mua thuốc từ ngân sách địa phương", period=Y23),
    fig("mới 86 bệnh nhân", "86", 86, "count", "bệnh nhân",
        change=chg("increase", 15.4, "%", "cùng kỳ năm 2023"), subject="bệnh nhân các cơ sở tiếp nhận mới",
        period=M2),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", subject="bệnh nhân là người dân tộc thiểu số"),
    fig("cho 215 bệnh nhân", "215", 215, "count", "bệnh nhân",
        subject="bệnh nhân cơ sở điều trị Methadone đang điều trị", location=BX),
    fig("có 12 bệnh nhân", "12", 12, "count", "bệnh nhân", total=215, subject="bệnh nhân nữ", location=BX),
    fig("khoảng 180 bệnh nhân", "180", 180, "measure", "bệnh nhân/ngày", approx="about",
        subject="bệnh nhân đến uống thuốc mỗi ngày", location=BX),
    fig("phí 5.000 đồng", "5.000", 5000, "money", "đồng/liều", subject="phí bệnh nhân đóng", location=BX),
    fig("thêm 2 cơ sở", "2", 2, "count", "cơ sở", status="target", subject="cơ sở cấp phát thuốc mở thêm",
        period=Y24),
    fig("khoảng 1.250 người", "1.250", 1250, "count", "người", approx="about", status="target",
        subject="số bệnh nhân điều trị", period=Y24),
]

NOTES = [
    "News agency (TTXVN, Tin tức): section path, bare '12/03/2024 09:12' under the headline, byline 'Quốc Khánh (TTXVN)'.",
    "Distractors: 09:12, 'Hai tháng đầu năm 2024' (a period with a number word), 'eHMMT 2.0' (a product name),",
    "'tháng 2/2024', 'năm 2016' (period start), 'cùng kỳ năm 2023' (baseline).",
    "'1.137/1.200 bệnh nhân theo kế hoạch năm' → result against plan: target 1.200, not a total. As-of end of February 2024.",
    "'Mạng lưới … gồm 9 cơ sở … và 14 cơ sở': 'gồm' follows no figure, so no total; '9/9 huyện' → total 9.",
    "'Từ năm 2016 đến nay' ends at the dateline. '1,4 tỷ' after 'trong đó' → total 3,2 tỷ (the approx of the whole is not carried).",
    "'khoảng 60% là người dân tộc thiểu số' stands in a sentence without period: none.",
    "The Bát Xát passage: location Bát Xát; 'mỗi ngày … khoảng 180 bệnh nhân' is a daily rate (measure, bệnh nhân/ngày).",
    "'năm 2024 tỉnh phấn đấu mở thêm 2 cơ sở … tại huyện Si Ma Cai và Mường Khương, nâng … lên khoảng 1.250' → target;",
    "the two districts are where the new sites go, the plan is the province's: location Lào Cai.",
]

if __name__ == "__main__":
    write("p1279-7", TEXT, NOTES, FIGS, published="2024-03-12", location="Lào Cai")

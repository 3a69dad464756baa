"""p1415-5: provincial Party newspaper (Báo Cà Mau, tag (CMO)): a family with two hemophilia sons; provincial hospital figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Xã hội | Y tế

Bệnh máu khó đông: Thẻ BHYT là “phao cứu sinh”

16/10/2025 | 07:15

Mỗi lần con chảy máu khớp là một lần cả nhà lo lắng, nhưng nhờ có thẻ bảo hiểm y tế (BHYT), gia đình chị Lê Thị Ngọc Hân không phải bán nhà chữa bệnh cho con.

(CMO) - Ở ấp Cơi Năm, xã Khánh Bình Tây, huyện Trần Văn Thời, hai con trai của chị Hân (38 tuổi) đều mắc hemophilia A thể nặng. Năm 2024, các cháu phải nhập viện tổng cộng 27 lần, mỗi lần điều trị từ 5 đến 7 ngày.

Chị Hân cho biết, mỗi đợt chảy máu khớp, bé Khôi cần truyền 4-6 lọ yếu tố VIII loại 250 IU, giá mỗi lọ gần 1,9 triệu đồng. Tổng chi phí điều trị của các cháu năm 2024 hơn 820 triệu đồng, nhưng nhờ thẻ BHYT hộ cận nghèo, gia đình chỉ đồng chi trả khoảng 41 triệu đồng, tương đương 5%.

Theo Bệnh viện Sản - Nhi Cà Mau, hiện bệnh viện quản lý 54 trẻ mắc hemophilia, trong đó 19 trẻ thể nặng được điều trị dự phòng bằng yếu tố VIII hai lần mỗi tuần. 9 tháng đầu năm 2025, bệnh viện điều trị 612 lượt bệnh nhi hemophilia, bằng 78% kế hoạch năm, tổng chi phí khoảng 9,8 tỷ đồng, quỹ BHYT thanh toán 96,4%.

Bác sĩ CKII Nguyễn Văn Lực, Trưởng khoa Huyết học cho biết, tỉnh đặt mục tiêu đến năm 2027 phát hiện thêm khoảng 40 trẻ mắc bệnh thông qua sàng lọc tại 101 trạm y tế xã.

HOÀNG LAN
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
N9 = per("9 tháng đầu năm 2025", "2025-01-01", "2025-09-30")
T27 = per("đến năm 2027", None, "2027-12-31")
TVT = "Trần Văn Thời"

FIGS = [
    fig("hai con trai", "hai", 2, "count", "con trai",
        subject="con trai của chị Hân mắc hemophilia A thể nặng", location=TVT),
    fig("(38 tuổi)", "38", 38, "measure", "tuổi", subject="tuổi của chị Hân", location=TVT, optional=True),
    fig("tổng cộng 27 lần", "27", 27, "count", "lần", subject="lần các cháu phải nhập viện",
        period=Y24, location=TVT),
    fig("từ 5 đến 7 ngày", "5", 5, "measure", "ngày", value_max=7, subject="thời gian mỗi lần điều trị",
        period=Y24, location=TVT),
    fig("4-6 lọ", "4", 4, "measure", "lọ/đợt", value_max=6,
        subject="lọ yếu tố VIII bé Khôi cần truyền mỗi đợt chảy máu khớp", location=TVT),
    fig("loại 250 IU", "250", 250, "measure", "IU", subject="loại lọ yếu tố VIII", location=TVT, optional=True),
    fig("gần 1,9 triệu", "1,9", 1.9e6, "money", "đồng/lọ", approx="nearly", subject="giá mỗi lọ yếu tố VIII",
        location=TVT),
    fig("hơn 820 triệu", "820", 820e6, "money", "đồng", approx="over",
        subject="tổng chi phí điều trị của các cháu", period=Y24b, location=TVT),
    fig("khoảng 41 triệu", "41", 41e6, "money", "đồng", approx="about", percent=5,
        subject="gia đình đồng chi trả", period=Y24b, location=TVT),
    fig("quản lý 54 trẻ", "54", 54, "count", "trẻ", subject="trẻ mắc hemophilia bệnh viện quản lý"),
    fig("trong đó 19 trẻ", "19", 19, "count", "trẻ", total=54,
        subject="trẻ thể nặng được điều trị dự phòng bằng yếu tố VIII"),
    fig("hai lần mỗi tuần", "hai", 2, "measure", "lần/tuần",
        subject="điều trị dự phòng bằng yếu tố VIII"),
    fig("điều trị 612 lượt", "612", 612, "count", "lượt", percent=78,
        subject="lượt bệnh nhi hemophilia bệnh viện điều trị", period=N9),
    fig("khoảng 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", approx="about", subject="tổng chi phí", period=N9),
    fig("thanh toán 96,4%", "96,4", 96.4, "percent", "%", subject="quỹ BHYT thanh toán", period=N9),
    fig("khoảng 40 trẻ", "40", 40, "count", "trẻ", approx="about", status="target",
        subject="trẻ mắc bệnh phát hiện thêm thông qua sàng lọc", period=T27),
    fig("tại 101 trạm", "101", 101, "count", "trạm y tế xã", status="target",
        subject="trạm y tế xã sàng lọc", period=T27),
]

NOTES = [
    "Provincial Party newspaper (Báo Cà Mau): section menu, '16/10/2025 | 07:15' under the headline, sapo, tag '(CMO) -', byline.",
    "Distractors: 07:15, 'một lần cả nhà lo lắng' (idiom, not a count), 'hemophilia A', 'yếu tố VIII', 'CKII', 'ấp Cơi Năm'.",
    "The family's figures are located in huyện Trần Văn Thời (where the passage places them; the vial price is borderline);",
    "the hospital's figures stay Cà Mau. '(38 tuổi)' (a person's age) and 'loại 250 IU' (vial size) are optional.",
    "'mỗi đợt … 4-6 lọ' → measure 'lọ/đợt'; 'hai lần mỗi tuần' → measure 'lần/tuần'; 'mỗi lần điều trị từ 5 đến 7 ngày' → 'ngày'.",
    "'khoảng 41 triệu đồng, tương đương 5%' → percent attribute 5. '612 lượt …, bằng 78% kế hoạch năm' → percent 78.",
    "'quỹ BHYT thanh toán 96,4%' has no đạt/chiếm/bằng cue: a percent figure of its own.",
    "'mục tiêu đến năm 2027' → target, end 2027-12-31, for both figures of that clause.",
]

if __name__ == "__main__":
    write("p1415-5", TEXT, NOTES, FIGS, published="2025-10-16", location="Cà Mau")

"""p760-4: Bộ Y tế (ministry site), national newborn hearing screening 2023, provinces, cochlear implants, targets."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ › Tin tức - Sự kiện › Sức khỏe bà mẹ - trẻ em
03/03/2024 10:15

Tỷ lệ sàng lọc thính lực sơ sinh toàn quốc đạt 52,7%

(MOH) - Nhân Ngày Thính giác Thế giới 3/3, Vụ Sức khỏe Bà mẹ - Trẻ em cho biết, năm 2023 cả nước có khoảng 1,45 triệu trẻ sinh sống, trong đó gần 764.000 trẻ được sàng lọc thính lực sơ sinh. Tỷ lệ sàng lọc toàn quốc đạt 52,7%, tăng 9,4 điểm phần trăm so với năm 2021.

Theo ước tính, cứ 1.000 trẻ sinh ra có từ 1 đến 3 trẻ bị nghe kém bẩm sinh; như vậy mỗi năm cả nước có khoảng 1.500 đến 4.000 trẻ nghe kém cần được phát hiện và can thiệp sớm.

Hiện 58/63 tỉnh, thành phố đã triển khai sàng lọc thính lực sơ sinh; cả nước có 412 cơ sở y tế được trang bị máy đo âm ốc tai (OAE) và 37 cơ sở có máy đo điện thính giác thân não (AABR).

Một số địa phương có tỷ lệ sàng lọc cao là Hà Nội (96,8%), Hải Phòng (94,1%), Thái Bình (92,4%) và Bình Dương (91,3%); trong khi Điện Biên và Lai Châu chỉ đạt lần lượt 14,2% và 17,9%. Thái Bình xếp thứ 3 toàn quốc và dẫn đầu khu vực đồng bằng sông Hồng.

Về can thiệp, tính đến hết năm 2023 cả nước đã thực hiện hơn 3.600 ca cấy ốc tai điện tử, trong đó khoảng 3.050 ca là trẻ em dưới 6 tuổi. Chi phí một ca cấy ốc tai hiện dao động từ 450 đến 700 triệu đồng, quỹ BHYT chi trả một phần giá bộ điện cực theo Thông tư số 04/2017/TT-BYT.

Theo Quyết định số 1999/QĐ-TTg, mục tiêu đến năm 2025 có 70% và đến năm 2030 có 90% trẻ sơ sinh được sàng lọc ít nhất 5 bệnh bẩm sinh phổ biến nhất, trong đó có nghe kém.

Đường dây nóng Bộ Y tế: 1900 9095.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("tính đến hết năm 2023", None, "2023-12-31")
SUBJ = "tỷ lệ sàng lọc thính lực sơ sinh"

FIGS = [
    fig("sơ sinh toàn quốc đạt 52,7%", "52,7", 52.7, "percent", "%", "tỷ lệ sàng lọc thính lực sơ sinh toàn quốc", inh(Y23)),
    fig("khoảng 1,45 triệu trẻ", "1,45", 1450000, "count", "trẻ", "trẻ sinh sống", Y23, approx="about"),
    fig("gần 764.000 trẻ", "764.000", 764000, "count", "trẻ", "trẻ được sàng lọc thính lực sơ sinh", Y23,
        approx="nearly", total=1450000),
    fig("quốc đạt 52,7%, tăng", "52,7", 52.7, "percent", "%", "tỷ lệ sàng lọc toàn quốc", inh(Y23),
        change=chg("increase", 9.4, unit="điểm phần trăm", baseline="năm 2021")),
    fig("từ 1 đến 3 trẻ", "1", 1, "measure", "trẻ/1.000 trẻ sinh ra", "trẻ bị nghe kém bẩm sinh", value_max=3, status="estimate"),
    fig("khoảng 1.500 đến 4.000 trẻ", "1.500", 1500, "count", "trẻ", "trẻ nghe kém cần được phát hiện và can thiệp sớm mỗi năm",
        value_max=4000, approx="about", status="estimate"),
    fig("Hiện 58/63 tỉnh", "58", 58, "count", "tỉnh, thành phố", "tỉnh, thành phố đã triển khai sàng lọc thính lực sơ sinh", total=63),
    fig("có 412 cơ sở y tế", "412", 412, "count", "cơ sở y tế", "cơ sở y tế được trang bị máy đo âm ốc tai (OAE)"),
    fig("và 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở có máy đo điện thính giác thân não (AABR)"),
    fig("Hà Nội (96,8%)", "96,8", 96.8, "percent", "%", SUBJ, inh(Y23), location="Hà Nội"),
    fig("Hải Phòng (94,1%)", "94,1", 94.1, "percent", "%", SUBJ, inh(Y23), location="Hải Phòng"),
    fig("Thái Bình (92,4%)", "92,4", 92.4, "percent", "%", SUBJ, inh(Y23), location="Thái Bình"),
    fig("Bình Dương (91,3%)", "91,3", 91.3, "percent", "%", SUBJ, inh(Y23), location="Bình Dương"),
    fig("lần lượt 14,2%", "14,2", 14.2, "percent", "%", SUBJ, inh(Y23), location="Điện Biên"),
    fig("và 17,9%", "17,9", 17.9, "percent", "%", SUBJ, inh(Y23), location="Lai Châu"),
    fig("xếp thứ 3 toàn quốc", "3", 3, "rank", "hạng", SUBJ, inh(Y23), location="Thái Bình"),
    fig("hơn 3.600 ca", "3.600", 3600, "count", "ca", "ca cấy ốc tai điện tử đã thực hiện", ASOF, approx="over"),
    fig("khoảng 3.050 ca", "3.050", 3050, "count", "ca", "ca cấy ốc tai điện tử là trẻ em dưới 6 tuổi", ASOF,
        approx="about", total=3600),
    fig("em dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    fig("từ 450 đến 700 triệu đồng", "450", 450000000, "money", "đồng", "chi phí một ca cấy ốc tai", value_max=700000000),
    fig("có 70% và", "70", 70, "percent", "%", "trẻ sơ sinh được sàng lọc ít nhất 5 bệnh bẩm sinh phổ biến nhất",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
    fig("có 90% trẻ", "90", 90, "percent", "%", "trẻ sơ sinh được sàng lọc ít nhất 5 bệnh bẩm sinh phổ biến nhất",
        per("đến năm 2030", None, "2030-12-31"), status="target"),
    fig("ít nhất 5 bệnh", "5", 5, "count", "bệnh", approx="at_least", optional=True),
]

COMMENTS = [
    "Bộ Y tế portal (ministry site, date '03/03/2024 10:15'): national newborn hearing screening 2023; provinces; implants; 1999/QĐ-TTg targets.",
    "Default location Việt Nam; province items take their province. 'lần lượt 14,2% và 17,9%' pair with Điện Biên and Lai Châu in order.",
    "'tăng 9,4 điểm phần trăm so với năm 2021' is the change of the 52,7% (unit 'điểm phần trăm'; as h10's 89,3% with its 1,2 change).",
    "'cứ 1.000 trẻ sinh ra có từ 1 đến 3 trẻ' is a rate: 1.000 is its denominator (unit trẻ/1.000 trẻ sinh ra), not a figure; 'Theo ước tính' → estimate,",
    "continuing into 'như vậy mỗi năm … khoảng 1.500 đến 4.000 trẻ'. Thresholds 'dưới 6 tuổi', 'ít nhất 5 bệnh' optional.",
    "Distractors: 'Ngày Thính giác Thế giới 3/3', '(MOH)', Thông tư số 04/2017/TT-BYT, Quyết định số 1999/QĐ-TTg, hotline '1900 9095'.",
]

if __name__ == "__main__":
    emit("p760-4", TEXT, COMMENTS, FIGS, published="2024-03-03", location="Việt Nam")

"""p1353-2: district portal (huyện Đức Hòa, Long An): on-site training at a garment company; district totals."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Tin tức - Sự kiện | Lao động - Việc làm | Văn bản

Đào tạo nghề tại chỗ: "vừa học vừa làm, có lương từ ngày đầu"

18/06/2024 - 10:20

Ngày 17/6, đoàn công tác của UBND huyện do ông Trần Văn Lộc, Phó Chủ tịch UBND huyện làm trưởng đoàn đã đến thăm mô hình đào tạo nghề tại chỗ của Công ty TNHH May Hòa Khánh (ấp 4, xã Hựu Thạnh).

Hiện công ty có 1.850 công nhân, trong đó khoảng 80% là lao động nữ. Từ năm 2022 đến nay, công ty đã tuyển và đào tạo tại chỗ cho hơn 640 lao động chưa có tay nghề, chủ yếu là người địa phương. Thời gian học nghề tại chuyền may mẫu là hai tháng, do 12 thợ bậc cao trực tiếp kèm cặp.

Trong thời gian học, mỗi học viên được công ty hỗ trợ 4,5 triệu đồng/tháng, cao hơn 500.000 đồng so với năm 2023; sau khi đạt yêu cầu, người lao động được ký hợp đồng với mức lương khởi điểm từ 6 đến 6,5 triệu đồng/tháng. Năm 2023, công ty đào tạo 215 lao động, tỷ lệ học viên ở lại làm việc đạt 92%. Từ đầu năm 2024 đến nay, công ty đã tiếp nhận 96 học viên, dự kiến cả năm tuyển thêm khoảng 200 người cho hai chuyền may mới.

Theo Phòng Lao động - Thương binh và Xã hội huyện, toàn huyện hiện có 34 doanh nghiệp tổ chức đào tạo nghề tại chỗ, gồm 21 doanh nghiệp may mặc, giày da và 13 doanh nghiệp cơ khí, điện tử. Năm 2024, huyện phấn đấu đào tạo nghề cho 3.200 lao động, trong đó đào tạo tại doanh nghiệp ít nhất 1.000 người; tỷ lệ lao động qua đào tạo đạt 72%.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Phiên giao dịch việc làm lưu động tại xã Đức Lập Hạ
- Sơ kết công tác lao động, việc làm 6 tháng đầu năm

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3851.226
"""

SINCE22 = per("Từ năm 2022 đến nay", "2022-01-01", "2024-06-18")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-06-18")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 1.850 công nhân", "1.850", 1850, "count", "công nhân",
        subject="công nhân Công ty TNHH May Hòa Khánh"),
    fig("khoảng 80% là", "80", 80, "percent", "%", approx="about",
        subject="lao động nữ trong công nhân công ty"),
    fig("hơn 640 lao động", "640", 640, "count", "lao động", approx="over",
        subject="lao động chưa có tay nghề được công ty tuyển và đào tạo tại chỗ", period=SINCE22),
    fig("là hai tháng", "hai", 2, "measure", "tháng",
        subject="thời gian học nghề tại chuyền may mẫu"),
    fig("12 thợ bậc cao", "12", 12, "count", "thợ",
        subject="thợ bậc cao trực tiếp kèm cặp"),
    fig("hỗ trợ 4,5 triệu", "4,5", 4.5e6, "money", "đồng/tháng",
        change=chg("increase", 500000, "đồng", "năm 2023"),
        subject="tiền hỗ trợ mỗi học viên trong thời gian học"),
    fig("từ 6 đến 6,5 triệu", "6", 6e6, "money", "đồng/tháng", value_max=6.5e6,
        subject="mức lương khởi điểm"),
    fig("đào tạo 215 lao động", "215", 215, "count", "lao động",
        subject="lao động công ty đào tạo", period=Y23),
    fig("làm việc đạt 92%", "92", 92, "percent", "%",
        subject="tỷ lệ học viên ở lại làm việc", period=Y23),
    fig("tiếp nhận 96 học viên", "96", 96, "count", "học viên",
        subject="học viên công ty tiếp nhận", period=YTD),
    fig("thêm khoảng 200 người", "200", 200, "count", "người", approx="about", status="forecast",
        subject="người công ty tuyển thêm", period=YEAR),
    fig("cho hai chuyền may", "hai", 2, "count", "chuyền may", status="forecast",
        subject="chuyền may mới"),
    fig("có 34 doanh nghiệp", "34", 34, "count", "doanh nghiệp",
        subject="doanh nghiệp tổ chức đào tạo nghề tại chỗ"),
    fig("gồm 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", total=34,
        subject="doanh nghiệp may mặc, giày da"),
    fig("và 13 doanh nghiệp", "13", 13, "count", "doanh nghiệp", total=34,
        subject="doanh nghiệp cơ khí, điện tử"),
    fig("cho 3.200 lao động", "3.200", 3200, "count", "lao động", status="target",
        subject="lao động được đào tạo nghề", period=Y24),
    fig("ít nhất 1.000 người", "1.000", 1000, "count", "người", approx="at_least", status="target", total=3200,
        subject="lao động đào tạo tại doanh nghiệp", period=Y24),
    fig("đào tạo đạt 72%", "72", 72, "percent", "%", status="target",
        subject="tỷ lệ lao động qua đào tạo", period=Y24),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, menu, '18/06/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Ngày 17/6', 'ấp 4', 'Khu phố 3', phone 0272.3851.226, '6 tháng đầu năm' in a link title, time 10:20.",
    "All figures located in Đức Hòa (xã Hựu Thạnh is in the district). 'Hiện' gives no period.",
    "'trong đó khoảng 80% là lao động nữ' is a percent figure of its own (a share, not a count part): no total.",
    "'Từ năm 2022 đến nay', 'Từ đầu năm 2024 đến nay' end at the dateline 2024-06-18; 'cả năm' takes 2024 from the sentence before.",
    "'cao hơn 500.000 đồng so với năm 2023' = change in đồng; the support itself has no period.",
    "'tỷ lệ học viên ở lại làm việc đạt 92%' names its own indicator: a percent figure, not a share attribute of 215.",
    "'dự kiến' governs 'khoảng 200 người' and 'hai chuyền may mới' (forecast). 'phấn đấu' governs the whole last sentence (target).",
    "'gồm 21 ... và 13 ...' take total 34; 'trong đó ... ít nhất 1.000 người' takes total 3.200.",
    "revised after the first run: '80%' subject drops the invented 'tỷ lệ' (as the sentence names it).",
]

if __name__ == "__main__":
    write("p1353-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Đức Hòa")

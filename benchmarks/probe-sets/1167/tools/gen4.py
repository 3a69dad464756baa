"""p1167-4: ministry site (Bộ VHTTDL): Tuần lễ Áo dài 2023 nationwide, exhibition, tailoring survey, 2025 target."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức - Sự kiện > Văn hóa

Tuần lễ Áo dài năm 2023: 63/63 tỉnh, thành phố hưởng ứng

10/03/2023 16:20 | In bài | Gửi email

(BVHTTDL) - Theo báo cáo của Hội Liên hiệp Phụ nữ Việt Nam, Tuần lễ Áo dài năm 2023 (từ ngày 1 đến 8/3) đã diễn ra với hơn 3.200 hoạt động, thu hút khoảng 4,5 triệu lượt hội viên, phụ nữ tham gia, tăng 1,5 lần so với năm 2022. Trong đó, 5 địa phương có số lượt tham gia đông nhất lần lượt là TP Hồ Chí Minh (412.000 lượt), Hà Nội (385.000 lượt), Thanh Hóa (176.000 lượt), Nghệ An (158.000 lượt) và Thừa Thiên Huế (121.000 lượt).

Nhân dịp này, Bộ phối hợp tổ chức triển lãm "Áo dài - Di sản Việt" tại Trung tâm Triển lãm Văn hóa Nghệ thuật Việt Nam, trưng bày 120 bộ áo dài tiêu biểu, trong đó có 36 bộ áo dài cổ niên đại trên 100 năm.

Theo khảo sát của Viện Văn hóa Nghệ thuật quốc gia Việt Nam, cả nước hiện có khoảng 2.700 cơ sở may đo áo dài có từ 5 lao động trở lên, tập trung chủ yếu ở Hà Nội, Thừa Thiên Huế và TP Hồ Chí Minh; ba địa phương này chiếm 58% tổng số cơ sở. Giá trị thị trường áo dài năm 2022 ước khoảng 3.500 tỷ đồng, bình quân tăng từ 10 đến 12%/năm trong giai đoạn 2018-2022.

Bộ đang hoàn thiện hồ sơ đề nghị đưa "Nghệ thuật may áo dài truyền thống" vào Danh mục di sản văn hóa phi vật thể quốc gia; phấn đấu đến năm 2025 có ít nhất 30 tỉnh, thành phố tổ chức lễ hội hoặc ngày hội áo dài thường niên.

Cơ quan chủ quản: Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
Giấy phép số 36/GP-TTĐT
"""

WEEK = per("Tuần lễ Áo dài năm 2023 (từ ngày 1 đến 8/3)", "2023-03-01", "2023-03-08")
PART = "lượt hội viên, phụ nữ tham gia Tuần lễ Áo dài"

FIGS = [
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố hưởng ứng Tuần lễ Áo dài",
        period=per("Tuần lễ Áo dài năm 2023", "2023-03-01", "2023-03-08", inherited=True)),
    fig("hơn 3.200 hoạt động", "3.200", 3200, "count", "hoạt động", approx="over",
        subject="hoạt động Tuần lễ Áo dài", period=WEEK),
    fig("khoảng 4,5 triệu", "4,5", 4.5e6, "count", "lượt hội viên, phụ nữ", approx="about",
        change=chg("increase", 1.5, "lần", "năm 2022"), subject=PART, period=WEEK),
    fig("5 địa phương", "5", 5, "count", "địa phương", optional=True),
    fig("(412.000 lượt)", "412.000", 412000, "count", "lượt", total=4.5e6, subject=PART,
        period=inh(WEEK), location="TP Hồ Chí Minh"),
    fig("(385.000 lượt)", "385.000", 385000, "count", "lượt", total=4.5e6, subject=PART,
        period=inh(WEEK), location="Hà Nội"),
    fig("(176.000 lượt)", "176.000", 176000, "count", "lượt", total=4.5e6, subject=PART,
        period=inh(WEEK), location="Thanh Hóa"),
    fig("(158.000 lượt)", "158.000", 158000, "count", "lượt", total=4.5e6, subject=PART,
        period=inh(WEEK), location="Nghệ An"),
    fig("(121.000 lượt)", "121.000", 121000, "count", "lượt", total=4.5e6, subject=PART,
        period=inh(WEEK), location="Thừa Thiên Huế"),
    fig("trưng bày 120 bộ", "120", 120, "count", "bộ áo dài",
        subject="bộ áo dài tiêu biểu trưng bày tại triển lãm"),
    fig("có 36 bộ", "36", 36, "count", "bộ áo dài cổ", total=120,
        subject="bộ áo dài cổ trưng bày tại triển lãm"),
    fig("trên 100 năm", "100", 100, "measure", "năm", approx="over", optional=True),
    fig("khoảng 2.700 cơ sở", "2.700", 2700, "count", "cơ sở may đo áo dài", approx="about",
        subject="cơ sở may đo áo dài có từ 5 lao động trở lên"),
    fig("từ 5 lao động", "5", 5, "count", "lao động", approx="at_least", optional=True),
    fig("ba địa phương này", "ba", 3, "count", "địa phương", optional=True),
    fig("chiếm 58%", "58", 58, "percent", "%",
        subject="tỷ trọng cơ sở may đo áo dài của Hà Nội, Thừa Thiên Huế và TP Hồ Chí Minh"),
    fig("ước khoảng 3.500 tỷ", "3.500", 3.5e12, "money", "đồng", approx="about", status="estimate",
        subject="giá trị thị trường áo dài", period=per("năm 2022", "2022-01-01", "2022-12-31")),
    fig("từ 10 đến 12%/năm", "10", 10, "percent", "%", value_max=12, status="estimate",
        subject="tốc độ tăng bình quân giá trị thị trường áo dài",
        period=per("giai đoạn 2018-2022", "2018-01-01", "2022-12-31")),
    fig("ít nhất 30 tỉnh", "30", 30, "count", "tỉnh, thành phố", approx="at_least", status="target",
        subject="tỉnh, thành phố tổ chức lễ hội hoặc ngày hội áo dài thường niên",
        period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): Tuần lễ Áo dài 2023 nationwide. '10/03/2023 16:20 | In bài | Gửi email' (published). National: Việt Nam.",
    "The week's dates stand in brackets after its name: period 2023-03-01..2023-03-08 (not the whole year 2023).",
    "'tăng 1,5 lần so với năm 2022' is the change of 4,5 triệu lượt (unit lần). 'Trong đó, 5 địa phương … lần lượt là' lists parts of the",
    "4,5 triệu lượt (same thing, same week): each item total 4.500.000, its province as location; '5 địa phương' itself optional.",
    "58%: the three provinces' share of the national count: a national figure (location Việt Nam). 'từ 5 lao động trở lên' defines the",
    "surveyed population (optional); 'trên 100 năm' is the dresses' age (optional); 'ba địa phương này' refers back (optional).",
    "'từ 10 đến 12%/năm' is a growth rate standing as the claim: percent range, no change object.",
    "revised after the first run: the growth rate 10-12%/năm made 'estimate': its clause continues 'Giá trị thị trường … ước khoảng'",
    "(elided subject, comma), and FIGURES.md lets a cue govern the clauses that continue it.",
    "Distractors: 16:20, '51 Ngô Quyền', phone 024.3943.8231, 'Giấy phép số 36/GP-TTĐT', 'giai đoạn 2018-2022' (period).",
]

if __name__ == "__main__":
    emit("p1167-4", TEXT, NOTES, FIGS, published="2023-03-10", location="Việt Nam")

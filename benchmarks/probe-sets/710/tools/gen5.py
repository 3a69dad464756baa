"""p710-5: Party newspaper (Đồng Nai) - support for private preschools in industrial zones, school year 2022-2023."""
from lib import F, P, I, SY, CH, emit

TEXT = """Hỗ trợ hơn 21 tỷ đồng cho trẻ em, giáo viên mầm non tư thục ở khu công nghiệp

Năm học 2022-2023, tỉnh Đồng Nai đã chi hơn 21 tỷ đồng hỗ trợ trẻ em, giáo viên tại các cơ sở giáo dục mầm non dân lập, tư thục ở địa bàn có khu công nghiệp theo Nghị định số 105/2020/NĐ-CP của Chính phủ.

Trong đó, hỗ trợ 18.640 lượt trẻ là con công nhân với mức 160.000 đồng/trẻ/tháng, kinh phí 15,8 tỷ đồng; hỗ trợ 1.317 giáo viên với mức 800.000 đồng/người/tháng, kinh phí 5,3 tỷ đồng.

Toàn tỉnh hiện có 1.028 nhóm, lớp mầm non độc lập tư thục, trong đó 642 cơ sở nằm ở các địa phương có khu công nghiệp như TP. Biên Hòa (287), huyện Trảng Bom (118), huyện Nhơn Trạch (96) và huyện Long Thành (81). Riêng Khu công nghiệp Nhơn Trạch 3 và Khu công nghiệp Amata có 3 trường mầm non tư thục do doanh nghiệp đầu tư, tiếp nhận khoảng 1.200 trẻ.

Bà Nguyễn Thị Hồng, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, khảo sát của Sở cho thấy khoảng 35% trẻ từ 6 đến 36 tháng tuổi là con công nhân vẫn được gửi tại các điểm trông giữ tự phát, chưa được cấp phép.

Năm học 2023-2024, tỉnh dự kiến dành khoảng 24 tỷ đồng cho chính sách này, tăng 14% so với năm học trước; đồng thời phấn đấu có thêm 15 cơ sở được cấp phép.

HẢI QUÂN
25/09/2023
"""

COMMENTS = [
    "Party newspaper (Báo Đồng Nai style): headline with a figure, byline and bare date `25/09/2023` at the end (published).",
    "Not figures: Nghị định số 105/2020/NĐ-CP, `Khu công nghiệp Nhơn Trạch 3` (a name), the date.",
    "`Trong đó` after `hơn 21 tỷ đồng`: the two amounts 15,8 + 5,3 tỷ are parts (total 21e9); the counts of children and teachers",
    "and the monthly rates are not money parts of it (no total). Rates keep their denominators in the unit.",
    "District list in brackets after `trong đó 642 cơ sở`: items do not add up to 642 and follow `như` (no total), location per district.",
    "`từ 6 đến 36 tháng tuổi` is an age band that defines the children: optional.",
    "`dự kiến` (forecast) governs 24 tỷ đồng; `đồng thời phấn đấu` starts its own cue: 15 cơ sở is a target.",
    "`năm học 2022-2023` read as 2022-01-01 .. 2023-12-31.",
]

SY22 = SY(2022, "Năm học 2022-2023")
SY23 = SY(2023, "Năm học 2023-2024")

FIGS = [
    F("hơn 21 tỷ đồng cho", "21", 21e9, "money", "đồng", approx="over",
      subject="kinh phí hỗ trợ trẻ em, giáo viên mầm non tư thục ở khu công nghiệp"),
    F("chi hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", approx="over",
      subject="kinh phí hỗ trợ trẻ em, giáo viên tại các cơ sở giáo dục mầm non dân lập, tư thục ở địa bàn có khu công nghiệp",
      period=SY22),
    F("hỗ trợ 18.640 lượt trẻ", "18.640", 18640, "count", "lượt trẻ",
      subject="lượt trẻ là con công nhân được hỗ trợ", period=I(SY22)),
    F("mức 160.000 đồng", "160.000", 160000, "money", "đồng/trẻ/tháng",
      subject="mức hỗ trợ trẻ là con công nhân", period=I(SY22)),
    F("kinh phí 15,8 tỷ đồng", "15,8", 15.8e9, "money", "đồng", total=21e9,
      subject="kinh phí hỗ trợ trẻ là con công nhân", period=I(SY22)),
    F("hỗ trợ 1.317 giáo viên", "1.317", 1317, "count", "giáo viên",
      subject="giáo viên được hỗ trợ", period=I(SY22)),
    F("mức 800.000 đồng", "800.000", 800000, "money", "đồng/người/tháng",
      subject="mức hỗ trợ giáo viên", period=I(SY22)),
    F("kinh phí 5,3 tỷ đồng", "5,3", 5.3e9, "money", "đồng", total=21e9,
      subject="kinh phí hỗ trợ giáo viên", period=I(SY22)),
    F("có 1.028 nhóm", "1.028", 1028, "count", "nhóm, lớp",
      subject="nhóm, lớp mầm non độc lập tư thục"),
    F("trong đó 642 cơ sở", "642", 642, "count", "cơ sở", total=1028,
      subject="cơ sở nằm ở các địa phương có khu công nghiệp"),
    F("Biên Hòa (287)", "287", 287, "count", "cơ sở",
      subject="nhóm, lớp mầm non độc lập tư thục ở địa phương có khu công nghiệp", location="Biên Hòa"),
    F("Trảng Bom (118)", "118", 118, "count", "cơ sở",
      subject="nhóm, lớp mầm non độc lập tư thục ở địa phương có khu công nghiệp", location="Trảng Bom"),
    F("Nhơn Trạch (96)", "96", 96, "count", "cơ sở",
      subject="nhóm, lớp mầm non độc lập tư thục ở địa phương có khu công nghiệp", location="Nhơn Trạch"),
    F("Long Thành (81)", "81", 81, "count", "cơ sở",
      subject="nhóm, lớp mầm non độc lập tư thục ở địa phương có khu công nghiệp", location="Long Thành"),
    F("có 3 trường", "3", 3, "count", "trường",
      subject="trường mầm non tư thục do doanh nghiệp đầu tư trong khu công nghiệp"),
    F("khoảng 1.200 trẻ", "1.200", 1200, "count", "trẻ", approx="about",
      subject="trẻ được các trường mầm non tư thục do doanh nghiệp đầu tư tiếp nhận"),
    F("khoảng 35% trẻ", "35", 35, "percent", "%", approx="about",
      subject="trẻ là con công nhân được gửi tại các điểm trông giữ tự phát"),
    F("từ 6 đến 36 tháng", "6", 6, "measure", "tháng tuổi", value_max=36, optional=True),
    F("khoảng 24 tỷ đồng", "24", 24e9, "money", "đồng", approx="about", status="forecast",
      change=CH("increase", 14, "%", "năm học trước"),
      subject="kinh phí dành cho chính sách hỗ trợ mầm non ở khu công nghiệp", period=SY23),
    F("thêm 15 cơ sở", "15", 15, "count", "cơ sở", status="target",
      subject="cơ sở được cấp phép thêm", period=SY23),
]

if __name__ == "__main__":
    emit("p710-5", TEXT, COMMENTS, FIGS, published="2023-09-25", location="Đồng Nai")

"""p931-4: ministry site (Bộ LĐ-TB&XH, Cục Bảo trợ xã hội), national figures on social protection centres, 2022/2023."""
from lib import F, period, change, target, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Bảo trợ xã hội

Nâng cao chất lượng chăm sóc trẻ em tại các cơ sở trợ giúp xã hội

Ngày đăng: 22/05/2023 | Lượt xem: 2.418

Theo Cục Bảo trợ xã hội, tính đến ngày 31/12/2022, cả nước có 425 cơ sở trợ giúp xã hội, gồm 195 cơ sở công lập và 230 cơ sở ngoài công lập. Các cơ sở đang chăm sóc, nuôi dưỡng tập trung khoảng 41.300 đối tượng, trong đó trẻ em mồ côi, bị bỏ rơi và trẻ em có hoàn cảnh đặc biệt chiếm khoảng 38%.

Các địa phương có nhiều cơ sở trợ giúp xã hội nhất lần lượt là TP Hồ Chí Minh (58 cơ sở), Hà Nội (31 cơ sở), Đồng Nai (19 cơ sở) và Thừa Thiên Huế (17 cơ sở).

Cả nước hiện có khoảng 1,9 triệu trẻ em có hoàn cảnh đặc biệt, trong đó có hơn 162.000 trẻ em mồ côi. Riêng số trẻ em mồ côi cả cha và mẹ do đại dịch COVID-19 là 2.619 em.

Năm 2022, kinh phí chi trợ cấp xã hội hằng tháng ước đạt 24.600 tỷ đồng, tăng khoảng 4% so với năm 2021. Cũng trong năm 2022, số đối tượng hưởng trợ cấp hằng tháng tại cộng đồng là 3,38 triệu người, chiếm 3,4% dân số.

Theo Chương trình phát triển công tác xã hội giai đoạn 2021-2030 (Quyết định số 112/QĐ-TTg), mục tiêu đến năm 2025 có ít nhất 50% cơ sở trợ giúp xã hội được kiểm định chất lượng, đến năm 2030 đạt 100%. Dự kiến trong năm 2023 sẽ có thêm khoảng 15 cơ sở ngoài công lập được cấp giấy phép hoạt động.

Cục Bảo trợ xã hội - Bộ Lao động - Thương binh và Xã hội
Địa chỉ: số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3826.9556
"""

ASOF = period("tính đến ngày 31/12/2022", None, "2022-12-31")
ASOF_INH = period("tính đến ngày 31/12/2022", None, "2022-12-31", inherited=True)
Y2022 = period("Năm 2022", "2022-01-01", "2022-12-31")
SUBJ_LIST = "cơ sở trợ giúp xã hội"

FIGS = [
    F("có 425 cơ sở", "425", 425, "count", "cơ sở",
      subject="cơ sở trợ giúp xã hội", period=ASOF),
    F("gồm 195 cơ sở", "195", 195, "count", "cơ sở", total=425,
      subject="cơ sở trợ giúp xã hội công lập", period=ASOF),
    F("230 cơ sở ngoài", "230", 230, "count", "cơ sở", total=425,
      subject="cơ sở trợ giúp xã hội ngoài công lập", period=ASOF),
    F("khoảng 41.300 đối tượng", "41.300", 41300, "count", "đối tượng", approx="about",
      subject="đối tượng được chăm sóc, nuôi dưỡng tập trung tại các cơ sở", period=ASOF_INH),
    F("chiếm khoảng 38%", "38", 38, "percent", "%", approx="about",
      subject="trẻ em mồ côi, bị bỏ rơi và trẻ em có hoàn cảnh đặc biệt trong số đối tượng nuôi dưỡng tập trung",
      period=ASOF_INH),
    F("(58 cơ sở)", "58", 58, "count", "cơ sở", subject=SUBJ_LIST, location="Hồ Chí Minh", period=ASOF_INH),
    F("(31 cơ sở)", "31", 31, "count", "cơ sở", subject=SUBJ_LIST, location="Hà Nội", period=ASOF_INH),
    F("(19 cơ sở)", "19", 19, "count", "cơ sở", subject=SUBJ_LIST, location="Đồng Nai", period=ASOF_INH),
    F("(17 cơ sở)", "17", 17, "count", "cơ sở", subject=SUBJ_LIST, location="Thừa Thiên Huế", period=ASOF_INH),
    F("khoảng 1,9 triệu", "1,9", 1.9e6, "count", "trẻ em", approx="about",
      subject="trẻ em có hoàn cảnh đặc biệt"),
    F("hơn 162.000 trẻ em", "162.000", 162000, "count", "trẻ em", approx="over", total=1.9e6,
      subject="trẻ em mồ côi"),
    F("là 2.619 em", "2.619", 2619, "count", "em",
      subject="trẻ em mồ côi cả cha và mẹ do đại dịch COVID-19"),
    F("ước đạt 24.600 tỷ đồng", "24.600", 24600e9, "money", "đồng", status="estimate",
      change=change("increase", 4, "%", "năm 2021", approx="about"),
      subject="kinh phí chi trợ cấp xã hội hằng tháng", period=Y2022),
    F("là 3,38 triệu người", "3,38", 3.38e6, "count", "người", percent=3.4,
      subject="đối tượng hưởng trợ cấp hằng tháng tại cộng đồng",
      period=period("năm 2022", "2022-01-01", "2022-12-31")),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="cơ sở trợ giúp xã hội được kiểm định chất lượng",
      period=period("đến năm 2025", None, "2025-12-31")),
    F("đạt 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở trợ giúp xã hội được kiểm định chất lượng",
      period=period("đến năm 2030", None, "2030-12-31")),
    F("khoảng 15 cơ sở", "15", 15, "count", "cơ sở", approx="about", status="forecast",
      subject="cơ sở ngoài công lập được cấp giấy phép hoạt động",
      period=period("năm 2023", "2023-01-01", "2023-12-31")),
]

NOTES = [
    "Bộ LĐ-TB&XH (Cục Bảo trợ xã hội): national figures on social protection establishments; 'Ngày đăng: 22/05/2023 | Lượt xem: 2.418'.",
    "Distractors: Quyết định số 112/QĐ-TTg, 'giai đoạn 2021-2030', COVID-19, số 12 Ngô Quyền, phone 024.3826.9556, view counter.",
    "Ranking list 'lần lượt là TP Hồ Chí Minh (58 cơ sở), …' shares the indicator 'cơ sở trợ giúp xã hội'; the provinces are locations; no total (a top list, not a breakdown).",
    "'chiếm khoảng 38%' is the share of a part whose count is not given: a percent figure of its own. 'Riêng … là 2.619 em' has no part-of cue: no total.",
    "'hiện có khoảng 1,9 triệu' has no period phrase. 'đến năm 2030 đạt 100%' continues the 'mục tiêu' clause: target.",
]

write("p931-4", TEXT, NOTES, FIGS, published="2023-05-22", location="Việt Nam")

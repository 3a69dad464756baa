from lib import F, P, emit

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế > Nông nghiệp

Xử lý chất thải chăn nuôi: Biogas vẫn là giải pháp chủ lực

BGĐT - Tính đến hết quý III/2024, toàn tỉnh có hơn 41.000 công trình khí sinh học (biogas), trong đó 186 công trình quy mô vừa và lớn. Riêng từ năm 2021 đến nay, người chăn nuôi đã xây mới 3.215 công trình.

Theo Chi cục Chăn nuôi và Thú y tỉnh, quý III/2024, tổng đàn lợn của tỉnh ước đạt 1,15 triệu con, tăng 3,4% so với cùng kỳ; đàn gia cầm khoảng 19,2 triệu con. Mỗi năm, hoạt động chăn nuôi phát sinh khoảng 2,1 triệu tấn chất thải rắn và 4,5 triệu m3 nước thải. Toàn tỉnh có 1.240 trang trại chăn nuôi lợn, trong đó 315 trang trại quy mô lớn; tỷ lệ trang trại có công trình xử lý chất thải đạt 92,5%.

Các huyện có nhiều công trình biogas nhất là Lục Nam (6.820 công trình), Yên Thế (5.940 công trình) và Tân Yên (5.110 công trình). Tại xã Tân Sơn (Lục Ngạn), gia đình anh Vi Văn Thắng nuôi 600 con lợn thịt, sử dụng hầm biogas 150 m3 để đun nấu và chạy máy phát điện, mỗi tháng tiết kiệm khoảng 4 triệu đồng tiền điện.

Năm 2024, tỉnh bố trí 12,6 tỷ đồng hỗ trợ xây dựng công trình xử lý chất thải chăn nuôi, mức hỗ trợ từ 3 đến 5 triệu đồng/công trình theo Nghị quyết số 07/2023/NQ-HĐND. Tuy vậy, khoảng 30% hầm biogas xây trước năm 2015 đã xuống cấp, rò rỉ khí.

Ông Nguyễn Văn Lãm, Chi cục trưởng Chi cục Chăn nuôi và Thú y cho biết, tỉnh phấn đấu đến năm 2025, tỷ lệ chất thải chăn nuôi được thu gom, xử lý đạt trên 85%, 100% trang trại quy mô lớn có hệ thống xử lý đạt quy chuẩn.

Minh Hương
15/10/2024
"""

Q3end = P("Tính đến hết quý III/2024", None, "2024-09-30")
Q3endi = P("Tính đến hết quý III/2024", None, "2024-09-30", inh=True)
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-10-15")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có hơn 41.000 công trình", "41.000", 41000, "count", "công trình", "công trình khí sinh học (biogas)", Q3end,
      approx="over"),
    F("trong đó 186 công trình", "186", 186, "count", "công trình", "công trình khí sinh học quy mô vừa và lớn", Q3end,
      total=41000),
    F("xây mới 3.215 công trình", "3.215", 3215, "count", "công trình", "công trình biogas xây mới", SINCE),
    F("ước đạt 1,15 triệu con", "1,15", 1150000, "count", "con", "tổng đàn lợn", Q3, status="estimate",
      change={"direction": "increase", "value": 3.4, "unit": "%", "baseline": "cùng kỳ"}),
    F("khoảng 19,2 triệu con", "19,2", 19200000, "count", "con", "đàn gia cầm", Q3, approx="about", status="estimate"),
    F("khoảng 2,1 triệu tấn", "2,1", 2100000, "measure", "tấn", "chất thải rắn chăn nuôi phát sinh mỗi năm",
      approx="about"),
    F("4,5 triệu m3", "4,5", 4500000, "measure", "m3", "nước thải chăn nuôi phát sinh mỗi năm"),
    F("có 1.240 trang trại", "1.240", 1240, "count", "trang trại", "trang trại chăn nuôi lợn", Q3i),
    F("trong đó 315 trang trại", "315", 315, "count", "trang trại", "trang trại chăn nuôi lợn quy mô lớn", Q3i,
      total=1240),
    F("đạt 92,5%", "92,5", 92.5, "percent", "%", "tỷ lệ trang trại có công trình xử lý chất thải", Q3i),
    F("Lục Nam (6.820 công trình)", "6.820", 6820, "count", "công trình", "công trình biogas", Q3endi, location="Lục Nam"),
    F("Yên Thế (5.940 công trình)", "5.940", 5940, "count", "công trình", "công trình biogas", Q3endi, location="Yên Thế"),
    F("Tân Yên (5.110 công trình)", "5.110", 5110, "count", "công trình", "công trình biogas", Q3endi, location="Tân Yên"),
    F("nuôi 600 con", "600", 600, "count", "con", "lợn thịt của hộ anh Vi Văn Thắng", location="Lục Ngạn"),
    F("biogas 150 m3", "150", 150, "measure", "m3", "thể tích hầm biogas", location="Lục Ngạn"),
    F("khoảng 4 triệu đồng", "4", 4000000, "money", "đồng", "tiền điện tiết kiệm mỗi tháng", approx="about",
      location="Lục Ngạn"),
    F("bố trí 12,6 tỷ đồng", "12,6", 12600000000, "money", "đồng",
      "kinh phí hỗ trợ xây dựng công trình xử lý chất thải chăn nuôi", P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("từ 3 đến 5 triệu đồng/công trình", "3", 3000000, "money", "đồng/công trình", "mức hỗ trợ",
      P("Năm 2024", "2024-01-01", "2024-12-31"), value_max=5000000),
    F("khoảng 30% hầm", "30", 30, "percent", "%", "hầm biogas xây trước năm 2015 đã xuống cấp", approx="about"),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ chất thải chăn nuôi được thu gom, xử lý", T25,
      approx="over", status="target"),
    F("85%, 100% trang trại", "100", 100, "percent", "%", "trang trại quy mô lớn có hệ thống xử lý đạt quy chuẩn", T25,
      status="target"),
]

emit("p263-3", TEXT, FIGS, [
    "Party newspaper (Báo Bắc Giang điện tử, tag 'BGĐT' implies Bắc Giang); no dateline at the top, byline and bare date at the end.",
    "Livestock waste and biogas. 'hơn 41.000 …, trong đó 186' total; 'từ năm 2021 đến nay' runs to the end date 15/10/2024.",
    "'ước đạt 1,15 triệu con, tăng 3,4% …; đàn gia cầm khoảng 19,2 triệu con' - the estimate cue continues into the next clause.",
    "Yearly generation figures ('Mỗi năm') have no period. '1.240 trang trại' etc. inherit 'quý III/2024' from the paragraph's first sentence.",
    "District list: place -> location, indicator as subject. Household example located in Lục Ngạn (the district named).",
    "Distractors: Nghị quyết số 07/2023/NQ-HĐND, 'trước năm 2015', 'quý III/2024', person names, final date.",
], location="Bắc Giang", published="2024-10-15")

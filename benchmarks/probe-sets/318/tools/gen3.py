from lib import F, P, CH, TG, emit

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Pháp luật
THU HƯƠNG 10:42, 12/07/2024

Tòa án hai cấp giải quyết gần 2.800 vụ, việc dân sự trong 6 tháng đầu năm

BGĐT - 6 tháng đầu năm 2024, Tòa án nhân dân (TAND) hai cấp tỉnh thụ lý 4.126 vụ, việc dân sự, hôn nhân và gia đình, kinh doanh thương mại, lao động, tăng 7,4% so với cùng kỳ năm 2023. Trong đó, án hôn nhân và gia đình chiếm số lượng lớn nhất với 2.358 vụ, việc (chiếm 57,15%); án dân sự 1.204 vụ, việc; án kinh doanh thương mại 497 vụ, việc; án lao động 67 vụ, việc.

TAND hai cấp đã giải quyết 2.793 vụ, việc, đạt 67,69%. Tỷ lệ hòa giải thành đạt 38,2%, cao hơn 3,5% so với cùng kỳ. Số bản án, quyết định bị hủy là 12 vụ, bị sửa 31 vụ; tỷ lệ bị hủy, sửa do nguyên nhân chủ quan là 0,9%, thấp hơn chỉ tiêu của ngành (không quá 1,16%).

Về công tác chuyển giao, Tòa án đã chuyển giao cho cơ quan thi hành án dân sự 2.415 bản án, quyết định đúng thời hạn luật định; tổng số tiền tuyên phải thi hành khoảng 1.136 tỷ đồng, tăng 1,8 lần so với cùng kỳ.

Theo Chánh án TAND tỉnh, số vụ việc tranh chấp đất đai tại các huyện Lục Ngạn, Yên Thế, Lạng Giang tăng mạnh, riêng huyện Lục Ngạn thụ lý 186 vụ. 6 tháng cuối năm, TAND hai cấp phấn đấu giải quyết đạt trên 90% đối với án dân sự và trên 95% đối với án hôn nhân và gia đình; không để án quá hạn luật định.
"""

H = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HI = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
B = 10**9

FIGS = [
    F("gần 2.800 vụ, việc", "2.800", "count", "vụ, việc", "vụ, việc dân sự được giải quyết", H, approx="nearly"),
    F("Tòa án hai cấp giải", "hai", "count", "cấp", "cấp tòa án", None, value=2, optional=True),
    F("(TAND) hai cấp", "hai", "count", "cấp", "cấp tòa án", None, value=2, optional=True),
    F("TAND hai cấp đã", "hai", "count", "cấp", "cấp tòa án", None, value=2, optional=True),
    F("TAND hai cấp phấn", "hai", "count", "cấp", "cấp tòa án", None, value=2, optional=True),
    F("thụ lý 4.126 vụ, việc", "4.126", "count", "vụ, việc",
      "vụ, việc dân sự, hôn nhân và gia đình, kinh doanh thương mại, lao động thụ lý", H1,
      change=CH("increase", 7.4, baseline="cùng kỳ năm 2023")),
    F("với 2.358 vụ, việc", "2.358", "count", "vụ, việc", "án hôn nhân và gia đình", HI, total=4126, percent=57.15),
    F("án dân sự 1.204 vụ", "1.204", "count", "vụ, việc", "án dân sự", HI, total=4126),
    F("thương mại 497 vụ", "497", "count", "vụ, việc", "án kinh doanh thương mại", HI, total=4126),
    F("lao động 67 vụ", "67", "count", "vụ, việc", "án lao động", HI, total=4126),
    F("giải quyết 2.793 vụ", "2.793", "count", "vụ, việc", "vụ, việc đã giải quyết", HI, percent=67.69),
    F("đạt 38,2%", "38,2", "percent", "%", "Tỷ lệ hòa giải thành", HI,
      change=CH("increase", 3.5, baseline="cùng kỳ")),
    F("là 12 vụ", "12", "count", "vụ", "bản án, quyết định bị hủy", HI),
    F("sửa 31 vụ", "31", "count", "vụ", "bản án, quyết định bị sửa", HI),
    F("là 0,9%", "0,9", "percent", "%", "tỷ lệ bị hủy, sửa do nguyên nhân chủ quan", HI, target=TG(1.16, met=True)),
    F("2.415 bản án", "2.415", "count", "bản án, quyết định", "bản án, quyết định chuyển giao cho cơ quan thi hành án dân sự", HI),
    F("khoảng 1.136 tỷ đồng", "1.136", "money", "đồng", "tổng số tiền tuyên phải thi hành", HI, B, approx="about",
      change=CH("increase", 1.8, unit="lần", baseline="cùng kỳ")),
    F("thụ lý 186 vụ", "186", "count", "vụ", "vụ việc tranh chấp đất đai thụ lý", HI, location="Lục Ngạn"),
    F("trên 90% đối với", "90", "percent", "%", "tỷ lệ giải quyết án dân sự", H2, approx="over", status="target"),
    F("trên 95% đối với", "95", "percent", "%", "tỷ lệ giải quyết án hôn nhân và gia đình", H2, approx="over", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang, tag 'BGĐT'), byline + 'hh:mm, dd/mm/yyyy' dateline; civil cases at the two court levels, first half of 2024.",
    "The province is only 'tỉnh' in the text, but the paper's tag BGĐT implies Bắc Giang (FIGURES.md). Headline '6 tháng đầu năm' takes 2024 from the dateline.",
    "'Trong đó' parts (4 case types) sum to the 4.126 received -> total 4126; '(chiếm 57,15%)' is the share of the first part.",
    "'đạt 38,2%, cao hơn 3,5% so với cùng kỳ' = level with a change; '0,9%, thấp hơn chỉ tiêu của ngành (không quá 1,16%)' = target 1.16, met.",
    "'tăng 1,8 lần so với cùng kỳ' = change in lần. '6 tháng cuối năm' targets: 2024-07-01..2024-12-31 ('phấn đấu' -> target).",
    "'hai cấp' (the two court levels, an institutional label) is optional x4. Lục Ngạn 186 vụ is a district figure. Distractors: dateline time, 'hai cấp', place list Lục Ngạn/Yên Thế/Lạng Giang.",
]

emit("p318-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Bắc Giang")

from lib import F, P, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Tin tức - Sự kiện / Nội chính

TAND huyện Krông Pắc: án ly hôn chiếm hơn 60% số vụ, việc thụ lý
Ngày đăng: 14/10/2024 | Tác giả: Hoàng Yến

Theo số liệu của Tòa án nhân dân huyện Krông Pắc, 9 tháng năm 2024 đơn vị thụ lý 1.126 vụ, việc (tăng 87 vụ, việc so với cùng kỳ năm 2023), đã giải quyết 968 vụ, việc, đạt 85,97%. Riêng quý III/2024 thụ lý 402 vụ, việc, giải quyết 377 vụ, việc.

Trong số 1.126 vụ, việc thụ lý, án ly hôn có 683 vụ, chiếm 60,7%; án tranh chấp quyền sử dụng đất 142 vụ; án hình sự 96 vụ/158 bị cáo.

Đáng chú ý, độ tuổi của các cặp vợ chồng xin ly hôn chủ yếu từ 25 đến 40 tuổi; số cặp có thời gian chung sống dưới 5 năm chiếm khoảng 45%. Có 412 vụ (chiếm 60,3%) do người vợ đứng đơn. Bình quân mỗi tháng, Tòa án thụ lý từ 70 đến 80 vụ ly hôn, cao điểm sau Tết Nguyên đán.

Qua công tác hòa giải, đối thoại tại Tòa án, các hòa giải viên đã hòa giải thành 215 vụ việc, đạt tỷ lệ 48,4%; 37 cặp vợ chồng đoàn tụ. Trong 9 tháng, đơn vị tổ chức 14 phiên tòa trực tuyến và 6 phiên tòa rút kinh nghiệm.

Quý IV/2024, TAND huyện phấn đấu giải quyết thêm khoảng 130 vụ, việc, nâng tỷ lệ giải quyết cả năm lên trên 93%; đồng thời phối hợp với UBND 16 xã, thị trấn tăng cường tuyên truyền Luật Hôn nhân và gia đình năm 2014.

Thông tin liên hệ: Tòa án nhân dân huyện Krông Pắc, số 196 đường Giải Phóng, thị trấn Phước An; điện thoại 0262.3521.447.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("hơn 60% số vụ", "60", 60, "percent", "%", "tỷ lệ án ly hôn trong số vụ, việc thụ lý", approx="over"),
    F("thụ lý 1.126 vụ, việc (", "1.126", 1126, "count", "vụ, việc", "vụ, việc thụ lý", M9,
      change=CH("increase", 87, "vụ, việc", "cùng kỳ năm 2023")),
    F("giải quyết 968 vụ", "968", 968, "count", "vụ, việc", "vụ, việc đã giải quyết", M9, percent=85.97),
    F("thụ lý 402 vụ", "402", 402, "count", "vụ, việc", "vụ, việc thụ lý", Q3),
    F("giải quyết 377 vụ", "377", 377, "count", "vụ, việc", "vụ, việc giải quyết", Q3),
    F("Trong số 1.126 vụ", "1.126", 1126, "count", "vụ, việc", "vụ, việc thụ lý", M9i, optional=True),
    F("có 683 vụ", "683", 683, "count", "vụ", "án ly hôn", M9i, total=1126, percent=60.7),
    F("đất 142 vụ", "142", 142, "count", "vụ", "án tranh chấp quyền sử dụng đất", M9i, total=1126),
    F("án hình sự 96 vụ", "96", 96, "count", "vụ", "án hình sự", M9i, total=1126),
    F("96 vụ/158 bị cáo", "158", 158, "count", "bị cáo", "bị cáo trong án hình sự", M9i),
    F("từ 25 đến 40 tuổi", "25", 25, "measure", "tuổi", "độ tuổi của các cặp vợ chồng xin ly hôn", M9i,
      value_max=40, optional=True),
    F("dưới 5 năm", "5", 5, "measure", "năm", "thời gian chung sống", approx="under", optional=True),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", "số cặp có thời gian chung sống dưới 5 năm", M9i, approx="about"),
    F("Có 412 vụ", "412", 412, "count", "vụ", "vụ ly hôn do người vợ đứng đơn", M9i, percent=60.3),
    F("từ 70 đến 80 vụ", "70", 70, "count", "vụ", "vụ ly hôn Tòa án thụ lý bình quân mỗi tháng", M9i, value_max=80),
    F("hòa giải thành 215 vụ việc", "215", 215, "count", "vụ việc", "vụ việc hòa giải thành", M9i, percent=48.4),
    F("37 cặp vợ chồng", "37", 37, "count", "cặp vợ chồng", "cặp vợ chồng đoàn tụ", M9i),
    F("tổ chức 14 phiên", "14", 14, "count", "phiên tòa", "phiên tòa trực tuyến",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("và 6 phiên", "6", 6, "count", "phiên tòa", "phiên tòa rút kinh nghiệm",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("thêm khoảng 130 vụ", "130", 130, "count", "vụ, việc", "vụ, việc giải quyết thêm", Q4,
      approx="about", status="target"),
    F("trên 93%", "93", 93, "percent", "%", "tỷ lệ giải quyết cả năm", P("cả năm", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("UBND 16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
]

COMMENTS = [
    "District portal (Cổng TTĐT huyện Krông Pắc, Đắk Lắk), 'Ngày đăng: dd/mm/yyyy | Tác giả: …'; TAND huyện, 9 tháng and quý III/2024.",
    "'(tăng 87 vụ, việc so với cùng kỳ năm 2023)' is the change of 1.126 (bracketed, unit vụ, việc). 'Trong số 1.126 vụ, việc thụ lý, …' repeats the",
    "whole (optional) and gives total 1126 to the parts 683, 142 and 96 across ';'; '96 vụ/158 bị cáo' joins different units (158 no total).",
    "'412 vụ (chiếm 60,3%)' percent of the divorce cases, no part-of cue. Age range and 'dưới 5 năm' are criteria (optional).",
    "'từ 70 đến 80 vụ' a range (value_max 80). 'Quý IV/2024, … phấn đấu' gives the targets; '16 xã, thị trấn' is structure (optional).",
    "'nâng tỷ lệ giải quyết cả năm lên trên 93%': the rate's own period is 'cả năm' (year 2024 from Quý IV/2024), not the quarter.",
    "revised: 93% period corrected from Quý IV/2024 to 'cả năm' 2024 (the sentence names the whole year for this rate).",
    "Title figure 'hơn 60%' has no period in its sentence. Distractors: số 196 đường Giải Phóng, phone 0262.3521.447, 'Luật … năm 2014', dateline.",
]

emit("p355-5", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Krông Pắc")

from lib import F, P, CH, TG, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Nội chính

TAND hai cấp tỉnh Nghệ An giải quyết hơn 81% số vụ, việc trong 6 tháng đầu năm 2024
Cập nhật: 12/07/2024 09:15 | Lượt xem: 1.274

(Cổng TTĐT Nghệ An) - Sáng 11/7, Tòa án nhân dân (TAND) tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024 tại Hội trường số 2, số 19 đường Trường Thi, TP Vinh.

Theo báo cáo, 6 tháng đầu năm 2024, TAND hai cấp tỉnh Nghệ An đã thụ lý 7.850 vụ, việc các loại, tăng 6,2% so với cùng kỳ năm 2023; đã giải quyết 6.412/7.850 vụ, việc, đạt 81,68%. Trong đó, án hình sự thụ lý 1.236 vụ/2.104 bị cáo, đã giải quyết 1.198 vụ, đạt 96,9%; án dân sự thụ lý 2.015 vụ, việc, giải quyết 1.402 vụ, việc; án hôn nhân và gia đình thụ lý 3.968 vụ, việc, giải quyết 3.411 vụ, việc, đạt 85,96%; án hành chính thụ lý 142 vụ, giải quyết 87 vụ, đạt 61,3%.

Đáng chú ý, án ly hôn chiếm gần 42% tổng số vụ, việc thụ lý; nguyên nhân chủ yếu do mâu thuẫn trong cuộc sống, kinh tế khó khăn, một bên đi lao động ở nước ngoài. Tỷ lệ hòa giải thành các vụ việc dân sự, hôn nhân và gia đình đạt 38,5%.

Chất lượng xét xử tiếp tục được nâng lên: tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan là 0,97% (chỉ tiêu theo Nghị quyết số 96/2019/QH14 là không quá 1,5%). Toàn ngành đã tổ chức 312 phiên tòa xét xử trực tuyến, tăng 1,8 lần so với cùng kỳ, và 186 phiên tòa rút kinh nghiệm; công bố 4.215 bản án, quyết định trên Cổng thông tin điện tử của TAND tối cao. Các bị cáo được áp dụng tình tiết giảm nhẹ theo Điều 51 Bộ luật Hình sự.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị ngành Tòa án phấn đấu đến hết năm 2024 giải quyết trên 90% số vụ, việc thụ lý, trong đó án hình sự đạt ít nhất 98%; mỗi thẩm phán tổ chức ít nhất 2 phiên tòa rút kinh nghiệm/năm.

Đường dây nóng TAND tỉnh: 0238.3844.326

Tin, ảnh: Minh Quân
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
TGT = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("hơn 81% số vụ", "81", 81, "percent", "%", "tỷ lệ giải quyết số vụ, việc của TAND hai cấp", H6, approx="over"),
    F("thụ lý 7.850 vụ, việc các loại", "7.850", 7850, "count", "vụ, việc", "vụ, việc các loại thụ lý", H6,
      change=CH("increase", 6.2, "%", "cùng kỳ năm 2023")),
    F("giải quyết 6.412/7.850", "6.412", 6412, "count", "vụ, việc", "vụ, việc đã giải quyết", H6,
      total=7850, percent=81.68),
    F("án hình sự thụ lý 1.236 vụ", "1.236", 1236, "count", "vụ", "án hình sự thụ lý", H6, total=7850),
    F("1.236 vụ/2.104 bị cáo", "2.104", 2104, "count", "bị cáo", "bị cáo trong án hình sự thụ lý", H6),
    F("giải quyết 1.198 vụ", "1.198", 1198, "count", "vụ", "án hình sự đã giải quyết", H6,
      total=6412, percent=96.9),
    F("thụ lý 2.015 vụ, việc", "2.015", 2015, "count", "vụ, việc", "án dân sự thụ lý", H6, total=7850),
    F("giải quyết 1.402 vụ, việc", "1.402", 1402, "count", "vụ, việc", "án dân sự giải quyết", H6, total=6412),
    F("thụ lý 3.968 vụ, việc", "3.968", 3968, "count", "vụ, việc", "án hôn nhân và gia đình thụ lý", H6, total=7850),
    F("giải quyết 3.411 vụ, việc", "3.411", 3411, "count", "vụ, việc", "án hôn nhân và gia đình giải quyết", H6,
      total=6412, percent=85.96),
    F("thụ lý 142 vụ", "142", 142, "count", "vụ", "án hành chính thụ lý", H6, total=7850),
    F("giải quyết 87 vụ", "87", 87, "count", "vụ", "án hành chính giải quyết", H6, total=6412, percent=61.3),
    F("chiếm gần 42%", "42", 42, "percent", "%", "tỷ lệ án ly hôn trong tổng số vụ, việc thụ lý", H6i,
      approx="nearly"),
    F("đạt 38,5%", "38,5", 38.5, "percent", "%", "Tỷ lệ hòa giải thành các vụ việc dân sự, hôn nhân và gia đình", H6i),
    F("là 0,97%", "0,97", 0.97, "percent", "%", "tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan", H6i,
      target=TG(1.5, "%", True)),
    F("tổ chức 312 phiên tòa", "312", 312, "count", "phiên tòa", "phiên tòa xét xử trực tuyến", H6i,
      change=CH("increase", 1.8, "lần", "cùng kỳ")),
    F("và 186 phiên tòa", "186", 186, "count", "phiên tòa", "phiên tòa rút kinh nghiệm", H6i),
    F("công bố 4.215 bản án", "4.215", 4215, "count", "bản án, quyết định",
      "bản án, quyết định công bố trên Cổng thông tin điện tử của TAND tối cao", H6i),
    F("trên 90% số vụ", "90", 90, "percent", "%", "tỷ lệ giải quyết số vụ, việc thụ lý", TGT,
      approx="over", status="target"),
    F("ít nhất 98%", "98", 98, "percent", "%", "tỷ lệ giải quyết án hình sự", TGT,
      approx="at_least", status="target"),
    F("ít nhất 2 phiên", "2", 2, "count", "phiên tòa rút kinh nghiệm/năm", "phiên tòa rút kinh nghiệm mỗi thẩm phán tổ chức",
      approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT Nghệ An), 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem: …'; TAND hai cấp, 6 tháng đầu năm 2024.",
    "'1.236 vụ/2.104 bị cáo': the '/' joins two counts of different things (cases / defendants), so 2.104 is a figure of its own, not a total.",
    "'Trong đó' parts: accepted parts (thụ lý) take the accepted whole 7.850, resolved parts take the resolved whole 6.412 (same thing counted).",
    "'đạt X%' after a resolved count is its percent. '(chỉ tiêu … là không quá 1,5%)' is the 0,97% rate's target (met).",
    "'tăng 1,8 lần so với cùng kỳ' is the change (unit lần) of 312 hearings. Targets 'đến hết năm 2024': as-of end of 2024, status target.",
    "'ít nhất 2 phiên tòa rút kinh nghiệm/năm' per judge is a norm: optional. Distractors: Hội trường số 2, số 19 đường Trường Thi, Sáng 11/7,",
    "Nghị quyết số 96/2019/QH14, Điều 51 Bộ luật Hình sự, hotline 0238.3844.326, Lượt xem: 1.274.",
]

emit("p355-1", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Nghệ An")

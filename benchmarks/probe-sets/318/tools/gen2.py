from lib import F, P, CH, TG, emit

TEXT = """UBND THỊ XÃ QUẢNG YÊN - CỔNG THÔNG TIN ĐIỆN TỬ
Thứ Sáu, 04/10/2024 - 15:20

Chi cục Thi hành án dân sự thị xã đẩy mạnh xử lý tài sản trong quý III/2024

Trong quý III/2024, Chi cục Thi hành án dân sự thị xã Quảng Yên đã phối hợp bán đấu giá thành công 27 tài sản, tổng giá trị thu về 86,4 tỷ đồng, tăng 18,6% so với quý II/2024. Trong đó, 19 tài sản là quyền sử dụng đất và tài sản gắn liền với đất, trị giá 71,25 tỷ đồng; 8 tài sản còn lại là phương tiện, máy móc, trị giá 15,15 tỷ đồng. Có 6 tài sản phải tổ chức từ 3 đến 5 phiên đấu giá mới bán được.

Tính đến ngày 30/9/2024, Chi cục thụ lý 1.486 việc với tổng số tiền 412,8 tỷ đồng; đã thi hành xong 1.027 việc/1.198 việc có điều kiện, đạt 85,73%; về tiền thi hành xong 96,3 tỷ đồng/217,5 tỷ đồng có điều kiện, đạt 44,28%.

Chi cục cũng đã tổ chức 14 cuộc cưỡng chế, trong đó có 9 cuộc cưỡng chế giao tài sản cho người trúng đấu giá; xét miễn, giảm thi hành án cho 23 việc với số tiền gần 1,2 tỷ đồng.

Theo bà Vũ Thị Hạnh, Chi cục trưởng, khó khăn lớn nhất hiện nay là nhiều tài sản nằm ở khu vực ven biển, giá trị thấp, ít người quan tâm. Chi cục đặt mục tiêu đến hết năm 2024 giảm ít nhất 10% số việc tồn đọng so với đầu năm.

Mọi phản ánh, kiến nghị xin liên hệ: Chi cục THADS thị xã Quảng Yên, khu 3, phường Quảng Yên; điện thoại 0203.3875.216.

Minh Đức
"""

Q = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
QI = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
A = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
AI = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
B = 10**9

FIGS = [
    F("thành công 27 tài sản", "27", "count", "tài sản", "tài sản bán đấu giá thành công", Q),
    F("thu về 86,4 tỷ đồng", "86,4", "money", "đồng", "tổng giá trị thu về", Q, B,
      change=CH("increase", 18.6, baseline="quý II/2024")),
    F("Trong đó, 19 tài sản", "19", "count", "tài sản", "tài sản là quyền sử dụng đất và tài sản gắn liền với đất", QI,
      total=27),
    F("trị giá 71,25 tỷ đồng", "71,25", "money", "đồng", "giá trị tài sản là quyền sử dụng đất và tài sản gắn liền với đất",
      QI, B, total=86400000000),
    F("; 8 tài sản còn lại", "8", "count", "tài sản", "tài sản còn lại là phương tiện, máy móc", QI, total=27),
    F("trị giá 15,15 tỷ đồng", "15,15", "money", "đồng", "giá trị tài sản là phương tiện, máy móc", QI, B,
      total=86400000000),
    F("Có 6 tài sản", "6", "count", "tài sản", "tài sản phải tổ chức nhiều phiên đấu giá mới bán được", QI),
    F("từ 3 đến 5 phiên", "3", "count", "phiên đấu giá", "phiên đấu giá phải tổ chức", QI, value_max=5),
    F("thụ lý 1.486 việc", "1.486", "count", "việc", "việc thụ lý", A),
    F("tiền 412,8 tỷ đồng", "412,8", "money", "đồng", "tổng số tiền thụ lý", A, B),
    F("xong 1.027 việc/1.198", "1.027", "count", "việc", "việc đã thi hành xong", A, total=1198, percent=85.73),
    F("xong 96,3 tỷ đồng/217,5", "96,3", "money", "đồng", "tiền thi hành xong", A, B,
      total=217500000000, percent=44.28),
    F("tổ chức 14 cuộc cưỡng chế", "14", "count", "cuộc cưỡng chế", "cuộc cưỡng chế", AI),
    F("có 9 cuộc cưỡng chế", "9", "count", "cuộc cưỡng chế", "cuộc cưỡng chế giao tài sản cho người trúng đấu giá", AI,
      total=14),
    F("cho 23 việc", "23", "count", "việc", "việc được xét miễn, giảm thi hành án", AI),
    F("gần 1,2 tỷ đồng", "1,2", "money", "đồng", "số tiền được xét miễn, giảm thi hành án", AI, B, approx="nearly"),
    F("ít nhất 10% số việc", "10", "percent", "%", "giảm số việc tồn đọng so với đầu năm",
      P("đến hết năm 2024", None, "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "District-level portal (thị xã Quảng Yên, Quảng Ninh), 'Thứ Sáu, dd/mm/yyyy - hh:mm' dateline, byline at the end; Chi cục THADS, auctions in Q3/2024.",
    "'Trong đó, 19 tài sản ... trị giá 71,25 tỷ; 8 tài sản ... 15,15 tỷ' after '27 tài sản, ... 86,4 tỷ': counts take total 27, values total 86,4 tỷ",
    "(each the whole counting the same thing). 'từ 3 đến 5 phiên' is a range count. 'a/b' gives total b ('1.027 việc/1.198 việc', '96,3 tỷ/217,5 tỷ').",
    "'Tính đến ngày 30/9/2024' is an as-of period; the next paragraph continues it (inherited). 'đến hết năm 2024' target: end 2024-12-31.",
    "Distractors: 'quý II/2024' baseline, 'khu 3', phone 0203.3875.216, dateline time.",
]

emit("p318-2", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Quảng Yên")

from lib import emit, fig, per, inh, chg

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Di sản văn hóa
Ngày đăng: 22/03/2024 14:05

Năm 2023, các di tích trên cả nước tiếp nhận khoảng 1.625 tỷ đồng tiền công đức, tài trợ

Sáng 21/3, tại Hà Nội, Cục Di sản văn hóa tổ chức hội nghị trực tuyến tới 63 điểm cầu sơ kết một năm thực hiện Thông tư số 04/2023/TT-BVHTTDL về quản lý, sử dụng tiền công đức, tài trợ cho di tích.

Theo báo cáo tổng hợp từ 61/63 tỉnh, thành phố, năm 2023 tổng số tiền công đức, tài trợ tiếp nhận tại các di tích trên cả nước đạt khoảng 1.625 tỷ đồng, tăng 11,4% so với năm 2022. Trong đó, tiền công đức là 1.190 tỷ đồng, chiếm 73,2%; tiền tài trợ là 435 tỷ đồng.

Các địa phương có số thu lớn nhất gồm Hà Nội (312 tỷ đồng), Bắc Ninh (146 tỷ đồng), Nam Định (128,5 tỷ đồng), Ninh Bình (97 tỷ đồng) và An Giang (89,3 tỷ đồng).

Tính đến ngày 31/12/2023, đã có 8.742 di tích mở tài khoản riêng để tiếp nhận tiền công đức qua ngân hàng, gấp 2,6 lần so với năm 2022. Cả nước hiện có hơn 40.000 di tích được kiểm kê, trong đó có 3.621 di tích quốc gia và 130 di tích quốc gia đặc biệt.

Bên cạnh kết quả đạt được, hội nghị chỉ ra vẫn còn 17 địa phương chưa thực hiện báo cáo định kỳ 6 tháng; việc kiểm đếm ở nhiều di tích chưa có sự giám sát của chính quyền, một số nơi còn để tiền lẻ trên tượng, tay tượng.

Năm 2024, Bộ đặt mục tiêu 100% di tích có tiếp nhận tiền công đức thực hiện báo cáo định kỳ; tỷ lệ tiền công đức tiếp nhận không dùng tiền mặt đạt từ 30 đến 35%.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_LIST = "số thu tiền công đức, tài trợ tại các di tích"

FIGS = [
    fig("tiếp nhận khoảng 1.625 tỷ", "1.625", 1625000000000, "money", "đồng",
        "tiền công đức, tài trợ các di tích trên cả nước tiếp nhận", per("Năm 2023", "2023-01-01", "2023-12-31"),
        approx="about"),
    fig("tới 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu hội nghị trực tuyến"),
    fig("từ 61/63", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố có báo cáo tổng hợp", total=63),
    fig("đạt khoảng 1.625 tỷ", "1.625", 1625000000000, "money", "đồng",
        "tổng số tiền công đức, tài trợ tiếp nhận tại các di tích trên cả nước", Y23, approx="about",
        change=chg("increase", 11.4, baseline="năm 2022")),
    fig("là 1.190 tỷ đồng", "1.190", 1190000000000, "money", "đồng", "tiền công đức", inh(Y23),
        total=1625000000000, percent=73.2),
    fig("là 435 tỷ đồng", "435", 435000000000, "money", "đồng", "tiền tài trợ", inh(Y23), total=1625000000000),
    fig("(312 tỷ đồng)", "312", 312000000000, "money", "đồng", SUBJ_LIST, inh(Y23), location="Hà Nội"),
    fig("(146 tỷ đồng)", "146", 146000000000, "money", "đồng", SUBJ_LIST, inh(Y23), location="Bắc Ninh"),
    fig("(128,5 tỷ đồng)", "128,5", 128500000000, "money", "đồng", SUBJ_LIST, inh(Y23), location="Nam Định"),
    fig("(97 tỷ đồng)", "97", 97000000000, "money", "đồng", SUBJ_LIST, inh(Y23), location="Ninh Bình"),
    fig("(89,3 tỷ đồng)", "89,3", 89300000000, "money", "đồng", SUBJ_LIST, inh(Y23), location="An Giang"),
    fig("có 8.742 di tích", "8.742", 8742, "count", "di tích",
        "di tích mở tài khoản riêng để tiếp nhận tiền công đức qua ngân hàng",
        per("Tính đến ngày 31/12/2023", None, "2023-12-31"), change=chg("increase", 2.6, "lần", baseline="năm 2022")),
    fig("hơn 40.000 di tích", "40.000", 40000, "count", "di tích", "di tích được kiểm kê", approx="over"),
    fig("có 3.621 di tích", "3.621", 3621, "count", "di tích", "di tích quốc gia", total=40000),
    fig("130 di tích", "130", 130, "count", "di tích", "di tích quốc gia đặc biệt", total=40000),
    fig("còn 17 địa phương", "17", 17, "count", "địa phương", "địa phương chưa thực hiện báo cáo định kỳ 6 tháng"),
    fig("tiêu 100% di tích", "100", 100, "percent", "%",
        "di tích có tiếp nhận tiền công đức thực hiện báo cáo định kỳ", Y24, status="target"),
    fig("từ 30 đến 35%", "30", 30, "percent", "%", "tỷ lệ tiền công đức tiếp nhận không dùng tiền mặt", Y24,
        value_max=35, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 22/03/2024 14:05': national totals of tiền công đức, tài trợ năm 2023, top provinces, accounts.",
    "National figures → Việt Nam; the five provinces in the bracketed list take their own location and the list's indicator as subject.",
    "The list follows 'gồm' but no whole figure precedes the cue in its sentence, so its items get no total (not the 1.625 tỷ).",
    "'gấp 2,6 lần so với năm 2022' after 8.742 di tích is its change (lần). 3.621 and 130 are parts of 'hơn 40.000' (total 40000).",
    "61/63 carries no period of its own (the year belongs to the main clause). Not figures: 'sơ kết một năm', 'định kỳ 6 tháng',",
    "Thông tư 04/2023, 'Sáng 21/3', address 51 Ngô Quyền, phone 024.3943.8231.",
]

emit("p728-4", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Việt Nam")

"""p777-4: Ministry site (Bộ NN&PTNT) — national OCOP brocade products by province, co-operatives, targets."""
from lib import emit, fig, per, inh, ch

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Nông thôn mới
Ngày đăng: 25/09/2024 | Lượt xem: 2.604

Cả nước có 327 sản phẩm OCOP từ thổ cẩm

Theo Văn phòng Điều phối nông thôn mới Trung ương, tính đến ngày 31/8/2024, cả nước có 327 sản phẩm OCOP thuộc nhóm dệt thổ cẩm, chiếm khoảng 2,9% tổng số sản phẩm OCOP, trong đó có 281 sản phẩm 3 sao, 44 sản phẩm 4 sao và 2 sản phẩm tiềm năng 5 sao.

Các sản phẩm đến từ 31 tỉnh, thành phố. Hà Giang dẫn đầu với 41 sản phẩm, tiếp đến là Lào Cai 36 sản phẩm, Sơn La 29 sản phẩm, Điện Biên 24 sản phẩm; Kon Tum và Gia Lai lần lượt có 17 và 15 sản phẩm. Tính theo nhóm ngành hàng, sản phẩm dệt thổ cẩm xếp thứ 3 trong nhóm thủ công mỹ nghệ, trang trí.

Cả nước hiện có 215 hợp tác xã hoạt động trong lĩnh vực dệt thổ cẩm, gấp 1,6 lần năm 2019, thu hút hơn 6.800 thành viên và tạo việc làm cho khoảng 21.000 lao động, chủ yếu là phụ nữ dân tộc thiểu số. Năm 2023, doanh thu bình quân của một hợp tác xã dệt thổ cẩm đạt 1,35 tỷ đồng, tăng 18% so với năm 2022; thu nhập bình quân của thành viên đạt 3,8 triệu đồng/người/tháng.

Tại Hội chợ OCOP lần thứ 4 tổ chức ở Trung tâm Triển lãm số 489 Hoàng Quốc Việt, các sản phẩm thổ cẩm đạt doanh số gần 2,7 tỷ đồng sau 5 ngày.

Thực hiện Chương trình OCOP theo Quyết định số 919/QĐ-TTg ngày 01/8/2022, mục tiêu đến năm 2025 cả nước có ít nhất 400 sản phẩm OCOP từ thổ cẩm, trong đó khoảng 10-15% đạt 4 sao trở lên.

Giấy phép số 45/GP-TTĐT do Bộ Thông tin và Truyền thông cấp.
"""

ASOF = per("tính đến ngày 31/8/2024", None, "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
SUBJ = "sản phẩm OCOP thuộc nhóm dệt thổ cẩm"

FIGS = [
    fig("có 327 sản phẩm OCOP từ", "327", 327, "count", "sản phẩm", "sản phẩm OCOP từ thổ cẩm", inh(ASOF)),
    fig("có 327 sản phẩm OCOP thuộc", "327", 327, "count", "sản phẩm", SUBJ, ASOF, percent=2.9),
    fig("có 281 sản phẩm", "281", 281, "count", "sản phẩm", "sản phẩm OCOP thổ cẩm 3 sao", ASOF, total=327),
    fig("44 sản phẩm 4 sao", "44", 44, "count", "sản phẩm", "sản phẩm OCOP thổ cẩm 4 sao", ASOF, total=327),
    fig("và 2 sản phẩm tiềm năng", "2", 2, "count", "sản phẩm", "sản phẩm OCOP thổ cẩm tiềm năng 5 sao", ASOF,
        total=327),
    fig("từ 31 tỉnh", "31", 31, "count", "tỉnh, thành phố", "tỉnh, thành phố có sản phẩm OCOP thổ cẩm", inh(ASOF)),
    fig("với 41 sản phẩm", "41", 41, "count", "sản phẩm", SUBJ, inh(ASOF), location="Hà Giang"),
    fig("Lào Cai 36 sản phẩm", "36", 36, "count", "sản phẩm", SUBJ, inh(ASOF), location="Lào Cai"),
    fig("Sơn La 29 sản phẩm", "29", 29, "count", "sản phẩm", SUBJ, inh(ASOF), location="Sơn La"),
    fig("Điện Biên 24 sản phẩm", "24", 24, "count", "sản phẩm", SUBJ, inh(ASOF), location="Điện Biên"),
    fig("có 17 và", "17", 17, "count", "sản phẩm", SUBJ, inh(ASOF), location="Kon Tum"),
    fig("và 15 sản phẩm", "15", 15, "count", "sản phẩm", SUBJ, inh(ASOF), location="Gia Lai"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", "sản phẩm dệt thổ cẩm trong nhóm thủ công mỹ nghệ, trang trí"),
    fig("có 215 hợp tác xã", "215", 215, "count", "hợp tác xã", "hợp tác xã hoạt động trong lĩnh vực dệt thổ cẩm",
        change=ch("increase", 1.6, unit="lần", baseline="năm 2019")),
    fig("hơn 6.800 thành viên", "6.800", 6800, "count", "thành viên", "thành viên hợp tác xã dệt thổ cẩm",
        approx="over"),
    fig("khoảng 21.000 lao động", "21.000", 21000, "count", "lao động",
        "lao động có việc làm tại hợp tác xã dệt thổ cẩm", approx="about"),
    fig("đạt 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "doanh thu bình quân của một hợp tác xã dệt thổ cẩm",
        Y23, change=ch("increase", 18, baseline="năm 2022")),
    fig("đạt 3,8 triệu", "3,8", 3.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của thành viên", Y23),
    fig("gần 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", "doanh số các sản phẩm thổ cẩm tại Hội chợ OCOP",
        approx="nearly"),
    fig("ít nhất 400 sản phẩm", "400", 400, "count", "sản phẩm", "sản phẩm OCOP từ thổ cẩm", T25,
        approx="at_least", status="target"),
    fig("khoảng 10-15%", "10", 10, "percent", "%", "tỷ lệ sản phẩm OCOP thổ cẩm đạt 4 sao trở lên", T25,
        value_max=15, approx="about", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, 'Ngày đăng: 25/09/2024 | Lượt xem: 2.604'): national OCOP brocade products. Location Việt Nam,",
    "provinces in the list are locations with the list's indicator as subject (inherited as-of period, not scored).",
    "281 + 44 + 2 = 327 after 'trong đó': totals. 'chiếm khoảng 2,9% tổng số' is the 327's percent. 'gấp 1,6 lần năm 2019'",
    "right after 215 is its change (lần), not a multiple figure. 'xếp thứ 3' is a rank (Việt Nam).",
    "Not figures: star grades (3 sao, 4 sao, 5 sao, '4 sao trở lên'), 'lần thứ 4', 'số 489 Hoàng Quốc Việt', 'sau 5 ngày' (a duration",
    "that only locates the sales), Quyết định số 919/QĐ-TTg, Giấy phép số 45/GP-TTĐT, the page counter.",
    "'khoảng 10-15% đạt 4 sao' is the share of a part with no count: its own percent figure (target), not the 400's percent.",
]

if __name__ == "__main__":
    emit("p777-4", TEXT, COMMENTS, FIGS, published="2024-09-25", location="Việt Nam")

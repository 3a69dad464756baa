"""p595-7: Sở GTVT Bến Tre department site (no dateline), licensed inland wharves by district, one-cell-per-line table."""
from lib import emit, fig, per

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính

Kết quả cấp phép hoạt động bến thủy nội địa trên địa bàn tỉnh

Thực hiện Thông tư số 50/2014/TT-BGTVT về quản lý cảng, bến thủy nội địa, năm 2023 Sở đã tiếp nhận 87 hồ sơ đề nghị cấp phép, giải quyết đúng hạn 85 hồ sơ, đạt 97,7%. Số bến thủy nội địa được cấp phép hoạt động tại 5 huyện ven sông như sau:

Bảng 2. Bến thủy nội địa được cấp phép
Đơn vị tính: bến
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Châu Thành
46
52
56
Chợ Lách
31
35
38
Giồng Trôm
28
30
34
Ba Tri
39
44
47
Thạnh Phú
22
27
31
Tổng cộng
166
188
206

Bên cạnh đó, toàn tỉnh có 74 bến khách ngang sông, trong đó 69 bến đã được cấp phép, 5 bến còn lại đang hoàn thiện hồ sơ. Hiện còn khoảng 40 bến hoạt động chưa có giấy phép, chủ yếu là bến tập kết cát, vật liệu xây dựng; 6 tháng đầu năm 2024, Sở phối hợp UBND các huyện kiểm tra, lập biên bản 12 trường hợp. Lệ phí cấp giấy phép là 200.000 đồng/giấy phép. Tổ chức, cá nhân nộp hồ sơ trực tuyến qua Cổng dịch vụ công của tỉnh hoặc trực tiếp tại Trung tâm Phục vụ hành chính công.

Liên hệ: Phòng Quản lý vận tải, phương tiện và người lái, điện thoại 0275.3822.475.

SỞ GIAO THÔNG VẬN TẢI TỈNH BẾN TRE
Địa chỉ: Số 5 đường 30 tháng 4, Phường 3, thành phố Bến Tre
Tổng lượt truy cập: 1.204.377
"""

COLS = [("Năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Châu Thành", ["46", "52", "56"]), ("Chợ Lách", ["31", "35", "38"]),
        ("Giồng Trôm", ["28", "30", "34"]), ("Ba Tri", ["39", "44", "47"]),
        ("Thạnh Phú", ["22", "27", "31"]), ("Tổng cộng", ["166", "188", "206"])]

FIGS = [
    fig("tiếp nhận 87 hồ sơ", "87", 87, "count", "hồ sơ", "hồ sơ đề nghị cấp phép Sở tiếp nhận",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("đúng hạn 85 hồ sơ", "85", 85, "count", "hồ sơ", "hồ sơ giải quyết đúng hạn",
        per("năm 2023", "2023-01-01", "2023-12-31"), percent=97.7),
    fig("tại 5 huyện", "5", 5, "count", "huyện", "huyện ven sông có bến thủy nội địa được cấp phép"),
]
for label, cells in ROWS:
    prev = label
    for (col, p, status), c in zip(COLS, cells):
        anchor = f"{prev}\n{c}\n"
        if label == "Tổng cộng":
            subj, loc = f"bến thủy nội địa được cấp phép tổng cộng {col.lower()}", None
        else:
            subj, loc = f"bến thủy nội địa được cấp phép {col.lower()}", label
        kw = {"status": status} if status != "actual" else {}
        if loc:
            kw["location"] = loc
        FIGS.append(fig(anchor, c, int(c), "count", "bến", subj, p, **kw))
        prev = c

FIGS += [
    fig("có 74 bến", "74", 74, "count", "bến", "bến khách ngang sông"),
    fig("69 bến", "69", 69, "count", "bến", "bến khách ngang sông đã được cấp phép", total=74),
    fig("5 bến còn lại", "5", 5, "count", "bến", "bến khách ngang sông đang hoàn thiện hồ sơ", total=74),
    fig("khoảng 40 bến", "40", 40, "count", "bến", "bến hoạt động chưa có giấy phép", approx="about"),
    fig("biên bản 12 trường hợp", "12", 12, "count", "trường hợp", "trường hợp bị lập biên bản",
        per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    fig("200.000 đồng/giấy phép", "200.000", 200000, "money", "đồng/giấy phép", "lệ phí cấp giấy phép"),
]

COMMENTS = [
    "Sở GTVT Bến Tre site (invented), no dateline (published null); visit counter and address in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: bến' and columns Năm 2022 | Năm 2023 | Kế hoạch 2024: every numeric cell a figure,",
    "period from the column header (scored), 'Kế hoạch 2024' → target; district row labels → location, subject = indicator + column.",
    "The 'Tổng cộng' row: location Bến Tre (article default). No totals given to district cells (tables carry no total in the shared gold).",
    "'85 hồ sơ, đạt 97,7%' → percent attribute (not a part-of: no a/b or cue). '69 bến' and '5 bến còn lại' after 'trong đó' → total 74.",
    "Distractors: Thông tư số 50/2014/TT-BGTVT, 'Bảng 2', phone 0275.3822.475, 'Số 5 đường 30 tháng 4, Phường 3', counter 1.204.377.",
]

if __name__ == "__main__":
    emit("p595-7", TEXT, COMMENTS, FIGS, published=None, location="Bến Tre")

"""p1473-6: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table of sewing-machine shops by area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Số liệu thống kê | Hỏi đáp | Liên hệ

Mạng lưới kinh doanh, sửa chữa máy may trên địa bàn tỉnh

Dệt may là một trong những ngành công nghiệp chủ lực của tỉnh với khoảng 420 doanh nghiệp, sử dụng trên 230.000 lao động. Đi cùng là mạng lưới đại lý, cửa hàng kinh doanh và sửa chữa máy may công nghiệp, máy may gia đình, tập trung tại TP Biên Hòa và các huyện Trảng Bom, Nhơn Trạch.

Số cơ sở kinh doanh, sửa chữa máy may
Đơn vị tính: cơ sở
Địa bàn
Năm 2022
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Tổng số
194
207
221
106,8
Trong đó: TP Biên Hòa
82
86
90
104,7
Huyện Trảng Bom
37
41
46
112,2
Huyện Nhơn Trạch
29
32
35
109,4

Năm 2024, doanh thu bán máy may và phụ tùng trên địa bàn ước đạt 720 tỷ đồng, tăng 9,9% so với năm 2023; trong đó máy may công nghiệp chiếm khoảng 85%. Giá dịch vụ bảo dưỡng định kỳ phổ biến 80.000-120.000 đồng/máy/lần. Nhiều doanh nghiệp ký hợp đồng bảo trì trọn gói với đại lý, chi phí khoảng 1,5-2% giá trị máy mỗi năm.

Sở Công Thương khuyến cáo người tiêu dùng mua máy may tại đại lý chính hãng, yêu cầu phiếu bảo hành tối thiểu 12 tháng; phản ánh gửi về đường dây nóng 0251.3822.567.

Liên kết website | Sơ đồ trang
Địa chỉ: Số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3823.196
Lượt truy cập: 1.904.233 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate")]
RATIO_P = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31", inherited=True)
ROWS = [("Tổng số", None, ["194", "207", "221"], "106,8"),
        ("Trong đó: TP Biên Hòa", "Biên Hòa", ["82", "86", "90"], "104,7"),
        ("Huyện Trảng Bom", "Trảng Bom", ["37", "41", "46"], "112,2"),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", ["29", "32", "35"], "109,4")]
WHOLE = [194, 207, 221]
CELLS = []
for label, place, nums, ratio in ROWS:
    prev = label
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            kw["total"] = float(WHOLE[i])
            subj = f"số cơ sở kinh doanh, sửa chữa máy may {col}"
        else:
            subj = f"số cơ sở kinh doanh, sửa chữa máy may tổng số {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n), "count", "cơ sở", subject=subj, period=p, **kw))
        prev = n
    kw = {"location": place} if place else {}
    subj = ("số cơ sở kinh doanh, sửa chữa máy may so với cùng kỳ" if place
            else "số cơ sở kinh doanh, sửa chữa máy may tổng số so với cùng kỳ")
    CELLS.append(fig(f"{prev}\n{ratio}", ratio, float(ratio.replace(",", ".")), "percent", "%",
                     subject=subj, period=RATIO_P, **kw))

FIGS = [
    fig("khoảng 420 doanh nghiệp", "420", 420, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp ngành dệt may"),
    fig("trên 230.000 lao động", "230.000", 230000, "count", "lao động", approx="over",
        subject="lao động ngành dệt may"),
] + CELLS + [
    fig("ước đạt 720 tỷ", "720", 720e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.9, "%", "năm 2023"),
        subject="doanh thu bán máy may và phụ tùng", period=Y24),
    fig("chiếm khoảng 85%", "85", 85, "percent", "%", approx="about", status="estimate",
        subject="máy may công nghiệp trong doanh thu bán máy may và phụ tùng", period=Y24),
    fig("80.000-120.000", "80.000", 80000, "money", "đồng/máy/lần", value_max=120000,
        subject="giá dịch vụ bảo dưỡng định kỳ"),
    fig("khoảng 1,5-2%", "1,5", 1.5, "percent", "%", value_max=2, approx="about",
        subject="chi phí hợp đồng bảo trì trọn gói so với giá trị máy mỗi năm"),
    fig("tối thiểu 12 tháng", "12", 12, "measure", "tháng", approx="at_least",
        subject="thời hạn phiếu bảo hành", optional=True),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, footer address, phones, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: hotline 0251.3822.567, phone 0251.3823.196, 'Số 2 đường Nguyễn Văn Trị', counters 1.904.233 and 52.",
    "One-cell-per-line table, 'Đơn vị tính: cơ sở'; rows: 'Tổng số' (Đồng Nai) and, after 'Trong đó:', three areas (location).",
    "The area rows are parts after 'Trong đó' of the 'Tổng số' row: each count cell takes the total of its column (194/207/221).",
    "'Ước thực hiện 2024' → estimate. 'So với cùng kỳ (%)' cells are percent figures (growth as the claim, no change object);",
    "their header names no period and no estimate cue: status actual, period inherited from the 2024 column (not scored).",
    "720 tỷ: estimate, change 9,9%; '; trong đó máy may công nghiệp chiếm khoảng 85%' is a percent figure of its own (estimate, same clause chain).",
    "'tối thiểu 12 tháng' is a recommended warranty length in an advisory: optional. No published date.",
]

if __name__ == "__main__":
    write("p1473-6", TEXT, NOTES, FIGS, location="Đồng Nai")

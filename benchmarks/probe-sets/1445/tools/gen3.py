"""p1445-3: formal report (Sở Công Thương Bắc Ninh, Số: 215/BC-SCT): last-mile 6 months 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
SỞ CÔNG THƯƠNG
Số: 215/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển hạ tầng giao hàng chặng cuối 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản lượng giao nhận
6 tháng đầu năm 2024, các doanh nghiệp bưu chính, chuyển phát trên địa bàn tỉnh phát khoảng 18,4 triệu bưu gửi thương mại điện tử, tăng 21,6% so với cùng kỳ, bằng 52,3% kế hoạch năm. Trong đó, bưu gửi phát qua tủ giao nhận thông minh và điểm nhận hàng đạt 2,1 triệu bưu gửi, chiếm 11,4%.

2. Tủ giao nhận thông minh
Đơn vị tính: tủ
Địa bàn | 31/12/2023 | 30/6/2024 | Kế hoạch 2024
TP Bắc Ninh | 62 | 88 | 110
TP Từ Sơn | 35 | 51 | 65
Huyện Yên Phong | 18 | 27 | 35
Huyện Tiên Du | 11 | 19 | 24
Tổng cộng | 126 | 185 | 234
Sau 6 tháng, toàn tỉnh lắp mới 59 tủ, đạt 54,6% kế hoạch tăng thêm của năm (108 tủ).

3. Điểm nhận hàng và nhân lực
Đến ngày 30/6/2024, toàn tỉnh có 412 điểm nhận hàng tại cửa hàng tiện lợi, bưu cục và nhà văn hóa thôn, vượt 3% kế hoạch năm; khoảng 2.350 nhân viên giao hàng chặng cuối, thu nhập bình quân 9,5 triệu đồng/người/tháng. Thời gian phát bưu gửi nội tỉnh bình quân 1,2 ngày, giảm 0,3 ngày so với năm 2023.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu lắp đặt thêm ít nhất 49 tủ, đưa tổng số tủ toàn tỉnh lên 234 tủ; 100% khu công nghiệp có điểm nhận hàng. Tỉnh dự kiến hỗ trợ 50% chi phí mặt bằng đặt tủ, tối đa 20 triệu đồng/tủ.

Nơi nhận:
- Bộ Công Thương (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLTM.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AFTER6 = per("Sau 6 tháng", "2024-01-01", "2024-06-30")
ASOF = per("Đến ngày 30/6/2024", None, "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
COLS = [("31/12/2023", per("31/12/2023", None, "2023-12-31"), None),
        ("30/6/2024", per("30/6/2024", None, "2024-06-30"), None),
        ("kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("TP Bắc Ninh", "Bắc Ninh", ["62", "88", "110"]),
        ("TP Từ Sơn", "Từ Sơn", ["35", "51", "65"]),
        ("Huyện Yên Phong", "Yên Phong", ["18", "27", "35"]),
        ("Huyện Tiên Du", "Tiên Du", ["11", "19", "24"]),
        ("Tổng cộng", "Bắc Ninh", ["126", "185", "234"])]
CELLS = []
for label, loc, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        subj = "số tủ giao nhận thông minh " + col
        if label == "Tổng cộng":
            subj = "tổng số tủ giao nhận thông minh " + col
        CELLS.append(fig(f"{prev} | {n}", n, float(n), "count", "tủ", subject=subj, period=p, location=loc, **kw))
        prev = n

FIGS = [
    fig("khoảng 18,4 triệu", "18,4", 18.4e6, "count", "bưu gửi", approx="about", percent=52.3,
        change=chg("increase", 21.6, "%", "cùng kỳ"),
        subject="bưu gửi thương mại điện tử các doanh nghiệp bưu chính, chuyển phát phát", period=H1),
    fig("đạt 2,1 triệu", "2,1", 2.1e6, "count", "bưu gửi", total=18.4e6, percent=11.4,
        subject="bưu gửi phát qua tủ giao nhận thông minh và điểm nhận hàng", period=inh(H1)),
] + CELLS + [
    fig("lắp mới 59 tủ", "59", 59, "count", "tủ", percent=54.6, target=tgt(108, "tủ"),
        subject="tủ toàn tỉnh lắp mới", period=AFTER6),
    fig("có 412 điểm", "412", 412, "count", "điểm nhận hàng", change=chg("increase", 3, "%", "kế hoạch năm"),
        subject="điểm nhận hàng tại cửa hàng tiện lợi, bưu cục và nhà văn hóa thôn", period=ASOF),
    fig("khoảng 2.350 nhân viên", "2.350", 2350, "count", "nhân viên", approx="about",
        subject="nhân viên giao hàng chặng cuối", period=ASOF),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân nhân viên giao hàng chặng cuối", period=ASOF),
    fig("bình quân 1,2 ngày", "1,2", 1.2, "measure", "ngày", change=chg("decrease", 0.3, "ngày", "năm 2023"),
        subject="thời gian phát bưu gửi nội tỉnh", period=inh(ASOF)),
    fig("ít nhất 49 tủ", "49", 49, "count", "tủ", approx="at_least", status="target",
        subject="tủ lắp đặt thêm", period=inh(H2)),
    fig("lên 234 tủ", "234", 234, "count", "tủ", status="target", subject="tổng số tủ toàn tỉnh",
        period=inh(H2)),
    fig("100% khu", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ khu công nghiệp có điểm nhận hàng", period=inh(H2)),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", status="forecast",
        subject="mức hỗ trợ chi phí mặt bằng đặt tủ"),
    fig("tối đa 20 triệu", "20", 20e6, "money", "đồng/tủ", approx="at_most", status="forecast",
        subject="mức hỗ trợ tối đa chi phí mặt bằng mỗi tủ"),
]

NOTES = [
    "Formal report (Sở Công Thương Bắc Ninh): letterhead, 'Số: 215/BC-SCT', 'Bắc Ninh, ngày 12 tháng 7 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số 215/BC-SCT, letterhead date, section numbers I., II., 1.-3., column headers 31/12/2023 and 30/6/2024, 'Lưu: VT, QLTM'.",
    "Flattened '|' table, 'Đơn vị tính: tủ', place column: each row's place is its location (TP Bắc Ninh and Tổng cộng → Bắc Ninh);",
    "date column headers are as-of dates; 'Kế hoạch 2024' → target, year 2024. Table cells get no total.",
    "'bằng 52,3% kế hoạch năm' is the percent of 18,4 triệu; '(108 tủ)' is the plan of 'lắp mới 59 tủ, đạt 54,6% kế hoạch' → target 108;",
    "'vượt 3% kế hoạch năm' is a change with baseline 'kế hoạch năm'. 'Trong đó ... 2,1 triệu' after a sentence break: total 18,4 triệu.",
    "Section II heading '6 tháng cuối năm' is inherited by the 'Phấn đấu' sentence (target). 'dự kiến hỗ trợ 50% ..., tối đa 20 triệu đồng/tủ' → forecast.",
]

if __name__ == "__main__":
    write("p1445-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Bắc Ninh")

"""p1317-7: department site (Sở KH&CN Đồng Nai), no dateline: trademark titles by locality, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

HEAD = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Sở hữu trí tuệ | Thủ tục hành chính | Liên hệ

Đồng Nai: văn bằng bảo hộ nhãn hiệu tăng mạnh

Lũy kế đến hết tháng 9/2024, các chủ thể của tỉnh Đồng Nai được cấp tổng cộng 9.846 văn bằng bảo hộ sở hữu công nghiệp, trong đó 9.512 giấy chứng nhận đăng ký nhãn hiệu. 9 tháng năm 2024, tỉnh có 1.076 văn bằng nhãn hiệu được cấp, vượt 8% kế hoạch năm.

Số văn bằng bảo hộ nhãn hiệu được cấp theo địa phương
Đơn vị tính: văn bằng
Địa phương
Năm 2023
9 tháng năm 2024
So với cùng kỳ (%)
"""

ROWS = [("TP Biên Hòa", "Biên Hòa", ["512", "436", "114,2"]),
        ("TP Long Khánh", "Long Khánh", ["97", "85", "121,4"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["134", "128", "118,5"]),
        ("Huyện Nhơn Trạch", "Nhơn Trạch", ["88", "79", "109,7"]),
        ("Các địa phương khác", None, ["413", "348", "120,8"]),
        ("Tổng số", None, ["1.244", "1.076", "117,3"])]

TAIL = """
Theo Sở, Đồng Nai hiện đứng thứ 5 cả nước về số đơn đăng ký nhãn hiệu, sau TP Hồ Chí Minh, Hà Nội, Bình Dương và Hải Phòng. Từ năm 2021 đến nay, Sở đã hướng dẫn gần 300 doanh nghiệp nhỏ và vừa làm thủ tục đăng ký nhãn hiệu, trong đó khoảng 40% là hộ kinh doanh mới chuyển lên doanh nghiệp.

Tin liên quan:
- Hướng dẫn nộp đơn đăng ký nhãn hiệu trực tuyến
- Hội thảo sở hữu trí tuệ cho doanh nghiệp lần thứ 4

SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI
Địa chỉ: Số 2, đường Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.491
Lượt truy cập: 1.204.377 | Đang trực tuyến: 21
"""

TEXT = HEAD + "".join(f"{label}\n" + "".join(f"{n}\n" for n in nums) for label, _, nums in ROWS) + TAIL

ASOF = per("Lũy kế đến hết tháng 9/2024", None, "2024-09-30")
N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("Từ năm 2021 đến nay", "2021-01-01", None)
CAP = "văn bằng bảo hộ nhãn hiệu được cấp"

CELLS = []
for label, place, nums in ROWS:
    prev = label
    extra = "" if place else (" tổng số" if label == "Tổng số" else " các địa phương khác")
    loc = {"location": place} if place else {}
    for (col, p), n in zip([("năm 2023", Y23), ("9 tháng năm 2024", N9), ("so với cùng kỳ", None)], nums):
        anchor = f"{prev}\n{n}"
        if p is None:
            v = float(n.replace(",", "."))
            CELLS.append(fig(anchor, n, v, "percent", "%", subject=f"{CAP}{extra} so với cùng kỳ",
                             period=inh(N9), **loc))
        else:
            v = float(n.replace(".", ""))
            CELLS.append(fig(anchor, n, v, "count", "văn bằng", subject=f"{CAP}{extra} {col}", period=p, **loc))
        prev = n

FIGS = [
    fig("tổng cộng 9.846 văn bằng", "9.846", 9846, "count", "văn bằng bảo hộ",
        subject="văn bằng bảo hộ sở hữu công nghiệp các chủ thể của tỉnh được cấp", period=ASOF),
    fig("trong đó 9.512 giấy", "9.512", 9512, "count", "giấy chứng nhận đăng ký nhãn hiệu", total=9846,
        subject="giấy chứng nhận đăng ký nhãn hiệu", period=ASOF),
    fig("có 1.076 văn bằng", "1.076", 1076, "count", "văn bằng nhãn hiệu",
        change=chg("increase", 8, "%", "kế hoạch năm"),
        subject="văn bằng nhãn hiệu được cấp", period=N9),
] + CELLS + [
    fig("đứng thứ 5", "5", 5, "rank", "hạng", subject="số đơn đăng ký nhãn hiệu"),
    fig("gần 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp nhỏ và vừa", approx="nearly",
        subject="doanh nghiệp nhỏ và vừa được hướng dẫn làm thủ tục đăng ký nhãn hiệu", period=SINCE),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="hộ kinh doanh mới chuyển lên doanh nghiệp", period=SINCE),
]

NOTES = [
    "Department site (Sở KH&CN Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 2, đường Nguyễn Văn Trị', phone 0251.3822.491, 'Lượt truy cập: 1.204.377', 'Đang trực tuyến: 21', 'lần thứ 4'.",
    "'Lũy kế đến hết tháng 9/2024' is an as-of date (end 2024-09-30). 9.512 follows 'trong đó' after 9.846 (both protection titles).",
    "'vượt 8% kế hoạch năm' → change +8% with baseline 'kế hoạch năm' (FIGURES.md: a gap to a plan is a change).",
    "One-cell-per-line table, 'Đơn vị tính: văn bằng', place column: a row that is a place goes to location (Biên Hòa, Long Khánh,",
    "Trảng Bom, Nhơn Trạch); 'Các địa phương khác' and 'Tổng số' are no single place: they keep the label in the subject, location Đồng Nai.",
    "Column 'So với cùng kỳ (%)' cells are percent figures (ratio to the same period, e.g. 117,3); their header has no period of its own:",
    "period 9 tháng năm 2024 marked inherited (not scored). Count columns: period from the header (scored). Cells get no total.",
    "'Từ năm 2021 đến nay' with no dateline: start 2021-01-01, end null. 'trong đó khoảng 40%' is a percent figure of its own.",
    "'đứng thứ 5 cả nước' is the province's rank (location Đồng Nai), 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1317-7", TEXT, NOTES, FIGS, location="Đồng Nai")

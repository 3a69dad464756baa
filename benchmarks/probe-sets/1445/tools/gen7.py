"""p1445-7: department site (Sở TT&TT Đồng Nai), no dateline: lockers at industrial parks, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản | Dịch vụ công | Hỏi đáp

Giao hàng qua tủ thông minh: lựa chọn mới của công nhân khu công nghiệp

Đồng Nai hiện có 32 khu công nghiệp đang hoạt động với hơn 600 nghìn lao động, phần lớn làm việc theo ca nên khó nhận hàng tại nhà. Vì vậy, các doanh nghiệp bưu chính đã đặt tủ giao nhận thông minh ngay tại cổng khu công nghiệp và khu nhà trọ.

Bưu gửi phát qua tủ giao nhận thông minh
Đơn vị tính: nghìn bưu gửi
Địa điểm đặt tủ
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Khu công nghiệp
412,6
586,3
720,0
142,1
Khu nhà trọ, chung cư
298,4
371,5
450,0
124,5
Trường học, bệnh viện
85,2
96,8
120,0
113,6
Tổng số
796,2
1.054,6
1.290,0
132,5

Toàn tỉnh hiện có 264 tủ giao nhận thông minh với khoảng 11.800 ô, trong đó TP Biên Hòa có 118 tủ, huyện Nhơn Trạch 54 tủ, huyện Long Thành 41 tủ. Mỗi ô tủ được thuê với giá 2.000 đồng/lượt; công nhân có thể nhận hàng 24/7 bằng mã OTP gửi qua tin nhắn.

Sở đã phối hợp với Ban Quản lý các khu công nghiệp khảo sát 500 công nhân; 78% người được hỏi cho biết sẽ tiếp tục sử dụng tủ, 12% phản ánh tủ thường xuyên đầy vào giờ tan ca.

Liên kết website: Cổng thông tin điện tử tỉnh | Bộ Thông tin và Truyền thông
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.345
Lượt truy cập: 1.204.337
"""

COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
        ("so với cùng kỳ", None, None)]
ROWS = [("Khu công nghiệp", "tại khu công nghiệp", ["412,6", "586,3", "720,0", "142,1"]),
        ("Khu nhà trọ, chung cư", "tại khu nhà trọ, chung cư", ["298,4", "371,5", "450,0", "124,5"]),
        ("Trường học, bệnh viện", "tại trường học, bệnh viện", ["85,2", "96,8", "120,0", "113,6"]),
        ("Tổng số", None, ["796,2", "1.054,6", "1.290,0", "132,5"])]
BASE = "bưu gửi phát qua tủ giao nhận thông minh"


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, where, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        subj = f"{BASE} {where} {col}" if where else f"tổng số {BASE} {col}"
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, num(n) * 1e3, "count", "bưu gửi", subject=subj, **kw))
        prev = n

FIGS = [
    fig("có 32 khu", "32", 32, "count", "khu công nghiệp", subject="khu công nghiệp đang hoạt động"),
    fig("hơn 600 nghìn", "600", 600e3, "count", "lao động", approx="over", subject="lao động khu công nghiệp"),
] + CELLS + [
    fig("có 264 tủ", "264", 264, "count", "tủ", subject="tủ giao nhận thông minh"),
    fig("khoảng 11.800 ô", "11.800", 11800, "count", "ô", approx="about", subject="ô tủ"),
    fig("Hòa có 118 tủ", "118", 118, "count", "tủ", total=264, subject="tủ giao nhận thông minh",
        location="Biên Hòa"),
    fig("Trạch 54 tủ", "54", 54, "count", "tủ", total=264, subject="tủ giao nhận thông minh",
        location="Nhơn Trạch"),
    fig("Thành 41 tủ", "41", 41, "count", "tủ", total=264, subject="tủ giao nhận thông minh",
        location="Long Thành"),
    fig("giá 2.000 đồng/lượt", "2.000", 2000, "money", "đồng/lượt", subject="giá thuê mỗi ô tủ"),
    fig("khảo sát 500 công nhân", "500", 500, "count", "công nhân", subject="công nhân được khảo sát"),
    fig("78% người", "78", 78, "percent", "%", subject="tỷ lệ người được hỏi sẽ tiếp tục sử dụng tủ"),
    fig("12% phản ánh", "12", 12, "percent", "%",
        subject="tỷ lệ người được hỏi phản ánh tủ thường xuyên đầy vào giờ tan ca"),
]

NOTES = [
    "Department site (Sở Thông tin và Truyền thông Đồng Nai), no dateline: menu, links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: '24/7' (not a part of a whole), 'mã OTP', 'Số 2 Nguyễn Văn Trị', 0251.3822.345, 'Lượt truy cập: 1.204.337'.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn bưu gửi' (×10^3); rows are kinds of site (not places), so they go to the subject;",
    "'Năm 2023' / 'Ước thực hiện 2024' (estimate) / 'Kế hoạch 2025' (target) give periods; 'So với cùng kỳ (%)' cells are percent",
    "figures with no period stated in the header (the comparison 2024/2023 is implied) and status actual (no cue in the header).",
    "'trong đó TP Biên Hòa có 118 tủ, huyện Nhơn Trạch 54 tủ, huyện Long Thành 41 tủ' → total 264, location each district.",
    "'78% ..., 12% ...' after a survey count: each a percent figure of its own. 'hiện' figures have no period; no published date.",
]

if __name__ == "__main__":
    write("p1445-7", TEXT, NOTES, FIGS, location="Đồng Nai")

"""p1213-7: department site (Sở NN&PTNT Nghệ An), no dateline, one-cell-per-line table in 'nghìn m3'."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NGHỆ AN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Chế biến gỗ rừng trồng: dịch chuyển từ ván bóc sang gỗ dán

Nghệ An có hơn 200.000 ha rừng trồng sản xuất, chủ yếu là keo lai, tập trung ở các huyện Thanh Chương, Anh Sơn, Tân Kỳ và Nghĩa Đàn. Toàn tỉnh có 1.380 cơ sở chế biến gỗ, trong đó 9 nhà máy gỗ dán công nghiệp có công suất từ 20.000 m3/năm trở lên.

Sản lượng một số sản phẩm chế biến từ gỗ rừng trồng
Đơn vị tính: nghìn m3
Sản phẩm
Năm 2022
Năm 2023
Ước thực hiện năm 2024
Ván bóc
312,5
298,0
276,4
Gỗ dán
84,2
97,6
121,3
Ván ghép thanh
41,8
45,1
48,9
Tổng số
438,5
440,7
446,6

Giá trị sản xuất lâm nghiệp 9 tháng năm 2024 ước đạt 3.860 tỷ đồng, tăng 5,8% so với cùng kỳ, trong đó khai thác gỗ rừng trồng chiếm 68,5%. Giá gỗ dán phủ phim xuất khẩu hiện dao động 380-420 USD/m3; mỗi m3 gỗ dán cần khoảng 2,2 m3 gỗ tròn keo.

Phấn đấu đến năm 2030, tỷ trọng gỗ dán, ván ghép thanh trong tổng sản lượng chế biến đạt trên 50%, hạn chế xuất bán ván bóc thô.

Tin liên quan:
- Hội nghị xúc tiến đầu tư lĩnh vực lâm nghiệp lần thứ 3
- Tập huấn quản lý rừng bền vững năm 2024

Sở Nông nghiệp và PTNT Nghệ An - Số 8 Trường Thi, TP Vinh, Nghệ An
ĐT: 0238.3844.316 | Lượt truy cập: 2.305.117 | Đang online: 41
"""

PER = {
    "Năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
    "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
    "Ước thực hiện năm 2024": per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"),
}
ROWS = ["Ván bóc", "Gỗ dán", "Ván ghép thanh", "Tổng số"]
COLS = list(PER)
CELLS = {
    "Ván bóc": ["312,5", "298,0", "276,4"],
    "Gỗ dán": ["84,2", "97,6", "121,3"],
    "Ván ghép thanh": ["41,8", "45,1", "48,9"],
    "Tổng số": ["438,5", "440,7", "446,6"],
}


def table():
    out = []
    for row in ROWS:
        prev = row
        for col, num in zip(COLS, CELLS[row]):
            kw = {"status": "estimate"} if col.startswith("Ước") else {}
            value = round(float(num.replace(",", ".")) * 1000, 6)
            out.append(fig(f"{prev}\n{num}", num, value, "measure", "m3",
                           subject=f"sản lượng {row.lower()} {col.lower()}", period=PER[col], **kw))
            prev = num
    return out


FIGS = [
    fig("hơn 200.000 ha", "200.000", 200000, "measure", "ha", approx="over",
        subject="diện tích rừng trồng sản xuất"),
    fig("có 1.380 cơ sở", "1.380", 1380, "count", "cơ sở", subject="cơ sở chế biến gỗ"),
    fig("9 nhà máy", "9", 9, "count", "nhà máy", total=1380,
        subject="nhà máy gỗ dán công nghiệp có công suất từ 20.000 m3/năm trở lên"),
    fig("từ 20.000 m3/năm", "20.000", 20000, "measure", "m3/năm", approx="at_least", optional=True,
        subject="công suất nhà máy gỗ dán công nghiệp"),
] + table() + [
    fig("ước đạt 3.860 tỷ đồng", "3.860", 3860e9, "money", "đồng", status="estimate",
        change=chg("increase", 5.8, "%", "cùng kỳ"), subject="giá trị sản xuất lâm nghiệp",
        period=per("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    fig("chiếm 68,5%", "68,5", 68.5, "percent", "%", status="estimate",
        subject="tỷ trọng khai thác gỗ rừng trồng trong giá trị sản xuất lâm nghiệp",
        period=per("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    fig("dao động 380-420 USD/m3", "380", 380, "money", "USD/m3", value_max=420,
        subject="giá gỗ dán phủ phim xuất khẩu"),
    fig("khoảng 2,2 m3", "2,2", 2.2, "measure", "m3 gỗ tròn/m3 gỗ dán", approx="about",
        subject="gỗ tròn keo cần cho mỗi m3 gỗ dán"),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
        subject="tỷ trọng gỗ dán, ván ghép thanh trong tổng sản lượng chế biến",
        period=per("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Department site (Sở NN&PTNT Nghệ An): menu, related links, footer address/phone/counters; NO dateline: published null.",
    "One-cell-per-line table: 'Đơn vị tính: nghìn m3' multiplies every cell by 1000 (312,5 -> 312500 m3); periods from column",
    "headers (scored); 'Ước thực hiện năm 2024' column -> status estimate; subject = caption indicator + row + column label.",
    "'trong đó khai thác gỗ rừng trồng chiếm 68,5%' is a share with no amount of its own: a percent figure (estimate, continuing",
    "'ước đạt'), not the percent of 3.860 tỷ. 'mỗi m3 gỗ dán cần khoảng 2,2 m3' is a rate (denominator in the unit).",
    "'có công suất từ 20.000 m3/năm trở lên' is a threshold (optional).",
    "Distractors: 'lần thứ 3', 'năm 2024' in a link title, 'Số 8 Trường Thi', phone, 'Lượt truy cập', 'Đang online'.",
]

if __name__ == "__main__":
    write("p1213-7", TEXT, NOTES, FIGS, published=None, location="Nghệ An")
